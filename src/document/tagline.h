// MarkTaglines: the short line under a profile's name heading ("34 ans ·
// Conductrice expérimentée", "@gushops · Duluth, MN") is a profile field,
// not a post, even when the page marks up neither.
#ifndef EXPOSURE_DOCUMENT_TAGLINE_H_
#define EXPOSURE_DOCUMENT_TAGLINE_H_

#include "exposure/document.h"

namespace exposure::internal {

// Gives Source::kProfile to every owner block that directly follows an
// <h1> holding a name (one to four capitalised words or an @handle) in the
// same container, is at most 200 bytes long and is split into items by
// " · ", " | " or " • ".
void MarkTaglines(Document* document);

}  // namespace exposure::internal

#endif  // EXPOSURE_DOCUMENT_TAGLINE_H_
