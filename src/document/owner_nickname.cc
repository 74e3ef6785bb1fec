// OwnerNameWithNickname: see owner_nickname.h.
#include "document/owner_nickname.h"

#include <string>
#include <string_view>
#include <vector>

#include "common/strings.h"

namespace exposure::internal {

std::string OwnerNameWithNickname(const Document& document) {
  const std::string& owner = document.owner_name;
  std::vector<std::string_view> words = SplitAny(owner, " ");
  if (words.size() < 2 || Contains(owner, "\"") || Contains(owner, "“")) {
    return owner;
  }
  for (const Property& property : document.properties) {
    if (property.name != "p-nickname" || !property.in_hcard ||
        !property.hcard_kind.empty() || property.zone != Zone::kOwner) {
      continue;
    }
    std::string_view nickname = StripWhitespace(property.value);
    if (nickname.size() < 2 || nickname.size() > 20 ||
        Contains(nickname, " ") ||
        !absl::ascii_isupper(static_cast<unsigned char>(nickname[0]))) {
      return owner;
    }
    for (std::string_view word : words) {
      if (EqualsIgnoreCase(word, nickname)) return owner;
    }
    return StrCat(words[0], " \"", nickname, "\" ",
                  std::string_view(owner).substr(words[0].size() + 1));
  }
  return owner;
}

}  // namespace exposure::internal
