// The name a page also calls its owner by. A profile card that gives a
// nickname beside the full name ("<span class=p-name>Dorothea
// Kasprzak</span> ("<span class=p-nickname>Dot</span>")") goes on to say
// "Dot is 76"; the parser writes the nickname into the owner's name the
// way people write it ("Dorothea "Dot" Kasprzak"), so that sentences using
// it are read as the owner's.
#ifndef EXPOSURE_DOCUMENT_OWNER_NICKNAME_H_
#define EXPOSURE_DOCUMENT_OWNER_NICKNAME_H_

#include <string>

#include "exposure/document.h"

namespace exposure::internal {

// `document.owner_name` with the owner's h-card nickname (the root card's
// "p-nickname", in the owner's zone) after its first word; the name as it
// is when it is one word, already quotes a nickname or holds the
// nickname's word, or when there is no such nickname of one capitalised
// word.
std::string OwnerNameWithNickname(const Document& document);

}  // namespace exposure::internal

#endif  // EXPOSURE_DOCUMENT_OWNER_NICKNAME_H_
