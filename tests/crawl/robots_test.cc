// Tests for the robots.txt parser and matcher (crawl/robots.h).
#include "crawl/robots.h"

#include <string>

#include "gtest/gtest.h"

namespace exposure::internal {
namespace {

TEST(RobotsPattern, WildcardsAndAnchors) {
  struct Case {
    const char* pattern;
    const char* path;
    bool matches;
  };
  const Case cases[] = {
      {"/", "/", true},
      {"/", "/anything", true},
      {"/private/", "/private/notes/", true},
      {"/private/", "/private", false},
      {"/private", "/private-ish", true},
      {"/fish", "/Fish", false},  // case-sensitive
      {"/*.php", "/index.php", true},
      {"/*.php", "/folder/a.php?x=1", true},
      {"/*.php$", "/a.php", true},
      {"/*.php$", "/a.php?x=1", false},
      {"/a$", "/a", true},
      {"/a$", "/ab", false},
      {"*/secret", "/x/y/secret/z", true},
      {"/*/edit", "/post/1/edit", true},
      {"/*/edit", "/post/1/view", false},
      {"/**a", "/bbba", true},
      {"/*?page=", "/list?page=2", true},
      {"/$", "/", true},
      {"/$", "/a", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RobotsPatternMatches(c.pattern, c.path), c.matches)
        << c.pattern << " vs " << c.path;
  }
}

TEST(RobotsRules, LongestMatchWinsAndAllowWinsTies) {
  RobotsRules rules = RobotsRules::Parse(
      "User-agent: *\n"
      "Disallow: /shop/\n"
      "Allow: /shop/public/\n"
      "Disallow: /shop/public/secret\n"
      "Allow: /tie\n"
      "Disallow: /tie\n",
      "Exposure");
  struct Case {
    const char* path;
    bool allowed;
  };
  const Case cases[] = {
      {"/", true},
      {"/shop/", false},
      {"/shop/cart", false},
      {"/shop/public/", true},
      {"/shop/public/item", true},
      {"/shop/public/secret", false},
      {"/tie", true},
      {"/robots.txt", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(rules.IsAllowed(c.path), c.allowed) << c.path;
  }
}

TEST(RobotsRules, OwnGroupReplacesTheStarGroup) {
  const char* text =
      "User-agent: *\n"
      "Disallow: /\n"
      "\n"
      "User-agent: exposure\n"  // case-insensitive
      "Disallow: /private/\n";
  RobotsRules ours = RobotsRules::Parse(text, "Exposure");
  EXPECT_TRUE(ours.IsAllowed("/posts/1/"));
  EXPECT_FALSE(ours.IsAllowed("/private/a"));
  RobotsRules other = RobotsRules::Parse(text, "OtherBot");
  EXPECT_FALSE(other.IsAllowed("/posts/1/"));
}

TEST(RobotsRules, GroupsWithSeveralAgentsAndRepeatedGroupsMerge) {
  const char* text =
      "User-agent: OtherBot\n"
      "User-agent: Exposure\n"
      "Disallow: /a/\n"
      "User-agent: Somebody\n"
      "Disallow: /b/\n"
      "User-agent: Exposure\n"
      "Disallow: /c/\n";
  RobotsRules rules = RobotsRules::Parse(text, "Exposure");
  EXPECT_FALSE(rules.IsAllowed("/a/1"));
  EXPECT_TRUE(rules.IsAllowed("/b/1"));
  EXPECT_FALSE(rules.IsAllowed("/c/1"));
}

TEST(RobotsRules, OtherAgentsGroupsDoNotApply) {
  RobotsRules rules =
      RobotsRules::Parse("User-agent: OtherBot\nDisallow: /\n", "Exposure");
  EXPECT_TRUE(rules.IsAllowed("/anything"));
}

TEST(RobotsRules, CommentsBlankLinesCaseAndJunkAreTolerated) {
  RobotsRules rules = RobotsRules::Parse(
      "\xEF\xBB\xBF# a comment\r\n"
      "USER-AGENT : *   # everyone\r\n"
      "this line has no colon\r\n"
      "Sitemap: https://a.example/sitemap.xml\r\n"
      "disallow: /private/ # keep out\r\n"
      "Disallow:\r\n"  // empty: no rule
      "Unknown-field: x\r\n",
      "Exposure");
  EXPECT_FALSE(rules.IsAllowed("/private/notes"));
  EXPECT_TRUE(rules.IsAllowed("/public"));
}

TEST(RobotsRules, CrawlDelayOfTheChosenGroup) {
  const char* text =
      "User-agent: *\nCrawl-delay: 2.5\n\n"
      "User-agent: OtherBot\nCrawl-delay: 30\n";
  EXPECT_DOUBLE_EQ(RobotsRules::Parse(text, "Exposure").crawl_delay_seconds(),
                   2.5);
  EXPECT_DOUBLE_EQ(RobotsRules::Parse(text, "OtherBot").crawl_delay_seconds(),
                   30);
  EXPECT_DOUBLE_EQ(
      RobotsRules::Parse("User-agent: *\nCrawl-delay: soon\n", "Exposure")
          .crawl_delay_seconds(),
      0);
}

TEST(RobotsRules, EmptyFileAndAllowAllAllowEverything) {
  EXPECT_TRUE(RobotsRules::Parse("", "Exposure").IsAllowed("/x"));
  EXPECT_TRUE(RobotsRules::AllowAll().IsAllowed("/x"));
}

TEST(RobotsRules, DisallowAllStillAllowsRobotsTxt) {
  RobotsRules rules = RobotsRules::DisallowAll();
  EXPECT_FALSE(rules.IsAllowed("/"));
  EXPECT_FALSE(rules.IsAllowed("/posts/1"));
  EXPECT_TRUE(rules.IsAllowed("/robots.txt"));
}

TEST(RobotsRules, RulesBeyondTheSizeLimitAreIgnored) {
  std::string text = "User-agent: *\n";
  text += std::string(kMaxRobotsBytes, '#');
  text += "\nDisallow: /\n";
  EXPECT_TRUE(RobotsRules::Parse(text, "Exposure").IsAllowed("/a"));
}

TEST(RobotsRules, HostilePatternStaysFast) {
  std::string pattern = "User-agent: *\nDisallow: /";
  for (int i = 0; i < 200; ++i) pattern += "*a";
  pattern += "b\n";
  RobotsRules rules = RobotsRules::Parse(pattern, "Exposure");
  EXPECT_TRUE(rules.IsAllowed("/" + std::string(5000, 'a')));
}

}  // namespace
}  // namespace exposure::internal
