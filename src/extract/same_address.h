// One street address written two ways on a page ("Chemin des Mésanges 5,
// 1632 Riaz" in a profile table and "chemin des Mésanges 5 à Riaz" in the
// text) is one detail: the findings take the fuller value, so the report
// lists it once with both places it was seen.
#ifndef EXPOSURE_EXTRACT_SAME_ADDRESS_H_
#define EXPOSURE_EXTRACT_SAME_ADDRESS_H_

#include <vector>

#include "exposure/extract.h"

namespace exposure {

// Gives every address finding the longest value among the page's address
// findings with the same house number and the same first street word
// (letters compared without case: "5 chemin des Mésanges, Riaz" and "5
// Chemin des Mésanges, 1632 Riaz").
void UnifySameAddresses(std::vector<Finding>* findings);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_SAME_ADDRESS_H_
