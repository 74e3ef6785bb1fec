// Whether a text block speaks to the page's owner by name: a greeting,
// thanks or praise before the owner's first name, or "you" right after it.
#include "extract/addressed_to_owner.h"

#include <re2/re2.h>

#include <memory>
#include <string>

#include "common/strings.h"

namespace exposure {

namespace {

// The two patterns for one owner's first name, compiled once per owner
// (a crawl's pages mostly share one) and per thread.
struct OwnerPatterns {
  std::string first_name;
  std::unique_ptr<RE2> greeting;
  std::unique_ptr<RE2> you_after;
};

const OwnerPatterns& PatternsFor(std::string_view first) {
  thread_local OwnerPatterns patterns;
  if (patterns.greeting && patterns.first_name == first) return patterns;
  patterns.first_name = std::string(first);
  std::string name =
      RE2::QuoteMeta(re2::StringPiece(first.data(), first.size()));
  // "Great catch, Vesela!", "Congrats Anna", "Happy 250th, Denise!",
  // "Thank you Vesela", "Felicidades, Marta": words said to someone, then
  // the name.
  patterns.greeting = std::make_unique<RE2>(StrCat(
      R"((?i:\b(?:congrats|congratulations|thanks|thank\s+you|well\s+done|great\s+(?:catch|job|work|find|shot|photo|post)|nice\s+(?:one|catch|work|find)|happy\s+(?:birthday|\S+)|go|hi|hello|hey|dear|welcome|felicidades|felicitaciones|gracias|enhorabuena|bravo|merci|obrigad[oa]|parabéns))\s*,?\s+)",
      name, R"(\b)"));
  // "Bia you are unstoppable!", "Denise, you have", "Maya ya habibti".
  patterns.you_after = std::make_unique<RE2>(
      StrCat(R"(\b)", name, R"(\s*[,!]?\s+(?i:you|your|ya|tú|vous)\b)"));
  return patterns;
}

// A cheap look at each place `first` stands in `text`, before any pattern
// is compiled: a comma or "!" right after it, "you" (or its kin) as the
// next word, or a greeting among the words just before it.
bool MayAddress(std::string_view text, std::string_view first) {
  static constexpr std::string_view kGreetings[] = {
      "congrat", "thank",   "well done", "great",   "nice",
      "happy",   "go ",     "hi ",       "hello",   "hey",
      "dear",    "welcome", "felicid",   "gracias", "enhorabuena",
      "bravo",   "merci",   "obrigad",   "parabéns"};
  for (std::size_t at = text.find(first); at != std::string_view::npos;
       at = text.find(first, at + 1)) {
    std::string_view after = StripWhitespace(text.substr(at + first.size()));
    if (StartsWith(after, ",") || StartsWith(after, "!")) return true;
    std::string next = AsciiLower(after.substr(0, after.find(' ')));
    if (next == "you" || next == "your" || next == "ya" || next == "tú" ||
        next == "vous") {
      return true;
    }
    constexpr std::size_t kBefore = 24;
    std::size_t from = at > kBefore ? at - kBefore : 0;
    std::string before = AsciiLower(text.substr(from, at - from));
    for (std::string_view greeting : kGreetings) {
      if (before.find(greeting) != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace

bool AddressesOwner(std::string_view text, std::string_view owner_name) {
  std::string_view first = owner_name.substr(0, owner_name.find(' '));
  if (first.size() < 3 || !MayAddress(text, first)) return false;
  const OwnerPatterns& patterns = PatternsFor(first);
  re2::StringPiece input(text.data(), text.size());
  return RE2::PartialMatch(input, *patterns.greeting) ||
         RE2::PartialMatch(input, *patterns.you_after);
}

}  // namespace exposure
