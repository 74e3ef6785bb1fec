// SelfIntroducedName: "I'm NAME," in the owner's first blocks.
#include "document/self_introduction.h"

#include <string>

#include "re2/re2.h"

namespace exposure::internal {
namespace {

// Enough for a listing's summary and its host's first paragraphs.
constexpr int kMaxIntroductionBlocks = 40;

}  // namespace

std::string SelfIntroducedName(const Document& document) {
  static const RE2* const kIntroduction = new RE2(
      R"((?:^|[\s"“(])(?:I['’]m|I\s+am|[Mm]y\s+name\s+is|[Mm]e\s+llamo|[Mm]i\s+nombre\s+es|[Jj]e\s+m['’]appelle|[Mm]i\s+chiamo|[Mm]eu\s+nome\s+é|[Ss]oy|[Ss]ou)\s+(\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,3})(?:\s*[,.;!:(]|\s+(?:and|y|e|et)\s|$))");
  int read = 0;
  for (const TextBlock& block : document.blocks) {
    if (block.zone != Zone::kOwner || block.in_footer) continue;
    if (++read > kMaxIntroductionBlocks) break;
    std::string name;
    if (RE2::PartialMatch(block.text, *kIntroduction, &name)) return name;
  }
  return "";
}

}  // namespace exposure::internal
