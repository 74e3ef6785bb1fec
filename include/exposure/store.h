// Store: cases, their scans and history, known identifiers and the page
// cache, kept in one SQLite database (see docs/STORE.md).
//
// A case is one person whose profiles are audited over time: a name, a note,
// the target URLs, keyed hashes of details the person knows are theirs, and
// every scan with its exposures. A scan is written in one transaction when
// it has finished, so a crash or kill -9 mid-scan leaves every earlier scan
// intact. Each exposure of a case scan gets a status against the case's
// previous scan: "new", "persisting" or "resolved" (seen last time, gone
// now; kept in the report with the date it was last seen).
//
// The database and its folder are created owner-only (0600 / 0700; also the
// -wal and -shm files): they hold the found values, snippets and page
// bodies. Known identifiers are stored only as HMAC-SHA256 under a key that
// lives outside the database (IdentifierKey), so a stolen database does not
// allow the values to be guessed by brute force.
#ifndef EXPOSURE_STORE_H_
#define EXPOSURE_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "exposure/crawl.h"
#include "exposure/extract.h"
#include "exposure/page.h"
#include "exposure/rank.h"
#include "exposure/rules.h"

struct sqlite3;

namespace exposure {

// The schema version Store::Open migrates every database to
// (PRAGMA user_version).
inline constexpr int kStoreSchemaVersion = 2;

// How long a connection waits for another writer before giving up, in ms.
inline constexpr int kStoreBusyTimeoutMs = 30000;

// $XDG_DATA_HOME/exposure/exposure.db, or ~/.local/share/exposure/
// exposure.db when XDG_DATA_HOME is unset or not absolute.
std::string DefaultDatabasePath();

// $EXPOSURE_IDENTIFIER_KEY when set, else $XDG_CONFIG_HOME/exposure/
// identifier.key (or ~/.config/exposure/identifier.key).
std::string DefaultIdentifierKeyPath();

struct Case {
  int64_t id = 0;
  std::string name;
  std::string note;
  std::string created_at;            // RFC 3339
  std::vector<std::string> targets;  // in the order they were added
  int identifiers = 0;               // known identifiers (hashes) stored
};

// One stored scan, as `history` lists it.
struct ScanSummary {
  int64_t id = 0;
  std::string started_at;
  std::string finished_at;
  std::string status;  // "ok" (every target ok) | "partial" | "failed"
  int pages = 0;
  std::map<std::string, int> by_status;  // "new", "persisting", "resolved"
  std::map<std::string, int> by_level;   // present exposures only
};

// A page kept for conditional requests: latest copy per case and URL.
struct PageCacheEntry {
  std::string url;
  CachedPage page;
};

// A case database: one SQLite connection.
//
// Thread safety: a Store is not safe for concurrent use; give each thread
// its own Store (SQLite in WAL mode lets many processes and connections
// share one file: readers never block, writers wait up to
// kStoreBusyTimeoutMs for each other).
//
// Errors: every method returns a Status whose message names the database
// path: NotFound for an unknown case or scan, AlreadyExists for a duplicate
// case, InvalidArgument for a bad name, FailedPrecondition for a database
// that is read-only, newer than this program or not an Exposure database,
// ResourceExhausted for a full disk, Internal for other SQLite errors. A
// failed write changes nothing (each write is one transaction).
class Store {
 public:
  // Opens (creating when missing) the database at `path`, creates its
  // folder owner-only (0700) and the files 0600, sets WAL, foreign keys and
  // the busy timeout, and migrates the schema to kStoreSchemaVersion in one
  // transaction.
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& path);

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return path_; }
  // PRAGMA user_version.
  absl::StatusOr<int> SchemaVersion();

  // Cases. Names are 1-100 characters, no control characters.
  absl::StatusOr<Case> AddCase(std::string_view name, std::string_view note);
  absl::StatusOr<Case> GetCase(std::string_view name);
  // GetCase, or AddCase with an empty note when there is none.
  absl::StatusOr<Case> GetOrAddCase(std::string_view name);
  absl::StatusOr<std::vector<Case>> ListCases();
  // Removes the case and everything stored for it (scans, page cache,
  // identifier hashes).
  absl::Status RemoveCase(std::string_view name);
  // Adds targets not yet in the case (duplicates are ignored).
  absl::Status AddTargets(int64_t case_id,
                          const std::vector<std::string>& urls);

  // Stores one known identifier of kind `kind` ("phone", "email",
  // "address", "name") as the hex HMACs of its match keys (see
  // IdentifierKey); hashes already stored are ignored. Never the value.
  absl::Status AddIdentifier(int64_t case_id, std::string_view kind,
                             const std::vector<std::string>& hashes);
  absl::StatusOr<std::vector<std::string>> IdentifierHashes(int64_t case_id);

  // Scans of a case, oldest first.
  absl::StatusOr<std::vector<ScanSummary>> ListScans(int64_t case_id);
  // A stored scan as its report had it: times, case name, targets, page
  // count and exposures (present and resolved, with statuses); no
  // combinations or warnings. NotFound when the case has no such scan.
  absl::StatusOr<Report> LoadScan(int64_t case_id, int64_t scan_id);
  // The case's latest scan id, nullopt when it has none.
  absl::StatusOr<std::optional<int64_t>> LatestScanId(int64_t case_id);

  // Stores a finished scan of `case_id` (its targets, times, exposures with
  // their statuses) and replaces the case's cached copies of `pages`, all
  // in one transaction. Returns the new scan id. FailedPrecondition for a
  // report whose exposures are spilled (Report::spilled): rank case scans
  // in memory.
  absl::StatusOr<int64_t> SaveScan(int64_t case_id, const Report& report,
                                   const std::vector<PageCacheEntry>& pages);

  // The cached copy of `url` for `case_id`, nullopt when none.
  absl::StatusOr<std::optional<CachedPage>> GetCachedPage(
      int64_t case_id, const std::string& url);

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  absl::Status Error(std::string_view what) const;

  sqlite3* db_;
  std::string path_;
};

// Holds a case's scan lock: one scan per case at a time, across processes.
// An flock(2) on an owner-only lock file beside the database
// ("<db>.case-<id>.lock"), so the lock dies with its process: a scan killed
// with kill -9 never blocks the case. Not copyable; movable; released on
// destruction.
class CaseLock {
 public:
  // FailedPrecondition naming the case when another scan holds the lock;
  // Internal / PermissionDenied naming the file when it cannot be made.
  static absl::StatusOr<CaseLock> Acquire(const std::string& db_path,
                                          const Case& scan_case);
  CaseLock(CaseLock&& other) noexcept;
  CaseLock& operator=(CaseLock&& other) noexcept;
  CaseLock(const CaseLock&) = delete;
  CaseLock& operator=(const CaseLock&) = delete;
  ~CaseLock();

 private:
  explicit CaseLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

// The secret key under which known identifiers are hashed. It lives in its
// own owner-only file (32 random bytes), never in the database: with the
// key, a thief could try every phone number in an area code in seconds;
// without it, the hashes reveal nothing. Back the key file up with the
// database: without it, stored identifiers can no longer be matched.
// Immutable after loading; safe to share between threads.
class IdentifierKey {
 public:
  // Reads the key at `path`, creating it (and its folder, 0700) with 32
  // bytes from the system's random source, mode 0600, when missing.
  // FailedPrecondition when the file exists with the wrong size or is
  // readable by others; other errors name the path.
  static absl::StatusOr<IdentifierKey> LoadOrCreate(const std::string& path);
  // Reads an existing key; NotFound when there is none.
  static absl::StatusOr<IdentifierKey> Load(const std::string& path);
  // For tests: a key from raw bytes.
  static IdentifierKey FromBytes(std::string bytes);

  // Hex HMAC-SHA256 of `text` under the key.
  std::string Hash(std::string_view text) const;

 private:
  explicit IdentifierKey(std::string key) : key_(std::move(key)) {}
  std::string key_;
};

enum class IdentifierKind { kPhone, kEmail, kAddress, kName };

// The normalised forms of a known identifier that are hashed and later
// compared ("match keys"): a phone in E.164 (the extractor's phone
// validator), an email lower-cased, an address through the extractor's
// address validator (short street suffixes, state codes) then lower-cased
// without punctuation, both whole and as its street line ("123 main st"),
// a name case-folded with single spaces. InvalidArgument naming the kind
// when the text is not one (an impossible phone number).
absl::StatusOr<std::vector<std::string>> IdentifierMatchKeys(
    IdentifierKind kind, std::string_view text);

// The match keys of a finding, formed the same way: phones and emails by
// value, addresses whole and as their street line, and for names the whole
// value and every run of two to four of its words (so the known name "Rosa
// Delgado" flags the family finding "Rosa Delgado" and a workplace finding
// "Rosa Delgado Consulting", while a one-word known name flags only a value
// that is exactly that word).
std::vector<std::string> FindingMatchKeys(const Finding& finding);

// Statuses against the previous scan of the same case. Every exposure of
// `report` gets "new" or "persisting" and last_seen = `seen_at`; every
// exposure of `previous` (not itself resolved) that is gone is added with
// status "resolved", keeping its last_seen. When `complete` is false (some
// target failed), gone exposures cannot be verified as removed: they are
// added as "persisting" with their old last_seen and a warning. Resolved
// exposures do not take part in combinations. Exposures stay sorted by
// risk.
void ApplyStatuses(const std::vector<Exposure>& previous, bool complete,
                   const std::string& seen_at, Report* report);

struct CaseScanOptions {
  CrawlOptions crawl;
  ExtractOptions extract;
  // Key for known identifiers; when null, identifiers are not matched
  // (a case with identifiers then warns).
  const IdentifierKey* key = nullptr;
};

struct CaseScanResult {
  Report report;
  int64_t scan_id = 0;
  int new_count = 0;  // exposures with status "new"
};

// Scans the case's targets (which must already be stored): takes the
// case's CaseLock, crawls with conditional requests from the page cache,
// extracts, flags known identifiers (confidence 1.0, Exposure::known),
// compares with the previous scan and stores the scan and page cache in one
// transaction. Fails before crawling when the lock is held or the case has
// no targets; a failed save returns the error (the database is unchanged).
absl::StatusOr<CaseScanResult> ScanCase(Store* store, const Case& scan_case,
                                        const RuleSet& rules,
                                        const CaseScanOptions& options);

// Compares two stored scans of a case: exposures of `to` as new (not
// present in `from`), persisting, and resolved (present in `from`, gone in
// `to`), in a Report whose exposures carry these statuses.
absl::StatusOr<Report> DiffScans(Store* store, const Case& scan_case,
                                 int64_t from, int64_t to);

// Scheduled re-scans.
struct ScheduleOptions {
  std::string case_name;
  std::string every;       // "daily" | "weekly" | "monthly"
  std::string binary;      // absolute path of the exposure binary
  std::string db_path;     // absolute
  std::string report_dir;  // absolute; "" = the case's report folder
  std::vector<std::string> extra_arguments;  // e.g. --allow-private-network
};

struct ScheduleFiles {
  std::string unit_name;  // "exposure-rescan-<slug>"
  std::string service;    // systemd .service text
  std::string timer;      // systemd .timer text
  std::string crontab_line;
};

// The systemd user units and the equivalent crontab line that run
// `exposure rescan --case NAME --exit-code ...`. InvalidArgument for an
// unknown `every`.
absl::StatusOr<ScheduleFiles> MakeSchedule(const ScheduleOptions& options);

// Installs `files`: the units into $XDG_CONFIG_HOME/systemd/user/ and
// `systemctl --user enable --now` when a systemd user session answers,
// else the crontab line appended through `crontab -` (an existing line for
// the same case is replaced). Returns a sentence saying what was done.
absl::StatusOr<std::string> InstallSchedule(const ScheduleFiles& files);

// Runs the --notify-cmd `command` with `report_path`: as
// /bin/sh -c 'COMMAND "$1"' with the path passed as $1, never pasted into
// the command text. Waits for it; an error says how it failed.
absl::Status RunNotifyCommand(const std::string& command,
                              const std::string& report_path);

// A file-name-safe form of a case name ("Ana M." -> "ana-m").
std::string CaseSlug(std::string_view name);

}  // namespace exposure

#endif  // EXPOSURE_STORE_H_
