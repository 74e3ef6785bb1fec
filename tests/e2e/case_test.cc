// End-to-end tests of cases with the real binary, a real loopback site that
// changes between scans, and a real database file: statuses, history,
// kill -9 mid-scan, locks, --exit-code, --notify-cmd, schedule --print.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "common/loopback_server.h"
#include "common/run_binary.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace exposure {
namespace {

using testing::LoopbackServer;
using testing::RunBinary;
using testing::RunResult;

RunResult Exposure(const std::vector<std::string>& arguments) {
  return RunBinary(EXPOSURE_BINARY, arguments);
}

// True when the report file passes reports/exposure-report.schema.json and
// the contract checks of tests/report/validate_report.py.
bool ValidReport(const std::string& path) {
  std::string data = EXPOSURE_TEST_DATA;
  std::string command = "python3 " + data + "/report/validate_report.py " +
                        data + "/../reports/exposure-report.schema.json '" +
                        path + "'";
  return std::system(command.c_str()) == 0;
}

std::string Page(const std::string& title, const std::string& body,
                 const std::string& links = "") {
  return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<title>" +
         title + "</title></head><body><main>" + body + links +
         "</main></body></html>";
}

// Rosa's small site in two versions: in the second, the "move" post no
// longer has her phone number and the "market" post has her email.
class ChangingSite : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = testing::MakeTempDir();
    db_ = folder_ + "/db/exposure.db";
    server_.Get("/", [this](const httplib::Request& request,
                            httplib::Response& response) {
      Serve(request, response,
            Page("Rosa Delgado",
                 "<div class=\"profile-card\"><h1 class=\"username\">Rosa "
                 "Delgado</h1><p class=\"bio\">Retired teacher, 61 years "
                 "old, knitting and birds.</p></div>",
                 "<ul class=\"post-list\"><li class=\"post\"><a "
                 "href=\"/posts/market/\">Saturday market haul</a></li><li "
                 "class=\"post\"><a href=\"/posts/move/\">We "
                 "moved!</a></li></ul>"));
    });
    server_.Get("/posts/move/", [this](const httplib::Request& request,
                                       httplib::Response& response) {
      Serve(request, response,
            Page("We moved!",
                 version_ == 1
                     ? "<article class=\"post\"><p>New place, same number "
                       "(614) 555-0163. Text me anytime.</p></article>"
                     : "<article class=\"post\"><p>New place, settling in "
                       "nicely.</p></article>"));
    });
    server_.Get("/d/", [this](const httplib::Request& request,
                              httplib::Response& response) {
      Serve(request, response,
            Page("Dana",
                 "<div class=\"profile-card\"><h1 class=\"username\">"
                 "Dana</h1><p class=\"bio\">I'm 45 years old.</p>"
                 "</div>"));
    });
    server_.Get("/posts/market/", [this](const httplib::Request& request,
                                         httplib::Response& response) {
      if (slow_) {
        for (int i = 0; i < 600 && slow_; ++i) {
          std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
      }
      Serve(request, response,
            Page("Saturday market haul",
                 version_ == 1
                     ? "<article class=\"post\"><p>Got three skeins of wool "
                       "and some honey.</p></article>"
                     : "<article class=\"post\"><p>Got three skeins of wool. "
                       "Email me at rosa.delgado@example.com if you want "
                       "some.</p></article>"));
    });
    ASSERT_TRUE(server_.Start());
  }

  void TearDown() override {
    slow_ = false;
    std::filesystem::remove_all(folder_);
  }

  // Serves `html` with an ETag, answering a matching If-None-Match with 304.
  void Serve(const httplib::Request& request, httplib::Response& response,
             const std::string& html) {
    std::string etag =
        "\"v" + std::to_string(version_.load()) + "-" +
        std::to_string(std::hash<std::string>{}(request.path) % 100000) + "\"";
    response.set_header("ETag", etag);
    if (request.get_header_value("If-None-Match") == etag) {
      ++not_modified_;
      response.status = 304;
      return;
    }
    response.set_content(html, "text/html; charset=utf-8");
  }

  std::vector<std::string> Args(std::vector<std::string> arguments) {
    arguments.push_back("--db");
    arguments.push_back(db_);
    return arguments;
  }

  // {category:value -> status} of a JSON report.
  static std::map<std::string, std::string> Statuses(const std::string& text) {
    std::map<std::string, std::string> statuses;
    nlohmann::json report = nlohmann::json::parse(text);
    for (const auto& exposure : report["exposures"]) {
      statuses[exposure["category"].get<std::string>() + ":" +
               exposure["value"].get<std::string>()] =
          exposure.value("status", "");
    }
    return statuses;
  }

  LoopbackServer server_;
  std::atomic<int> version_{1};
  std::atomic<bool> slow_{false};
  std::atomic<int> not_modified_{0};
  std::string folder_;
  std::string db_;
};

TEST_F(ChangingSite, RescanReportsResolvedNewAndPersisting) {
  RunResult first =
      Exposure(Args({"scan", "--case", "c", "--allow-private-network",
                     "--format", "json", server_.Url("/")}));
  ASSERT_EQ(first.exit_code, 0) << first.standard_error;
  std::map<std::string, std::string> before = Statuses(first.standard_output);
  ASSERT_EQ(before.count("phone:+16145550163"), 1u) << first.standard_output;
  EXPECT_EQ(before["phone:+16145550163"], "new");
  EXPECT_EQ(before.count("email:rosa.delgado@example.com"), 0u);
  nlohmann::json first_report = nlohmann::json::parse(first.standard_output);
  EXPECT_EQ(first_report["scan"]["case"], "c");

  version_ = 2;
  std::string report_path = folder_ + "/rescan.json";
  RunResult second =
      Exposure(Args({"rescan", "--case", "c", "--allow-private-network",
                     "--format", "json", "-o", report_path}));
  ASSERT_EQ(second.exit_code, 0) << second.standard_error;
  std::string text = testing::ReadFile(report_path);
  EXPECT_TRUE(ValidReport(report_path));
  std::map<std::string, std::string> after = Statuses(text);
  EXPECT_EQ(after["phone:+16145550163"], "resolved");
  EXPECT_EQ(after["email:rosa.delgado@example.com"], "new");
  int persisting = 0;
  for (const auto& [key, status] : after) {
    if (key == "phone:+16145550163" ||
        key == "email:rosa.delgado@example.com") {
      continue;
    }
    EXPECT_EQ(status, "persisting") << key;
    ++persisting;
  }
  EXPECT_GE(persisting, 1);  // the age, at least
  EXPECT_EQ(before.size() - 1 + 1, after.size() - 1);

  // The resolved phone keeps the date it was last seen.
  nlohmann::json report = nlohmann::json::parse(text);
  for (const auto& exposure : report["exposures"]) {
    if (exposure["category"] == "phone") {
      EXPECT_EQ(exposure["last_seen"], first_report["scan"]["finished_at"]);
    }
  }

  // Text shows the removal as verified.
  RunResult diff = Exposure(Args({"diff", "--case", "c", "--format", "text"}));
  ASSERT_EQ(diff.exit_code, 0) << diff.standard_error;
  EXPECT_NE(diff.standard_output.find("removal verified, last seen"),
            std::string::npos)
      << diff.standard_output;

  RunResult history = Exposure(Args({"history", "--case", "c"}));
  ASSERT_EQ(history.exit_code, 0) << history.standard_error;
  EXPECT_NE(history.standard_output.find("\n2\t"), std::string::npos)
      << history.standard_output;
}

TEST_F(ChangingSite, ExitCodeTenOnlyWhenSomethingIsNew) {
  ASSERT_EQ(Exposure(Args({"scan", "--case", "c", "--allow-private-network",
                           "--format", "json", server_.Url("/")}))
                .exit_code,
            0);
  std::string reports = folder_ + "/reports";
  RunResult same =
      Exposure(Args({"rescan", "--case", "c", "--allow-private-network",
                     "--exit-code", "--report-dir", reports}));
  EXPECT_EQ(same.exit_code, 0) << same.standard_error;
  version_ = 2;
  std::string notified = folder_ + "/notified";
  ASSERT_EQ(mkdir(notified.c_str(), 0700), 0);
  RunResult changed = Exposure(
      Args({"rescan", "--case", "c", "--allow-private-network", "--exit-code",
            "--report-dir", reports, "--notify-cmd", "cp -t " + notified}));
  EXPECT_EQ(changed.exit_code, 10) << changed.standard_error;
  // The report went to --report-dir, and --notify-cmd got its path.
  int in_reports = 0, in_notified = 0;
  for (const auto& entry : std::filesystem::directory_iterator(reports)) {
    (void)entry;
    ++in_reports;
  }
  for (const auto& entry : std::filesystem::directory_iterator(notified)) {
    EXPECT_EQ(Statuses(testing::ReadFile(
                  entry.path()))["email:rosa.delgado@example.com"],
              "new");
    ++in_notified;
  }
  EXPECT_EQ(in_reports, 2);
  EXPECT_EQ(in_notified, 1);
}

// Starts the binary without waiting; its output is discarded.
pid_t Spawn(const std::vector<std::string>& arguments) {
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_RDWR);
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(EXPOSURE_BINARY));
    for (const std::string& argument : arguments) {
      argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    execv(EXPOSURE_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

bool WaitForRequest(const LoopbackServer& server, const std::string& path,
                    std::size_t count) {
  for (int i = 0; i < 600; ++i) {  // 60 s, generous
    std::size_t seen = 0;
    for (const std::string& requested : server.requested_paths()) {
      if (requested == path) ++seen;
    }
    if (seen >= count) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

TEST_F(ChangingSite, KillDashNineMidRescanLeavesEarlierScansIntact) {
  for (int i = 0; i < 2; ++i) {
    ASSERT_EQ(Exposure(Args({"scan", "--case", "c", "--allow-private-network",
                             "--format", "json", server_.Url("/")}))
                  .exit_code,
              0);
  }
  // A second case on the same database, on a page that is not slow.
  ASSERT_EQ(Exposure(Args({"case", "add", "d"})).exit_code, 0);
  ASSERT_EQ(
      Exposure(Args({"case", "add-target", "d", server_.Url("/d/")})).exit_code,
      0);
  RunResult before = Exposure(Args({"history", "--case", "c"}));
  ASSERT_EQ(before.exit_code, 0);

  slow_ = true;
  version_ = 2;
  pid_t pid = Spawn(Args({"rescan", "--case", "c", "--allow-private-network",
                          "-o", folder_ + "/never.json"}));
  ASSERT_GT(pid, 0);
  ASSERT_TRUE(WaitForRequest(server_, "/posts/market/", 3));

  // While it runs: the same case is refused, another case scans fine.
  RunResult same =
      Exposure(Args({"rescan", "--case", "c", "--allow-private-network", "-o",
                     folder_ + "/same.json"}));
  EXPECT_EQ(same.exit_code, 2);
  EXPECT_NE(same.standard_error.find("is being scanned"), std::string::npos)
      << same.standard_error;
  RunResult other =
      Exposure(Args({"rescan", "--case", "d", "--allow-private-network", "-o",
                     folder_ + "/d.json"}));
  EXPECT_EQ(other.exit_code, 0) << other.standard_error;

  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status));

  RunResult after = Exposure(Args({"history", "--case", "c"}));
  ASSERT_EQ(after.exit_code, 0) << after.standard_error;
  EXPECT_EQ(after.standard_output, before.standard_output);
  // The killed scan left no stale lock.
  slow_ = false;
  RunResult again =
      Exposure(Args({"rescan", "--case", "c", "--allow-private-network", "-o",
                     folder_ + "/again.json"}));
  EXPECT_EQ(again.exit_code, 0) << again.standard_error;
}

TEST_F(ChangingSite, ConditionalRequestsReuseThePageCache) {
  ASSERT_EQ(Exposure(Args({"scan", "--case", "c", "--allow-private-network",
                           "--format", "json", server_.Url("/")}))
                .exit_code,
            0);
  RunResult second =
      Exposure(Args({"rescan", "--case", "c", "--allow-private-network",
                     "--format", "json", "-o", folder_ + "/r.json"}));
  ASSERT_EQ(second.exit_code, 0) << second.standard_error;
  if (not_modified_ == 0) {
    GTEST_SKIP() << "the crawler does not send conditional requests yet "
                    "(CrawlOptions::cached_page)";
  }
  EXPECT_EQ(not_modified_, 3);
  // Unchanged pages answered 304 are analysed from the cache.
  std::map<std::string, std::string> statuses =
      Statuses(testing::ReadFile(folder_ + "/r.json"));
  EXPECT_EQ(statuses["phone:+16145550163"], "persisting");
}

TEST_F(ChangingSite, KnownIdentifiersAreFlaggedInReformattedCopies) {
  std::string key = folder_ + "/key";
  ASSERT_EQ(Exposure(Args({"case", "add", "c"})).exit_code, 0);
  RunResult added = Exposure(Args({"case", "add-identifier", "c", "--phone",
                                   "+1 614 555 0163", "--key-file", key}));
  ASSERT_EQ(added.exit_code, 0) << added.standard_error;
  struct stat info {};
  ASSERT_EQ(stat(key.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600);
  RunResult scan =
      Exposure(Args({"scan", "--case", "c", "--allow-private-network",
                     "--key-file", key, "--format", "json", server_.Url("/")}));
  ASSERT_EQ(scan.exit_code, 0) << scan.standard_error;
  std::string path = folder_ + "/known.json";
  {
    FILE* file = fopen(path.c_str(), "w");
    ASSERT_NE(file, nullptr);
    fputs(scan.standard_output.c_str(), file);
    fclose(file);
  }
  EXPECT_TRUE(ValidReport(path));
  nlohmann::json report = nlohmann::json::parse(scan.standard_output);
  for (const auto& exposure : report["exposures"]) {
    if (exposure["category"] == "phone") {
      EXPECT_EQ(exposure.value("known", false), true);
      EXPECT_EQ(exposure["confidence"], 1.0);
    } else {
      EXPECT_FALSE(exposure.contains("known"));
    }
  }
  RunResult show = Exposure(Args({"case", "show", "c"}));
  EXPECT_NE(show.standard_output.find("known identifiers: 1"),
            std::string::npos);
  EXPECT_EQ(show.standard_output.find("555"), std::string::npos);
  // The database holds no plain form of the identifier outside scan data.
  std::string bytes = testing::ReadFile(db_) + testing::ReadFile(db_ + "-wal");
  EXPECT_EQ(bytes.find("+1 614 555 0163"), std::string::npos);
}

TEST(CaseCli, RemoveNeedsYesWhenNotOnATerminal) {
  std::string folder = testing::MakeTempDir();
  std::string db = folder + "/x.db";
  ASSERT_EQ(Exposure({"case", "add", "c", "--note", "n", "--db", db}).exit_code,
            0);
  RunResult refused = Exposure({"case", "remove", "c", "--db", db});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.standard_error.find("--yes"), std::string::npos);
  EXPECT_NE(Exposure({"case", "list", "--db", db}).standard_output.find("c\t"),
            std::string::npos);
  EXPECT_EQ(Exposure({"case", "remove", "c", "--yes", "--db", db}).exit_code,
            0);
  EXPECT_EQ(Exposure({"case", "show", "c", "--db", db}).exit_code, 2);
  EXPECT_EQ(Exposure({"rescan", "--case", "nobody", "--db", db}).exit_code, 2);
  std::filesystem::remove_all(folder);
}

TEST(CaseCli, DatabaseFolderAndFileAreOwnerOnly) {
  std::string folder = testing::MakeTempDir();
  std::string db = folder + "/new/dir/x.db";
  ASSERT_EQ(Exposure({"case", "add", "c", "--db", db}).exit_code, 0);
  struct stat info {};
  ASSERT_EQ(stat((folder + "/new/dir").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0700);
  ASSERT_EQ(stat(db.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600);
  std::filesystem::remove_all(folder);
}

TEST(CaseCli, UnwritableDatabaseIsAClearErrorNotACrash) {
  RunResult result =
      Exposure({"case", "add", "c", "--db", "/proc/exposure-test/x.db"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.standard_error.find("/proc/exposure-test"),
            std::string::npos)
      << result.standard_error;
}

TEST(CaseCli, SchedulePrintShowsUnitsAndCrontabLine) {
  std::string folder = testing::MakeTempDir();
  std::string db = folder + "/x.db";
  ASSERT_EQ(Exposure({"case", "add", "Rosa D", "--db", db}).exit_code, 0);
  RunResult printed =
      Exposure({"schedule", "--case", "Rosa D", "--every", "weekly", "--print",
                "--report-dir", folder + "/reports", "--db", db});
  ASSERT_EQ(printed.exit_code, 0) << printed.standard_error;
  const std::string& out = printed.standard_output;
  EXPECT_NE(out.find("exposure-rescan-rosa-d.service"), std::string::npos);
  EXPECT_NE(out.find("OnCalendar=weekly"), std::string::npos);
  EXPECT_NE(out.find("\"rescan\" \"--case\" \"Rosa D\""), std::string::npos)
      << out;
  EXPECT_NE(out.find("\"--exit-code\""), std::string::npos);
  EXPECT_NE(out.find("\"--report-dir\" \"" + folder + "/reports\""),
            std::string::npos);
  EXPECT_NE(out.find("17 3 * * 1 "), std::string::npos);
  EXPECT_NE(out.find("'Rosa D'"), std::string::npos);
  // Nothing installed with --print.
  EXPECT_FALSE(std::filesystem::exists(folder + "/reports"));
  RunResult bad = Exposure(
      {"schedule", "--case", "Rosa D", "--every", "hourly", "--db", db});
  EXPECT_EQ(bad.exit_code, 2);
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace exposure
