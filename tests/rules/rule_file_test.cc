// Tests for RuleSetBuilder: loading rule files and rejecting bad ones.
#include <string>
#include <vector>

#include "exposure/rules.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

constexpr char kGoodFile[] = R"(
[[rule]]
id = "test.digits"
category = "age"
pattern = '''age (\d+)'''
group = 1
confidence = 0.9
validator = "age"
boost = ["my"]
suppress = ["dog"]
suppress_before = ["cat"]
sources = ["profile", "post"]
examples = [ { text = "my age 33", value = "33" } ]
)";

TEST(RuleSetBuilder, LoadsAGoodFile) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder.AddFile(kGoodFile, "good.toml").ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok()) << rules.status();
  ASSERT_EQ(rules->size(), 1);
  const Rule& rule = rules->rule(0);
  EXPECT_EQ(rule.id, "test.digits");
  EXPECT_EQ(rule.category, Category::kAge);
  EXPECT_EQ(rule.value_group, 1);
  EXPECT_DOUBLE_EQ(rule.confidence, 0.9);
  EXPECT_EQ(rule.boost_words, std::vector<std::string>{"my"});
  EXPECT_EQ(rule.suppress_words, std::vector<std::string>{"dog"});
  EXPECT_EQ(rule.suppress_before_words, std::vector<std::string>{"cat"});
  EXPECT_EQ(rule.sources.size(), 2u);
  EXPECT_EQ(rule.origin, "good.toml:2");
}

TEST(RuleSetBuilder, DefaultsCompileAndHaveExamples) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder.AddDefaults().ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok()) << rules.status();
  EXPECT_GT(rules->size(), 5);
  for (int i = 0; i < rules->size(); ++i) {
    EXPECT_FALSE(rules->rule(i).examples.empty()) << rules->rule(i).id;
  }
}

TEST(RuleSetBuilder, RejectsBadFilesWithFileLineAndRule) {
  struct Case {
    const char* text;
    const char* message;  // expected substring
  };
  const Case errors[] = {
      {"[[rule]\nid='x'", "bad.toml:1"},
      {"title = 'no rules'", "no [[rule]] tables"},
      {"[[rule]]\ncategory='age'\npattern='a'", "rule without an 'id'"},
      {"[[rule]]\nid='x'\ncategory='shoe_size'\npattern='a'",
       "rule x: unknown category 'shoe_size'"},
      {"[[rule]]\nid='x'\ncategory='age'\npattern='(a'",
       "bad.toml:1: rule x: missing )"},
      {"[[rule]]\nid='x'\ncategory='age'", "rule x: missing 'pattern'"},
      {"[[rule]]\nid='x'\ncategory='age'\npattern='a'\nvalidator='nope'",
       "unknown validator 'nope'"},
      {"[[rule]]\nid='x'\ncategory='age'\npattern='(a)'\ngroup=2",
       "'group' is 2 but the pattern has only 1 groups"},
      {"[[rule]]\nid='x'\ncategory='age'\npattern='a'\nconfidence=1.5",
       "'confidence' must be a number in (0, 1]"},
      {"[[rule]]\nid='x'\ncategory='age'\npattern='a'\ncolour='red'",
       "unknown key 'colour'"},
      {"[[rule]]\nid='x'\ncategory='age'\npattern='a'\nsources=['tv']",
       "unknown source 'tv'"},
      {"[[rule]]\nid='x'\ncategory='age'\npattern='a'\nexamples=[{value='1'}]",
       "each example needs a 'text'"},
      {"[[rule]]\nid='x'\ncategory='age'\npattern='a'\n"
       "[[rule]]\nid='x'\ncategory='age'\npattern='b'",
       "duplicate id"},
      {"[[rule]]\nid='x'\ncategory='age'\npattern='\\bà la (\\d+)'",
       "non-ASCII letter never starts a word"},
  };
  for (const Case& c : errors) {
    RuleSetBuilder builder;
    absl::Status status = builder.AddFile(c.text, "bad.toml");
    ASSERT_FALSE(status.ok()) << c.text;
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << c.text;
    EXPECT_NE(std::string(status.message()).find(c.message), std::string::npos)
        << "got: " << status.message() << "\nwanted: " << c.message;
  }
}

TEST(RuleSetBuilder, CompileWithoutRulesFails) {
  RuleSetBuilder builder;
  EXPECT_EQ(builder.Compile().status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(RuleSetBuilder, MissingDirectoryIsNotFound) {
  RuleSetBuilder builder;
  EXPECT_EQ(builder.AddDirectory("/nonexistent/rules").code(),
            absl::StatusCode::kNotFound);
}

TEST(RuleSet, PrefilterNamesOnlyRulesThatCanMatch) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder
                  .AddFile("[[rule]]\nid='a'\ncategory='age'\npattern='apple'\n"
                           "[[rule]]\nid='b'\ncategory='age'\npattern='berry'",
                           "t.toml")
                  .ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok());
  std::vector<int> candidates;
  EXPECT_TRUE(rules->Prefilter("a berry pie", &candidates));
  EXPECT_EQ(candidates, std::vector<int>{1});
  candidates.clear();
  EXPECT_TRUE(rules->Prefilter("nothing here", &candidates));
  EXPECT_TRUE(candidates.empty());
}

TEST(RuleSet, ManyRulesOfUnevenSizeAllCompileAndEachIsNamedByItsSet) {
  // 200 rules, every tenth a long alternation: the prefilter sets are cut
  // by program size, and every rule must still be named for its own word.
  std::string file;
  for (int i = 0; i < 200; ++i) {
    std::string pattern = "word" + std::to_string(i) + "x";
    if (i % 10 == 0) {
      for (int j = 0; j < 400; ++j) {
        pattern += "|alt" + std::to_string(i) + "y" + std::to_string(j) + "z";
      }
    }
    file += "[[rule]]\nid='r" + std::to_string(i) + "'\ncategory='age'\n" +
            "pattern='(?:" + pattern + ")'\n";
  }
  RuleSetBuilder builder;
  ASSERT_TRUE(builder.AddFile(file, "many.toml").ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok()) << rules.status();
  for (int i = 0; i < 200; i += 7) {
    std::vector<int> candidates;
    EXPECT_TRUE(
        rules->Prefilter("a word" + std::to_string(i) + "x here", &candidates));
    EXPECT_EQ(candidates, std::vector<int>{i}) << i;
  }
}

TEST(RuleSet, FindAllReturnsValueGroupSpansAndRespectsTheLimit) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder
                  .AddFile("[[rule]]\nid='n'\ncategory='age'\n"
                           "pattern='n=(\\d+)'\ngroup=1",
                           "t.toml")
                  .ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok()) << rules.status();
  std::vector<RuleSet::Span> spans;
  EXPECT_TRUE(rules->FindAll(0, "n=1 n=22 n=333", 10, &spans));
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[1].begin, 6u);
  EXPECT_EQ(spans[1].end, 8u);
  spans.clear();
  EXPECT_FALSE(rules->FindAll(0, "n=1 n=22 n=333", 2, &spans));
  EXPECT_EQ(spans.size(), 2u);
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(RuleSetBuilder, ListsExpandIntoLiteralAlternationsLongestFirst) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder
                  .AddList("suffixes", "# street types\nSt\nStreet\n\nAve.\n",
                           "lists/suffixes.txt")
                  .ok());
  ASSERT_TRUE(builder
                  .AddFile("[[rule]]\nid='a'\ncategory='address'\n"
                           "pattern='''(\\d+ \\w+ {{list:suffixes}})'''\n"
                           "group=1",
                           "a.toml")
                  .ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok()) << rules.status();
  EXPECT_EQ(rules->rule(0).pattern, "(\\d+ \\w+ (?:Street|Ave\\.|St))");
  std::vector<RuleSet::Span> spans;
  rules->FindAll(0, "at 12 Main Street today", 5, &spans);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].end - spans[0].begin,
            std::string("12 Main Street").size());
}

TEST(RuleSetBuilder, ListErrors) {
  RuleSetBuilder builder;
  absl::Status unknown = builder.AddFile(
      "[[rule]]\nid='a'\ncategory='age'\n"
      "pattern='''{{list:nope}}'''",
      "a.toml");
  EXPECT_NE(std::string(unknown.message()).find("rule a: unknown list 'nope'"),
            std::string::npos)
      << unknown;
  EXPECT_FALSE(builder.AddList("empty", "# nothing\n\n", "e.txt").ok());
  ASSERT_TRUE(builder.AddList("x", "a", "x.txt").ok());
  EXPECT_FALSE(builder.AddList("x", "b", "x2.txt").ok());
}

TEST(RuleSetBuilder, DefaultListsAreLoaded) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder.AddDefaults().ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok()) << rules.status();
  for (int i = 0; i < rules->size(); ++i) {
    EXPECT_EQ(rules->rule(i).pattern.find("{{list:"), std::string::npos)
        << rules->rule(i).id;
  }
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(RuleSetBuilder, MinPostsIsReadAndChecked) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder
                  .AddFile("[[rule]]\nid='v'\ncategory='regular_place'\n"
                           "pattern='at (X)'\ngroup=1\nmin_posts=3",
                           "v.toml")
                  .ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok());
  EXPECT_EQ(rules->rule(0).min_posts, 3);
  RuleSetBuilder bad;
  EXPECT_FALSE(bad.AddFile("[[rule]]\nid='v'\ncategory='age'\npattern='a'\n"
                           "min_posts=0",
                           "v.toml")
                   .ok());
}

TEST(RuleSetBuilder, ContinuesInSentenceIsReadAndChecked) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder
                  .AddFile("[[rule]]\nid='v'\ncategory='regular_place'\n"
                           "pattern='at (X)'\ngroup=1\n"
                           "continues_in_sentence=true",
                           "v.toml")
                  .ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok());
  EXPECT_TRUE(rules->rule(0).continues_in_sentence);
  RuleSetBuilder bad;
  absl::Status status = bad.AddFile(
      "[[rule]]\nid='v'\ncategory='age'\npattern='a'\n"
      "continues_in_sentence='yes'",
      "v.toml");
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("continues_in_sentence"), std::string::npos);
}

TEST(RuleSetBuilder, InElementIsRead) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder
                  .AddFile("[[rule]]\nid='v'\ncategory='address'\n"
                           "pattern='^(X)'\ngroup=1\nin_element=['address']\n"
                           "examples=[{text='X', value='X', "
                           "element='address'}]",
                           "v.toml")
                  .ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok());
  EXPECT_EQ(rules->rule(0).in_elements, std::vector<std::string>{"address"});
  EXPECT_EQ(rules->rule(0).examples[0].element, "address");
}

TEST(RuleSetBuilder, AfterHeadingIsReadLowerCaseAndChecked) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder
                  .AddFile("[[rule]]\nid='v'\ncategory='regular_place'\n"
                           "pattern='^(X) -'\ngroup=1\n"
                           "after_heading=[\"Where You'll Find\"]\n"
                           "examples=[{text='X - Sundays', value='X', "
                           "heading=\"Where you'll find me\"}]",
                           "v.toml")
                  .ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok());
  ASSERT_EQ(rules->rule(0).after_headings.size(), 1u);
  EXPECT_EQ(rules->rule(0).after_headings[0], "where you'll find");
  EXPECT_EQ(rules->rule(0).examples[0].heading, "Where you'll find me");
  RuleSetBuilder bad;
  absl::Status status = bad.AddFile(
      "[[rule]]\nid='v'\ncategory='age'\npattern='a'\nafter_heading='x'",
      "v.toml");
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("after_heading"), std::string::npos);
}

}  // namespace
}  // namespace exposure
