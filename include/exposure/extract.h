// Extraction: from a Document's text blocks to verified Findings.
//
// For every block the RuleSet prefilter names the rules that can match; those
// rules alone are run for spans (a Candidate); a candidate becomes a Finding
// only after its rule's validator accepts it and its context-adjusted
// confidence reaches ExtractOptions::min_confidence. Blocks that are page
// furniture or other people's words are not the person's exposure: they are
// skipped unless ExtractOptions says otherwise.
#ifndef EXPOSURE_EXTRACT_H_
#define EXPOSURE_EXTRACT_H_

#include <atomic>
#include <string>
#include <vector>

#include "exposure/category.h"
#include "exposure/document.h"
#include "exposure/rules.h"

namespace exposure {

// One verified detail at one place.
struct Finding {
  Category category = Category::kPhone;
  std::string value;    // normalised per the DESIGN.md contract
  std::string display;  // as a person would write it
  double confidence = 0;
  std::string rule_id;
  std::string url;
  Source source = Source::kPost;
  std::string snippet;    // text around the value
  std::string matched;    // the value as written in the snippet
  std::string posted_at;  // RFC 3339 when known, else ""
  int min_posts = 1;      // the rule's min_posts (see Rule)
  // A birthday ("--01-03") or birth date: the day its words were written,
  // "YYYY-MM-DD": its post's date; else, for a birthday, the page's newest
  // date (or the end of its copyright year when that is later) and, for a
  // birth date, the end of the copyright year alone. So an age the page
  // states can give a birthday's year, and a birth date the age; "" when
  // unknown. Not reported.
  std::string written_on;
};

struct ExtractOptions {
  // Findings below this confidence are dropped. Default 0.5: a rule's base
  // confidence (typically 0.6-0.95) passes unless a suppressing context word
  // (x0.3) or a weak cue pulls it under.
  double min_confidence = 0.5;
  // Also report details found in furniture and other people's replies.
  // Default false: they are not the person's exposure.
  bool include_others = false;
  // Bytes of context on each side of the value in a snippet. Default 60.
  int snippet_radius = 60;
};

// Runs a RuleSet over documents. Holds a reference to `rules`, which must
// outlive it. Const methods are safe to call from many threads.
class Extractor {
 public:
  Extractor(const RuleSet& rules, ExtractOptions options = {});

  std::vector<Finding> Extract(const Document& document) const;

  // Findings in one piece of plain text as the owner's post (used by the
  // rule examples and `exposure patterns test`); `owner_name` is the page
  // owner's name that rules with an owner_group look for ("" = unknown),
  // `region` the page's country for numbers written without one, and
  // `heading` a heading to set the text under ("" = none) and `element`
  // the element it stands in ("" = a paragraph).
  std::vector<Finding> ExtractText(const std::string& text,
                                   Source source = Source::kPost,
                                   const std::string& owner_name = "",
                                   const std::string& region = "",
                                   const std::string& heading = "",
                                   const std::string& element = "") const;

  // Number of blocks where the prefilter ran out of memory and every rule
  // was tried instead (for diagnostics).
  long prefilter_fallbacks() const { return prefilter_fallbacks_.load(); }

  // Number of times reading structured data (JSON-LD, embedded JSON state)
  // stopped at a hard limit (kMaxJsonDepth, kMaxJsonNodes, ...).
  long structured_limits_hit() const { return structured_limits_hit_.load(); }

 private:
  // Runs the rules over document.blocks[index]; `heading` is the lower-case
  // text of the nearest heading above it (Rule::after_headings).
  void ExtractBlock(const Document& document, std::size_t index,
                    std::string_view heading, std::vector<int>* match_budget,
                    std::vector<Finding>* out) const;

  const RuleSet& rules_;
  ExtractOptions options_;
  mutable std::atomic<long> prefilter_fallbacks_{0};
  mutable std::atomic<long> structured_limits_hit_{0};
};

// Checks every example of every rule in `rules`: positives must yield a
// finding with the expected value from that rule, negatives none from it.
// Returns one message per failed example, "" entries never.
std::vector<std::string> CheckRuleExamples(const RuleSet& rules);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_H_
