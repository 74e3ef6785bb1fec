// Tests for RankFindings: merging, confidence, order and ids.
#include "exposure/rank.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace exposure {
namespace {

Finding MakeFinding(Category category, const std::string& value,
                    const std::string& url, double confidence,
                    Source source = Source::kPost) {
  Finding finding;
  finding.category = category;
  finding.value = value;
  finding.display = value;
  finding.url = url;
  finding.confidence = confidence;
  finding.source = source;
  finding.snippet = "… " + value + " …";
  finding.rule_id = "test";
  return finding;
}

TEST(RankFindings, MergesSameCategoryAndValue) {
  std::vector<Exposure> exposures = RankFindings({
      MakeFinding(Category::kPhone, "+15035550142", "http://a/1", 0.8),
      MakeFinding(Category::kPhone, "+15035550142", "http://a/2", 0.8),
      MakeFinding(Category::kPhone, "+15035550142", "http://a/2", 0.8),
  });
  ASSERT_EQ(exposures.size(), 1u);
  EXPECT_EQ(exposures[0].occurrences.size(), 2u);   // same url+snippet once
  EXPECT_DOUBLE_EQ(exposures[0].confidence, 0.96);  // 1 - 0.2 * 0.2
}

TEST(RankFindings, SortsByRiskWithLocatingDetailsFirst) {
  std::vector<Exposure> exposures = RankFindings({
      MakeFinding(Category::kAge, "34", "http://a/", 0.9),
      MakeFinding(Category::kEmail, "a@example.com", "http://a/", 0.9),
      MakeFinding(Category::kPhone, "+15035550142", "http://a/", 0.9),
  });
  ASSERT_EQ(exposures.size(), 3u);
  EXPECT_EQ(exposures[0].category, Category::kPhone);
  EXPECT_EQ(exposures[1].category, Category::kEmail);
  EXPECT_EQ(exposures[2].category, Category::kAge);
  for (size_t i = 1; i < exposures.size(); ++i) {
    EXPECT_GE(exposures[i - 1].risk, exposures[i].risk);
  }
}

TEST(RankFindings, EveryExposureHasRiskLevelWhyAndAdvice) {
  std::vector<Exposure> exposures = RankFindings(
      {MakeFinding(Category::kEmail, "a@example.com", "http://a/", 0.8)});
  ASSERT_EQ(exposures.size(), 1u);
  const Exposure& exposure = exposures[0];
  EXPECT_GT(exposure.risk, 0);
  EXPECT_LE(exposure.risk, 100);
  EXPECT_EQ(exposure.level, RiskLevel(exposure.risk));
  EXPECT_FALSE(exposure.why.empty());
  ASSERT_GE(exposure.advice.size(), 2u);  // its own + the safety advice
  EXPECT_FALSE(exposure.advice[0].steps.empty());
}

TEST(RankFindings, ProfileFieldsAndRepetitionRaiseRisk) {
  int post_once =
      RankFindings({MakeFinding(Category::kAge, "34", "http://a/", 0.8)})[0]
          .risk;
  int in_profile = RankFindings({MakeFinding(Category::kAge, "34", "http://a/",
                                             0.8, Source::kProfile)})[0]
                       .risk;
  int on_three_pages =
      RankFindings({MakeFinding(Category::kAge, "34", "http://a/1", 0.8),
                    MakeFinding(Category::kAge, "34", "http://a/2", 0.8),
                    MakeFinding(Category::kAge, "34", "http://a/3", 0.8)})[0]
          .risk;
  EXPECT_GT(in_profile, post_once);
  EXPECT_GT(on_three_pages, post_once);
}

TEST(ExposureId, StableAndDistinct) {
  EXPECT_EQ(ExposureId(Category::kPhone, "+15035550142"),
            ExposureId(Category::kPhone, "+15035550142"));
  EXPECT_NE(ExposureId(Category::kPhone, "+15035550142"),
            ExposureId(Category::kPhone, "+15035550143"));
  EXPECT_NE(ExposureId(Category::kAge, "34"), ExposureId(Category::kSex, "34"));
  EXPECT_EQ(ExposureId(Category::kAge, "34").size(), 16u);
  // Pinned: ids must not change between releases (re-scans compare them).
  EXPECT_EQ(ExposureId(Category::kPhone, "+15035550142"), "e1af3ec876462085");
}

TEST(RiskLevel, Boundaries) {
  EXPECT_EQ(RiskLevel(100), "critical");
  EXPECT_EQ(RiskLevel(80), "critical");
  EXPECT_EQ(RiskLevel(79), "high");
  EXPECT_EQ(RiskLevel(60), "high");
  EXPECT_EQ(RiskLevel(59), "medium");
  EXPECT_EQ(RiskLevel(35), "medium");
  EXPECT_EQ(RiskLevel(34), "low");
  EXPECT_EQ(RiskLevel(0), "low");
}

}  // namespace
}  // namespace exposure
