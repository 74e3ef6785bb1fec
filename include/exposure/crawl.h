// Crawling: fetching a person's pages over HTTP(S) with libcurl.
//
// Crawl() fetches each start URL and the same-site links found in the
// owner's content of that page, up to CrawlOptions::max_depth levels and
// max_pages pages per target. Only http and https are fetched, at every
// redirect. Connections to loopback, private, link-local, CGNAT, multicast
// and their IPv6 equivalents are refused by the address actually connected
// to unless allow_private_network is set. No cookies are kept and no script
// is run.
#ifndef EXPOSURE_CRAWL_H_
#define EXPOSURE_CRAWL_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "exposure/page.h"
#include "exposure/rank.h"

namespace exposure {

struct CrawlOptions {
  int max_pages = 50;  // per target, including the start page
  int max_depth = 1;   // link levels followed from the start page
  double rate = 2.0;   // requests per second per host
  long connect_timeout_ms = 10000;
  long total_timeout_ms = 30000;  // per request
  bool allow_private_network = false;
  std::string proxy;  // "" = none; http://, https://, socks5h://
  std::string user_agent =
      "Exposure/0.1 (privacy self-audit; +https://example.invalid/exposure)";
  // Called for progress messages (never with found values); may be empty.
  std::function<void(std::string_view)> progress;
};

// Everything fetched for all targets.
struct CrawlResult {
  std::vector<TargetResult> targets;  // one per start URL, same order
  std::vector<Page> pages;            // every page fetched, all targets
};

// Checks that `url` is an absolute http(s) URL with a host.
// InvalidArgument naming the URL otherwise.
absl::Status ValidateStartUrl(std::string_view url);

// True when a numeric IPv4/IPv6 address is loopback, private (RFC 1918,
// fc00::/7), link-local, CGNAT (100.64/10), multicast, unspecified or
// otherwise not a public unicast address.
bool IsPrivateAddress(std::string_view ip);

// Crawls every start URL. Per-target failures (unreachable host, refused
// address, HTTP errors) are recorded in that target's result and the crawl
// goes on; this never fails as a whole.
CrawlResult Crawl(const std::vector<std::string>& start_urls,
                  const CrawlOptions& options);

}  // namespace exposure

#endif  // EXPOSURE_CRAWL_H_
