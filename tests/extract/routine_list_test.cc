// Tests for NextPlacesInSentence: the other places of a routine's list.
#include "extract/routine_list.h"

#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace exposure {
namespace {

// The names NextPlacesInSentence finds in `text` after `after`.
std::vector<std::string> PlacesAfter(std::string_view text,
                                     std::string_view after) {
  std::size_t end = text.find(after) + after.size();
  std::vector<std::string> names;
  for (const TextSpan& span : NextPlacesInSentence(text, end)) {
    names.emplace_back(text.substr(span.begin, span.end - span.begin));
  }
  return names;
}

TEST(NextPlacesInSentence, ReadsTheRestOfTheList) {
  EXPECT_EQ(PlacesAfter("Offline: Friday evenings at the Moresby Aero Club, "
                        "Saturday mornings at Gordons Market with Joseph, "
                        "then a walk along Ela Beach, and Sunday service at "
                        "Gerehu United Church. Next week at Boroko Pool.",
                        "Moresby Aero Club"),
            (std::vector<std::string>{"Gordons Market", "Ela Beach",
                                      "Gerehu United Church"}));
  EXPECT_EQ(PlacesAfter("Los sábados sale a correr por el Pinar y después "
                        "almuerza en el Bar Casa Falomir.",
                        "Pinar"),
            (std::vector<std::string>{"Bar Casa Falomir"}));
}

TEST(NextPlacesInSentence, AColonsListIsPartedBySemicolonsToo) {
  EXPECT_EQ(PlacesAfter("Where to find me: Tuesdays at the Galley Shed; "
                        "Sunday mass at St Olaf Church; Saturday early at "
                        "the Tokk Market.",
                        "Galley Shed"),
            (std::vector<std::string>{"St Olaf Church", "Tokk Market"}));
  // Without a colon (a time's does not count) a semicolon ends the list.
  EXPECT_TRUE(PlacesAfter("Tuesdays at 18:30 at the Galley Shed; my sister "
                          "works at Tokk Market.",
                          "Galley Shed")
                  .empty());
}

TEST(NextPlacesInSentence, DaysTownsAndOtherSentencesAreNotPlaces) {
  EXPECT_TRUE(PlacesAfter("Mondays at the Lido, and on Sundays I rest in "
                          "Villarreal.",
                          "Lido")
                  .empty());
  EXPECT_TRUE(
      PlacesAfter("Mondays at the Lido. Then at Boroko Pool.", "Lido").empty());
}

}  // namespace
}  // namespace exposure
