// The built-in rules, compiled once per test binary.
#ifndef EXPOSURE_TESTS_COMMON_DEFAULT_RULES_H_
#define EXPOSURE_TESTS_COMMON_DEFAULT_RULES_H_

#include <cstdlib>

#include "exposure/rules.h"

namespace exposure::testing {

// Aborts the test binary if the built-in rules do not compile (their own
// tests in tests/rules say why).
inline const RuleSet& DefaultRules() {
  static const RuleSet* rules = [] {
    RuleSetBuilder builder;
    if (!builder.AddDefaults().ok()) std::abort();
    absl::StatusOr<RuleSet> compiled = builder.Compile();
    if (!compiled.ok()) std::abort();
    return new RuleSet(*std::move(compiled));
  }();
  return *rules;
}

}  // namespace exposure::testing

#endif  // EXPOSURE_TESTS_COMMON_DEFAULT_RULES_H_
