// SaidOfAnotherPerson, RelativeIsTheSubject and QuotedFromAnotherPerson:
// whether a detail found in a
// text block (a place, an age, a workplace, a school) is said of another named
// person, because the block is a roster entry led by that person's name ("Derek
// Amos – ringing since 1969 … Lives in Frampton Cotterell", "Nico Suárez (31) –
// vinyasa. Vive en Pocitos") or because the sentence holding the place has that
// person as its subject ("Rohan Mehta is a developer advocate based in Pune").
#ifndef EXPOSURE_EXTRACT_OTHER_PERSON_H_
#define EXPOSURE_EXTRACT_OTHER_PERSON_H_

#include <cstddef>
#include <string_view>

namespace exposure {

// `text` is the block, `begin` where the detail starts, `owner_name` the
// page owner's name and `in_profile` whether the block is a profile field
// or card. Always false when the owner is unknown (""): then a name-led
// block may well be the owner's own.
bool SaidOfAnotherPerson(std::string_view text, std::size_t begin,
                         std::string_view owner_name, bool in_profile);

// True when the sentence holding `begin` has a relative as its subject and
// a verb of theirs before `begin`: "My mother Iris still lives in
// Georgetown", "Dad (Lemuel, 80 this summer) still lives in North West
// River", "Her sister Rita works at …"; or when a relative is described
// right before it ("with his wife Fa'amoana, a nurse at …", "her partner
// Romano, who works at …"). Not when the person speaks in the sentence
// ("My husband and I live in …"), nor when the relative is the owner
// ("My little brother Tomás is 24" on Tomás's page; `owner_name` may be "").
bool RelativeIsTheSubject(std::string_view text, std::size_t begin,
                          std::string_view owner_name);

// True when `begin` is inside a quotation signed by someone other than
// the owner, inside the quote or right after it: "Thanks for the fix! -
// User:Greta_L, Malmö, 29 y/o", "“Tengo 62 años…” - Beatriz, del Buceo".
// Everything in such a quote is the signer's. False when the owner is
// unknown.
bool QuotedFromAnotherPerson(std::string_view text, std::size_t begin,
                             std::string_view owner_name);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_OTHER_PERSON_H_
