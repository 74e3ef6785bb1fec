// Tests for the aggregator's spill to a temporary SQLite database: the same
// exposures as in memory, an owner-only file with no name, clear errors.
#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <string>
#include <vector>

#include "common/run_binary.h"
#include "exposure/rank.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

Finding MakeFinding(Category category, const std::string& value,
                    const std::string& url, double confidence,
                    const std::string& posted_at = "",
                    Source source = Source::kPost) {
  Finding finding;
  finding.category = category;
  finding.value = value;
  finding.display = "display of " + value;
  finding.url = url;
  finding.confidence = confidence;
  finding.source = source;
  finding.snippet = "… " + value + " on " + url + " …";
  finding.matched = value;
  finding.rule_id = "test." + std::string(CategoryName(category));
  finding.posted_at = posted_at;
  return finding;
}

// Pages whose exposures need every step of ranking: short names merged into
// longer ones (and a tie between two longer ones), partial birth dates
// merged into full ones by day and by year, a derived city, a routine of
// visits, a place seen once (dropped), more occurrences than are kept, the
// same value on many pages (so in many spilled batches), equal risks
// ordered by value, and categories that make combinations.
std::vector<std::vector<Finding>> Pages() {
  std::vector<std::vector<Finding>> pages(40);
  for (int i = 0; i < 40; ++i) {
    std::string url = "https://social.example/@rosa/" + std::to_string(i);
    std::string day = "2026-0" + std::to_string(1 + i % 9) + "-1" +
                      std::to_string(i % 10) + "T0" +
                      std::to_string(7 + i % 2) + ":15:00Z";
    std::vector<Finding>& page = pages[i];
    page.push_back(MakeFinding(Category::kPhone, "+16145550163", url, 0.8));
    page.push_back(
        MakeFinding(Category::kRegularPlace, "Blue Door Gym", url, 0.7, day));
    page.push_back(MakeFinding(Category::kEmail,
                               "person" + std::to_string(i) + "@example.com",
                               url, 0.6 + (i % 4) * 0.1));
    if (i % 3 == 0) {
      page.push_back(MakeFinding(Category::kLocation, "Columbus", url, 0.7));
    }
    if (i % 7 == 0) {
      page.push_back(
          MakeFinding(Category::kLocation, "Columbus, OH", url, 0.8));
      page.push_back(
          MakeFinding(Category::kLocation, "Columbus, GA", url, 0.8));
    }
    if (i == 5) {
      page.push_back(MakeFinding(Category::kAddress,
                                 "42 Elm St, Dayton, OH 45402", url, 0.9));
      page.push_back(MakeFinding(Category::kBirthdate, "--09-22", url, 0.8));
      page.push_back(MakeFinding(Category::kSex, "female", url, 0.9, "",
                                 Source::kProfile));
    }
    if (i == 11) {
      page.push_back(MakeFinding(Category::kBirthdate, "1979", url, 0.8));
      page.push_back(MakeFinding(Category::kFamily, "Ellen", url, 0.7));
    }
    if (i == 23) {
      page.push_back(MakeFinding(Category::kBirthdate, "1979-09-22", url, 0.9));
      page.push_back(MakeFinding(Category::kFamily, "Ellen Price", url, 0.8));
      page.push_back(MakeFinding(Category::kRegularPlace, "Corner Cafe", url,
                                 0.7, "2026-02-03T08:00:00Z"));
      page.back().min_posts = 2;
    }
    if (i == 30) {
      // A birthday and a birth year on one page: a derived birth date.
      page.push_back(MakeFinding(Category::kBirthdate, "--03-14", url, 0.8));
      page.push_back(MakeFinding(Category::kBirthdate, "1990", url, 0.8));
      page.push_back(MakeFinding(Category::kWorkplace, "Acme", url, 0.7));
      page.push_back(MakeFinding(Category::kWorkplace, "Zenith", url, 0.7));
    }
  }
  return pages;
}

// Adds `pages` in a scrambled order.
void AddAll(const std::vector<std::vector<Finding>>& pages,
            ExposureAggregator* aggregator) {
  for (std::size_t n = 0; n < pages.size(); ++n) {
    int page = static_cast<int>((n * 17) % pages.size());
    ASSERT_TRUE(aggregator->AddPage(page, pages[page]).ok());
  }
}

void ExpectSameExposure(const Exposure& a, const Exposure& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.category, b.category);
  EXPECT_EQ(a.value, b.value);
  EXPECT_EQ(a.display, b.display);
  EXPECT_EQ(a.risk, b.risk);
  EXPECT_EQ(a.level, b.level);
  EXPECT_EQ(a.confidence, b.confidence);
  EXPECT_EQ(a.why, b.why);
  EXPECT_EQ(a.pattern, b.pattern);
  EXPECT_EQ(a.occurrence_count, b.occurrence_count);
  EXPECT_EQ(a.page_count, b.page_count);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.known, b.known);
  ASSERT_EQ(a.occurrences.size(), b.occurrences.size()) << a.value;
  for (std::size_t i = 0; i < a.occurrences.size(); ++i) {
    EXPECT_EQ(a.occurrences[i].url, b.occurrences[i].url);
    EXPECT_EQ(a.occurrences[i].source, b.occurrences[i].source);
    EXPECT_EQ(a.occurrences[i].snippet, b.occurrences[i].snippet);
    EXPECT_EQ(a.occurrences[i].matched, b.occurrences[i].matched);
    EXPECT_EQ(a.occurrences[i].rule_id, b.occurrences[i].rule_id);
    EXPECT_EQ(a.occurrences[i].posted_at, b.occurrences[i].posted_at);
  }
  ASSERT_EQ(a.advice.size(), b.advice.size());
  for (std::size_t i = 0; i < a.advice.size(); ++i) {
    EXPECT_EQ(a.advice[i].title, b.advice[i].title);
    EXPECT_EQ(a.advice[i].steps, b.advice[i].steps);
  }
}

RankOptions SpillAlways(const std::string& folder) {
  RankOptions options;
  options.spill_threshold_bytes = 1;  // after every page
  options.temp_dir = folder;
  return options;
}

TEST(SpilledAggregator, RanksExactlyAsInMemory) {
  std::vector<std::vector<Finding>> pages = Pages();
  ExposureAggregator in_memory;
  AddAll(pages, &in_memory);
  ExposureAggregator spilling(SpillAlways(testing::MakeTempDir()));
  AddAll(pages, &spilling);
  EXPECT_FALSE(in_memory.spilled());
  EXPECT_TRUE(spilling.spilled());

  absl::StatusOr<std::vector<Exposure>> expected = in_memory.Rank();
  absl::StatusOr<std::vector<Exposure>> spilled = spilling.Rank();
  ASSERT_TRUE(expected.ok());
  ASSERT_TRUE(spilled.ok()) << spilled.status();
  ASSERT_GE(expected->size(), 10u);
  ASSERT_EQ(spilled->size(), expected->size());
  for (std::size_t i = 0; i < expected->size(); ++i) {
    SCOPED_TRACE(i);
    ExpectSameExposure((*spilled)[i], (*expected)[i]);
  }
  // The cases the pages were made for did happen.
  std::vector<std::string> values;
  for (const Exposure& exposure : *expected) values.push_back(exposure.value);
  auto has = [&values](const std::string& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
  };
  EXPECT_TRUE(has("1979-09-22"));
  EXPECT_FALSE(has("1979"));
  EXPECT_FALSE(has("--09-22"));
  EXPECT_TRUE(has("Ellen Price"));
  EXPECT_FALSE(has("Ellen"));
  EXPECT_TRUE(has("Columbus, GA"));  // "Columbus" merges into the smaller
  EXPECT_FALSE(has("Columbus"));
  EXPECT_TRUE(has("Dayton, OH"));    // derived from the address
  EXPECT_TRUE(has("1990-03-14"));    // derived from a birthday and a year
  EXPECT_FALSE(has("Corner Cafe"));  // one visit
  EXPECT_TRUE(spilling.Rank()->empty());
}

TEST(SpilledAggregator, ReportHasTheSameExposuresAndCombinations) {
  std::vector<std::vector<Finding>> pages = Pages();
  ExposureAggregator in_memory;
  AddAll(pages, &in_memory);
  ExposureAggregator spilling(SpillAlways(testing::MakeTempDir()));
  AddAll(pages, &spilling);
  Report expected;
  Report spilled;
  ASSERT_TRUE(in_memory.RankInto(&expected).ok());
  absl::Status ranked = spilling.RankInto(&spilled);
  ASSERT_TRUE(ranked.ok()) << ranked;
  ASSERT_EQ(expected.spilled, nullptr);
  ASSERT_NE(spilled.spilled, nullptr);
  EXPECT_TRUE(spilled.exposures.empty());
  ASSERT_FALSE(expected.combinations.empty());
  ASSERT_EQ(spilled.combinations.size(), expected.combinations.size());
  for (std::size_t i = 0; i < expected.combinations.size(); ++i) {
    EXPECT_EQ(spilled.combinations[i].categories,
              expected.combinations[i].categories);
    EXPECT_EQ(spilled.combinations[i].risk, expected.combinations[i].risk);
  }
  EXPECT_EQ(ExposureCount(spilled), expected.exposures.size());
  std::size_t i = 0;
  absl::Status read = ForEachExposure(spilled, [&](const Exposure& exposure) {
    EXPECT_LT(i, expected.exposures.size());
    if (i < expected.exposures.size()) {
      SCOPED_TRACE(i);
      ExpectSameExposure(exposure, expected.exposures[i]);
    }
    ++i;
    return true;
  });
  EXPECT_TRUE(read.ok()) << read;
  EXPECT_EQ(i, expected.exposures.size());
  // A visitor can stop early.
  int seen = 0;
  EXPECT_TRUE(ForEachExposure(spilled, [&seen](const Exposure&) {
                return ++seen < 3;
              }).ok());
  EXPECT_EQ(seen, 3);
}

TEST(SpilledAggregator, BelowTheThresholdNothingSpills) {
  std::string folder = testing::MakeTempDir();
  RankOptions options;
  options.spill_threshold_bytes = 64 * 1024 * 1024;
  options.temp_dir = folder;
  ExposureAggregator aggregator(options);
  AddAll(Pages(), &aggregator);
  EXPECT_FALSE(aggregator.spilled());
  Report report;
  ASSERT_TRUE(aggregator.RankInto(&report).ok());
  EXPECT_EQ(report.spilled, nullptr);
  EXPECT_FALSE(report.exposures.empty());
}

// Entries of /proc/self/fd that point into `folder`, as "target" strings.
std::vector<std::string> OpenFilesIn(const std::string& folder,
                                     std::vector<std::string>* fds) {
  std::vector<std::string> targets;
  DIR* listing = opendir("/proc/self/fd");
  if (listing == nullptr) return targets;
  while (dirent* entry = readdir(listing)) {
    std::string link = std::string("/proc/self/fd/") + entry->d_name;
    char target[4096];
    ssize_t size = readlink(link.c_str(), target, sizeof(target) - 1);
    if (size <= 0) continue;
    std::string path(target, static_cast<std::size_t>(size));
    if (path.rfind(folder + "/", 0) == 0) {
      targets.push_back(path);
      fds->push_back(link);
    }
  }
  closedir(listing);
  return targets;
}

std::size_t EntryCount(const std::string& folder) {
  std::size_t count = 0;
  DIR* listing = opendir(folder.c_str());
  if (listing == nullptr) return 0;
  while (dirent* entry = readdir(listing)) {
    std::string name = entry->d_name;
    count += name != "." && name != "..";
  }
  closedir(listing);
  return count;
}

TEST(SpilledAggregator, FileIsOwnerOnlyInTmpdirAndHasNoName) {
  std::string folder = testing::MakeTempDir();
  std::string saved = std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "";
  setenv("TMPDIR", folder.c_str(), 1);
  {
    RankOptions options;
    options.spill_threshold_bytes = 1;  // temp_dir "": $TMPDIR
    ExposureAggregator aggregator(options);
    AddAll(Pages(), &aggregator);
    ASSERT_TRUE(aggregator.spilled());
    // Open, in TMPDIR, already unlinked: nothing to clean up, ever.
    EXPECT_EQ(EntryCount(folder), 0u);
    std::vector<std::string> fds;
    std::vector<std::string> open = OpenFilesIn(folder, &fds);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_NE(open[0].find("/exposure-spill-"), std::string::npos);
    EXPECT_NE(open[0].find("(deleted)"), std::string::npos);
    struct stat info {};
    ASSERT_EQ(stat(fds[0].c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    Report report;
    ASSERT_TRUE(aggregator.RankInto(&report).ok());
    EXPECT_NE(report.spilled, nullptr);
    fds.clear();
    EXPECT_EQ(OpenFilesIn(folder, &fds).size(), 1u);  // the report's
  }
  // The report (and its database) gone: nothing open, nothing left.
  std::vector<std::string> fds;
  EXPECT_TRUE(OpenFilesIn(folder, &fds).empty());
  EXPECT_EQ(EntryCount(folder), 0u);
  if (saved.empty()) {
    unsetenv("TMPDIR");
  } else {
    setenv("TMPDIR", saved.c_str(), 1);
  }
}

TEST(SpilledAggregator, MissingFolderIsAClearErrorThatSticks) {
  std::string folder = testing::MakeTempDir() + "/no/such/folder";
  ExposureAggregator aggregator(SpillAlways(folder));
  std::vector<std::vector<Finding>> pages = Pages();
  absl::Status status = aggregator.AddPage(0, pages[0]);
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_NE(status.message().find(folder), std::string::npos) << status;
  EXPECT_NE(status.message().find("TMPDIR"), std::string::npos) << status;
  // The first error sticks: nothing is ranked from half the findings.
  EXPECT_EQ(aggregator.AddPage(1, pages[1]).code(), status.code());
  EXPECT_EQ(aggregator.Rank().status().code(), status.code());
  Report report;
  EXPECT_EQ(aggregator.RankInto(&report).code(), status.code());
}

TEST(SpilledAggregator, UnwritableFolderIsAClearError) {
  if (geteuid() == 0) GTEST_SKIP() << "root writes anywhere";
  std::string folder = testing::MakeTempDir();
  ASSERT_EQ(chmod(folder.c_str(), 0500), 0);
  ExposureAggregator aggregator(SpillAlways(folder));
  absl::Status status = aggregator.AddPage(0, Pages()[0]);
  EXPECT_EQ(status.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_NE(status.message().find(folder), std::string::npos) << status;
  chmod(folder.c_str(), 0700);
}

// A full disk, made by a file size limit: a clear error, not a crash and
// not a report missing what did not fit.
TEST(SpilledAggregator, FullDiskIsAClearError) {
  std::string folder = testing::MakeTempDir();
  rlimit saved{};
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
  void (*saved_handler)(int) = signal(SIGXFSZ, SIG_IGN);
  rlimit limited = saved;
  limited.rlim_cur = 48 * 1024;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
  absl::Status status;
  {
    ExposureAggregator aggregator(SpillAlways(folder));
    std::string padding(2000, 'x');
    for (int page = 0; page < 400 && status.ok(); ++page) {
      std::string url = "https://a.example/" + std::to_string(page);
      Finding finding =
          MakeFinding(Category::kEmail,
                      "p" + std::to_string(page) + "@example.com", url, 0.9);
      finding.snippet += padding;
      status = aggregator.AddPage(page, {finding});
    }
    if (status.ok()) {
      Report report;
      status = aggregator.RankInto(&report);
    }
  }
  setrlimit(RLIMIT_FSIZE, &saved);
  signal(SIGXFSZ, saved_handler);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted) << status;
  EXPECT_NE(status.message().find(folder), std::string::npos) << status;
  EXPECT_NE(status.message().find("full"), std::string::npos) << status;
  EXPECT_EQ(EntryCount(folder), 0u);
}

}  // namespace
}  // namespace exposure
