// SpillDatabase: ranking in a temporary SQLite database, so that the memory
// of a scan does not grow with the number of distinct details it finds.
//
// The aggregator keeps its tallies (tally.h) in memory until they reach
// RankOptions::spill_threshold_bytes, then writes each one here as an
// encoded record (serialize.h) under its key (category + value) and starts
// again empty. A value seen again later gets another record; ranking merges
// a value's records (Tally::Merge), which gives the tally all its findings
// would have given, since a tally does not depend on the order of its
// findings.
//
// Ranking then does in SQL what ExposureAggregator::Rank does in memory,
// with indexes instead of maps so that nothing is held whole:
//   1. MergeShortNames: each name value's words joined by spaces (`norm`)
//      are a prefix of the longer values it merges into, so the target is
//      a range lookup on (category, norm): most words, then the smallest
//      value, as the in-memory loop picks. Partial birth dates look up the
//      first full date (by `first`) with the same day or year.
//   2. Each value's group (`target`: the value it merges into, or itself);
//      groups in the order their first finding was seen.
//   3. Group by group: the members' records merged, MakeExposure, and the
//      exposure encoded into `ranked` with its order (`ord`) and the
//      columns RanksBefore sorts on.
// Reading the report back is one indexed query, ordered as RanksBefore and
// then ApplyCombinations (a stable sort on the raised risk) would order
// the exposures in memory: (final risk, severity, risk, value, ord).
//
// The file is made by mkstemp (0600) in TMPDIR, opened by SQLite and then
// unlinked: it has no name, so it is freed when the connection closes or
// the process dies, however. With journal_mode=OFF and an exclusive lock,
// SQLite never opens the file by name again. Its page cache is 1 MiB.
#include "rank/spill.h"

#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "common/sqlite.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "rank/combinations.h"
#include "rank/serialize.h"

namespace exposure::rank_internal {
namespace {

using sqlite_internal::Statement;

// Sequences are unsigned 64-bit numbers, SQLite's integers signed: flipping
// the top bit keeps their order.
std::int64_t Ordered(std::uint64_t sequence) {
  return static_cast<std::int64_t>(sequence ^ (1ULL << 63));
}

// A name's words joined by single spaces: "Buffalo, NY" -> "buffalo ny".
// One value's words begin another's exactly when this of the one, plus a
// space, begins this of the other (words have no spaces).
std::string NameNorm(const std::string& value) {
  std::string norm;
  for (const std::string& word : NameWords(value)) {
    if (!norm.empty()) norm.push_back(' ');
    norm += word;
  }
  return norm;
}

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA locking_mode = EXCLUSIVE;
PRAGMA cache_size = -1024;
PRAGMA temp_store = FILE;
CREATE TABLE keys(
  id INTEGER PRIMARY KEY,
  category INTEGER NOT NULL,
  value BLOB NOT NULL,
  first INTEGER NOT NULL,  -- Ordered(smallest sequence)
  norm TEXT,               -- NameNorm, for name categories
  words INTEGER,           -- how many words `norm` has
  day BLOB,                -- birth dates: "-MM-DD" of a full or --MM-DD one
  year BLOB,               -- birth dates: "YYYY" of a full or year-only one
  full INTEGER,            -- birth dates: 1 when YYYY-MM-DD, else 0
  target INTEGER,          -- the key it merges into (itself if none)
  UNIQUE(category, value));
CREATE TABLE tallies(key INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX tallies_by_key ON tallies(key);
)sql";

constexpr const char* kMerge = R"sql(
CREATE INDEX keys_by_norm ON keys(category, norm);
CREATE INDEX keys_by_day ON keys(day, first);
CREATE INDEX keys_by_year ON keys(year, first);
CREATE TABLE merges(id INTEGER PRIMARY KEY, target INTEGER NOT NULL);
INSERT INTO merges(id, target)
  SELECT id, target FROM (
    SELECT s.id AS id,
           (SELECT l.id FROM keys l
             WHERE l.category = s.category
               AND l.norm >= s.norm || ' ' AND l.norm < s.norm || '!'
             ORDER BY l.words DESC, l.value LIMIT 1) AS target
      FROM keys s WHERE s.words > 0)
  WHERE target IS NOT NULL;
INSERT INTO merges(id, target)
  SELECT id, target FROM (
    SELECT p.id AS id,
           (SELECT f.id FROM keys f WHERE f.day = p.day AND f.full = 1
             ORDER BY f.first LIMIT 1) AS target
      FROM keys p WHERE p.full = 0 AND p.day IS NOT NULL)
  WHERE target IS NOT NULL;
INSERT INTO merges(id, target)
  SELECT id, target FROM (
    SELECT p.id AS id,
           (SELECT f.id FROM keys f WHERE f.year = p.year AND f.full = 1
             ORDER BY f.first LIMIT 1) AS target
      FROM keys p WHERE p.full = 0 AND p.year IS NOT NULL)
  WHERE target IS NOT NULL;
UPDATE keys SET target =
  coalesce((SELECT m.target FROM merges m WHERE m.id = keys.id), id);
CREATE INDEX keys_by_target ON keys(target, first);
CREATE TABLE groups(target INTEGER PRIMARY KEY, first INTEGER NOT NULL);
INSERT INTO groups(target, first)
  SELECT target, min(first) FROM keys GROUP BY target;
CREATE INDEX groups_by_first ON groups(first);
CREATE TABLE ranked(
  ord INTEGER PRIMARY KEY,  -- the group's place in first-seen order
  category INTEGER NOT NULL,
  severity INTEGER NOT NULL,
  risk INTEGER NOT NULL,
  value BLOB NOT NULL,
  final_risk INTEGER NOT NULL DEFAULT 0,  -- risk once combinations apply
  data BLOB NOT NULL);
)sql";

constexpr const char* kReadRanked =
    "SELECT data FROM ranked "
    "ORDER BY final_risk DESC, severity DESC, risk DESC, value, ord";

}  // namespace

SpillDatabase::SpillDatabase(sqlite3* db, std::string folder)
    : db_(db), folder_(std::move(folder)) {}

SpillDatabase::~SpillDatabase() { sqlite3_close(db_); }

absl::StatusOr<std::unique_ptr<SpillDatabase>> SpillDatabase::Create(
    const std::string& requested) {
  std::string folder = requested;
  if (folder.empty()) {
    const char* tmpdir = std::getenv("TMPDIR");
    folder = tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
  }
  std::string path = StrCat(folder, "/exposure-spill-XXXXXX");
  int fd = mkstemp(path.data());  // owner-only (0600)
  if (fd < 0) {
    int error = errno;
    std::string message =
        StrCat("cannot create the temporary database of the exposures in ",
               folder, ": ", std::strerror(error),
               " (set TMPDIR to a writable folder with free space)");
    switch (error) {
      case ENOENT:
      case ENOTDIR:
        return absl::NotFoundError(message);
      case EACCES:
      case EPERM:
      case EROFS:
        return absl::PermissionDeniedError(message);
      case ENOSPC:
      case EDQUOT:
        return absl::ResourceExhaustedError(message);
      default:
        return absl::InternalError(message);
    }
  }
  close(fd);
  sqlite3* db = nullptr;
  int code = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
  // Owns `db` from here, even when opening failed.
  std::unique_ptr<SpillDatabase> database(new SpillDatabase(db, folder));
  absl::Status ready = code == SQLITE_OK ? database->Exec(kSchema, "set it up")
                                         : database->Error(code, "open it");
  // SQLite holds the file open; from now on it has no name.
  if (unlink(path.c_str()) != 0 && ready.ok()) {
    ready = absl::InternalError(
        StrCat("cannot remove ", path, ": ", std::strerror(errno)));
  }
  if (!ready.ok()) return ready;
  return database;
}

absl::Status SpillDatabase::Error(int code, std::string_view what) const {
  std::string detail = db_ != nullptr && sqlite3_errcode(db_) == code
                           ? sqlite3_errmsg(db_)
                           : sqlite3_errstr(code);
  std::string message = StrCat("the temporary database of the exposures in ",
                               folder_, ": cannot ", what, ": ", detail);
  int primary = code & 0xff;
  int system =
      db_ != nullptr && (primary == SQLITE_IOERR || primary == SQLITE_FULL)
          ? sqlite3_system_errno(db_)
          : 0;
  // A full disk is SQLITE_FULL; a file over RLIMIT_FSIZE (EFBIG) a failed
  // write.
  int extended = db_ != nullptr && sqlite3_errcode(db_) == code
                     ? sqlite3_extended_errcode(db_)
                     : code;
  if (primary == SQLITE_FULL || extended == SQLITE_IOERR_WRITE ||
      system == ENOSPC || system == EDQUOT || system == EFBIG) {
    return absl::ResourceExhaustedError(
        StrCat(message,
               " (a write failed: the disk may be full; free some space "
               "there, or set TMPDIR to a folder with more room)"));
  }
  if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM ||
      primary == SQLITE_READONLY) {
    return absl::PermissionDeniedError(message);
  }
  return absl::InternalError(message);
}

absl::Status SpillDatabase::Exec(const char* sql, std::string_view what) {
  int code = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  return code == SQLITE_OK ? absl::OkStatus() : Error(code, what);
}

absl::Status SpillDatabase::Add(const std::map<Key, Tally>& tallies) {
  RETURN_IF_ERROR(Exec("BEGIN", "save tallies"));
  Statement key(db_,
                "INSERT INTO keys(category, value, first, norm, words, day, "
                "year, full) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                "ON CONFLICT(category, value) DO UPDATE SET "
                "first = min(first, excluded.first) RETURNING id");
  Statement record(db_, "INSERT INTO tallies(key, data) VALUES(?1, ?2)");
  if (key.prepare_code() != SQLITE_OK) {
    return Error(key.prepare_code(), "save tallies");
  }
  if (record.prepare_code() != SQLITE_OK) {
    return Error(record.prepare_code(), "save tallies");
  }
  std::string data;
  for (const auto& [name, tally] : tallies) {
    const auto& [category, value] = name;
    key.Bind(1, static_cast<int64_t>(category))
        .BindBlob(2, value)
        .Bind(3, Ordered(tally.first));
    if (IsNameCategory(category)) {
      std::string norm = NameNorm(value);
      key.Bind(4, norm).Bind(5, static_cast<int64_t>(NameWords(value).size()));
    } else if (category == Category::kBirthdate) {
      bool full = value.size() == 10;
      if (full || value.size() == 7) {
        key.BindBlob(6, std::string_view(value).substr(full ? 4 : 1));
      }
      if (full || value.size() == 4) {
        key.BindBlob(7, std::string_view(value).substr(0, 4));
      }
      key.Bind(8, static_cast<int64_t>(full ? 1 : 0));
    }
    int code = key.Step();
    if (code != SQLITE_ROW) return Error(code, "save tallies");
    int64_t id = key.Int(0);
    code = key.Run();
    if (code != SQLITE_DONE) return Error(code, "save tallies");
    key.Reset();
    data.clear();
    EncodeTally(tally, &data);
    code = record.Bind(1, id).BindBlob(2, data).Step();
    if (code != SQLITE_DONE) return Error(code, "save tallies");
    record.Reset();
  }
  return Exec("COMMIT", "save tallies");
}

absl::Status SpillDatabase::Rank() {
  RETURN_IF_ERROR(Exec("BEGIN", "rank the exposures"));
  RETURN_IF_ERROR(Exec(kMerge, "rank the exposures"));
  Statement groups(db_,
                   "SELECT g.target, k.category, k.value FROM groups g "
                   "JOIN keys k ON k.id = g.target ORDER BY g.first");
  Statement members(db_,
                    "SELECT id, category, value FROM keys WHERE target = ?1 "
                    "ORDER BY first");
  Statement records(db_, "SELECT data FROM tallies WHERE key = ?1");
  Statement insert(db_,
                   "INSERT INTO ranked(ord, category, severity, risk, value, "
                   "data) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  for (const Statement* statement : {&groups, &members, &records, &insert}) {
    if (statement->prepare_code() != SQLITE_OK) {
      return Error(statement->prepare_code(), "rank the exposures");
    }
  }
  std::int64_t ord = 0;
  std::vector<Key> member_keys;
  std::vector<Tally> member_tallies;
  std::vector<std::string> platforms;
  std::string data;
  int code;
  while ((code = groups.Step()) == SQLITE_ROW) {
    Key key{static_cast<Category>(groups.Int(1)), groups.Blob(2)};
    member_keys.clear();
    member_tallies.clear();
    members.Bind(1, groups.Int(0));
    while ((code = members.Step()) == SQLITE_ROW) {
      member_keys.push_back(
          {static_cast<Category>(members.Int(1)), members.Blob(2)});
      Tally& tally = member_tallies.emplace_back();
      records.Bind(1, members.Int(0));
      while ((code = records.Step()) == SQLITE_ROW) {
        Tally record;
        if (!DecodeTally(records.Blob(0), &record)) {
          return absl::InternalError(
              StrCat("the temporary database of the exposures in ", folder_,
                     ": a damaged record"));
        }
        tally.Merge(record);
      }
      if (code != SQLITE_DONE) return Error(code, "rank the exposures");
      records.Reset();
    }
    if (code != SQLITE_DONE) return Error(code, "rank the exposures");
    members.Reset();
    std::vector<std::pair<const Key*, const Tally*>> group;
    for (std::size_t i = 0; i < member_keys.size(); ++i) {
      group.push_back({&member_keys[i], &member_tallies[i]});
    }
    std::optional<Exposure> exposure =
        MakeExposure(key, group, &advice_, &platforms);
    ++ord;
    if (!exposure) continue;
    data.clear();
    EncodeExposure(*exposure, platforms, &data);
    code =
        insert.Bind(1, ord)
            .Bind(2, static_cast<int64_t>(exposure->category))
            .Bind(3, static_cast<int64_t>(CategorySeverity(exposure->category)))
            .Bind(4, static_cast<int64_t>(exposure->risk))
            .BindBlob(5, exposure->value)
            .BindBlob(6, data)
            .Step();
    if (code != SQLITE_DONE) return Error(code, "rank the exposures");
    insert.Reset();
  }
  if (code != SQLITE_DONE) return Error(code, "rank the exposures");
  return Exec("COMMIT", "rank the exposures");
}

absl::StatusOr<std::set<Category>> SpillDatabase::Categories() {
  Statement select(db_, "SELECT DISTINCT category FROM ranked");
  std::set<Category> categories;
  int code;
  while ((code = select.Step()) == SQLITE_ROW) {
    categories.insert(static_cast<Category>(select.Int(0)));
  }
  if (code != SQLITE_DONE) return Error(code, "read the exposures");
  return categories;
}

absl::StatusOr<std::size_t> SpillDatabase::Count() {
  Statement select(db_, "SELECT count(*) FROM ranked");
  int code = select.Step();
  if (code != SQLITE_ROW) return Error(code, "read the exposures");
  return static_cast<std::size_t>(select.Int(0));
}

absl::Status SpillDatabase::Order(
    const std::vector<Combination>& combinations) {
  std::int64_t combined = 0;  // bit per category
  for (int category = 0; category <= static_cast<int>(Category::kLiveLocation);
       ++category) {
    if (IsCombined(combinations, static_cast<Category>(category))) {
      combined |= std::int64_t{1} << category;
    }
  }
  RETURN_IF_ERROR(Exec("DROP INDEX IF EXISTS ranked_order", "order"));
  Statement update(db_,
                   "UPDATE ranked SET final_risk = CASE WHEN (?1 >> category) "
                   "& 1 THEN min(100, risk + 5) ELSE risk END");
  int code = update.Bind(1, combined).Run();
  if (code != SQLITE_DONE) return Error(code, "order the exposures");
  return Exec(
      "CREATE INDEX ranked_order ON ranked("
      "final_risk DESC, severity DESC, risk DESC, value, ord)",
      "order the exposures");
}

absl::Status SpillDatabase::ForEach(
    const std::vector<Combination>& combinations,
    const std::function<bool(const Exposure&)>& visit) {
  Statement select(db_, kReadRanked);
  Exposure exposure;
  std::vector<std::string> platforms;
  int code;
  while ((code = select.Step()) == SQLITE_ROW) {
    if (!DecodeExposure(select.Blob(0), &exposure, &platforms)) {
      return absl::InternalError(
          StrCat("the temporary database of the exposures in ", folder_,
                 ": a damaged exposure"));
    }
    exposure.advice = advice_.Get(exposure.category, std::move(platforms));
    ApplyCombinationsTo(combinations, &exposure);
    if (!visit(exposure)) return absl::OkStatus();
  }
  if (code != SQLITE_DONE) return Error(code, "read the exposures");
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<SpilledRanking>> SpilledRanking::Make(
    std::unique_ptr<SpillDatabase> database,
    std::vector<Combination> combinations) {
  RETURN_IF_ERROR(database->Order(combinations));
  ASSIGN_OR_RETURN(std::size_t size, database->Count());
  return std::shared_ptr<SpilledRanking>(
      new SpilledRanking(std::move(database), std::move(combinations), size));
}

SpilledRanking::SpilledRanking(std::unique_ptr<SpillDatabase> database,
                               std::vector<Combination> combinations,
                               std::size_t size)
    : database_(std::move(database)),
      combinations_(std::move(combinations)),
      size_(size) {}

absl::Status SpilledRanking::ForEach(
    const std::function<bool(const Exposure&)>& visit) const {
  return database_->ForEach(combinations_, visit);
}

}  // namespace exposure::rank_internal
