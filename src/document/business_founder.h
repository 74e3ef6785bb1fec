// The person behind a one-person business's page. A listing headed by the
// business's name ("<h1>Robson Sweeps</h1>") is about the sweep who runs
// it; its JSON-LD says so when the business names a Person as its founder
// ("founder": {"@type": "Person", "name": "Callum Robson"}). The parser
// then takes the founder as the page's owner, so the person's own words
// ("I'm Callum, 39 since Burns Night") are read as theirs.
#ifndef EXPOSURE_DOCUMENT_BUSINESS_FOUNDER_H_
#define EXPOSURE_DOCUMENT_BUSINESS_FOUNDER_H_

#include <string>

#include "exposure/document.h"

namespace exposure::internal {

// The founder's name when one of the page's JSON-LD items (at the top or
// in an "@graph") is named like the owner (`document.owner_name`, compared
// without case) and has a "founder" that is a Person with a name of two to
// four words; "" otherwise, or when the JSON does not parse.
std::string FounderOfOwnBusiness(const Document& document);

}  // namespace exposure::internal

#endif  // EXPOSURE_DOCUMENT_BUSINESS_FOUNDER_H_
