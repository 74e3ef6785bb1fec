// Scans: storing a finished scan (one transaction), listing a case's scans
// and reading back their exposures.
#include <set>
#include <string>

#include "common/sqlite.h"
#include "common/strings.h"
#include "exposure/document.h"
#include "exposure/pipeline.h"
#include "exposure/store.h"
#include "nlohmann/json.hpp"
#include "store/page_cache.h"

namespace exposure {
namespace {

using json = nlohmann::json;
using sqlite_internal::Statement;
using sqlite_internal::Transaction;

// What the columns do not hold of an exposure, as JSON.
std::string ExposureData(const Exposure& exposure) {
  json occurrences = json::array();
  for (const Occurrence& occurrence : exposure.occurrences) {
    occurrences.push_back(
        {{"url", occurrence.url},
         {"source", std::string(SourceName(occurrence.source))},
         {"snippet", occurrence.snippet},
         {"matched", occurrence.matched},
         {"rule", occurrence.rule_id},
         {"posted_at", occurrence.posted_at}});
  }
  json advice = json::array();
  for (const Advice& item : exposure.advice) {
    advice.push_back({{"title", item.title},
                      {"steps", item.steps},
                      {"platform", item.platform}});
  }
  json data = {{"display", exposure.display},
               {"confidence", exposure.confidence},
               {"why", exposure.why},
               {"pattern", exposure.pattern},
               {"occurrences", occurrences},
               {"advice", advice},
               {"occurrence_count", exposure.occurrence_count},
               {"page_count", exposure.page_count}};
  // Invalid UTF-8 in a snippet must not lose the scan: replace it.
  return data.dump(-1, ' ', false, json::error_handler_t::replace);
}

void ReadExposureData(const std::string& text, Exposure* exposure) {
  json data = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!data.is_object()) return;
  exposure->display = data.value("display", "");
  exposure->confidence = data.value("confidence", 0.0);
  exposure->why = data.value("why", "");
  exposure->pattern = data.value("pattern", "");
  if (data.contains("occurrences") && data["occurrences"].is_array()) {
    for (const json& item : data["occurrences"]) {
      Occurrence occurrence;
      occurrence.url = item.value("url", "");
      occurrence.source =
          ParseSource(item.value("source", "post")).value_or(Source::kPost);
      occurrence.snippet = item.value("snippet", "");
      occurrence.matched = item.value("matched", "");
      occurrence.rule_id = item.value("rule", "");
      occurrence.posted_at = item.value("posted_at", "");
      exposure->occurrences.push_back(std::move(occurrence));
    }
  }
  // Rows written before the counts existed count what they kept.
  exposure->occurrence_count = data.value(
      "occurrence_count", static_cast<int>(exposure->occurrences.size()));
  exposure->page_count = data.value("page_count", 0);
  if (exposure->page_count == 0) {
    std::set<std::string> pages;
    for (const Occurrence& occurrence : exposure->occurrences) {
      pages.insert(occurrence.url);
    }
    exposure->page_count = static_cast<int>(pages.size());
  }
  if (data.contains("advice") && data["advice"].is_array()) {
    for (const json& item : data["advice"]) {
      Advice advice;
      advice.title = item.value("title", "");
      if (item.contains("steps") && item["steps"].is_array()) {
        for (const json& step : item["steps"]) {
          if (step.is_string()) advice.steps.push_back(step.get<std::string>());
        }
      }
      advice.platform = item.value("platform", "");
      exposure->advice.push_back(std::move(advice));
    }
  }
}

std::string ScanStatus(const Report& report) {
  int ok = 0;
  for (const TargetResult& target : report.targets) {
    if (target.status == "ok") ++ok;
  }
  if (ok == static_cast<int>(report.targets.size())) return "ok";
  bool any_pages = false;
  for (const TargetResult& target : report.targets) {
    if (target.pages > 0) any_pages = true;
  }
  return any_pages ? "partial" : "failed";
}

}  // namespace

absl::StatusOr<int64_t> Store::SaveScan(
    int64_t case_id, const Report& report,
    const std::vector<PageCacheEntry>& pages) {
  if (report.spilled != nullptr) {
    // Case scans rank in memory; storing only `exposures` would lose these.
    return absl::FailedPreconditionError(
        StrCat(path_,
               ": cannot store a scan whose exposures were spilled to "
               "a temporary database"));
  }
  Transaction transaction(db_);
  if (transaction.begin_code() != SQLITE_OK) return Error("store the scan");
  Statement scan(db_,
                 "INSERT INTO scans (case_id, started_at, finished_at, "
                 "status, pages) VALUES (?, ?, ?, ?, ?)");
  scan.Bind(1, case_id)
      .Bind(2, report.started_at)
      .Bind(3, report.finished_at)
      .Bind(4, ScanStatus(report))
      .Bind(5, static_cast<int64_t>(report.pages));
  if (scan.Run() != SQLITE_DONE) return Error("store the scan");
  int64_t scan_id = sqlite3_last_insert_rowid(db_);

  Statement target(db_,
                   "INSERT INTO scan_targets (scan_id, position, input, "
                   "status, pages, error) VALUES (?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < report.targets.size(); ++i) {
    const TargetResult& result = report.targets[i];
    target.Bind(1, scan_id)
        .Bind(2, static_cast<int64_t>(i))
        .Bind(3, result.input)
        .Bind(4, result.status)
        .Bind(5, static_cast<int64_t>(result.pages))
        .Bind(6, result.error);
    if (target.Run() != SQLITE_DONE) return Error("store the scan's targets");
    target.Reset();
  }

  Statement exposure(
      db_,
      "INSERT OR REPLACE INTO exposures (scan_id, exposure_id, category, "
      "value, risk, level, status, data, known, last_seen) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const Exposure& item : report.exposures) {
    exposure.Bind(1, scan_id)
        .Bind(2, item.id)
        .Bind(3, CategoryName(item.category))
        .Bind(4, item.value)
        .Bind(5, static_cast<int64_t>(item.risk))
        .Bind(6, item.level)
        .Bind(7, item.status.empty() ? std::string("new") : item.status)
        .Bind(8, ExposureData(item))
        .Bind(9, static_cast<int64_t>(item.known ? 1 : 0))
        .Bind(10, item.last_seen);
    if (exposure.Run() != SQLITE_DONE) {
      return Error("store the scan's exposures");
    }
    exposure.Reset();
  }

  Statement cache(db_,
                  "INSERT OR REPLACE INTO page_cache (case_id, url, etag, "
                  "last_modified, content_type, body, stored_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
  std::string now = NowRfc3339();
  for (const PageCacheEntry& entry : pages) {
    std::optional<std::string> body =
        store_internal::CompressBody(entry.page.body);
    if (!body) continue;
    cache.Bind(1, case_id)
        .Bind(2, entry.url)
        .Bind(3, entry.page.etag)
        .Bind(4, entry.page.last_modified)
        .Bind(5, entry.page.content_type)
        .BindBlob(6, *body)
        .Bind(7, now);
    if (cache.Run() != SQLITE_DONE) return Error("store the page cache");
    cache.Reset();
  }
  if (transaction.Commit() != SQLITE_OK) return Error("store the scan");
  return scan_id;
}

absl::StatusOr<std::vector<ScanSummary>> Store::ListScans(int64_t case_id) {
  Statement select(db_,
                   "SELECT id, started_at, finished_at, status, pages FROM "
                   "scans WHERE case_id = ? ORDER BY id");
  select.Bind(1, case_id);
  std::vector<ScanSummary> scans;
  int code;
  while ((code = select.Step()) == SQLITE_ROW) {
    ScanSummary scan;
    scan.id = select.Int(0);
    scan.started_at = select.Text(1);
    scan.finished_at = select.Text(2);
    scan.status = select.Text(3);
    scan.pages = static_cast<int>(select.Int(4));
    scans.push_back(std::move(scan));
  }
  if (code != SQLITE_DONE) return Error("list the scans");
  Statement counts(db_,
                   "SELECT status, level, COUNT(*) FROM exposures "
                   "WHERE scan_id = ? GROUP BY status, level");
  for (ScanSummary& scan : scans) {
    counts.Bind(1, scan.id);
    while ((code = counts.Step()) == SQLITE_ROW) {
      std::string status = counts.Text(0);
      int count = static_cast<int>(counts.Int(2));
      scan.by_status[status] += count;
      if (status != "resolved") scan.by_level[counts.Text(1)] += count;
    }
    if (code != SQLITE_DONE) return Error("count a scan's exposures");
    counts.Reset();
  }
  return scans;
}

absl::StatusOr<std::optional<int64_t>> Store::LatestScanId(int64_t case_id) {
  Statement select(db_, "SELECT MAX(id) FROM scans WHERE case_id = ?");
  select.Bind(1, case_id);
  if (select.Step() != SQLITE_ROW) return Error("read the latest scan");
  if (select.Int(0) == 0) {  // MAX of no rows is NULL
    return std::optional<int64_t>();
  }
  return std::optional<int64_t>(select.Int(0));
}

absl::StatusOr<Report> Store::LoadScan(int64_t case_id, int64_t scan_id) {
  Statement scan(db_,
                 "SELECT s.started_at, s.finished_at, s.pages, c.name FROM "
                 "scans s JOIN cases c ON c.id = s.case_id "
                 "WHERE s.id = ? AND s.case_id = ?");
  scan.Bind(1, scan_id).Bind(2, case_id);
  int code = scan.Step();
  if (code == SQLITE_DONE) {
    return absl::NotFoundError(StrCat(path_, ": the case has no scan ", scan_id,
                                      " (see 'exposure history')"));
  }
  if (code != SQLITE_ROW) return Error("read a scan");
  Report report;
  report.started_at = scan.Text(0);
  report.finished_at = scan.Text(1);
  report.pages = static_cast<int>(scan.Int(2));
  report.case_name = scan.Text(3);
  Statement targets(db_,
                    "SELECT input, status, pages, error FROM scan_targets "
                    "WHERE scan_id = ? ORDER BY position");
  targets.Bind(1, scan_id);
  while ((code = targets.Step()) == SQLITE_ROW) {
    TargetResult target;
    target.input = targets.Text(0);
    target.status = targets.Text(1);
    target.pages = static_cast<int>(targets.Int(2));
    target.error = targets.Text(3);
    report.targets.push_back(std::move(target));
  }
  if (code != SQLITE_DONE) return Error("read a scan's targets");
  std::vector<Exposure>& exposures = report.exposures;
  Statement select(db_,
                   "SELECT exposure_id, category, value, risk, level, "
                   "status, data, known, last_seen FROM exposures "
                   "WHERE scan_id = ? ORDER BY risk DESC, rowid");
  select.Bind(1, scan_id);
  while ((code = select.Step()) == SQLITE_ROW) {
    Exposure exposure;
    exposure.id = select.Text(0);
    std::optional<Category> category = ParseCategory(select.Text(1));
    if (!category) continue;  // a category this version does not know
    exposure.category = *category;
    exposure.value = select.Text(2);
    exposure.risk = static_cast<int>(select.Int(3));
    exposure.level = select.Text(4);
    exposure.status = select.Text(5);
    ReadExposureData(select.Text(6), &exposure);
    exposure.known = select.Int(7) != 0;
    exposure.last_seen = select.Text(8);
    exposures.push_back(std::move(exposure));
  }
  if (code != SQLITE_DONE) return Error("read a scan's exposures");
  return report;
}

}  // namespace exposure
