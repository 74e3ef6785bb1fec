// Tests for RankFindings: merging, confidence, order and ids.
#include "exposure/rank.h"

#include <string>
#include <vector>

#include "exposure/limits.h"
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

// A detail seen in more places than kMaxOccurrencesPerExposure keeps the
// first ones, in input order, and counts them all; the page count in the
// risk is the true one.
TEST(RankFindings, BoundsOccurrencesAndCountsThemAll) {
  std::vector<Finding> findings;
  const int kPlaces = kMaxOccurrencesPerExposure + 15;
  for (int i = 0; i < kPlaces; ++i) {
    Finding finding =
        MakeFinding(Category::kPhone, "+15035550142",
                    "http://a/" + std::to_string(i % 25), 0.6, Source::kPost);
    finding.snippet = "call me on 503 555 0142 #" + std::to_string(i);
    findings.push_back(finding);
    findings.push_back(finding);  // same url + snippet: one place
  }
  std::vector<Exposure> exposures = RankFindings(findings);
  ASSERT_EQ(exposures.size(), 1u);
  const Exposure& exposure = exposures[0];
  ASSERT_EQ(exposure.occurrences.size(),
            static_cast<std::size_t>(kMaxOccurrencesPerExposure));
  EXPECT_EQ(exposure.occurrence_count, kPlaces);
  EXPECT_EQ(exposure.page_count, 25);
  for (int i = 0; i < kMaxOccurrencesPerExposure; ++i) {
    EXPECT_EQ(exposure.occurrences[i].snippet,
              "call me on 503 555 0142 #" + std::to_string(i));
  }
  EXPECT_NE(exposure.why.find("on 24 more pages"), std::string::npos)
      << exposure.why;
}

TEST(RankFindings, FewOccurrencesAreAllKeptAndCounted) {
  std::vector<Exposure> exposures = RankFindings({
      MakeFinding(Category::kEmail, "a@example.com", "http://a/1", 0.8),
      MakeFinding(Category::kEmail, "a@example.com", "http://a/2", 0.8),
  });
  ASSERT_EQ(exposures.size(), 1u);
  EXPECT_EQ(exposures[0].occurrences.size(), 2u);
  EXPECT_EQ(exposures[0].occurrence_count, 2);
  EXPECT_EQ(exposures[0].page_count, 2);
}

// Findings of several pages merged page by page, in any order of the
// calls, rank exactly as all of them at once: values merged into longer
// ones, details derived from addresses, occurrence order and display.
TEST(ExposureAggregator, PageByPageEqualsRankFindings) {
  std::vector<std::vector<Finding>> pages(3);
  pages[0].push_back(
      MakeFinding(Category::kLocation, "Buffalo", "http://a/0", 0.7));
  pages[0].push_back(MakeFinding(
      Category::kAddress, "12 Elm St, Buffalo, NY 14201", "http://a/0", 0.9));
  pages[1].push_back(
      MakeFinding(Category::kLocation, "Buffalo, NY", "http://a/1", 0.8));
  pages[1].push_back(
      MakeFinding(Category::kPhone, "+17165550142", "http://a/1", 0.9));
  pages[2].push_back(
      MakeFinding(Category::kPhone, "+17165550142", "http://a/2", 0.7));
  pages[2].push_back(
      MakeFinding(Category::kLocation, "Buffalo", "http://a/2", 0.6));
  std::vector<Finding> all;
  for (const auto& page : pages)
    all.insert(all.end(), page.begin(), page.end());
  std::vector<Exposure> batch = RankFindings(all);

  ExposureAggregator aggregator;
  for (int page : {2, 0, 1}) {
    ASSERT_TRUE(aggregator.AddPage(page, pages[page]).ok());
  }
  std::vector<Exposure> streamed = *aggregator.Rank();

  ASSERT_EQ(streamed.size(), batch.size());
  ASSERT_FALSE(batch.empty());
  for (std::size_t i = 0; i < batch.size(); ++i) {
    EXPECT_EQ(streamed[i].id, batch[i].id);
    EXPECT_EQ(streamed[i].display, batch[i].display);
    EXPECT_EQ(streamed[i].risk, batch[i].risk);
    EXPECT_EQ(streamed[i].confidence, batch[i].confidence);
    EXPECT_EQ(streamed[i].why, batch[i].why);
    EXPECT_EQ(streamed[i].occurrence_count, batch[i].occurrence_count);
    ASSERT_EQ(streamed[i].occurrences.size(), batch[i].occurrences.size());
    for (std::size_t j = 0; j < batch[i].occurrences.size(); ++j) {
      EXPECT_EQ(streamed[i].occurrences[j].url, batch[i].occurrences[j].url);
      EXPECT_EQ(streamed[i].occurrences[j].rule_id,
                batch[i].occurrences[j].rule_id);
    }
  }
  // "Buffalo" merged into "Buffalo, NY", with the derived city, three pages.
  bool found = false;
  for (const Exposure& exposure : batch) {
    if (exposure.category != Category::kLocation) continue;
    found = true;
    EXPECT_EQ(exposure.value, "Buffalo, NY");
    EXPECT_EQ(exposure.page_count, 3);
  }
  EXPECT_TRUE(found);
}

TEST(ExposureAggregator, RankEmptiesIt) {
  ExposureAggregator aggregator;
  ASSERT_TRUE(aggregator
                  .AddPage(0, {MakeFinding(Category::kEmail, "a@example.com",
                                           "http://a/", 0.8)})
                  .ok());
  EXPECT_EQ(aggregator.Rank()->size(), 1u);
  EXPECT_TRUE(aggregator.Rank()->empty());
}

}  // namespace
}  // namespace exposure
