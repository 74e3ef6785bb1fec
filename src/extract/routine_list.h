// The other places of a routine's list: "Friday evenings at the Moresby
// Aero Club, Saturday mornings at Gordons Market with Joseph, then a walk
// along Ela Beach". A routine rule reads the first place after its cue;
// the places after it in the same sentence belong to the same list.
#ifndef EXPOSURE_EXTRACT_ROUTINE_LIST_H_
#define EXPOSURE_EXTRACT_ROUTINE_LIST_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/place_tail.h"

namespace exposure {

// The places named after `end` in the rest of its sentence, each after a
// connector (",", "and", "then", "y", "después", "et", …) and a
// preposition ("at", "along", "en el", "à"): the capitalised words of
// their names, as spans of `text`. In a list a colon opens ("Where to
// find me: …"), a semicolon parts items too. At most `max_places`.
std::vector<TextSpan> NextPlacesInSentence(std::string_view text,
                                           std::size_t end,
                                           std::size_t max_places = 4);

// Whether `name` starts with a day or a month ("Friday", "September"):
// when, not where.
bool StartsWithDayOrMonth(std::string_view name);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_ROUTINE_LIST_H_
