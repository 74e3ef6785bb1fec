// Tests for PostDateNear, NewestDateOn, CopyrightDateOn and
// ResolveRelativeBirthday: a post's date from its <time datetime> or its
// written date, the page's newest date and copyright year, and birthdays
// counted from a post's date.
#include "extract/post_dates.h"

#include <optional>
#include <string>

#include "gtest/gtest.h"

namespace exposure {
namespace {

Document WithBlocks(std::initializer_list<std::string> texts,
                    std::string region = "") {
  Document document;
  document.region = std::move(region);
  for (const std::string& text : texts) {
    TextBlock block;
    block.text = text;
    document.blocks.push_back(std::move(block));
  }
  return document;
}

std::string MonthDay(const std::optional<PostDate>& date) {
  if (!date) return "none";
  return std::to_string(date->month) + "/" + std::to_string(date->day);
}

TEST(PostDateNear, DatetimeFirst) {
  Document document = WithBlocks({"Turned 44 yesterday, Oct 19, 2026"});
  document.blocks[0].posted_at = "2026-07-12T09:30:00-07:00";
  EXPECT_EQ(MonthDay(PostDateNear(document, 0)), "7/12");
}

TEST(PostDateNear, WrittenDatesInTheBlockOrAround) {
  EXPECT_EQ(MonthDay(PostDateNear(
                WithBlocks({"Oct 19, 2026 · Turned 44 yesterday"}), 0)),
            "10/19");
  // The header block before the post, the nearest date in it.
  EXPECT_EQ(
      MonthDay(PostDateNear(WithBlocks({"Joined Mar 2012", "Posted 9 Aug 2026",
                                        "Birthday present to myself"}),
                            2)),
      "8/9");
  // A date printed under the post.
  EXPECT_EQ(
      MonthDay(PostDateNear(
          WithBlocks({"officially 23 as of yesterday", "Nov 15, 2026"}), 0)),
      "11/15");
  // Spanish: day first, by the page's country, and written months.
  EXPECT_EQ(
      MonthDay(PostDateNear(
          WithBlocks({"ikertxo 09/04/2026 23:41 MAÑANA CUMPLO 25"}, "ES"), 0)),
      "4/9");
  EXPECT_EQ(MonthDay(PostDateNear(
                WithBlocks({"Publicado: dom 22 nov 2026, 19:05"}, "ES"), 0)),
            "11/22");
  EXPECT_EQ(MonthDay(PostDateNear(WithBlocks({"No date here at all"}), 0)),
            "none");
}

TEST(ResolveRelativeBirthday, CountsFromThePost) {
  const PostDate october_19{2026, 10, 19};
  EXPECT_EQ(ResolveRelativeBirthday("rel:-1", october_19), "--10-18");
  EXPECT_EQ(ResolveRelativeBirthday("rel:0", october_19), "--10-19");
  EXPECT_EQ(ResolveRelativeBirthday("rel:1", PostDate{2026, 12, 31}),
            "--01-01");
  // "turned 38 on the 2nd" (post of Aug 9), "on the 25th" (a month back).
  EXPECT_EQ(ResolveRelativeBirthday("past:2", PostDate{2026, 8, 9}), "--08-02");
  EXPECT_EQ(ResolveRelativeBirthday("past:25", PostDate{2026, 8, 9}),
            "--07-25");
  // "I turn 40 on the 14th" (post of Nov 2), "on the 1st" (next month).
  EXPECT_EQ(ResolveRelativeBirthday("next:14", PostDate{0, 11, 2}), "--11-14");
  EXPECT_EQ(ResolveRelativeBirthday("next:1", PostDate{0, 11, 2}), "--12-01");
  EXPECT_EQ(ResolveRelativeBirthday("next:31", PostDate{0, 11, 2}),
            std::nullopt);
  EXPECT_EQ(ResolveRelativeBirthday("rel:5", october_19), std::nullopt);
  // "my birthday was on Monday" under a review of Thursday 22 October 2026;
  // a Monday post's "Monday" is the week before; no year, no weekday.
  EXPECT_EQ(ResolveRelativeBirthday("weekday:1", PostDate{2026, 10, 22}),
            "--10-19");
  EXPECT_EQ(ResolveRelativeBirthday("weekday:1", october_19), "--10-12");
  EXPECT_EQ(ResolveRelativeBirthday("weekday:1", PostDate{0, 10, 22}),
            std::nullopt);
  EXPECT_TRUE(IsRelativeBirthday("weekday:7"));
  EXPECT_FALSE(IsRelativeBirthday("--10-19"));
}

TEST(NewestDateOn, NewestFullDateNotAfterToday) {
  Document document =
      WithBlocks({"Posted Oct 19, 2026 by Ana", "Reply · Nov 18, 2026",
                  "Next jam: Sat Mar 20, 2027", "Nov 30"});
  std::optional<PostDate> newest = NewestDateOn(document, {2026, 11, 27});
  ASSERT_TRUE(newest.has_value());
  EXPECT_EQ(newest->year, 2026);
  EXPECT_EQ(MonthDay(newest), "11/18");
  EXPECT_FALSE(NewestDateOn(WithBlocks({"Next jam: Mar 20, 2027", "Nov 30"}),
                            {2026, 11, 27})
                   .has_value());
}

TEST(CopyrightDateOn, TheEndOfTheNewestCopyrightYear) {
  // A past year ends on Dec 31; this year is today.
  std::optional<PostDate> date = CopyrightDateOn(
      WithBlocks({"© 2011–2025 Kit Vault · Terms"}), {2026, 11, 27});
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->year, 2025);
  EXPECT_EQ(MonthDay(date), "12/31");
  date =
      CopyrightDateOn(WithBlocks({"Copyright 2026 Loro Ride"}), {2026, 11, 27});
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(MonthDay(date), "11/27");
  // No copyright line, or only a year to come: no date.
  EXPECT_FALSE(
      CopyrightDateOn(WithBlocks({"Born 1986, moved in 2011"}), {2026, 11, 27})
          .has_value());
  EXPECT_FALSE(CopyrightDateOn(WithBlocks({"© 2027 Future Co"}), {2026, 11, 27})
                   .has_value());
}

}  // namespace
}  // namespace exposure
