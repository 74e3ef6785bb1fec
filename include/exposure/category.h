// Categories of identifying detail that Exposure reports (DESIGN.md contract).
#ifndef EXPOSURE_CATEGORY_H_
#define EXPOSURE_CATEGORY_H_

#include <optional>
#include <string_view>

namespace exposure {

// The names returned by CategoryName() are part of the JSON report contract
// and must never change.
enum class Category {
  kPhone,
  kEmail,
  kAddress,
  kLocation,
  kAge,
  kBirthdate,
  kSex,
  kWorkplace,
  kSchool,
  kRegularPlace,
  kGeotag,
  kFamily,
  kLinkedAccount,
  // Extensions (DESIGN.md allows more categories; the thirteen above keep
  // their names and normalisation):
  kTravel,        // an announced absence: "away until the 12th"
  kLiveLocation,  // where the person is right now: "at the gym now"
};

inline constexpr int kCategoryCount = 15;

// Returns the contract name of `category`, e.g. "regular_place".
std::string_view CategoryName(Category category);

// Parses a contract name; returns nullopt for an unknown one.
std::optional<Category> ParseCategory(std::string_view name);

// How much a detail of this category helps a stranger find the person, 0-100.
// Locating details (address, geotag, regular places) rank highest.
int CategorySeverity(Category category);

}  // namespace exposure

#endif  // EXPOSURE_CATEGORY_H_
