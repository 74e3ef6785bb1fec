// FoldWords: utf8proc's case folding and mark stripping, then ASCII
// punctuation runs as single spaces.
#include "common/fold_words.h"

#include <utf8proc.h>

#include <cstdlib>

#include "absl/strings/ascii.h"
#include "common/strings.h"

namespace exposure {

std::string FoldWords(std::string_view text) {
  std::string folded(text);
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t size = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                     UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                     UTF8PROC_STRIPMARK));
  if (size >= 0 && mapped != nullptr) {
    folded.assign(reinterpret_cast<const char*>(mapped), size);
  } else {
    folded = AsciiLower(text);
  }
  std::free(mapped);
  std::string out;
  bool space = false;
  for (char c : folded) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (byte < 0x80 && !absl::ascii_isalnum(byte)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace exposure
