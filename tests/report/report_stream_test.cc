// Tests for streamed reports: RenderTo, AtomicFile and WriteReportFile give
// the same bytes as a report built whole, and fail without partial files.
#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/default_rules.h"
#include "common/run_binary.h"
#include "exposure/pipeline.h"
#include "exposure/report.h"
#include "exposure/source.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace exposure {
namespace {

// The report of a folder of real pages, with fixed times; with `spill`,
// its exposures spilled to a temporary database after every page.
Report ReportOf(const std::string& folder, bool spill = false, int jobs = 1) {
  PipelineOptions pipeline;
  pipeline.jobs = jobs;
  if (spill) pipeline.rank.spill_threshold_bytes = 1;
  Report report;
  report.started_at = "2026-11-26T01:00:00Z";
  report.finished_at = "2026-11-26T01:00:05Z";
  absl::StatusOr<std::vector<std::string>> files = ListLocalFiles(folder);
  EXPECT_TRUE(files.ok()) << files.status();
  report.targets.push_back(
      {folder, "ok", static_cast<int>(files.ok() ? files->size() : 0), ""});
  if (files.ok()) {
    EXPECT_TRUE(AnalyzeLocalFiles(*files, testing::DefaultRules(), pipeline,
                                  &report, nullptr)
                    .ok());
  }
  return report;
}

std::string CorpusPages() {
  return std::string(EXPOSURE_TEST_DATA) + "/corpus/pages";
}

// Files in `folder` other than . and ..
std::vector<std::string> Entries(const std::string& folder) {
  std::vector<std::string> names;
  DIR* listing = opendir(folder.c_str());
  if (listing == nullptr) return names;
  while (dirent* entry = readdir(listing)) {
    std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  closedir(listing);
  return names;
}

constexpr ReportFormat kFormats[] = {ReportFormat::kJson, ReportFormat::kText,
                                     ReportFormat::kMarkdown,
                                     ReportFormat::kHtml};

// The pieces, put together, are the report built whole, in every format,
// and a large report comes in several pieces, none much over the piece
// size.
TEST(RenderTo, PiecesMakeTheWholeReport) {
  Report report = ReportOf(CorpusPages());
  ASSERT_GT(report.exposures.size(), 10u);
  for (bool redact : {false, true}) {
    RenderOptions options;
    options.redact = redact;
    for (ReportFormat format : kFormats) {
      std::vector<std::string> pieces;
      absl::Status status =
          RenderTo(report, format, options, [&pieces](std::string_view piece) {
            pieces.emplace_back(piece);
            return absl::OkStatus();
          });
      ASSERT_TRUE(status.ok()) << status;
      std::string joined;
      for (const std::string& piece : pieces) {
        EXPECT_FALSE(piece.empty());
        EXPECT_LT(piece.size(), 2 * kReportPieceBytes);
        joined += piece;
      }
      EXPECT_EQ(joined, Render(report, format, options));
      if (joined.size() > 2 * kReportPieceBytes) {
        EXPECT_GT(pieces.size(), 1u) << static_cast<int>(format);
      }
    }
  }
}

// A report whose exposures were spilled to a temporary database renders
// byte for byte as the same report ranked in memory, in every format, with
// and without --redact; and through the whole pipeline, two jobs included.
TEST(RenderTo, SpilledReportIsTheSameReport) {
  for (int jobs : {1, 2}) {
    Report in_memory = ReportOf(CorpusPages());
    Report spilled = ReportOf(CorpusPages(), /*spill=*/true, jobs);
    ASSERT_GT(in_memory.exposures.size(), 10u);
    ASSERT_NE(spilled.spilled, nullptr);
    EXPECT_TRUE(spilled.exposures.empty());
    EXPECT_EQ(ExposureCount(spilled), in_memory.exposures.size());
    for (bool redact : {false, true}) {
      RenderOptions options;
      options.redact = redact;
      for (ReportFormat format : kFormats) {
        EXPECT_EQ(Render(spilled, format, options),
                  Render(in_memory, format, options))
            << static_cast<int>(format) << " redact " << redact << " jobs "
            << jobs;
      }
    }
  }
}

// Spilled exposures that cannot be read back (injected): rendering stops
// with the error, and WriteReportFile leaves the old report as it was.
class UnreadableExposures : public SpilledExposures {
 public:
  std::size_t size() const override { return 2; }
  absl::Status ForEach(
      const std::function<bool(const Exposure&)>& visit) const override {
    Exposure exposure;
    exposure.value = "+16145550163";
    exposure.level = "high";
    if (!visit(exposure)) return absl::OkStatus();
    return absl::InternalError("the temporary database: disk I/O error");
  }
};

TEST(RenderTo, UnreadableSpilledExposuresStopTheReport) {
  Report report;
  report.spilled = std::make_shared<UnreadableExposures>();
  for (bool redact : {false, true}) {
    RenderOptions options;
    options.redact = redact;
    for (ReportFormat format : kFormats) {
      absl::Status status =
          RenderTo(report, format, options,
                   [](std::string_view) { return absl::OkStatus(); });
      EXPECT_EQ(status.code(), absl::StatusCode::kInternal)
          << static_cast<int>(format);
      EXPECT_NE(status.message().find("disk I/O error"), std::string::npos);
    }
  }
  std::string folder = testing::MakeTempDir();
  std::string path = folder + "/report.json";
  ASSERT_TRUE(WriteFileAtomically(path, "old report").ok());
  absl::Status status =
      WriteReportFile(path, report, ReportFormat::kJson, RenderOptions{});
  EXPECT_EQ(status.code(), absl::StatusCode::kInternal);
  EXPECT_EQ(testing::ReadFile(path), "old report");
  EXPECT_EQ(Entries(folder), std::vector<std::string>{"report.json"});
  unlink(path.c_str());
  rmdir(folder.c_str());
}

// The streamed JSON is laid out exactly as nlohmann's dump(2) of the whole
// document, the layout of the report when it was built as one DOM.
TEST(RenderTo, JsonIsTheWholeDocumentsDump) {
  Report report = ReportOf(CorpusPages());
  std::string streamed;
  ASSERT_TRUE(RenderTo(report, ReportFormat::kJson, RenderOptions{},
                       [&streamed](std::string_view piece) {
                         streamed.append(piece.data(), piece.size());
                         return absl::OkStatus();
                       })
                  .ok());
  ASSERT_GT(streamed.size(), 2 * kReportPieceBytes);
  nlohmann::ordered_json document = nlohmann::ordered_json::parse(streamed);
  EXPECT_EQ(streamed, document.dump(2) + "\n");
}

// A sink that fails stops the rendering: its error is returned and it is
// not called again.
TEST(RenderTo, SinkErrorStopsRendering) {
  Report report = ReportOf(CorpusPages());
  int calls = 0;
  absl::Status status = RenderTo(report, ReportFormat::kJson, RenderOptions{},
                                 [&calls](std::string_view) {
                                   ++calls;
                                   return absl::DataLossError("sink is full");
                                 });
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(status.message(), "sink is full");
  EXPECT_EQ(calls, 1);
}

// The file holds exactly the report built whole, owner-only, and replaces
// an older one.
TEST(WriteReportFile, EqualsTheReportBuiltWhole) {
  Report report = ReportOf(CorpusPages());
  std::string folder = testing::MakeTempDir();
  std::string path = folder + "/report";
  for (ReportFormat format : kFormats) {
    ASSERT_TRUE(WriteFileAtomically(path, "old report").ok());
    absl::Status status =
        WriteReportFile(path, report, format, RenderOptions{});
    ASSERT_TRUE(status.ok()) << status;
    EXPECT_EQ(testing::ReadFile(path), Render(report, format, RenderOptions{}));
    struct stat info {};
    ASSERT_EQ(stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600);
    EXPECT_EQ(Entries(folder), std::vector<std::string>{"report"});
  }
  unlink(path.c_str());
  rmdir(folder.c_str());
}

TEST(WriteReportFile, MissingFolderIsAClearError) {
  absl::Status status = WriteReportFile("/nonexistent-folder/report.json",
                                        ReportOf(CorpusPages()),
                                        ReportFormat::kJson, RenderOptions{});
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_NE(
      std::string(status.message()).find("/nonexistent-folder/report.json"),
      std::string::npos);
}

// A write that fails part-way through the stream (the file-size limit,
// which fails write() as a full disk does, after several pieces went
// through) leaves the old report untouched and no temporary file behind.
TEST(WriteReportFile, FailedWriteLeavesNoPartialFile) {
  Report report = ReportOf(CorpusPages());
  std::string folder = testing::MakeTempDir();
  std::string path = folder + "/report.json";
  ASSERT_TRUE(WriteFileAtomically(path, "old report").ok());

  rlimit saved{};
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
  void (*saved_handler)(int) = signal(SIGXFSZ, SIG_IGN);
  rlimit limited = saved;
  limited.rlim_cur = 3 * kReportPieceBytes;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
  absl::Status status =
      WriteReportFile(path, report, ReportFormat::kJson, RenderOptions{});
  setrlimit(RLIMIT_FSIZE, &saved);
  signal(SIGXFSZ, saved_handler);

  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(std::string(status.message()).find(path), std::string::npos);
  EXPECT_EQ(testing::ReadFile(path), "old report");
  EXPECT_EQ(Entries(folder), std::vector<std::string>{"report.json"});
  unlink(path.c_str());
  rmdir(folder.c_str());
}

// Out-of-phase use of an AtomicFile is an error, not a second rename, and
// one that is dropped without Commit() leaves nothing behind.
TEST(AtomicFile, UncommittedLeavesNothingAndCommitIsOnce) {
  std::string folder = testing::MakeTempDir();
  std::string path = folder + "/report.json";
  {
    absl::StatusOr<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path);
    ASSERT_TRUE(file.ok()) << file.status();
    ASSERT_TRUE((*file)->Append("half a rep").ok());
  }
  EXPECT_TRUE(Entries(folder).empty());
  absl::StatusOr<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path);
  ASSERT_TRUE(file.ok()) << file.status();
  ASSERT_TRUE((*file)->Append("{}").ok());
  ASSERT_TRUE((*file)->Append("\n").ok());
  ASSERT_TRUE((*file)->Commit().ok());
  EXPECT_EQ(testing::ReadFile(path), "{}\n");
  EXPECT_EQ((*file)->Commit().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ((*file)->Append("x").code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(testing::ReadFile(path), "{}\n");
  unlink(path.c_str());
  rmdir(folder.c_str());
}

}  // namespace
}  // namespace exposure
