// Whom a signed feature is about. A news or club feature ("By Frieda
// Hamutenya · 20 November 2026 … Selma Nangolo, 52, is stirring a pot …")
// is about its subject, not its writer; the parser first reads the byline
// as the page's owner, and this finds the subject instead.
#ifndef EXPOSURE_DOCUMENT_FEATURE_SUBJECT_H_
#define EXPOSURE_DOCUMENT_FEATURE_SUBJECT_H_

#include <string>
#include <vector>

#include "exposure/document.h"

namespace exposure::internal {

// The subject of `document` when it is a third-person piece signed by its
// owner_name: a block is the byline ("By NAME", "Por NAME", "Par NAME"),
// the owner's blocks outside quotation marks say "she"/"he" at least three
// times and "I"/"my" at most once, and one full name in them has its first
// name written at least three times. "" otherwise (a blog post in the first
// person, a page with no byline).
std::string FeatureSubject(const Document& document);

// Whom an unsigned piece is about when nothing else names its owner: the
// page title names a first name ("Gente del pueblo: Herminia, la maestra"),
// the owner's blocks write that first name at least three times, and one
// full name in them starts with it ("Herminia Lahoz Gil nació …"). ""
// otherwise.
std::string TitledSubject(const Document& document);

// The words that stand for the owner when `document` is written about them
// in the third person (a member spotlight, a club feature, a bio): the
// owner's blocks outside quotation marks say "I"/"my" at most once, and
// one set of pronouns ("she", "her" or "he", "him", "his") comes at least
// three times and at least twice as often as the other. Lower case; empty
// when the page has no owner or is not written that way.
std::vector<std::string> OwnerPronouns(const Document& document);

// On a page written about its owner in the third person (owner_pronouns
// set), a quotation set off in a <blockquote> that speaks in the first
// person ("Sunday is church at the Fale EKT church — I play the organ")
// is the owner's own words: its blocks become the owner's. One that ends
// by naming someone else ("… — Programme director Ana Lee") stays theirs.
void ReturnSubjectsQuotes(Document* document);

}  // namespace exposure::internal

#endif  // EXPOSURE_DOCUMENT_FEATURE_SUBJECT_H_
