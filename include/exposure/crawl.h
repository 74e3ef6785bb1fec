// Crawling: fetching a person's pages over HTTP(S) with libcurl, politely.
//
// Crawl() fetches each start URL and the pages that belong to the same
// profile (see "What is crawled" below), all targets at once with up to
// CrawlOptions::concurrency requests in flight (libcurl's multi interface),
// each host held to CrawlOptions::rate and to its robots.txt. Only http and
// https are fetched, at every redirect. Connections to loopback, private,
// link-local, CGNAT, multicast and their IPv6 equivalents are refused by the
// address actually connected to unless allow_private_network is set. No cookies
// are kept and no script is run.
//
// What is crawled. From a fetched page the crawler follows, on the start
// URL's host only:
//   - links in the owner's content of the page (Zone::kOwner: profile, post
//     cards, main content), one depth level each, up to max_depth;
//   - pagination links (rel="next", "Older posts", "Next", "Next page",
//     "»", "Siguiente", numbered pages such as /page/2/ or ?page=2) in the
//     owner's content or in page furniture other than the site footer;
//     a pagination hop keeps the depth of the page it was found on, so the
//     posts listed on page 2, 3... are as deep as those on page 1.
// Never followed: links in nav, header, sidebar or footer (other than
// pagination), links in other people's replies, links to other users'
// profiles ("/@other", "/u/other", "/people/other/"...), site pages (tags,
// search, login, settings...) and other hosts.
//
// Politeness. robots.txt is fetched once per host (through the same safe
// path) and honoured unless ignore_robots: groups for the product token
// "Exposure" or else "*", Allow/Disallow by longest match with "*" and "$",
// and Crawl-delay (which raises the per-host interval, up to
// kMaxCrawlDelaySeconds). A robots.txt answered with 4xx allows everything;
// one that cannot be fetched (network error, 5xx) allows nothing (RFC
// 9309). Redirects are followed by the crawler itself, at most
// kMaxRedirects, each hop checked for scheme and robots.txt.
// 429 and 503 are retried after their Retry-After (seconds or HTTP date,
// at most max_retry_after_ms); other transient failures (408, 5xx,
// timeouts, resets) after an exponential back-off with jitter; at most
// max_attempts requests per URL. A host whose pages fail
// kMaxHostFailures times in a row is given up: its remaining pages are not
// requested and the target says why, while other targets go on.
//
// Feeds and machine-readable forms. The RSS and Atom feeds a profile page
// announces (<link rel="alternate" type="application/rss+xml|atom+xml">,
// same host, not a comments feed) are fetched like pages and each item
// becomes a page of its own (URL: the item's link; its date kept for the
// findings), and item permalinks on the profile's host are queued as
// posts. Profiles whose platform publishes a machine-readable form get it
// fetched too (src/crawl/platform_forms.h: an ActivityPub actor and its
// outbox pages for "/@user" URLs, GitHub's user JSON, Reddit's .json
// pages), converted into pages that hold only the owner's own profile and
// posts. Each fetched feed or form counts against max_pages; a feed or a
// guessed form that cannot be fetched is skipped (with a progress message)
// without failing the target.
//
// Linked profiles. With follow_linked, the rel="me" links of a start page
// (other profiles of the same person) are fetched too: that page alone,
// nothing it links to, under the same robots.txt, address and rate rules.
//
// Conditional requests. When cached_page returns a stored copy with an
// ETag or Last-Modified, the page is requested with If-None-Match /
// If-Modified-Since; a 304 hands over the stored body (Page::not_modified)
// and links are followed from it as from a fresh page. Every page records
// the response's ETag and Last-Modified. Feeds and platform forms, whose
// pages are converted, are always requested in full.
//
// Content. Bodies are decompressed by libcurl and cut at kMaxPageBytes
// (decompressed), non-text types (images, binaries) are skipped, and text
// is converted to UTF-8 from the charset of its Content-Type or
// <meta charset>.
#ifndef EXPOSURE_CRAWL_H_
#define EXPOSURE_CRAWL_H_

#include <deque>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "exposure/document.h"
#include "exposure/page.h"
#include "exposure/rank.h"

namespace exposure {

// A crawl gives up on a host after this many pages in a row failed (each
// after its retries).
inline constexpr int kMaxHostFailures = 3;

// Most requests in flight to one host at a time. Each starts no sooner than
// its slot in the host's schedule (one per 1/rate seconds); a start that
// runs slightly late keeps the schedule, so any second holds at most
// rate + 1 requests.
inline constexpr int kMaxRequestsInFlightPerHost = 4;

// Largest robots.txt Crawl-delay honoured, in seconds; a larger one is
// capped (with a progress message) so that a scan still ends.
inline constexpr double kMaxCrawlDelaySeconds = 60;

// Most rel="me" profiles followed from one target (follow_linked).
inline constexpr int kMaxLinkedProfiles = 10;

// Least time between two CrawlOptions::on_progress calls.
inline constexpr double kProgressIntervalSeconds = 0.25;

// Where a crawl stands, for a progress display (never found values).
struct CrawlProgress {
  int fetched = 0;    // pages fetched, all targets
  int queued = 0;     // waiting to be requested
  int in_flight = 0;  // requested, not answered yet
  int failed = 0;     // given up (after retries)
  double elapsed_seconds = 0;
  double pages_per_second = 0;  // over the last few seconds (RateMeter)
  bool finished = false;        // the last call
};

struct CrawlOptions {
  int max_pages = 50;  // per target, including the start page
  // Owner-content link levels followed from the start page (profile ->
  // post -> what the post links to). Pagination hops do not count.
  int max_depth = 2;
  double rate = 2.0;    // requests per second per host
  int concurrency = 8;  // requests in flight in total, across all hosts
  long connect_timeout_ms = 10000;
  long total_timeout_ms = 30000;  // per request

  // Politeness and retries.
  bool ignore_robots = false;  // true: robots.txt is not fetched (warned)
  std::string robots_token = "Exposure";  // product token for robots.txt
  int max_attempts = 3;                   // requests per URL, retries included
  long max_retry_after_ms = 30000;        // cap on a server's Retry-After
  long retry_base_delay_ms = 500;  // back-off: base * 2^(attempt-1), +-50%

  bool allow_private_network = false;
  std::string proxy;  // "" = none; http://, https://, socks5h://
  std::string user_agent =
      "Exposure/0.1 (privacy self-audit; +https://example.invalid/exposure)";
  // Also fetch each start page's rel="me" profiles (that page alone, at
  // most kMaxLinkedProfiles per target). Default false: they are only
  // reported, as linked_account.
  bool follow_linked = false;
  // Called for progress messages (never with found values); may be empty.
  std::function<void(std::string_view)> progress;
  // Whether `progress` also gets one "fetched URL" message per page.
  // Default true; a display that shows CrawlProgress can turn it off.
  bool progress_each_page = true;
  // Called with counts and rate at most every kProgressIntervalSeconds while
  // the crawl runs, and once at its end (finished set); may be empty.
  std::function<void(const CrawlProgress&)> on_progress;
  // When set, each page is handed over as soon as it is fetched (on the
  // crawling thread), with the Document the crawler parsed it into, instead
  // of being kept in CrawlResult::pages, so memory stays flat however long
  // the crawl and no page is parsed twice. Default empty: pages are kept.
  std::function<void(Page&&, Document&&)> on_page;
  // When set, asked for each URL before it is requested: a page an earlier
  // scan stored with an ETag or Last-Modified is requested conditionally,
  // and a 304 answer is handled as if the stored body had been sent
  // (Page::not_modified set). Called on the crawling thread.
  std::function<std::optional<CachedPage>(const std::string& url)> cached_page;
};

// Everything fetched for all targets.
struct CrawlResult {
  std::vector<TargetResult> targets;  // one per start URL, same order
  std::vector<Page> pages;            // every page fetched, all targets, in the
                                      // order they arrived
};

// Checks that `url` is an absolute http(s) URL with a host.
// InvalidArgument naming the URL otherwise.
absl::Status ValidateStartUrl(std::string_view url);

// True when a numeric IPv4/IPv6 address is loopback, private (RFC 1918,
// fc00::/7), link-local, CGNAT (100.64/10), multicast, unspecified or
// otherwise not a public unicast address.
bool IsPrivateAddress(std::string_view ip);

// Pages per second over a sliding window, fed with (time, pages fetched so
// far) samples in time order. Pure: time is given, never read.
class RateMeter {
 public:
  explicit RateMeter(double window_seconds = 5.0) : window_(window_seconds) {}
  void Add(double seconds, int fetched);
  double PagesPerSecond() const;

 private:
  double window_;
  std::deque<std::pair<double, int>> samples_;
};

// "12 fetched, 30 queued, 1 failed, 3.9 pages/s": one progress line.
std::string FormatCrawlProgress(const CrawlProgress& progress);

// Shows crawl progress on a stream (standard error). On a terminal, one
// status line rewritten in place ("\r", erase to the end of the line),
// with messages printed above it; elsewhere, messages as lines and the
// status as a line of its own every kProgressLineSeconds of the crawl and
// at its end. Not thread-safe: call from the crawling thread.
class ProgressDisplay {
 public:
  static constexpr double kProgressLineSeconds = 5.0;
  ProgressDisplay(std::ostream* out, bool terminal)
      : out_(out), terminal_(terminal) {}
  void Message(std::string_view message);
  void Update(const CrawlProgress& progress);

 private:
  std::ostream* out_;
  bool terminal_;
  std::string status_;  // the status line shown, "" when none
  double next_line_at_ = 0;
};

// Crawls every start URL. Per-target failures (invalid URL, unreachable
// host, refused address, robots.txt disallowing the start page or not
// fetchable, HTTP errors after retries, a host given up) are recorded in
// that target's result with a message naming the URL, and the crawl goes on;
// this never fails as a whole. Runs on the calling thread (libcurl's multi
// interface, no threads of its own) and calls options.progress there.
// Blocks for as long as the rate limits, Crawl-delay and Retry-After ask.
CrawlResult Crawl(const std::vector<std::string>& start_urls,
                  const CrawlOptions& options);

}  // namespace exposure

#endif  // EXPOSURE_CRAWL_H_
