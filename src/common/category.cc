// Names and severities of the report categories.
#include "exposure/category.h"

#include <array>

namespace exposure {
namespace {

struct CategoryInfo {
  Category category;
  std::string_view name;
  int severity;  // see docs/RANKING.md
};

constexpr std::array<CategoryInfo, kCategoryCount> kCategories = {{
    {Category::kPhone, "phone", 85},
    {Category::kEmail, "email", 60},
    {Category::kAddress, "address", 100},
    {Category::kLocation, "location", 45},
    {Category::kAge, "age", 40},
    {Category::kBirthdate, "birthdate", 55},
    {Category::kSex, "sex", 25},
    {Category::kWorkplace, "workplace", 75},
    {Category::kSchool, "school", 75},
    {Category::kRegularPlace, "regular_place", 90},
    {Category::kGeotag, "geotag", 95},
    {Category::kFamily, "family", 50},
    {Category::kLinkedAccount, "linked_account", 35},
    {Category::kTravel, "travel", 80},
    {Category::kLiveLocation, "live_location", 90},
}};

}  // namespace

std::string_view CategoryName(Category category) {
  for (const CategoryInfo& info : kCategories) {
    if (info.category == category) return info.name;
  }
  return "unknown";
}

std::optional<Category> ParseCategory(std::string_view name) {
  for (const CategoryInfo& info : kCategories) {
    if (info.name == name) return info.category;
  }
  return std::nullopt;
}

int CategorySeverity(Category category) {
  for (const CategoryInfo& info : kCategories) {
    if (info.category == category) return info.severity;
  }
  return 0;
}

}  // namespace exposure
