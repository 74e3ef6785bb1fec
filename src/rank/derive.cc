// DeriveFindings: details implied by other details (an address names its
// city, a birth date the age), added before ranking.
#include "rank/derive.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "common/strings.h"
#include "exposure/rank.h"
#include "exposure/rules.h"
#include "extract/address_town.h"
#include "re2/re2.h"
#include "rules/validator_functions.h"

namespace exposure {
namespace {

// "4412 Albemarle St NW, Washington, DC 20016" -> "Washington, DC";
// "3307 N Proctor St, Tacoma 98407" -> "Tacoma"; "27 Privada Los Fresnos,
// Col. La Paz" -> "" (a Mexican colonia is a district, not the city);
// "27 Calle 5, Los Jardines, Santiago" -> "Santiago" (in Spanish and
// Portuguese addresses a district, then the city); "14 Road 3, Block B,
// Halishahar Housing Estate, Chattogram" -> "Chattogram" (blocks and
// housing estates are districts); "" when no city.
std::string CityOfAddress(std::string_view address) {
  std::vector<std::string_view> parts = Split(address, ',');
  std::string city;
  std::string state;
  static const RE2* const kUnit = new RE2(
      R"((?i)\s*(?:apt|apartment|unit|suite|ste|#|colonia|col|barrio|bairro|urbanización|urb|fraccionamiento|block|blk|sector|quartier)\b.*|\s*(?:ap|app|stan|kati|kv|byt|lgh|flat|floor|piso|dpto|depto)\.?\s*\d.*|\s*c\.\s?p\.?\s*\d.*|.*\b(?:housing\s+estate|housing\s+society|colony)\s*)");
  // The town, after a postal code written first ("100 Tórshavn", "1016 DV
  // Amsterdam", "(9410) Ushuaia") or with a ZIP after it ("Boise 83702").
  // A district ("Colonia Roma", "Barrio Río Pipo") is passed over.
  static const RE2* const kCityZip = new RE2(
      R"(\s*(?:\(?\d{3,5}\)?(?:\s?[A-Z]{2})?\s+)?([\p{Lu}][\p{L}'’.\- ]*?)\s*(?:\d{5}(?:-\d{4})?)?\s*)");
  static const RE2* const kStateZip =
      new RE2(R"(\s*([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?\s*)");
  for (std::size_t i = 1; i < parts.size(); ++i) {
    std::string part(parts[i]);
    if (RE2::FullMatch(part, *kUnit)) continue;
    if (city.empty()) {
      if (!RE2::FullMatch(part, *kCityZip, &city)) return "";
      continue;
    }
    if (RE2::FullMatch(part, *kStateZip, &state)) break;
    // "27 Calle 5, Los Jardines Metropolitanos, Santiago de los
    // Caballeros": Spanish, Portuguese and French addresses give the
    // district, then the city (English ones a locality, then the post town).
    static const RE2* const kIberianStreet = new RE2(
        R"((?i)^\d+\w?\s+(?:(?:calle|avenida|rua|carrera|carrer|paseo|pasaje|privada|camino|calzada|travessa|alameda|avenue|rue)\b|c/|av\.).*)");
    // "…, Zacatecas, Zac. 98054": a Mexican state's abbreviation is no
    // city.
    std::string later_city;
    if (RE2::FullMatch(parts[0], *kIberianStreet) &&
        !internal::IsMexicanStateAbbreviation(part) &&
        RE2::FullMatch(part, *kCityZip, &later_city)) {
      city = later_city;
    }
    break;
  }
  if (city.empty()) return "";
  // "Thursday Island QLD 4875": the state written after the town without
  // a comma.
  if (state.empty()) state = TakeTrailingStateCode(&city);
  return state.empty() ? city : StrCat(city, ", ", state);
}

// The newest "YYYY-MM-DD" that a finding of the page was posted on;
// nothing when none is dated.
std::optional<absl::CivilDay> NewestPostDate(
    const std::vector<Finding>& findings) {
  std::optional<absl::CivilDay> newest;
  for (const Finding& finding : findings) {
    absl::CivilDay day;
    if (finding.posted_at.size() < 10 ||
        !absl::ParseCivilTime(finding.posted_at.substr(0, 10), &day)) {
      continue;
    }
    if (!newest || day > *newest) newest = day;
  }
  return newest;
}

// The age on `day` of a person born on `birth_date` ("1959-07-02"), as
// the "age" validator writes it; nothing for a partial date or an age no
// one has.
std::optional<std::string> AgeOn(std::string_view birth_date,
                                 absl::CivilDay day) {
  absl::CivilDay born;
  if (birth_date.size() != 10 ||
      !absl::ParseCivilTime(std::string(birth_date), &born) || born > day) {
    return std::nullopt;
  }
  long long years = day.year() - born.year();
  if (day.month() < born.month() ||
      (day.month() == born.month() && day.day() < born.day())) {
    --years;
  }
  std::optional<Validated> age = Validate("age", StrCat(years));
  if (!age) return std::nullopt;
  return age->value;
}

// The birth date of a person `age` years old on `day` whose birthday is
// `birthday` ("--01-03"): born `age` years before the last birthday on or
// before `day`. Nothing for a birthday no calendar has.
std::optional<std::string> BirthDateFromAge(std::string_view birthday, int age,
                                            absl::CivilDay day) {
  int month = 0;
  int day_of_month = 0;
  if (birthday.size() != 7 ||
      !absl::SimpleAtoi(std::string(birthday.substr(2, 2)), &month) ||
      !absl::SimpleAtoi(std::string(birthday.substr(5, 2)), &day_of_month)) {
    return std::nullopt;
  }
  long long year = day.year() - age;
  if (month > day.month() ||
      (month == day.month() && day_of_month > day.day())) {
    --year;
  }
  std::optional<Validated> full =
      Validate("birthdate",
               absl::StrFormat("%04d-%02d-%02d", year, month, day_of_month));
  if (!full) return std::nullopt;
  return full->value;
}

// The one age the findings of `url` state ("61"), or nothing when they
// state none or disagree.
std::optional<int> TheAgeStated(const std::vector<Finding>& findings,
                                std::string_view url,
                                const Finding* beside = nullptr) {
  std::optional<int> stated;
  bool disagree = false;
  for (const Finding& finding : findings) {
    if (finding.category != Category::kAge || finding.url != url) continue;
    int age = 0;
    if (!absl::SimpleAtoi(finding.value, &age)) return std::nullopt;
    if (stated && *stated != age) disagree = true;
    stated = age;
  }
  if (!disagree) return stated;
  // "Today I'm 29! My birthday is on 8 March" on a page that also says
  // "my oven is 14 years old": the age written in the birthday's own words.
  if (beside == nullptr) return std::nullopt;
  std::optional<int> in_words;
  for (const Finding& finding : findings) {
    if (finding.category != Category::kAge || finding.url != url ||
        finding.matched.empty() ||
        finding.snippet.find(beside->matched) == std::string::npos ||
        beside->snippet.find(finding.matched) == std::string::npos) {
      continue;
    }
    int age = 0;
    if (!absl::SimpleAtoi(finding.value, &age)) continue;
    if (in_words && *in_words != age) return std::nullopt;
    in_words = age;
  }
  return in_words;
}

}  // namespace

namespace internal {

std::vector<DerivedFinding> DeriveFindingsFrom(
    const std::vector<Finding>& findings) {
  std::vector<internal::DerivedFinding> derived;
  // When the page was last written to: its newest dated finding.
  const std::optional<absl::CivilDay> newest = NewestPostDate(findings);
  // A birthday ("--09-22") and a birth year ("1979") on the same page make
  // one birth date, as profile pages list them in separate fields.
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& day = findings[i];
    if (day.category != Category::kBirthdate || !StartsWith(day.value, "--")) {
      continue;
    }
    // Of several years on the page (a family tree's "b. 1903" beside the
    // person's own 1961), the one the stated age agrees with, else the
    // surest.
    std::optional<int> age = TheAgeStated(findings, day.url);
    const Finding* best = nullptr;
    bool best_agrees = false;
    for (const Finding& year : findings) {
      if (year.category != Category::kBirthdate || year.url != day.url ||
          year.value.size() != 4) {
        continue;
      }
      int born = 0;
      if (!absl::SimpleAtoi(year.value, &born)) continue;
      const bool agrees =
          age && newest &&
          (newest->year() - *age == born || newest->year() - *age - 1 == born);
      if (best == nullptr || (agrees && !best_agrees) ||
          (agrees == best_agrees && year.confidence > best->confidence)) {
        best = &year;
        best_agrees = agrees;
      }
    }
    if (best == nullptr) continue;
    std::optional<Validated> full =
        Validate("birthdate", StrCat(best->value, day.value.substr(1)));
    if (!full) continue;
    Finding combined = day;
    combined.value = full->value;
    combined.display = full->display;
    combined.rule_id = "derived.birthday_and_year";
    combined.confidence = std::min(day.confidence, best->confidence);
    derived.push_back({std::move(combined), 1, i});
  }
  // A birthday and the age the page states, on a dated page, make one birth
  // date too: "El 3 de enero cumplo 68" under a post of November 2026 is
  // 1959-01-03. Only where no birth year is given.
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& day = findings[i];
    if (day.category != Category::kBirthdate || !StartsWith(day.value, "--")) {
      continue;
    }
    const bool has_year =
        std::any_of(derived.begin(), derived.end(),
                    [&day](const internal::DerivedFinding& item) {
                      return item.finding.category == Category::kBirthdate &&
                             item.finding.url == day.url;
                    }) ||
        std::any_of(findings.begin(), findings.end(), [&day](const Finding& f) {
          return f.category == Category::kBirthdate && f.url == day.url &&
                 f.value.size() >= 4 && !StartsWith(f.value, "--");
        });
    if (has_year) continue;
    std::optional<int> age = TheAgeStated(findings, day.url, &day);
    // The age is the one on the day the birthday was written about.
    std::optional<absl::CivilDay> written;
    if (absl::CivilDay on; absl::ParseCivilTime(day.written_on, &on)) {
      written = on;
    } else {
      written = newest;
    }
    if (!age || !written) continue;
    std::optional<std::string> full =
        BirthDateFromAge(day.value, *age, *written);
    if (!full) continue;
    Finding combined = day;
    combined.value = *full;
    combined.display = *full;
    combined.rule_id = "derived.birthday_and_age";
    combined.confidence = day.confidence * 0.9;
    derived.push_back({std::move(combined), 1, i});
    break;
  }
  // A full birth date gives the age, unless the page states one: as of the
  // page's newest dated finding (when the page was last written to), else
  // as of the day the extractor dated the birth date's words (the page's
  // newest date or copyright year). A page with neither gives none: its age
  // as of today may be a year off the age it showed when it was written.
  const bool states_age = std::any_of(
      findings.begin(), findings.end(),
      [](const Finding& f) { return f.category == Category::kAge; });
  if (!states_age) {
    std::vector<std::pair<const Finding*, std::size_t>> births;
    for (std::size_t i = 0; i < findings.size(); ++i) {
      if (findings[i].category == Category::kBirthdate) {
        births.push_back({&findings[i], i});
      }
    }
    for (const internal::DerivedFinding& item : derived) {
      if (item.finding.category == Category::kBirthdate) {
        births.push_back({&item.finding, item.from});
      }
    }
    for (const auto& [birth, from] : births) {
      std::optional<absl::CivilDay> on = newest;
      if (absl::CivilDay written;
          !on && absl::ParseCivilTime(birth->written_on, &written)) {
        on = written;
      }
      if (!on) continue;
      std::optional<std::string> age = AgeOn(birth->value, *on);
      if (!age) continue;
      Finding derived_age = *birth;
      derived_age.category = Category::kAge;
      derived_age.value = *age;
      derived_age.display = *age;
      derived_age.rule_id = "derived.age_from_birthdate";
      derived_age.confidence = birth->confidence * 0.9;
      derived.push_back({std::move(derived_age), 1, from});
      break;
    }
  }
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& finding = findings[i];
    if (finding.category != Category::kAddress) continue;
    std::optional<Validated> city =
        Validate("location", CityOfAddress(finding.value));
    if (!city) continue;
    Finding location = finding;
    location.category = Category::kLocation;
    location.value = city->value;
    location.display = city->display;
    location.rule_id = "derived.address_city";
    location.confidence = finding.confidence * 0.9;
    derived.push_back({std::move(location), 2, i});
  }
  return derived;
}

}  // namespace internal

std::vector<Finding> DeriveFindings(const std::vector<Finding>& findings) {
  std::vector<Finding> derived;
  for (internal::DerivedFinding& item :
       internal::DeriveFindingsFrom(findings)) {
    derived.push_back(std::move(item.finding));
  }
  return derived;
}

}  // namespace exposure
