// Hard limits that protect Exposure from huge or hostile input.
//
// Hitting one is never silent: the stage that hits it records a warning in
// its result (see Document::warnings, CrawlResult targets, Report::warnings).
#ifndef EXPOSURE_LIMITS_H_
#define EXPOSURE_LIMITS_H_

#include <cstddef>

namespace exposure {

// Largest response body or local file read, in bytes. Larger ones are
// truncated at this size and a warning is recorded.
inline constexpr std::size_t kMaxPageBytes = 8 * 1024 * 1024;

// Deepest element nesting walked in a parsed document; deeper content is
// skipped with a warning. Also guards the recursion in the DOM walk.
inline constexpr int kMaxDomDepth = 256;

// Longest text block handed to the extractor, in bytes; longer blocks are
// split.
inline constexpr std::size_t kMaxBlockBytes = 64 * 1024;

// Longest text read as one microformats/microdata property value; longer
// elements are containers, read only as text blocks.
inline constexpr std::size_t kMaxPropertyBytes = 2048;

// Most spans one rule may report on one page before the rest are dropped
// (a page with thousands of phone-like numbers is a directory, not a
// profile).
inline constexpr int kMaxMatchesPerRulePerPage = 200;

// Most occurrences (url + snippet) kept in one exposure; the rest are only
// counted (Exposure::occurrence_count), so a detail repeated on every page
// of a large site does not hold every snippet until the report.
inline constexpr int kMaxOccurrencesPerExposure = 20;

// Memory budget of each compiled RE2 (every rule, and each of the
// prefilter's sets), most of it for the DFA states RE2 caches while
// matching. It bounds how far memory grows over a long scan: with 64 MB,
// peak RSS of `extract` grew from 142 to 221 MiB between the 64 and the
// 256 MiB benchmark corpora; with 32 MB from 135 to 177 MiB, for about 8%
// more extraction time (docs/PERFORMANCE.md).
inline constexpr long long kRuleSetMaxMemBytes = 32LL * 1024 * 1024;

// Deepest bracket nesting accepted in a JSON-LD or embedded-state script;
// deeper JSON is skipped (and counted) instead of parsed.
inline constexpr int kMaxJsonDepth = 256;

// Most JSON values visited in one script while looking for the person's
// fields, and the deepest level an embedded-state walk descends to.
inline constexpr int kMaxJsonNodes = 200000;
inline constexpr int kMaxStateWalkDepth = 32;

// Most candidate JSON texts tried in one script ("{...}" and "[...]" runs in
// a state script), and most bytes the bracket scan may read for them.
inline constexpr int kMaxJsonCandidatesPerScript = 64;
inline constexpr std::size_t kMaxJsonScanBytes = 4 * kMaxPageBytes;

// Largest single JSON value parsed from a script (parsed JSON takes ten
// times its text in memory); larger ones are skipped and counted.
inline constexpr std::size_t kMaxJsonBytes = 4 * 1024 * 1024;

// Most redirects followed for one request.
inline constexpr long kMaxRedirects = 5;

}  // namespace exposure

#endif  // EXPOSURE_LIMITS_H_
