// Whether a text block speaks to the page's owner by name: a greeting,
// thanks or praise before the owner's first name, or "you" right after it.
#include "extract/addressed_to_owner.h"

#include <re2/re2.h>

#include <string>

#include "common/strings.h"

namespace exposure {

bool AddressesOwner(std::string_view text, std::string_view owner_name) {
  std::string_view first = owner_name.substr(0, owner_name.find(' '));
  if (first.size() < 3 || text.find(first) == std::string_view::npos) {
    return false;
  }
  std::string name =
      RE2::QuoteMeta(re2::StringPiece(first.data(), first.size()));
  // "Great catch, Vesela!", "Congrats Anna", "Happy 250th, Denise!",
  // "Thank you Vesela", "Felicidades, Marta": words said to someone, then
  // the name.
  RE2 greeting(StrCat(
      R"((?i:\b(?:congrats|congratulations|thanks|thank\s+you|well\s+done|great\s+(?:catch|job|work|find|shot|photo|post)|nice\s+(?:one|catch|work|find)|happy\s+(?:birthday|\S+)|go|hi|hello|hey|dear|welcome|felicidades|felicitaciones|gracias|enhorabuena|bravo|merci|obrigad[oa]|parabéns))\s*,?\s+)",
      name, R"(\b)"));
  // "Bia you are unstoppable!", "Denise, you have", "Maya ya habibti".
  RE2 you_after(
      StrCat(R"(\b)", name, R"(\s*[,!]?\s+(?i:you|your|ya|tú|vous)\b)"));
  re2::StringPiece input(text.data(), text.size());
  return RE2::PartialMatch(input, greeting) ||
         RE2::PartialMatch(input, you_after);
}

}  // namespace exposure
