// Where a place's name really ends (a regular place's or a workplace's):
// the lowercase kind of place, the Arabic particle or the "branch of …" a
// rule's capitalised words leave behind, and the place a religious service
// is held at.
#include "extract/place_tail.h"

#include <re2/re2.h>

#include <optional>
#include <string>
#include <string_view>

#include "common/strings.h"

namespace exposure {
namespace {

// Words of a sentence that never stand inside a place's name.
constexpr std::string_view kSentenceWords =
    "is|are|was|were|be|my|our|your|his|her|their|its|the|a|an|and|or|but|"
    "with|for|to|in|at|on|of|by|then|also|as|near|behind|next|like|every|"
    "each|most|this|that|after|before|from|into|where|which|when|while|so|"
    "because|if|until|since";

}  // namespace

std::size_t PlaceNameHead(std::string_view text, std::size_t begin) {
  if (begin > text.size()) return 0;
  const std::size_t from = begin > 80 ? begin - 80 : 0;
  // A possessive or "the", up to two lowercase words ending in a kind of
  // place a person keeps going back to, and the preposition before the
  // name.
  static const RE2* const kHead = new RE2(
      R"((?:^|\s)(?:[Mm]y|[Oo]ur|[Tt]he)\s+((?:\p{Ll}[\p{Ll}\-]*\s+){0,2}(?:plot|allotment|pasture|paddock|shed|bank|cabin|hut|croft|orchard|kebun|bach|caravan|mooring|boatshed|stall|woolshed|vineyard|smallholding)\s+(?:at|in|on|by)\s+)(?:the\s+)?$)");
  re2::StringPiece head;
  if (!RE2::PartialMatch(re2::StringPiece(text.data() + from, begin - from),
                         *kHead, &head)) {
    return 0;
  }
  return begin - static_cast<std::size_t>(head.data() - text.data());
}

std::size_t PlaceNameTail(std::string_view text, std::size_t end) {
  if (end >= text.size()) return 0;
  // "the Montford Park tennis courts": a name that already ends in its
  // kind of place ("Park") is whole; what follows is a part of it.
  static const RE2* const kEndsInKind = new RE2(
      R"((?i)(?:^|\s)(?:park|market|church|chapel|mosque|temple|hall|cent(?:re|er)|field|library|pool|stadium|club|gym|beach|square|garden|gardens|court|courts|ground|grounds|complex|station|hospital|clinic|office|factory|hotel|restaurant|school|college|university|airport)$)");
  if (RE2::PartialMatch(re2::StringPiece(text.data(), end), *kEndsInKind)) {
    return 0;
  }
  // Up to two lowercase words, then the kind of place the name is of; a
  // branch with what it is a branch of ("Lawrenceville branch of the
  // Carnegie Library").
  static const RE2* const kTail = new RE2(
      R"(^((?:\s(?:al|el|an|ar|as|ash|ad|ibn|bin|bint)-\p{Lu}[\p{L}'’\-]*)|\sbranch\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*){0,4}|(?:\s\p{Ll}[\p{Ll}'’\-]*){0,2}\s(?:complex|sanctuary|pools?|cent(?:re|er)|hall|club|stadium|grounds?|market|beach|park|library|chapel|church|mosque|temple|gym|courts?|field|pitch|coworking|lab|studio|range|rink|track|gardens?|shrine|parish|cathedral|basilica|square|plaza|dojo|arena|hub|reservoir|lagoon|marina|jetty|pier|dock|wharf|quay|slipway|boatyard|branch|station|hospital|clinic|office|factory|plant|mill|hotel|restaurant|bakery|stall|kiosk|shop|cafe|café|pub|bar|diner|canteen|depot|unit|ward|laboratory|warehouse|garage|airport|school|college))\b)");
  re2::StringPiece input(text.data() + end, text.size() - end);
  re2::StringPiece tail;
  if (!RE2::PartialMatch(input, *kTail, &tail)) return 0;
  if (StartsWith(std::string_view(tail.data(), tail.size()), " branch of ")) {
    return tail.size();
  }
  // "The Meeple Mug is my church": words of a sentence, not of a name.
  static const RE2* const kSentenceWordIn =
      new RE2(StrCat(R"((?:^|\s)(?:)", kSentenceWords, R"()(?:\s|$))"));
  if (RE2::PartialMatch(tail, *kSentenceWordIn)) return 0;
  // "the Tartu club night upstairs": a kind of place that names an event
  // or a group when a noun follows it.
  // A verb with its object ("the Corossol fishermen's dock choosing the
  // catch") is the sentence going on.
  static const RE2* const kNextWord = new RE2(R"(^\s(\p{Ll}+)\b)");
  static const RE2* const kVerbWithObject =
      new RE2(R"(^\s\p{Ll}+ing\s+(?:the|a|an|my|our|his|her|their|some)\s)");
  re2::StringPiece after(tail.data() + tail.size(), input.size() - tail.size());
  re2::StringPiece next;
  static const RE2* const kSentenceWord = new RE2(std::string(kSentenceWords));
  if (RE2::PartialMatch(after, *kNextWord, &next) &&
      !RE2::FullMatch(next, *kSentenceWord) &&
      !RE2::PartialMatch(after, *kVerbWithObject)) {
    return 0;
  }
  return tail.size();
}

bool IsServiceName(std::string_view name) {
  static const RE2* const kService = new RE2(
      R"((?:Sunday\s+|Saturday\s+|Friday\s+|Evening\s+|Morning\s+)?(?:Mass|Misa|Messe|Missa|Service|Prayers?|Vespers|Jumu['’]?ah|Shabbat))");
  return RE2::FullMatch(re2::StringPiece(name.data(), name.size()), *kService);
}

std::optional<TextSpan> PlaceOfService(std::string_view name,
                                       std::string_view text, std::size_t end) {
  if (!IsServiceName(name)) return std::nullopt;
  // "… at the Basilique Sainte-Anne du Congo", "… in the church of São
  // Pedro in Neves", "… en la iglesia de San Juan".
  static const RE2* const kPlaceAfter = new RE2(
      R"(^\s+(?:at|in|en|à|na|no|em)\s+(?:(?:the|la|el|le|a|o)\s+|l['’])?(?:(?i:church|chapel|cathedral|basilica|parish|mosque|temple|iglesia|capilla|église|chapelle|igreja|capela)\s+(?:of|de|du|da|do|del)\s+)?((?:\p{Lu}[\p{L}'’\-]*)(?:\s(?:(?:of|de|du|des|da|do|del|la)\s)?\p{Lu}[\p{L}'’\-]*){0,4}))");
  re2::StringPiece input(text.data() + end, text.size() - end);
  re2::StringPiece place;
  if (!RE2::PartialMatch(input, *kPlaceAfter, &place)) return std::nullopt;
  std::size_t begin = place.data() - text.data();
  return TextSpan{begin, begin + place.size()};
}

}  // namespace exposure
