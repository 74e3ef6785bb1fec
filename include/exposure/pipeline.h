// Pipeline: pages in, ranked report out (document → extract → rank).
#ifndef EXPOSURE_PIPELINE_H_
#define EXPOSURE_PIPELINE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "exposure/extract.h"
#include "exposure/page.h"
#include "exposure/rank.h"
#include "exposure/rules.h"

namespace exposure {

struct PipelineOptions {
  ExtractOptions extract;
  int jobs = 1;  // threads parsing and extracting pages; default 1
  // Where the exposures are kept while they are merged and ranked; by
  // default in memory. With rank.spill_threshold_bytes set, a large report
  // ends in `Report::spilled` (read it with ForEachExposure or render it).
  RankOptions rank;
};

// Parses and extracts every page, merging each page's findings into the
// exposures as it completes (the same result as RankFindings over all
// findings in page order), into `report->exposures` (or
// `report->spilled`), `report->combinations` and `report->pages`;
// `report`'s scan fields (targets, times, case) are the caller's. Document
// warnings are appended to `report->warnings`. Fails only when spilling
// fails (ExposureAggregator's errors: the temporary database's folder
// cannot be written, the disk is full); the report is then incomplete and
// must not be used.
absl::Status AnalyzePages(const std::vector<Page>& pages, const RuleSet& rules,
                          const PipelineOptions& options, Report* report);

// As AnalyzePages, for local files read one at a time by the worker
// threads, so memory stays flat however many files there are. A file that
// cannot be read is skipped with a warning naming it and counted in
// `*unreadable`. Stops at the first error, as AnalyzePages fails.
absl::Status AnalyzeLocalFiles(const std::vector<std::string>& files,
                               const RuleSet& rules,
                               const PipelineOptions& options, Report* report,
                               int* unreadable);

// Findings gathered page by page, for a crawl that hands pages over as they
// arrive (CrawlOptions::on_page): each page is parsed, extracted and merged
// into the exposures at once and then dropped, so memory grows with the
// distinct details found, not with what is fetched (and stays flat with
// options.rank.spill_threshold_bytes). Use from one thread; Finish() once.
// An error while spilling stops the merging; Finish() returns it.
class PageAnalysis {
 public:
  PageAnalysis(const RuleSet& rules, const PipelineOptions& options);

  void Add(const Page& page);
  // As Add, for a page already parsed into `document`.
  void Add(Document document);

  // Ranks everything found into `report` (exposures, combinations) and
  // adds the page count and document warnings. Errors as AnalyzePages.
  absl::Status Finish(Report* report);

 private:
  Extractor extractor_;
  ExposureAggregator aggregator_;
  std::vector<std::string> warnings_;
  int pages_ = 0;
  absl::Status status_;  // the aggregator's first error
};

// Current time as RFC 3339 UTC ("2026-11-26T01:33:33Z").
std::string NowRfc3339();

}  // namespace exposure

#endif  // EXPOSURE_PIPELINE_H_
