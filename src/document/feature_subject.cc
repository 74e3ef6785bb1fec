// Whom a piece is about: a signed feature's subject, the name an unsigned
// piece's title and text repeat, and the pronouns that stand for them.
#include "document/feature_subject.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "re2/re2.h"

namespace exposure::internal {
namespace {

// `text` without what stands between quotation marks: a subject quoted
// in the first person ("“I started with one pot,” she says") is still
// written about.
std::string OutsideQuotes(std::string_view text) {
  static constexpr struct {
    std::string_view mark;
    bool opens;
  } kMarks[] = {
      {"“", true}, {"”", false}, {"„", true}, {"«", true}, {"»", false}};
  std::string out;
  out.reserve(text.size());
  bool quoted = false;
  std::size_t i = 0;
  while (i < text.size()) {
    // Copy up to the next byte that can start a mark ('"', or the lead
    // byte of “ ” « ») in one go: most text has none.
    std::size_t next = text.find_first_of("\"\xE2\xC2", i);
    if (next == std::string_view::npos) next = text.size();
    if (!quoted) out.append(text.substr(i, next - i));
    i = next;
    if (i == text.size()) break;
    std::string_view rest = text.substr(i);
    bool matched = false;
    for (const auto& quote : kMarks) {
      if (StartsWith(rest, quote.mark)) {
        quoted = quote.opens;
        i += quote.mark.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (text[i] == '"') {
      quoted = !quoted;
    } else if (!quoted) {
      out.push_back(text[i]);
    }
    ++i;
  }
  return out;
}

int CountMatches(std::string_view text, const RE2& pattern) {
  re2::StringPiece input(text.data(), text.size());
  int count = 0;
  while (RE2::FindAndConsume(&input, pattern)) ++count;
  return count;
}

const RE2& FirstPersonWords() {
  static const RE2* const kFirstPerson = new RE2(
      R"(\b(?:I|my|My|me|I'm|I’m|I've|I’ve|myself|yo|Yo|mi|Mi|mis|Mis|eu|Eu|meu|minha|je|Je|mon|Mon)\b)");
  return *kFirstPerson;
}

// The owner's own blocks outside quotation marks, one per line, without
// the page's meta text; `skip_owner_name` also leaves out blocks that name
// the owner in full (a byline). With `third_person_only`, nullopt as soon
// as the text says "I"/"my" a second time: a piece in the first person
// (most pages) is not read to its end.
std::optional<std::string> OwnerProse(const Document& document,
                                      bool skip_owner_name,
                                      bool third_person_only) {
  std::string body;
  int first_person = 0;
  for (const TextBlock& block : document.blocks) {
    if (block.zone != Zone::kOwner || block.source == Source::kMeta) continue;
    if (skip_owner_name && Contains(block.text, document.owner_name)) continue;
    std::string prose = OutsideQuotes(block.text);
    if (third_person_only) {
      first_person += CountMatches(prose, FirstPersonWords());
      if (first_person > 1) return std::nullopt;
    }
    body.append(prose);
    body.push_back('\n');
  }
  return body;
}

// The first full name in `body` (words joined by single spaces, so never
// across two blocks) whose first name `body` writes at least three times
// and, unless `title` is empty, `title` writes too.
std::string RepeatedFullName(std::string_view body, std::string_view title) {
  static const RE2* const kFullName = new RE2(
      R"((\p{Lu}\p{Ll}{2,}(?:[\-]\p{Lu}\p{Ll}+)?)((?: \p{Lu}\p{Ll}+(?:[\-]\p{Lu}\p{Ll}+)?){1,2}))");
  re2::StringPiece input(body.data(), body.size());
  std::string first, rest;
  // "Find a Registry Start Your Registry", "Thursday Gold Lotto": words no
  // name is made of.
  static const RE2* const kNotName = new RE2(
      R"(\b(?:Your|My|Our|Their|His|Her|The|This|That|And|For|With|From|Start|Find|Join|Sign|Log|New|All|More|Home|About|Contact|Baby|Registry|Wedding|Gift|Gifts|Shop|Store|List|Page|Profile|Blog|News|Guide|Guides|Best|Free|Team|Club|Group|Online|Member|Members|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|September|October|November|December)\b)");
  while (RE2::FindAndConsume(&input, *kFullName, &first, &rest)) {
    if (RE2::PartialMatch(StrCat(first, rest), *kNotName)) continue;
    RE2 word(StrCat("\\b", RE2::QuoteMeta(first), "\\b"));
    if (!title.empty() &&
        !RE2::PartialMatch(re2::StringPiece(title.data(), title.size()),
                           word)) {
      continue;
    }
    if (CountMatches(body, word) >= 3) return StrCat(first, rest);
  }
  return "";
}

}  // namespace

std::vector<std::string> OwnerPronouns(const Document& document) {
  if (document.owner_name.empty()) return {};
  std::optional<std::string> body = OwnerProse(document, false, true);
  if (!body) return {};
  static const RE2* const kFeminine =
      new RE2(R"(\b(?:she|She|her|Her|hers|herself|ella|Ella)\b)");
  static const RE2* const kMasculine =
      new RE2(R"(\b(?:he|He|him|Him|his|His|himself|él|Él)\b)");
  const int feminine = CountMatches(*body, *kFeminine);
  const int masculine = CountMatches(*body, *kMasculine);
  if (feminine >= 3 && feminine >= 2 * masculine) {
    return {"she", "her", "hers", "herself", "ella"};
  }
  if (masculine >= 3 && masculine >= 2 * feminine) {
    return {"he", "him", "his", "himself", "él"};
  }
  return {};
}

std::string TitledSubject(const Document& document) {
  if (!document.owner_name.empty()) return "";
  // The title without the site's name after its last separator.
  std::string_view title = document.title;
  for (std::string_view separator : {" - ", " | ", " · ", " — "}) {
    std::size_t at = title.rfind(separator);
    if (at != std::string_view::npos) title = title.substr(0, at);
  }
  if (title.empty()) return "";
  return RepeatedFullName(*OwnerProse(document, false, false), title);
}

std::string FeatureSubject(const Document& document) {
  if (document.owner_name.empty()) return "";
  // Most pages are not signed: look for the byline before reading the text.
  bool signed_by_owner = false;
  for (const TextBlock& block : document.blocks) {
    if (block.zone != Zone::kOwner || block.source == Source::kMeta) continue;
    for (std::string_view by :
         {"By ", "by ", "Por ", "por ", "Par ", "Text: ", "Tekst: ", "Texto: ",
          "Words: ", "Story: ", "Story and photos: ", "Text and photos: "}) {
      signed_by_owner |= StartsWith(block.text, by) &&
                         Contains(block.text, document.owner_name);
    }
    if (signed_by_owner) break;
  }
  if (!signed_by_owner) return "";
  // Without the byline.
  std::optional<std::string> body = OwnerProse(document, true, true);
  static const RE2* const kThirdPerson = new RE2(
      R"(\b(?:she|She|he|He|her|Her|his|His|ella|Ella|él|Él|ela|Ela|ele|Ele|elle|Elle|ona|Ona|jego|Jego|jej|Jej|niego|niej)\b)");
  if (!body || CountMatches(*body, *kThirdPerson) < 3) return "";
  return RepeatedFullName(*body, "");
}

namespace {

// Where `text` first has, as a whole word, one of the subject pronouns
// among `pronouns` ("she", "he", "ella", "él", "elle", "il"), in lower
// case; npos when it has none.
std::size_t FirstSubjectPronoun(std::string_view text,
                                const std::vector<std::string>& pronouns) {
  std::string lower = AsciiLower(text);
  std::size_t first = std::string::npos;
  for (const std::string& pronoun : pronouns) {
    if (!IsOneOf(pronoun, {"she", "he", "ella", "él", "elle", "il"})) continue;
    first = std::min(first, FindWord(lower, pronoun));
  }
  return first;
}

}  // namespace

void ReturnSubjectsQuotes(Document* document) {
  // "I", "I'm", "my", "me": the quote speaks for itself.
  static const RE2* const kFirstPerson = new RE2(
      R"((?:^|[^\p{L}'’])((?:I|I['’]m|I['’]ve|[Mm]y|[Mm]e))(?:[^\p{L}'’]|$))");
  // "… — Programme director Ana Lee", "… - Ana Lee, coach": a quote
  // signed by its speaker at its end.
  static const RE2* const kSigned = new RE2(
      R"([—–-]\s*(?:[\p{L}.]+\s+){0,3}\p{Lu}[\p{L}.'’\-]+(?:,[^,]{0,40})?\s*$)");
  const std::string first_name =
      document->owner_name.substr(0, document->owner_name.find(' '));
  for (TextBlock& block : document->blocks) {
    if (!block.quoted_aside || block.zone != Zone::kOthers) continue;
    re2::StringPiece speaker;
    if (!RE2::PartialMatch(block.text, *kFirstPerson, &speaker)) continue;
    // "She taught me everything I know": someone else speaking of the
    // owner, whom the quote calls "she" before it says "I" or "me". ("My
    // grandfather … He read the stars" is the owner speaking.)
    if (FirstSubjectPronoun(block.text, document->owner_pronouns) <
        static_cast<std::size_t>(speaker.data() - block.text.data())) {
      continue;
    }
    std::string_view text = block.text;
    if (RE2::PartialMatch(text, *kSigned) &&
        (first_name.empty() ||
         !Contains(
             text.substr(text.size() - std::min<std::size_t>(text.size(), 60)),
             first_name))) {
      continue;
    }
    block.zone = Zone::kOwner;
  }
}

}  // namespace exposure::internal
