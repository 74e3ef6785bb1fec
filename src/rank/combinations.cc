// FindCombinations: quasi-identifiers that are worse together than apart.
//
// Birth date, ZIP code and sex together single out most US residents
// (Sweeney, "Simple Demographics Often Identify People Uniquely", 2000); a
// child's school and a family name point to where a child is; a workplace
// or school with a regular place maps a routine; an address with anything
// that names the person is a door to knock on.
#include "rank/combinations.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "exposure/rank.h"

namespace exposure {
namespace {

struct Pattern {
  std::vector<Category> categories;
  int risk;
  const char* why;
};

const std::vector<Pattern>& Patterns() {
  static const auto* patterns = new std::vector<Pattern>{
      {{Category::kBirthdate, Category::kLocation, Category::kSex},
       90,
       "Birth date, place and sex together single out most people in "
       "public records and data-broker listings."},
      {{Category::kAge, Category::kLocation, Category::kSex},
       70,
       "Age, place and sex together narrow a search to a handful of "
       "people."},
      {{Category::kSchool, Category::kFamily},
       85,
       "A school and a family member's name tell a stranger where a child "
       "can be found."},
      {{Category::kWorkplace, Category::kRegularPlace},
       85,
       "A workplace and a regular place map the person's week: where they "
       "are, and when."},
      {{Category::kAddress, Category::kRegularPlace},
       95,
       "A home address and a regular place tell someone where the person "
       "lives and when they leave."},
      {{Category::kPhone, Category::kAddress},
       90,
       "A phone number and an address let anyone reach the person and "
       "confirm where they live."},
      {{Category::kGeotag, Category::kRegularPlace},
       90,
       "Coordinates and a routine pin the person to a spot at known times."},
  };
  return *patterns;
}

}  // namespace

namespace rank_internal {

std::vector<Combination> CombinationsOf(const std::set<Category>& present) {
  std::vector<Combination> combinations;
  for (const Pattern& pattern : Patterns()) {
    bool all = std::all_of(
        pattern.categories.begin(), pattern.categories.end(),
        [&present](Category category) { return present.count(category) > 0; });
    if (!all) continue;
    combinations.push_back({pattern.categories, pattern.risk, pattern.why});
  }
  std::stable_sort(combinations.begin(), combinations.end(),
                   [](const Combination& a, const Combination& b) {
                     return a.risk > b.risk;
                   });
  return combinations;
}

bool IsCombined(const std::vector<Combination>& combinations,
                Category category) {
  for (const Combination& combination : combinations) {
    if (std::find(combination.categories.begin(), combination.categories.end(),
                  category) != combination.categories.end()) {
      return true;
    }
  }
  return false;
}

bool ApplyCombinationsTo(const std::vector<Combination>& combinations,
                         Exposure* exposure) {
  if (exposure->status == "resolved") return false;
  if (!IsCombined(combinations, exposure->category)) return false;
  exposure->risk = std::min(100, exposure->risk + 5);
  exposure->level = RiskLevel(exposure->risk);
  exposure->why +=
      " It completes an identifying combination (see combinations).";
  return true;
}

}  // namespace rank_internal

std::vector<Combination> FindCombinations(
    const std::vector<Exposure>& exposures) {
  std::set<Category> present;
  for (const Exposure& exposure : exposures) {
    if (exposure.status != "resolved") present.insert(exposure.category);
  }
  return rank_internal::CombinationsOf(present);
}

void ApplyCombinations(const std::vector<Combination>& combinations,
                       std::vector<Exposure>* exposures) {
  for (Exposure& exposure : *exposures) {
    rank_internal::ApplyCombinationsTo(combinations, &exposure);
  }
  std::stable_sort(exposures->begin(), exposures->end(),
                   [](const Exposure& a, const Exposure& b) {
                     if (a.risk != b.risk) return a.risk > b.risk;
                     return CategorySeverity(a.category) >
                            CategorySeverity(b.category);
                   });
}

}  // namespace exposure
