// FounderOfOwnBusiness: see business_founder.h.
#include "document/business_founder.h"

#include <string>
#include <string_view>
#include <vector>

#include "common/strings.h"
#include "nlohmann/json.hpp"

namespace exposure::internal {
namespace {

using Json = nlohmann::json;

// The string at `key` of an object, or "".
std::string StringAt(const Json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

// True when the item's "@type" is, or lists, "Person".
bool IsPerson(const Json& item) {
  if (!item.is_object()) return false;
  auto it = item.find("@type");
  if (it == item.end()) return false;
  if (it->is_string()) return it->get<std::string>() == "Person";
  if (it->is_array()) {
    for (const Json& type : *it) {
      if (type.is_string() && type.get<std::string>() == "Person") return true;
    }
  }
  return false;
}

// The founder's name when `item` is named `owner_name` and founded by a
// named Person; "".
std::string FounderOf(const Json& item, std::string_view owner_name) {
  if (!item.is_object() || IsPerson(item)) return "";
  if (!EqualsIgnoreCase(StripWhitespace(StringAt(item, "name")), owner_name)) {
    return "";
  }
  auto founder = item.find("founder");
  if (founder == item.end()) return "";
  const Json& person =
      founder->is_array() && founder->size() == 1 ? (*founder)[0] : *founder;
  if (!IsPerson(person)) return "";
  std::string name(StripWhitespace(StringAt(person, "name")));
  std::vector<std::string_view> words = SplitAny(name, " ");
  if (words.size() < 2 || words.size() > 4) return "";
  return name;
}

}  // namespace

std::string FounderOfOwnBusiness(const Document& document) {
  if (document.owner_name.empty()) return "";
  for (const Script& script : document.scripts) {
    if (script.kind != Script::Kind::kJsonLd) continue;
    Json root = Json::parse(script.text, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) continue;
    std::vector<const Json*> items;
    auto add = [&items](const Json& value) {
      if (value.is_array()) {
        for (const Json& item : value) items.push_back(&item);
      } else {
        items.push_back(&value);
      }
    };
    add(root);
    if (root.is_object()) {
      auto graph = root.find("@graph");
      if (graph != root.end()) add(*graph);
    }
    for (const Json* item : items) {
      std::string founder = FounderOf(*item, document.owner_name);
      if (!founder.empty()) return founder;
    }
  }
  return "";
}

}  // namespace exposure::internal
