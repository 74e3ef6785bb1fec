// MarkTaglines: see tagline.h.
#include "document/tagline.h"

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/strings.h"
#include "re2/re2.h"

namespace exposure::internal {
namespace {

// Longer than this, the line under a name is prose, not a tagline.
constexpr std::size_t kMaxTaglineBytes = 200;

// "main>section>h1" -> "main>section".
std::string_view Parent(std::string_view path) {
  std::size_t last = path.rfind('>');
  return last == std::string_view::npos ? std::string_view()
                                        : path.substr(0, last);
}

// "Mathilde R.", "Gus Halvorsen", "@gushops": a name, not a post's title.
bool LooksLikeName(std::string_view text) {
  static const RE2* const kName = new RE2(
      R"((?:[\p{Lu}@][\p{L}\d.'’_\-]*)(?:\s[\p{Lu}][\p{L}.'’\-]*){0,3})");
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *kName);
}

bool SplitIntoItems(std::string_view text) {
  return Contains(text, " · ") || Contains(text, " | ") ||
         Contains(text, " • ");
}

}  // namespace

void MarkTaglines(Document* document) {
  std::vector<TextBlock>& blocks = document->blocks;
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    const TextBlock& heading = blocks[i];
    TextBlock& next = blocks[i + 1];
    if (heading.zone != Zone::kOwner || LastTagOf(heading.element) != "h1" ||
        !LooksLikeName(heading.text)) {
      continue;
    }
    if (next.zone != Zone::kOwner || next.source != Source::kPost ||
        Parent(next.element) != Parent(heading.element) ||
        next.text.size() > kMaxTaglineBytes || !SplitIntoItems(next.text)) {
      continue;
    }
    next.source = Source::kProfile;
  }
}

}  // namespace exposure::internal
