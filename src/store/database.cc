// Store::Open: the database file, its owner-only folder, pragmas and
// migration; the default paths.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "common/sqlite.h"
#include "common/strings.h"
#include "exposure/store.h"
#include "store/migrations.h"

namespace exposure {
namespace {

using sqlite_internal::SqliteError;

std::string HomeFolder(const char* variable, std::string_view fallback) {
  const char* value = std::getenv(variable);
  if (value != nullptr && value[0] == '/') return value;
  const char* home = std::getenv("HOME");
  return StrCat(home != nullptr ? home : "", "/", fallback);
}

absl::Status PathError(const std::string& path, std::string_view action) {
  int error = errno;
  std::string message =
      StrCat(path, ": cannot ", action, ": ", std::strerror(error));
  if (error == EACCES || error == EPERM || error == EROFS) {
    return absl::FailedPreconditionError(message);
  }
  if (error == ENOSPC || error == EDQUOT) {
    return absl::ResourceExhaustedError(message);
  }
  return absl::InternalError(message);
}

// Creates every missing folder of `folder`, each owner-only.
absl::Status MakeFolders(const std::string& folder) {
  if (folder.empty()) return absl::OkStatus();
  struct stat info {};
  if (stat(folder.c_str(), &info) == 0) {
    if (!S_ISDIR(info.st_mode)) {
      return absl::FailedPreconditionError(StrCat(folder, ": not a folder"));
    }
    return absl::OkStatus();
  }
  std::size_t slash = folder.rfind('/');
  if (slash != std::string::npos && slash > 0) {
    absl::Status parent = MakeFolders(folder.substr(0, slash));
    if (!parent.ok()) return parent;
  }
  if (mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) {
    return PathError(folder, "create the folder");
  }
  return absl::OkStatus();
}

// Creates the file 0600 when missing; tightens the mode of one we own.
absl::Status PrepareFile(const std::string& path) {
  int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EACCES || errno == EROFS) {
      // A read-only database can still be read; SQLite will say so on
      // the first write.
      return absl::OkStatus();
    }
    return PathError(path, "open");
  }
  struct stat info {};
  if (fstat(fd, &info) == 0 && info.st_uid == geteuid() &&
      (info.st_mode & 0077) != 0) {
    fchmod(fd, S_IRUSR | S_IWUSR);
  }
  close(fd);
  return absl::OkStatus();
}

}  // namespace

std::string DefaultDatabasePath() {
  return StrCat(HomeFolder("XDG_DATA_HOME", ".local/share"),
                "/exposure/exposure.db");
}

std::string DefaultIdentifierKeyPath() {
  const char* key = std::getenv("EXPOSURE_IDENTIFIER_KEY");
  if (key != nullptr && key[0] != '\0') return key;
  return StrCat(HomeFolder("XDG_CONFIG_HOME", ".config"),
                "/exposure/identifier.key");
}

absl::StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  if (path.empty()) {
    return absl::InvalidArgumentError("empty database path");
  }
  std::size_t slash = path.rfind('/');
  if (slash != std::string::npos && slash > 0) {
    absl::Status folder = MakeFolders(path.substr(0, slash));
    if (!folder.ok()) return folder;
  }
  absl::Status file = PrepareFile(path);
  if (!file.ok()) return file;
  sqlite3* db = nullptr;
  int code = sqlite3_open_v2(
      path.c_str(), &db,
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
      nullptr);
  if (code != SQLITE_OK) {
    absl::Status status = SqliteError(db, code, path, "open the database");
    sqlite3_close(db);
    return status;
  }
  std::unique_ptr<Store> store(new Store(db, path));
  sqlite3_busy_timeout(db, kStoreBusyTimeoutMs);
  sqlite3_extended_result_codes(db, 0);
  code =
      sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
  if (code != SQLITE_OK) return SqliteError(db, code, path, "set foreign keys");
  if (!sqlite3_db_readonly(db, "main")) {
    code = sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr,
                        nullptr);
    if (code != SQLITE_OK) {
      return SqliteError(db, code, path, "switch to write-ahead logging");
    }
  }
  absl::Status migrated = store_internal::Migrate(db, path);
  if (!migrated.ok()) return migrated;
  // SQLite gives -wal and -shm the main file's mode; make sure of it.
  for (const char* suffix : {"-wal", "-shm"}) {
    std::string side = path + suffix;
    struct stat info {};
    if (stat(side.c_str(), &info) == 0 && info.st_uid == geteuid() &&
        (info.st_mode & 0077) != 0) {
      chmod(side.c_str(), S_IRUSR | S_IWUSR);
    }
  }
  return store;
}

Store::~Store() { sqlite3_close_v2(db_); }

absl::Status Store::Error(std::string_view what) const {
  return SqliteError(db_, sqlite3_errcode(db_), path_, what);
}

absl::StatusOr<int> Store::SchemaVersion() {
  sqlite_internal::Statement statement(db_, "PRAGMA user_version");
  if (statement.Step() != SQLITE_ROW) return Error("read the schema version");
  return static_cast<int>(statement.Int(0));
}

}  // namespace exposure
