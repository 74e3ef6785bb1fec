// Statement, Transaction and SqliteError: a small layer over sqlite3.
#include "common/sqlite.h"

#include "common/strings.h"

namespace exposure::sqlite_internal {

absl::Status SqliteError(sqlite3* db, int code, std::string_view path,
                         std::string_view what) {
  int primary = code & 0xff;
  std::string detail = db != nullptr && sqlite3_errcode(db) == code
                           ? sqlite3_errmsg(db)
                           : sqlite3_errstr(code);
  std::string message = StrCat(path, ": cannot ", what, ": ", detail);
  switch (primary) {
    case SQLITE_FULL:
      return absl::ResourceExhaustedError(
          StrCat(message, " (the disk is full; nothing was changed)"));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      return absl::FailedPreconditionError(
          StrCat(message, " (check the file and folder permissions)"));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return absl::UnavailableError(
          StrCat(message,
                 " (another exposure process kept the database "
                 "busy; try again)"));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return absl::FailedPreconditionError(
          StrCat(message, " (not an Exposure database, or damaged)"));
    case SQLITE_CONSTRAINT:
      return absl::AlreadyExistsError(message);
    default:
      return absl::InternalError(message);
  }
}

Statement::Statement(sqlite3* db, std::string_view sql) {
  prepare_code_ = sqlite3_prepare_v2(
      db, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr);
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(statement_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(statement_, index, text.data(),
                    static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob(statement_, index, bytes.data(),
                    static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  return *this;
}

int Statement::Step() {
  if (statement_ == nullptr)
    return prepare_code_ == SQLITE_OK ? SQLITE_MISUSE : prepare_code_;
  return sqlite3_step(statement_);
}

int Statement::Run() {
  int code;
  while ((code = Step()) == SQLITE_ROW) {
  }
  return code;
}

void Statement::Reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

int64_t Statement::Int(int column) const {
  return sqlite3_column_int64(statement_, column);
}

std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(statement_, column);
  if (text == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(text),
                     sqlite3_column_bytes(statement_, column));
}

std::string Statement::Blob(int column) const {
  const void* data = sqlite3_column_blob(statement_, column);
  if (data == nullptr) return "";
  return std::string(static_cast<const char*>(data),
                     sqlite3_column_bytes(statement_, column));
}

Transaction::Transaction(sqlite3* db) : db_(db) {
  begin_code_ = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  if (begin_code_ != SQLITE_OK) done_ = true;
}

Transaction::~Transaction() {
  if (!done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

int Transaction::Commit() {
  int code = sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  if (code == SQLITE_OK) done_ = true;
  return code;
}

}  // namespace exposure::sqlite_internal
