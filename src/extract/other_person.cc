// SaidOfAnotherPerson, RelativeIsTheSubject and QuotedFromAnotherPerson:
// see other_person.h. A
// name in a roster entry or a sentence's subject is two or three
// capitalised words, each with a lower-case letter (so "NH" or "USA" is
// never one); it is the owner's when any of its words is one of the
// owner's (NamesOwner), as in "Tess" for "Marites "Tess" Dela Cruz".
#include "extract/other_person.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/strings.h"
#include "exposure/rules.h"
#include "extract/contact_owner.h"
#include "re2/re2.h"

namespace exposure {
namespace {

// True when the name (words split by spaces) has none of the owner's
// words, and none of the capitalised words that start a sentence without
// naming anyone ("Our Saturday tradition: …", "The Grove Gazette - …").
bool SomeoneElse(std::string_view name, std::string_view owner_name) {
  static const RE2* const kNotAName = new RE2(
      R"((?i)the|a|an|our|my|his|her|their|your|this|that|these|every|each|)"
      R"(last|next|weekly|monthly|daily|el|la|los|las|mi|mis|nuestro|)"
      R"(nuestra|de|het|onze|mijn|le|les|notre|mon|ma|o|os|as|meu|minha|)"
      R"((?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|)"
      R"(april|may|june|july|august|september|october|november|december)");
  for (std::string_view word : SplitAny(name, " ")) {
    if (IsPersonalPronoun(word) || NamesOwner(word, owner_name) ||
        RE2::FullMatch(word, *kNotAName)) {
      return false;
    }
  }
  return true;
}

// Where the sentence holding `begin` starts: after the last ". ", "! ",
// "? " or "; " before it, a closing quotation mark between the stop and
// the space ("…when her water broke." She grew up …) included, or at the
// block's start.
std::size_t SentenceStart(std::string_view text, std::size_t begin) {
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < begin; ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?' && c != ';') continue;
    std::size_t after = i + 1;
    if (text[after] == '"' || text[after] == '\'') {
      ++after;
    } else if (text.substr(after, 3) == "”" || text.substr(after, 3) == "’") {
      after += 3;
    }
    if (after < begin && text[after] == ' ') start = after + 1;
  }
  return start;
}

// Whether `sentence` holds one of `words` as a whole word: the words by
// which the person speaks in it ("I", "we", "my"…).
bool HoldsAnyWord(std::string_view sentence,
                  std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (FindWord(sentence, word) != std::string_view::npos) return true;
  }
  return false;
}

// True when `word` is in `sentence` other than as a possessive: "Ros"
// in "Ros is 62", not in "Ros's mum".
bool NamesNotAsPossessive(std::string_view sentence, std::string_view word) {
  std::size_t from = 0;
  while (from < sentence.size()) {
    std::size_t at = FindWord(sentence.substr(from), word);
    if (at == std::string_view::npos) return false;
    at += from;
    std::string_view after = sentence.substr(at + word.size());
    if (!StartsWith(after, "'s") && !StartsWith(after, "’s")) return true;
    from = at + word.size();
  }
  return false;
}

// The quoted span holding `begin` ("…" or “…”), or nullopt when `begin`
// is not inside quotation marks. The span runs to the closing mark, or to
// the end of the block when there is none.
std::optional<std::pair<std::size_t, std::size_t>> QuoteAround(
    std::string_view text, std::size_t begin) {
  std::size_t open = std::string_view::npos;
  bool inside = false;
  for (std::size_t i = 0; i < begin; ++i) {
    if (text[i] == '"') {
      inside = !inside;
      open = inside ? i : std::string_view::npos;
    } else if (text.substr(i, 3) == "“") {
      inside = true;
      open = i;
    } else if (text.substr(i, 3) == "”") {
      inside = false;
      open = std::string_view::npos;
    }
  }
  if (!inside || open == std::string_view::npos) return std::nullopt;
  std::size_t close = text.size();
  for (std::size_t i = begin; i < text.size(); ++i) {
    if (text[i] == '"') {
      close = i + 1;
      break;
    }
    if (text.substr(i, 3) == "”") {
      close = i + 3;
      break;
    }
  }
  return std::make_pair(open, close);
}

}  // namespace

bool QuotedFromAnotherPerson(std::string_view text, std::size_t begin,
                             std::string_view owner_name) {
  if (owner_name.empty() || begin > text.size()) return false;
  auto quote = QuoteAround(text, begin);
  if (!quote) return false;
  // Signed inside the quote, or right after its closing mark. A name
  // after a dash that a sentence goes on from ("- the irony - I spend my
  // days") signs nothing.
  static const RE2* const kSignature = new RE2(
      R"re(\s-\s*(?:User:|@)?(\p{Lu}[\p{L}\d_.'’]*(?:\s\p{Lu}[\p{L}\d_.'’\-]*){0,2})(?:$|\s*[,;:()"”!?]|\s+\d|\s+(?:from|in|de|en)\s|\s*\.(?:\s|$)))re");
  static const RE2* const kSignatureAfter = new RE2(
      R"re(^[\s,.]*-\s*(?:User:|@)?(\p{Lu}[\p{L}\d_.'’]*(?:\s\p{Lu}[\p{L}\d_.'’\-]*){0,2})(?:$|\s*[,;:()"”!?]|\s+\d|\s+(?:from|in|de|en)\s|\s*\.(?:\s|$)))re");
  std::string signer;
  const std::string_view inside =
      text.substr(quote->first, quote->second - quote->first);
  const std::string_view after = text.substr(quote->second);
  if (!RE2::PartialMatch(re2::StringPiece(inside.data(), inside.size()),
                         *kSignature, &signer) &&
      !RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                         *kSignatureAfter, &signer)) {
    return false;
  }
  for (std::string_view word : SplitAny(signer, " _.")) {
    if (NamesOwner(word, owner_name)) return false;
  }
  return true;
}

namespace {

// The relation words of patterns/lists/relations.txt as one alternation
// ("son|daughter|…"), for the expressions below.
const std::string& RelationWords() {
  static const std::string* const kWords = [] {
    auto* words = new std::string;
    for (const std::string& word : DefaultListEntries("relations")) {
      if (!words->empty()) words->push_back('|');
      *words += RE2::QuoteMeta(word);
    }
    return words;
  }();
  return *kWords;
}

}  // namespace

bool SaidOfAnotherPerson(std::string_view text, std::size_t begin,
                         std::string_view owner_name, bool in_profile) {
  if (owner_name.empty() || begin > text.size()) return false;
  // A roster entry: the block opens with a name, perhaps an age in
  // brackets or a relation, then a dash (the block text has its dashes
  // normalised to " - ") or, outside the profile, a middle dot ("Harbor
  // Supper Club · Milwaukee, WI"). Not a colon ("Current City: Austin"),
  // and in the profile not a dot ("Barrel Racing · Age 27"): the owner's
  // own fields.
  static const RE2* const kLeadingName = new RE2(
      R"(^\s*(\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*){1,2})\s*(?:\(\d{1,3}\)\s*)?(?:\p{L}+\s*)?([–—·]|\s-)\s)");
  std::string name, separator;
  if (RE2::PartialMatch(text.substr(0, begin), *kLeadingName, &name,
                        &separator) &&
      !(in_profile && separator == "·") && SomeoneElse(name, owner_name)) {
    return true;
  }
  // A sentence whose subject is someone else: "Rohan Mehta is a developer
  // advocate based in Pune", "About the host: Gabe Turnbull is a
  // woodworker in Pittsburgh", "Marge Ostrowski (84) is …" (the value
  // being the age in brackets; not "Born on Baba Marta Day (1 March)").
  static const RE2* const kSubject = new RE2(
      R"(^(?:[\p{L}\s]{0,20}?[:\s])?(\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*){1,2}),?\s(?:(?:is|was|has|lives|works|grew|moved)\b|\(\d{1,3}\)))");
  // The value in brackets right after a name that opens the sentence.
  static const RE2* const kNameThenBracket = new RE2(
      R"(^(\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*){1,2})\s\($)");
  const std::size_t start = SentenceStart(text, begin);
  // "I'm Fen (they/them)" is the owner introducing themselves.
  const std::string_view sentence = text.substr(start, begin - start);
  if ((RE2::PartialMatch(sentence, *kSubject, &name) ||
       RE2::PartialMatch(sentence, *kNameThenBracket, &name)) &&
      !StartsWith(name, "I'm ") && !StartsWith(name, "I’m ") &&
      SomeoneElse(name, owner_name)) {
    return true;
  }
  // "Manny works for the Island Ferry Co.": a first name alone, with a
  // verb of living or working (not "is": "Home is Oak Bluffs"), in a
  // sentence where the person does not speak ("Everything lives in the
  // bin on my porch at …").
  static const RE2* const kFirstNameSubject = new RE2(
      R"(^["“]?(\p{Lu}\p{Ll}{2,}[\p{L}'’\-]*)\s(?:(?:still|now|also)\s)?)"
      R"((?:works|lives|moved|teaches)\b)");
  static const RE2* const kNotAFirstName =
      new RE2(R"((?:Every|Some|Any|No)(?:one|body|thing)|Each|All|Most|)"
              R"(Home|Work|Life|Family|Stuff|Gear)");
  if (!RE2::PartialMatch(sentence, *kFirstNameSubject, &name) ||
      RE2::FullMatch(name, *kNotAFirstName) || !SomeoneElse(name, owner_name)) {
    return false;
  }
  return !HoldsAnyWord(sentence, {"I", "I'm", "I’m", "my", "My", "we", "We",
                                  "our", "Our", "me"});
}

bool RelativeIsTheSubject(std::string_view text, std::size_t begin,
                          std::string_view owner_name) {
  if (begin > text.size()) return false;
  // The relative opens the sentence (after "and", "but", "while"), perhaps
  // with a name or a bracket after it, and their own verb follows before
  // the detail.
  static const RE2* const kRelativeSubject = new RE2(StrCat(
      R"(^(?i:(?:and|but|while|meanwhile|also),?\s+)?)",
      // "Ros's mum, Joan, is 80": a relative of the person named.
      R"((?:(?i:my|our|his|her|their)\s+|\p{Lu}[\p{L}\-]*['’]s\s+)?)",
      R"((?i:(?:little|younger|older|elder|big|baby|late|eldest|oldest|youngest)\s+)?)",
      "(?i:", RelationWords(), ")", R"((?:\s*\([^()]{1,60}\))?)",
      R"((?:,?\s+\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2})",
      R"((?:\s*\([^()]{1,60}\))?,?)?)",
      R"(\s+(?i:(?:still|now|also|currently|too)\s+)?)",
      R"((?i:lives|works|is|was|has|moved|stays|teaches|runs|turned|turns)\b)"));
  // "with his wife Fa'amoana, a nurse at …", "her partner Romano, who
  // works at …", "Their daughter Ndapewa, 24, is a nurse at …": a
  // relative described right before the detail.
  static const RE2* const kRelativeDescribed = new RE2(StrCat(
      R"(\b(?i:)", RelationWords(), ")",
      R"((?:,?\s+\p{Lu}[\p{L}'’\-]*){1,2}(?:,\s*\d{1,3})?,?\s+)",
      R"((?:(?i:who)\s+(?i:works|is|teaches|runs)\b[^,.;:!?]{0,40})",
      R"(|(?i:is\s+)?(?i:now\s+)?(?i:an?)\s+[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+){0,4}))",
      R"(\s+(?i:at|in|for|with|on)\s+(?i:the\s+)?$)"));
  // The same in Spanish, Galician and Portuguese: "Mi papá, don Refugio,
  // tiene 81 años y vive en Guadalupe", "A miña nai, Dolores, ten 79 anos
  // e vive en Touriñán".
  static const RE2* const kRelativeSubjectRomance = new RE2(
      R"(^(?i:(?:y|e|pero)\s+)?(?i:mi|su|nuestr[oa]|a\s+miña|o\s+meu|)"
      R"(a\s+minha|a\s+nosa|o\s+noso)\s+(?i:madre|padre|mamá|)"
      R"(papá|vieja|viejo|hijo|hija|hermano|hermana|marido|mujer|esposo|)"
      R"(esposa|abuelo|abuela|nai|pai|fillo|filla|irmán|irmá|home|muller|)"
      R"(mãe|filho|filha|irmão|irmã|avó|avô|avoa))"
      R"((?:,?\s+(?:(?i:doña|don|dona)\s+)?\p{Lu}[\p{L}'’\-]*)"
      R"((?:\s+\p{Lu}[\p{L}'’\-]*){0,2},?)?)"
      R"(\s+(?i:(?:todavía|aún|ainda|aínda|también|tamén)\s+)?)"
      R"((?i:vive|trabaja|es|tiene|está|ten|traballa|é|mora|trabalha|tem))"
      R"((?:\s|,|$))");
  // "Tenemos dos hijos: Álvaro, de 35, que vive en Madrid …, y Raquel, de
  // 31, enfermera en Burgos": someone named with their age, the detail in
  // the same clause.
  static const RE2* const kNamedWithAgeRomance =
      new RE2(R"(\p{Lu}[\p{L}'’\-]*,\s+(?:de|con)\s+\d{1,2}(?:\s+a[ñn]os)?,\s+)"
              R"([^.;:!?,]{0,60}$)");
  const std::size_t start = SentenceStart(text, begin);
  const std::string_view sentence = text.substr(start, begin - start);
  if (RE2::PartialMatch(sentence, *kRelativeDescribed)) return true;
  if (RE2::PartialMatch(sentence, *kNamedWithAgeRomance)) return true;
  if (RE2::PartialMatch(sentence, *kRelativeSubjectRomance)) return true;
  if (!RE2::PartialMatch(sentence, *kRelativeSubject)) {
    // The relative may open the sentence's last clause: "My brother Keoni
    // farms with me, and our tūtū, Hannah (88), lives in Waimea".
    const std::size_t joint = sentence.rfind(", and ");
    if (joint == std::string_view::npos ||
        !RE2::PartialMatch(sentence.substr(joint + 2), *kRelativeSubject)) {
      return false;
    }
  }
  // "My little brother Tomás is 24" on Tomás's page: the relative is the
  // person. Any word of the owner's name but the last, which relatives
  // share ("Help Tomás Beat AML" names Tomás too).
  std::vector<std::string_view> owner_words = SplitAny(owner_name, " ");
  if (owner_words.size() > 1) owner_words.pop_back();
  for (std::string_view word : owner_words) {
    if (word.size() >= 3 && NamesNotAsPossessive(sentence, word)) return false;
  }
  // "My husband and I live in …": the person is a subject too; "our
  // daughter Dalia is here in Alexandria": where the person is as well.
  return !HoldsAnyWord(sentence,
                       {"I", "I'm", "I’m", "we", "We", "here", "aquí"});
}

}  // namespace exposure
