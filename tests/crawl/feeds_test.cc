// Tests for the feed reader: RSS and Atom items, CDATA and entities,
// discovery from a page's head, and feed dates.
#include "crawl/feeds.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace exposure::internal {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(EXPOSURE_TEST_DATA) +
                   "/fixtures/crawl_platform/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ParseFeed, RssItemsWithCdataEntitiesAndDates) {
  std::optional<Feed> feed =
      ParseFeed(Fixture("rss_feed.xml"), "https://kettle.example/feed/");
  ASSERT_TRUE(feed.has_value());
  EXPECT_EQ(feed->title, "Kettle's blog");
  ASSERT_EQ(feed->items.size(), 2u);  // the commented-out item is not one
  const FeedItem& first = feed->items[0];
  EXPECT_EQ(first.title, "Moving day");
  EXPECT_EQ(first.link, "https://kettle.example/moving-day/");
  EXPECT_EQ(first.posted, "2025-06-10T04:00:00Z");
  // content:encoded wins over description; CDATA is taken as written.
  EXPECT_EQ(first.content,
            "<p>We moved to <em>Lakeside</em>! Text 218-555-0143 & say "
            "hi.</p><br>");
  const FeedItem& second = feed->items[1];
  EXPECT_EQ(second.link, "");  // a guid that is not a permalink
  EXPECT_EQ(second.posted, "2025-06-11T08:00:00+02:00");
  EXPECT_EQ(second.content, "<p>Escaped &amp; fine</p>");
}

TEST(ParseFeed, AtomEntriesByContentType) {
  std::optional<Feed> feed =
      ParseFeed(Fixture("atom_feed.xml"), "https://rosa.example/feed.atom");
  ASSERT_TRUE(feed.has_value());
  EXPECT_EQ(feed->title, "Rosa & the Oven");
  ASSERT_EQ(feed->items.size(), 3u);
  EXPECT_EQ(feed->items[0].title, "Orders <open>");
  EXPECT_EQ(feed->items[0].link, "https://rosa.example/posts/orders/");
  EXPECT_EQ(feed->items[0].posted, "2026-07-12T09:30:00-07:00");
  EXPECT_EQ(feed->items[0].content,
            "<p>Call (253) 555-0112 &amp; ask for Rosa</p>");
  EXPECT_EQ(feed->items[1].link, "https://rosa.example/posts/second/");
  EXPECT_EQ(feed->items[1].posted, "2026-07-14T00:00:00Z");
  // xhtml content is taken as markup, undecoded.
  EXPECT_EQ(feed->items[1].content,
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Market on "
            "<b>Saturday</b> &lt;3</p></div>");
  EXPECT_EQ(feed->items[2].link, "https://rosa.example/posts/plain/");  // id
  // Text content is escaped; the DOCTYPE's entity is never expanded.
  EXPECT_EQ(feed->items[2].content,
            "Tags like &lt;b&gt; stay text &amp; lol: &amp;lol;");
}

TEST(ParseFeed, UnclosedAndMisnestedTagsDoNotLoseItems) {
  std::optional<Feed> feed = ParseFeed(
      "<rss><channel><item><title>A</title><description><p>one<br>two"
      "</description></item><item><title>B</title></bogus></item>",
      "https://a.example/");
  ASSERT_TRUE(feed.has_value());
  ASSERT_EQ(feed->items.size(), 2u);
  EXPECT_EQ(feed->items[0].content, "<p>one<br>two");
  EXPECT_EQ(feed->items[1].title, "B");
}

TEST(ParseFeed, RejectsWhatIsNotAFeed) {
  const char* const kNotFeeds[] = {
      "", "<html><body><p>hi</p></body></html>", "plain text",
      "<?xml version=\"1.0\"?><urlset><url/></urlset>", "<<<>>>"};
  for (const char* text : kNotFeeds) {
    EXPECT_FALSE(ParseFeed(text, "https://a.example/").has_value()) << text;
  }
}

TEST(LooksLikeFeed, ByTypeOrByGenericXmlBody) {
  EXPECT_TRUE(LooksLikeFeed("application/rss+xml", ""));
  EXPECT_TRUE(LooksLikeFeed("application/atom+xml; charset=utf-8", ""));
  EXPECT_TRUE(LooksLikeFeed("text/xml", "<?xml version='1.0'?><rss>"));
  EXPECT_TRUE(LooksLikeFeed("application/xml", "<feed xmlns='...'>"));
  EXPECT_TRUE(LooksLikeFeed("", "<rdf:RDF>"));
  EXPECT_FALSE(LooksLikeFeed("text/xml", "<urlset>"));
  EXPECT_FALSE(LooksLikeFeed("text/html", "<rss>"));
  EXPECT_FALSE(LooksLikeFeed("application/json", "{\"feed\": 1}"));
}

TEST(DiscoverFeeds, AlternateRssAndAtomLinksButNotCommentFeeds) {
  std::string html =
      "<html><head>"
      "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed/\">"
      "<LINK REL='Alternate' TYPE='application/atom+xml' "
      "HREF='https://blog.example/atom.xml?a=1&amp;b=2'>"
      "<link rel=\"alternate\" type=\"application/rss+xml\" "
      "title=\"Blog &raquo; Comments Feed\" href=\"/comments/feed/\">"
      "<link rel=\"stylesheet\" type=\"text/css\" href=\"/s.css\">"
      "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed/\">"
      "<link rel=\"alternate\" type=\"application/rss+xml\" "
      "href=\"javascript:alert(1)\">"
      "</head><body>"
      "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/b\">";
  EXPECT_EQ(
      DiscoverFeeds("https://blog.example/about", html),
      (std::vector<std::string>{"https://blog.example/feed/",
                                "https://blog.example/atom.xml?a=1&b=2"}));
  EXPECT_TRUE(DiscoverFeeds("https://blog.example/", "<p>no head</p>").empty());
}

TEST(DiscoverActivityPubActors, MastodonsAlternateLink) {
  std::string html =
      "<head><link href='https://social.example/users/rosa' rel='alternate' "
      "type='application/activity+json'></head>";
  EXPECT_EQ(DiscoverActivityPubActors("https://social.example/@rosa", html),
            std::vector<std::string>{"https://social.example/users/rosa"});
}

TEST(FeedDateToRfc3339, Rfc822AndIso8601) {
  const struct {
    const char* in;
    const char* out;
  } kCases[] = {
      {"Tue, 10 Jun 2025 04:00:00 GMT", "2025-06-10T04:00:00Z"},
      {"10 Jun 25 04:00 -0700", "2025-06-10T04:00:00-07:00"},
      {"Wed, 2 Oct 2002 08:00:00 EST", "2002-10-02T08:00:00-05:00"},
      {"Wed, 02 Oct 2002 13:00:00 +0200", "2002-10-02T13:00:00+02:00"},
      {"2026-07-12T09:30:00Z", "2026-07-12T09:30:00Z"},
      {"2026-07-12T09:30:00.123+0100", "2026-07-12T09:30:00+01:00"},
      {"2026-07-12", "2026-07-12T00:00:00Z"},
      {" 2026-07-12T09:30 ", "2026-07-12T09:30:00Z"},
  };
  for (const auto& c : kCases)
    EXPECT_EQ(FeedDateToRfc3339(c.in), c.out) << c.in;
  const char* const kErrors[] = {"", "yesterday", "32 Foo 2025 10:00",
                                 "2026/07/12", "Tue, 10 Jun 2025"};
  for (const char* bad : kErrors) EXPECT_EQ(FeedDateToRfc3339(bad), "") << bad;
}

TEST(PostPageHtml, EscapesTitleAndKeepsContentAndDate) {
  std::string html =
      PostPageHtml("A & B", "<i>t</i>", "2026-07-12T09:30:00Z", "<p>x</p>");
  EXPECT_NE(html.find("<title>A &amp; B</title>"), std::string::npos);
  EXPECT_NE(html.find("<h2>&lt;i&gt;t&lt;/i&gt;</h2>"), std::string::npos);
  EXPECT_NE(html.find("<time datetime=\"2026-07-12T09:30:00Z\"></time>"),
            std::string::npos);
  EXPECT_NE(html.find("<div><p>x</p></div>"), std::string::npos);
}

}  // namespace
}  // namespace exposure::internal
