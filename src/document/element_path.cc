// LastTagOf, LastBlockTagOf and HeadingLevelOf: what a text block's
// element path ("main>section>h2") says about the element the block came
// from.
#include <string_view>

#include "exposure/document.h"

namespace exposure {

std::string_view LastTagOf(std::string_view element) {
  std::size_t last = element.rfind('>');
  return last == std::string_view::npos ? element : element.substr(last + 1);
}

std::string_view LastBlockTagOf(std::string_view element) {
  for (;;) {
    std::string_view tag = LastTagOf(element);
    if (tag.size() == element.size()) return tag;
    if (tag != "b" && tag != "strong" && tag != "i" && tag != "em" &&
        tag != "span" && tag != "a" && tag != "small" && tag != "u" &&
        tag != "mark") {
      return tag;
    }
    element.remove_suffix(tag.size() + 1);
  }
}

int HeadingLevelOf(std::string_view element) {
  std::string_view tag = LastTagOf(element);
  if (tag.size() != 2 || tag[0] != 'h' || tag[1] < '1' || tag[1] > '6') {
    return 0;
  }
  return tag[1] - '0';
}

}  // namespace exposure
