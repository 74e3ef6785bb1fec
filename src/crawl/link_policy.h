// Which links of a fetched page belong to the profile being crawled.
#ifndef EXPOSURE_CRAWL_LINK_POLICY_H_
#define EXPOSURE_CRAWL_LINK_POLICY_H_

#include <string>
#include <string_view>
#include <vector>

#include "exposure/document.h"
#include "exposure/page.h"

namespace exposure::internal {

// A link the crawler will request.
struct LinkToFollow {
  std::string url;  // absolute, fragment removed
  // A pagination hop (rel="next", "Older posts", /page/2): it does not count
  // against CrawlOptions::max_depth.
  bool pagination = false;
};

// The scope of one crawl target, fixed by its start URL. Immutable after
// construction; thread-safe.
//
// A link is followed when it is an http(s) URL on the start URL's host
// (scheme, host and port), is not another user's profile (see
// ProfileKeyOf), is not a site page (tags, search, login, settings...), and
// either sits in the owner's content of the page (Zone::kOwner) or is a
// pagination link (IsPaginationLink) in the owner's content or page
// furniture other than the site footer. Links in other people's content
// (Zone::kOthers) are never followed.
class ProfileScope {
 public:
  explicit ProfileScope(std::string_view start_url);

  // The links of `document` to follow, deduplicated, in page order.
  std::vector<LinkToFollow> LinksToFollow(const Document& document) const;

  // Whether `url` is in this scope at all: same origin as the start URL,
  // not another user's profile and not a site page.
  bool Contains(std::string_view url) const;

  // Whether a feed at `url` is the profile's own: in this scope and, when
  // the start URL is a user's profile on a shared site, that user's feed
  // ("/@rosa.rss", "/author/rosa/feed/"), not the whole site's.
  bool OwnsFeed(std::string_view url) const;

 private:
  std::string origin_;       // "http://host:port", lower case
  std::string profile_key_;  // ProfileKeyOf the start URL's path
};

// "scheme://host[:port]" of an absolute URL, lower case; "" when none.
std::string OriginOf(std::string_view url);
// The path and query of an absolute URL ("/" when empty), no fragment.
std::string PathOf(std::string_view url);

// A key naming the user whose profile `path` is under, or "" when the path
// is not profile-shaped: "/@rosa/123" -> "@rosa", "/u/kettle" -> "u/kettle",
// "/people/ana/" -> "people/ana", "/~theo/" -> "~theo", and the profile's
// feeds and JSON forms the same: "/@rosa.rss" -> "@rosa".
std::string ProfileKeyOf(std::string_view path);

// Whether `link` leads to the next page of a listing: rel="next", anchor
// text such as "Older posts", "Next", "Next page", "»" or "Siguiente", or
// a numbered page URL ("/page/2/", "?page=2").
bool IsPaginationLink(const Link& link);

}  // namespace exposure::internal

#endif  // EXPOSURE_CRAWL_LINK_POLICY_H_
