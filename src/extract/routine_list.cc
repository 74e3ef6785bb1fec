// The other places of a routine's list in the rest of a sentence.
#include "extract/routine_list.h"

#include <string_view>

#include "common/strings.h"
#include "re2/re2.h"

namespace exposure {

std::vector<TextSpan> NextPlacesInSentence(std::string_view text,
                                           std::size_t end,
                                           std::size_t max_places) {
  // A connector, a few words of what is done there, a preposition and the
  // place's capitalised words; nothing crosses a sentence's end.
  // "in" and "on" are left out: after them come towns ("in Villarreal")
  // and days ("on Sundays I"), not the places of a routine; so are German
  // "am" and "beim", before which every noun is capitalised. This part
  // follows the connector in both expressions below.
  constexpr std::string_view kPlaceAfterConnector =
      R"([^.!?;,]{0,50}?(?:(?:\b(?:at|along|around|round|al|au|chez|ao)|(?:^|\s)à)\s+(?:(?:the|el|la|los|las|le|les|l['’]|o|a)\s*)?|\ben\s+(?:el|la|los|las)\s+)((?:(?:St|Mt|Ft)\.|\p{Lu}[\p{L}\d'’&\-]*)(?:\s(?:(?:of\sthe|de\sla|de\slos|of|de|del|des|du|da|do|dos|das|di|der|van|von|la|el|the|and|&|y)\s)?(?:(?:St|Mt|Ft)\.|[\p{Lu}\d][\p{L}\d'’&\-]*)){0,5}))";
  static const RE2* const kNextPlace = new RE2(StrCat(
      R"(^[^.!?;]{0,60}?(?:,|\b(?:and|then|after(?:wards)?|y|luego|después|e|et|puis|und|dann)\b))",
      kPlaceAfterConnector));
  // In a list a colon opens ("Where to find me: Sunday mass at …; Saturday
  // early at the It-Tokk market …"), a semicolon parts its items.
  static const RE2* const kNextListedPlace = new RE2(StrCat(
      R"(^[^.!?]{0,60}?(?:[,;]|\b(?:and|then|after(?:wards)?|y|luego|después|e|et|puis|und|dann)\b))",
      kPlaceAfterConnector));
  std::size_t sentence_start = text.find_last_of(".!?", end);
  sentence_start =
      sentence_start == std::string_view::npos ? 0 : sentence_start;
  const bool colon_list =
      text.substr(sentence_start, end - sentence_start).find(": ") !=
      std::string_view::npos;
  const RE2& next_place = colon_list ? *kNextListedPlace : *kNextPlace;
  std::vector<TextSpan> places;
  while (places.size() < max_places && end < text.size()) {
    re2::StringPiece rest(text.data() + end, text.size() - end);
    re2::StringPiece name;
    if (!RE2::PartialMatch(rest, next_place, &name)) break;
    std::size_t begin = name.data() - text.data();
    end = begin + name.size();
    if (StartsWithDayOrMonth(std::string_view(name.data(), name.size()))) {
      continue;
    }
    places.push_back({begin, end});
  }
  return places;
}

bool StartsWithDayOrMonth(std::string_view name) {
  static const RE2* const kWhen = new RE2(
      R"((?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)");
  return RE2::PartialMatch(name, *kWhen);
}

}  // namespace exposure
