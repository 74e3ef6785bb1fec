// Every example written in patterns/*.toml, one parameterised test each:
// the rule must find the stated value (or nothing, for counter-examples).
#include <string>
#include <vector>

#include "common/default_rules.h"
#include "exposure/extract.h"
#include "exposure/rules.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

using testing::DefaultRules;

struct ExampleCase {
  int rule_index;
  int example_index;
};

std::vector<ExampleCase> AllExamples() {
  std::vector<ExampleCase> cases;
  const RuleSet& rules = DefaultRules();
  for (int i = 0; i < rules.size(); ++i) {
    for (int j = 0; j < static_cast<int>(rules.rule(i).examples.size()); ++j) {
      cases.push_back({i, j});
    }
  }
  return cases;
}

void PrintTo(const ExampleCase& example, std::ostream* out) {
  *out << DefaultRules().rule(example.rule_index).id << " example "
       << example.example_index;
}

class RuleExampleTest : public ::testing::TestWithParam<ExampleCase> {};

TEST_P(RuleExampleTest, FindsExactlyWhatTheExampleSays) {
  const RuleSet& rules = DefaultRules();
  const Rule& rule = rules.rule(GetParam().rule_index);
  const RuleExample& example = rule.examples[GetParam().example_index];
  Extractor extractor(rules);
  std::vector<std::string> values;
  for (const Finding& finding :
       extractor.ExtractText(example.text, example.source, example.owner)) {
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

INSTANTIATE_TEST_SUITE_P(Patterns, RuleExampleTest,
                         ::testing::ValuesIn(AllExamples()),
                         [](const ::testing::TestParamInfo<ExampleCase>& info) {
                           std::string name =
                               DefaultRules().rule(info.param.rule_index).id +
                               "_" + std::to_string(info.param.example_index);
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c)))
                               c = '_';
                           }
                           return name;
                         });

TEST(RuleExamples, CheckRuleExamplesAgreesThatAllPass) {
  EXPECT_EQ(CheckRuleExamples(DefaultRules()), std::vector<std::string>{});
}

}  // namespace
}  // namespace exposure
