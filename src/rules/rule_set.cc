// RuleSet: the compiled form of the rules (an RE2::Set prefilter plus one
// RE2 per rule) and RuleSetBuilder::Compile / AddRule.
//
// RE2::Set tells which rules match a text, not where, so matching is two
// passes: Prefilter() per text block, then FindAll() for the named rules
// only. The set's Match() reports running out of memory only through
// ErrorInfo, in which case we fall back to trying every rule: missing a
// home address because a DFA budget ran out is not acceptable.
#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "common/strings.h"
#include "exposure/limits.h"
#include "exposure/rules.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace exposure {

struct RuleSet::Compiled {
  std::vector<Rule> rules;
  std::vector<std::unique_ptr<RE2>> regexps;
  std::unique_ptr<RE2::Set> prefilter;
};

namespace {

RE2::Options RuleOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(kRuleSetMaxMemBytes);
  return options;
}

}  // namespace

RuleSet::RuleSet(std::unique_ptr<Compiled> compiled)
    : compiled_(std::move(compiled)) {}
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;
RuleSet::~RuleSet() = default;

int RuleSet::size() const {
  return compiled_ ? static_cast<int>(compiled_->rules.size()) : 0;
}

const Rule& RuleSet::rule(int index) const { return compiled_->rules[index]; }

bool RuleSet::Prefilter(std::string_view text,
                        std::vector<int>* candidates) const {
  if (!compiled_) return true;
  std::vector<int> matched;
  RE2::Set::ErrorInfo error;
  bool any = compiled_->prefilter->Match(
      re2::StringPiece(text.data(), text.size()), &matched, &error);
  if (!any && error.kind != RE2::Set::kNoError) {
    for (int i = 0; i < size(); ++i) candidates->push_back(i);
    return false;
  }
  candidates->insert(candidates->end(), matched.begin(), matched.end());
  return true;
}

bool RuleSet::FindAll(int index, std::string_view text, int max_spans,
                      std::vector<Span>* spans) const {
  const RE2& regexp = *compiled_->regexps[index];
  const int group = compiled_->rules[index].value_group;
  re2::StringPiece input(text.data(), text.size());
  std::vector<re2::StringPiece> groups(group + 1);
  std::size_t position = 0;
  int found = 0;
  while (position <= text.size()) {
    if (!regexp.Match(input, position, text.size(), RE2::UNANCHORED,
                      groups.data(), group + 1)) {
      break;
    }
    std::size_t match_end = groups[0].data() - text.data() + groups[0].size();
    if (groups[group].data() != nullptr) {
      if (found == max_spans) return false;
      std::size_t begin = groups[group].data() - text.data();
      spans->push_back({begin, begin + groups[group].size()});
      ++found;
    }
    position = match_end > position ? match_end : position + 1;
  }
  return true;
}

RuleSetBuilder::RuleSetBuilder() = default;
RuleSetBuilder::~RuleSetBuilder() = default;

absl::Status RuleSetBuilder::AddList(std::string_view name,
                                     std::string_view text,
                                     std::string_view origin) {
  if (lists_.count(name) > 0) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": list '", name, "' is defined twice"));
  }
  std::vector<std::string> entries;
  for (std::string_view line : Split(text, '\n')) {
    std::size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = StripWhitespace(line);
    if (!line.empty()) entries.emplace_back(line);
  }
  if (entries.empty()) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": list '", name, "' has no entries"));
  }
  // Longest first: RE2 takes the first alternative that leads to a match,
  // so "Street" must come before "St".
  std::sort(entries.begin(), entries.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
  std::string alternation = "(?:";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) alternation += "|";
    alternation += RE2::QuoteMeta(entries[i]);
  }
  alternation += ")";
  lists_.emplace(std::string(name), std::move(alternation));
  return absl::OkStatus();
}

absl::Status RuleSetBuilder::AddRule(Rule rule) {
  auto invalid = [&rule](std::string_view message) {
    std::string where = rule.origin.empty() ? "rule" : rule.origin;
    return absl::InvalidArgumentError(
        StrCat(where, ": rule ", rule.id, ": ", message));
  };
  if (rule.id.empty()) return invalid("empty id");
  // Expand {{list:NAME}} placeholders.
  for (std::size_t start = rule.pattern.find("{{list:");
       start != std::string::npos;
       start = rule.pattern.find("{{list:", start)) {
    std::size_t end = rule.pattern.find("}}", start);
    if (end == std::string::npos) return invalid("unclosed {{list:");
    std::string name = rule.pattern.substr(start + 7, end - start - 7);
    auto list = lists_.find(name);
    if (list == lists_.end()) {
      return invalid(
          StrCat("unknown list '", name, "' (patterns/lists/", name, ".txt)"));
    }
    rule.pattern.replace(start, end + 2 - start, list->second);
    start += list->second.size();
  }
  for (const Rule& existing : rules_) {
    if (existing.id == rule.id) {
      return invalid(StrCat("duplicate id (first at ", existing.origin, ")"));
    }
  }
  // Compiled once here, kept for Compile(): compiling the rules is most of
  // the start-up time.
  auto compiled = std::make_unique<RE2>(rule.pattern, RuleOptions());
  const RE2& regexp = *compiled;
  if (!regexp.ok()) return invalid(regexp.error());
  if (rule.value_group > regexp.NumberOfCapturingGroups()) {
    return invalid(StrCat("'group' is ", rule.value_group,
                          " but the pattern has only ",
                          regexp.NumberOfCapturingGroups(), " groups"));
  }
  bool known_validator = rule.validator.empty();
  for (const std::string& name : ValidatorNames()) {
    known_validator |= name == rule.validator;
  }
  if (!known_validator) {
    return invalid(StrCat("unknown validator '", rule.validator, "'"));
  }
  if (rule.confidence <= 0 || rule.confidence > 1) {
    return invalid("confidence must be in (0, 1]");
  }
  rules_.push_back(std::move(rule));
  regexps_.push_back(std::move(compiled));
  return absl::OkStatus();
}

absl::StatusOr<RuleSet> RuleSetBuilder::Compile() {
  if (rules_.empty()) {
    return absl::FailedPreconditionError("no rules to compile");
  }
  auto compiled = std::make_unique<RuleSet::Compiled>();
  compiled->prefilter =
      std::make_unique<RE2::Set>(RuleOptions(), RE2::UNANCHORED);
  for (const Rule& rule : rules_) {
    std::string error;
    if (compiled->prefilter->Add(rule.pattern, &error) < 0) {
      return absl::InvalidArgumentError(
          StrCat(rule.origin, ": rule ", rule.id, ": ", error));
    }
  }
  if (!compiled->prefilter->Compile()) {
    return absl::ResourceExhaustedError(
        "the rules are too large to compile together; raise "
        "kRuleSetMaxMemBytes or split patterns");
  }
  compiled->rules = std::move(rules_);
  compiled->regexps = std::move(regexps_);
  rules_.clear();
  regexps_.clear();
  return RuleSet(std::move(compiled));
}

}  // namespace exposure
