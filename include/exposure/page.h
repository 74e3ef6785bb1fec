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
};

}  // namespace exposure

#endif  // EXPOSURE_PAGE_H_
