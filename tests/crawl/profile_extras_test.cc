// Crawler tests for what a profile holds besides its pages, against a real
// loopback server: feeds, an ActivityPub actor and outbox, linked profiles
// (--follow-linked), conditional requests, and the progress display.
#include <algorithm>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include "common/default_rules.h"
#include "common/loopback_server.h"
#include "exposure/crawl.h"
#include "exposure/pipeline.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

using testing::LoopbackServer;

bool Requested(const LoopbackServer& server, const std::string& path) {
  std::vector<std::string> paths = server.requested_paths();
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

CrawlOptions LoopbackOptions() {
  CrawlOptions options;
  options.allow_private_network = true;
  options.rate = 200;
  return options;
}

const Exposure* Find(const Report& report, Category category,
                     const std::string& value) {
  for (const Exposure& exposure : report.exposures) {
    if (exposure.category == category && exposure.value == value) {
      return &exposure;
    }
  }
  return nullptr;
}

Report Analyze(const CrawlResult& result) {
  Report report;
  EXPECT_TRUE(AnalyzePages(result.pages, testing::DefaultRules(),
                           PipelineOptions{}, &report)
                  .ok());
  return report;
}

const Page* PageAt(const CrawlResult& result, const std::string& url) {
  for (const Page& page : result.pages) {
    if (page.url == url) return &page;
  }
  return nullptr;
}

void Html(httplib::Response& response, const std::string& body) {
  response.set_content(body, "text/html; charset=utf-8");
}

// ---------------------------------------------------------------------------
// Feeds.

TEST(CrawlFeeds, AtomEntriesAreHandedOverAndFindTheirDetails) {
  LoopbackServer server;
  server.Get("/", [](const httplib::Request&, httplib::Response& response) {
    Html(response,
         "<html><head><title>Rosa</title>"
         "<link rel='alternate' type='application/atom+xml' href='/feed.atom'>"
         "<link rel='alternate' type='application/rss+xml' "
         "title='Comments Feed' href='/comments/feed/'>"
         "</head><body><main><p>Baker in town.</p></main></body></html>");
  });
  server.Get("/feed.atom",
             [](const httplib::Request&, httplib::Response& response) {
               response.set_content(
                   "<?xml version='1.0'?><feed "
                   "xmlns='http://www.w3.org/2005/Atom'><title>Rosa</title>"
                   "<entry><title>Orders</title><link href='/posts/orders/'/>"
                   "<published>2026-07-12T09:30:00Z</published>"
                   "<content type='html'>&lt;p&gt;Cake orders: call (253) "
                   "555-0112&lt;/p&gt;</content></entry></feed>",
                   "application/atom+xml");
             });
  server.Get("/posts/orders/", [](const httplib::Request&,
                                  httplib::Response& response) {
    Html(response, "<main><article><p>Orders open.</p></article></main>");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  EXPECT_TRUE(Requested(server, "/feed.atom"));
  EXPECT_FALSE(Requested(server, "/comments/feed/"));  // others' words
  EXPECT_TRUE(Requested(server, "/posts/orders/"));    // the permalink
  EXPECT_EQ(result.targets[0].pages, 3);               // page, feed, permalink
  Report report = Analyze(result);
  const Exposure* phone = Find(report, Category::kPhone, "+12535550112");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->occurrences[0].url, server.Url("/posts/orders/"));
  EXPECT_EQ(phone->occurrences[0].posted_at, "2026-07-12T09:30:00Z");
}

TEST(CrawlFeeds, StartUrlThatIsAnRssFeedIsReadNotSkipped) {
  LoopbackServer server;
  server.Get("/feed.xml", [](const httplib::Request&,
                             httplib::Response& response) {
    response.set_content(
        "<rss><channel><title>K</title><item><title>Hi</title>"
        "<description><![CDATA[<p>Text me: 218-555-0143</p>]]></description>"
        "</item></channel></rss>",
        "text/xml");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/feed.xml")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  ASSERT_EQ(result.pages.size(), 1u);
  EXPECT_EQ(result.pages[0].url, server.Url("/feed.xml#item-1"));
  EXPECT_NE(Find(Analyze(result), Category::kPhone, "+12185550143"), nullptr);
}

TEST(CrawlFeeds, FeedsCountAgainstMaxPages) {
  LoopbackServer server;
  server.Get("/", [](const httplib::Request&, httplib::Response& response) {
    Html(response,
         "<head><link rel=alternate type=application/rss+xml href=/rss>"
         "</head><main><a href='/p/1'>one</a></main>");
  });
  server.Get("/rss", [](const httplib::Request&, httplib::Response& response) {
    response.set_content("<rss><channel></channel></rss>",
                         "application/rss+xml");
  });
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  options.max_pages = 2;
  CrawlResult result = Crawl({server.Url("/")}, options);
  EXPECT_EQ(result.targets[0].pages, 2);
  EXPECT_TRUE(Requested(server, "/rss"));  // before the posts
  EXPECT_FALSE(Requested(server, "/p/1"));
}

// ---------------------------------------------------------------------------
// ActivityPub.

// A Mastodon-like profile: HTML for browsers, the actor for
// application/activity+json, and a two-page outbox.
class MastodonLike {
 public:
  explicit MastodonLike(LoopbackServer* server) : server_(server) {
    server->Get("/@rosa", [this](const httplib::Request& request,
                                 httplib::Response& response) {
      std::string accept = request.get_header_value("Accept");
      {
        std::lock_guard<std::mutex> lock(mutex_);
        accepts_.push_back(accept);
      }
      if (accept.find("application/activity+json") == std::string::npos) {
        Html(response,
             "<html><head><title>Rosa</title></head><body><main>"
             "<div class='profile'><p>Baker.</p></div></main></body></html>");
        return;
      }
      response.set_content(
          "{\"id\": \"" + Url("/users/rosa") +
              "\", \"type\": \"Person\", \"preferredUsername\": \"rosa\","
              "\"name\": \"Rosa\", \"summary\": \"<p>Baker</p>\","
              "\"outbox\": \"" +
              Url("/users/rosa/outbox") +
              "\", \"attachment\": [{\"type\": \"PropertyValue\", \"name\": "
              "\"Location\", \"value\": \"Tacoma, WA\"}]}",
          "application/activity+json");
    });
    server->Get("/users/rosa/outbox", [this](const httplib::Request& request,
                                             httplib::Response& response) {
      bool second = request.has_param("max_id");
      std::string note =
          second ? "Old number: (253) 555-0134" : "Cake orders: (253) 555-0112";
      std::string body =
          "{\"type\": \"OrderedCollectionPage\", \"partOf\": \"" +
          Url("/users/rosa/outbox") + "\", \"orderedItems\": [" +
          "{\"type\": \"Create\", \"actor\": \"" + Url("/users/rosa") +
          "\", \"object\": {\"type\": \"Note\", \"id\": \"" +
          Url(second ? "/users/rosa/statuses/1" : "/users/rosa/statuses/2") +
          "\", \"url\": \"" + Url(second ? "/@rosa/1" : "/@rosa/2") +
          "\", \"published\": \"2026-07-12T09:30:00Z\", \"content\": \"<p>" +
          note + "</p>\"}}," + "{\"type\": \"Announce\", \"actor\": \"" +
          Url("/users/rosa") +
          "\", \"object\": {\"type\": \"Note\", \"content\": \"<p>Tom: (253) "
          "555-0177</p>\"}}]" +
          (second ? std::string()
                  : ", \"next\": \"" + Url("/users/rosa/outbox") +
                        "?max_id=1&page=true\"") +
          "}";
      response.set_content(body, "application/activity+json");
    });
  }
  std::string Url(const std::string& path) const { return server_->Url(path); }
  std::vector<std::string> accepts() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return accepts_;
  }

 private:
  LoopbackServer* server_;
  mutable std::mutex mutex_;
  std::vector<std::string> accepts_;
};

TEST(CrawlPlatformForms, ActivityPubActorAndOutboxPagesOnLoopback) {
  LoopbackServer server;
  MastodonLike mastodon(&server);
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/@rosa")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  // The page, the actor, and both outbox pages.
  EXPECT_EQ(result.targets[0].pages, 4);
  std::vector<std::string> accepts = mastodon.accepts();
  ASSERT_EQ(accepts.size(), 2u);
  EXPECT_NE(accepts[1].find("application/activity+json"), std::string::npos);
  Report report = Analyze(result);
  EXPECT_NE(Find(report, Category::kLocation, "Tacoma, WA"), nullptr);
  const Exposure* phone = Find(report, Category::kPhone, "+12535550112");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->occurrences[0].url, server.Url("/@rosa/2"));
  EXPECT_NE(Find(report, Category::kPhone, "+12535550134"), nullptr);  // page 2
  EXPECT_EQ(Find(report, Category::kPhone, "+12535550177"), nullptr);  // boost
}

TEST(CrawlPlatformForms, OutboxPagesStopAtMaxPages) {
  LoopbackServer server;
  MastodonLike mastodon(&server);
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  options.max_pages = 3;
  CrawlResult result = Crawl({server.Url("/@rosa")}, options);
  EXPECT_EQ(result.targets[0].pages, 3);
  EXPECT_EQ(Find(Analyze(result), Category::kPhone, "+12535550134"), nullptr);
}

TEST(CrawlPlatformForms, ProfileWithoutAnActorIsNotAFailure) {
  LoopbackServer server;
  server.Get("/@kettle",
             [](const httplib::Request&, httplib::Response& response) {
               Html(response, "<main><p>Just a page.</p></main>");
             });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/@kettle")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  EXPECT_EQ(result.pages.size(), 1u);
}

// ---------------------------------------------------------------------------
// Linked profiles.

class LinkedProfiles : public ::testing::Test {
 protected:
  void SetUp() override {
    linked_.Get("/me",
                [](const httplib::Request&, httplib::Response& response) {
                  Html(response,
                       "<main><p>Other profile. Phone (253) 555-0190</p>"
                       "<a href='/post'>a post</a></main>");
                });
    linked_.Get("/post",
                [](const httplib::Request&, httplib::Response& response) {
                  Html(response, "<main><p>post</p></main>");
                });
    ASSERT_TRUE(linked_.Start());
    std::string link = linked_.Url("/me");
    main_.Get("/",
              [link](const httplib::Request&, httplib::Response& response) {
                Html(response, "<main><div class='profile'><a rel='me' href='" +
                                   link + "'>elsewhere</a></div></main>");
              });
    ASSERT_TRUE(main_.Start());
  }
  LoopbackServer linked_;
  LoopbackServer main_;
};

TEST_F(LinkedProfiles, NotFollowedByDefault) {
  CrawlResult result = Crawl({main_.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].pages, 1);
  EXPECT_TRUE(linked_.requested_paths().empty());
}

TEST_F(LinkedProfiles, FollowLinkedFetchesThatPageAlone) {
  CrawlOptions options = LoopbackOptions();
  options.follow_linked = true;
  CrawlResult result = Crawl({main_.Url("/")}, options);
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  EXPECT_EQ(result.targets[0].pages, 2);
  EXPECT_TRUE(Requested(linked_, "/robots.txt"));  // same politeness
  EXPECT_TRUE(Requested(linked_, "/me"));
  EXPECT_FALSE(Requested(linked_, "/post"));  // depth 1: the page alone
  EXPECT_NE(Find(Analyze(result), Category::kPhone, "+12535550190"), nullptr);
}

TEST_F(LinkedProfiles, FollowLinkedStillRefusesPrivateAddresses) {
  CrawlOptions options;  // private addresses refused
  options.follow_linked = true;
  CrawlResult result = Crawl({main_.Url("/")}, options);
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_TRUE(linked_.requested_paths().empty());
}

// ---------------------------------------------------------------------------
// Conditional requests.

TEST(CrawlConditional, NotModifiedHandsOverTheStoredCopy) {
  LoopbackServer server;
  std::mutex mutex;
  std::vector<std::string> if_none_match;
  server.Get("/",
             [&](const httplib::Request& request, httplib::Response& response) {
               std::string tag = request.get_header_value("If-None-Match");
               {
                 std::lock_guard<std::mutex> lock(mutex);
                 if_none_match.push_back(tag);
               }
               response.set_header("ETag", "\"v1\"");
               if (tag == "\"v1\"") {
                 response.status = 304;
                 return;
               }
               Html(response, "<main><p>fresh body</p></main>");
             });
  server.Get(
      "/posts/1", [](const httplib::Request&, httplib::Response& response) {
        response.set_header("Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT");
        Html(response, "<main><p>post one</p></main>");
      });
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  std::vector<std::string> asked;
  options.cached_page =
      [&](const std::string& url) -> std::optional<CachedPage> {
    asked.push_back(url);
    if (url != server.Url("/")) return std::nullopt;
    return CachedPage{"\"v1\"", "", "text/html",
                      "<main><article><a href='/posts/1'>stored post</a>"
                      "</article></main>"};
  };
  CrawlResult result = Crawl({server.Url("/")}, options);
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  ASSERT_EQ(if_none_match.size(), 1u);
  EXPECT_EQ(if_none_match[0], "\"v1\"");
  const Page* page = PageAt(result, server.Url("/"));
  ASSERT_NE(page, nullptr);
  EXPECT_TRUE(page->not_modified);
  EXPECT_EQ(page->etag, "\"v1\"");
  EXPECT_NE(page->body.find("stored post"), std::string::npos);
  EXPECT_EQ(page->content_type, "text/html");
  // Links of the stored copy are followed as usual.
  const Page* post = PageAt(result, server.Url("/posts/1"));
  ASSERT_NE(post, nullptr);
  EXPECT_FALSE(post->not_modified);
  EXPECT_EQ(post->last_modified, "Wed, 21 Oct 2026 07:28:00 GMT");
  EXPECT_EQ(asked, (std::vector<std::string>{server.Url("/"),
                                             server.Url("/posts/1")}));
}

TEST(CrawlConditional, ChangedPageIsFetchedInFull) {
  LoopbackServer server;
  server.Get("/",
             [](const httplib::Request& request, httplib::Response& response) {
               response.set_header("ETag", "\"v2\"");
               if (request.get_header_value("If-None-Match") == "\"v2\"") {
                 response.status = 304;
                 return;
               }
               Html(response, "<main><p>new body</p></main>");
             });
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  options.cached_page = [](const std::string&) -> std::optional<CachedPage> {
    return CachedPage{"\"v1\"", "", "text/html", "<p>old body</p>"};
  };
  CrawlResult result = Crawl({server.Url("/")}, options);
  ASSERT_EQ(result.pages.size(), 1u);
  EXPECT_FALSE(result.pages[0].not_modified);
  EXPECT_EQ(result.pages[0].etag, "\"v2\"");
  EXPECT_NE(result.pages[0].body.find("new body"), std::string::npos);
}

TEST(CrawlConditional, NotModifiedWithoutAStoredCopyIsAnError) {
  LoopbackServer server;
  server.Get("/", [](const httplib::Request&, httplib::Response& response) {
    response.status = 304;
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_NE(result.targets[0].error.find("304"), std::string::npos)
      << result.targets[0].error;
}

// ---------------------------------------------------------------------------
// Progress.

TEST(CrawlProgressFormat, CountsAndRate) {
  CrawlProgress progress;
  progress.fetched = 12;
  progress.queued = 30;
  progress.failed = 1;
  progress.pages_per_second = 3.94;
  EXPECT_EQ(FormatCrawlProgress(progress),
            "12 fetched, 30 queued, 1 failed, 3.9 pages/s");
  progress.in_flight = 4;
  progress.finished = true;
  EXPECT_EQ(FormatCrawlProgress(progress),
            "12 fetched, 30 queued, 4 in flight, 1 failed, 3.9 pages/s (done)");
}

TEST(RateMeter, PagesPerSecondOverTheWindow) {
  RateMeter meter(5.0);
  EXPECT_EQ(meter.PagesPerSecond(), 0);
  meter.Add(0, 0);
  EXPECT_EQ(meter.PagesPerSecond(), 0);
  meter.Add(1, 10);
  EXPECT_DOUBLE_EQ(meter.PagesPerSecond(), 10);
  meter.Add(2, 20);
  // The window reaches back to the last sample before its start.
  meter.Add(10, 24);
  meter.Add(12, 28);
  EXPECT_DOUBLE_EQ(meter.PagesPerSecond(), 0.8);
  meter.Add(20, 36);  // slow since: the fast start is forgotten
  EXPECT_DOUBLE_EQ(meter.PagesPerSecond(), 1.0);
}

TEST(ProgressDisplay, TerminalRewritesOneLineAndKeepsMessagesAbove) {
  std::ostringstream out;
  ProgressDisplay display(&out, /*terminal=*/true);
  CrawlProgress progress;
  progress.fetched = 1;
  display.Update(progress);
  display.Message("failed http://a/b: HTTP 404");
  progress.fetched = 2;
  progress.finished = true;
  display.Update(progress);
  EXPECT_EQ(out.str(),
            "\r\033[Kexposure: 1 fetched, 0 queued, 0 failed, 0.0 pages/s"
            "\r\033[Kexposure: failed http://a/b: HTTP 404\n"
            "exposure: 1 fetched, 0 queued, 0 failed, 0.0 pages/s"
            "\r\033[Kexposure: 2 fetched, 0 queued, 0 failed, 0.0 pages/s "
            "(done)\n");
}

TEST(ProgressDisplay, LogGetsAPeriodicLine) {
  std::ostringstream out;
  ProgressDisplay display(&out, /*terminal=*/false);
  CrawlProgress progress;
  for (double t : {0.25, 0.5, 4.0, 5.5, 6.0}) {
    progress.elapsed_seconds = t;
    progress.fetched = static_cast<int>(t * 2);
    display.Update(progress);
  }
  progress.finished = true;
  display.Update(progress);
  EXPECT_EQ(out.str(),
            "exposure: 0 fetched, 0 queued, 0 failed, 0.0 pages/s\n"
            "exposure: 11 fetched, 0 queued, 0 failed, 0.0 pages/s\n"
            "exposure: 12 fetched, 0 queued, 0 failed, 0.0 pages/s (done)\n");
}

TEST(CrawlProgressReports, EndsWithAFinishedReport) {
  LoopbackServer server;
  server.ServeFolder(std::string(EXPOSURE_TEST_DATA) + "/fixtures/site");
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  options.progress_each_page = false;
  std::vector<std::string> messages;
  options.progress = [&](std::string_view message) {
    messages.emplace_back(message);
  };
  std::vector<CrawlProgress> reports;
  options.on_progress = [&](const CrawlProgress& progress) {
    reports.push_back(progress);
  };
  Crawl({server.Url("/")}, options);
  ASSERT_FALSE(reports.empty());
  EXPECT_TRUE(reports.back().finished);
  EXPECT_EQ(reports.back().fetched, 3);
  EXPECT_EQ(reports.back().queued, 0);
  for (const std::string& message : messages) {
    EXPECT_NE(message.rfind("fetched ", 0), 0u) << message;
  }
}

}  // namespace
}  // namespace exposure
