// Loopback tests of the crawler's politeness: robots.txt, what belongs to
// the profile, retries and content handling.
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "common/loopback_server.h"
#include "exposure/crawl.h"
#include "exposure/eval.h"
#include "exposure/limits.h"
#include "exposure/rules.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

using testing::LoopbackServer;
using Clock = std::chrono::steady_clock;

const std::string kCorpus =
    std::string(EXPOSURE_TEST_DATA) + "/fixtures/crawl_corpus";
const std::string kRosaSite = kCorpus + "/sites/rosa";

CrawlOptions LoopbackOptions() {
  CrawlOptions options;
  options.allow_private_network = true;
  options.rate = 200;
  options.retry_base_delay_ms = 10;
  return options;
}

std::set<std::string> PathSet(const LoopbackServer& server) {
  std::vector<std::string> paths = server.requested_paths();
  return std::set<std::string>(paths.begin(), paths.end());
}

bool Requested(const LoopbackServer& server, const std::string& path) {
  return PathSet(server).count(path) > 0;
}

void Html(httplib::Response& response, const std::string& body) {
  response.set_content(body, "text/html");
}

// Request times of one path, recorded by the handler.
class RequestClock {
 public:
  void Tick() {
    std::lock_guard<std::mutex> lock(mutex_);
    times_.push_back(Clock::now());
  }
  int count() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return static_cast<int>(times_.size());
  }
  // Seconds between request `i` and request `i + 1`.
  double Gap(int i) const {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::chrono::duration<double>(times_[i + 1] - times_[i]).count();
  }

 private:
  mutable std::mutex mutex_;
  std::vector<Clock::time_point> times_;
};

// --- robots.txt -------------------------------------------------------------

TEST(CrawlRobots, DisallowedLinkIsNeverRequested) {
  LoopbackServer server;
  server.Get("/robots.txt", [](const httplib::Request&, httplib::Response& r) {
    r.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
  });
  server.Get("/", [](const httplib::Request&, httplib::Response& r) {
    Html(r,
         "<main><a href='/private/notes/'>notes</a> "
         "<a href='/posts/1/'>post</a></main>");
  });
  server.Get("/posts/1/", [](const httplib::Request&, httplib::Response& r) {
    Html(r, "<main><p>post</p></main>");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  EXPECT_EQ(result.targets[0].pages, 2);
  EXPECT_EQ(PathSet(server),
            (std::set<std::string>{"/robots.txt", "/", "/posts/1/"}));
}

TEST(CrawlRobots, RobotsTxtIsFetchedOncePerHost) {
  LoopbackServer server;
  server.ServeFolder(kRosaSite);
  ASSERT_TRUE(server.Start());
  Crawl({server.Url("/@rosa/"), server.Url("/@rosa/posts/1/")},
        LoopbackOptions());
  std::vector<std::string> paths = server.requested_paths();
  EXPECT_EQ(std::count(paths.begin(), paths.end(), "/robots.txt"), 1);
}

TEST(CrawlRobots, DisallowedStartUrlFailsTheTargetClearly) {
  LoopbackServer server;
  server.ServeFolder(kRosaSite);
  ASSERT_TRUE(server.Start());
  CrawlResult result =
      Crawl({server.Url("/private/drafts/")}, LoopbackOptions());
  ASSERT_EQ(result.targets.size(), 1u);
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_NE(result.targets[0].error.find("disallowed by"), std::string::npos)
      << result.targets[0].error;
  EXPECT_NE(result.targets[0].error.find("robots.txt"), std::string::npos);
  EXPECT_NE(result.targets[0].error.find("--ignore-robots"), std::string::npos);
  EXPECT_EQ(PathSet(server), std::set<std::string>{"/robots.txt"});
  EXPECT_TRUE(result.pages.empty());
}

TEST(CrawlRobots, IgnoreRobotsFetchesItAnywayAndWarns) {
  LoopbackServer server;
  server.ServeFolder(kRosaSite);
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  options.ignore_robots = true;
  std::vector<std::string> messages;
  options.progress = [&messages](std::string_view message) {
    messages.emplace_back(message);
  };
  CrawlResult result = Crawl({server.Url("/private/drafts/")}, options);
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  EXPECT_FALSE(Requested(server, "/robots.txt"));
  ASSERT_FALSE(messages.empty());
  EXPECT_NE(messages[0].find("ignoring robots.txt"), std::string::npos)
      << messages[0];
}

TEST(CrawlRobots, RedirectToADisallowedPathIsNotFollowed) {
  LoopbackServer server;
  server.Get("/robots.txt", [](const httplib::Request&, httplib::Response& r) {
    r.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
  });
  server.Get("/", [](const httplib::Request&, httplib::Response& r) {
    r.set_redirect("/private/x");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_NE(result.targets[0].error.find("robots.txt disallows"),
            std::string::npos)
      << result.targets[0].error;
  EXPECT_FALSE(Requested(server, "/private/x"));
}

TEST(CrawlRobots, UnreachableRobotsTxtMeansNothingIsCrawled) {
  LoopbackServer server;
  server.Get("/robots.txt", [](const httplib::Request&, httplib::Response& r) {
    r.status = 500;
  });
  server.Get("/", [](const httplib::Request&, httplib::Response& r) {
    Html(r, "<p>hi</p>");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_NE(result.targets[0].error.find("robots.txt could not be fetched"),
            std::string::npos)
      << result.targets[0].error;
  EXPECT_FALSE(Requested(server, "/"));
}

TEST(CrawlRobots, CrawlDelayRaisesThePerHostInterval) {
  LoopbackServer server;
  RequestClock clock;
  server.Get("/robots.txt", [](const httplib::Request&, httplib::Response& r) {
    r.set_content("User-agent: *\nCrawl-delay: 1\n", "text/plain");
  });
  server.Get("/", [&clock](const httplib::Request&, httplib::Response& r) {
    clock.Tick();
    Html(r, "<main><a href='/next'>next post</a></main>");
  });
  server.Get("/next", [&clock](const httplib::Request&, httplib::Response& r) {
    clock.Tick();
    Html(r, "<main><p>second</p></main>");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].pages, 2);
  ASSERT_EQ(clock.count(), 2);
  EXPECT_GE(clock.Gap(0), 0.9);
}

// --- What belongs to the profile -------------------------------------------

TEST(CrawlProfile, RequestsExactlyTheProfilesPages) {
  LoopbackServer server;
  server.ServeFolder(kRosaSite);
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/@rosa/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  // Profile, its two pages of older posts (rel="next", then "Older posts"
  // text), and the four posts. Not: /private/ (robots.txt), /@ana/ (another
  // member, linked from the nav, the bio and comments), /about/ (nav and
  // footer) and /page/2/ (the footer's site-wide "Next").
  EXPECT_EQ(PathSet(server),
            (std::set<std::string>{"/robots.txt", "/@rosa/", "/@rosa/page/2/",
                                   "/@rosa/page/3/", "/@rosa/posts/1/",
                                   "/@rosa/posts/2/", "/@rosa/posts/3/",
                                   "/@rosa/posts/4/"}));
  EXPECT_EQ(result.targets[0].pages, 7);
}

TEST(CrawlProfile, PaginationDoesNotCountAgainstDepth) {
  LoopbackServer server;
  server.ServeFolder(kRosaSite);
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  options.max_depth = 0;
  CrawlResult result = Crawl({server.Url("/@rosa/")}, options);
  EXPECT_EQ(PathSet(server),
            (std::set<std::string>{"/robots.txt", "/@rosa/", "/@rosa/page/2/",
                                   "/@rosa/page/3/"}));
}

TEST(CrawlProfile, DefaultDepthReachesPostsListedOnLaterPages) {
  LoopbackServer server;
  server.ServeFolder(kRosaSite);
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/@rosa/")}, LoopbackOptions());
  EXPECT_TRUE(Requested(server, "/@rosa/posts/4/"));  // listed on page 3
}

// A listing page of ten post cards and a rel="next" link, whose next page
// lists two more posts.
void ServeTwoListingPages(LoopbackServer* server) {
  server->Get("/@ana/", [](const httplib::Request&, httplib::Response& r) {
    std::string html = "<main>";
    for (int i = 1; i <= 10; ++i) {
      html += "<article><a href=\"/@ana/posts/" + std::to_string(i) +
              "\">post</a></article>";
    }
    Html(r, html + "<a rel=\"next\" href=\"/@ana/page/2/\">Older</a></main>");
  });
  server->Get("/@ana/page/2/",
              [](const httplib::Request&, httplib::Response& r) {
                Html(r,
                     "<main><article><a href=\"/@ana/posts/11\">post</a>"
                     "</article><article><a href=\"/@ana/posts/12\">post"
                     "</a></article></main>");
              });
  server->Get(R"(/@ana/posts/\d+)",
              [](const httplib::Request&, httplib::Response& r) {
                Html(r, "<main><article><p>a post</p></article></main>");
              });
}

int IndexOf(const std::vector<std::string>& paths, const std::string& path) {
  auto it = std::find(paths.begin(), paths.end(), path);
  return it == paths.end() ? -1 : static_cast<int>(it - paths.begin());
}

// Queued after all ten posts, page 2 would be asked for only once they had
// been, and the host would idle for a round trip before posts 11 and 12
// were known. It goes a few places (kMaxRequestsInFlightPerHost) before the
// end of the queue instead.
TEST(CrawlProfile, NextListingPageIsRequestedBeforeTheLastPosts) {
  LoopbackServer server;
  ServeTwoListingPages(&server);
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  options.concurrency = 1;  // requests arrive in the order they start
  CrawlResult result = Crawl({server.Url("/@ana/")}, options);
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  EXPECT_EQ(result.targets[0].pages, 14);
  std::vector<std::string> paths = server.requested_paths();
  // robots.txt, the profile, posts 1 to 6, then page 2.
  EXPECT_EQ(IndexOf(paths, "/@ana/page/2/"), 8);
  EXPECT_EQ(IndexOf(paths, "/@ana/posts/6"), 7);
  EXPECT_EQ(IndexOf(paths, "/@ana/posts/7"), 9);
}

// Regression test: GCC 12's deque::insert of an empty range before the end
// emptied the URLs of the last queued pages (a post page has no pagination
// link to insert).
TEST(CrawlProfile, PagesWithoutPaginationKeepTheQueueIntact) {
  LoopbackServer server;
  ServeTwoListingPages(&server);
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/@ana/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  EXPECT_EQ(result.targets[0].pages, 14);
  std::set<std::string> paths = PathSet(server);
  for (int i = 1; i <= 12; ++i) {
    EXPECT_EQ(paths.count("/@ana/posts/" + std::to_string(i)), 1u) << i;
  }
}

// Requests start 1 / rate apart on their host's schedule: a start that was
// a little late (the loop woke late, or parsed a page) does not push back
// the host's later ones, and none starts before its slot on the schedule.
TEST(CrawlRate, CrawlTakesItsRequestsOverRate) {
  LoopbackServer server;
  ServeTwoListingPages(&server);
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  options.rate = 20;
  Clock::time_point start = Clock::now();
  CrawlResult result = Crawl({server.Url("/@ana/")}, options);
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  ASSERT_EQ(server.requested_paths().size(), 15u);  // robots.txt + 14 pages
  // The 15th request starts 14 intervals of 50 ms after the first.
  EXPECT_GE(seconds, 14 * 0.05);
  EXPECT_LT(seconds, 14 * 0.05 * 1.5);
}

// --- Retries ----------------------------------------------------------------

TEST(CrawlRetries, TooManyRequestsWaitsForRetryAfterSeconds) {
  LoopbackServer server;
  RequestClock clock;
  server.Get("/", [&clock](const httplib::Request&, httplib::Response& r) {
    clock.Tick();
    if (clock.count() == 1) {
      r.status = 429;
      r.set_header("Retry-After", "1");
      return;
    }
    Html(r, "<p>fine</p>");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  ASSERT_EQ(clock.count(), 2);
  EXPECT_GE(clock.Gap(0), 0.9);
  EXPECT_LT(clock.Gap(0), 25.0);
}

TEST(CrawlRetries, ServiceUnavailableWaitsForRetryAfterDate) {
  LoopbackServer server;
  RequestClock clock;
  server.Get("/", [&clock](const httplib::Request&, httplib::Response& r) {
    clock.Tick();
    if (clock.count() == 1) {
      std::time_t later = std::time(nullptr) + 2;
      char date[64];
      std::strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S GMT",
                    std::gmtime(&later));
      r.status = 503;
      r.set_header("Retry-After", date);
      return;
    }
    Html(r, "<p>fine</p>");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  ASSERT_EQ(clock.count(), 2);
  EXPECT_GE(clock.Gap(0), 0.5);  // one second of date granularity
}

TEST(CrawlRetries, RetryAfterIsCapped) {
  LoopbackServer server;
  RequestClock clock;
  server.Get("/", [&clock](const httplib::Request&, httplib::Response& r) {
    clock.Tick();
    if (clock.count() == 1) {
      r.status = 429;
      r.set_header("Retry-After", "3600");
      return;
    }
    Html(r, "<p>fine</p>");
  });
  ASSERT_TRUE(server.Start());
  CrawlOptions options = LoopbackOptions();
  options.max_retry_after_ms = 1000;
  CrawlResult result = Crawl({server.Url("/")}, options);
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  ASSERT_EQ(clock.count(), 2);
  EXPECT_GE(clock.Gap(0), 0.9);
  EXPECT_LT(clock.Gap(0), 60.0);
}

TEST(CrawlRetries, ServerErrorIsRetriedThenSucceeds) {
  LoopbackServer server;
  std::atomic<int> calls{0};
  server.Get("/", [&calls](const httplib::Request&, httplib::Response& r) {
    if (++calls == 1) {
      r.status = 500;
      return;
    }
    Html(r, "<p>fine</p>");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  EXPECT_EQ(calls.load(), 2);
  ASSERT_EQ(result.pages.size(), 1u);
  EXPECT_EQ(result.pages[0].body, "<p>fine</p>");
}

TEST(CrawlRetries, PersistentErrorStopsAfterMaxAttempts) {
  LoopbackServer server;
  std::atomic<int> calls{0};
  server.Get("/", [&calls](const httplib::Request&, httplib::Response& r) {
    ++calls;
    r.status = 502;
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "failed");
  EXPECT_NE(result.targets[0].error.find("HTTP 502 after 3 attempts"),
            std::string::npos)
      << result.targets[0].error;
  EXPECT_EQ(calls.load(), 3);
}

TEST(CrawlRetries, NotFoundIsNotRetried) {
  LoopbackServer server;
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/missing")}, LoopbackOptions());
  EXPECT_EQ(result.targets[0].status, "failed");
  std::vector<std::string> paths = server.requested_paths();
  EXPECT_EQ(std::count(paths.begin(), paths.end(), "/missing"), 1);
}

TEST(CrawlRetries, FailingHostIsGivenUpAndOtherTargetsGoOn) {
  LoopbackServer failing;
  std::atomic<int> post_calls{0};
  failing.Get("/", [](const httplib::Request&, httplib::Response& r) {
    std::string links;
    for (int i = 1; i <= 6; ++i) {
      links += "<a href='/posts/" + std::to_string(i) + "'>post</a> ";
    }
    Html(r, "<main>" + links + "</main>");
  });
  failing.Get(R"(/posts/\d+)",
              [&post_calls](const httplib::Request&, httplib::Response& r) {
                ++post_calls;
                r.status = 503;
              });
  LoopbackServer healthy;
  healthy.Get("/", [](const httplib::Request&, httplib::Response& r) {
    Html(r, "<p>fine</p>");
  });
  ASSERT_TRUE(failing.Start());
  ASSERT_TRUE(healthy.Start());
  CrawlResult result =
      Crawl({failing.Url("/"), healthy.Url("/")}, LoopbackOptions());
  ASSERT_EQ(result.targets.size(), 2u);
  EXPECT_EQ(result.targets[0].status, "partial");
  EXPECT_NE(result.targets[0].error.find("gave up on"), std::string::npos)
      << result.targets[0].error;
  // Three posts, three attempts each; the other three never requested.
  EXPECT_EQ(post_calls.load(), kMaxHostFailures * 3);
  EXPECT_FALSE(Requested(failing, "/posts/6"));
  EXPECT_EQ(result.targets[1].status, "ok") << result.targets[1].error;
}

// --- Concurrency
// --------------------------------------------------------------

// Host A answers only once host B has been asked for its page (or after
// 5 s): with both targets in flight at once, A never waits the 5 s.
TEST(CrawlConcurrency, HostsAreCrawledAtTheSameTime) {
  std::mutex mutex;
  std::condition_variable asked;
  bool b_asked = false;
  LoopbackServer a;
  LoopbackServer b;
  std::atomic<bool> a_saw_b{false};
  a.Get("/", [&](const httplib::Request&, httplib::Response& r) {
    std::unique_lock<std::mutex> lock(mutex);
    a_saw_b = asked.wait_for(lock, std::chrono::seconds(5),
                             [&b_asked] { return b_asked; });
    Html(r, "<p>a</p>");
  });
  b.Get("/", [&](const httplib::Request&, httplib::Response& r) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      b_asked = true;
    }
    asked.notify_all();
    Html(r, "<p>b</p>");
  });
  ASSERT_TRUE(a.Start());
  ASSERT_TRUE(b.Start());
  CrawlOptions options = LoopbackOptions();
  options.concurrency = 4;
  CrawlResult result = Crawl({a.Url("/"), b.Url("/")}, options);
  ASSERT_EQ(result.targets.size(), 2u);
  EXPECT_EQ(result.targets[0].status, "ok") << result.targets[0].error;
  EXPECT_EQ(result.targets[1].status, "ok") << result.targets[1].error;
  EXPECT_TRUE(a_saw_b.load());
}

TEST(CrawlConcurrency, ConcurrencyOneIsOneRequestAtATime) {
  std::atomic<int> in_flight{0};
  std::atomic<int> most{0};
  auto handler = [&](const httplib::Request&, httplib::Response& r) {
    int now = ++in_flight;
    int seen = most.load();
    while (now > seen && !most.compare_exchange_weak(seen, now)) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    --in_flight;
    Html(r, "<p>x</p>");
  };
  LoopbackServer a;
  LoopbackServer b;
  a.Get("/", handler);
  b.Get("/", handler);
  ASSERT_TRUE(a.Start());
  ASSERT_TRUE(b.Start());
  CrawlOptions options = LoopbackOptions();
  options.concurrency = 1;
  CrawlResult result = Crawl({a.Url("/"), b.Url("/")}, options);
  EXPECT_EQ(result.pages.size(), 2u);
  EXPECT_EQ(most.load(), 1);
}

// --- Content ----------------------------------------------------------------

std::string Gzip(std::size_t bytes, char fill) {
  z_stream stream{};
  EXPECT_EQ(
      deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY),
      Z_OK);
  std::string chunk(1 << 20, fill);
  std::string out;
  char buffer[1 << 16];
  std::size_t left = bytes;
  int flush = Z_NO_FLUSH;
  while (flush != Z_FINISH) {
    std::size_t take = std::min(left, chunk.size());
    left -= take;
    flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
    stream.next_in = reinterpret_cast<Bytef*>(chunk.data());
    stream.avail_in = static_cast<uInt>(take);
    do {
      stream.next_out = reinterpret_cast<Bytef*>(buffer);
      stream.avail_out = sizeof(buffer);
      deflate(&stream, flush);
      out.append(buffer, sizeof(buffer) - stream.avail_out);
    } while (stream.avail_out == 0);
  }
  deflateEnd(&stream);
  return out;
}

TEST(CrawlContent, GzipBombIsCutAtTheLimit) {
  // 64 MiB of text in about 64 KiB of gzip.
  const std::string bomb = Gzip(std::size_t{64} << 20, 'a');
  ASSERT_LT(bomb.size(), std::size_t{1} << 20);
  LoopbackServer server;
  server.Get("/", [&bomb](const httplib::Request&, httplib::Response& r) {
    r.set_header("Content-Encoding", "gzip");
    // A type cpp-httplib does not compress again on its own.
    r.set_content(bomb, "application/rss+xml");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  ASSERT_EQ(result.pages.size(), 1u);
  EXPECT_TRUE(result.pages[0].truncated);
  EXPECT_EQ(result.pages[0].body.size(), kMaxPageBytes);
  EXPECT_EQ(result.pages[0].body.find_first_not_of('a'), std::string::npos);
}

TEST(CrawlContent, CharsetFromContentTypeIsConvertedToUtf8) {
  LoopbackServer server;
  server.Get("/", [](const httplib::Request&, httplib::Response& r) {
    r.set_content("<p>Caf\xE9 de la Se\xF1ora</p>",
                  "text/html; charset=ISO-8859-1");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  ASSERT_EQ(result.pages.size(), 1u);
  EXPECT_EQ(result.pages[0].body, "<p>Caf\xC3\xA9 de la Se\xC3\xB1ora</p>");
}

TEST(CrawlContent, MetaCharsetIsConvertedToUtf8) {
  LoopbackServer server;
  server.Get("/", [](const httplib::Request&, httplib::Response& r) {
    // "Привет" in windows-1251.
    r.set_content(
        "<html><head><meta charset=\"windows-1251\"></head>"
        "<body><p>\xCF\xF0\xE8\xE2\xE5\xF2</p></body></html>",
        "text/html");
  });
  ASSERT_TRUE(server.Start());
  CrawlResult result = Crawl({server.Url("/")}, LoopbackOptions());
  ASSERT_EQ(result.pages.size(), 1u);
  EXPECT_NE(result.pages[0].body.find(
                "<p>\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82</p>"),
            std::string::npos)
      << result.pages[0].body;
}

// --- Sites evaluation
// ---------------------------------------------------------

TEST(CrawlSitesEval, FixtureCorpusIsFoundWithoutTrapsOrDisallowedRequests) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder.AddDefaults().ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok()) << rules.status();
  CrawlOptions options;
  options.rate = 200;
  absl::StatusOr<EvalScore> score =
      EvaluateSitesFolder(kCorpus, *rules, options);
  ASSERT_TRUE(score.ok()) << score.status();
  for (const std::string& detail : score->details) {
    EXPECT_EQ(detail.find("crawl "), std::string::npos) << detail;
    EXPECT_EQ(detail.find("robots.txt disallows"), std::string::npos) << detail;
  }
  EXPECT_EQ(score->trap_total, 4);
  EXPECT_EQ(score->traps, 0) << FormatScore(*score);
  EXPECT_EQ((*score)[Category::kEmail].tp, 1) << FormatScore(*score);
  EXPECT_EQ((*score)[Category::kGeotag].tp, 1) << FormatScore(*score);
}

// Writes `truth` as truth.json of a fresh corpus folder and returns it.
std::string CorpusWithTruth(const std::string& name, const std::string& truth) {
  std::filesystem::path folder =
      std::filesystem::path(::testing::TempDir()) / name;
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "truth.json") << truth;
  return folder.string();
}

TEST(CrawlSitesEval, BadCorporaAreClearErrors) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder.AddDefaults().ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok());
  struct Case {
    const char* name;
    const char* truth;
    absl::StatusCode code;
  };
  const Case cases[] = {
      {"no_sites", R"({"pages": {}})", absl::StatusCode::kInvalidArgument},
      {"escaping", R"({"sites": {"../x": {"expect": []}}})",
       absl::StatusCode::kInvalidArgument},
      {"missing_folder", R"({"sites": {"gone": {"expect": []}}})",
       absl::StatusCode::kNotFound},
  };
  for (const Case& c : cases) {
    absl::StatusOr<EvalScore> score = EvaluateSitesFolder(
        CorpusWithTruth(c.name, c.truth), *rules, CrawlOptions{});
    EXPECT_EQ(score.status().code(), c.code) << c.name << score.status();
  }
}

}  // namespace
}  // namespace exposure
