// Migrations: schema version N is reached by running steps 1..N in order.
//
// A step is never edited once released: a later change is a new step.
// Version 1 is the first released schema (tests/fixtures/store/v1.sql keeps
// a database of that version, which the tests migrate). Version 2 adds known
// identifiers, the page cache, per-scan target results and the exposures'
// known flag and last-seen date.
#include "store/migrations.h"

#include <string_view>

#include "common/sqlite.h"
#include "common/strings.h"
#include "exposure/store.h"

namespace exposure::store_internal {
namespace {

using sqlite_internal::SqliteError;
using sqlite_internal::Statement;
using sqlite_internal::Transaction;

constexpr std::string_view kSteps[] = {
    // 1: cases, targets, scans and their exposures.
    R"sql(
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE TABLE targets (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  added_at TEXT NOT NULL,
  UNIQUE (case_id, url)
);
CREATE TABLE scans (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  status TEXT NOT NULL,
  pages INTEGER NOT NULL
);
CREATE INDEX scans_by_case ON scans(case_id, id);
CREATE TABLE exposures (
  scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  exposure_id TEXT NOT NULL,
  category TEXT NOT NULL,
  value TEXT NOT NULL,
  risk INTEGER NOT NULL,
  level TEXT NOT NULL,
  status TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (scan_id, exposure_id)
);
)sql",
    // 2: known identifiers, page cache, target results, known / last seen.
    R"sql(
ALTER TABLE exposures ADD COLUMN known INTEGER NOT NULL DEFAULT 0;
ALTER TABLE exposures ADD COLUMN last_seen TEXT NOT NULL DEFAULT '';
UPDATE exposures SET last_seen =
  (SELECT finished_at FROM scans WHERE scans.id = exposures.scan_id)
  WHERE status != 'resolved';
CREATE TABLE scan_targets (
  scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  input TEXT NOT NULL,
  status TEXT NOT NULL,
  pages INTEGER NOT NULL,
  error TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (scan_id, position)
);
CREATE TABLE identifiers (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  hmac TEXT NOT NULL,
  kind TEXT NOT NULL,
  identifier INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (case_id, hmac)
);
CREATE TABLE page_cache (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  content_type TEXT NOT NULL DEFAULT '',
  body BLOB NOT NULL,
  stored_at TEXT NOT NULL,
  PRIMARY KEY (case_id, url)
);
)sql",
};

static_assert(std::size(kSteps) == kStoreSchemaVersion,
              "one migration step per schema version");

}  // namespace

absl::Status Migrate(sqlite3* db, const std::string& path) {
  Transaction transaction(db);
  if (transaction.begin_code() != SQLITE_OK) {
    return SqliteError(db, transaction.begin_code(), path,
                       "start the schema migration");
  }
  Statement version(db, "PRAGMA user_version");
  if (version.Step() != SQLITE_ROW) {
    return SqliteError(db, sqlite3_errcode(db), path,
                       "read the schema version");
  }
  int current = static_cast<int>(version.Int(0));
  version.Reset();
  if (current > kStoreSchemaVersion) {
    return absl::FailedPreconditionError(
        StrCat(path, ": schema version ", current,
               " is newer than this exposure understands (",
               kStoreSchemaVersion, "); use a newer exposure"));
  }
  if (current == kStoreSchemaVersion) return absl::OkStatus();
  for (int step = current; step < kStoreSchemaVersion; ++step) {
    std::string sql(kSteps[step]);
    int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK) {
      return SqliteError(db, code, path,
                         StrCat("migrate the schema to version ", step + 1));
    }
  }
  std::string set_version =
      StrCat("PRAGMA user_version = ", kStoreSchemaVersion);
  int code = sqlite3_exec(db, set_version.c_str(), nullptr, nullptr, nullptr);
  if (code == SQLITE_OK) code = transaction.Commit();
  if (code != SQLITE_OK) {
    return SqliteError(db, code, path, "finish the schema migration");
  }
  return absl::OkStatus();
}

}  // namespace exposure::store_internal
