// AnalyzePages: parse and extract every page (across `jobs` threads), then
// rank all findings together.
#include "exposure/pipeline.h"

#include <atomic>
#include <thread>
#include <vector>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "exposure/document.h"

namespace exposure {

void AnalyzePages(const std::vector<Page>& pages, const RuleSet& rules,
                  const PipelineOptions& options, Report* report) {
  Extractor extractor(rules, options.extract);
  std::vector<std::vector<Finding>> per_page(pages.size());
  std::vector<std::vector<std::string>> warnings(pages.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < pages.size(); i = next++) {
      Document document = ParseDocument(pages[i]);
      per_page[i] = extractor.Extract(document);
      warnings[i] = std::move(document.warnings);
    }
  };
  int jobs = std::max(1, options.jobs);
  std::vector<std::thread> threads;
  for (int i = 1; i < jobs; ++i) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();

  std::vector<Finding> findings;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    findings.insert(findings.end(),
                    std::make_move_iterator(per_page[i].begin()),
                    std::make_move_iterator(per_page[i].end()));
    report->warnings.insert(report->warnings.end(), warnings[i].begin(),
                            warnings[i].end());
  }
  report->pages += static_cast<int>(pages.size());
  report->exposures = RankFindings(findings);
}

std::string NowRfc3339() {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", absl::Now(),
                          absl::UTCTimeZone());
}

}  // namespace exposure
