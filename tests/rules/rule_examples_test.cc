// Every example written in patterns/*.toml: the rule must find the stated
// value (or nothing, for counter-examples). One test case per rule file, so
// that a failure names its file and rule, while the test binary does not
// compile the rules just to list its cases (gtest builds parameter lists at
// start-up, and ctest starts the binary once per case).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "common/default_rules.h"
#include "exposure/extract.h"
#include "exposure/rules.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

using testing::DefaultRules;

// "phone.toml", "age.toml", ...: the embedded rule files (not the lists).
std::vector<std::string> RuleFileNames() {
  std::vector<std::string> names;
  for (const EmbeddedFile& file : DefaultRuleFiles()) {
    std::string_view name = file.name;
    if (name.find('/') == std::string_view::npos && name.ends_with(".toml")) {
      names.emplace_back(name);
    }
  }
  return names;
}

// Whether `rule` was read from patterns/`file_name` ("patterns/age.toml:12").
bool ComesFrom(const Rule& rule, std::string_view file_name) {
  std::string prefix = "patterns/" + std::string(file_name) + ":";
  return rule.origin.starts_with(prefix);
}

void ExpectExampleHolds(const Extractor& extractor, const Rule& rule,
                        const RuleExample& example) {
  std::vector<std::string> values;
  for (const Finding& finding : extractor.ExtractText(
           example.text, example.source, example.owner, example.region,
           example.heading, example.element)) {
    if (finding.rule_id == rule.id) values.push_back(finding.value);
  }
  if (example.value.empty()) {
    EXPECT_TRUE(values.empty())
        << rule.origin << " " << rule.id << ": must not match \""
        << example.text << "\" but found " << values.front();
  } else {
    EXPECT_NE(std::find(values.begin(), values.end(), example.value),
              values.end())
        << rule.origin << " " << rule.id << ": expected " << example.value
        << " in \"" << example.text << "\"";
  }
}

class RuleFileExamplesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleFileExamplesTest, EveryExampleFindsExactlyWhatItSays) {
  const RuleSet& rules = DefaultRules();
  Extractor extractor(rules);
  int rules_with_examples = 0;
  for (int i = 0; i < rules.size(); ++i) {
    const Rule& rule = rules.rule(i);
    if (!ComesFrom(rule, GetParam())) continue;
    if (!rule.examples.empty()) ++rules_with_examples;
    for (const RuleExample& example : rule.examples) {
      ExpectExampleHolds(extractor, rule, example);
    }
  }
  EXPECT_GT(rules_with_examples, 0) << GetParam() << " has no rule examples";
}

INSTANTIATE_TEST_SUITE_P(Patterns, RuleFileExamplesTest,
                         ::testing::ValuesIn(RuleFileNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c)))
                               c = '_';
                           }
                           return name;
                         });

TEST(RuleExamples, EveryRuleFileIsCovered) {
  std::vector<std::string> files = RuleFileNames();
  const RuleSet& rules = DefaultRules();
  for (int i = 0; i < rules.size(); ++i) {
    const Rule& rule = rules.rule(i);
    EXPECT_TRUE(std::any_of(
        files.begin(), files.end(),
        [&](const std::string& file) { return ComesFrom(rule, file); }))
        << rule.origin << " " << rule.id << " is in no tested rule file";
  }
}

TEST(RuleExamples, CheckRuleExamplesAgreesThatAllPass) {
  EXPECT_EQ(CheckRuleExamples(DefaultRules()), std::vector<std::string>{});
}

}  // namespace
}  // namespace exposure
