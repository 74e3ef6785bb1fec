// ScanCase and DiffScans: a case's re-scan from crawl to stored history.
//
// Extraction runs here rather than through PageAnalysis because known
// identifiers change findings before they are ranked: a finding whose
// match key hashes to a stored identifier gets confidence 1.0, so it ranks
// at the top of its category, and its exposure is flagged known.
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "common/strings.h"
#include "exposure/pipeline.h"
#include "exposure/store.h"

namespace exposure {
namespace {

// Sets confidence 1.0 on each finding that matches a known identifier and
// returns the exposure ids of those findings.
std::set<std::string> MarkKnown(const std::vector<std::string>& hashes,
                                const IdentifierKey& key,
                                std::vector<Finding>* findings) {
  std::set<std::string> known_hashes(hashes.begin(), hashes.end());
  std::set<std::string> ids;
  for (Finding& finding : *findings) {
    for (const std::string& match_key : FindingMatchKeys(finding)) {
      if (known_hashes.count(key.Hash(match_key)) > 0) {
        finding.confidence = 1.0;
        ids.insert(ExposureId(finding.category, finding.value));
        break;
      }
    }
  }
  return ids;
}

}  // namespace

absl::StatusOr<CaseScanResult> ScanCase(Store* store, const Case& scan_case,
                                        const RuleSet& rules,
                                        const CaseScanOptions& options) {
  absl::StatusOr<CaseLock> lock = CaseLock::Acquire(store->path(), scan_case);
  if (!lock.ok()) return lock.status();
  if (scan_case.targets.empty()) {
    return absl::FailedPreconditionError(
        StrCat("case '", scan_case.name,
               "' has no targets; add some with 'exposure case add-target'"));
  }
  absl::StatusOr<std::vector<std::string>> hashes =
      store->IdentifierHashes(scan_case.id);
  if (!hashes.ok()) return hashes.status();

  CaseScanResult result;
  Report& report = result.report;
  report.case_name = scan_case.name;
  report.started_at = NowRfc3339();
  if (!hashes->empty() && options.key == nullptr) {
    report.warnings.push_back(
        "known identifiers were not matched: the identifier key is missing");
  }

  Extractor extractor(rules, options.extract);
  std::vector<Finding> findings;
  std::vector<PageCacheEntry> cache;
  CrawlOptions crawl = options.crawl;
  int64_t case_id = scan_case.id;
  crawl.cached_page = [store, case_id](const std::string& url) {
    absl::StatusOr<std::optional<CachedPage>> cached =
        store->GetCachedPage(case_id, url);
    return cached.ok() ? *std::move(cached) : std::optional<CachedPage>();
  };
  crawl.on_page = [&](Page&& page, Document&& document) {
    std::vector<Finding> found = extractor.Extract(document);
    findings.insert(findings.end(), std::make_move_iterator(found.begin()),
                    std::make_move_iterator(found.end()));
    report.warnings.insert(report.warnings.end(), document.warnings.begin(),
                           document.warnings.end());
    ++report.pages;
    // A 304 page is already stored as it is.
    if (!page.truncated && !page.not_modified &&
        (!page.etag.empty() || !page.last_modified.empty())) {
      PageCacheEntry entry;
      entry.url = page.url;
      entry.page.etag = std::move(page.etag);
      entry.page.last_modified = std::move(page.last_modified);
      entry.page.content_type = std::move(page.content_type);
      entry.page.body = std::move(page.body);
      cache.push_back(std::move(entry));
    }
  };
  CrawlResult crawled = Crawl(scan_case.targets, crawl);
  report.targets = std::move(crawled.targets);
  // A crawler that keeps pages instead of handing them over.
  for (Page& page : crawled.pages) {
    Document document = ParseDocument(page);
    crawl.on_page(std::move(page), std::move(document));
  }

  std::set<std::string> known;
  if (!hashes->empty() && options.key != nullptr) {
    known = MarkKnown(*hashes, *options.key, &findings);
  }
  report.exposures = RankFindings(findings);
  for (Exposure& exposure : report.exposures) {
    exposure.known = known.count(exposure.id) > 0;
    if (exposure.known) {
      // Ranking caps inferred confidence below 1; this one is certain.
      exposure.confidence = 1.0;
      StrAppend(&exposure.why,
                " It matches a detail recorded as the person's own.");
    }
  }
  report.combinations = FindCombinations(report.exposures);
  ApplyCombinations(report.combinations, &report.exposures);
  report.finished_at = NowRfc3339();

  absl::StatusOr<std::optional<int64_t>> latest =
      store->LatestScanId(scan_case.id);
  if (!latest.ok()) return latest.status();
  std::vector<Exposure> previous;
  if (latest->has_value()) {
    absl::StatusOr<Report> before = store->LoadScan(scan_case.id, **latest);
    if (!before.ok()) return before.status();
    previous = std::move(before->exposures);
  }
  bool complete = std::all_of(
      report.targets.begin(), report.targets.end(),
      [](const TargetResult& target) { return target.status == "ok"; });
  ApplyStatuses(previous, complete, report.finished_at, &report);

  absl::StatusOr<int64_t> saved = store->SaveScan(scan_case.id, report, cache);
  if (!saved.ok()) return saved.status();
  result.scan_id = *saved;
  for (const Exposure& exposure : report.exposures) {
    if (exposure.status == "new") ++result.new_count;
  }
  return result;
}

absl::StatusOr<Report> DiffScans(Store* store, const Case& scan_case,
                                 int64_t from, int64_t to) {
  absl::StatusOr<Report> before = store->LoadScan(scan_case.id, from);
  if (!before.ok()) return before.status();
  absl::StatusOr<Report> after = store->LoadScan(scan_case.id, to);
  if (!after.ok()) return after.status();
  Report report = *std::move(after);
  std::vector<Exposure> present;
  for (Exposure& exposure : report.exposures) {
    if (exposure.status != "resolved") present.push_back(std::move(exposure));
  }
  report.exposures = std::move(present);
  ApplyStatuses(before->exposures, /*complete=*/true, report.finished_at,
                &report);
  std::vector<Exposure> counted;
  for (const Exposure& exposure : report.exposures) {
    if (exposure.status != "resolved") counted.push_back(exposure);
  }
  report.combinations = FindCombinations(counted);
  return report;
}

}  // namespace exposure
