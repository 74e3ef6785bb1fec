// Whether a text block speaks to the page's owner by name: a greeting,
// thanks or praise before the owner's first name, or "you" right after it.
#include "extract/addressed_to_owner.h"

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>

#include "absl/strings/ascii.h"
#include "common/strings.h"

namespace exposure {

namespace {

// What people say to someone just before their name ("Great catch,
// Vesela!", "Congrats Anna", "Happy 250th, Denise!", "Felicidades, Marta"):
// the alternatives of the greeting pattern. The word each one starts with
// is what the cheap look-around (MayAddress) seeks first.
constexpr std::string_view kGreetings[] = {
    "congrats",
    "congratulations",
    "thanks",
    R"(thank\s+you)",
    R"(well\s+done)",
    R"(great\s+(?:catch|job|work|find|shot|photo|post))",
    R"(nice\s+(?:one|catch|work|find))",
    R"(happy\s+(?:birthday|\S+))",
    "go",
    "hi",
    "hello",
    "hey",
    "dear",
    "welcome",
    "felicidades",
    "felicitaciones",
    "gracias",
    "enhorabuena",
    "bravo",
    "merci",
    "obrigad[oa]",
    "parabéns"};

// True when `lower` holds the letters `greeting` starts with ("thank" of
// "thank\s+you", "obrigad" of "obrigad[oa]") where the pattern could match
// them: at a word's start, and as a whole word when nothing but space
// follows them in the pattern ("hi" is not in "this" or "hike").
bool HoldsGreetingStart(std::string_view lower, std::string_view greeting) {
  std::size_t letters = 0;
  while (letters < greeting.size() &&
         (static_cast<unsigned char>(greeting[letters]) >= 0x80 ||
          absl::ascii_isalpha(static_cast<unsigned char>(greeting[letters])))) {
    ++letters;
  }
  std::string_view word = greeting.substr(0, letters);
  const bool whole_word =
      letters == greeting.size() || greeting.substr(letters, 2) == "\\s";
  for (std::size_t at = lower.find(word); at != std::string_view::npos;
       at = lower.find(word, at + 1)) {
    const bool starts_word =
        at == 0 ||
        !(absl::ascii_isalnum(static_cast<unsigned char>(lower[at - 1])) ||
          lower[at - 1] == '_');
    std::size_t end = at + word.size();
    const bool ends_word =
        end == lower.size() ||
        !absl::ascii_isalpha(static_cast<unsigned char>(lower[end]));
    if (starts_word && (!whole_word || ends_word)) return true;
  }
  return false;
}

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
  std::string greetings;
  for (std::string_view greeting : kGreetings) {
    if (!greetings.empty()) greetings.push_back('|');
    greetings.append(greeting);
  }
  patterns.greeting = std::make_unique<RE2>(
      StrCat(R"((?i:\b(?:)", greetings, R"())\s*,?\s+)", name, R"(\b)"));
  // "Bia you are unstoppable!", "Denise, you have", "Maya ya habibti".
  patterns.you_after = std::make_unique<RE2>(
      StrCat(R"(\b)", name, R"(\s*[,!]?\s+(?i:you|your|ya|tú|vous)\b)"));
  return patterns;
}

// A cheap look at each place `first` stands in `text`, before any pattern
// is compiled: a comma or "!" right after it, "you" (or its kin) as the
// next word, or a greeting's first word anywhere before it. Whatever the
// patterns would find passes it.
bool MayAddress(std::string_view text, std::string_view first) {
  std::string lower;
  for (std::size_t at = text.find(first); at != std::string_view::npos;
       at = text.find(first, at + 1)) {
    std::string_view after = StripWhitespace(text.substr(at + first.size()));
    if (StartsWith(after, ",") || StartsWith(after, "!")) return true;
    std::string next = AsciiLower(after.substr(0, after.find(' ')));
    if (next == "you" || next == "your" || next == "ya" || next == "tú" ||
        next == "vous") {
      return true;
    }
    if (lower.empty()) lower = AsciiLower(text);
    std::string_view before = std::string_view(lower).substr(0, at);
    for (std::string_view greeting : kGreetings) {
      if (HoldsGreetingStart(before, greeting)) return true;
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
