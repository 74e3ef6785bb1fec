// Ranking: merges findings into deduplicated, risk-ranked exposures.
#ifndef EXPOSURE_RANK_H_
#define EXPOSURE_RANK_H_

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "exposure/category.h"
#include "exposure/extract.h"
#include "exposure/limits.h"

namespace exposure {

struct Occurrence {
  std::string url;
  Source source = Source::kPost;
  std::string snippet;
  std::string matched;  // the value as written in `snippet`
  std::string rule_id;
  std::string posted_at;
};

struct Advice {
  std::string title;
  std::vector<std::string> steps;
  std::string platform;  // "" when general
};

// The advice of one exposure, read as a const std::vector<Advice>. Copies
// share one list: exposures of the same category on the same platforms get
// the same advice, and a report of thousands of exposures holds each
// distinct list once instead of once per exposure. push_back() copies a
// shared list before changing it, so a copy never changes another. Sharing
// is thread-safe as for std::shared_ptr of a const value.
class AdviceList {
 public:
  AdviceList() = default;
  AdviceList(std::vector<Advice> items);  // NOLINT: a list is its items

  const std::vector<Advice>& items() const;
  operator const std::vector<Advice>&() const { return items(); }  // NOLINT
  std::vector<Advice>::const_iterator begin() const { return items().begin(); }
  std::vector<Advice>::const_iterator end() const { return items().end(); }
  std::size_t size() const { return items().size(); }
  bool empty() const { return items().empty(); }
  const Advice& operator[](std::size_t i) const { return items()[i]; }
  const Advice& front() const { return items().front(); }

  void push_back(Advice item);

 private:
  std::shared_ptr<const std::vector<Advice>> items_;  // null when empty
};

// One detail (category + normalised value) with the places it was seen:
// the first kMaxOccurrencesPerExposure of them, and how many there were.
struct Exposure {
  std::string id;  // stable fingerprint of category + value
  Category category = Category::kPhone;
  std::string value;
  std::string display;
  int risk = 0;       // 0-100
  std::string level;  // "critical" | "high" | "medium" | "low"
  double confidence = 0;
  std::string why;
  // For regular places: the routine the posts' dates show, "Tuesdays,
  // mornings"; "" when unknown.
  std::string pattern;
  std::vector<Occurrence> occurrences;  // at most kMaxOccurrencesPerExposure
  // Every place it was seen (distinct url + snippet), including those beyond
  // `occurrences`, and on how many different pages.
  int occurrence_count = 0;
  int page_count = 0;
  AdviceList advice;   // shared with exposures that have the same advice
  std::string status;  // "new" | "persisting" | "resolved" | "" (no compare)
  // RFC 3339 time of the latest case scan that saw it ("" outside a case);
  // for a resolved exposure, when it was last seen before it went.
  std::string last_seen;
  // True when it matches a known identifier of the case (exposure case
  // add-identifier): confidence 1.0.
  bool known = false;
};

struct Combination {
  std::vector<Category> categories;
  int risk = 0;
  std::string why;
};

// What happened to one input of the scan.
struct TargetResult {
  std::string input;
  std::string status = "ok";  // "ok" | "partial" | "failed"
  int pages = 0;
  std::string error;  // "" when none
};

// Ranked exposures kept in a temporary database rather than in memory
// (ExposureAggregator past RankOptions::spill_threshold_bytes), read back
// one at a time in report order. The database is deleted when the object
// is. Not thread-safe: read from one thread at a time (ForEach may be
// nested, as renderers do).
class SpilledExposures {
 public:
  virtual ~SpilledExposures() = default;

  // How many exposures there are.
  virtual std::size_t size() const = 0;

  // Calls `visit` with each exposure in report order until it returns
  // false. The exposure passed is only valid during the call. An error
  // reading the database stops it and is returned (its message names the
  // database's folder); otherwise OK, also when `visit` stopped it.
  virtual absl::Status ForEach(
      const std::function<bool(const Exposure&)>& visit) const = 0;
};

struct Report {
  std::string started_at;   // RFC 3339
  std::string finished_at;  // RFC 3339
  std::string case_name;    // "" = no case
  std::vector<TargetResult> targets;
  std::vector<Exposure> exposures;  // sorted by risk, highest first
  // Set instead of `exposures` (which is then empty) when the ranking
  // spilled them to disk (RankOptions::spill_threshold_bytes): the same
  // exposures in the same order. Read a report's exposures with
  // ExposureCount() and ForEachExposure(), which handle both; the
  // renderers do. Copies of the report share the database.
  std::shared_ptr<const SpilledExposures> spilled;
  std::vector<Combination> combinations;
  int pages = 0;
  std::vector<std::string> warnings;
};

// The number of exposures of `report`, in memory or spilled.
std::size_t ExposureCount(const Report& report);

// Calls `visit` with each exposure of `report` in order (its `exposures`,
// or its `spilled` ones) until it returns false. Fails only when reading
// spilled exposures fails.
absl::Status ForEachExposure(const Report& report,
                             const std::function<bool(const Exposure&)>& visit);

// Stable fingerprint of a category and normalised value (hex, 16 chars).
std::string ExposureId(Category category, const std::string& value);

// Maps a risk score to its level: >= 80 critical, >= 60 high, >= 35 medium,
// else low.
std::string RiskLevel(int risk);

// Merges `findings` (one entry per category + value, occurrences kept in
// input order, duplicates of the same url+snippet dropped, at most
// kMaxOccurrencesPerExposure kept and all counted), scores each
// exposure and sorts by risk (ties: category severity, then value).
// The score: severity of the category, scaled by confidence, plus a little
// for each further independent page (see docs/RANKING.md).
std::vector<Exposure> RankFindings(const std::vector<Finding>& findings);

// How ExposureAggregator bounds its memory.
struct RankOptions {
  // Past about this many bytes of per-detail tallies in memory, the
  // aggregator moves them to a temporary SQLite database (and again each
  // time they reach it), and RankInto() ranks there and leaves the
  // exposures in it (Report::spilled), so that memory stays flat however
  // many distinct details a scan finds. The report is the same either way.
  // 0 (the default) keeps everything in memory.
  std::size_t spill_threshold_bytes = 0;
  // Folder of the temporary database; "" (the default) is $TMPDIR, or /tmp
  // when TMPDIR is unset or empty. The file is created owner-only (0600)
  // and unlinked as soon as it is open, so it never outlives the process.
  std::string temp_dir;
};

// The spill threshold of the command line's `extract` and `scan`. A scan of
// one person's pages stays below it and is ranked in memory; past it,
// memory no longer grows with the report. Smaller thresholds saved no more
// than the run-to-run spread (docs/PERFORMANCE.md).
inline constexpr std::size_t kDefaultSpillThresholdBytes = 2 * 1024 * 1024;

// Merges findings into exposures page by page, so that memory grows with
// the number of distinct details, not with the number of findings: each
// detail keeps its first kMaxOccurrencesPerExposure occurrences, counts and
// per-page confidences; past RankOptions::spill_threshold_bytes, these
// tallies go to a temporary database and memory stays flat. Rank() gives
// exactly what RankFindings would give for all the pages' findings in page
// order, provided that no two pages share a URL (a birthday and a birth
// year are combined within one page), spilled or not.
// Errors (only when spilling): the temporary database cannot be created
// (NotFound, PermissionDenied: the folder, named) or written
// (ResourceExhausted: the disk is full), Internal otherwise. The first
// error sticks: later calls return it and add nothing.
// Not thread-safe: callers adding from several threads serialise AddPage().
class ExposureAggregator {
 public:
  explicit ExposureAggregator(RankOptions options = RankOptions());
  ~ExposureAggregator();
  ExposureAggregator(const ExposureAggregator&) = delete;
  ExposureAggregator& operator=(const ExposureAggregator&) = delete;

  // Adds the findings of page number `page` (pages are ordered by this
  // number, not by the order of the calls; use each number once), and the
  // details they imply (DeriveFindings on the page). May spill (see above).
  absl::Status AddPage(int page, const std::vector<Finding>& findings);

  // The ranked exposures of everything added, in memory (spilled ones are
  // read back); the aggregator is empty afterwards.
  absl::StatusOr<std::vector<Exposure>> Rank();

  // Ranks everything added into `report`: its exposures (in memory, or in
  // `report->spilled` when the aggregator spilled), its combinations, and
  // ApplyCombinations on the exposures; the aggregator is empty afterwards.
  // `report`'s other fields are left alone.
  absl::Status RankInto(Report* report);

  // True once the tallies have gone to the temporary database.
  bool spilled() const;

 private:
  struct State;  // per-value tallies (rank.cc)
  std::unique_ptr<State> state_;
};

// Details implied by other findings: the city (and state) of every street
// address, as a location ("derived.address_city", 0.9 times the address's
// confidence), and a full birth date from a birthday and a birth year found
// on the same page ("derived.birthday_and_year"). RankFindings adds these
// itself.
std::vector<Finding> DeriveFindings(const std::vector<Finding>& findings);

// Quasi-identifiers present together (birth date + place + sex, a school +
// a family name, a workplace + a regular place, ...), highest risk first;
// each with a sentence saying why the pair or triple matters. Resolved
// exposures do not count.
std::vector<Combination> FindCombinations(
    const std::vector<Exposure>& exposures);

// Raises the risk of every exposure that is part of a combination by 5
// (capped at 100; level and why updated) and re-sorts by risk: a detail
// that completes an identifying set matters more than the same detail
// alone.
void ApplyCombinations(const std::vector<Combination>& combinations,
                       std::vector<Exposure>* exposures);

// Counts exposures per category name.
std::map<std::string, int> CountByCategory(const std::vector<Exposure>& list);

}  // namespace exposure

#endif  // EXPOSURE_RANK_H_
