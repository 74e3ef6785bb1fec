// The name a page's owner gives themselves in their own words. Listings,
// host pages and club pages sometimes name their person only in a first
// sentence ("I'm Sri Wahyuningsih, most people call me Bu Sri"); the
// parser falls back on it when no heading, byline or profile names anyone.
#ifndef EXPOSURE_DOCUMENT_SELF_INTRODUCTION_H_
#define EXPOSURE_DOCUMENT_SELF_INTRODUCTION_H_

#include <string>

#include "exposure/document.h"

namespace exposure::internal {

// The first full name (two to four capitalised words) that the owner's
// own blocks introduce themselves by: "I'm NAME,", "I am NAME.", "My name
// is NAME", "Me llamo NAME", "Mi nombre es NAME", "Je m'appelle NAME",
// "Mi chiamo NAME", "Meu nome é NAME", "Soy NAME", "Sou NAME". The name must
// end the sentence or be followed by a comma, a bracket or "and"; "I'm Not Sure
// Yet" ends nowhere and is not taken. Only the first kMaxIntroductionBlocks of
// the owner's blocks outside the footer are read. "" when none introduces a
// name.
std::string SelfIntroducedName(const Document& document);

}  // namespace exposure::internal

#endif  // EXPOSURE_DOCUMENT_SELF_INTRODUCTION_H_
