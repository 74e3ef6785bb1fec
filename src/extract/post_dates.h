// Birthdays said relative to a post's date: "Turned 44 yesterday" under a
// post dated Oct 19 is Oct 18; "I turn 40 on the 14th" in a post of Nov 2
// is Nov 14. The rule (birthdate.relative_to_post) finds the words; its
// validator ("birthday_relative") turns them into an offset, and
// ResolveRelativeBirthday reads the post's date and gives the day.
#ifndef EXPOSURE_EXTRACT_POST_DATES_H_
#define EXPOSURE_EXTRACT_POST_DATES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "exposure/document.h"

namespace exposure {

// A month and day (year 0 when the date gives none).
struct PostDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

// The date of the post holding blocks[index]: its <time datetime> when the
// parser found one, else the nearest written date ("Oct 19, 2026", "9 Aug
// 2026", "dom 22 nov 2026", "09/04/2026", "Nov 2") in the block, else in
// the four blocks before it, else in the one after it (some sites print
// the date below the post). nullopt when there is none.
std::optional<PostDate> PostDateNear(const Document& document,
                                     std::size_t index);

// The newest full date (with its year) written anywhere on the page, in
// its text or a <time datetime>, that is not after `today`: when the page
// was last written to, at the latest. Dates to come (an event's) are
// skipped; nullopt when the page has none.
std::optional<PostDate> NewestDateOn(const Document& document,
                                     const PostDate& today);

// The end of the newest year a copyright line gives ("© 2026 Loro Ride",
// "Copyright 2019–2026"), or `today` when that year is this one: a page
// current that year was written by then. nullopt when the page gives none
// (or only years to come).
std::optional<PostDate> CopyrightDateOn(const Document& document,
                                        const PostDate& today);

// A month's name or abbreviation, as an RE2 fragment to match without
// case, in the languages the birthdate validator reads ("Nov", "octubre",
// "févr", "ago"): for other readers of written dates.
std::string_view MonthNamePattern();

// True for the birthday_relative validator's values ("rel:-1", "past:2",
// "next:14", "weekday:1"), which ResolveRelativeBirthday turns into days.
bool IsRelativeBirthday(std::string_view value);

// `relative` is the birthday_relative validator's value: "rel:-1" (a day
// before the post), "rel:0", "rel:1", "past:14" (the 14th on or before
// the post's day), "next:14" (the 14th on or after it) or "weekday:1" (the
// last Monday before the post; needs the post's year). Gives the birthday
// as "--MM-DD", or nullopt for a value it does not know.
std::optional<std::string> ResolveRelativeBirthday(std::string_view relative,
                                                   const PostDate& post);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_POST_DATES_H_
