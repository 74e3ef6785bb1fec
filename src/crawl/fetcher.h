// One HTTP request through the crawler's safe transfer settings.
#ifndef EXPOSURE_CRAWL_FETCHER_H_
#define EXPOSURE_CRAWL_FETCHER_H_

#include <curl/curl.h>

#include <memory>
#include <string>

#include "exposure/crawl.h"
#include "exposure/page.h"

namespace exposure::internal {

// The result of one request (one hop: redirects are not followed here).
struct FetchOutcome {
  bool ok = false;               // a 2xx response whose body is in `page`
  long http_status = 0;          // 0 when no response arrived
  std::string error;             // for people; never contains page content
  bool transient = false;        // worth retrying: 408, 429, 5xx (not 501/505),
                                 // timeouts, resets, empty replies
  bool refused_private = false;  // refused by the address policy
  bool robots_disallowed = false;  // not requested: robots.txt says no
  // A 3xx response's Location, resolved; "" otherwise.
  std::string redirect_url;
  // Retry-After of a 429 or 503 in seconds (from seconds or an HTTP date);
  // -1 when absent or unreadable.
  long retry_after_seconds = -1;
  // A 304 Not Modified answer to a conditional request: `ok` is set and
  // the body is empty (the crawler hands over its stored copy).
  bool not_modified = false;
  Page page;  // url, content_type, etag, last_modified; body only when ok
};

// Request headers beyond the crawler's defaults ("" = not sent).
struct RequestHeaders {
  std::string accept;             // e.g. "application/activity+json"
  std::string if_none_match;      // an ETag from an earlier scan
  std::string if_modified_since;  // a Last-Modified from an earlier scan
};

// One GET request of `url` set up with the crawler's safety settings: http
// and https only, no redirects followed (the crawler follows them itself,
// checking each hop), TLS verified, no cookies, the decompressed body cut at
// kMaxPageBytes (the transfer stops there, so a compression bomb cannot
// fill memory), connect/total/low-speed timeouts from `options`, and every
// connection refused when its address is not public unless
// options.allow_private_network (the check runs on the address actually
// connected to, after DNS).
//
// Run it with Perform(), or add handle() to a curl multi handle and call
// Finish() with the transfer's result code once it is done. `options` must
// outlive the Request. Not thread-safe; one Request per transfer.
class Request {
 public:
  Request(const std::string& url, const CrawlOptions& options,
          const RequestHeaders& headers = {});
  ~Request();
  Request(const Request&) = delete;
  Request& operator=(const Request&) = delete;

  // nullptr when libcurl could not start a transfer (Finish() says so).
  CURL* handle() const { return curl_; }
  const std::string& url() const { return url_; }

  // Runs the transfer to its end on this thread and returns Finish().
  FetchOutcome Perform();
  // The outcome of the finished transfer whose result code is `code`.
  FetchOutcome Finish(CURLcode code);

  struct State;  // shared with the libcurl callbacks

 private:
  std::string url_;
  CURL* curl_ = nullptr;
  curl_slist* headers_ = nullptr;
  std::unique_ptr<State> state_;
};

// Request(url, options).Perform().
FetchOutcome FetchOnce(const std::string& url, const CrawlOptions& options);

}  // namespace exposure::internal

#endif  // EXPOSURE_CRAWL_FETCHER_H_
