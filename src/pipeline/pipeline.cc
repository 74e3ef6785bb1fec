// AnalyzePages: parse and extract every page (across `jobs` threads),
// merging each page's findings into the exposures as the page is done
// (ExposureAggregator orders them by page, so the result does not depend on
// which thread finished first).
#include "exposure/pipeline.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "exposure/document.h"
#include "exposure/source.h"

namespace exposure {

namespace {

// Runs `analyze(i)` for i in [0, count) on `jobs` threads.
template <typename Function>
void ForEachParallel(std::size_t count, int jobs, Function analyze) {
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) analyze(i);
  };
  std::vector<std::thread> threads;
  for (int i = 1; i < std::max(1, jobs); ++i) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
}

// Ranks what `aggregator` holds into `report`, after the pages' warnings
// in page order.
absl::Status Finish(ExposureAggregator* aggregator,
                    std::vector<std::vector<std::string>>* warnings,
                    Report* report) {
  for (std::vector<std::string>& page_warnings : *warnings) {
    report->warnings.insert(report->warnings.end(),
                            std::make_move_iterator(page_warnings.begin()),
                            std::make_move_iterator(page_warnings.end()));
  }
  return aggregator->RankInto(report);
}

// The pages of one run, merged as they complete; after the first error
// (from spilling) the remaining pages are skipped.
class Merger {
 public:
  explicit Merger(const RankOptions& options) : aggregator_(options) {}

  bool failed() const { return failed_.load(); }

  // Parses and extracts page `i` and merges its findings at once: only the
  // exposures are kept, never every page's findings.
  void AnalyzeOne(const Page& page, std::size_t i, const Extractor& extractor,
                  std::vector<std::string>* warnings) {
    if (failed()) return;
    Document document = ParseDocument(page);
    std::vector<Finding> findings = extractor.Extract(document);
    *warnings = std::move(document.warnings);
    std::lock_guard<std::mutex> lock(mutex_);
    if (!aggregator_.AddPage(static_cast<int>(i), findings).ok()) {
      failed_ = true;
    }
  }

  absl::Status Finish(std::vector<std::vector<std::string>>* warnings,
                      Report* report) {
    return exposure::Finish(&aggregator_, warnings, report);
  }

 private:
  std::mutex mutex_;
  ExposureAggregator aggregator_;
  std::atomic<bool> failed_{false};
};

}  // namespace

absl::Status AnalyzePages(const std::vector<Page>& pages, const RuleSet& rules,
                          const PipelineOptions& options, Report* report) {
  Extractor extractor(rules, options.extract);
  Merger merger(options.rank);
  std::vector<std::vector<std::string>> warnings(pages.size());
  ForEachParallel(pages.size(), options.jobs, [&](std::size_t i) {
    merger.AnalyzeOne(pages[i], i, extractor, &warnings[i]);
  });
  report->pages += static_cast<int>(pages.size());
  return merger.Finish(&warnings, report);
}

absl::Status AnalyzeLocalFiles(const std::vector<std::string>& files,
                               const RuleSet& rules,
                               const PipelineOptions& options, Report* report,
                               int* unreadable) {
  Extractor extractor(rules, options.extract);
  Merger merger(options.rank);
  std::vector<std::vector<std::string>> warnings(files.size());
  std::atomic<int> failed{0};
  ForEachParallel(files.size(), options.jobs, [&](std::size_t i) {
    if (merger.failed()) return;
    absl::StatusOr<Page> page = ReadLocalPage(files[i]);
    if (!page.ok()) {
      warnings[i].emplace_back(page.status().message());
      ++failed;
      return;
    }
    merger.AnalyzeOne(*page, i, extractor, &warnings[i]);
  });
  report->pages += static_cast<int>(files.size()) - failed.load();
  if (unreadable != nullptr) *unreadable = failed.load();
  return merger.Finish(&warnings, report);
}

PageAnalysis::PageAnalysis(const RuleSet& rules, const PipelineOptions& options)
    : extractor_(rules, options.extract), aggregator_(options.rank) {}

void PageAnalysis::Add(const Page& page) { Add(ParseDocument(page)); }

void PageAnalysis::Add(Document document) {
  if (!status_.ok()) return;
  status_ = aggregator_.AddPage(pages_, extractor_.Extract(document));
  warnings_.insert(warnings_.end(), document.warnings.begin(),
                   document.warnings.end());
  ++pages_;
}

absl::Status PageAnalysis::Finish(Report* report) {
  report->pages += pages_;
  report->warnings.insert(report->warnings.end(), warnings_.begin(),
                          warnings_.end());
  return aggregator_.RankInto(report);
}

std::string NowRfc3339() {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", absl::Now(),
                          absl::UTCTimeZone());
}

}  // namespace exposure
