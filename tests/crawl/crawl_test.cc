// Crawler tests against a real HTTP server on loopback.
#include "exposure/crawl.h"

#include <algorithm>
#include <string>
#include <vector>

#include "common/loopback_server.h"
#include "exposure/limits.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

using testing::LoopbackServer;

bool Requested(const LoopbackServer& server, const std::string& path) {
  std::vector<std::string> paths = server.requested_paths();
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

// The paths requested, robots.txt left out.
std::vector<std::string> PagePaths(const LoopbackServer& server) {
  std::vector<std::string> paths;
  for (const std::string& path : server.requested_paths()) {
    if (path != "/robots.txt") paths.push_back(path);
  }
  return paths;
}

CrawlOptions LoopbackOptions() {
  CrawlOptions options;
  options.allow_private_network = true;
  options.rate = 200;
  return options;
}

TEST(Crawl, FollowsTheProfilesOwnLinksButNotTheNav) {
  LoopbackServer server;
  server.ServeFolder(std::string(EXPOSURE_TEST_DATA) + "/fixtures/site");
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  ASSERT_EQ(result.targets.size(), 1u);
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  EXPECT_EQ(result.targets[0].pages, 3);
  EXPECT_EQ(result.pages.size(), 3u);
  EXPECT_TRUE(Requested(server, "/posts/market/"));
  EXPECT_TRUE(Requested(server, "/posts/move/"));
  // Linked from the nav only: another member, not the profile's.
  EXPECT_FALSE(Requested(server, "/people/ana/"));
}

TEST(Crawl, PrivateAddressesAreRefusedByDefault) {
  LoopbackServer server;
  server.Get("/", [](const httplib::Request&, httplib::Response& response) {
    response.set_content("<p>hi</p>", "text/html");
  });
  ASSERT_TRUE(server.Start());
  CrawlOptions options;  // allow_private_network = false
  CrawlResult result = Crawl({server.Url("/")}, options);
  ASSERT_EQ(result.targets.size(), 1u);
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_NE(result.targets[0].error.find("non-public address 127.0.0.1"),
            std::string::npos)
      << result.targets[0].error;
  EXPECT_TRUE(server.requested_paths().empty());  // robots.txt neither
}

TEST(Crawl, HostnameResolvingToLoopbackIsRefusedToo) {
  LoopbackServer server;
  server.Get("/", [](const httplib::Request&, httplib::Response& response) {
    response.set_content("<p>hi</p>", "text/html");
  });
  ASSERT_TRUE(server.Start());
  CrawlOptions options;
  CrawlResult result = Crawl(
      {"http://localhost:" + std::to_string(server.port()) + "/"}, options);
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_NE(result.targets[0].error.find("non-public address"),
            std::string::npos);
}

TEST(Crawl, HttpErrorFailsThatTargetAndOthersGoOn) {
  LoopbackServer server;
  server.Get("/ok", [](const httplib::Request&, httplib::Response& response) {
    response.set_content("<p>fine</p>", "text/html");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result =
      Crawl({server.Url("/missing"), server.Url("/ok")}, LoopbackOptions());
  ASSERT_EQ(result.targets.size(), 2u);
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_NE(result.targets[0].error.find("HTTP 404"), std::string::npos);
  EXPECT_EQ(result.targets[1].status, "ok");
  ASSERT_EQ(result.pages.size(), 1u);
  EXPECT_EQ(result.pages[0].body, "<p>fine</p>");
}

TEST(Crawl, UnreachableHostIsAClearFailure) {
  int port = 0;
  {
    LoopbackServer server;  // bound, then closed: nothing listens there
    ASSERT_TRUE(server.Start());
    port = server.port();
  }
  CrawlResult result = Crawl({"http://127.0.0.1:" + std::to_string(port) + "/"},
                             LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_FALSE(result.targets[0].error.empty());
}

TEST(Crawl, RedirectToAnotherSchemeIsRefused) {
  LoopbackServer server;
  server.Get("/", [](const httplib::Request&, httplib::Response& response) {
    response.set_redirect("file:///etc/passwd");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_TRUE(result.pages.empty());
}

TEST(Crawl, RedirectLoopStopsAfterTheLimit) {
  LoopbackServer server;
  server.Get("/a", [](const httplib::Request&, httplib::Response& response) {
    response.set_redirect("/b");
  });
  server.Get("/b", [](const httplib::Request&, httplib::Response& response) {
    response.set_redirect("/a");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/a")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_NE(result.targets[0].error.find("redirect loop"), std::string::npos)
      << result.targets[0].error;
  EXPECT_LE(PagePaths(server).size(), static_cast<size_t>(kMaxRedirects + 1));
}

TEST(Crawl, RedirectChainStopsAfterTheLimit) {
  LoopbackServer server;
  server.Get(R"(/hop/(\d+))",
             [](const httplib::Request& request, httplib::Response& response) {
               int next = std::stoi(request.path.substr(5)) + 1;
               response.set_redirect("/hop/" + std::to_string(next));
             });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/hop/0")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_NE(result.targets[0].error.find("redirects"), std::string::npos)
      << result.targets[0].error;
  EXPECT_EQ(PagePaths(server).size(), static_cast<size_t>(kMaxRedirects + 1));
}

TEST(Crawl, HugeBodyIsCutAtTheLimit) {
  LoopbackServer server;
  server.Get("/", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string(kMaxPageBytes + 4096, 'a'), "text/html");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  ASSERT_EQ(result.pages.size(), 1u);
  EXPECT_TRUE(result.pages[0].truncated);
  EXPECT_EQ(result.pages[0].body.size(), kMaxPageBytes);
  EXPECT_EQ(result.targets[0].status, "ok");
}

TEST(Crawl, BinaryContentIsSkippedNotParsed) {
  LoopbackServer server;
  server.Get("/", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string("\x89PNG\r\n\x1a\n", 8), "image/png");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_TRUE(result.pages.empty());
  EXPECT_EQ(result.targets[0].status, "failed");
}

TEST(Crawl, MaxPagesIsHonoured) {
  LoopbackServer server;
  server.ServeFolder(std::string(EXPOSURE_TEST_DATA) + "/fixtures/site");
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  options.max_pages = 1;
  CrawlResult result = Crawl({server.Url("/")}, options);
  EXPECT_EQ(result.pages.size(), 1u);
  EXPECT_EQ(PagePaths(server), std::vector<std::string>{"/"});
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(Crawl, PagesCanBeHandedOverAsTheyArrive) {
  testing::LoopbackServer server;
  server.ServeFolder(std::string(EXPOSURE_TEST_DATA) + "/fixtures/site");
  ASSERT_TRUE(server.Start());
  CrawlOptions options;
  options.allow_private_network = true;
  options.rate = 200;
  std::vector<std::string> urls;
  options.on_page = [&urls](Page&& page, Document&& document) {
    EXPECT_EQ(document.url, page.url);
    urls.push_back(page.url);
  };
  CrawlResult result = Crawl({server.Url("/")}, options);
  EXPECT_TRUE(result.pages.empty());
  EXPECT_EQ(result.targets[0].pages, 3);
  std::sort(urls.begin(), urls.end());
  EXPECT_EQ(urls, (std::vector<std::string>{server.Url("/"),
                                            server.Url("/posts/market/"),
                                            server.Url("/posts/move/")}));
}

}  // namespace
}  // namespace exposure
