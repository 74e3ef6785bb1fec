// Cases: adding, finding, listing and removing them, and their targets and
// identifier hashes.
#include <string>

#include "common/sqlite.h"
#include "common/strings.h"
#include "exposure/pipeline.h"
#include "exposure/store.h"

namespace exposure {
namespace {

using sqlite_internal::Statement;
using sqlite_internal::Transaction;

constexpr std::size_t kMaxCaseNameBytes = 100;

absl::Status CheckName(std::string_view name, const std::string& path) {
  if (name.empty() || name.size() > kMaxCaseNameBytes) {
    return absl::InvalidArgumentError(StrCat(path, ": a case name has 1 to ",
                                             kMaxCaseNameBytes, " characters"));
  }
  for (char c : name) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      return absl::InvalidArgumentError(
          StrCat(path, ": a case name cannot hold control characters"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Case> Store::AddCase(std::string_view name,
                                    std::string_view note) {
  absl::Status valid = CheckName(name, path_);
  if (!valid.ok()) return valid;
  Statement insert(db_,
                   "INSERT INTO cases (name, note, created_at) "
                   "VALUES (?, ?, ?)");
  insert.Bind(1, name).Bind(2, note).Bind(3, NowRfc3339());
  int code = insert.Run();
  if (code == SQLITE_CONSTRAINT) {
    return absl::AlreadyExistsError(
        StrCat(path_, ": case '", name, "' already exists"));
  }
  if (code != SQLITE_DONE) return Error(StrCat("add case '", name, "'"));
  return GetCase(name);
}

absl::StatusOr<Case> Store::GetCase(std::string_view name) {
  Statement select(
      db_,
      "SELECT id, name, note, created_at, "
      "(SELECT COUNT(DISTINCT identifier) FROM identifiers i WHERE "
      "i.case_id = "
      "cases.id) FROM cases WHERE name = ?");
  select.Bind(1, name);
  int code = select.Step();
  if (code == SQLITE_DONE) {
    return absl::NotFoundError(StrCat(path_, ": no case named '", name,
                                      "' (see 'exposure case list')"));
  }
  if (code != SQLITE_ROW) return Error(StrCat("read case '", name, "'"));
  Case found;
  found.id = select.Int(0);
  found.name = select.Text(1);
  found.note = select.Text(2);
  found.created_at = select.Text(3);
  found.identifiers = static_cast<int>(select.Int(4));
  Statement targets(db_,
                    "SELECT url FROM targets WHERE case_id = ? ORDER BY id");
  targets.Bind(1, found.id);
  while ((code = targets.Step()) == SQLITE_ROW) {
    found.targets.push_back(targets.Text(0));
  }
  if (code != SQLITE_DONE) return Error(StrCat("read case '", name, "'"));
  return found;
}

absl::StatusOr<Case> Store::GetOrAddCase(std::string_view name) {
  absl::StatusOr<Case> found = GetCase(name);
  if (found.ok() || !absl::IsNotFound(found.status())) return found;
  absl::StatusOr<Case> added = AddCase(name, "");
  // Another process may have added it in between.
  if (absl::IsAlreadyExists(added.status())) return GetCase(name);
  return added;
}

absl::StatusOr<std::vector<Case>> Store::ListCases() {
  std::vector<std::string> names;
  {
    Statement select(db_, "SELECT name FROM cases ORDER BY name");
    int code;
    while ((code = select.Step()) == SQLITE_ROW) {
      names.push_back(select.Text(0));
    }
    if (code != SQLITE_DONE) return Error("list the cases");
  }
  std::vector<Case> cases;
  for (const std::string& name : names) {
    absl::StatusOr<Case> found = GetCase(name);
    if (!found.ok()) return found.status();
    cases.push_back(*std::move(found));
  }
  return cases;
}

absl::Status Store::RemoveCase(std::string_view name) {
  absl::StatusOr<Case> found = GetCase(name);
  if (!found.ok()) return found.status();
  Statement remove(db_, "DELETE FROM cases WHERE id = ?");
  remove.Bind(1, found->id);
  if (remove.Run() != SQLITE_DONE) {
    return Error(StrCat("remove case '", name, "'"));
  }
  return absl::OkStatus();
}

absl::Status Store::AddTargets(int64_t case_id,
                               const std::vector<std::string>& urls) {
  Transaction transaction(db_);
  if (transaction.begin_code() != SQLITE_OK) return Error("add targets");
  Statement insert(db_,
                   "INSERT OR IGNORE INTO targets (case_id, url, added_at) "
                   "VALUES (?, ?, ?)");
  std::string now = NowRfc3339();
  for (const std::string& url : urls) {
    insert.Bind(1, case_id).Bind(2, url).Bind(3, now);
    if (insert.Run() != SQLITE_DONE) return Error("add targets");
    insert.Reset();
  }
  if (transaction.Commit() != SQLITE_OK) return Error("add targets");
  return absl::OkStatus();
}

absl::Status Store::AddIdentifier(int64_t case_id, std::string_view kind,
                                  const std::vector<std::string>& hashes) {
  Transaction transaction(db_);
  if (transaction.begin_code() != SQLITE_OK) return Error("add identifiers");
  Statement next(db_,
                 "SELECT COALESCE(MAX(identifier), 0) + 1 FROM identifiers "
                 "WHERE case_id = ?");
  next.Bind(1, case_id);
  if (next.Step() != SQLITE_ROW) return Error("add identifiers");
  int64_t identifier = next.Int(0);
  next.Reset();
  Statement insert(db_,
                   "INSERT OR IGNORE INTO identifiers (case_id, hmac, kind, "
                   "identifier, added_at) VALUES (?, ?, ?, ?, ?)");
  std::string now = NowRfc3339();
  for (const std::string& hash : hashes) {
    insert.Bind(1, case_id).Bind(2, hash).Bind(3, kind).Bind(4, identifier);
    insert.Bind(5, now);
    if (insert.Run() != SQLITE_DONE) return Error("add identifiers");
    insert.Reset();
  }
  if (transaction.Commit() != SQLITE_OK) return Error("add identifiers");
  return absl::OkStatus();
}

absl::StatusOr<std::vector<std::string>> Store::IdentifierHashes(
    int64_t case_id) {
  Statement select(db_, "SELECT hmac FROM identifiers WHERE case_id = ?");
  select.Bind(1, case_id);
  std::vector<std::string> hashes;
  int code;
  while ((code = select.Step()) == SQLITE_ROW) hashes.push_back(select.Text(0));
  if (code != SQLITE_DONE) return Error("read identifiers");
  return hashes;
}

}  // namespace exposure
