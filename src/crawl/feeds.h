// Feeds: finding a profile's RSS/Atom feed and reading its items.
#ifndef EXPOSURE_CRAWL_FEEDS_H_
#define EXPOSURE_CRAWL_FEEDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace exposure::internal {

// Most items read from one feed; the rest are dropped (with a progress
// message naming the feed).
inline constexpr int kMaxFeedItems = 500;
// Deepest element nesting read in a feed; deeper content is skipped.
inline constexpr int kMaxFeedDepth = 64;

// One RSS <item> or Atom <entry>.
struct FeedItem {
  std::string title;    // plain text, entities decoded
  std::string link;     // absolute http(s) URL of its permalink, or ""
  std::string posted;   // RFC 3339 ("2026-07-12T09:30:00Z"), or "" if unknown
  std::string content;  // HTML (description, content:encoded, Atom content
                        // or summary; text content is escaped into HTML)
};

struct Feed {
  std::string title;  // plain text
  std::vector<FeedItem> items;
  bool items_dropped = false;  // more than kMaxFeedItems
};

// Whether a response is a feed: an RSS or Atom content type, or a generic
// XML one (application/xml, text/xml, or none) whose body starts with
// <rss, <feed or <rdf:RDF.
bool LooksLikeFeed(std::string_view content_type, std::string_view body);

// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 document; nullopt when `xml`
// is none of these. A small tag scanner, not a validating XML parser: it
// handles CDATA, comments, processing instructions, the five XML entities
// and numeric character references, and tolerates unclosed or misnested
// tags. It never expands DOCTYPE-defined entities, so entity bombs are
// inert. Links are resolved against `feed_url`. Never fails otherwise.
std::optional<Feed> ParseFeed(std::string_view xml, std::string_view feed_url);

// The RSS and Atom feeds a page announces in its <head>:
// <link rel="alternate" type="application/rss+xml|application/atom+xml"
// href="...">, resolved against `page_url`, in page order, deduplicated.
// Reads only up to <body> (or the first 256 KiB).
std::vector<std::string> DiscoverFeeds(std::string_view page_url,
                                       std::string_view html);

// The ActivityPub actors a page announces: <link rel="alternate"
// type="application/activity+json" href="..."> (Mastodon profile pages).
std::vector<std::string> DiscoverActivityPubActors(std::string_view page_url,
                                                   std::string_view html);

// A feed or ActivityPub date as RFC 3339: RFC 822 ("Tue, 10 Jun 2025
// 04:00:00 GMT", "10 Jun 25 04:00 -0700") or ISO 8601 / RFC 3339 (kept,
// "2025-06-10" completed to midnight UTC). "" when unreadable.
std::string FeedDateToRfc3339(std::string_view date);

// A small HTML page holding one post of the profile, for the document
// stage: an <article> with its title, a <time datetime> with `posted`
// (so findings carry the post's date) and `content_html` as the post's
// body. The page is the owner's: no furniture, no replies.
std::string PostPageHtml(std::string_view page_title, std::string_view title,
                         std::string_view posted,
                         std::string_view content_html);

}  // namespace exposure::internal

#endif  // EXPOSURE_CRAWL_FEEDS_H_
