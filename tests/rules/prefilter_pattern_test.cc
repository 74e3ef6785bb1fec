// Tests for PrefilterPattern: which repetitions are loosened, what is copied
// unchanged, and that the loosened pattern still matches what the rule does.
#include "rules/prefilter_pattern.h"

#include <string>

#include "exposure/rules.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace exposure::internal {
namespace {

TEST(PrefilterPattern, LoosensWideCountedRepetitions) {
  EXPECT_EQ(PrefilterPattern(R"(live\b[^.;!?]{0,40}?\bnear)"),
            R"(live\b[^.;!?]{0,}?\bnear)");
  EXPECT_EQ(PrefilterPattern(R"((?:\s\w+){1,12})"), R"((?:\s\w+){1,})");
  EXPECT_EQ(PrefilterPattern("a{2,10}b{0,8}"), "a{2,}b{0,}");
}

TEST(PrefilterPattern, KeepsNarrowAndOpenRepetitions) {
  for (const char* pattern : {R"(\d{3}-\d{4})", R"(\d{1,2}/\d{1,2})", "x{2,}",
                              "a{0,7}", "{", "a{,5}", "a{3,1}", "a{12,"}) {
    EXPECT_EQ(PrefilterPattern(pattern), pattern) << pattern;
  }
}

TEST(PrefilterPattern, CopiesEscapesAndClassesUnchanged) {
  for (const char* pattern :
       {R"(\p{Lu}\p{Ll}+)", R"(\x{41}\P{L})", R"([{0,40}])", R"([]{0,40}])",
        R"([^]{0,40}])", R"([[:alpha:]{0,40}])", R"(\Q{0,40}\E)", R"(\{0,40})",
        R"([\]{0,40}])"}) {
    EXPECT_EQ(PrefilterPattern(pattern), pattern) << pattern;
  }
  EXPECT_EQ(PrefilterPattern(R"([a-z]{0,40}\{1,9}.{1,30})"),
            R"([a-z]{0,}\{1,9}.{1,})");
}

// The prefilter must never say "no" where the rule matches.
TEST(PrefilterPattern, EveryBuiltInRuleStillMatchesItsExamples) {
  RuleSetBuilder builder;
  ASSERT_TRUE(builder.AddDefaults().ok());
  absl::StatusOr<RuleSet> rules = builder.Compile();
  ASSERT_TRUE(rules.ok()) << rules.status();
  int loosened = 0;
  for (int index = 0; index < rules->size(); ++index) {
    const Rule& rule = rules->rule(index);
    const std::string pattern = PrefilterPattern(rule.pattern);
    loosened += pattern != rule.pattern;
    RE2::Options options;
    options.set_log_errors(false);
    RE2 exact(rule.pattern, options);
    RE2 loose(pattern, options);
    ASSERT_TRUE(loose.ok()) << rule.id << ": " << loose.error();
    for (const RuleExample& example : rule.examples) {
      if (RE2::PartialMatch(example.text, exact)) {
        EXPECT_TRUE(RE2::PartialMatch(example.text, loose))
            << rule.id << ": " << example.text;
      }
    }
  }
  EXPECT_GT(loosened, 0);
}

}  // namespace
}  // namespace exposure::internal
