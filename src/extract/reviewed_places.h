// Places a reviewer goes to regularly: on a map's or a travel site's
// contributions page, a review headed by a place ("Konyo Konyo Market")
// whose words say the reviewer is there routinely ("Every Saturday morning
// I come here for fish") tells where they can be found, though the text
// names the place only by "here".
#ifndef EXPOSURE_EXTRACT_REVIEWED_PLACES_H_
#define EXPOSURE_EXTRACT_REVIEWED_PLACES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "exposure/document.h"
#include "exposure/extract.h"

namespace exposure {

// True when `text` says its writer is at the place it reviews routinely:
// a habit ("every Saturday", "almost every working day", "Monday,
// Wednesday and Friday", "cada lunes") together with "here" ("I come
// here", "I'm here for lunch", "aquí"), the place called theirs ("our
// family's parish", "my local", "mi mesa de siempre") or the habit said
// of the visit ("como cada mañana").
bool SaysRegularlyHere(std::string_view text);

// The place that heads the review holding blocks[index]: the nearest
// heading (h1 to h4) among the few blocks before it, in the owner's words,
// without its rating ("Bake House Ampitiya ★★★★") or what follows a " · ";
// nullopt when there is none or it is no place's name (a label with a
// colon or of one word, the owner's own name).
std::optional<std::string> ReviewedPlace(const Document& document,
                                         std::size_t index);

// A regular place (rule id "regular_place.reviewed_routine") for
// blocks[index] when it is the owner's review of a place they go to
// routinely; nullopt otherwise.
std::optional<Finding> RegularPlaceOfReview(const Document& document,
                                            std::size_t index);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_REVIEWED_PLACES_H_
