// Page: one fetched or loaded resource, the input of the document stage.
#ifndef EXPOSURE_PAGE_H_
#define EXPOSURE_PAGE_H_

#include <string>

namespace exposure {

// A resource as it arrived: from the crawler (URL) or from a local file
// (file:// URL). `body` is UTF-8 or not; the document stage copes with both.
struct Page {
  std::string url;           // final URL after redirects, or file:// path
  std::string content_type;  // "text/html", "text/plain", ... ("" = guess)
  std::string body;
  bool truncated = false;  // body was cut at kMaxPageBytes
  // HTTP validators the server sent, for conditional requests on a later
  // scan ("" when none or not fetched over HTTP).
  std::string etag;
  std::string last_modified;
  // True when the server answered 304 Not Modified to a conditional request
  // and `body` is the copy stored by an earlier scan
  // (CrawlOptions::cached_page).
  bool not_modified = false;
};

// What an earlier scan kept of a page, so that a re-scan can ask the server
// only for what changed (If-None-Match / If-Modified-Since).
struct CachedPage {
  std::string etag;
  std::string last_modified;
  std::string content_type;
  std::string body;
};

}  // namespace exposure

#endif  // EXPOSURE_PAGE_H_
