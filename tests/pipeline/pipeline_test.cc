// Tests for AnalyzePages and AnalyzeLocalFiles: the whole pipeline on
// pages in memory and on files read one at a time.
#include "exposure/pipeline.h"

#include <string>
#include <vector>

#include "common/default_rules.h"
#include "exposure/document.h"
#include "exposure/extract.h"
#include "exposure/rank.h"
#include "exposure/rules.h"
#include "exposure/source.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

using testing::DefaultRules;

std::string Site() {
  return std::string(EXPOSURE_TEST_DATA) + "/fixtures/site";
}

TEST(AnalyzeLocalFiles, SameExposuresAsAnalyzePagesAtAnyJobCount) {
  absl::StatusOr<std::vector<std::string>> files = ListLocalFiles(Site());
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 4u);  // index, two posts, another member
  absl::StatusOr<std::vector<Page>> pages = LoadLocalPages(Site());
  ASSERT_TRUE(pages.ok());
  Report in_memory;
  EXPECT_TRUE(
      AnalyzePages(*pages, DefaultRules(), PipelineOptions{}, &in_memory).ok());
  for (int jobs : {1, 2, 4}) {
    Report streamed;
    PipelineOptions options;
    options.jobs = jobs;
    int unreadable = -1;
    EXPECT_TRUE(AnalyzeLocalFiles(*files, DefaultRules(), options, &streamed,
                                  &unreadable)
                    .ok());
    EXPECT_EQ(unreadable, 0);
    EXPECT_EQ(streamed.pages, 4);
    ASSERT_EQ(streamed.exposures.size(), in_memory.exposures.size()) << jobs;
    for (std::size_t i = 0; i < streamed.exposures.size(); ++i) {
      EXPECT_EQ(streamed.exposures[i].id, in_memory.exposures[i].id);
      EXPECT_EQ(streamed.exposures[i].risk, in_memory.exposures[i].risk);
    }
  }
}

TEST(AnalyzeLocalFiles, UnreadableFileIsAWarningNotAFailure) {
  std::vector<std::string> files = {Site() + "/index.html",
                                    Site() + "/no-such-page.html"};
  Report report;
  int unreadable = 0;
  EXPECT_TRUE(AnalyzeLocalFiles(files, DefaultRules(), PipelineOptions{},
                                &report, &unreadable)
                  .ok());
  EXPECT_EQ(unreadable, 1);
  EXPECT_EQ(report.pages, 1);
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_NE(report.warnings[0].find("no-such-page.html"), std::string::npos);
  EXPECT_FALSE(report.exposures.empty());
}

TEST(ReadLocalPage, ReadsOneFileAndRefusesAMissingOne) {
  absl::StatusOr<Page> page = ReadLocalPage(Site() + "/index.html");
  ASSERT_TRUE(page.ok());
  EXPECT_FALSE(page->truncated);
  EXPECT_EQ(page->content_type, "text/html");
  EXPECT_EQ(page->url.rfind("file://", 0), 0u);
  EXPECT_EQ(ReadLocalPage("/nonexistent/x.html").status().code(),
            absl::StatusCode::kPermissionDenied);
}

// The pipeline merges each page's findings as the page completes; the
// exposures are those RankFindings gives for every finding at once, in page
// order, whatever the number of threads.
TEST(AnalyzePages, StreamingAggregationEqualsBatchRanking) {
  absl::StatusOr<std::vector<Page>> pages = LoadLocalPages(Site());
  ASSERT_TRUE(pages.ok());
  Extractor extractor(DefaultRules());
  std::vector<Finding> all;
  for (const Page& page : *pages) {
    std::vector<Finding> found = extractor.Extract(ParseDocument(page));
    all.insert(all.end(), found.begin(), found.end());
  }
  std::vector<Exposure> batch = RankFindings(all);
  ASSERT_FALSE(batch.empty());
  for (int jobs : {1, 2}) {
    Report report;
    PipelineOptions options;
    options.jobs = jobs;
    EXPECT_TRUE(AnalyzePages(*pages, DefaultRules(), options, &report).ok());
    ASSERT_EQ(report.exposures.size(), batch.size()) << jobs;
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const Exposure& streamed = report.exposures[i];
      EXPECT_EQ(streamed.id, batch[i].id) << jobs;
      EXPECT_EQ(streamed.display, batch[i].display);
      EXPECT_EQ(streamed.confidence, batch[i].confidence);
      EXPECT_EQ(streamed.occurrence_count, batch[i].occurrence_count);
      ASSERT_EQ(streamed.occurrences.size(), batch[i].occurrences.size());
      for (std::size_t j = 0; j < batch[i].occurrences.size(); ++j) {
        EXPECT_EQ(streamed.occurrences[j].url, batch[i].occurrences[j].url);
        EXPECT_EQ(streamed.occurrences[j].snippet,
                  batch[i].occurrences[j].snippet);
      }
    }
  }
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

// Exposures of one category found on the same platforms share one advice
// list (held once however many there are), with the advice AdviceFor
// would give each; changing one exposure's list leaves the others alone.
TEST(AnalyzeLocalFiles, ExposuresShareTheirAdvice) {
  absl::StatusOr<std::vector<std::string>> files =
      ListLocalFiles(std::string(EXPOSURE_TEST_DATA) + "/corpus/pages");
  ASSERT_TRUE(files.ok());
  Report report;
  EXPECT_TRUE(AnalyzeLocalFiles(*files, testing::DefaultRules(),
                                PipelineOptions{}, &report, nullptr)
                  .ok());
  // Local files are on no platform: every location gets the same advice.
  const Exposure* first = nullptr;
  const Exposure* second = nullptr;
  for (const Exposure& exposure : report.exposures) {
    if (exposure.category != Category::kLocation) continue;
    if (first != nullptr) {
      second = &exposure;
      break;
    }
    first = &exposure;
  }
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  ASSERT_FALSE(first->advice.empty());
  EXPECT_EQ(&first->advice.items(), &second->advice.items());

  Exposure changed = *first;
  std::size_t size = first->advice.size();
  changed.advice.push_back({"title", {"step"}, ""});
  EXPECT_EQ(changed.advice.size(), size + 1);
  EXPECT_EQ(first->advice.size(), size);
  EXPECT_EQ(second->advice.size(), size);
  EXPECT_EQ(changed.advice[size].title, "title");
}

}  // namespace
}  // namespace exposure
