// Evaluation: scoring reports against a labelled corpus (truth.json).
// Single pages are scored by EvaluatePagesFolder, crawled sites by
// EvaluateSitesFolder.
//
// A port of tools/score.py, the corpus scorer, with exactly its matching
// rules, so that `exposure eval` and score.py print the same numbers for the
// same reports. Matching, per category (see MatchValue):
//   phone          digits equal, a leading 1 of an 11-digit number dropped
//   email, sex     equal after folding (NFKD, marks removed, lower case)
//   age            the digits, read as integers, equal
//   birthdate      equal; "--MM-DD" also matches any date ending in -MM-DD
//   address        same house number and first street word (suffixes and
//                  directions normalised: "Street" = "St", "NW" ignored)
//   location       same ZIP when both have one, else same first word of the
//                  city (state names become their codes first)
//   geotag         both coordinates within 0.001 degrees
//   linked_account same URL without scheme, "www." and trailing slashes
//   workplace, school, regular_place, family
//                  significant words (stop words dropped): one set inside
//                  the other and at least half as large, or a subset of two
//                  or more words
// Scoring one report: each `expect` entry, in truth order, takes the first
// unused exposure of its category that matches (report order); the rest are
// misses. Every `reject` entry that any exposure matches is a trap hit. An
// unused exposure matching an `optional` entry counts neither way; any other
// is a false positive.
#ifndef EXPOSURE_EVAL_H_
#define EXPOSURE_EVAL_H_

#include <array>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "exposure/category.h"
#include "exposure/crawl.h"
#include "exposure/rank.h"
#include "exposure/rules.h"

namespace exposure {

// One labelled detail of truth.json.
struct TruthItem {
  Category category = Category::kPhone;
  std::string value;  // the normalised value of DESIGN.md
  std::string why;    // why it is a trap (reject entries); "" when absent
};

// What one page or site of the corpus exposes about its person.
struct TruthEntry {
  std::vector<TruthItem> expect;    // must be reported
  std::vector<TruthItem> optional;  // may be reported; counts neither way
  std::vector<TruthItem> reject;    // traps: must not be reported
  std::string start;                // sites: path the crawl starts from
};

// A parsed truth.json: entries by kind ("pages", "sites"), then by name (the
// page file or site folder). Plain value type.
struct CorpusTruth {
  using Entries = std::map<std::string, TruthEntry, std::less<>>;
  std::map<std::string, Entries, std::less<>> kinds;

  // The entry for `name` under `kind`, or nullptr when there is none.
  const TruthEntry* Find(std::string_view kind, std::string_view name) const;
};

// Reads and checks a truth.json file. NotFound when `path` does not exist,
// PermissionDenied when it cannot be read, InvalidArgument when it is not
// JSON or not in the truth format: a category that is not one of the
// contract's, an entry whose "category" or "value" is missing or not a
// string, a "why" that is not a string, a section that is not a list. Every
// message starts with `path` and names the entry
// ("truth.json: pages.a.html.expect[2]: unknown category \"vehicle\"").
// Stricter than score.py, which skips unknown categories and reads numbers.
absl::StatusOr<CorpusTruth> LoadTruth(const std::string& path);

// As LoadTruth, for JSON text already in memory; `origin` names it in
// messages.
absl::StatusOr<CorpusTruth> ParseTruth(std::string_view json_text,
                                       std::string_view origin);

// Whether `reported` is the same detail as the labelled `truth` value under
// score.py's rule for `category` (see the top of this file). Text that a rule
// cannot read (a geotag that is not two numbers, an age without digits) does
// not match. Thread-safe.
bool MatchValue(Category category, std::string_view truth,
                std::string_view reported);

// True positives, false positives and false negatives of one category.
struct CategoryScore {
  int tp = 0;
  int fp = 0;
  int fn = 0;
};

// Counts accumulated over one or more scored reports.
struct EvalScore {
  std::array<CategoryScore, kCategoryCount> categories{};  // by Category
  int traps = 0;       // reject entries that were reported
  int trap_total = 0;  // reject entries checked
  // One line per miss, trap and extra, in score.py's order and words:
  //   "NAME: missed phone '+15035550142'"
  //   "NAME: trap phone '+18005550199' (a hotline)"
  //   "NAME: extra email 'x@example.com'"
  std::vector<std::string> details;

  CategoryScore& operator[](Category category) {
    return categories[static_cast<int>(category)];
  }
  const CategoryScore& operator[](Category category) const {
    return categories[static_cast<int>(category)];
  }

  // Adds `other`'s counts to these and appends its details.
  void Add(const EvalScore& other);
};

// The micro-averaged figures of score.py's final line.
struct ScoreSummary {
  int tp = 0;
  int fp = 0;
  int fn = 0;
  double precision = 0;  // tp / (tp + fp); 0 when nothing was reported
  double recall = 0;     // tp / (tp + fn); 0 when nothing was expected
  double f1 = 0;         // 0 when precision + recall is 0
  // The category with the lowest recall among those with expected details
  // (ties: the alphabetically first name); "-" and 0 when none had any.
  std::string worst_category = "-";
  double worst_recall = 0;
};

ScoreSummary Summarize(const EvalScore& score);

// Scores one report (its exposures in report order) against `entry`;
// `name` starts the detail lines.
EvalScore Score(const TruthEntry& entry, std::string_view name,
                const Report& report);

// Scores one report against the truth of `kind` ("pages" or "sites") and
// `name`. When truth has no such entry nothing is counted and the only
// detail is "NAME: not in truth (KIND)".
EvalScore Score(const CorpusTruth& truth, std::string_view kind,
                std::string_view name, const Report& report);

// The output of score.py for `score`: the detail lines, then the table of
// categories that had any tp, fp or fn, then the final line
//   micro P=0.xx R=0.xx F1=0.xx traps=N/M worst-recall=cat:0.xx
// Every line ends in "\n".
std::string FormatScore(const EvalScore& score);

// Scores the extractor on the single pages of a corpus folder: reads
// `corpus_dir`/truth.json and, for every name under "pages" (in name order),
// loads `corpus_dir`/pages/NAME, analyses it alone into its own Report with
// `rules` and default PipelineOptions, and scores it. Errors are LoadTruth's,
// LoadLocalPages' for a page that is missing or unreadable, and
// InvalidArgument for a truth without "pages" or a page name that leaves the
// pages folder (absolute, or with a ".." part).
absl::StatusOr<EvalScore> EvaluatePagesFolder(const std::string& corpus_dir,
                                              const RuleSet& rules);

// Scores the crawler and extractor together on the multi-page sites of a
// corpus folder: reads `corpus_dir`/truth.json and, for every name under
// "sites" (in name order), serves the folder `corpus_dir`/sites/NAME on an
// ephemeral 127.0.0.1 port (static files; a directory path serves its
// index.html; anything else is 404), crawls it from the entry's `start`
// path with `options` (allow_private_network forced on), analyses the pages
// into one Report with `rules` and default PipelineOptions, and scores it.
// Besides Score()'s details, a site adds the lines
//   "NAME: crawl STATUS: ERROR"               when its target is not "ok"
//   "NAME: requested '/PATH', which robots.txt disallows"
// for every request its own robots.txt forbids (none unless
// options.ignore_robots). Errors are LoadTruth's, InvalidArgument for a
// truth without "sites" or a site name that leaves the sites folder,
// NotFound for a site folder that does not exist, and Unavailable when no
// loopback port can be bound. Not thread-safe with respect to `options`'
// progress callback, which is called from this thread only.
absl::StatusOr<EvalScore> EvaluateSitesFolder(const std::string& corpus_dir,
                                              const RuleSet& rules,
                                              const CrawlOptions& options);

}  // namespace exposure

#endif  // EXPOSURE_EVAL_H_
