// Tests for the spill database's encodings of a Tally and an Exposure.
#include "rank/serialize.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace exposure::rank_internal {
namespace {

Tally SomeTally() {
  Tally tally;
  tally.first = ~0ULL - 5;  // above 2^63: derived findings' sequences
  tally.display = "Blue Door Gym, Zürich";
  tally.source = Source::kImage;
  tally.posts_needed = 2;
  tally.in_profile = true;
  tally.undated = false;
  tally.latest = absl::CivilDay(2026, 3, 14);
  tally.pages["https://a.example/1"] = {0.75, 42, {"2026-03-14", ""}};
  tally.pages["https://a.example/2"] = {0.5, 7, {}};
  tally.times = {"2026-03-14T07:10", "2026-03-21T07:05"};
  tally.places = {1, 0xffffffffffffffffULL, 12345678901234ULL};
  tally.kept.push_back({9,
                        {"https://a.example/1", Source::kPost, "snip",
                         "Blue Door", "place.gym", "2026-03-14T07:10:00Z"}});
  return tally;
}

TEST(EncodeTally, RoundTrips) {
  Tally tally = SomeTally();
  std::string data;
  EncodeTally(tally, &data);
  Tally read;
  ASSERT_TRUE(DecodeTally(data, &read));
  EXPECT_EQ(read.first, tally.first);
  EXPECT_EQ(read.display, tally.display);
  EXPECT_EQ(read.source, tally.source);
  EXPECT_EQ(read.posts_needed, tally.posts_needed);
  EXPECT_EQ(read.in_profile, tally.in_profile);
  EXPECT_EQ(read.undated, tally.undated);
  EXPECT_EQ(read.latest, tally.latest);
  ASSERT_EQ(read.pages.size(), 2u);
  EXPECT_EQ(read.pages["https://a.example/1"].best, 0.75);
  EXPECT_EQ(read.pages["https://a.example/1"].first, 42u);
  EXPECT_EQ(read.pages["https://a.example/1"].days,
            tally.pages["https://a.example/1"].days);
  EXPECT_EQ(read.times, tally.times);
  EXPECT_EQ(read.places, tally.places);
  ASSERT_EQ(read.kept.size(), 1u);
  EXPECT_EQ(read.kept[0].sequence, 9u);
  EXPECT_EQ(read.kept[0].occurrence.snippet, "snip");
  EXPECT_EQ(read.kept[0].occurrence.posted_at, "2026-03-14T07:10:00Z");
}

TEST(EncodeTally, EmptyTallyRoundTrips) {
  std::string data;
  EncodeTally(Tally(), &data);
  Tally read = SomeTally();
  ASSERT_TRUE(DecodeTally(data, &read));
  EXPECT_FALSE(read.latest.has_value());
  EXPECT_TRUE(read.pages.empty());
  EXPECT_TRUE(read.kept.empty());
  EXPECT_EQ(read.first, ~0ULL);
}

TEST(DecodeTally, RejectsTruncatedAndTrailingData) {
  std::string data;
  EncodeTally(SomeTally(), &data);
  for (std::size_t size = 0; size < data.size(); ++size) {
    Tally read;
    EXPECT_FALSE(DecodeTally(data.substr(0, size), &read)) << size;
  }
  Tally read;
  EXPECT_FALSE(DecodeTally(data + "x", &read));
}

TEST(EncodeExposure, RoundTripsAllButAdvice) {
  Exposure exposure;
  exposure.id = "0123456789abcdef";
  exposure.category = Category::kLiveLocation;
  exposure.value = "at the gym";
  exposure.display = "At the gym";
  exposure.risk = 77;
  exposure.level = "high";
  exposure.confidence = 0.93;
  exposure.why = "Found in a post.";
  exposure.pattern = "Tuesdays, mornings";
  exposure.occurrences.push_back(
      {"https://a/", Source::kMeta, "s", "m", "r", ""});
  exposure.occurrence_count = 57;
  exposure.page_count = 41;
  exposure.status = "new";
  exposure.last_seen = "2026-11-26T01:00:00Z";
  exposure.known = true;
  std::string data;
  EncodeExposure(exposure, {"github", "mastodon"}, &data);
  Exposure read;
  std::vector<std::string> platforms = {"stale"};
  ASSERT_TRUE(DecodeExposure(data, &read, &platforms));
  EXPECT_EQ(read.id, exposure.id);
  EXPECT_EQ(read.category, exposure.category);
  EXPECT_EQ(read.value, exposure.value);
  EXPECT_EQ(read.display, exposure.display);
  EXPECT_EQ(read.risk, 77);
  EXPECT_EQ(read.level, "high");
  EXPECT_EQ(read.confidence, 0.93);
  EXPECT_EQ(read.why, exposure.why);
  EXPECT_EQ(read.pattern, exposure.pattern);
  ASSERT_EQ(read.occurrences.size(), 1u);
  EXPECT_EQ(read.occurrences[0].source, Source::kMeta);
  EXPECT_EQ(read.occurrence_count, 57);
  EXPECT_EQ(read.page_count, 41);
  EXPECT_EQ(read.status, "new");
  EXPECT_EQ(read.last_seen, exposure.last_seen);
  EXPECT_TRUE(read.known);
  EXPECT_EQ(platforms, (std::vector<std::string>{"github", "mastodon"}));
}

TEST(DecodeExposure, RejectsDamagedData) {
  Exposure exposure;
  exposure.value = "x";
  std::string data;
  EncodeExposure(exposure, {}, &data);
  Exposure read;
  std::vector<std::string> platforms;
  for (std::size_t size = 0; size < data.size(); ++size) {
    EXPECT_FALSE(DecodeExposure(data.substr(0, size), &read, &platforms));
  }
  std::string bad_category = data;
  bad_category[1] = 99;  // after the empty id
  EXPECT_FALSE(DecodeExposure(bad_category, &read, &platforms));
}

}  // namespace
}  // namespace exposure::rank_internal
