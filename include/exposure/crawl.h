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
// Content. Bodies are decompressed by libcurl and cut at kMaxPageBytes
// (decompressed), non-text types (images, binaries) are skipped, and text
// is converted to UTF-8 from the charset of its Content-Type or
// <meta charset>.
#ifndef EXPOSURE_CRAWL_H_
#define EXPOSURE_CRAWL_H_

#include <functional>
#include <optional>
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
  // Called for progress messages (never with found values); may be empty.
  std::function<void(std::string_view)> progress;
  // When set, each page is handed over as soon as it is fetched (on the
  // crawling thread), with the Document the crawler parsed it into, instead
  // of being kept in CrawlResult::pages, so memory stays flat however long
  // the crawl and no page is parsed twice. Default empty: pages are kept.
  std::function<void(Page&&, Document&&)> on_page;
  // When set, asked for each URL before it is requested: a page an earlier
  // scan stored with an ETag or Last-Modified is requested conditionally,
  // and a 304 answer is handled as if the stored body had been sent
  // (Page::not_modified set). Called on the crawling thread.
  std::function<std::optional<CachedPage>(const std::string& url)>
      cached_page;
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
