// Whether a text block speaks to the page's owner by name ("Great catch,
// Vesela! I'm 67 and …", "Bia you are unstoppable! My son Duarte …",
// "Happy 250th, Denise! My grandson Caleb (12) …"): a reply or a comment
// on the owner's page, whose "I" and "my" are its writer's, not the
// owner's.
#ifndef EXPOSURE_EXTRACT_ADDRESSED_TO_OWNER_H_
#define EXPOSURE_EXTRACT_ADDRESSED_TO_OWNER_H_

#include <string_view>

namespace exposure {

// True when `text` greets, thanks or praises the owner by their first
// name (the first word of `owner_name`, three letters or more), or says
// "you" right after it. False when the owner is unknown.
bool AddressesOwner(std::string_view text, std::string_view owner_name);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_ADDRESSED_TO_OWNER_H_
