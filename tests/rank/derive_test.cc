// Tests for derived findings and the merging of partial values.
#include <string>
#include <vector>

#include "exposure/rank.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

Finding Make(Category category, const std::string& value,
             const std::string& url = "http://a.example/") {
  Finding finding;
  finding.category = category;
  finding.value = finding.display = value;
  finding.url = url;
  finding.confidence = 0.8;
  finding.snippet = value;
  finding.rule_id = "test";
  return finding;
}

std::vector<std::string> ValuesOf(const std::vector<Exposure>& exposures,
                                  Category category) {
  std::vector<std::string> values;
  for (const Exposure& exposure : exposures) {
    if (exposure.category == category) values.push_back(exposure.value);
  }
  return values;
}

TEST(DeriveFindings, AddressGivesItsCity) {
  struct Case {
    const char* address;
    const char* location;
  };
  const Case cases[] = {
      {"4412 Albemarle St NW, Washington, DC 20016", "Washington, DC"},
      {"3307 N Proctor St, Tacoma 98407", "Tacoma"},
      {"58 Wickenden St Apt 3, Providence RI 02903", "Providence, RI"},
      {"208 Utah St, Suite 400, San Francisco, CA 94103", "San Francisco, CA"},
      {"27 Calle 5, Los Jardines Metropolitanos, Santiago de los Caballeros",
       "Santiago de los Caballeros"},
      {"7 Moor Lane, Bramhope, Leeds", "Bramhope"},
      // Blocks and housing estates are districts, not the city.
      {"14 Road 3, Block B, Halishahar Housing Estate, Chattogram",
       "Chattogram"},
      // A postal code written before the town, a flat after the street.
      {"23 Heygavegur, 100 Tórshavn", "Tórshavn"},
      {"27 Bulevardul Dacia, ap. 45, Chișinău", "Chișinău"},
      {"12 Main St, Flat Rock, NC 28731", "Flat Rock, NC"},
      // A state after the town without a comma.
      {"27 Hargrave St, Thursday Island QLD", "Thursday Island, QLD"},
      {"5 Fern Rd, Lake Gardens VIC", "Lake Gardens, VIC"},
      // "Av." is a street too; a Mexican state's abbreviation is no city.
      {"145 Av. Miguel Hidalgo, Centro, Coatepec, Ver", "Coatepec"},
      {"4000 Calzada Ruiz Cortines, Boca del Río, Ver", "Boca del Río"},
      {"214 Calle Cerro de la Bufa, Zacatecas, Zac. 98054", "Zacatecas"},
      // French ones too; a "quartier" is a district, not the city.
      {"47 Avenue Lumumba, Quartier Bel-Air, Kampemba, Lubumbashi",
       "Lubumbashi"},
      // A barrio is a district; a postal code in brackets or after "C.P."
      // is no town.
      {"1455 Los Ñires, Barrio Río Pipo, (9410) Ushuaia", "Ushuaia"},
      {"48 Calle Tepalcatzin, Barrio de San Lucas, Coyoacán, C.P. 04030",
       "Coyoacán"},
  };
  for (const Case& c : cases) {
    std::vector<Finding> derived =
        DeriveFindings({Make(Category::kAddress, c.address)});
    ASSERT_EQ(derived.size(), 1u) << c.address;
    EXPECT_EQ(derived[0].category, Category::kLocation);
    EXPECT_EQ(derived[0].value, c.location);
    EXPECT_EQ(derived[0].rule_id, "derived.address_city");
  }
  EXPECT_TRUE(DeriveFindings({Make(Category::kAddress, "12 Elm St")}).empty());
}

TEST(DeriveFindings, BirthdayAndYearOnOnePageMakeADate) {
  std::vector<Finding> derived =
      DeriveFindings({Make(Category::kBirthdate, "--09-22"),
                      Make(Category::kBirthdate, "1979")});
  ASSERT_EQ(derived.size(), 1u);
  EXPECT_EQ(derived[0].value, "1979-09-22");
  // Not across pages: a year on one page, a day on another.
  EXPECT_TRUE(
      DeriveFindings({Make(Category::kBirthdate, "--09-22", "http://a/1"),
                      Make(Category::kBirthdate, "1979", "http://a/2")})
          .empty());
}

TEST(DeriveFindings, OfSeveralYearsTheOneTheStatedAgeAgreesWithMakesTheDate) {
  // A family tree's "b. 1903", surer than the person's own year, beside
  // "I turned 65 on the Fourth of July" in a post of November 2026.
  Finding tree = Make(Category::kBirthdate, "1903");
  tree.confidence = 0.9;
  Finding own = Make(Category::kBirthdate, "1961");
  own.confidence = 0.7;
  Finding post = Make(Category::kAge, "65");
  post.posted_at = "2026-11-13";
  std::vector<Finding> derived =
      DeriveFindings({Make(Category::kBirthdate, "--07-04"), tree, own, post});
  ASSERT_FALSE(derived.empty());
  EXPECT_EQ(derived[0].value, "1961-07-04");
  // Without an age, the surer year.
  derived = DeriveFindings({Make(Category::kBirthdate, "--07-04"), own, tree});
  ASSERT_EQ(derived.size(), 1u);
  EXPECT_EQ(derived[0].value, "1903-07-04");
}

TEST(DeriveFindings, ADatedPageGivesTheAgeOfAFullBirthDate) {
  Finding post = Make(Category::kRegularPlace, "Bluff Kiosk");
  post.posted_at = "2026-11-19T08:00:00Z";
  std::vector<Finding> derived =
      DeriveFindings({Make(Category::kBirthdate, "1959-07-02"), post});
  ASSERT_EQ(derived.size(), 1u);
  EXPECT_EQ(derived[0].category, Category::kAge);
  EXPECT_EQ(derived[0].value, "67");
  EXPECT_EQ(derived[0].rule_id, "derived.age_from_birthdate");
  // Before the birthday in the year the page was written.
  post.posted_at = "2026-06-30";
  derived = DeriveFindings({Make(Category::kBirthdate, "1959-07-02"), post});
  ASSERT_EQ(derived.size(), 1u);
  EXPECT_EQ(derived[0].value, "66");
  // A stated age wins; an undated page, or a partial date, gives none.
  EXPECT_TRUE(DeriveFindings({Make(Category::kBirthdate, "1959-07-02"),
                              Make(Category::kAge, "66"), post})
                  .empty());
  EXPECT_TRUE(
      DeriveFindings({Make(Category::kBirthdate, "1959-07-02")}).empty());
  EXPECT_TRUE(
      DeriveFindings({Make(Category::kBirthdate, "--07-02"), post}).empty());
}

TEST(DeriveFindings, ABirthDateDatedByTheExtractorGivesTheAge) {
  // No dated post, but the extractor dated the words (a copyright year).
  Finding birth = Make(Category::kBirthdate, "1959-07-02");
  birth.written_on = "2025-12-31";
  std::vector<Finding> derived = DeriveFindings({birth});
  ASSERT_EQ(derived.size(), 1u);
  EXPECT_EQ(derived[0].value, "66");
  EXPECT_EQ(derived[0].rule_id, "derived.age_from_birthdate");
}

TEST(RankFindings, PartialBirthDatesMergeIntoTheFullOne) {
  std::vector<Exposure> exposures =
      RankFindings({Make(Category::kBirthdate, "--09-22"),
                    Make(Category::kBirthdate, "1979")});
  EXPECT_EQ(ValuesOf(exposures, Category::kBirthdate),
            std::vector<std::string>{"1979-09-22"});
}

TEST(RankFindings, ShortNamesMergeIntoLongerOnes) {
  std::vector<Exposure> exposures = RankFindings(
      {Make(Category::kLocation, "Buffalo"),
       Make(Category::kLocation, "Buffalo, NY"),
       Make(Category::kFamily, "Ellen"), Make(Category::kFamily, "Ellen Price"),
       Make(Category::kFamily, "Grace")});
  EXPECT_EQ(ValuesOf(exposures, Category::kLocation),
            std::vector<std::string>{"Buffalo, NY"});
  std::vector<std::string> family = ValuesOf(exposures, Category::kFamily);
  std::sort(family.begin(), family.end());
  EXPECT_EQ(family, (std::vector<std::string>{"Ellen Price", "Grace"}));
  // Whatever the accents: "Gërmia" is the "Germia Park" named elsewhere.
  EXPECT_EQ(
      ValuesOf(RankFindings({Make(Category::kRegularPlace, "Gërmia"),
                             Make(Category::kRegularPlace, "Germia Park")}),
               Category::kRegularPlace),
      std::vector<std::string>{"Germia Park"});
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(FindCombinations, QuasiIdentifiersTogether) {
  std::vector<Exposure> exposures = RankFindings(
      {Make(Category::kBirthdate, "1990-03-14"),
       Make(Category::kLocation, "62704"), Make(Category::kSex, "female"),
       Make(Category::kSchool, "Lincoln Elementary")});
  std::vector<Combination> combinations = FindCombinations(exposures);
  ASSERT_EQ(combinations.size(), 1u);
  EXPECT_EQ(combinations[0].categories,
            (std::vector<Category>{Category::kBirthdate, Category::kLocation,
                                   Category::kSex}));
  EXPECT_EQ(combinations[0].risk, 90);
  EXPECT_FALSE(combinations[0].why.empty());
}

TEST(FindCombinations, SortedByRiskAndResolvedOnesDoNotCount) {
  std::vector<Exposure> exposures = RankFindings(
      {Make(Category::kSchool, "Lincoln Elementary"),
       Make(Category::kFamily, "Grace"), Make(Category::kPhone, "+15035550142"),
       Make(Category::kAddress, "12 Elm St, Springfield")});
  std::vector<Combination> combinations = FindCombinations(exposures);
  ASSERT_EQ(combinations.size(), 2u);
  EXPECT_EQ(combinations[0].risk, 90);  // phone + address
  EXPECT_EQ(combinations[1].risk, 85);  // school + family
  for (Exposure& exposure : exposures) {
    if (exposure.category == Category::kFamily) exposure.status = "resolved";
  }
  EXPECT_EQ(FindCombinations(exposures).size(), 1u);
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

Finding Visit(const std::string& url, const std::string& posted_at) {
  Finding finding = Make(Category::kRegularPlace, "Rose City Climbing", url);
  finding.min_posts = 2;
  finding.posted_at = posted_at;
  finding.snippet = "at Rose City Climbing " + url;
  return finding;
}

TEST(RankFindings, OneVisitIsNotARegularPlace) {
  EXPECT_TRUE(
      RankFindings({Visit("http://a/1", "2026-03-02T07:10:00-08:00")}).empty());
  // The same post twice is still one visit.
  EXPECT_TRUE(RankFindings({Visit("http://a/1", "2026-03-02T07:10:00-08:00"),
                            Visit("http://a/1", "2026-03-02T07:10:00-08:00")})
                  .empty());
}

TEST(RankFindings, RepeatedVisitsShowTheirRoutine) {
  std::vector<Exposure> exposures =
      RankFindings({Visit("http://a/1", "2026-03-02T07:10:00-08:00"),
                    Visit("http://a/2", "2026-03-09T08:00:00-08:00"),
                    Visit("http://a/3", "2026-03-16T07:45:00-07:00")});
  ASSERT_EQ(exposures.size(), 1u);
  EXPECT_EQ(exposures[0].pattern, "Mondays, mornings");
  EXPECT_NE(exposures[0].why.find("Seen in 3 posts (Mondays, mornings)"),
            std::string::npos)
      << exposures[0].why;
}

TEST(RankFindings, ACueListsAPlaceFromOnePost) {
  Finding cued = Visit("http://a/1", "");
  cued.min_posts = 1;  // "every Tuesday at ..."
  EXPECT_EQ(RankFindings({cued}).size(), 1u);
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(ApplyCombinations, MembersRankHigherAndSayWhy) {
  std::vector<Exposure> exposures =
      RankFindings({Make(Category::kSchool, "Lincoln Elementary"),
                    Make(Category::kFamily, "Grace"),
                    Make(Category::kEmail, "a@example.com")});
  int family_before = 0;
  for (const Exposure& exposure : exposures) {
    if (exposure.category == Category::kFamily) family_before = exposure.risk;
  }
  ApplyCombinations(FindCombinations(exposures), &exposures);
  for (std::size_t i = 1; i < exposures.size(); ++i) {
    EXPECT_GE(exposures[i - 1].risk, exposures[i].risk);
  }
  for (const Exposure& exposure : exposures) {
    if (exposure.category == Category::kFamily) {
      EXPECT_EQ(exposure.risk, family_before + 5);
      EXPECT_NE(exposure.why.find("combination"), std::string::npos);
    }
    if (exposure.category == Category::kEmail) {
      EXPECT_EQ(exposure.why.find("combination"), std::string::npos);
    }
  }
}

TEST(RankFindings, OnlyInOldPostsRanksLower) {
  Finding recent = Make(Category::kPhone, "+15035550142");
  recent.posted_at = "2026-10-01T10:00:00Z";
  Finding old = recent;
  old.posted_at = "2019-10-01T10:00:00Z";
  int recent_risk = RankFindings({recent})[0].risk;
  int old_risk = RankFindings({old})[0].risk;
  EXPECT_EQ(old_risk, recent_risk - 8);
}

TEST(DeriveFindings, BirthdayAndStatedAgeOnADatedPageMakeADate) {
  // "El 3 de enero cumplo 68" written on 2026-11-25: 67 now, born 1959.
  Finding birthday = Make(Category::kBirthdate, "--01-03");
  birthday.written_on = "2026-11-25";
  std::vector<Finding> derived =
      DeriveFindings({birthday, Make(Category::kAge, "67")});
  ASSERT_EQ(derived.size(), 1u);
  EXPECT_EQ(derived[0].value, "1959-01-03");
  EXPECT_EQ(derived[0].rule_id, "derived.birthday_and_age");
  // A birthday still to come that year: "turning 35 on 14 December".
  birthday.value = "--12-14";
  derived = DeriveFindings({birthday, Make(Category::kAge, "34")});
  ASSERT_EQ(derived.size(), 1u);
  EXPECT_EQ(derived[0].value, "1991-12-14");
  // Without a date, with two ages, or with a birth year, none from the age.
  birthday.written_on.clear();
  EXPECT_TRUE(DeriveFindings({birthday, Make(Category::kAge, "34")}).empty());
  birthday.written_on = "2026-11-25";
  EXPECT_TRUE(DeriveFindings({birthday, Make(Category::kAge, "34"),
                              Make(Category::kAge, "59")})
                  .empty());
  derived = DeriveFindings({birthday, Make(Category::kAge, "34"),
                            Make(Category::kBirthdate, "1990")});
  ASSERT_EQ(derived.size(), 1u);
  EXPECT_EQ(derived[0].rule_id, "derived.birthday_and_year");
}

TEST(DeriveFindings, OfTwoAgesTheOneInTheBirthdaysWordsGivesTheYear) {
  // "Today I'm 29! My birthday is on 8 March" beside "my oven is 14 years
  // old", written in November 2026: born 1997.
  Finding birthday = Make(Category::kBirthdate, "--03-08");
  birthday.written_on = "2026-11-21";
  birthday.snippet = "Today I'm 29! My birthday is on 8 March, so";
  birthday.matched = "8 March";
  Finding age = Make(Category::kAge, "29");
  age.snippet = birthday.snippet;
  age.matched = "29";
  Finding oven = Make(Category::kAge, "14");
  oven.snippet = "My oven is 14 years old and still";
  oven.matched = "14";
  std::vector<Finding> derived = DeriveFindings({birthday, age, oven});
  ASSERT_EQ(derived.size(), 1u);
  EXPECT_EQ(derived[0].value, "1997-03-08");
}

}  // namespace
}  // namespace exposure
