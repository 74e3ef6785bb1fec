// Tests for what the crawler counts as the profile's (crawl/link_policy.h).
#include "crawl/link_policy.h"

#include <string>
#include <vector>

#include "exposure/document.h"
#include "gtest/gtest.h"

namespace exposure::internal {
namespace {

TEST(CrawlLinkPolicy, ProfileKeys) {
  struct Case {
    const char* path;
    const char* key;
  };
  const Case cases[] = {
      {"/@rosa", "@rosa"},
      {"/@Rosa/123?x=1", "@rosa"},
      {"/u/quietkettle/", "u/quietkettle"},
      {"/user/kettle/comments", "user/kettle"},
      {"/people/ana/", "people/ana"},
      {"/~theo/", "~theo"},
      {"/@rosa.rss", "@rosa"},  // the profile's own feed
      {"/@rosa.json", "@rosa"},
      {"/@.rss", "@.rss"},
      {"/in/halvard", "in/halvard"},
      {"/memberlist.php?mode=viewprofile&u=7",
       "/memberlist.php?mode=viewprofile&u=7"},
      {"/", ""},
      {"/posts/chalk/", ""},
      {"/page/2/", ""},
      {"/users", ""},  // the member list, not a member
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ProfileKeyOf(c.path), c.key) << c.path;
  }
}

TEST(CrawlLinkPolicy, PaginationLinks) {
  struct Case {
    const char* url;
    const char* rel;
    const char* text;
    bool pagination;
  };
  const Case cases[] = {
      {"https://a.example/x", "next", "Older →", true},
      {"https://a.example/x", "prev next", "", true},
      {"https://a.example/x", "", "Older posts", true},
      {"https://a.example/x", "", "Next »", true},
      {"https://a.example/x", "", "Next page", true},
      {"https://a.example/x", "", "»", true},
      {"https://a.example/x", "", "Siguiente", true},
      {"https://a.example/page/2/", "", "2", true},
      {"https://a.example/blog?page=3", "", "3", true},
      {"https://a.example/x", "", "Next time I'll bring chalk", false},
      {"https://a.example/x", "nofollow", "About", false},
      {"https://a.example/x", "prev", "Newer posts", false},
      {"https://a.example/posts/2/", "", "Post 2", false},
  };
  for (const Case& c : cases) {
    Link link;
    link.url = c.url;
    link.rel = c.rel;
    link.text = c.text;
    EXPECT_EQ(IsPaginationLink(link), c.pagination) << c.text << " " << c.url;
  }
}

TEST(CrawlLinkPolicy, OriginAndPath) {
  EXPECT_EQ(OriginOf("HTTP://A.Example:80/x?y#z"), "http://a.example");
  EXPECT_EQ(OriginOf("https://a.example:8443/x"), "https://a.example:8443");
  EXPECT_EQ(OriginOf("https://user:pw@a.example/x"), "https://a.example");
  EXPECT_EQ(PathOf("https://a.example"), "/");
  EXPECT_EQ(PathOf("https://a.example?q=1"), "/?q=1");
  EXPECT_EQ(PathOf("https://a.example/a/b?q=1#frag"), "/a/b?q=1");
}

TEST(CrawlLinkPolicy, ScopeKeepsToTheHostAndTheProfile) {
  ProfileScope scope("https://social.example/@rosa");
  EXPECT_TRUE(scope.Contains("https://social.example/@rosa/123"));
  EXPECT_TRUE(scope.Contains("https://social.example/media/1.html"));
  EXPECT_FALSE(scope.Contains("https://social.example/@ana"));
  EXPECT_FALSE(scope.Contains("https://social.example/tags/knitting"));
  EXPECT_FALSE(scope.Contains("https://social.example/search?q=rosa"));
  EXPECT_FALSE(scope.Contains("https://other.example/@rosa"));
  EXPECT_FALSE(scope.Contains("mailto:rosa@social.example"));
}

Link MakeLink(const std::string& url, Zone zone, const std::string& text,
              const std::string& rel = "") {
  Link link;
  link.url = url;
  link.zone = zone;
  link.text = text;
  link.rel = rel;
  return link;
}

TEST(CrawlLinkPolicy, OwnFeedsOnly) {
  ProfileScope member("https://social.example/@rosa");
  EXPECT_TRUE(member.OwnsFeed("https://social.example/@rosa.rss"));
  EXPECT_TRUE(member.OwnsFeed("https://social.example/@rosa/feed.atom"));
  EXPECT_FALSE(member.OwnsFeed("https://social.example/feed/"));  // the site's
  EXPECT_FALSE(member.OwnsFeed("https://social.example/@ana.rss"));
  EXPECT_FALSE(member.OwnsFeed("https://elsewhere.example/@rosa.rss"));
  ProfileScope blog("https://blog.example/about");
  EXPECT_TRUE(blog.OwnsFeed("https://blog.example/feed/"));
  EXPECT_FALSE(blog.OwnsFeed("http://blog.example/feed/"));  // another origin
}

TEST(CrawlLinkPolicy, FollowsOwnerLinksAndPaginationButNotFooterOrOthers) {
  Document document;
  document.url = "https://blog.example/";
  Link footer_next =
      MakeLink("https://blog.example/site/next/", Zone::kFurniture, "Next");
  footer_next.in_footer = true;
  document.links = {
      MakeLink("https://blog.example/about/", Zone::kFurniture, "About"),
      MakeLink("https://blog.example/archive?page=2", Zone::kFurniture, "2"),
      MakeLink("https://blog.example/posts/a/", Zone::kOwner, "A"),
      MakeLink("https://blog.example/posts/b/#top", Zone::kOwner, "B"),
      MakeLink("https://blog.example/replies/9/", Zone::kOthers, "Next"),
      footer_next,
      MakeLink("https://elsewhere.example/", Zone::kOwner, "friend"),
      MakeLink("https://blog.example/page/2/", Zone::kOwner, "", "next"),
  };
  ProfileScope scope(document.url);
  std::vector<LinkToFollow> links = scope.LinksToFollow(document);
  std::vector<std::string> urls;
  std::vector<bool> pagination;
  for (const LinkToFollow& link : links) {
    urls.push_back(link.url);
    pagination.push_back(link.pagination);
  }
  EXPECT_EQ(urls,
            (std::vector<std::string>{"https://blog.example/archive?page=2",
                                      "https://blog.example/posts/a/",
                                      "https://blog.example/posts/b/",
                                      "https://blog.example/page/2/"}));
  EXPECT_EQ(pagination, (std::vector<bool>{true, false, false, true}));
}

}  // namespace
}  // namespace exposure::internal
