// Tests for SaysRegularlyHere, ReviewedPlace and RegularPlaceOfReview: a
// review's heading is a regular place when its words say the reviewer is
// there routinely.
#include "extract/reviewed_places.h"

#include <optional>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace exposure {
namespace {

TextBlock Block(const std::string& text, const std::string& element,
                Zone zone = Zone::kOwner) {
  TextBlock block;
  block.text = text;
  block.element = element;
  block.zone = zone;
  block.source = Source::kPost;
  return block;
}

// A contributions page: one review, its heading, category and rating
// lines, then its words.
Document Review(const std::string& heading, const std::string& words) {
  Document document;
  document.url = "http://maps.example/contrib/1";
  document.owner_name = "Deng Garang";
  document.blocks = {
      Block(heading, "main>section>article>h2"),
      Block("Market · Konyo Konyo, Juba", "main>section>article>p"),
      Block("★★★★ · 30 May 2026", "main>section>article>p"),
      Block(words, "main>section>article>p")};
  return document;
}

TEST(SaysRegularlyHere, AHabitAndHere) {
  EXPECT_TRUE(SaysRegularlyHere(
      "Every Saturday morning I come here for fish and greens."));
  EXPECT_TRUE(SaysRegularlyHere(
      "I train here Monday, Wednesday and Friday at 6 am before site visits."));
  EXPECT_TRUE(SaysRegularlyHere(
      "so I'm here for lunch almost every working day. Best macchiato."));
  EXPECT_TRUE(SaysRegularlyHere(
      "Our family's parish since 2006. We are at the 8 am mass every Sunday."));
  // Once, or a habit somewhere else.
  EXPECT_FALSE(SaysRegularlyHere(
      "Celebrated my 38th birthday here last night with my wife."));
  EXPECT_FALSE(SaysRegularlyHere("I drink this wine every Friday."));
  // Spanish check-ins.
  EXPECT_TRUE(SaysRegularlyHere("Pierna a las 6:30, como cada lunes."));
  EXPECT_TRUE(SaysRegularlyHere(
      "Mi mesa de siempre antes de abrir la clínica, cada mañana."));
}

TEST(RegularPlaceOfReview, TheHeadingOfARoutineReview) {
  Document document = Review(
      "Konyo Konyo Market",
      "Every Saturday morning I come here for fish and greens for the week.");
  std::optional<Finding> place = RegularPlaceOfReview(document, 3);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->category, Category::kRegularPlace);
  EXPECT_EQ(place->value, "Konyo Konyo Market");
  EXPECT_EQ(place->rule_id, "regular_place.reviewed_routine");
  // The rating after the name is no part of it.
  document = Review("Bake House Ampitiya ★★★★",
                    "My treat every Friday; I come here after school pick-up.");
  place = RegularPlaceOfReview(document, 3);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->value, "Bake House Ampitiya");
}

TEST(RegularPlaceOfReview, NothingForAOneTimeVisitALabelOrSomeoneElse) {
  EXPECT_FALSE(
      RegularPlaceOfReview(Review("Nile Terrace Restaurant",
                                  "Celebrated my birthday here last night."),
                           3)
          .has_value());
  EXPECT_FALSE(RegularPlaceOfReview(Review("Tower Captain: Gwen Harcombe",
                                           "Practice here every Tuesday at 7."),
                                    3)
                   .has_value());
  Document others = Review("Konyo Konyo Market",
                           "Every Saturday morning I come here for fish.");
  others.blocks[3].zone = Zone::kOthers;
  EXPECT_FALSE(RegularPlaceOfReview(others, 3).has_value());
  // A section's one-word label is no place.
  EXPECT_FALSE(
      RegularPlaceOfReview(
          Review("Descripción", "Mi ruta de siempre, la hago cada martes."), 3)
          .has_value());
  // No heading among the blocks just before.
  Document plain;
  plain.blocks = {Block("Every Saturday I come here.", "main>p")};
  EXPECT_FALSE(RegularPlaceOfReview(plain, 0).has_value());
}

}  // namespace
}  // namespace exposure
