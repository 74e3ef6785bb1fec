// A small RAII layer over the sqlite3 C API, for the store and the ranking's
// spill database: statements, transactions and errors that name the path.
#ifndef EXPOSURE_COMMON_SQLITE_H_
#define EXPOSURE_COMMON_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace exposure::sqlite_internal {

// The Status for SQLite result `code` on `db` while doing `what`, naming
// `path`: FailedPrecondition for a read-only or locked-out database,
// ResourceExhausted for a full disk, Internal otherwise.
absl::Status SqliteError(sqlite3* db, int code, std::string_view path,
                         std::string_view what);

// One prepared statement. Bind parameters are 1-based, columns 0-based.
// Not copyable; finalised on destruction.
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // SQLITE_OK when prepared.
  int prepare_code() const { return prepare_code_; }

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, std::string_view text);
  Statement& BindBlob(int index, std::string_view bytes);

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step();
  // Steps to the end; SQLITE_DONE or the first error.
  int Run();
  void Reset();

  int64_t Int(int column) const;
  std::string Text(int column) const;
  std::string Blob(int column) const;

 private:
  sqlite3_stmt* statement_ = nullptr;
  int prepare_code_ = SQLITE_OK;
};

// BEGIN IMMEDIATE on construction; rolled back on destruction unless
// Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(sqlite3* db);
  ~Transaction();
  int begin_code() const { return begin_code_; }
  int Commit();

 private:
  sqlite3* db_;
  int begin_code_;
  bool done_ = false;
};

}  // namespace exposure::sqlite_internal

#endif  // EXPOSURE_COMMON_SQLITE_H_
