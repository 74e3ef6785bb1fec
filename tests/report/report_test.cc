// Tests for the report renderers and WriteFileAtomically.
#include "exposure/report.h"

#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <string>

#include "common/run_binary.h"
#include "exposure/rank.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace exposure {
namespace {

Report SampleReport() {
  Finding phone;
  phone.category = Category::kPhone;
  phone.value = "+15035550142";
  phone.display = "(503) 555-0142";
  phone.confidence = 0.9;
  phone.url = "http://a.example/";
  phone.source = Source::kProfile;
  phone.snippet = "text me at 503-555-0142 please";
  phone.matched = "503-555-0142";
  phone.rule_id = "phone.nanp";
  Finding age = phone;
  age.category = Category::kAge;
  age.value = age.display = age.matched = "34";
  age.snippet = "I'm 34 and";
  Report report;
  report.started_at = "2026-11-26T01:00:00Z";
  report.finished_at = "2026-11-26T01:00:05Z";
  report.targets.push_back({"http://a.example/", "ok", 1, ""});
  report.pages = 1;
  report.exposures = RankFindings({age, phone});
  return report;
}

TEST(RenderJson, FollowsTheContract) {
  nlohmann::json json =
      nlohmann::json::parse(RenderJson(SampleReport(), RenderOptions{}));
  EXPECT_EQ(json["schema"], "exposure-report/1");
  EXPECT_EQ(json["tool"]["name"], "exposure");
  EXPECT_EQ(json["scan"]["case"], nullptr);
  EXPECT_EQ(json["scan"]["targets"][0]["status"], "ok");
  EXPECT_EQ(json["scan"]["targets"][0]["error"], nullptr);
  ASSERT_EQ(json["exposures"].size(), 2u);
  const auto& first = json["exposures"][0];
  EXPECT_EQ(first["category"], "phone");
  EXPECT_EQ(first["value"], "+15035550142");
  EXPECT_EQ(first["display"], "(503) 555-0142");
  EXPECT_EQ(first["id"].get<std::string>().size(), 16u);
  for (const char* key :
       {"risk", "level", "confidence", "why", "occurrences", "advice"}) {
    EXPECT_TRUE(first.contains(key)) << key;
  }
  EXPECT_FALSE(first.contains("status"));  // only when compared
  EXPECT_EQ(first["occurrences"][0]["source"], "profile");
  EXPECT_EQ(first["occurrences"][0]["rule"], "phone.nanp");
  EXPECT_EQ(first["occurrences"][0]["posted_at"], nullptr);
  EXPECT_GE(first["risk"].get<int>(), json["exposures"][1]["risk"].get<int>());
  EXPECT_EQ(json["summary"]["pages"], 1);
  EXPECT_EQ(json["summary"]["by_category"]["phone"], 1);
  EXPECT_TRUE(json["combinations"].is_array());
}

TEST(RenderJson, RedactMasksValuesAndSnippets) {
  RenderOptions options;
  options.redact = true;
  std::string rendered = RenderJson(SampleReport(), options);
  EXPECT_EQ(rendered.find("555-0142"), std::string::npos) << rendered;
  EXPECT_EQ(rendered.find("+15035550142"), std::string::npos);
  nlohmann::json json = nlohmann::json::parse(rendered);
  EXPECT_EQ(json["exposures"][0]["value"], "+1********42");
}

TEST(RedactValue, KeepsShape) {
  EXPECT_EQ(RedactValue("jane@example.com"), "jan*@*******.com");
  EXPECT_EQ(RedactValue("34"), "**");
  EXPECT_EQ(RedactValue(""), "");
}

TEST(RenderText, RanksAndGivesFirstSteps) {
  std::string text = RenderText(SampleReport(), RenderOptions{});
  std::size_t phone = text.find("(503) 555-0142");
  std::size_t age = text.find(" 34 ");
  ASSERT_NE(phone, std::string::npos) << text;
  ASSERT_NE(age, std::string::npos) << text;
  EXPECT_LT(phone, age);
  EXPECT_NE(text.find("What to do first"), std::string::npos);
  EXPECT_EQ(text.find("\033["), std::string::npos);  // no colour by default
}

TEST(RenderMarkdown, HasTableAndChecklist) {
  std::string markdown = RenderMarkdown(SampleReport(), RenderOptions{});
  EXPECT_NE(markdown.find("| 1 | "), std::string::npos);
  EXPECT_NE(markdown.find("- [ ] "), std::string::npos);
}

TEST(WriteFileAtomically, WritesOwnerOnly) {
  std::string folder = testing::MakeTempDir();
  std::string path = folder + "/report.json";
  ASSERT_TRUE(WriteFileAtomically(path, "{}\n").ok());
  struct stat info {};
  ASSERT_EQ(stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600);
  EXPECT_EQ(testing::ReadFile(path), "{}\n");
  ASSERT_TRUE(WriteFileAtomically(path, "second").ok());
  EXPECT_EQ(testing::ReadFile(path), "second");
  unlink(path.c_str());
  rmdir(folder.c_str());
}

TEST(WriteFileAtomically, MissingFolderIsAClearError) {
  absl::Status status =
      WriteFileAtomically("/nonexistent-folder/report.json", "x");
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_NE(
      std::string(status.message()).find("/nonexistent-folder/report.json"),
      std::string::npos);
}

// A write that fails part-way (here the file-size limit, which fails the
// write() the way a full disk does) leaves the old report untouched and no
// temporary file behind, and the error names the report's path.
TEST(WriteFileAtomically, FailedWriteKeepsTheOldFile) {
  std::string folder = testing::MakeTempDir();
  std::string path = folder + "/report.json";
  ASSERT_TRUE(WriteFileAtomically(path, "old report").ok());

  rlimit saved{};
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
  void (*saved_handler)(int) = signal(SIGXFSZ, SIG_IGN);
  rlimit limited = saved;
  limited.rlim_cur = 4096;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
  absl::Status status = WriteFileAtomically(path, std::string(1 << 20, 'x'));
  setrlimit(RLIMIT_FSIZE, &saved);
  signal(SIGXFSZ, saved_handler);

  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(std::string(status.message()).find(path), std::string::npos);
  EXPECT_EQ(testing::ReadFile(path), "old report");
  DIR* listing = opendir(folder.c_str());
  ASSERT_NE(listing, nullptr);
  int entries = 0;
  while (dirent* entry = readdir(listing)) {
    if (std::string(entry->d_name) != "." && std::string(entry->d_name) != "..")
      ++entries;
  }
  closedir(listing);
  EXPECT_EQ(entries, 1);  // only report.json
  unlink(path.c_str());
  rmdir(folder.c_str());
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(RenderHtml, SelfContainedWithEveryExposure) {
  Report report = SampleReport();
  report.exposures[0].occurrences[0].snippet = "<b>text</b> me at 503-555-0142";
  std::string html = RenderHtml(report, RenderOptions{});
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  // Nothing that could load from anywhere.
  for (const char* needle : {"<script", "<link", "<img", "<iframe", "@import",
                             "src=\"http", "url(http"}) {
    EXPECT_EQ(html.find(needle), std::string::npos) << needle;
  }
  EXPECT_NE(html.find("(503) 555-0142"), std::string::npos);
  EXPECT_NE(html.find(">34<"), std::string::npos);
  EXPECT_NE(html.find("<mark>503-555-0142</mark>"), std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;text&lt;/b&gt;"),
            std::string::npos);  // escaped
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("class=\"steps\""), std::string::npos);
}

TEST(RenderHtml, RedactMasksValuesEverywhere) {
  RenderOptions options;
  options.redact = true;
  std::string html = RenderHtml(SampleReport(), options);
  EXPECT_EQ(html.find("555-0142"), std::string::npos);
}

TEST(ParseReportFormat, KnownAndUnknown) {
  EXPECT_EQ(ParseReportFormat("html"), ReportFormat::kHtml);
  EXPECT_EQ(ParseReportFormat("md"), ReportFormat::kMarkdown);
  EXPECT_EQ(ParseReportFormat("pdf"), std::nullopt);
}

}  // namespace
}  // namespace exposure
