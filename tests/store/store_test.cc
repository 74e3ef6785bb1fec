// The case store on real SQLite files in a temporary folder: schema and
// migrations, owner-only files, cases, scans and statuses, locking.
#include "exposure/store.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "common/run_binary.h"
#include "common/sqlite.h"
#include "exposure/report.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace exposure {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = testing::MakeTempDir();
    ASSERT_FALSE(folder_.empty());
    path_ = folder_ + "/data/exposure/exposure.db";
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }

  std::unique_ptr<Store> Open() {
    absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(path_);
    EXPECT_TRUE(store.ok()) << store.status();
    return store.ok() ? *std::move(store) : nullptr;
  }

  static Exposure MakeExposure(Category category, const std::string& value,
                               int risk) {
    Exposure exposure;
    exposure.category = category;
    exposure.value = value;
    exposure.display = value;
    exposure.id = ExposureId(category, value);
    exposure.risk = risk;
    exposure.level = RiskLevel(risk);
    exposure.confidence = 0.9;
    exposure.why = "why";
    Occurrence occurrence;
    occurrence.url = "https://a.example/";
    occurrence.snippet = "snippet " + value;
    occurrence.matched = value;
    occurrence.rule_id = "rule";
    exposure.occurrences.push_back(occurrence);
    exposure.advice.push_back({"title", {"step"}, ""});
    return exposure;
  }

  static Report MakeReport(std::vector<Exposure> exposures,
                           const std::string& time) {
    Report report;
    report.started_at = time;
    report.finished_at = time;
    report.targets.push_back({"https://a.example/", "ok", 1, ""});
    report.pages = 1;
    report.exposures = std::move(exposures);
    return report;
  }

  static int Mode(const std::string& path) {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) return -1;
    return info.st_mode & 0777;
  }

  std::string folder_;
  std::string path_;
};

TEST_F(StoreTest, NewDatabaseHasTheCurrentSchema) {
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*store->SchemaVersion(), kStoreSchemaVersion);
}

TEST_F(StoreTest, FolderAndFilesAreOwnerOnly) {
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->AddCase("c", "").ok());  // a write creates -wal / -shm
  EXPECT_EQ(Mode(folder_ + "/data/exposure"), 0700);
  EXPECT_EQ(Mode(folder_ + "/data"), 0700);
  EXPECT_EQ(Mode(path_), 0600);
  EXPECT_EQ(Mode(path_ + "-wal"), 0600);
  EXPECT_EQ(Mode(path_ + "-shm"), 0600);
}

TEST_F(StoreTest, VersionOneFixtureIsMigratedWithItsDataIntact) {
  std::filesystem::create_directories(folder_ + "/data/exposure");
  std::string sql = testing::ReadFile(std::string(EXPOSURE_TEST_DATA) +
                                      "/fixtures/store/v1.sql");
  ASSERT_FALSE(sql.empty());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);

  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*store->SchemaVersion(), kStoreSchemaVersion);
  absl::StatusOr<Case> rosa = store->GetCase("rosa");
  ASSERT_TRUE(rosa.ok()) << rosa.status();
  EXPECT_EQ(rosa->note, "weekly check");
  EXPECT_EQ(rosa->targets,
            std::vector<std::string>{"https://social.example/@rosa"});
  absl::StatusOr<std::vector<ScanSummary>> scans = store->ListScans(rosa->id);
  ASSERT_TRUE(scans.ok());
  ASSERT_EQ(scans->size(), 2u);
  EXPECT_EQ((*scans)[1].by_status["persisting"], 1);
  EXPECT_EQ((*scans)[1].by_status["resolved"], 1);
  absl::StatusOr<Report> second = store->LoadScan(rosa->id, 2);
  ASSERT_TRUE(second.ok()) << second.status();
  ASSERT_EQ(second->exposures.size(), 2u);
  EXPECT_EQ(second->exposures[0].value, "+16145550163");
  EXPECT_EQ(second->exposures[0].display, "(614) 555-0163");
  EXPECT_EQ(second->exposures[0].occurrences[0].rule_id, "phone.nanp");
  EXPECT_EQ(second->exposures[0].last_seen, "2026-10-08T09:01:00Z");
  EXPECT_EQ(second->exposures[1].status, "resolved");

  // The migrated database takes the new version's data.
  EXPECT_TRUE(store->AddIdentifier(rosa->id, "phone", {"ab"}).ok());
  EXPECT_EQ(store->GetCase("rosa")->identifiers, 1);
}

TEST_F(StoreTest, ANewerSchemaIsRefused) {
  {
    std::unique_ptr<Store> store = Open();
    ASSERT_NE(store, nullptr);
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_TRUE(absl::IsFailedPrecondition(store.status()));
  EXPECT_NE(store.status().message().find(path_), std::string::npos);
}

TEST_F(StoreTest, NotADatabaseIsAClearError) {
  std::filesystem::create_directories(folder_ + "/data/exposure");
  FILE* file = fopen(path_.c_str(), "w");
  fputs("this is not a database, just some text that is long enough..........",
        file);
  fclose(file);
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(path_), std::string::npos);
}

TEST_F(StoreTest, ReadOnlyDatabaseGivesAClearErrorOnWrite) {
  if (geteuid() == 0) GTEST_SKIP() << "root ignores file permissions";
  {
    std::unique_ptr<Store> store = Open();
    ASSERT_TRUE(store->AddCase("c", "").ok());
  }
  chmod(path_.c_str(), 0400);
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(path_);
  absl::Status status =
      store.ok() ? (*store)->AddCase("d", "").status() : store.status();
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find(path_), std::string::npos) << status;
}

TEST_F(StoreTest, AFullDiskIsResourceExhaustedNamingThePath) {
  {
    std::unique_ptr<Store> store = Open();
    ASSERT_NE(store, nullptr);
  }
  // SQLite reports SQLITE_FULL when max_page_count is reached, exactly as
  // for a full disk.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA max_page_count = 1", nullptr, nullptr, nullptr);
  int code = sqlite3_exec(
      db,
      "INSERT INTO cases (name, created_at) VALUES (hex(zeroblob(9000)), '')",
      nullptr, nullptr, nullptr);
  absl::Status status =
      sqlite_internal::SqliteError(db, code, path_, "store the scan");
  sqlite3_close(db);
  EXPECT_EQ(code, SQLITE_FULL);
  EXPECT_TRUE(absl::IsResourceExhausted(status)) << status;
  EXPECT_NE(status.message().find(path_), std::string::npos);
  EXPECT_NE(status.message().find("nothing was changed"), std::string::npos);
  // And nothing was: the database still opens with its schema.
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_TRUE(store->ListCases()->empty());
}

TEST_F(StoreTest, CasesAddListShowRemove) {
  std::unique_ptr<Store> store = Open();
  ASSERT_TRUE(store->AddCase("rosa", "note").ok());
  EXPECT_TRUE(absl::IsAlreadyExists(store->AddCase("rosa", "").status()));
  EXPECT_TRUE(absl::IsInvalidArgument(store->AddCase("", "").status()));
  EXPECT_TRUE(absl::IsInvalidArgument(store->AddCase("a\nb", "").status()));
  EXPECT_TRUE(absl::IsNotFound(store->GetCase("nobody").status()));
  absl::StatusOr<Case> rosa = store->GetCase("rosa");
  ASSERT_TRUE(
      store
          ->AddTargets(rosa->id, {"https://a.example/", "https://b.example/",
                                  "https://a.example/"})
          .ok());
  EXPECT_EQ(store->GetCase("rosa")->targets.size(), 2u);
  ASSERT_TRUE(store->AddCase("ana", "").ok());
  absl::StatusOr<std::vector<Case>> cases = store->ListCases();
  ASSERT_EQ(cases->size(), 2u);
  EXPECT_EQ((*cases)[0].name, "ana");
  ASSERT_TRUE(
      store->SaveScan(rosa->id, MakeReport({}, "2026-11-01T00:00:00Z"), {})
          .ok());
  ASSERT_TRUE(store->RemoveCase("rosa").ok());
  EXPECT_TRUE(absl::IsNotFound(store->GetCase("rosa").status()));
  EXPECT_TRUE(absl::IsNotFound(store->RemoveCase("rosa")));
}

TEST_F(StoreTest, StatusesAgainstThePreviousScan) {
  Exposure phone = MakeExposure(Category::kPhone, "+16145550163", 90);
  Exposure email = MakeExposure(Category::kEmail, "a@example.com", 70);
  Exposure age = MakeExposure(Category::kAge, "61", 40);
  Report first = MakeReport({phone, age}, "2026-11-01T00:00:00Z");
  ApplyStatuses({}, true, first.finished_at, &first);
  EXPECT_EQ(first.exposures[0].status, "new");
  EXPECT_EQ(first.exposures[1].status, "new");

  Report second = MakeReport({email, age}, "2026-11-08T00:00:00Z");
  ApplyStatuses(first.exposures, true, second.finished_at, &second);
  ASSERT_EQ(second.exposures.size(), 3u);
  // Sorted by risk: the resolved phone first.
  EXPECT_EQ(second.exposures[0].value, "+16145550163");
  EXPECT_EQ(second.exposures[0].status, "resolved");
  EXPECT_EQ(second.exposures[0].last_seen, "2026-11-01T00:00:00Z");
  EXPECT_EQ(second.exposures[1].status, "new");
  EXPECT_EQ(second.exposures[2].status, "persisting");
  EXPECT_EQ(second.exposures[2].last_seen, "2026-11-08T00:00:00Z");

  // Resolved once is not resolved again.
  Report third = MakeReport({email, age}, "2026-11-15T00:00:00Z");
  ApplyStatuses(second.exposures, true, third.finished_at, &third);
  EXPECT_EQ(third.exposures.size(), 2u);
}

TEST_F(StoreTest, AFailedTargetDoesNotVerifyARemoval) {
  Exposure phone = MakeExposure(Category::kPhone, "+16145550163", 90);
  Report first = MakeReport({phone}, "2026-11-01T00:00:00Z");
  ApplyStatuses({}, true, first.finished_at, &first);
  Report second = MakeReport({}, "2026-11-08T00:00:00Z");
  ApplyStatuses(first.exposures, /*complete=*/false, second.finished_at,
                &second);
  ASSERT_EQ(second.exposures.size(), 1u);
  EXPECT_EQ(second.exposures[0].status, "persisting");
  EXPECT_EQ(second.exposures[0].last_seen, "2026-11-01T00:00:00Z");
  EXPECT_FALSE(second.warnings.empty());
}

// A report whose exposures live in a spill database is refused, not
// stored without them.
class NoExposures : public SpilledExposures {
 public:
  std::size_t size() const override { return 1; }
  absl::Status ForEach(
      const std::function<bool(const Exposure&)>&) const override {
    return absl::OkStatus();
  }
};

TEST_F(StoreTest, ASpilledReportIsRefusedNotStoredEmpty) {
  std::unique_ptr<Store> store = Open();
  absl::StatusOr<Case> c = store->AddCase("c", "");
  Report report = MakeReport({}, "2026-11-01T00:00:00Z");
  report.spilled = std::make_shared<NoExposures>();
  absl::StatusOr<int64_t> id = store->SaveScan(c->id, report, {});
  EXPECT_EQ(id.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_FALSE(store->LatestScanId(c->id)->has_value());
}

TEST_F(StoreTest, ScansAreStoredAndReadBack) {
  std::unique_ptr<Store> store = Open();
  absl::StatusOr<Case> c = store->AddCase("c", "");
  Exposure phone = MakeExposure(Category::kPhone, "+16145550163", 90);
  phone.known = true;
  Report report = MakeReport({phone}, "2026-11-01T00:00:00Z");
  ApplyStatuses({}, true, report.finished_at, &report);
  absl::StatusOr<int64_t> id = store->SaveScan(c->id, report, {});
  ASSERT_TRUE(id.ok()) << id.status();
  EXPECT_EQ(*store->LatestScanId(c->id), *id);
  absl::StatusOr<Report> loaded = store->LoadScan(c->id, *id);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->case_name, "c");
  ASSERT_EQ(loaded->targets.size(), 1u);
  EXPECT_EQ(loaded->targets[0].input, "https://a.example/");
  ASSERT_EQ(loaded->exposures.size(), 1u);
  EXPECT_TRUE(loaded->exposures[0].known);
  EXPECT_EQ(loaded->exposures[0].status, "new");
  EXPECT_EQ(loaded->exposures[0].occurrences[0].snippet,
            "snippet +16145550163");
  EXPECT_TRUE(absl::IsNotFound(store->LoadScan(c->id, *id + 1).status()));
  absl::StatusOr<std::vector<ScanSummary>> scans = store->ListScans(c->id);
  EXPECT_EQ((*scans)[0].by_level["critical"], 1);
}

TEST_F(StoreTest, PageCacheKeepsTheLatestCompressedCopy) {
  std::unique_ptr<Store> store = Open();
  absl::StatusOr<Case> c = store->AddCase("c", "");
  std::string body(100000, 'x');
  PageCacheEntry entry{"https://a.example/", {"\"v1\"", "", "text/html", body}};
  ASSERT_TRUE(
      store->SaveScan(c->id, MakeReport({}, "2026-11-01T00:00:00Z"), {entry})
          .ok());
  entry.page.etag = "\"v2\"";
  ASSERT_TRUE(
      store->SaveScan(c->id, MakeReport({}, "2026-11-02T00:00:00Z"), {entry})
          .ok());
  absl::StatusOr<std::optional<CachedPage>> cached =
      store->GetCachedPage(c->id, "https://a.example/");
  ASSERT_TRUE(cached.ok() && cached->has_value());
  EXPECT_EQ((*cached)->etag, "\"v2\"");
  EXPECT_EQ((*cached)->content_type, "text/html");
  EXPECT_EQ((*cached)->body, body);
  EXPECT_FALSE(store->GetCachedPage(c->id, "https://b.example/")->has_value());
  // Compressed: the file is far smaller than two copies of the body.
  store.reset();
  EXPECT_LT(std::filesystem::file_size(path_), body.size());
}

TEST_F(StoreTest, IdentifiersAreStoredOnlyAsKeyedHashes) {
  IdentifierKey key = IdentifierKey::FromBytes(std::string(32, 'k'));
  std::unique_ptr<Store> store = Open();
  absl::StatusOr<Case> c = store->AddCase("c", "");
  struct Given {
    IdentifierKind kind;
    const char* value;
    const char* plain;  // must not be in the file
  } given[] = {
      {IdentifierKind::kPhone, "(614) 555-0163", "6145550163"},
      {IdentifierKind::kEmail, "Rosa.Delgado@Example.com", "rosa.delgado"},
      {IdentifierKind::kAddress, "42 Elm Street, Columbus, OH 43215", "elm st"},
      {IdentifierKind::kName, "Rosa Delgado", "rosa delgado"},
  };
  for (const Given& item : given) {
    absl::StatusOr<std::vector<std::string>> keys =
        IdentifierMatchKeys(item.kind, item.value);
    ASSERT_TRUE(keys.ok()) << item.value;
    std::vector<std::string> hashes;
    for (const std::string& match_key : *keys) {
      hashes.push_back(key.Hash(match_key));
    }
    ASSERT_TRUE(store->AddIdentifier(c->id, "x", hashes).ok());
  }
  EXPECT_EQ(store->GetCase("c")->identifiers, 4);
  store.reset();
  std::string bytes =
      testing::ReadFile(path_) + testing::ReadFile(path_ + "-wal");
  ASSERT_FALSE(bytes.empty());
  for (const Given& item : given) {
    EXPECT_EQ(bytes.find(item.plain), std::string::npos) << item.plain;
    EXPECT_EQ(bytes.find(item.value), std::string::npos) << item.value;
  }
  EXPECT_EQ(bytes.find("Delgado"), std::string::npos);
  EXPECT_EQ(bytes.find("+16145550163"), std::string::npos);
}

TEST(IdentifierMatchKeys, ReformattedCopiesMatch) {
  Finding phone;
  phone.category = Category::kPhone;
  phone.value = "+16145550163";
  EXPECT_EQ(*IdentifierMatchKeys(IdentifierKind::kPhone, "614.555.0163"),
            FindingMatchKeys(phone));
  EXPECT_EQ(*IdentifierMatchKeys(IdentifierKind::kPhone, "+1 614 555 0163"),
            FindingMatchKeys(phone));

  Finding address;
  address.category = Category::kAddress;
  address.value = "42 Elm St, Columbus, OH 43215";
  std::vector<std::string> known =
      *IdentifierMatchKeys(IdentifierKind::kAddress, "42 elm street");
  std::vector<std::string> found = FindingMatchKeys(address);
  bool shared = false;
  for (const std::string& key : known) {
    for (const std::string& other : found) shared |= key == other;
  }
  EXPECT_TRUE(shared);

  Finding family;
  family.category = Category::kFamily;
  family.value = "ROSA  Delgado";
  std::vector<std::string> name =
      *IdentifierMatchKeys(IdentifierKind::kName, "rosa delgado");
  EXPECT_EQ(FindingMatchKeys(family)[0], name[0]);
  Finding workplace;
  workplace.category = Category::kWorkplace;
  workplace.value = "Rosa Delgado Consulting";
  std::vector<std::string> runs = FindingMatchKeys(workplace);
  EXPECT_NE(std::find(runs.begin(), runs.end(), name[0]), runs.end());
}

TEST(IdentifierMatchKeys, BadValuesAreRejected) {
  EXPECT_FALSE(IdentifierMatchKeys(IdentifierKind::kPhone, "12").ok());
  EXPECT_FALSE(IdentifierMatchKeys(IdentifierKind::kEmail, "nope").ok());
  EXPECT_FALSE(
      IdentifierMatchKeys(IdentifierKind::kAddress, "Elm Street").ok());
  EXPECT_FALSE(IdentifierMatchKeys(IdentifierKind::kName, "  ").ok());
}

TEST_F(StoreTest, KeyFileIsCreatedOwnerOnlyAndReused) {
  std::string key_path = folder_ + "/config/exposure/identifier.key";
  absl::StatusOr<IdentifierKey> first = IdentifierKey::LoadOrCreate(key_path);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(Mode(key_path), 0600);
  EXPECT_EQ(Mode(folder_ + "/config/exposure"), 0700);
  EXPECT_EQ(std::filesystem::file_size(key_path), 32u);
  absl::StatusOr<IdentifierKey> second = IdentifierKey::LoadOrCreate(key_path);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(first->Hash("phone:+16145550163"),
            second->Hash("phone:+16145550163"));
  EXPECT_NE(first->Hash("phone:+16145550163"),
            IdentifierKey::FromBytes(std::string(32, 'k'))
                .Hash("phone:+16145550163"));
  chmod(key_path.c_str(), 0644);
  EXPECT_TRUE(
      absl::IsFailedPrecondition(IdentifierKey::Load(key_path).status()));
}

TEST_F(StoreTest, SameCaseLockIsRefusedAndReleased) {
  std::unique_ptr<Store> store = Open();
  absl::StatusOr<Case> c = store->AddCase("c", "");
  absl::StatusOr<Case> d = store->AddCase("d", "");
  {
    absl::StatusOr<CaseLock> held = CaseLock::Acquire(path_, *c);
    ASSERT_TRUE(held.ok());
    // From another process, as a second scan would be.
    pid_t pid = fork();
    if (pid == 0) {
      absl::StatusOr<CaseLock> same = CaseLock::Acquire(path_, *c);
      absl::StatusOr<CaseLock> other = CaseLock::Acquire(path_, *d);
      bool refused = absl::IsFailedPrecondition(same.status()) &&
                     same.status().message().find("'c'") != std::string::npos;
      _exit(refused && other.ok() ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  EXPECT_TRUE(CaseLock::Acquire(path_, *c).ok());
}

TEST_F(StoreTest, ALockDiesWithItsKilledProcess) {
  std::unique_ptr<Store> store = Open();
  absl::StatusOr<Case> c = store->AddCase("c", "");
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  pid_t pid = fork();
  if (pid == 0) {
    absl::StatusOr<CaseLock> held = CaseLock::Acquire(path_, *c);
    char byte = held.ok() ? 1 : 0;
    (void)!write(ready[1], &byte, 1);
    pause();
    _exit(0);
  }
  char byte = 0;
  ASSERT_EQ(read(ready[0], &byte, 1), 1);
  ASSERT_EQ(byte, 1);
  EXPECT_FALSE(CaseLock::Acquire(path_, *c).ok());
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  EXPECT_TRUE(CaseLock::Acquire(path_, *c).ok());
  close(ready[0]);
  close(ready[1]);
}

TEST_F(StoreTest, TwoConnectionsWriteDifferentCasesAtOnce) {
  {
    std::unique_ptr<Store> store = Open();
    ASSERT_TRUE(store->AddCase("c", "").ok());
    ASSERT_TRUE(store->AddCase("d", "").ok());
  }
  auto writer = [this](const std::string& name, bool* ok) {
    absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(path_);
    *ok = store.ok();
    if (!*ok) return;
    absl::StatusOr<Case> found = (*store)->GetCase(name);
    for (int i = 0; i < 20 && *ok; ++i) {
      Report report =
          MakeReport({MakeExposure(Category::kAge, std::to_string(20 + i), 40)},
                     "2026-11-01T00:00:00Z");
      *ok = (*store)->SaveScan(found->id, report, {}).ok();
    }
  };
  bool c_ok = false, d_ok = false;
  std::thread c_thread(writer, "c", &c_ok);
  std::thread d_thread(writer, "d", &d_ok);
  c_thread.join();
  d_thread.join();
  EXPECT_TRUE(c_ok);
  EXPECT_TRUE(d_ok);
  std::unique_ptr<Store> store = Open();
  EXPECT_EQ(store->ListScans(store->GetCase("c")->id)->size(), 20u);
  EXPECT_EQ(store->ListScans(store->GetCase("d")->id)->size(), 20u);
}

TEST_F(StoreTest, ReportsShowRemovalVerifiedAndKnownIdentifiers) {
  Exposure phone = MakeExposure(Category::kPhone, "+16145550163", 90);
  Exposure email = MakeExposure(Category::kEmail, "a@example.com", 70);
  email.known = true;
  Report first = MakeReport({phone}, "2026-11-01T00:00:00Z");
  ApplyStatuses({}, true, first.finished_at, &first);
  Report second = MakeReport({email}, "2026-11-08T00:00:00Z");
  ApplyStatuses(first.exposures, true, second.finished_at, &second);
  second.case_name = "c";
  for (ReportFormat format :
       {ReportFormat::kText, ReportFormat::kHtml, ReportFormat::kMarkdown}) {
    std::string rendered = Render(second, format, RenderOptions{});
    EXPECT_NE(rendered.find("removal verified, last seen 2026-11-01"),
              std::string::npos)
        << rendered;
    EXPECT_NE(rendered.find("known identifier"), std::string::npos);
  }
  nlohmann::json json =
      nlohmann::json::parse(RenderJson(second, RenderOptions{}));
  EXPECT_EQ(json["scan"]["case"], "c");
  EXPECT_EQ(json["exposures"][0]["status"], "resolved");
  EXPECT_EQ(json["exposures"][0]["last_seen"], "2026-11-01T00:00:00Z");
  EXPECT_FALSE(json["exposures"][0].contains("known"));
  EXPECT_EQ(json["exposures"][1]["status"], "new");
  EXPECT_EQ(json["exposures"][1]["known"], true);
}

TEST(Schedule, UnitsAndCrontabLine) {
  ScheduleOptions options;
  options.case_name = "Rosa D.";
  options.every = "weekly";
  options.binary = "/usr/bin/exposure";
  options.db_path = "/home/a/.local/share/exposure/exposure.db";
  options.report_dir = "/home/a/reports";
  absl::StatusOr<ScheduleFiles> files = MakeSchedule(options);
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(files->unit_name, "exposure-rescan-rosa-d");
  EXPECT_NE(files->timer.find("OnCalendar=weekly"), std::string::npos);
  EXPECT_NE(files->service.find("ExecStart=\"/usr/bin/exposure\" \"rescan\" "
                                "\"--case\" \"Rosa D.\""),
            std::string::npos)
      << files->service;
  EXPECT_NE(files->crontab_line.find("17 3 * * 1 "), std::string::npos);
  EXPECT_NE(files->crontab_line.find("'--exit-code'"), std::string::npos);
  options.every = "hourly";
  EXPECT_TRUE(absl::IsInvalidArgument(MakeSchedule(options).status()));
}

TEST(CaseSlug, FileNameSafe) {
  EXPECT_EQ(CaseSlug("Ana M."), "ana-m");
  EXPECT_EQ(CaseSlug("../../etc"), "etc");
  EXPECT_EQ(CaseSlug("!!!"), "case");
}

}  // namespace
}  // namespace exposure
