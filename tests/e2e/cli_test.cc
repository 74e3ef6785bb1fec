// End-to-end tests: the real exposure binary against a real loopback site.
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <set>
#include <string>
#include <utility>
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

// {category, value} pairs of a JSON report.
std::set<std::pair<std::string, std::string>> Found(const std::string& json) {
  std::set<std::pair<std::string, std::string>> found;
  nlohmann::json report = nlohmann::json::parse(json);
  for (const auto& exposure : report["exposures"]) {
    found.insert({exposure["category"].get<std::string>(),
                  exposure["value"].get<std::string>()});
  }
  return found;
}

TEST(Cli, HelpAndVersion) {
  RunResult help = Exposure({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.standard_output.find("scan"), std::string::npos);
  EXPECT_NE(help.standard_output.find("extract"), std::string::npos);
  RunResult version = Exposure({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.standard_output.find("exposure 0.1.0"), std::string::npos);
}

TEST(Cli, BadUsageExitsTwoWithAClearMessage) {
  struct Case {
    std::vector<std::string> arguments;
    const char* message;
  };
  const Case cases[] = {
      {{"scan", "--no-such-flag", "https://a.example/"}, "no-such-flag"},
      {{"scan", "not-a-url"}, "not an http(s) URL"},
      {{"scan", "ftp://a.example/"}, "not an http(s) URL"},
      {{"extract", "/nonexistent/profile.html"}, "no such file"},
      {{"scan", "--format", "pdf", "https://a.example/"}, "pdf"},
      {{}, "subcommand"},
  };
  for (const Case& c : cases) {
    RunResult result = Exposure(c.arguments);
    EXPECT_EQ(result.exit_code, 2) << c.message;
    EXPECT_NE(result.standard_error.find(c.message), std::string::npos)
        << "stderr: " << result.standard_error;
  }
}

class ScanFixtureSite : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.ServeFolder(std::string(EXPOSURE_TEST_DATA) + "/fixtures/site");
    ASSERT_TRUE(server_.Start());
  }
  LoopbackServer server_;
};

TEST_F(ScanFixtureSite, FindsTheOwnersDetailsAndNoneOfTheNoise) {
  RunResult result = Exposure({"scan", "--allow-private-network", "--format",
                               "json", server_.Url("/")});
  ASSERT_EQ(result.exit_code, 0) << result.standard_error;
  auto found = Found(result.standard_output);
  std::set<std::pair<std::string, std::string>> expected = {
      {"phone", "+16145550163"},
      {"email", "rosa.delgado@example.com"},
      {"age", "61"}};
  EXPECT_EQ(found, expected);
  nlohmann::json report = nlohmann::json::parse(result.standard_output);
  EXPECT_EQ(report["scan"]["targets"][0]["pages"], 3);
  EXPECT_EQ(report["exposures"][0]["category"], "phone");
  EXPECT_EQ(report["exposures"][0]["occurrences"].size(), 2u);
}

TEST_F(ScanFixtureSite, LoopbackIsRefusedWithoutTheFlag) {
  RunResult result = Exposure({"scan", "--format", "json", server_.Url("/")});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.standard_error.find("--allow-private-network"),
            std::string::npos);
  nlohmann::json report = nlohmann::json::parse(result.standard_output);
  EXPECT_EQ(report["scan"]["targets"][0]["status"], "failed");
  EXPECT_TRUE(server_.requested_paths().empty());
}

TEST_F(ScanFixtureSite, ReportFileIsOwnerOnlyAndRedactable) {
  std::string folder = testing::MakeTempDir();
  std::string path = folder + "/report.json";
  RunResult result =
      Exposure({"scan", "--allow-private-network", "--redact", "--format",
                "json", "-o", path, server_.Url("/")});
  ASSERT_EQ(result.exit_code, 0) << result.standard_error;
  EXPECT_TRUE(result.standard_output.empty());
  struct stat info {};
  ASSERT_EQ(stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600);
  std::string contents = testing::ReadFile(path);
  EXPECT_EQ(contents.find("555-0163"), std::string::npos);
  EXPECT_EQ(contents.find("rosa.delgado@example.com"), std::string::npos);
  EXPECT_EQ(Found(contents).size(), 3u);
  unlink(path.c_str());
  rmdir(folder.c_str());
}

TEST(Cli, DemoFindsTheExamplePersonOnly) {
  RunResult result = Exposure({"demo", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.standard_error;
  std::set<std::pair<std::string, std::string>> expected = {
      {"phone", "+15035550142"},
      {"email", "maya.fernandez@example.org"},
      {"age", "34"}};
  EXPECT_EQ(Found(result.standard_output), expected);
}

TEST(Cli, DemoTextReportIsRanked) {
  RunResult result = Exposure({"demo", "--format", "text"});
  ASSERT_EQ(result.exit_code, 0) << result.standard_error;
  std::size_t phone = result.standard_output.find("(503) 555-0142");
  std::size_t age = result.standard_output.find(" age ");
  EXPECT_NE(phone, std::string::npos) << result.standard_output;
  EXPECT_LT(phone, age);
  EXPECT_NE(result.standard_output.find("What to do first"), std::string::npos);
}

TEST(Cli, ExtractReadsLocalFilesAndFolders) {
  std::string site = std::string(EXPOSURE_TEST_DATA) + "/fixtures/site";
  RunResult result = Exposure({"extract", "--format", "json", "--jobs", "2",
                               site + "/index.html", site + "/posts"});
  ASSERT_EQ(result.exit_code, 0) << result.standard_error;
  std::set<std::pair<std::string, std::string>> expected = {
      {"phone", "+16145550163"},
      {"email", "rosa.delgado@example.com"},
      {"age", "61"}};
  EXPECT_EQ(Found(result.standard_output), expected);
  nlohmann::json report = nlohmann::json::parse(result.standard_output);
  EXPECT_EQ(report["summary"]["pages"], 3);
}

TEST(Cli, PatternsListShowsEveryRule) {
  RunResult result = Exposure({"patterns", "list"});
  ASSERT_EQ(result.exit_code, 0);
  EXPECT_NE(result.standard_output.find("phone.nanp"), std::string::npos);
  EXPECT_NE(result.standard_output.find("email.plain"), std::string::npos);
  EXPECT_NE(result.standard_output.find("age.i_am"), std::string::npos);
}

TEST(Cli, ExtraPatternsAddRulesAndBadOnesAreRejectedWithFileAndLine) {
  std::string folder = testing::MakeTempDir();
  std::string rule_path = folder + "/pets.toml";
  {
    FILE* file = fopen(rule_path.c_str(), "w");
    ASSERT_NE(file, nullptr);
    fputs(
        "[[rule]]\nid = \"family.pet\"\ncategory = \"family\"\n"
        "pattern = '''my dog (\\w+)'''\ngroup = 1\n",
        file);
    fclose(file);
  }
  std::string page_path = folder + "/page.txt";
  {
    FILE* file = fopen(page_path.c_str(), "w");
    fputs("Walking my dog Biscuit today.", file);
    fclose(file);
  }
  RunResult good = Exposure(
      {"extract", "--patterns", folder, "--format", "json", page_path});
  ASSERT_EQ(good.exit_code, 0) << good.standard_error;
  EXPECT_EQ(Found(good.standard_output).count({"family", "Biscuit"}), 1u);

  {
    FILE* file = fopen(rule_path.c_str(), "w");
    fputs(
        "[[rule]]\nid = \"family.pet\"\ncategory = \"family\"\n"
        "pattern = '''my dog (\\w+'''\n",
        file);
    fclose(file);
  }
  RunResult bad = Exposure({"extract", "--patterns", folder, page_path});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.standard_error.find("pets.toml:1: rule family.pet: missing )"),
            std::string::npos)
      << bad.standard_error;
  unlink(rule_path.c_str());
  unlink(page_path.c_str());
  rmdir(folder.c_str());
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

// Entries of `folder` other than . and ..
std::vector<std::string> FolderEntries(const std::string& folder) {
  std::vector<std::string> names;
  if (DIR* listing = opendir(folder.c_str())) {
    while (dirent* entry = readdir(listing)) {
      std::string name = entry->d_name;
      if (name != "." && name != "..") names.push_back(name);
    }
    closedir(listing);
  }
  return names;
}

// The report streamed to a file is the one written to standard output.
TEST(Cli, StreamedReportFileEqualsStandardOutput) {
  std::string pages = std::string(EXPOSURE_TEST_DATA) + "/corpus/pages";
  std::string folder = testing::MakeTempDir();
  std::string path = folder + "/report.md";
  RunResult to_stdout =
      RunBinary(EXPOSURE_BINARY, {"extract", "--format", "md", pages});
  RunResult to_file = RunBinary(
      EXPOSURE_BINARY, {"extract", "--format", "md", "-o", path, pages});
  ASSERT_EQ(to_stdout.exit_code, 0) << to_stdout.standard_error;
  ASSERT_EQ(to_file.exit_code, 0) << to_file.standard_error;
  // Only the scan times differ between the two runs.
  auto untimed = [](std::string text) {
    std::size_t line = text.find("- Scan: ");
    if (line != std::string::npos)
      text.erase(line, text.find('\n', line) - line);
    return text;
  };
  EXPECT_EQ(untimed(testing::ReadFile(path)),
            untimed(to_stdout.standard_output));
  EXPECT_GT(to_stdout.standard_output.size(), 200000u);  // many pieces
  unlink(path.c_str());
  rmdir(folder.c_str());
}

TEST(Cli, ReportInAMissingFolderIsAClearError) {
  std::string pages = std::string(EXPOSURE_TEST_DATA) + "/corpus/pages";
  RunResult result =
      RunBinary(EXPOSURE_BINARY, {"extract", "--format", "json", "-o",
                                  "/nonexistent-folder/report.json", pages});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.standard_error.find("/nonexistent-folder/report.json"),
            std::string::npos)
      << result.standard_error;
  EXPECT_NE(result.standard_error.find("No such file or directory"),
            std::string::npos);
}

// A report that stops fitting part-way (a file-size limit, failing write()
// as a full disk does) exits 2 naming the file, keeps the old report and
// leaves no temporary file.
TEST(Cli, FailedReportWriteLeavesNoPartialFile) {
  std::string pages = std::string(EXPOSURE_TEST_DATA) + "/corpus/pages";
  std::string folder = testing::MakeTempDir();
  std::string path = folder + "/report.json";
  {
    FILE* old = fopen(path.c_str(), "w");
    ASSERT_NE(old, nullptr);
    fputs("old report", old);
    fclose(old);
  }
  // 256 blocks of 512 bytes (dash) is far less than the 500 KB report.
  RunResult result =
      RunBinary("/bin/sh", {"-c", "ulimit -f 256; trap '' XFSZ; exec \"$@\"",
                            "sh", EXPOSURE_BINARY, "extract", "--format",
                            "json", "-o", path, pages});
  EXPECT_EQ(result.exit_code, 2) << result.standard_error;
  EXPECT_NE(result.standard_error.find(path + ": cannot write"),
            std::string::npos)
      << result.standard_error;
  EXPECT_EQ(testing::ReadFile(path), "old report");
  EXPECT_EQ(FolderEntries(folder), std::vector<std::string>{"report.json"});
  unlink(path.c_str());
  rmdir(folder.c_str());
}

// Standard output that cannot take the report (/dev/full) is an error.
TEST(Cli, FullStandardOutputIsAnError) {
  std::string pages = std::string(EXPOSURE_TEST_DATA) + "/corpus/pages";
  RunResult result = RunBinary(
      "/bin/sh", {"-c", "exec \"$@\" > /dev/full", "sh", EXPOSURE_BINARY,
                  "extract", "--format", "json", pages});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.standard_error.find(
                "could not write the report to standard output"),
            std::string::npos)
      << result.standard_error;
}

}  // namespace
}  // namespace exposure
