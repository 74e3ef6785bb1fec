// CheckRuleExamples: every rule's worked examples, run through the real
// extractor, so a rule file cannot drift from what it claims to find.
#include <string>
#include <vector>

#include "common/strings.h"
#include "exposure/extract.h"

namespace exposure {

std::vector<std::string> CheckRuleExamples(const RuleSet& rules) {
  std::vector<std::string> failures;
  Extractor extractor(rules);
  for (int index = 0; index < rules.size(); ++index) {
    const Rule& rule = rules.rule(index);
    for (const RuleExample& example : rule.examples) {
      std::vector<std::string> values;
      for (const Finding& finding : extractor.ExtractText(
               example.text, example.source, example.owner, example.region,
               example.heading, example.element)) {
        if (finding.rule_id == rule.id) values.push_back(finding.value);
      }
      if (example.value.empty()) {
        if (!values.empty()) {
          failures.push_back(StrCat(rule.origin, ": rule ", rule.id,
                                    ": must not match \"", example.text,
                                    "\" but found \"", values.front(), "\""));
        }
        continue;
      }
      bool found = false;
      for (const std::string& value : values) found |= value == example.value;
      if (!found) {
        failures.push_back(StrCat(
            rule.origin, ": rule ", rule.id, ": expected \"", example.value,
            "\" in \"", example.text, "\" but found ",
            values.empty() ? "nothing" : StrCat("\"", values.front(), "\"")));
      }
    }
  }
  return failures;
}

}  // namespace exposure
