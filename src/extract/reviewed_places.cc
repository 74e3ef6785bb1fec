// RegularPlaceOfReview: a review's heading as a regular place when its
// words say the reviewer is there routinely.
#include "extract/reviewed_places.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "common/strings.h"
#include "exposure/rules.h"
#include "re2/re2.h"

namespace exposure {
namespace {

// How many blocks before a review's words its heading may stand (the
// heading, a category line, a rating line, then the words).
constexpr std::size_t kMaxBlocksAfterHeading = 4;

// The longest snippet a finding here keeps of its review.
constexpr std::size_t kMaxSnippetBytes = 160;

// A review's heading is an h1 to h4.
bool IsHeadingElement(std::string_view element) {
  const int level = HeadingLevelOf(element);
  return level >= 1 && level <= 4;
}

// The index of the nearest heading among the few blocks before
// blocks[index]; nullopt when there is none.
std::optional<std::size_t> HeadingBefore(const Document& document,
                                         std::size_t index) {
  for (std::size_t back = 1; back <= kMaxBlocksAfterHeading && back <= index;
       ++back) {
    if (IsHeadingElement(document.blocks[index - back].element)) {
      return index - back;
    }
  }
  return std::nullopt;
}

// The place a review's heading names, or nullopt (see ReviewedPlace).
std::optional<std::string> PlaceOfHeading(const Document& document,
                                          const TextBlock& heading) {
  // "Tower Captain: Gwen Harcombe": a label or the person, not a place.
  if (heading.zone != Zone::kOwner || Contains(heading.text, ":") ||
      (!document.owner_name.empty() &&
       Contains(heading.text, document.owner_name))) {
    return std::nullopt;
  }
  // "Bake House Ampitiya ★★★★", "Juba Fitness Hub · Gym": the name alone.
  std::string_view name = heading.text;
  for (std::string_view cut : {" \u00B7 ", " \u2605", " \u2606", " | "}) {
    std::size_t at = name.find(cut);
    if (at != std::string_view::npos) name = name.substr(0, at);
  }
  // "Descripción", "Details": a one-word heading is a section's label
  // more often than a place's name.
  std::optional<Validated> place = Validate("place_name", name);
  if (!place || !Contains(place->value, " ")) return std::nullopt;
  return place->value;
}

}  // namespace

bool SaysRegularlyHere(std::string_view text) {
  static const RE2* const kHabit = new RE2(
      R"((?i)\b(?:every|each)\s+(?:single\s+)?(?:working\s+day|week(?:day|end)?|day|morning|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bmost\s+(?:days|mornings|evenings|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)*(?:and|&)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:once|twice|three\s+times)\s+a\s+week\b|\btodos\s+los\s+(?:días|lunes|martes|miércoles|jueves|viernes|sábados|domingos)\b|\bcada\s+(?:mañana|tarde|noche|día|semana|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b)");
  static const RE2* const kHere = new RE2(
      R"((?i)\bhere\b|\baquí\b|\bde\s+siempre\b|\bcomo\s+cada\b|\b(?:our|my)\s+(?:family['’]s\s+)?(?:parish|church|mosque|temple|local|gym|café|cafe|pub)\b)");
  const re2::StringPiece piece(text.data(), text.size());
  return RE2::PartialMatch(piece, *kHabit) && RE2::PartialMatch(piece, *kHere);
}

std::optional<std::string> ReviewedPlace(const Document& document,
                                         std::size_t index) {
  std::optional<std::size_t> heading = HeadingBefore(document, index);
  if (!heading) return std::nullopt;
  return PlaceOfHeading(document, document.blocks[*heading]);
}

std::optional<Finding> RegularPlaceOfReview(const Document& document,
                                            std::size_t index) {
  const TextBlock& block = document.blocks[index];
  // The cheap tests first: most blocks are no review's words.
  if (block.zone != Zone::kOwner || block.source != Source::kPost ||
      IsHeadingElement(block.element)) {
    return std::nullopt;
  }
  std::optional<std::size_t> heading = HeadingBefore(document, index);
  if (!heading || !SaysRegularlyHere(block.text)) return std::nullopt;
  std::optional<std::string> place =
      PlaceOfHeading(document, document.blocks[*heading]);
  if (!place) return std::nullopt;
  Finding finding;
  finding.category = Category::kRegularPlace;
  finding.value = *place;
  finding.display = *place;
  finding.confidence = 0.7;
  finding.rule_id = "regular_place.reviewed_routine";
  finding.url = document.url;
  finding.source = Source::kPost;
  // The review's first words, cut at a space (never inside a character).
  std::string_view snippet = block.text;
  if (snippet.size() > kMaxSnippetBytes) {
    snippet = snippet.substr(0, snippet.rfind(' ', kMaxSnippetBytes));
  }
  finding.snippet = std::string(snippet);
  finding.matched = *place;
  finding.posted_at = block.posted_at;
  return finding;
}

}  // namespace exposure
