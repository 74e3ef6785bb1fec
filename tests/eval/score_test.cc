// Tests of the corpus scorer: matching, scoring and truth.json loading, with
// the results tools/score.py gives for the same input.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "exposure/eval.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

struct MatchCase {
  Category category;
  const char* truth;
  const char* reported;
};

// Every case was checked against score.py's match().
void ExpectMatches(const std::vector<MatchCase>& cases) {
  for (const MatchCase& c : cases) {
    EXPECT_TRUE(MatchValue(c.category, c.truth, c.reported))
        << CategoryName(c.category) << ": '" << c.truth << "' vs '"
        << c.reported << "'";
  }
}

void ExpectNoMatches(const std::vector<MatchCase>& cases) {
  for (const MatchCase& c : cases) {
    EXPECT_FALSE(MatchValue(c.category, c.truth, c.reported))
        << CategoryName(c.category) << ": '" << c.truth << "' vs '"
        << c.reported << "'";
  }
}

TEST(MatchValueTest, PhonesMatchByDigits) {
  ExpectMatches({
      {Category::kPhone, "+15035550142", "(503) 555-0142"},
      {Category::kPhone, "+15035550142", "503.555.0142"},
      {Category::kPhone, "+15035550142", "1-503-555-0142"},
      {Category::kPhone, "5035550142", "+1 503 555 0142"},
  });
  ExpectNoMatches({
      {Category::kPhone, "+15035550142", "+15035550143"},
      {Category::kPhone, "+15035550142", "555-0142"},
      {Category::kPhone, "", ""},  // no digits is never a match
      {Category::kPhone, "+442079460958", "2079460958"},
  });
}

TEST(MatchValueTest, EmailsMatchAfterFolding) {
  ExpectMatches({
      {Category::kEmail, "sam.okafor@example.com", " Sam.Okafor@Example.com "},
      // str.lower() gives a word-final sigma its final form.
      {Category::kEmail, "ΟΔΥΣΣΕΥΣ@example.gr", "οδυσσευς@example.gr"},
  });
  ExpectNoMatches({
      {Category::kEmail, "sam.okafor@example.com", "sam.okafor@example.org"},
      {Category::kEmail, "sam@example.com", "sam @example.com"},
      {Category::kEmail, "ΟΔΥΣΣΕΥΣ@example.gr", "οδυσσευσ@example.gr"},
  });
}

TEST(MatchValueTest, AddressesMatchByNumberAndStreet) {
  ExpectMatches({
      {Category::kAddress, "4412 Albemarle St NW, Washington, DC 20016",
       "4412 Albemarle Street"},
      {Category::kAddress, "4412 Albemarle St NW", "4412 NW Albemarle Street"},
      {Category::kAddress, "12 Calle Mayor", "12 calle mayor"},
  });
  ExpectNoMatches({
      {Category::kAddress, "4412 Albemarle St", "4413 Albemarle St"},
      {Category::kAddress, "4412 Albemarle St", "4412 Connecticut Ave"},
      {Category::kAddress, "Albemarle St", "Albemarle St"},  // no number
      {Category::kAddress, "", ""},
  });
}

TEST(MatchValueTest, LocationsMatchByZipOrCity) {
  ExpectMatches({
      {Category::kLocation, "Washington, DC",
       "Washington, District of Columbia"},
      {Category::kLocation, "Springfield, IL 62704", "62704"},
      {Category::kLocation, "Portland, OR", "Portland, Oregon 97201"},
      {Category::kLocation, "Lyon, France", "lyon"},
      // score.py compares only the first word of the city.
      {Category::kLocation, "St. Louis, MO", "St. Paul, MN"},
  });
  ExpectNoMatches({
      {Category::kLocation, "Springfield, IL 62704", "Springfield, IL 62701"},
      {Category::kLocation, "62704", "Springfield, IL"},
      {Category::kLocation, "Portland, OR", "Salem, OR"},
      {Category::kLocation, "New York, NY", "York"},
  });
}

TEST(MatchValueTest, AgesMatchAsIntegers) {
  ExpectMatches({
      {Category::kAge, "34", "34"},
      {Category::kAge, "34", "034"},
      {Category::kAge, "34", "34 years"},
  });
  ExpectNoMatches({
      {Category::kAge, "34", "35"},
      {Category::kAge, "34", "thirty-four"},
      {Category::kAge, "", ""},
  });
}

TEST(MatchValueTest, BirthdatesMatchExactlyOrByMonthAndDay) {
  ExpectMatches({
      {Category::kBirthdate, "1990-03-14", "1990-03-14"},
      {Category::kBirthdate, "--03-14", "1990-03-14"},
      {Category::kBirthdate, "1990", " 1990 "},
  });
  ExpectNoMatches({
      {Category::kBirthdate, "1990", "1990-03-14"},
      {Category::kBirthdate, "1990-03-14", "--03-14"},
      {Category::kBirthdate, "--03-14", "1990-03-15"},
  });
}

TEST(MatchValueTest, SexMatchesAfterFolding) {
  ExpectMatches({{Category::kSex, "female", "Female"}});
  ExpectNoMatches({
      {Category::kSex, "female", "male"},
      {Category::kSex, "nonbinary", "non-binary"},
  });
}

TEST(MatchValueTest, NamesMatchBySignificantWords) {
  ExpectMatches({
      {Category::kSchool, "Escuela Primaria Benito Juárez", "Benito Juarez"},
      {Category::kWorkplace, "Brightline Labs", "Brightline Labs Inc"},
      {Category::kWorkplace, "Brightline Labs", "Brightline"},
      {Category::kRegularPlace, "Rose City Climbing", "Rose City"},
      {Category::kFamily, "Maya", "maya"},
  });
  ExpectNoMatches({
      {Category::kSchool, "Escuela Primaria Benito Juárez", "Juarez"},
      {Category::kWorkplace, "Brightline Labs", "Bright Labs"},
      {Category::kWorkplace, "The Company", "Inc"},  // stop words only
      {Category::kWorkplace, "Metro Regional Government", "Metro"},
      // fold() lower-cases; it does not case-fold "ß" to "ss".
      {Category::kWorkplace, "Hauptstraße Bäckerei", "Hauptstrasse Backerei"},
  });
}

TEST(MatchValueTest, GeotagsMatchWithinAThousandthOfADegree) {
  ExpectMatches({
      {Category::kGeotag, "45.5231,-122.6765", "45.5235,-122.6769"},
      {Category::kGeotag, "45.5231,-122.6765", "45.5231 -122.6765"},
      {Category::kGeotag, "45.5231,-122.6765", "45.5231; -122.6765"},
  });
  ExpectNoMatches({
      {Category::kGeotag, "45.5231,-122.6765", "45.5245,-122.6765"},
      {Category::kGeotag, "45.5231,-122.6765", "45.5231,-122.6785"},
      {Category::kGeotag, "45.5231,-122.6765", "45.5231"},
      {Category::kGeotag, "45.5231,-122.6765", "north,west"},
  });
}

TEST(MatchValueTest, AccountsMatchWithoutSchemeAndWww) {
  ExpectMatches({
      {Category::kLinkedAccount, "https://x.com/samokafor",
       "http://www.x.com/samokafor/"},
      {Category::kLinkedAccount, "https://x.com/samokafor", "X.com/SamOkafor"},
  });
  ExpectNoMatches({
      {Category::kLinkedAccount, "https://x.com/samokafor",
       "https://x.com/samokafor2"},
      {Category::kLinkedAccount, "https://x.com/samokafor",
       "https://twitter.com/samokafor"},
  });
}

Exposure MakeExposure(Category category, const std::string& value) {
  Exposure exposure;
  exposure.category = category;
  exposure.value = value;
  return exposure;
}

CorpusTruth SmallTruth() {
  TruthEntry entry;
  entry.expect = {{Category::kPhone, "+15035550142", ""},
                  {Category::kEmail, "sam@example.com", ""},
                  {Category::kSchool, "Benito Juárez Elementary", ""},
                  {Category::kLocation, "Portland, OR", ""}};
  entry.optional = {{Category::kAge, "31", ""}};
  entry.reject = {{Category::kPhone, "+18005550199", "a hotline"},
                  {Category::kWorkplace, "Nike", "a friend's workplace"}};
  CorpusTruth truth;
  truth.kinds["pages"]["p.html"] = entry;
  return truth;
}

Report SmallReport() {
  Report report;
  report.exposures = {
      MakeExposure(Category::kPhone, "+15035550142"),
      MakeExposure(Category::kPhone, "+1 503 555 0142"),  // already used
      MakeExposure(Category::kPhone, "+18005550199"),     // a trap
      MakeExposure(Category::kAge, "31"),                 // optional
      MakeExposure(Category::kSchool, "Benito Juarez"),
      MakeExposure(Category::kEmail, "other@example.com"),
  };
  return report;
}

TEST(ScoreTest, CountsHitsMissesExtrasAndTraps) {
  EvalScore score = Score(SmallTruth(), "pages", "p.html", SmallReport());
  EXPECT_EQ(score[Category::kPhone].tp, 1);
  EXPECT_EQ(score[Category::kPhone].fp, 2);
  EXPECT_EQ(score[Category::kPhone].fn, 0);
  EXPECT_EQ(score[Category::kEmail].tp, 0);
  EXPECT_EQ(score[Category::kEmail].fp, 1);
  EXPECT_EQ(score[Category::kEmail].fn, 1);
  EXPECT_EQ(score[Category::kSchool].tp, 1);
  EXPECT_EQ(score[Category::kLocation].fn, 1);
  EXPECT_EQ(score[Category::kAge].tp + score[Category::kAge].fp, 0);
  EXPECT_EQ(score.traps, 1);
  EXPECT_EQ(score.trap_total, 2);
  EXPECT_EQ(score.details, (std::vector<std::string>{
                               "p.html: missed email 'sam@example.com'",
                               "p.html: missed location 'Portland, OR'",
                               "p.html: trap phone '+18005550199' (a hotline)",
                               "p.html: extra phone '+1 503 555 0142'",
                               "p.html: extra phone '+18005550199'",
                               "p.html: extra email 'other@example.com'",
                           }));
}

// The exact output of score.py for the same truth and report.
TEST(ScoreTest, FormatsLikeScorePy) {
  EvalScore score = Score(SmallTruth(), "pages", "p.html", SmallReport());
  EXPECT_EQ(FormatScore(score),
            "p.html: missed email 'sam@example.com'\n"
            "p.html: missed location 'Portland, OR'\n"
            "p.html: trap phone '+18005550199' (a hotline)\n"
            "p.html: extra phone '+1 503 555 0142'\n"
            "p.html: extra phone '+18005550199'\n"
            "p.html: extra email 'other@example.com'\n"
            "category            P     R   tp   fp   fn\n"
            "phone            0.33  1.00    1    2    0\n"
            "email            0.00  0.00    0    1    1\n"
            "location         0.00  0.00    0    0    1\n"
            "school           1.00  1.00    1    0    0\n"
            "micro P=0.40 R=0.50 F1=0.44 traps=1/2 "
            "worst-recall=email:0.00\n");
}

TEST(ScoreTest, SummaryBreaksRecallTiesByName) {
  ScoreSummary summary =
      Summarize(Score(SmallTruth(), "pages", "p.html", SmallReport()));
  EXPECT_EQ(summary.tp, 2);
  EXPECT_EQ(summary.fp, 3);
  EXPECT_EQ(summary.fn, 2);
  EXPECT_DOUBLE_EQ(summary.precision, 0.4);
  EXPECT_DOUBLE_EQ(summary.recall, 0.5);
  EXPECT_EQ(summary.worst_category, "email");  // email and location: 0.00
  EXPECT_DOUBLE_EQ(summary.worst_recall, 0.0);
}

TEST(ScoreTest, EmptyScoreFormatsLikeScorePy) {
  EXPECT_EQ(FormatScore(EvalScore{}),
            "category            P     R   tp   fp   fn\n"
            "micro P=0.00 R=0.00 F1=0.00 traps=0/0 worst-recall=-:0.00\n");
}

TEST(ScoreTest, AddSumsCountsAndAppendsDetails) {
  EvalScore total;
  total.Add(Score(SmallTruth(), "pages", "p.html", SmallReport()));
  total.Add(Score(SmallTruth(), "pages", "p.html", SmallReport()));
  EXPECT_EQ(total[Category::kPhone].fp, 4);
  EXPECT_EQ(total.traps, 2);
  EXPECT_EQ(total.trap_total, 4);
  EXPECT_EQ(total.details.size(), 12u);
}

TEST(ScoreTest, UnknownNameCountsNothing) {
  EvalScore score = Score(SmallTruth(), "pages", "nope.html", SmallReport());
  EXPECT_EQ(Summarize(score).tp + Summarize(score).fp + Summarize(score).fn, 0);
  EXPECT_EQ(score.details,
            std::vector<std::string>{"nope.html: not in truth (pages)"});
}

TEST(ScoreTest, DetailsQuoteLikePythonRepr) {
  TruthEntry entry;
  entry.expect = {{Category::kFamily, "Liam O'Brien", ""},
                  {Category::kFamily, "tab\there", ""}};
  EvalScore score = Score(entry, "x", Report{});
  EXPECT_EQ(score.details, (std::vector<std::string>{
                               "x: missed family \"Liam O'Brien\"",
                               "x: missed family 'tab\\there'",
                           }));
}

std::string WriteTempFile(const std::string& name, const std::string& text) {
  std::string path = testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(LoadTruthTest, ReadsEntries) {
  std::string path =
      WriteTempFile("truth_ok.json",
                    R"({"pages": {"a.html": {"expect": [{"category": "phone",
            "value": "+15035550142"}], "reject": [{"category": "age",
            "value": "311", "why": "a star count"}]}},
          "sites": {"s": {"start": "/u/s", "expect": []}}})");
  absl::StatusOr<CorpusTruth> truth = LoadTruth(path);
  ASSERT_TRUE(truth.ok()) << truth.status();
  const TruthEntry* page = truth->Find("pages", "a.html");
  ASSERT_NE(page, nullptr);
  ASSERT_EQ(page->expect.size(), 1u);
  EXPECT_EQ(page->expect[0].category, Category::kPhone);
  EXPECT_EQ(page->expect[0].value, "+15035550142");
  ASSERT_EQ(page->reject.size(), 1u);
  EXPECT_EQ(page->reject[0].why, "a star count");
  EXPECT_TRUE(page->optional.empty());
  const TruthEntry* site = truth->Find("sites", "s");
  ASSERT_NE(site, nullptr);
  EXPECT_EQ(site->start, "/u/s");
  EXPECT_EQ(truth->Find("pages", "b.html"), nullptr);
  std::remove(path.c_str());
}

TEST(LoadTruthTest, MissingFileIsNotFound) {
  std::string path = testing::TempDir() + "/no_such_truth.json";
  absl::StatusOr<CorpusTruth> truth = LoadTruth(path);
  ASSERT_FALSE(truth.ok());
  EXPECT_EQ(truth.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(truth.status().message().find(path), std::string::npos);
}

TEST(LoadTruthTest, RejectsBadInput) {
  struct BadCase {
    const char* json;
    const char* message;  // must appear in the error
  };
  const BadCase cases[] = {
      {R"({"pages": )", "not valid JSON"},
      {"[]", "not a JSON object"},
      {R"({"pages": []})", "pages: not an object"},
      {R"({"pages": {"a.html": {"expect": [{"category": "vehicle",
            "value": "x"}]}}})",
       "pages.a.html.expect[0]: unknown category \"vehicle\""},
      {R"({"pages": {"a.html": {"expect": [{"category": "phone"}]}}})",
       "pages.a.html.expect[0]: missing \"value\""},
      {R"({"pages": {"a.html": {"expect": [{"category": "age",
            "value": 34}]}}})",
       "pages.a.html.expect[0]: \"value\" is not a string"},
      {R"({"pages": {"a.html": {"reject": {"category": "age"}}}})",
       "pages.a.html.reject: not a list"},
      {R"({"pages": {"a.html": {"reject": [{"category": "age",
            "value": "3", "why": 1}]}}})",
       "\"why\" is not a string"},
  };
  for (const BadCase& c : cases) {
    std::string path = WriteTempFile("truth_bad.json", c.json);
    absl::StatusOr<CorpusTruth> truth = LoadTruth(path);
    ASSERT_FALSE(truth.ok()) << c.json;
    EXPECT_EQ(truth.status().code(), absl::StatusCode::kInvalidArgument)
        << c.json;
    EXPECT_NE(truth.status().message().find(path), std::string::npos)
        << truth.status();
    EXPECT_NE(truth.status().message().find(c.message), std::string::npos)
        << truth.status();
    std::remove(path.c_str());
  }
}

}  // namespace
}  // namespace exposure
