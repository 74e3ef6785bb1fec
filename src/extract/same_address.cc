// UnifySameAddresses: house number and first street word as the key.
#include "extract/same_address.h"

#include <map>
#include <string>
#include <string_view>

#include "absl/strings/ascii.h"
#include "common/strings.h"

namespace exposure {
namespace {

// "5 chemin des Mésanges, Riaz" -> "5 chemin": the house number and the
// first word after it, lower case; "" when the value has no second word.
std::string AddressKey(std::string_view value) {
  std::vector<std::string_view> words = SplitAny(value, " ,");
  std::vector<std::string_view> kept;
  for (std::string_view word : words) {
    if (!word.empty()) kept.push_back(word);
    if (kept.size() == 2) break;
  }
  if (kept.size() < 2) return "";
  return StrCat(AsciiLower(kept[0]), " ", AsciiLower(kept[1]));
}

}  // namespace

void UnifySameAddresses(std::vector<Finding>* findings) {
  std::map<std::string, std::string> longest;
  for (const Finding& finding : *findings) {
    if (finding.category != Category::kAddress) continue;
    std::string key = AddressKey(finding.value);
    if (key.empty()) continue;
    std::string& value = longest[key];
    if (finding.value.size() > value.size()) value = finding.value;
  }
  for (Finding& finding : *findings) {
    if (finding.category != Category::kAddress) continue;
    auto found = longest.find(AddressKey(finding.value));
    if (found != longest.end()) finding.value = found->second;
  }
}

}  // namespace exposure
