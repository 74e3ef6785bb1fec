// Extractor: two-pass matching per text block, then validation and context.
//
// Pass 1 (RuleSet::Prefilter) names the rules that can match a block; pass 2
// (RuleSet::FindAll) gives their spans as Candidates. A Candidate becomes a
// Finding only when its rule's validator accepts the text and its confidence,
// after context words, reaches the threshold. Blocks outside the owner's zone
// are skipped unless ExtractOptions::include_others. Machine-readable data
// (JSON-LD, microformats, meta tags, links) is read by ExtractStructured.
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/fold_words.h"
#include "common/strings.h"
#include "exposure/extract.h"
#include "exposure/limits.h"
#include "extract/address_town.h"
#include "extract/addressed_to_owner.h"
#include "extract/contact_owner.h"
#include "extract/other_person.h"
#include "extract/place_tail.h"
#include "extract/post_dates.h"
#include "extract/reviewed_places.h"
#include "extract/routine_list.h"
#include "extract/same_address.h"
#include "extract/site_names.h"
#include "extract/staff_page.h"
#include "extract/structured.h"
#include "re2/re2.h"

namespace exposure {
namespace {

// Pass-2 output: a span some rule matched, not yet validated.
struct Candidate {
  int rule_index = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view owner;  // the rule's owner group, if it has one
};

// A regular place that is a service read as where it is held ("at Mass in
// the church of São Pedro"); a service held nowhere named is no place.
void ReadPlaceOfService(std::string_view text, Candidate* candidate,
                        std::optional<Validated>* validated) {
  std::string_view name = StripWhitespace(
      text.substr(candidate->begin, candidate->end - candidate->begin));
  std::optional<TextSpan> place = PlaceOfService(name, text, candidate->end);
  if (!place) {
    if (IsServiceName(name)) validated->reset();
    return;
  }
  *validated = Validate("place_name",
                        text.substr(place->begin, place->end - place->begin));
  candidate->begin = place->begin;
  candidate->end = place->end;
}

// A regular place or workplace read to the end of its name: the lowercase
// kind of place or particle after its capitalised words ("the Olympic
// water-sports complex", "the Souq al-Mushir", "the Moorea fire
// station").
// "my allotment plot at Gremista": the person's own kind of place before
// the name is part of it.
void ReadPlaceNameHead(std::string_view text, Candidate* candidate,
                       Validated* validated) {
  std::size_t head = PlaceNameHead(text, candidate->begin);
  if (head == 0) return;
  std::string_view words = text.substr(candidate->begin - head, head);
  validated->value.insert(0, words);
  validated->display.insert(0, words);
  candidate->begin -= head;
}

void ReadPlaceNameTail(std::string_view text, Candidate* candidate,
                       Validated* validated) {
  std::size_t tail = PlaceNameTail(text, candidate->end);
  if (tail == 0) return;
  std::string_view words = text.substr(candidate->end, tail);
  validated->value.append(words);
  validated->display.append(words);
  candidate->end += tail;
}

// Confidence changes from context words (see docs/RANKING.md).
constexpr double kBoostPerWord = 0.08;
constexpr double kMaxBoost = 0.15;
constexpr double kSuppressFactor = 0.3;

bool IsUtf8Continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Moves `position` back to the start of a UTF-8 character.
std::size_t SnapBack(std::string_view text, std::size_t position) {
  while (position > 0 && position < text.size() &&
         IsUtf8Continuation(text[position])) {
    --position;
  }
  return position;
}

std::string_view Window(std::string_view text, std::size_t begin,
                        std::size_t end, std::size_t before,
                        std::size_t after) {
  std::size_t from = SnapBack(text, begin > before ? begin - before : 0);
  std::size_t to = SnapBack(text, std::min(text.size(), end + after));
  // A word the window's edge cuts is left out, so that "here" cut to "her"
  // or "mother" cut to "her" is not read as a word of its own.
  auto in_word = [&](std::size_t at) {
    unsigned char c = static_cast<unsigned char>(text[at]);
    return absl::ascii_isalnum(c) || c >= 0x80;
  };
  if (to < text.size() && to > end && in_word(to)) {
    while (to > end && in_word(to - 1)) --to;
  }
  if (from > 0 && from < begin && in_word(from - 1)) {
    while (from < begin && in_word(from)) ++from;
  }
  return text.substr(from, to - from);
}

// True when `word`, in LowerCase, stands whole in `haystack_lower` (which
// the caller put in LowerCase).
bool ContainsWord(std::string_view haystack_lower, std::string_view word) {
  std::string needle = LowerCase(word);
  std::size_t position = haystack_lower.find(needle);
  while (position != std::string_view::npos) {
    bool starts =
        position == 0 || !absl::ascii_isalnum(haystack_lower[position - 1]);
    std::size_t after = position + needle.size();
    bool ends = after >= haystack_lower.size() ||
                !absl::ascii_isalnum(haystack_lower[after]) ||
                !absl::ascii_isalnum(needle.back());
    if (starts && ends) return true;
    position = haystack_lower.find(needle, position + 1);
  }
  return false;
}

// True when `value` is two or more words, each one of the owner's names
// ("Maryam Al-Balushi" on Maryam Al-Balushi's page).
bool IsOwnersFullName(std::string_view value, std::string_view owner_name) {
  std::vector<std::string_view> words = SplitAny(value, " ,");
  if (words.size() < 2) return false;
  return std::all_of(words.begin(), words.end(), [&](std::string_view word) {
    return NamesOwner(word, owner_name);
  });
}

// True when `owner_word`, a view into `text`, is one of the owner's later
// names (a surname) right after another capitalised name: "Clement Gumbs,
// 78" on Kelvin Gumbs's page is a relative.
bool SurnameAfterAnotherName(std::string_view text, std::string_view owner_word,
                             std::string_view owner_name) {
  if (owner_word.data() < text.data() ||
      owner_word.data() > text.data() + text.size()) {
    return false;
  }
  std::vector<std::string_view> names = SplitAny(owner_name, " ");
  if (names.size() < 2 ||
      std::none_of(names.begin() + 1, names.end(), [&](std::string_view name) {
        return EqualsIgnoreCase(name, owner_word);
      })) {
    return false;
  }
  std::string_view before =
      StripWhitespace(text.substr(0, owner_word.data() - text.data()));
  std::string_view previous = before.substr(before.find_last_of(" ,(") + 1);
  // A capitalised word right before it, not a sentence's end ("Bonjou!
  // Cyp turned …").
  if (before.empty() || previous.size() < 2 ||
      !absl::ascii_isupper(static_cast<unsigned char>(previous[0])) ||
      !std::all_of(previous.begin(), previous.end(), [](char c) {
        return absl::ascii_isalpha(static_cast<unsigned char>(c)) ||
               static_cast<unsigned char>(c) >= 0x80 || c == '-';
      })) {
    return false;
  }
  // "Mr Gumbs", "Kelvin Gumbs": a title or the owner's own name.
  if (IsOneOf(previous, {"Mr", "Mrs", "Ms", "Dr", "Miss", "Don", "Doña"})) {
    return false;
  }
  return !NamesOwner(previous, owner_name);
}

// True when `email`'s domain is named for one of the site's names
// ("support@brickmart.example", site "BrickMart") and neither its local
// part nor its domain spells a word of the owner's name.
bool IsSitesEmail(std::string_view email,
                  const std::vector<std::vector<std::string>>& site_names,
                  std::string_view owner_name) {
  std::size_t at = email.find('@');
  if (at == std::string_view::npos) return false;
  std::string local = AsciiLower(email.substr(0, at));
  std::string label = AsciiLower(email.substr(at + 1));
  label = label.substr(0, label.find('.'));
  if (label.size() < 4 || SpellsOwnerWord(local, owner_name, 4) ||
      SpellsOwnerWord(label, owner_name, 4)) {
    return false;
  }
  for (const std::vector<std::string>& name : site_names) {
    std::string joined;
    for (const std::string& word : name) joined += word;
    if (joined == label) return true;
  }
  return false;
}

// True when text[at] ends a sentence: a full stop, "!" or "?" then a space
// and a capital, digit or quote ("… off shift. Thursday nights …"), not an
// abbreviation's dot ("St. Paul's", "Dr. Sow", "J. Smith").
bool EndsSentence(std::string_view text, std::size_t at) {
  char c = text[at];
  if (c != '.' && c != '!' && c != '?') return false;
  if (at + 2 >= text.size() || text[at + 1] != ' ') return false;
  unsigned char next = static_cast<unsigned char>(text[at + 2]);
  if (!(absl::ascii_isupper(next) || absl::ascii_isdigit(next) || next == '"' ||
        next >= 0xC3)) {
    return false;
  }
  if (c != '.') return true;
  std::size_t word = at;
  while (word > 0 &&
         absl::ascii_isalpha(static_cast<unsigned char>(text[word - 1]))) {
    --word;
  }
  std::string_view last = text.substr(word, at - word);
  if (last.size() <= 1) return false;  // "J. Smith", "p. 4"
  return !IsOneOf(last, {"St",  "Dr",     "Mr",  "Mrs", "Ms",  "Mt",   "No",
                         "Jr",  "Sr",     "Sra", "Sta", "Ste", "Prof", "vs",
                         "etc", "approx", "Av",  "Ave", "Bv",  "Nº"});
}

// How far before `begin` (at most `limit` bytes) and after `end` (at most
// `limit_after`) the sentence holding text[begin, end) runs.
std::pair<std::size_t, std::size_t> SentenceReach(std::string_view text,
                                                  std::size_t begin,
                                                  std::size_t end,
                                                  std::size_t limit,
                                                  std::size_t limit_after) {
  std::size_t before = std::min(begin, limit);
  for (std::size_t at = begin; at > begin - before && at >= 1; --at) {
    if (EndsSentence(text, at - 1)) {
      before = begin - at;
      break;
    }
  }
  std::size_t after = std::min(text.size() - end, limit_after);
  for (std::size_t at = end; at < end + after; ++at) {
    if (EndsSentence(text, at)) {
      after = at + 1 - end;
      break;
    }
  }
  return {before, after};
}

double AdjustForContext(const Rule& rule, std::string_view text,
                        std::size_t begin, std::size_t end,
                        const std::vector<std::string>& owner_pronouns) {
  // The window runs through the value itself, so "my mom" suppresses a
  // match on "mom" and "support@…" is seen as a support address.
  std::string around =
      LowerCase(Window(text, begin, end, kContextWindow, kContextWindow / 2));
  double confidence = rule.confidence;
  double boost = 0;
  for (const std::string& word : rule.boost_words) {
    if (ContainsWord(around, word)) boost += kBoostPerWord;
  }
  confidence += std::min(boost, kMaxBoost);
  // Words that lower a place's confidence count only in the match's own
  // sentence: "… with whoever is off shift. Thursday nights it's quiz
  // night at the Café du Port" is no work shift at the café. (A person's
  // age or birthday is another's across sentences: "My mother turns 64.
  // She …".)
  std::size_t reach_before = kContextWindow;
  if (rule.category == Category::kRegularPlace ||
      rule.category == Category::kWorkplace ||
      rule.category == Category::kSchool) {
    const auto [before_sentence, after_sentence] =
        SentenceReach(text, begin, end, kContextWindow, kContextWindow / 2);
    reach_before = before_sentence;
    around =
        LowerCase(Window(text, begin, end, before_sentence, after_sentence));
  }
  // "today I turned 39, and my wife Elena surprised me": a match that says
  // "I" has its subject; the people named after it do not change whose
  // detail it is, so only the words before it (and its own) can suppress.
  // The window before the match, worked out once for either use.
  std::optional<std::string> before;
  auto window_before = [&]() -> const std::string& {
    if (!before) before = LowerCase(Window(text, begin, end, reach_before, 0));
    return *before;
  };
  const std::string matched = LowerCase(text.substr(begin, end - begin));
  if (ContainsWord(matched, "i") || ContainsWord(matched, "i'm") ||
      ContainsWord(matched, "i’m")) {
    around = window_before();
  }
  // "Friday after work at the Lounge Bar", "Outside work: Saturday
  // mornings at …": the hours off work say when someone is at a place,
  // not that they work there.
  if (rule.category == Category::kRegularPlace) {
    for (std::string_view hours :
         {"after work", "before work", "after-work", "outside work", "off work",
          "not at work", "not working"}) {
      for (std::size_t at = around.find(hours); at != std::string::npos;
           at = around.find(hours, at + 1)) {
        around.replace(at, hours.size(), std::string(hours.size(), ' '));
      }
    }
  }
  // In a piece about the owner, "she" is the owner, not someone else, and
  // "his place" is the owner's.
  auto suppressed_by = [&owner_pronouns](const std::vector<std::string>& words,
                                         const std::string& window) {
    for (const std::string& word : words) {
      std::string_view lead = std::string_view(word).substr(0, word.find(' '));
      if (std::find(owner_pronouns.begin(), owner_pronouns.end(), lead) !=
          owner_pronouns.end()) {
        continue;
      }
      if (ContainsWord(window, word)) return true;
    }
    return false;
  };
  if (suppressed_by(rule.suppress_words, around) ||
      (!rule.suppress_before_words.empty() &&
       suppressed_by(rule.suppress_before_words, window_before()))) {
    confidence *= kSuppressFactor;
  }
  return std::min(confidence, 0.99);
}

// True when the number ending at text[end] is the day of a full date
// ("Age: 14 Nov 2001 (25)", "Age: 03.11.1988"): no age.
bool IsDayOfDate(std::string_view text, std::size_t end) {
  static const RE2* const kRestOfDate = new RE2(
      R"(^(?:[./\-]\d{1,2}[./\-]\d{2,4}|\s+(?i:jan|feb|fév|fev|mar|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|ago|aoû|sep|oct|out|nov|dec|déc|dez|dic|ene|gen)\p{L}*\.?,?\s+(?:19|20)\d\d))");
  return RE2::PartialMatch(
      re2::StringPiece(text.data() + end, text.size() - end), *kRestOfDate);
}

// True when `text` is a short line of facts separated by middle dots or
// bars ("28, Female · Beirut, Lebanon · scrobbling since 12 Jun 2014"),
// not prose: at most kMaxFactsLine bytes with two separators or more (or
// kMaxLongFactsLine with four or more: "Age 27 · Gender male · Based in
// Tofo · Languages … · Niche …"), and no sentence ending inside.
bool IsFactsLine(std::string_view text) {
  constexpr std::size_t kMaxFactsLine = 120;
  constexpr std::size_t kMaxLongFactsLine = 240;
  if (text.size() > kMaxLongFactsLine) return false;
  int separators = 0;
  for (std::string_view separator : {" · ", " | ", " • "}) {
    for (std::size_t at = text.find(separator); at != std::string_view::npos;
         at = text.find(separator, at + separator.size())) {
      ++separators;
    }
  }
  if (separators < 2) return false;
  if (text.size() > kMaxFactsLine && separators < 4) return false;
  for (std::string_view stop : {". ", "! ", "? "}) {
    if (text.find(stop) != std::string_view::npos) return false;
  }
  return true;
}

std::string Snippet(std::string_view text, std::size_t begin, std::size_t end,
                    int radius) {
  std::size_t from = SnapBack(
      text, begin > static_cast<std::size_t>(radius) ? begin - radius : 0);
  std::size_t to = SnapBack(
      text, std::min(text.size(), end + static_cast<std::size_t>(radius)));
  // Prefer whole words at both edges.
  if (from > 0) {
    std::size_t space = text.find(' ', from);
    if (space != std::string_view::npos && space < begin) from = space + 1;
  }
  if (to < text.size()) {
    std::size_t space = text.rfind(' ', to);
    if (space != std::string_view::npos && space > end) to = space;
  }
  std::string snippet;
  if (from > 0) snippet += "…";
  snippet.append(text.substr(from, to - from));
  if (to < text.size()) snippet += "…";
  return snippet;
}

// A verified finding with the span it came from, before overlaps are
// settled.
struct Claim {
  Finding finding;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Which reading of a name wins a tie: the more specific one. A school or a
// workplace is also a place the person goes regularly, but saying which
// tells the reader more.
int TieRank(Category category) {
  switch (category) {
    case Category::kWorkplace:
      return 4;
    case Category::kSchool:
      return 3;
    case Category::kFamily:
      return 2;
    case Category::kLocation:
      return 1;
    default:
      return 0;
  }
}

// True when a child or a sibling is named in the words before `begin` in
// the block: "son", "granddaughter", "kids", "hija", "our 2-year-old",
// "my little brother".
bool ChildNamedBefore(std::string_view text, std::size_t begin) {
  const std::size_t from = begin > 100 ? begin - 100 : 0;
  static const RE2* const kChild = new RE2(
      R"((?i)\b(?:sons?|daughters?|grandsons?|granddaughters?|grandkids?|)"
      R"(grandchild(?:ren)?|kids?|child(?:ren)?|boys|girls|twins|toddler|\d{1,2}-year-old|)"
      R"(brothers?|sisters?|siblings?|hermanos?|hermanas?|)"
      R"(hij[oa]s?|niet[oa]s?|niños|filh[oa]s?|net[oa]s?|enfants?|fils|fille)\b)");
  return RE2::PartialMatch(re2::StringPiece(text.data() + from, begin - from),
                           *kChild);
}

// The number of ASCII digits in `text`.
std::size_t CountDigits(std::string_view text) {
  return std::count_if(text.begin(), text.end(), [](char c) {
    return absl::ascii_isdigit(static_cast<unsigned char>(c));
  });
}

// True for a country whose phone numbers can be five or six digits long
// ("73 418" in the Cook Islands, "52 44 18" in Greenland): elsewhere a
// number that short is a count, a price or a code, and is not parsed.
bool WritesShortNumbers(std::string_view region) {
  static const std::vector<std::string_view> kRegions = {
      "AC", "AD", "CK", "FK", "FO", "GL", "KI", "NC", "NF", "PF",
      "PM", "SB", "SH", "SR", "TK", "TO", "TV", "VU", "WF", "WS"};
  return IsOneOf(region, kRegions);
}

// True for a country that writes a numeric date day first ("11/02/1963"
// is 11 February): every known one but the United States, Canada (which
// writes both) and the Philippines. False when the country is unknown.
bool WritesDayFirst(std::string_view region) {
  return !region.empty() && region != "US" && region != "CA" &&
         region != "PH" && region != "PR" && region != "GU" && region != "FM" &&
         region != "MH" && region != "PW" && region != "AS" && region != "MP";
}

// "Faculty of Fine Arts, National University of Laos", "Salahaddin
// University, College of Engineering": a faculty written right beside its
// university (a comma or a dash between) is a part of it, and the
// university names the school.
bool IsFacultyBesideUniversity(std::string_view text, const Claim& faculty,
                               const Claim& university) {
  static const RE2* const kFaculty = new RE2(
      R"((?:Faculty|Department|Dept\.?|School|College|Institute)\s+of\s+\S.*)");
  static const RE2* const kUniversity =
      new RE2(R"((?i).*\buniversi(?:ty|dad|dade|té|tà|teit|tät|tet)\b.*)");
  if (!RE2::FullMatch(faculty.finding.value, *kFaculty) ||
      !RE2::FullMatch(university.finding.value, *kUniversity)) {
    return false;
  }
  const std::size_t gap_begin = std::min(faculty.end, university.end);
  const std::size_t gap_end = std::max(faculty.begin, university.begin);
  if (gap_end < gap_begin || gap_end - gap_begin > 4) return false;
  std::string_view gap = text.substr(gap_begin, gap_end - gap_begin);
  return std::all_of(gap.begin(), gap.end(),
                     [](char c) { return c == ',' || c == ' ' || c == '-'; }) ||
         StripWhitespace(gap) == "\u2013" || StripWhitespace(gap) == "\u2014";
}

// Named places and organisations can be claimed by several categories at
// once ("at Duluth Folk School, every Tuesday" is a school name and a
// regular place). Where spans of two such categories overlap, the more
// confident reading wins; the other is dropped. A phone number read inside
// a longer one is dropped too.
void ResolveOverlaps(std::string_view text, std::vector<Claim>* claims) {
  // A phone number inside a longer one is part of it: "310 555 0142" in
  // "+57 310 555 0142". So is an address that another rule read further,
  // as surely: "7 Moor Lane, Bramhope, Leeds" in "… Leeds LS16 9AH".
  std::vector<bool> dropped(claims->size(), false);
  for (std::size_t i = 0; i < claims->size(); ++i) {
    const Claim& inner = (*claims)[i];
    const Category category = inner.finding.category;
    // One age read two ways, the surer reading wins: "my 48th birthday
    // falls on…" is 47 (a birthday to come), not 48.
    if (category == Category::kAge) {
      for (const Claim& other : *claims) {
        if (other.finding.category == category && other.begin == inner.begin &&
            other.end == inner.end &&
            other.finding.value != inner.finding.value &&
            other.finding.confidence > inner.finding.confidence) {
          dropped[i] = true;
        }
      }
      continue;
    }
    // "Nantun" in "No. 27, Lane 88, …, Nantun District, Taichung 408" is
    // a part of the address, not a second finding.
    // "Beirut" at the start of "Beirut, Lebanon" is the same town, named
    // shorter ("Dili" in "Bairro Pité, Dili" is the district's town, and
    // stays).
    if (category == Category::kLocation) {
      for (const Claim& outer : *claims) {
        if (outer.finding.category == Category::kAddress &&
            outer.begin <= inner.begin && inner.end <= outer.end) {
          dropped[i] = true;
        }
        if (outer.finding.category == Category::kLocation &&
            outer.begin == inner.begin && inner.end < outer.end) {
          dropped[i] = true;
        }
      }
      continue;
    }
    if (category != Category::kPhone && category != Category::kAddress) {
      continue;
    }
    for (const Claim& outer : *claims) {
      if (outer.finding.category == category && outer.begin <= inner.begin &&
          inner.end <= outer.end &&
          outer.end - outer.begin > inner.end - inner.begin &&
          (category == Category::kPhone ||
           outer.finding.confidence >= inner.finding.confidence)) {
        dropped[i] = true;
      }
    }
  }
  auto is_name_category = [](Category category) {
    return category == Category::kWorkplace || category == Category::kSchool ||
           category == Category::kRegularPlace ||
           category == Category::kLocation || category == Category::kFamily;
  };
  for (std::size_t i = 0; i < claims->size(); ++i) {
    const Claim& a = (*claims)[i];
    if (dropped[i] || !is_name_category(a.finding.category)) continue;
    for (std::size_t j = 0; j < claims->size(); ++j) {
      const Claim& b = (*claims)[j];
      if (i == j || !is_name_category(b.finding.category)) continue;
      if (a.finding.category == b.finding.category) {
        if (a.finding.category == Category::kSchool &&
            IsFacultyBesideUniversity(text, a, b)) {
          dropped[i] = true;
          break;
        }
        // "University of Technology" inside "Gdańsk University of
        // Technology", "Lark" inside "Café Lark": two rules read one name;
        // the longer reading is kept, as sure as the surer of the two.
        if (b.begin <= a.begin && a.end <= b.end &&
            b.end - b.begin > a.end - a.begin &&
            (a.finding.category == Category::kSchool ||
             a.finding.category == Category::kWorkplace ||
             a.finding.category == Category::kRegularPlace)) {
          dropped[i] = true;
          (*claims)[j].finding.confidence =
              std::max(b.finding.confidence, a.finding.confidence);
          break;
        }
        continue;
      }
      bool overlap = a.begin < b.end && b.begin < a.end;
      int a_rank = TieRank(a.finding.category);
      int b_rank = TieRank(b.finding.category);
      // A school a child goes to is that school, however routine the
      // walk: "my grandson Eli walks to Van Buren Middle School every
      // morning". Without a child it may be a place the person goes to
      // (a weekly class at Duluth Folk School).
      const bool school_over_place =
          b.finding.category == Category::kSchool &&
          a.finding.category == Category::kRegularPlace &&
          ChildNamedBefore(text, b.begin);
      const bool place_under_school =
          a.finding.category == Category::kSchool &&
          b.finding.category == Category::kRegularPlace &&
          ChildNamedBefore(text, a.begin);
      // A reading that must still turn up in other posts ("at SMK Green
      // Road" as a place gone to again) gives way to one this post makes
      // on its own ("I went to SMK Green Road", a school).
      const bool a_needs_posts = a.finding.min_posts > 1;
      const bool b_needs_posts = b.finding.min_posts > 1;
      bool b_wins = school_over_place || (a_needs_posts && !b_needs_posts) ||
                    (!place_under_school && a_needs_posts == b_needs_posts &&
                     (b.finding.confidence > a.finding.confidence ||
                      (b.finding.confidence == a.finding.confidence &&
                       (b_rank > a_rank || (b_rank == a_rank && j < i)))));
      if (overlap && b_wins) {
        dropped[i] = true;
        break;
      }
    }
  }
  std::vector<Claim> kept;
  for (std::size_t i = 0; i < claims->size(); ++i) {
    if (!dropped[i]) kept.push_back(std::move((*claims)[i]));
  }
  *claims = std::move(kept);
}

// "my sons Tobi and Dayo", "our three boys — DJ, Marcus and Eli": the
// names listed after a relative's are relatives too ("mis papás, Rogelio
// Ortega y Guadalupe Limón de Ortega": a name may run to three words and a
// particle, and a name may carry a bracketed aside: "mum to Harper (Year
// 4) and Lachie"), a surname and a town ("Kevin (Amy) Brandt of Wichita
// and Lisa"), an age ("daughters Tiwonge, 9, and Thoko, 5") or an aside
// ("Brett, a welder in Fort McMurray, and Kayla", "Maricruz, que estudia en
// …, y Emiliano").
// Adds a claim for each (at most four), with the first one's rule and
// confidence; the list ends at the page owner's own name.
void AddListedRelatives(const Rule& rule, std::string_view text,
                        const Finding& first, std::size_t end,
                        std::string_view owner_name,
                        std::vector<Claim>* claims) {
  static const RE2* const kNext = new RE2(
      R"(^(?:\s*\([^()]{0,60}\))?(?:\s+\p{Lu}[\p{L}\-]+)?(?:\s+(?:of|in|from)\s+\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)?)?(?:\s*,\s*(?:de\s+)?\d{1,2}(?:\s+(?:years?\s+old|años|anys|anos|ans))?)?(?:\s*,\s*(?:a|an|the|who|now|still|both|at|in|que|qui|which)\s[^,()]{1,80},)?(?:\s*,\s*(?:and\s+|y\s+|e\s+|et\s+)?|\s+(?:and|y|e|et|&)\s+)(\p{Lu}[\p{L}\-]*(?:['’]\p{L}{2,}[\p{L}\-]*)?(?:\s(?:(?:de|del|da|do|dos|van|von)\s)?\p{Lu}[\p{L}\-]*(?:['’]\p{L}{2,}[\p{L}\-]*)?){0,2})(?:[\s,.;:!?)]|$))");
  std::size_t at = end;
  for (int listed = 0; listed < 4 && at < text.size(); ++listed) {
    re2::StringPiece rest(text.data() + at, text.size() - at);
    re2::StringPiece name;
    if (!RE2::PartialMatch(rest, *kNext, &name)) return;
    std::optional<Validated> validated =
        Validate(rule.validator, std::string_view(name.data(), name.size()));
    std::size_t begin = name.data() - text.data();
    at = begin + name.size();
    if (!validated) return;
    // "her own two, Ava and Jonah, and Joanne admits…": the list has ended
    // at the person the page is about.
    std::string_view first_word = std::string_view(name.data(), name.size());
    first_word = first_word.substr(0, first_word.find(' '));
    if (NamesOwner(first_word, owner_name)) return;
    bool claimed = false;  // another rule listed the same name already
    for (const Claim& claim : *claims) {
      claimed |= claim.begin == begin && claim.end == at &&
                 claim.finding.category == Category::kFamily;
    }
    if (claimed) continue;
    Finding finding = first;
    finding.value = std::move(validated->value);
    finding.display = std::move(validated->display);
    finding.matched = std::string(name.data(), name.size());
    claims->push_back({std::move(finding), begin, at});
  }
}

// True when a place stands in brackets right after someone else's @handle:
// "pull request #118 by @gabe-ortiz (Austin, TX)" is where Gabe is.
bool PlaceOfAnotherHandle(std::string_view text, std::size_t begin,
                          std::string_view owner_name) {
  std::size_t from = begin > 60 ? begin - 60 : 0;
  static const RE2* const kHandleThenBracket =
      new RE2(R"(@([\p{L}\d_.\-]+)\s*\(\s*$)");
  std::string handle;
  if (!RE2::PartialMatch(re2::StringPiece(text.data() + from, begin - from),
                         *kHandleThenBracket, &handle)) {
    return false;
  }
  return !SpellsOwnerWord(AsciiLower(handle), owner_name, 3);
}

// True when the block is a short line of an events listing that opens
// with its date: "Mar 2027 — Desert Heat Invite, Las Vegas, NV", "Feb
// 12–14, 2027 — Black Lantern Tattoo, Boise, ID", "13 mar 2027 Gira
// «Raíces» Los Ángeles, California". A town there is where an event is,
// not where the person lives. A dated post in the first person ("Nov 12 ·
// I moved to Austin, TX") is not such a line.
bool InEventListingLine(std::string_view text, std::size_t begin) {
  constexpr std::size_t kMaxLineBytes = 160;
  if (text.size() > kMaxLineBytes) return false;
  const std::string_view month = MonthNamePattern();
  static const RE2* const kOpeningDate = new RE2(StrCat(
      R"((?i)^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mié|jue|vie|sáb|dom)[a-zé]*\.?,?\s+)?)",
      R"((?:\d{4}-\d{2}-\d{2}|)", month,
      R"(\.?\s+(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:,?\s+\d{4})?|\d{4})|)",
      R"(\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:de\s+)?)", month,
      R"(\.?(?:\s+(?:de\s+)?\d{4})?)\b)"));
  if (!RE2::PartialMatch(re2::StringPiece(text.data(), begin), *kOpeningDate)) {
    return false;
  }
  static const RE2* const kFirstPerson = new RE2(
      R"((?i)\b(?:i|i'm|i’m|my|me|we|our|us|mi|mis|yo|nuestro|nuestra|je|mon|ma|mes)\b)");
  return !RE2::PartialMatch(re2::StringPiece(text.data(), text.size()),
                            *kFirstPerson);
}

// True when a street address follows the name of a place: "Badger Prairie
// Park, 1202 Park Ln", "The Glen Hotel, 4 Main Street", "Whitfords Memorial
// Gardens, 1 Whitfords Avenue". That is where the venue is (an away game, a
// hotel block, a funeral), not where the person lives; a home address
// follows a person's name or a cue ("I live at"), not a kind of venue.
bool AddressOfANamedVenue(std::string_view text, std::size_t begin) {
  std::size_t from = begin > 60 ? begin - 60 : 0;
  static const RE2* const kVenueThenComma = new RE2(
      R"((?i)\b(?:park|gardens?|hotel|inn|caf[eé]|coffee|pub|bar|tavern|brewery|taproom|restaurant|grill|diner|church|chapel|parish|temple|mosque|synagogue|hall|cent(?:re|er)|library|school|academy|college|university|stadium|arena|fields?|gym|club|lanes|theat(?:re|er)|museum|gallery|market|studios?|clinic|hospital|pharmacy|bakery|salon|venue)\s*,\s*$)");
  return RE2::PartialMatch(re2::StringPiece(text.data() + from, begin - from),
                           *kVenueThenComma);
}

// True when a phone number, email or street address in the text is also in the
// site's footer, and that footer does not name the page's owner: "RSVP at
// 400 Main St" on a staff newsletter whose footer gives the company as
// "400 Main St, Dayton": the organisation's, not the person's. A personal
// site's footer ("© Jane Doe · 12 Elm St") names its owner and keeps them.
bool IsSiteFooterContact(const Finding& finding, const Document& document) {
  if (finding.category != Category::kPhone &&
      finding.category != Category::kAddress &&
      finding.category != Category::kEmail) {
    return false;
  }
  if (finding.matched.size() < 7) return false;
  std::vector<std::string_view> owner_words;
  for (std::string_view word : SplitAny(document.owner_name, " ,.()@_")) {
    if (word.size() >= 3) owner_words.push_back(word);
  }
  for (const TextBlock& block : document.blocks) {
    if (!block.in_footer || block.zone == Zone::kOwner) continue;
    if (!Contains(block.text, finding.matched)) continue;
    const std::string footer = LowerCase(block.text);
    bool names_owner = false;
    for (std::string_view word : owner_words) {
      names_owner |= ContainsWord(footer, word);
    }
    if (!names_owner) return true;
  }
  return false;
}

// "2026-11-25": a post's date with its year, as Finding::written_on holds it.
std::string DayText(const PostDate& date) {
  return absl::StrFormat("%04d-%02d-%02d", date.year, date.month, date.day);
}

// Birthdays the birthday_relative validator left relative to the post
// ("rel:-1", "next:14"): each becomes a day from the date of the post
// holding blocks[index], or is dropped when the post has no date.
void ResolveRelativeBirthdays(const Document& document, std::size_t index,
                              std::size_t first_new,
                              std::vector<Finding>* findings) {
  std::optional<PostDate> post;
  bool looked = false;
  for (std::size_t i = first_new; i < findings->size();) {
    Finding& finding = (*findings)[i];
    const bool relative = finding.category == Category::kBirthdate &&
                          IsRelativeBirthday(finding.value);
    if (!relative) {
      ++i;
      continue;
    }
    if (!looked) {
      post = PostDateNear(document, index);
      looked = true;
    }
    std::optional<std::string> day =
        post ? ResolveRelativeBirthday(finding.value, *post) : std::nullopt;
    if (!day) {
      findings->erase(findings->begin() + i);
      continue;
    }
    finding.value = *day;
    finding.display = *day;
    // The post's date is when the words were written: what an age stated
    // beside them is an age on.
    if (post->year != 0) finding.written_on = DayText(*post);
    ++i;
  }
}

// A birthday without a year ("--01-03") is written on its post's date, or
// else on the page's newest date (or the end of its copyright year when
// that is a later year), so that an age the page states can give its year
// (rank/derive.cc). A full birth date outside a dated post is dated by the
// copyright year alone, so that it gives the age the page showed that year
// (a comment's date on a blog's about page says nothing of when the about
// text was written). The page's dates are read only when there is a
// birthday.
void DateBirthdays(const Document& document, std::vector<Finding>* findings) {
  std::optional<PostDate> newest;
  std::optional<PostDate> copyright;
  bool looked = false;
  for (Finding& finding : *findings) {
    if (finding.category != Category::kBirthdate ||
        !finding.written_on.empty()) {
      continue;
    }
    if (finding.posted_at.size() >= 10) {
      finding.written_on = finding.posted_at.substr(0, 10);
      continue;
    }
    if (!looked) {
      const absl::CivilDay civil_today =
          absl::ToCivilDay(absl::Now(), absl::UTCTimeZone());
      const PostDate today{static_cast<int>(civil_today.year()),
                           civil_today.month(), civil_today.day()};
      newest = NewestDateOn(document, today);
      copyright = CopyrightDateOn(document, today);
      // A profile's text is current in the year its copyright line gives,
      // later than a "member since" date.
      if (copyright && (!newest || copyright->year > newest->year)) {
        newest = copyright;
      }
      looked = true;
    }
    const std::optional<PostDate>& written =
        StartsWith(finding.value, "--") ? newest : copyright;
    if (written) finding.written_on = DayText(*written);
  }
}

}  // namespace

Extractor::Extractor(const RuleSet& rules, ExtractOptions options)
    : rules_(rules), options_(options) {}

namespace {

// Three street addresses or more in one block are a directory ("Bldg 1:
// 35-20 83rd St · Bldg 2: 35-24 83rd St · …", a list of branches), not
// where the person lives: the block's addresses from `first` on go.
void DropAddressDirectory(std::size_t first, std::vector<Finding>* findings) {
  constexpr std::size_t kDirectorySize = 3;
  std::vector<std::string_view> values;
  for (std::size_t i = first; i < findings->size(); ++i) {
    const Finding& finding = (*findings)[i];
    if (finding.category == Category::kAddress &&
        std::find(values.begin(), values.end(), finding.value) ==
            values.end()) {
      values.push_back(finding.value);
    }
  }
  if (values.size() < kDirectorySize) return;
  auto from = findings->begin() + static_cast<std::ptrdiff_t>(first);
  findings->erase(std::remove_if(from, findings->end(),
                                 [](const Finding& finding) {
                                   return finding.category ==
                                          Category::kAddress;
                                 }),
                  findings->end());
}

// True when `block` is one cell of a table ("…>tr>td").
bool IsTableCell(const TextBlock& block) {
  return EndsWith(block.element, ">td") || EndsWith(block.element, ">th");
}

// Three different coordinates or more, each in a table's cell, are a log
// of positions (sightings, waypoints, call-outs), not where the person
// lives or goes: the findings at `cell_geotags` go. Coordinates written in
// the person's prose stay.
void DropTableOfPositions(const std::vector<std::size_t>& cell_geotags,
                          std::vector<Finding>* findings) {
  constexpr std::size_t kLogSize = 3;
  std::vector<std::string_view> values;
  for (std::size_t i : cell_geotags) {
    const std::string& value = (*findings)[i].value;
    if (std::find(values.begin(), values.end(), value) == values.end()) {
      values.push_back(value);
    }
  }
  if (values.size() < kLogSize) return;
  std::vector<bool> drop(findings->size(), false);
  for (std::size_t i : cell_geotags) drop[i] = true;
  std::size_t index = 0;
  std::erase_if(*findings, [&](const Finding&) { return drop[index++]; });
}

// The values of the findings of `categories`.
std::vector<std::string> ValuesOfCategories(
    const std::vector<Finding>& findings,
    std::initializer_list<Category> categories) {
  std::vector<std::string> values;
  for (const Finding& finding : findings) {
    if (std::find(categories.begin(), categories.end(), finding.category) !=
        categories.end()) {
      values.push_back(finding.value);
    }
  }
  return values;
}

// "Senior English teacher at Bright Steps Learning Centre": a school the
// person works at is their workplace where the page names it with no
// word of study ("Bright Steps Learning Centre, Battambang" in the title;
// "class of 2021" still says they studied there).
void DropSchoolsWorkedAt(std::vector<Finding>* findings) {
  const std::vector<std::string> workplaces =
      ValuesOfCategories(*findings, {Category::kWorkplace});
  std::erase_if(*findings, [&workplaces](const Finding& finding) {
    return finding.category == Category::kSchool &&
           StartsWith(finding.rule_id, "school.named") &&
           std::find(workplaces.begin(), workplaces.end(), finding.value) !=
               workplaces.end();
  });
}

// "Clínica Veterinaria Los Berros" the person works at, or the school a
// child goes to, read again as a regular place (a check-in list's line):
// saying which is the more useful, and the place is kept once. So is the
// last word of such a name said alone ("every morning in room 214 at the
// Conservatory" on the page of a student of the Turkmen National
// Conservatory).
void DropPlacesNamedOtherwise(std::vector<Finding>* findings) {
  const std::vector<std::string> named =
      ValuesOfCategories(*findings, {Category::kWorkplace, Category::kSchool});
  auto names_again = [](std::string_view place, std::string_view name) {
    return place == name ||
           (place.find(' ') == std::string_view::npos &&
            name.size() > place.size() && EndsWith(name, place) &&
            name[name.size() - place.size() - 1] == ' ');
  };
  std::erase_if(*findings, [&named, &names_again](const Finding& finding) {
    return finding.category == Category::kRegularPlace &&
           std::any_of(named.begin(), named.end(),
                       [&finding, &names_again](const std::string& name) {
                         return names_again(finding.value, name);
                       });
  });
}

// A young child's school or a community college read as a regular place
// ("Walk Kaiden to Salem Primary School every morning", "Thursdays at
// Souris Bend Elementary") is where the person or their child goes to
// school: a school, said once. A middle school or a folk school can be
// where a club meets, and stays a regular place.
void ReadSchoolsAsSchools(std::vector<Finding>* findings) {
  static const RE2* const kSchoolName = new RE2(
      R"(.*\s(?:(?:Primary|Elementary|Nursery|Infant|Junior)\sSchool|Elementary|Kindergarten|Preschool|Pre-School|Montessori|Community\sCollege))");
  std::vector<std::string> schools =
      ValuesOfCategories(*findings, {Category::kSchool});
  std::vector<Finding> kept;
  kept.reserve(findings->size());
  for (Finding& finding : *findings) {
    if (finding.category == Category::kRegularPlace &&
        RE2::FullMatch(finding.value, *kSchoolName)) {
      if (std::find(schools.begin(), schools.end(), finding.value) !=
          schools.end()) {
        continue;
      }
      finding.category = Category::kSchool;
      schools.push_back(finding.value);
    }
    kept.push_back(std::move(finding));
  }
  *findings = std::move(kept);
}

// A town the page places the person in ("Kigali, Rwanda") is a location;
// the same name read as a regular place ("Saturdays in Kigali") or a
// workplace ("maestra en Smara") says it again, as a town, not as a place
// they go to or an employer.
void DropTownsReadAsPlaces(std::vector<Finding>* findings) {
  std::vector<std::string> towns;
  for (const Finding& finding : *findings) {
    if (finding.category != Category::kLocation) continue;
    for (std::string_view part : Split(finding.value, ',')) {
      part = StripWhitespace(part);
      if (!part.empty()) towns.push_back(AsciiLower(part));
    }
  }
  if (towns.empty()) return;
  std::erase_if(*findings, [&towns](const Finding& finding) {
    return (finding.category == Category::kRegularPlace ||
            finding.category == Category::kWorkplace) &&
           std::find(towns.begin(), towns.end(),
                     AsciiLower(StripWhitespace(finding.value))) != towns.end();
  });
}

// "I'm Dimitar, 38" in February and "today I turned 39" in August: the age
// an older post gave is outdated once a newer post gives the one after it.
void DropOutdatedAges(std::vector<Finding>* findings) {
  auto day_of = [](const Finding& finding) -> std::string {
    return finding.posted_at.size() >= 10 ? finding.posted_at.substr(0, 10)
                                          : std::string();
  };
  std::string newest_day;
  int newest_age = 0;
  for (const Finding& finding : *findings) {
    int age = 0;
    const std::string day = day_of(finding);
    if (finding.category != Category::kAge || day.empty() ||
        !absl::SimpleAtoi(finding.value, &age)) {
      continue;
    }
    if (day > newest_day || (day == newest_day && age > newest_age)) {
      newest_day = day;
      newest_age = age;
    }
  }
  if (newest_day.empty()) return;
  auto year_of = [](const std::string& day) {
    int year = 0;
    return absl::SimpleAtoi(day.substr(0, 4), &year) ? year : 0;
  };
  const int newest_year = year_of(newest_day);
  std::erase_if(*findings, [&](const Finding& finding) {
    int age = 0;
    const std::string day = day_of(finding);
    if (finding.category != Category::kAge || day.empty() ||
        day >= newest_day || !absl::SimpleAtoi(finding.value, &age)) {
      return false;
    }
    const int years = newest_year - year_of(day);
    return age < newest_age && newest_age - age <= years + 1;
  });
}

// A person has one birth year. When the page's data gives it (a JSON-LD
// birthDate, a state's "birthYear": 1961), a bare year in the text that
// differs ("b. 1903" in a family tree) is someone else's.
void DropOtherBirthYears(std::vector<Finding>* findings) {
  std::vector<std::string> stated;
  for (const Finding& finding : *findings) {
    if (finding.category == Category::kBirthdate &&
        finding.source == Source::kStructured && finding.value.size() >= 4 &&
        !StartsWith(finding.value, "--")) {
      stated.push_back(finding.value.substr(0, 4));
    }
  }
  if (stated.empty()) return;
  std::erase_if(*findings, [&stated](const Finding& finding) {
    return finding.category == Category::kBirthdate &&
           finding.source != Source::kStructured && finding.value.size() == 4 &&
           std::find(stated.begin(), stated.end(), finding.value) ==
               stated.end();
  });
}

}  // namespace

std::vector<Finding> Extractor::Extract(const Document& document) const {
  std::vector<Finding> findings;
  std::vector<int> match_budget(rules_.size(), kMaxMatchesPerRulePerPage);
  std::vector<std::size_t> cell_geotags;  // indices into `findings`
  std::string heading;  // the nearest heading's text, lower case
  for (std::size_t index = 0; index < document.blocks.size(); ++index) {
    const TextBlock& block = document.blocks[index];
    if (HeadingLevelOf(block.element) > 0) heading = AsciiLower(block.text);
    if (block.zone != Zone::kOwner && !options_.include_others) continue;
    const std::size_t first_new = findings.size();
    ExtractBlock(document, index, heading, &match_budget, &findings);
    // A review of a place the owner goes to routinely, found by its
    // words' habit and "here" when no rule named a place in them (one
    // that waits for a second post to name it again does not count).
    if (std::none_of(
            findings.begin() + first_new, findings.end(), [](const Finding& f) {
              return f.category == Category::kRegularPlace && f.min_posts <= 1;
            })) {
      if (std::optional<Finding> place =
              RegularPlaceOfReview(document, index)) {
        findings.push_back(std::move(*place));
      }
    }
    DropAddressDirectory(first_new, &findings);
    ResolveRelativeBirthdays(document, index, first_new, &findings);
    if (IsTableCell(block)) {
      for (std::size_t i = first_new; i < findings.size(); ++i) {
        if (findings[i].category == Category::kGeotag) {
          cell_geotags.push_back(i);
        }
      }
    }
  }
  DropTableOfPositions(cell_geotags, &findings);
  DateBirthdays(document, &findings);
  const std::vector<std::vector<std::string>> site_names = SiteNames(document);
  std::erase_if(findings, [&document, &site_names](const Finding& finding) {
    return IsSiteFooterContact(finding, document) ||
           // "instructor and tow pilot at the Alpine Gliding Club Lesce" on
           // the club's own page: the site, not an employer (a staff
           // page's workplace is added below, from the page's shape).
           (finding.category == Category::kWorkplace &&
            NamesTheSite(finding.value, site_names, /*whole_name=*/true)) ||
           (finding.category == Category::kLocation &&
            // "profe de yoga en Casa Prana": the page's description names
            // its site in passing; elsewhere only the site's whole name
            // is the site ("Kenosha" stays on the Kenosha News).
            NamesTheSite(finding.value, site_names,
                         /*whole_name=*/finding.rule_id != "location.meta_in"));
  });
  // A staff page's workplace; its town only when the page gives no other
  // place (where someone works is not where they live, when both show).
  std::vector<Finding> work_towns;
  for (Finding& finding : StaffPageFindings(document)) {
    if (finding.category == Category::kLocation) {
      work_towns.push_back(std::move(finding));
    } else {
      findings.push_back(std::move(finding));
    }
  }
  StructuredStats stats;
  ExtractStructured(document, options_, &findings, &stats);
  if (stats.limits_hit > 0) structured_limits_hit_ += stats.limits_hit;
  // "support@brickmart.example" on a BrickMart page: an address at the
  // site's own domain is the site's, unless it spells the owner's name
  // (a personal site's "jane@janedoe.example"); "info@boxdjibouti.example"
  // is an organisation's shared mailbox wherever it stands.
  std::erase_if(findings, [&document, &site_names](const Finding& finding) {
    return finding.category == Category::kEmail &&
           (IsSitesEmail(finding.value, site_names, document.owner_name) ||
            IsOrganisationMailbox(finding.value, document.owner_name));
  });
  UnifySameAddresses(&findings);
  DropOtherBirthYears(&findings);
  DropSchoolsWorkedAt(&findings);
  AddTownsOfAddresses(&findings);
  DropTownsReadAsPlaces(&findings);
  ReadSchoolsAsSchools(&findings);
  DropPlacesNamedOtherwise(&findings);
  DropOutdatedAges(&findings);
  if (std::none_of(findings.begin(), findings.end(), [](const Finding& f) {
        return f.category == Category::kLocation;
      })) {
    for (Finding& town : work_towns) findings.push_back(std::move(town));
  }
  return findings;
}

std::vector<Finding> Extractor::ExtractText(const std::string& text,
                                            Source source,
                                            const std::string& owner_name,
                                            const std::string& region,
                                            const std::string& heading,
                                            const std::string& element) const {
  Document document;
  document.url = "text:";
  document.owner_name = owner_name;
  document.region = region;
  if (!heading.empty()) {
    TextBlock title;
    title.text = NormalizeText(heading);
    title.element = "h2";
    document.blocks.push_back(std::move(title));
  }
  TextBlock block;
  block.text = NormalizeText(text);
  block.source = source;
  block.element = element;
  document.blocks.push_back(std::move(block));
  return Extract(document);
}

namespace {

std::vector<TextSpan> PlacesPastRejectedOne(const RuleSet& rules,
                                            int rule_index,
                                            std::string_view text,
                                            const RuleSet::Span& span) {
  // "Saturday mornings, May to September: a swim at Mill Bay": the rule's
  // gap stops at its first connector ("to September"), a month that the
  // validator turns down, and never reaches the place. The match is tried
  // again in the sentence with the turned-down words masked, a few times.
  constexpr int kRetries = 2;
  std::vector<TextSpan> places;
  const std::string& validator = rules.rule(rule_index).validator;
  auto rejected = [&](std::size_t begin, std::size_t end) {
    return !Validate(validator, text.substr(begin, end - begin)).has_value();
  };
  // Only a day or a month is retried: a town the validator turns down
  // ("from Singapore") ends the routine's place.
  if (!StartsWithDayOrMonth(text.substr(span.begin, span.end - span.begin)) ||
      !rejected(span.begin, span.end)) {
    return places;
  }
  std::size_t sentence_start = text.find_last_of(".!?", span.begin);
  sentence_start =
      sentence_start == std::string_view::npos ? 0 : sentence_start + 1;
  std::size_t sentence_end = text.find_first_of(".!?", span.end);
  if (sentence_end == std::string_view::npos) sentence_end = text.size();
  std::string masked(
      text.substr(sentence_start, sentence_end - sentence_start));
  std::size_t begin = span.begin;
  std::size_t end = span.end;
  for (int retry = 0; retry < kRetries; ++retry) {
    for (std::size_t i = begin; i < end; ++i) masked[i - sentence_start] = 'x';
    std::vector<RuleSet::Span> again;
    rules.FindAll(rule_index, masked, 4, &again);
    const RuleSet::Span* next = nullptr;
    for (const RuleSet::Span& candidate : again) {
      if (candidate.begin + sentence_start >= end) {
        next = &candidate;
        break;
      }
    }
    if (next == nullptr) break;
    begin = next->begin + sentence_start;
    end = next->end + sentence_start;
    if (!rejected(begin, end)) {
      places.push_back({begin, end});
      break;
    }
  }
  return places;
}

}  // namespace

void Extractor::ExtractBlock(const Document& document, std::size_t index,
                             std::string_view heading,
                             std::vector<int>* match_budget,
                             std::vector<Finding>* out) const {
  const TextBlock& block = document.blocks[index];
  std::vector<int> rule_indexes;
  if (!rules_.Prefilter(block.text, &rule_indexes)) ++prefilter_fallbacks_;
  std::vector<Candidate> candidates;
  // "28, Female · Beirut, Lebanon · scrobbling since 2014": a short line
  // of facts at the top of the page, in the owner's part, reads like their
  // profile. Further down such lines are other people's bylines ("joao_sp
  // · São Paulo · 28 Nov") and stats.
  constexpr std::size_t kPageTopBlocks = 12;
  const bool facts_line = block.source == Source::kPost &&
                          block.zone == Zone::kOwner &&
                          index < kPageTopBlocks && IsFactsLine(block.text);
  for (int rule_index : rule_indexes) {
    const std::vector<Source>& sources = rules_.rule(rule_index).sources;
    if (!sources.empty() &&
        std::find(sources.begin(), sources.end(), block.source) ==
            sources.end() &&
        !(facts_line && std::find(sources.begin(), sources.end(),
                                  Source::kProfile) != sources.end())) {
      continue;
    }
    const std::vector<std::string>& elements =
        rules_.rule(rule_index).in_elements;
    if (!elements.empty() &&
        std::find(elements.begin(), elements.end(),
                  LastBlockTagOf(block.element)) == elements.end()) {
      continue;
    }
    const std::vector<std::string>& headings =
        rules_.rule(rule_index).after_headings;
    if (!headings.empty() && std::none_of(headings.begin(), headings.end(),
                                          [heading](const std::string& phrase) {
                                            return Contains(heading, phrase);
                                          })) {
      continue;
    }
    int& budget = (*match_budget)[rule_index];
    if (budget <= 0) continue;
    std::vector<RuleSet::Span> spans;
    rules_.FindAll(rule_index, block.text, budget, &spans);
    budget -= static_cast<int>(spans.size());
    const Rule& rule = rules_.rule(rule_index);
    for (const RuleSet::Span& span : spans) {
      candidates.push_back({rule_index, span.begin, span.end, span.owner});
      if (!rule.continues_in_sentence) continue;
      // The places later in the sentence share the match's words: "so
      // there's always a party somewhere, in Korumburra, and … at the
      // Royal Melbourne …" names no haunt, however far on.
      if (AdjustForContext(rule, block.text, span.begin, span.end,
                           document.owner_pronouns) < rule.confidence) {
        continue;
      }
      for (const TextSpan& place : NextPlacesInSentence(block.text, span.end)) {
        candidates.push_back({rule_index, place.begin, place.end, {}});
      }
      for (const TextSpan& place :
           PlacesPastRejectedOne(rules_, rule_index, block.text, span)) {
        candidates.push_back({rule_index, place.begin, place.end, {}});
      }
    }
  }
  std::string_view text = block.text;
  // "Great catch, Vesela! I'm 67 and …": a reply to the owner speaks of
  // its writer.
  const bool speaks_to_owner = block.source == Source::kPost &&
                               AddressesOwner(text, document.owner_name);
  std::vector<Claim> claims;
  for (Candidate candidate : candidates) {
    const Rule& rule = rules_.rule(candidate.rule_index);
    // The rule's owner group, when it takes part in the match, must name
    // the owner (or be a pronoun, which stands for the page's subject).
    if (rule.owner_group > 0 && !candidate.owner.empty() &&
        !IsPersonalPronoun(candidate.owner) &&
        (!NamesOwnerShortly(candidate.owner, document.owner_name) ||
         SurnameAfterAnotherName(block.text, candidate.owner,
                                 document.owner_name))) {
      continue;
    }
    // "My own mother. She is 63" on a page that calls its owner "he": a
    // pronoun of the other gender is someone else.
    if (rule.owner_group > 0 &&
        (IsOtherGendersPronoun(candidate.owner, document.owner_pronouns) ||
         (!candidate.owner.empty() &&
          IsAsideAboutAnotherName(
              candidate.owner,
              text.substr(0, candidate.owner.data() - text.data()),
              document.owner_name)))) {
      continue;
    }
    if (speaks_to_owner && rule.category != Category::kLinkedAccount) {
      continue;
    }
    if (rule.category == Category::kAge && IsDayOfDate(text, candidate.end)) {
      continue;
    }
    std::optional<Validated> validated =
        Validate(rule.validator,
                 text.substr(candidate.begin, candidate.end - candidate.begin));
    if (rule.category == Category::kPhone && !document.region.empty() &&
        document.region != "US" && document.region != "CA") {
      // "347 555 0142" on an Italian page is an Italian mobile, not a
      // number in New York, and "222 318 4471" on a Mexican page is
      // Mexican even though no North American number has that area code;
      // one written with its country code stays as written.
      std::string_view written = StripWhitespace(
          text.substr(candidate.begin, candidate.end - candidate.begin));
      if (!StartsWith(written, "+") && !StartsWith(written, "00") &&
          (CountDigits(written) >= 7 || WritesShortNumbers(document.region))) {
        if (std::optional<Validated> national =
                ValidatePhoneInRegion(written, document.region)) {
          validated = std::move(national);
        }
      }
    }
    if (rule.category == Category::kPhone &&
        rule.validator == "phone_national" &&
        (!validated || document.region.empty())) {
      // No phone of the page's country: a country the page keeps naming
      // comes before the usual guesses ("054-318-2206" is a French number
      // too, but the page names Haifa, not France).
      std::string_view written = StripWhitespace(
          text.substr(candidate.begin, candidate.end - candidate.begin));
      for (const std::string& region : document.other_regions) {
        if (CountDigits(written) < 7 && !WritesShortNumbers(region)) continue;
        if (std::optional<Validated> named =
                ValidatePhoneInRegion(written, region)) {
          validated = std::move(named);
          break;
        }
      }
    }
    if (validated && rule.validator == "birthdate" &&
        WritesDayFirst(document.region)) {
      // "D.O.B.: 11/02/1963" on an Egyptian page is 11 February: outside
      // North America and the Philippines the day comes first.
      std::string_view written =
          text.substr(candidate.begin, candidate.end - candidate.begin);
      static const RE2* const kNumericDate =
          new RE2(R"(\s*\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\s*)");
      if (RE2::FullMatch(re2::StringPiece(written.data(), written.size()),
                         *kNumericDate)) {
        if (std::optional<Validated> day_first =
                Validate("birthdate_day_first", written)) {
          validated = std::move(day_first);
        }
      }
    }
    if (rule.validator == "birthdate_holiday") {
      std::string_view written =
          text.substr(candidate.begin, candidate.end - candidate.begin);
      // "My birthday is Independence Day": the day the page's country
      // keeps.
      if (!validated) {
        validated = ValidateHolidayInRegion(written, document.region);
      }
      // The rule reads a few words past the day's name; the name as
      // written (the display) is where the match ends, so that the words
      // after it are context, not part of it.
      std::size_t at =
          validated ? written.find(validated->display) : std::string_view::npos;
      if (at != std::string_view::npos) {
        candidate.end = candidate.begin + at + validated->display.size();
      }
    }
    if (validated && rule.category == Category::kRegularPlace &&
        (rule.validator == "place_name" || rule.validator == "place_phrase")) {
      ReadPlaceOfService(text, &candidate, &validated);
    }
    // A rule that needs the place in several posts keeps the name as its
    // rule reads it, so that a longer reading of one post does not win the
    // overlap and then fall to the count.
    if (validated && rule.min_posts <= 1 &&
        ((rule.category == Category::kRegularPlace &&
          rule.validator == "place_name") ||
         (rule.category == Category::kWorkplace && rule.validator == "name"))) {
      ReadPlaceNameTail(text, &candidate, &*validated);
      if (rule.category == Category::kRegularPlace) {
        ReadPlaceNameHead(text, &candidate, &*validated);
      }
    }
    if (!validated) continue;
    double confidence = AdjustForContext(
        rule, text, candidate.begin, candidate.end, document.owner_pronouns);
    // "…at any of our branches. Questions? Text Lia at … or email
    // lia.taitano@example.com": an address named after the person is
    // theirs, whatever organisation's words stand near it.
    if (rule.category == Category::kEmail &&
        SpellsOwnerWord(AsciiLower(std::string_view(validated->value)
                                       .substr(0, validated->value.find('@'))),
                        document.owner_name, 4)) {
      confidence = std::max(confidence, rule.confidence);
    }
    if (confidence < options_.min_confidence) continue;
    if (rule.category == Category::kLocation &&
        (PlaceOfAnotherHandle(text, candidate.begin, document.owner_name) ||
         InEventListingLine(text, candidate.begin))) {
      continue;
    }
    // Anything in a quote someone else signs ("“Tengo 62 años…” - Beatriz")
    // is theirs.
    if (QuotedFromAnotherPerson(text, candidate.begin, document.owner_name)) {
      continue;
    }
    // A roster entry or a sentence about someone else ("Derek Amos - …
    // Lives in Frampton Cotterell"). Not for a page's title, whose "Name -
    // Site" is the page's own; relatives are named by their relation, and
    // contacts have their own check below.
    if (block.source != Source::kMeta && rule.category != Category::kFamily &&
        rule.category != Category::kLinkedAccount &&
        rule.category != Category::kPhone &&
        rule.category != Category::kEmail &&
        SaidOfAnotherPerson(text, candidate.begin, document.owner_name,
                            block.source == Source::kProfile)) {
      continue;
    }
    // "My mother Iris still lives in Georgetown", "Her sister Rita works
    // at …", "My mother Lucy turned 90": a relative's town, job or age,
    // not the person's.
    if ((rule.category == Category::kLocation ||
         rule.category == Category::kWorkplace ||
         rule.category == Category::kAge) &&
        RelativeIsTheSubject(text, candidate.begin, document.owner_name)) {
      continue;
    }
    // "Maryam Al-Balushi 🇴🇲" read as a town, "Ainura Beishenova" as an
    // employer: the owner's own name is no place of theirs.
    if ((rule.category == Category::kLocation ||
         rule.category == Category::kWorkplace ||
         rule.category == Category::kSchool ||
         rule.category == Category::kRegularPlace) &&
        IsOwnersFullName(validated->value, document.owner_name)) {
      continue;
    }
    if (rule.category == Category::kAddress &&
        AddressOfANamedVenue(text, candidate.begin)) {
      continue;
    }
    if (rule.category == Category::kAddress &&
        AddressNamesSomeoneElse(text, candidate.begin, document.owner_name)) {
      continue;
    }
    if ((rule.category == Category::kPhone ||
         rule.category == Category::kEmail) &&
        ContactNamesSomeoneElse(
            text, candidate.begin, candidate.end,
            rule.category == Category::kEmail ? validated->value : "",
            document.owner_name)) {
      continue;
    }
    Finding finding;
    finding.category = rule.category;
    finding.value = std::move(validated->value);
    finding.display = std::move(validated->display);
    finding.confidence = confidence;
    finding.rule_id = rule.id;
    finding.url = document.url;
    finding.source = block.source;
    finding.posted_at = block.posted_at;
    finding.min_posts = rule.min_posts;
    finding.snippet =
        Snippet(text, candidate.begin, candidate.end, options_.snippet_radius);
    finding.matched = std::string(
        text.substr(candidate.begin, candidate.end - candidate.begin));
    if (rule.category == Category::kFamily) {
      AddListedRelatives(rule, text, finding, candidate.end,
                         document.owner_name, &claims);
    }
    claims.push_back({std::move(finding), candidate.begin, candidate.end});
  }
  ResolveOverlaps(text, &claims);
  for (Claim& claim : claims) out->push_back(std::move(claim.finding));
}

}  // namespace exposure
