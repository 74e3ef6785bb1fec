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

// Memory budgets of the compiled rules (RE2::Options::max_mem), most of
// each for the DFA states RE2 caches while matching. A DFA keeps the states
// it builds until its share of the budget is full, then drops them all and
// starts again, so over a long scan the caches grow to these budgets and no
// further. Budgets that are reached early keep peak memory flat; measured
// in docs/PERFORMANCE.md ("Memory flat").
//
// Each of the prefilter's RE2::Sets (four of 53 or 54 loosened patterns
// for the 215 built-in rules). What decides the speed is whether a set's DFA
// fits its budget over a long scan: three sets of 66 in 48 MB each fitted at 16
// MiB of pages but not at 64 or 256 MiB, where the last set rebuilt its states
// all the time (1.2 s of 1.5 s for the sets at 64 MiB). Four smaller sets fit
// in 32 MB each at 256 MiB and reach it within the first pages: peak RSS is 158
// MiB at 2, 16, 64 and 256 MiB (docs/PERFORMANCE.md, "Ninth session").
inline constexpr long long kPrefilterMaxMemBytes = 32LL * 1024 * 1024;

// Each rule's RE2 (two thirds for the forward program and its DFAs, one
// third for the reverse program and its DFA). Rules run only on the blocks
// the prefilter names them for; when a DFA's share is too small for a text,
// RE2 runs its NFA for that search instead (same matches). The budget is
// what a long scan's peak memory grows by: with 8 MB the rules' DFA caches
// kept filling past 64 MiB of pages (peak RSS 170,284 KiB at 64 MiB,
// 181,792 at 256, with 270 rules), with 4 MB 169,908 and 174,580, with 2 MB
// 168,636 and 169,496, for 3.6% more instructions than 8 MB over 16 MiB
// (24.2 G against 23.4 G; docs/PERFORMANCE.md, "Thirteenth session"). The
// budget also caps
// a rule's size: the largest built-in rule has 58,555 instructions and
// compiles in it; a rule too large for it is refused when loaded ("pattern
// too large").
inline constexpr long long kRuleMaxMemBytes = 2LL * 1024 * 1024;

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
