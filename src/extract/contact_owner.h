// ContactNamesSomeoneElse and AddressNamesSomeoneElse: whether a phone
// number, email address or street address found in a text block is
// introduced as another named person's ("President – Glen
// Abernathy, (512) 555-0120", "my agent, Priscilla Vance
// (pvance@lanternfly.example)"), and NamesOwner and SpellsOwnerWord: whether
// a word names, or a handle spells, the page's owner.
#ifndef EXPOSURE_EXTRACT_CONTACT_OWNER_H_
#define EXPOSURE_EXTRACT_CONTACT_OWNER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace exposure {

// `text` is the block, [begin, end) the contact's span, `email` the
// normalised address ("" for a phone) and `owner_name` the page owner's
// name ("" when unknown). True when:
//   - an email's local part spells a person named just before it in the
//     block ("Paul Novak" and "pnovak@", "marcus.bell@", "gabe@") who is not
//     the owner; or
//   - a person or organisation name (two or more capitalised words) leads
//     straight into the contact, with nothing but punctuation, a label or
//     another contact between them, and it is not the owner's name; or
//   - the block is a message line that opens with its speaker ("Mike T.,
//     Cape Elizabeth: …", "Nov 14 Shawna Kelly, league secretary: …") and
//     the owner is known and is not that speaker.
bool ContactNamesSomeoneElse(std::string_view text, std::size_t begin,
                             std::size_t end, std::string_view email,
                             std::string_view owner_name);

// True when a street address at `begin` follows straight after another
// person's or an organisation's name, with only punctuation between them
// ("Secretary - Tamsin Wu, 1203 Heron Way", "Pinnacle Mgmt, 350 Fifth
// Ave", "The Meeple Mug, 1190 N High St"), and the owner is known: an
// address after an unknown owner's own name stays theirs.
bool AddressNamesSomeoneElse(std::string_view text, std::size_t begin,
                             std::string_view owner_name);

// True when `word` is one of the words of `owner_name` (letters compared
// without case or accents, at least three of them): "Tomasz" names
// "Tomasz Nowak"; nothing names an unknown owner ("").
bool NamesOwner(std::string_view word, std::string_view owner_name);

// NamesOwner, or `word` is the start of one of the owner's names, as a
// short form of it ("Cyp" of "Cyprian", "Marv" of "Marvin"): for a name
// the page itself gives the person, not for one someone signs with.
bool NamesOwnerShortly(std::string_view word, std::string_view owner_name);

// True when `lower` (already in lower case: a host, a handle) contains one
// of the words of `owner_name`, lower-cased and at least `min_length` bytes
// long: "dezamberley" holds "amberley" of "Dez Amberley".
bool SpellsOwnerWord(std::string_view lower, std::string_view owner_name,
                     std::size_t min_length);

// True for a subject pronoun ("She", "he", "Ella", "Elle") or an English
// possessive ("her", "his"): on a page about one person it stands for that
// person, so it does not name anyone else.
bool IsPersonalPronoun(std::string_view word);

// True when `word` is a pronoun of one gender ("She", "él") and the
// page calls its owner by the other only (`owner_pronouns`, lower case):
// "My own mother. She is 63" on a page about a man is about his mother.
bool IsOtherGendersPronoun(std::string_view word,
                           const std::vector<std::string>& owner_pronouns);

// True when `email` (normalised, lower case) is an organisation's shared
// mailbox ("info@", "bonjour@", "tourism@", "letters@") whose domain does
// not spell a word of `owner_name`: "hello@nellwrites.example" is Nell's
// own, "info@boxdjibouti.example" her gym's. False when the owner is
// unknown.
bool IsOrganisationMailbox(std::string_view email, std::string_view owner_name);

// True when `word` is "she" or "he" opening an aside right after a name
// that is not the owner's (`before` is the text up to `word`): "Married to
// Nisreen (she teaches at Al-Noor School)" is about Nisreen.
bool IsAsideAboutAnotherName(std::string_view word, std::string_view before,
                             std::string_view owner_name);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_CONTACT_OWNER_H_
