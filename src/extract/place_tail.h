// Where a place's name really ends. The rules read a place's name as its
// capitalised words, which cuts "the Olympic water-sports complex" to
// "Olympic", "the Souq al-Mushir" to "Souq" and "the Moorea fire station"
// to "Moorea", and reads the service in "at Mass in the church of São
// Pedro" as the place.
#ifndef EXPOSURE_EXTRACT_PLACE_TAIL_H_
#define EXPOSURE_EXTRACT_PLACE_TAIL_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace exposure {

// The length of what still belongs to the place name that ends at
// text[end]: an Arabic name's particle ("Souq| al-Mushir") or up to two
// lowercase words ending in a kind of place ("Gishora| drum sanctuary",
// "Héron| sports club pool"). 0 when nothing follows that is part of it.
std::size_t PlaceNameTail(std::string_view text, std::size_t end);

// The length of what still belongs to the place name that starts at
// text[begin], read backwards: the person's own lowercase kind of place and
// its preposition ("my allotment plot at| Gremista", "the kebun in|
// Serian", "the sheep pasture at| Ammunds"). 0 when nothing before it is.
std::size_t PlaceNameHead(std::string_view text, std::size_t begin);

// A span of `text` (begin, end).
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// True when `name` is a religious service rather than a place: "Mass",
// "Misa", "Friday prayers", "Shabbat".
bool IsServiceName(std::string_view name);

// When `name` is a religious service rather than a place ("Mass",
// "Misa", "Friday prayers"), the place named right after it at
// text[end:] ("… Mass at the Basilique Sainte-Anne", "… Mass in the
// church of São Pedro"): the span of that place's name; nullopt
// otherwise.
std::optional<TextSpan> PlaceOfService(std::string_view name,
                                       std::string_view text, std::size_t end);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_PLACE_TAIL_H_
