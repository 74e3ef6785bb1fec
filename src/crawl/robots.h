// robots.txt (RFC 9309): parsing one file into the rules for one crawler.
#ifndef EXPOSURE_CRAWL_ROBOTS_H_
#define EXPOSURE_CRAWL_ROBOTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace exposure::internal {

// The Allow/Disallow rules and Crawl-delay that one robots.txt sets for one
// product token. Plain value type; const methods are thread-safe.
//
// Group selection follows RFC 9309: every group whose User-agent equals the
// token (case-insensitive) applies, merged; when there is none, every "*"
// group applies; when there is none either, everything is allowed. Among the
// rules of the chosen groups the longest matching pattern wins, and Allow
// wins a tie. Patterns match from the start of the path (with its query);
// "*" matches any run of characters and a final "$" anchors the end.
// "/robots.txt" itself is always allowed. Unknown lines and lines without a
// colon are ignored; only the first kMaxRobotsBytes of a file are read.
class RobotsRules {
 public:
  // Everything allowed: no robots.txt, or one answered with a 4xx status.
  static RobotsRules AllowAll() { return RobotsRules(); }
  // Nothing allowed: robots.txt unreachable or answered with a 5xx status.
  static RobotsRules DisallowAll();
  // The rules `text` sets for `product_token` (e.g. "Exposure").
  static RobotsRules Parse(std::string_view text,
                           std::string_view product_token);

  // Whether `path` (starting with "/", query included) may be fetched.
  bool IsAllowed(std::string_view path) const;
  // Crawl-delay of the chosen groups in seconds; 0 when none is set.
  double crawl_delay_seconds() const { return crawl_delay_seconds_; }

 private:
  struct Rule {
    std::string pattern;
    bool allow = false;
  };
  std::vector<Rule> rules_;
  double crawl_delay_seconds_ = 0;
};

// Most bytes of a robots.txt that are parsed (RFC 9309 asks for at least
// 500 KiB); the rest is ignored.
inline constexpr std::size_t kMaxRobotsBytes = 512 * 1024;

// Whether robots.txt `pattern` matches the start of `path` ("*" any run,
// final "$" the end). Exposed for tests.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace exposure::internal

#endif  // EXPOSURE_CRAWL_ROBOTS_H_
