// ContactNamesSomeoneElse and NamesOwner: see contact_owner.h. Works on the
// normalised block text with RE2 for the capitalised-name scan.
#include "extract/contact_owner.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "re2/re2.h"

namespace exposure {
namespace {

// How far back from a contact a name may stand.
constexpr std::size_t kLookBack = 120;

// Lower-case ASCII letters of `text` (accents and punctuation dropped):
// "Élise" gives "lise", which is enough to compare with a local part.
std::string Letters(std::string_view text) {
  std::string letters;
  for (char c : text) {
    if (absl::ascii_isalpha(static_cast<unsigned char>(c))) {
      letters.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
    }
  }
  return letters;
}

struct Name {
  std::vector<std::string> words;  // lower-case letters of each word
  std::size_t end = 0;             // in the block
};

// Runs of two to four capitalised words ("Glen Abernathy"), or a word and
// an initial ("Marlene O."), before `limit`, nearest last (words in
// capitals are shouting, not names).
std::vector<Name> NamesBefore(std::string_view text, std::size_t limit) {
  static const RE2* const kName = new RE2(
      R"((?:Dr\.\s|Mr\.\s|Mrs\.\s|Ms\.\s)?(\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*(?:(?:\s\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*){1,3}|\s\p{Lu}\.)?))");
  std::size_t from = limit > kLookBack ? limit - kLookBack : 0;
  std::vector<Name> names;
  re2::StringPiece input(text.data() + from, limit - from);
  re2::StringPiece match;
  // Words that lead into a contact without naming anyone ("Find Farida:",
  // "Contact Jo"). Place codes ("Oshkosh WI") never join a name: every
  // word of kName needs a lower-case letter.
  static const std::vector<std::string_view> kVerbs = {
      "find", "contact", "email", "call",  "text",    "reach", "meet",
      "ask",  "follow",  "about", "write", "message", "visit", "hire"};
  while (RE2::FindAndConsume(&input, *kName, &match)) {
    Name name;
    std::vector<std::string_view> words = SplitAny(match, " ");
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::string letters = Letters(words[i]);
      if (i == 0 && IsOneOf(letters, kVerbs)) continue;
      name.words.push_back(std::move(letters));
    }
    // "Norfolk Mob: 07700 900142": a label, not a surname.
    static const std::vector<std::string_view> kLabels = {
        "mob", "mobile",   "tel",    "phone", "cell", "email", "fax",
        "web", "whatsapp", "signal", "text",  "call", "móvil"};
    if (!name.words.empty() && IsOneOf(name.words.back(), kLabels)) {
      name.words.pop_back();
    }
    if (name.words.size() < 2) continue;
    name.end = match.data() + match.size() - text.data();
    names.push_back(std::move(name));
  }
  return names;
}

bool IsOwner(const Name& name, std::string_view owner_name) {
  if (owner_name.empty()) return false;
  std::string owner = Letters(owner_name);
  for (const std::string& word : name.words) {
    if (word.size() >= 3 && Contains(owner, word)) return true;
  }
  return false;
}

// "pvance", "marcusbell", "gabe", "emoreau", "therrera": a local part made
// of the name's words or an initial and a surname.
bool LocalPartSpells(std::string_view local, const Name& name) {
  std::string letters = Letters(local);
  if (letters.size() < 3) return false;
  const std::string& first = name.words.front();
  const std::string& last = name.words.back();
  if (first.empty() || last.empty()) return false;
  return letters == first || letters == last || letters == first + last ||
         letters == first.substr(0, 1) + last ||
         letters == last + first.substr(0, 1);
}

// True when only labels, punctuation and other contacts (addresses,
// numbers, extensions) stand between a name and the contact: ", ", " · ",
// " – ", ": ", " (", "at", "on", "in HR, ext. 4417 or".
bool OnlyGlueBetween(std::string_view between) {
  static const RE2* const kGlue = new RE2(
      R"((?i)(?:[\s,·•|:;()\-–—\d+.]|at|on|or|ext\.?|tel\.?|phone|email|e-mail|cell|mobile|\S+@\S+|(?-i:in\s\p{Lu}{2,5})\b)*)");
  return RE2::FullMatch(re2::StringPiece(between.data(), between.size()),
                        *kGlue);
}

// "Mike T., Cape Elizabeth: Happy birthday! … 207-555-0193", "Nov 14
// Shawna Kelly, league secretary: … Call me at 709-555-0112": a message
// line that opens with its speaker's name (a first name and a surname or
// an initial, then perhaps a town or a role, then a colon) is the
// speaker's, unless the speaker is the owner (who must be known). "Home
// Phone: …", "Contact Us: …" and "Find Farida: …" are labels, not
// speakers.
bool SpokenBySomeoneElse(std::string_view text, std::size_t begin,
                         std::string_view owner_name) {
  static const RE2* const kSpeaker = new RE2(
      R"(^(?:\p{Lu}\p{Ll}{2}\.?\s+\d{1,2}\s+)?(\p{Lu}[\p{L}'’\-]+)\s+(\p{Lu}[\p{L}'’\-]*\.?)(?:\s*\([^()]{1,40}\))?(?:\s*,\s*[^:,.!?]{1,40})?:\s)");
  if (owner_name.empty()) return false;  // nobody to tell the speaker from
  std::string first, second;
  re2::StringPiece head(text.data(), begin);
  if (!RE2::PartialMatch(head, *kSpeaker, &first, &second)) return false;
  static const std::vector<std::string_view> kLabelWords = {
      "phone",  "mobile",  "cell",     "tel",      "email",    "e-mail",
      "fax",    "text",    "contact",  "address",  "whatsapp", "number",
      "office", "home",    "work",     "call",     "us",       "me",
      "info",   "general", "business", "personal", "find",     "reach",
      "write",  "ask",     "meet",     "visit",    "book"};
  for (const std::string& word : {first, second}) {
    std::string lower = AsciiLower(word);
    while (!lower.empty() && lower.back() == '.') lower.pop_back();
    if (IsOneOf(lower, kLabelWords)) return false;
  }
  return !NamesOwner(first, owner_name) && !NamesOwner(second, owner_name);
}

// Whether a digit comes between the start of the comma-separated clause
// holding `at` (but not before `floor`) and `at`: "16 West Ridge Road" is
// a street, not a person called Road.
bool FollowsNumberInClause(std::string_view text, std::size_t at,
                           std::size_t floor) {
  for (std::size_t i = at; i > floor; --i) {
    const char c = text[i - 1];
    if (c == ',' || c == ';' || c == '.' || c == ':') return false;
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

}  // namespace

bool ContactNamesSomeoneElse(std::string_view text, std::size_t begin,
                             std::size_t end, std::string_view email,
                             std::string_view owner_name) {
  (void)end;
  std::size_t from = begin > 40 ? begin - 40 : 0;
  re2::StringPiece lead(text.data() + from, begin - from);
  // "Tel. del salón 222 555 0133", "the venue's number is …", "con mi
  // mamá al …", "my mum's mobile …": a place's or a relative's.
  static const RE2* const kOtherHolder = new RE2(
      R"((?i)(?:\btel(?:éfono|efono)?\.?\s+(?:del|de\s+la|de\s+los)\s+\p{L}+|\bcon\s+mi\s+(?:mamá|mama|papá|papa|madre|padre|esposo|esposa|hermana|hermano)\s+(?:al|en)|\b(?:my|his|her)\s+(?:mom|mum|dad|husband|wife|sister|brother)['’]s\s+(?:number|cell|phone|mobile)|\bthe\s+(?:venue|office|school|salon|shop|store|clinic|hall|church)['’]s\s+(?:number|line|phone))[^.!?\d]{0,12}$)");
  if (RE2::PartialMatch(lead, *kOtherHolder)) return true;
  // "Tom's department. Text him on 086 555 0187": the number of whoever
  // was named last, someone else's unless that is the owner ("Cormac has
  // seedlings; ring him at 570.555.0119").
  re2::StringPiece pronoun;
  static const RE2* const kThirdPerson = new RE2(
      R"((?i)(\b(?:call|text|ring|phone|email|e-mail|message|whatsapp|contact|reach|ask)\s+(?:him|her)\b[^.!?\d]{0,15})$)");
  if (RE2::PartialMatch(lead, *kThirdPerson, &pronoun)) {
    std::size_t verb_at = pronoun.data() - text.data();
    std::size_t back = verb_at > kLookBack ? verb_at - kLookBack : 0;
    // "Students who want a check ride can reach her on …": a word that
    // a relative clause follows names a kind of person, not one.
    // A town of an address ("… West Ridge Road, Tangier, VA 23440, or call
    // her at …": a state code or a number after it) names no one either.
    static const RE2* const kCapitalised = new RE2(
        R"((\p{Lu}[\p{L}\-]+)(?:['’]s)?\b(\s+(?:who|that|which)\b)?(,?\s*(?:\p{Lu}{2,3}\b|\d))?)");
    re2::StringPiece input(text.data() + back, verb_at - back);
    re2::StringPiece word;
    re2::StringPiece clause;
    re2::StringPiece place_after;
    std::string last;
    // A sentence's capitalised first word ("For lessons, call her on …",
    // "Call or text her at …") names no one.
    static const RE2* const kFunctionWord = new RE2(
        R"(For|The|If|When|To|And|But|Or|In|On|At|As|So|Then|This|That|These|Those|Please|Any|All|Anyone|Everyone|Also|After|Before|During|With|From|Her|His|She|He|They|We|You|I|Call|Text|Ring|Phone|Email|Message|Contact|Reach|Ask|\p{Lu}+)");
    while (RE2::FindAndConsume(&input, *kCapitalised, &word, &clause,
                               &place_after)) {
      if (clause.empty() && place_after.empty() &&
          !RE2::FullMatch(word, *kFunctionWord) &&
          !FollowsNumberInClause(text, word.data() - text.data(), back)) {
        last = std::string(word.data(), word.size());
      }
    }
    // The page's own words may shorten the name ("Malc is the club's finds
    // recorder … ring him on …" on Malcolm's page).
    return !last.empty() && !NamesOwnerShortly(last, owner_name);
  }
  // "RSVP to Kayla at 850-555-0129" in a block that calls her "my sister
  // Kayla": the contact of the relative the verb names. ("Call Russ at …"
  // on Russell's page, or "text Tencha at …" on Hortencia's, names the
  // owner by a short name, so a name alone is not enough.)
  re2::StringPiece named;
  static const RE2* const kVerbThenName = new RE2(
      R"((?i:\b(?:call|text|ring|phone|email|e-mail|message|whatsapp|contact|reach|rsvp\s+to|write\s+to|ask))\s+(\p{Lu}[\p{Ll}\-]+)\s+(?i:at|on|to|via)\s*[:\-]?\s*$)");
  // Likewise "Avis can be reached at 340-555-0177" or "Avis's cell: …" in
  // a block that calls her "my friend Avis".
  static const RE2* const kNameReachedAt = new RE2(
      R"((\p{Lu}[\p{Ll}\-]+)(?:\s+(?i:can\s+be\s+reached|is\s+reachable|can\s+be\s+contacted)\s+(?i:at|on|via)|['’]s\s+(?i:number|cell|phone|mobile|email|e-mail)(?:\s+is)?)\s*[:\-]?\s*$)");
  if (RE2::PartialMatch(lead, *kNameReachedAt, &named) ||
      RE2::PartialMatch(lead, *kVerbThenName, &named)) {
    std::string_view word(named.data(), named.size());
    RE2 relative(StrCat(R"((?i:\b(?:my|our)\s+\p{L}+\s+))",
                        RE2::QuoteMeta(word), R"(\b)"));
    if (!NamesOwnerShortly(word, owner_name) &&
        RE2::PartialMatch(re2::StringPiece(text.data(), begin), relative)) {
      return true;
    }
  }
  if (SpokenBySomeoneElse(text, begin, owner_name)) return true;
  std::vector<Name> names = NamesBefore(text, begin);
  if (!email.empty()) {
    std::string_view local = email.substr(0, email.find('@'));
    // "Chile Verde Balloon Rides, 505-555-0142, ray@…" on Ray's page: an
    // address that spells the owner's name is theirs, whoever is named
    // before it.
    Name owner;
    for (std::string_view word : SplitAny(owner_name, " ")) {
      std::string letters = Letters(word);
      if (!letters.empty()) owner.words.push_back(std::move(letters));
    }
    if (!owner.words.empty() && LocalPartSpells(local, owner)) return false;
    for (const Name& name : names) {
      if (LocalPartSpells(local, name) && !IsOwner(name, owner_name)) {
        return true;
      }
    }
  }
  if (names.empty()) return false;
  const Name& nearest = names.back();
  if (IsOwner(nearest, owner_name)) return false;
  return OnlyGlueBetween(text.substr(nearest.end, begin - nearest.end));
}

namespace {

// NamesOwner, and with `short_forms` NamesOwnerShortly: one pass over the
// owner's names.
bool NamesOwnerWord(std::string_view word, std::string_view owner_name,
                    bool short_forms) {
  std::string letters = Letters(word);
  if (letters.size() < 3) return false;
  for (std::string_view owner_word : SplitAny(owner_name, " ,.()@_")) {
    std::string owner_letters = Letters(owner_word);
    if (owner_letters == letters) return true;
    if (short_forms && owner_letters.size() >= letters.size() + 2 &&
        StartsWith(owner_letters, letters)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool NamesOwner(std::string_view word, std::string_view owner_name) {
  return NamesOwnerWord(word, owner_name, /*short_forms=*/false);
}

bool NamesOwnerShortly(std::string_view word, std::string_view owner_name) {
  return NamesOwnerWord(word, owner_name, /*short_forms=*/true);
}

bool SpellsOwnerWord(std::string_view lower, std::string_view owner_name,
                     std::size_t min_length) {
  for (std::string_view word : SplitAny(owner_name, " ,.()@_-")) {
    if (word.size() >= min_length && Contains(lower, AsciiLower(word))) {
      return true;
    }
  }
  return false;
}

namespace {

// Third-person subject pronouns by gender, in English, Spanish, French and
// Portuguese (AsciiLower leaves "Él" as is), and the English possessives
// ("a week before her 57th birthday").
const std::vector<std::string_view>& FemininePronouns() {
  static const auto* pronouns =
      new std::vector<std::string_view>{"she", "ella", "elle", "ela", "her"};
  return *pronouns;
}
const std::vector<std::string_view>& MasculinePronouns() {
  static const auto* pronouns =
      new std::vector<std::string_view>{"he", "él", "Él", "il", "ele", "his"};
  return *pronouns;
}

}  // namespace

bool IsPersonalPronoun(std::string_view word) {
  const std::string lower = AsciiLower(word);
  return IsOneOf(lower, {"i", "we", "they"}) ||
         IsOneOf(lower, FemininePronouns()) ||
         IsOneOf(lower, MasculinePronouns());
}

bool IsOtherGendersPronoun(std::string_view word,
                           const std::vector<std::string>& owner_pronouns) {
  const std::string lower = AsciiLower(word);
  auto owner_says = [&owner_pronouns](std::string_view pronoun) {
    return std::find(owner_pronouns.begin(), owner_pronouns.end(), pronoun) !=
           owner_pronouns.end();
  };
  if (IsOneOf(lower, FemininePronouns())) {
    return owner_says("he") && !owner_says("she");
  }
  if (IsOneOf(lower, MasculinePronouns())) {
    return owner_says("she") && !owner_says("he");
  }
  return false;
}

bool IsOrganisationMailbox(std::string_view email,
                           std::string_view owner_name) {
  static const std::vector<std::string_view> kSharedMailboxes = {
      "info",       "contact",   "contacto",     "kontakt",     "hello",
      "hola",       "bonjour",   "office",       "oficina",     "admin",
      "support",    "help",      "enquiries",    "inquiries",   "booking",
      "bookings",   "reservas",  "reservations", "team",        "press",
      "sales",      "ventas",    "secretary",    "secretaria",  "tourism",
      "letters",    "editor",    "editors",      "corrections", "news",
      "newsletter", "webmaster", "noreply",      "no-reply",    "orders",
      "shop",       "store",     "membership",   "members",     "accueil",
      "exporter"};
  std::size_t at = email.find('@');
  if (at == std::string_view::npos || owner_name.empty()) return false;
  std::string local = AsciiLower(email.substr(0, at));
  if (!IsOneOf(local, kSharedMailboxes)) return false;
  std::string domain = AsciiLower(email.substr(at + 1));
  return !SpellsOwnerWord(domain, owner_name, 4);
}

bool IsAsideAboutAnotherName(std::string_view word, std::string_view before,
                             std::string_view owner_name) {
  const std::string lower = AsciiLower(word);
  if (lower != "she" && lower != "he") return false;
  before = StripWhitespace(before);
  if (!EndsWith(before, "(")) return false;
  before = StripWhitespace(before.substr(0, before.size() - 1));
  std::size_t space = before.find_last_of(" \n");
  std::string_view name =
      space == std::string_view::npos ? before : before.substr(space + 1);
  if (name.empty() ||
      !absl::ascii_isupper(static_cast<unsigned char>(name[0]))) {
    return false;
  }
  return FindWord(owner_name, name) == std::string_view::npos;
}

bool AddressNamesSomeoneElse(std::string_view text, std::size_t begin,
                             std::string_view owner_name) {
  if (owner_name.empty()) return false;
  std::vector<Name> names = NamesBefore(text, begin);
  if (names.empty()) return false;
  const Name& nearest = names.back();
  if (IsOwner(nearest, owner_name)) return false;
  // "Sai Krupa Apartments, 12 Prabhat Road": a building is part of the
  // address, not its holder.
  static const std::vector<std::string_view> kBuildings = {
      "apartments",  "apts",    "residency", "residences", "tower", "towers",
      "building",    "house",   "court",     "mansions",   "flats", "villas",
      "condominium", "cottage", "farm",      "manor",      "croft"};
  if (IsOneOf(nearest.words.back(), kBuildings)) return false;
  // "Edifício Jardim Flor, Rua de Fernão Mendes Pinto 77", "Résidence Le
  // Gabian, 6 Rue du Gabian": a building named kind first.
  // (Letters() keeps ASCII letters only: "edifcio" is "Edifício".)
  static const std::vector<std::string_view> kBuildingsFirst = {
      "edifcio",  "edificio",     "rsidence", "residence", "residencial",
      "building", "bloco",        "torre",    "condomnio", "condominio",
      "villa",    "apartamentos", "immeuble", "palazzo",   "wohnanlage"};
  if (IsOneOf(nearest.words.front(), kBuildingsFirst)) return false;
  static const RE2* const kPunctuation = new RE2(R"([\s,·•|:;(\-–—]*)");
  std::string_view between = text.substr(nearest.end, begin - nearest.end);
  return RE2::FullMatch(re2::StringPiece(between.data(), between.size()),
                        *kPunctuation);
}

}  // namespace exposure
