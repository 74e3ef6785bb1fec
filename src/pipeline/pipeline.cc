// AnalyzePages: parse and extract every page (across `jobs` threads), then
// rank all findings together.
#include "exposure/pipeline.h"

#include <algorithm>
#include <atomic>
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

void Finish(std::vector<std::vector<Finding>>* per_page,
            std::vector<std::vector<std::string>>* warnings, Report* report) {
  std::vector<Finding> findings;
  for (std::size_t i = 0; i < per_page->size(); ++i) {
    findings.insert(findings.end(),
                    std::make_move_iterator((*per_page)[i].begin()),
                    std::make_move_iterator((*per_page)[i].end()));
    report->warnings.insert(report->warnings.end(), (*warnings)[i].begin(),
                            (*warnings)[i].end());
  }
  report->exposures = RankFindings(findings);
  report->combinations = FindCombinations(report->exposures);
  ApplyCombinations(report->combinations, &report->exposures);
}

}  // namespace

void AnalyzePages(const std::vector<Page>& pages, const RuleSet& rules,
                  const PipelineOptions& options, Report* report) {
  Extractor extractor(rules, options.extract);
  std::vector<std::vector<Finding>> per_page(pages.size());
  std::vector<std::vector<std::string>> warnings(pages.size());
  ForEachParallel(pages.size(), options.jobs, [&](std::size_t i) {
    Document document = ParseDocument(pages[i]);
    per_page[i] = extractor.Extract(document);
    warnings[i] = std::move(document.warnings);
  });
  report->pages += static_cast<int>(pages.size());
  Finish(&per_page, &warnings, report);
}

void AnalyzeLocalFiles(const std::vector<std::string>& files,
                       const RuleSet& rules, const PipelineOptions& options,
                       Report* report, int* unreadable) {
  Extractor extractor(rules, options.extract);
  std::vector<std::vector<Finding>> per_page(files.size());
  std::vector<std::vector<std::string>> warnings(files.size());
  std::atomic<int> failed{0};
  ForEachParallel(files.size(), options.jobs, [&](std::size_t i) {
    absl::StatusOr<Page> page = ReadLocalPage(files[i]);
    if (!page.ok()) {
      warnings[i].emplace_back(page.status().message());
      ++failed;
      return;
    }
    Document document = ParseDocument(*page);
    per_page[i] = extractor.Extract(document);
    warnings[i] = std::move(document.warnings);
  });
  report->pages += static_cast<int>(files.size()) - failed.load();
  if (unreadable != nullptr) *unreadable = failed.load();
  Finish(&per_page, &warnings, report);
}

PageAnalysis::PageAnalysis(const RuleSet& rules, const PipelineOptions& options)
    : extractor_(rules, options.extract) {}

void PageAnalysis::Add(const Page& page) { Add(ParseDocument(page)); }

void PageAnalysis::Add(Document document) {
  std::vector<Finding> found = extractor_.Extract(document);
  findings_.insert(findings_.end(), std::make_move_iterator(found.begin()),
                   std::make_move_iterator(found.end()));
  warnings_.insert(warnings_.end(), document.warnings.begin(),
                   document.warnings.end());
  ++pages_;
}

void PageAnalysis::Finish(Report* report) {
  report->pages += pages_;
  report->warnings.insert(report->warnings.end(), warnings_.begin(),
                          warnings_.end());
  report->exposures = RankFindings(findings_);
  report->combinations = FindCombinations(report->exposures);
  ApplyCombinations(report->combinations, &report->exposures);
}

std::string NowRfc3339() {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", absl::Now(),
                          absl::UTCTimeZone());
}

}  // namespace exposure
