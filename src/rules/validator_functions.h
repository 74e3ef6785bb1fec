// The validator functions behind Validate(), one family per file.
#ifndef EXPOSURE_RULES_VALIDATOR_FUNCTIONS_H_
#define EXPOSURE_RULES_VALIDATOR_FUNCTIONS_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "exposure/rules.h"

namespace exposure::internal {

// validate_dates.cc: the year a birth year written in two digits means:
// "'84" is 1984, "'05" 2005 (one after this year's two digits is last
// century).
int YearOfTwoDigits(int two_digits);
// "1990-03-14", "3/14/1990", "March 14, 1990",
// "14 March 1990", "3 de mayo de 1981", "March 14" -> "--03-14", "1990".
std::optional<Validated> ValidateBirthdate(std::string_view match);
// ValidateBirthdate for a date after a Spanish, Portuguese or French cue
// ("nací el", "née le"): numeric dates are day first (07/03/1991 is 7 March).
std::optional<Validated> ValidateBirthdateDayFirst(std::string_view match);
// A birthday said relative to the post ("turned 44 yesterday", "mañana
// cumplo 25", "I turn 40 on the 14th"): "rel:-1", "rel:0", "rel:1",
// "past:14" or "next:14", which the extractor turns into a day from the
// post's date (extract/post_dates.h).
std::optional<Validated> ValidateBirthdayRelative(std::string_view match);
// "turning 35" -> 34: the age before a stated coming birthday.
std::optional<Validated> ValidateAgeTurning(std::string_view match);

// validate_named_days.cc: a birthday named by a day kept on the same date
// everywhere ("New Year's Eve", "Pi Day 1996", "el día de San Fermín de
// 1988"), as written at the start of `match`: its month and day, and the
// year when given; a movable feast gives only the year written with it
// ("Mardi Gras day 1958").
std::optional<Validated> ValidateBirthdateHoliday(std::string_view match);
// The same for a day whose date depends on the country ("my birthday is
// Independence Day", "National Day", "la fête nationale"), read for
// `region` ("TT", "SG"); nullopt when the day is not known there.
std::optional<Validated> ValidateBirthdateHolidayInRegion(
    std::string_view match, std::string_view region);

// validate_places.cc
std::optional<Validated> ValidateAddress(std::string_view match);
// A street named without its kind, the number after it, as Latin American
// addresses are written ("Alvear 1452, 3° B, Rosario", "Tte. Rojas Silva
// 1847 c/ Sportivo Luqueño, Luque"): the number goes first and the cross
// street ("c/ …", "esq. …") is left out, then ValidateAddress. A number
// that reads as a year (1900-2099) is not a house number.
std::optional<Validated> ValidateAddressWithoutSuffix(std::string_view match);
std::optional<Validated> ValidateAddressNameNumber(std::string_view match);
// A place's name after a few common words, as Spanish, French and Italian
// write a routine's place ("bolera del parque Manuel Barquín", "stand de la
// Sionge"): the name from its first capitalised word must pass
// ValidateName; the value keeps the words before it.
std::optional<Validated> ValidatePlacePhrase(std::string_view match);
// ValidateName for a place someone goes to: a whole state, province or
// country ("in Saskatchewan") is a region, not such a place.
std::optional<Validated> ValidatePlaceName(std::string_view match);
// True when `name` is a country as lists/countries.txt writes it
// ("Estonia", "Lithuania"), compared with case.
bool IsCountryName(std::string_view name);
std::optional<Validated> ValidateLocation(std::string_view match);
std::optional<Validated> ValidateGeotag(std::string_view match);

// validate_people.cc
std::optional<Validated> ValidateSex(std::string_view match);
std::optional<Validated> ValidateName(std::string_view match);
// ValidateName for a relative's first name, where "June", "April", "May"
// and "August" are names, not months ("my kids Otis and June").
std::optional<Validated> ValidateRelativeName(std::string_view match);
std::optional<Validated> ValidateAccountUrl(std::string_view match);

// The calling thread's cache of phone validations (validators.cc): lookups
// answered from it, lookups that ran libphonenumber, entries held now and
// the most it holds.
struct ValidationCacheStats {
  long hits = 0;
  long misses = 0;
  std::size_t size = 0;
  std::size_t capacity = 0;
};
ValidationCacheStats PhoneValidationCacheStats();

// Full US state names and codes: "Tennessee" / "tn" -> "TN"; "" if none.
std::string_view StateCode(std::string_view name_or_code);

// "Ver", "Jal.", "Q. Roo": how Mexican addresses abbreviate their state
// after the town (not "Col.", which is a colonia), with or without the
// postcode after it ("Zac. 98054").
bool IsMexicanStateAbbreviation(std::string_view part);

}  // namespace exposure::internal

#endif  // EXPOSURE_RULES_VALIDATOR_FUNCTIONS_H_
