// The town of a street address, and a location finding for it.
#include "extract/address_town.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "exposure/rules.h"
#include "re2/re2.h"
#include "rules/validator_functions.h"

namespace exposure {
namespace {

// A part of an address that is a flat or unit, not a place: "Apt 3",
// "Flat 2", "#08-112", "3ºB", "piso 4".
bool IsUnit(std::string_view part) {
  static const RE2* const kUnit = new RE2(
      R"((?i)^(?:apt|apto|apartment|apartamento|flat|unit|suite|ste|no\.?|piso|puerta|dept|depto|departamento|floor|bloque|blk|block|casa|lote|mz|manzana|km)\b.*|^#.*|^\d\S*(?:\s?(?:izda?|dcha?|der|izq)\.?)?)");
  return RE2::FullMatch(re2::StringPiece(part.data(), part.size()), *kUnit);
}

}  // namespace

std::string TakeTrailingStateCode(std::string* town) {
  std::size_t space = town->rfind(' ');
  if (space == std::string::npos) return "";
  std::string_view tail = std::string_view(*town).substr(space + 1);
  bool region_like = tail.size() >= 2 && tail.size() <= 3 &&
                     absl::ascii_isupper(static_cast<unsigned char>(tail[0])) &&
                     absl::ascii_isupper(static_cast<unsigned char>(tail[1]));
  if (!region_like || internal::StateCode(tail).empty()) return "";
  std::string code(internal::StateCode(tail));
  town->resize(space);
  return code;
}

std::string TownOfAddress(std::string_view address) {
  std::vector<std::string> parts;
  for (std::string_view part : Split(address, ',')) {
    parts.emplace_back(StripWhitespace(part));
  }
  if (parts.size() < 2) return "";
  parts.erase(parts.begin());  // the number and street
  // Postcodes around the town: "Pontardawe SA8 4LP", "69001 Lyon",
  // "(9410) Ushuaia", "Boise 83702", "Lake Gardens VIC 3355", "D06 X2K4",
  // "Singapore 310079".
  static const RE2* const kTrailingCode = new RE2(
      R"(\s*(?:\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|\b[A-Z]\d{2}\s?[A-Z\d]{4}|\b\d{3,6}(?:-\d{3,4})?|\b\d{1,2})$)");
  static const RE2* const kLeadingCode =
      new RE2(R"(^(?:C\.\s?P\.\s*)?\(?\d{4,5}(?:-\d{3})?\)?(?:\s+|$))");
  for (std::string& part : parts) RE2::Replace(&part, *kLeadingCode, "");
  std::erase_if(parts, [](const std::string& part) {
    return part.empty() || IsUnit(part);
  });
  std::string state;
  while (!parts.empty()) {
    std::string& last = parts.back();
    while (RE2::Replace(&last, *kTrailingCode, "")) {
    }
    last = std::string(StripWhitespace(last));
    // "Providence RI", "Lake Gardens VIC", "Surrey BC": a state, province
    // or territory after the town.
    if (std::string code = TakeTrailingStateCode(&last); !code.empty()) {
      state = std::move(code);
    }
    // "Boca del Río, Ver.": a Mexican state's abbreviation after the town.
    if (parts.size() > 1 && internal::IsMexicanStateAbbreviation(last)) {
      parts.pop_back();
      continue;
    }
    // "…, Cape Clear Island, Co. Cork", "…, Archipiélago Juan Fernández":
    // a county, province or archipelago after the town.
    static const RE2* const kRegion = new RE2(
        R"(^(?:Co\.|County|Province|Provincia|Región|Region|Departamento|)"
        R"(Archipiélago|Archipelago)\s.*)");
    if (parts.size() > 1 && RE2::FullMatch(last, *kRegion)) {
      parts.pop_back();
      continue;
    }
    std::string_view code = internal::StateCode(last);
    if (!code.empty() && state.empty() && parts.size() > 1) {
      state = std::string(code);  // "…, ID 83702", "…, Illinois"
      parts.pop_back();
      continue;
    }
    if (last.empty()) {
      parts.pop_back();
      continue;
    }
    break;
  }
  if (parts.empty()) return "";
  std::string town = parts.back();
  // "…, Breasclete, Isle of Lewis HS2 9EE", "…, San Juan Bautista, Isla
  // Robinson Crusoe": an island after the village is where the village
  // is; the village is the town.
  if (parts.size() > 1 &&
      (StartsWith(town, "Isle of ") || EndsWith(town, " Island") ||
       EndsWith(town, " Isle") || StartsWith(town, "Isla ") ||
       StartsWith(town, "Ilha ") || StartsWith(town, "Île "))) {
    town = StrCat(parts[parts.size() - 2], ", ", town);
  }
  if (!state.empty()) town = StrCat(town, ", ", state);
  return town;
}

void AddTownsOfAddresses(std::vector<Finding>* findings) {
  const std::size_t count = findings->size();
  for (std::size_t i = 0; i < count; ++i) {
    if ((*findings)[i].category != Category::kAddress) continue;
    std::string town = TownOfAddress((*findings)[i].value);
    if (town.empty()) continue;
    std::optional<Validated> validated = Validate("location", town);
    if (!validated) continue;
    std::string_view name =
        StripWhitespace(std::string_view(validated->value)
                            .substr(0, validated->value.find(',')));
    // Known already as a town, or as the region after another town
    // ("Mérida, Yucatán" makes "…, Mérida, Yucatán 97000" Yucatán's), or
    // as the first word of one.
    bool known = false;
    for (const Finding& finding : *findings) {
      if (finding.category != Category::kLocation) continue;
      std::vector<std::string_view> parts = Split(finding.value, ',');
      // "Achill" is known from "Dooagh, Achill Island, Co. Mayo" too.
      for (std::string_view part : parts) {
        part = StripWhitespace(part);
        known |= EqualsIgnoreCase(name, part) ||
                 (part.size() > name.size() && part[name.size()] == ' ' &&
                  EqualsIgnoreCase(name, part.substr(0, name.size())));
      }
    }
    if (known) continue;
    Finding location = (*findings)[i];
    location.category = Category::kLocation;
    location.value = validated->value;
    location.display = validated->display;
    location.rule_id = "location.town_of_address";
    findings->push_back(std::move(location));
  }
}

}  // namespace exposure
