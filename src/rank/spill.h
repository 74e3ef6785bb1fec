// SpillDatabase: the aggregator's tallies in a temporary SQLite database
// once they outgrow RankOptions::spill_threshold_bytes, ranked there, and
// the ranked exposures read back one at a time (design in spill.cc).
#ifndef EXPOSURE_RANK_SPILL_H_
#define EXPOSURE_RANK_SPILL_H_

#include <sqlite3.h>

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "exposure/rank.h"
#include "rank/tally.h"

namespace exposure::rank_internal {

// The temporary database: tallies in, ranked exposures out. Owns the
// connection; the file has no name from Create() on, so closing it (or
// the process ending, however it ends) frees it. Not thread-safe.
// Errors name the folder: NotFound (no such folder), PermissionDenied,
// ResourceExhausted (disk full), Internal (anything else, including a
// damaged record).
class SpillDatabase {
 public:
  // Creates the database in `folder` ("" = $TMPDIR, else /tmp): mkstemp
  // (owner-only, 0600), opened by SQLite, then unlinked.
  static absl::StatusOr<std::unique_ptr<SpillDatabase>> Create(
      const std::string& folder);
  ~SpillDatabase();
  SpillDatabase(const SpillDatabase&) = delete;
  SpillDatabase& operator=(const SpillDatabase&) = delete;

  // Adds `tallies`; a value added again (in a later call) is merged with
  // what was added before when ranking.
  absl::Status Add(const std::map<Key, Tally>& tallies);

  // Ranks everything added exactly as ExposureAggregator::Rank does in
  // memory (MergeShortNames, MakeExposure, RanksBefore) into the
  // database's ranked table. Call once, after the last Add().
  absl::Status Rank();

  // After Rank(): the categories of the ranked exposures, and their count.
  absl::StatusOr<std::set<Category>> Categories();
  absl::StatusOr<std::size_t> Count();

  // After Rank(): orders the exposures as ApplyCombinations would after
  // `combinations` are applied (without any, as Rank() left them).
  absl::Status Order(const std::vector<Combination>& combinations);

  // After Order(): calls `visit` with each exposure in order, its advice
  // filled in and `combinations` applied (ApplyCombinationsTo), until it
  // returns false.
  absl::Status ForEach(const std::vector<Combination>& combinations,
                       const std::function<bool(const Exposure&)>& visit);

 private:
  SpillDatabase(sqlite3* db, std::string folder);
  // The Status for SQLite result `code` while doing `what`.
  absl::Status Error(int code, std::string_view what) const;
  absl::Status Exec(const char* sql, std::string_view what);

  sqlite3* db_;
  std::string folder_;
  AdviceCache advice_;
};

// SpilledExposures over a ranked SpillDatabase, `combinations` applied.
class SpilledRanking final : public SpilledExposures {
 public:
  // Takes `database` after its Rank(); orders it for `combinations`.
  static absl::StatusOr<std::shared_ptr<SpilledRanking>> Make(
      std::unique_ptr<SpillDatabase> database,
      std::vector<Combination> combinations);

  std::size_t size() const override { return size_; }
  absl::Status ForEach(
      const std::function<bool(const Exposure&)>& visit) const override;

 private:
  SpilledRanking(std::unique_ptr<SpillDatabase> database,
                 std::vector<Combination> combinations, std::size_t size);

  std::unique_ptr<SpillDatabase> database_;
  std::vector<Combination> combinations_;
  std::size_t size_;
};

}  // namespace exposure::rank_internal

#endif  // EXPOSURE_RANK_SPILL_H_
