// Tests for PlaceNameTail, IsServiceName and PlaceOfService: where a
// regular place's name ends, and the place a service is held at.
#include "extract/place_tail.h"

#include <string>
#include <string_view>

#include "gtest/gtest.h"

namespace exposure {
namespace {

// The tail PlaceNameTail finds after `name`, the first occurrence of it in
// `text`.
std::string TailAfter(std::string_view text, std::string_view name) {
  std::size_t end = text.find(name) + name.size();
  return std::string(text.substr(end, PlaceNameTail(text, end)));
}

TEST(PlaceTail, LowercaseKindOfPlaceBelongsToTheName) {
  EXPECT_EQ(
      TailAfter("I swim at the Olympic water-sports complex, and", "Olympic"),
      " water-sports complex");
  EXPECT_EQ(TailAfter("I swim at the Héron sports club pool.", "Héron"),
            " sports club pool");
  EXPECT_EQ(TailAfter("We rehearse at the Gishora drum sanctuary.", "Gishora"),
            " drum sanctuary");
  EXPECT_EQ(
      TailAfter(
          "most of my code is written at the Hub Dèdè coworking in Akpakpa",
          "Hub Dèdè"),
      " coworking");
  EXPECT_EQ(TailAfter("Every morning I'm at the Corossol fishermen's dock "
                      "choosing the catch",
                      "Corossol"),
            " fishermen's dock");
}

TEST(PlaceTail, AWorkplacesKindBelongsToItsName) {
  EXPECT_EQ(
      TailAfter("I'm a firefighter at the Moorea fire station in Afareaitu",
                "Moorea"),
      " fire station");
  EXPECT_EQ(TailAfter("a physio at Fako Mission Hospital physiotherapy unit",
                      "Fako Mission Hospital"),
            "");
}

TEST(PlaceTail, ABranchNamesWhatItIsABranchOf) {
  EXPECT_EQ(TailAfter("Most Sundays I draw at the Lawrenceville branch of the "
                      "Carnegie Library.",
                      "Lawrenceville"),
            " branch of the Carnegie Library");
}

TEST(PlaceTail, ArabicParticleBelongsToTheName) {
  EXPECT_EQ(TailAfter("spices in the Souq al-Mushir in the old city", "Souq"),
            " al-Mushir");
}

TEST(PlaceTail, OtherWordsAfterTheNameDoNot) {
  EXPECT_EQ(TailAfter("I run at Cubbon Park every morning", "Cubbon Park"), "");
  EXPECT_EQ(TailAfter("coffee at Lulu's before my shift starts", "Lulu's"), "");
  EXPECT_EQ(TailAfter("at Riverside with my three kids and the dog park",
                      "Riverside"),
            "");
  EXPECT_EQ(TailAfter("at Riverside", "Riverside"), "");
}

TEST(PlaceTail, ServicesAreNoPlaces) {
  EXPECT_TRUE(IsServiceName("Mass"));
  EXPECT_TRUE(IsServiceName("Sunday Mass"));
  EXPECT_TRUE(IsServiceName("Friday Prayers"));
  EXPECT_FALSE(IsServiceName("Massey Hall"));
  EXPECT_FALSE(IsServiceName("St Mary's"));
}

TEST(PlaceTail, ThePlaceAServiceIsHeldAt) {
  std::string_view text =
      "On Saturday evenings he goes to Mass at the Basilique Sainte-Anne du "
      "Congo, then home.";
  std::size_t end = text.find("Mass") + 4;
  std::optional<TextSpan> place = PlaceOfService("Mass", text, end);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(text.substr(place->begin, place->end - place->begin),
            "Basilique Sainte-Anne du Congo");

  text = "I sing at Mass in the church of São Pedro in Neves.";
  end = text.find("Mass") + 4;
  place = PlaceOfService("Mass", text, end);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(text.substr(place->begin, place->end - place->begin), "São Pedro");

  text = "I never miss Mass on Sundays.";
  end = text.find("Mass") + 4;
  EXPECT_FALSE(PlaceOfService("Mass", text, end).has_value());
  EXPECT_FALSE(PlaceOfService("Riverside", "at Riverside in Leeds", 12));
}

// What PlaceNameHead reads before `name` in `text`.
std::string_view HeadBefore(std::string_view text, std::string_view name) {
  std::size_t begin = text.find(name);
  return text.substr(begin - PlaceNameHead(text, begin),
                     PlaceNameHead(text, begin));
}

TEST(PlaceNameHead, ThePersonsOwnKindOfPlaceBeforeTheName) {
  EXPECT_EQ(
      HeadBefore("I'm mostly up at my allotment plot at Gremista.", "Gremista"),
      "allotment plot at ");
  EXPECT_EQ(HeadBefore("Every weekend I'm at the kebun in Serian.", "Serian"),
            "kebun in ");
  // A town after a verb, or a kind that is no one's haunt, is not read.
  EXPECT_EQ(HeadBefore("I grew up in Serian.", "Serian"), "");
  EXPECT_EQ(HeadBefore("We stayed at the hotel in Serian.", "Serian"), "");
}

}  // namespace
}  // namespace exposure
