// RuleSet: the compiled form of the rules (an RE2::Set prefilter plus one
// RE2 per rule) and RuleSetBuilder::Compile / AddRule.
//
// RE2::Set tells which rules match a text, not where, so matching is two
// passes: Prefilter() per text block, then FindAll() for the named rules
// only. The prefilter holds each rule's looser twin (PrefilterPattern: wide
// counted gaps made open), whose DFA stays small, in a few sets of about
// kRulesPerSet rules: one set of every rule needs a larger budget than
// two, and many small sets each pay a fixed cost per Match call. On the
// 64 MiB benchmark corpus (docs/PERFORMANCE.md), with 148 rules, full
// extraction cost 2.07x Gumbo's time with four sets of exact patterns,
// 1.78x with four sets of loosened ones and 1.66x with two (one set of
// all: 1.69x, in 64 MB). The set's Match()
// reports running out of memory only through ErrorInfo, in which case we
// fall back to trying every rule: missing a home address because a DFA
// budget ran out is not acceptable.
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
#include "rules/prefilter_pattern.h"

namespace exposure {

struct RuleSet::Compiled {
  std::vector<Rule> rules;
  std::vector<std::unique_ptr<RE2>> regexps;
  // Prefilter sets, and for each the rule index of its patterns.
  std::vector<std::unique_ptr<RE2::Set>> prefilters;
  std::vector<std::vector<int>> prefilter_rules;
};

namespace {

// See the comment at the top and kPrefilterMaxMemBytes: a set must stay
// small enough to compile in its budget and for its DFA to fit it on a long
// scan. There is one set per kRulesPerSet rules (the 229 built-in rules
// make four). The last set, which holds the rules with the longest word
// lists (workplace), takes rules from the end up to kMaxProgramPerSet
// instructions and kMaxRulesPerSet rules (a set of ~800k did not compile in
// 32 MB); the others share the rest in equal counts. Sets cut by program
// share instead compiled too but their DFA caches filled later, so the peak
// memory crept up with the input (docs/PERFORMANCE.md, "Tenth session").
constexpr int kRulesPerSet = 55;
constexpr int kMaxRulesPerSet = 64;
constexpr long long kMaxProgramPerSet = 720000;

// A rule's RE2 and a prefilter set get different budgets (limits.h):
// the sets' DFAs are where matching spends its time, and their programs
// alone need most of a small budget.
RE2::Options RuleOptions(long long max_mem) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(max_mem);
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
  const std::size_t first = candidates->size();
  std::vector<int> matched;
  for (std::size_t set = 0; set < compiled_->prefilters.size(); ++set) {
    matched.clear();
    RE2::Set::ErrorInfo error;
    bool any = compiled_->prefilters[set]->Match(
        re2::StringPiece(text.data(), text.size()), &matched, &error);
    if (!any && error.kind != RE2::Set::kNoError) {
      candidates->resize(first);
      for (int i = 0; i < size(); ++i) candidates->push_back(i);
      return false;
    }
    for (int local : matched) {
      candidates->push_back(compiled_->prefilter_rules[set][local]);
    }
  }
  std::sort(candidates->begin() + first, candidates->end());
  return true;
}

bool RuleSet::FindAll(int index, std::string_view text, int max_spans,
                      std::vector<Span>* spans) const {
  const RE2& regexp = *compiled_->regexps[index];
  const int group = compiled_->rules[index].value_group;
  const int owner_group = compiled_->rules[index].owner_group;
  const int group_count = std::max(group, owner_group) + 1;
  re2::StringPiece input(text.data(), text.size());
  std::vector<re2::StringPiece> groups(group_count);
  std::size_t position = 0;
  int found = 0;
  while (position <= text.size()) {
    if (!regexp.Match(input, position, text.size(), RE2::UNANCHORED,
                      groups.data(), group_count)) {
      break;
    }
    std::size_t match_end = groups[0].data() - text.data() + groups[0].size();
    if (groups[group].data() != nullptr) {
      if (found == max_spans) return false;
      std::size_t begin = groups[group].data() - text.data();
      std::string_view owner;
      if (owner_group > 0) {
        owner = std::string_view(groups[owner_group].data(),
                                 groups[owner_group].size());
      }
      spans->push_back({begin, begin + groups[group].size(), owner});
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
  auto compiled =
      std::make_unique<RE2>(rule.pattern, RuleOptions(kRuleMaxMemBytes));
  const RE2& regexp = *compiled;
  if (!regexp.ok()) return invalid(regexp.error());
  if (rule.value_group > regexp.NumberOfCapturingGroups()) {
    return invalid(StrCat("'group' is ", rule.value_group,
                          " but the pattern has only ",
                          regexp.NumberOfCapturingGroups(), " groups"));
  }
  if (rule.owner_group > regexp.NumberOfCapturingGroups() ||
      (rule.owner_group > 0 && rule.owner_group == rule.value_group)) {
    return invalid(StrCat("'owner_group' is ", rule.owner_group,
                          ": it must be a capture group other than 'group'"));
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
  // Rules in file order (a file is a category).
  const int rule_count = static_cast<int>(rules_.size());
  const int set_count =
      std::max(1, (rule_count + kRulesPerSet - 1) / kRulesPerSet);
  // The last set takes rules from the end up to the program limit; the
  // rest are cut into equal counts.
  int last_begin = rule_count;
  long long last_program = 0;
  while (last_begin > 0 && rule_count - last_begin < kMaxRulesPerSet &&
         last_program + regexps_[last_begin - 1]->ProgramSize() <=
             kMaxProgramPerSet) {
    --last_begin;
    last_program += regexps_[last_begin]->ProgramSize();
  }
  // A single rule past the limit still gets a set of its own.
  if (last_begin == rule_count) last_begin = rule_count - 1;
  if (set_count == 1) last_begin = 0;
  std::vector<std::vector<int>> members;
  const int front_sets = set_count - 1;
  const int per_set =
      front_sets > 0 ? (last_begin + front_sets - 1) / front_sets : 1;
  for (int index = 0; index < last_begin; ++index) {
    if (index % per_set == 0) members.emplace_back();
    members.back().push_back(index);
  }
  members.emplace_back();
  for (int index = last_begin; index < rule_count; ++index) {
    members.back().push_back(index);
  }
  for (std::vector<int>& set_rules : members) {
    compiled->prefilters.push_back(std::make_unique<RE2::Set>(
        RuleOptions(kPrefilterMaxMemBytes), RE2::UNANCHORED));
    for (int index : set_rules) {
      const Rule& rule = rules_[index];
      // The set gets the rule's looser twin (prefilter_pattern.h); should
      // RE2 refuse that, the exact pattern, which it compiled already.
      std::string error;
      if (compiled->prefilters.back()->Add(
              internal::PrefilterPattern(rule.pattern), &error) < 0 &&
          compiled->prefilters.back()->Add(rule.pattern, &error) < 0) {
        return absl::InvalidArgumentError(
            StrCat(rule.origin, ": rule ", rule.id, ": ", error));
      }
    }
    compiled->prefilter_rules.push_back(std::move(set_rules));
  }
  for (std::size_t set = 0; set < compiled->prefilters.size(); ++set) {
    if (!compiled->prefilters[set]->Compile()) {
      const std::vector<int>& set_rules = compiled->prefilter_rules[set];
      return absl::ResourceExhaustedError(StrCat(
          "the rules are too large to compile together (the set of ",
          rules_[set_rules.front()].id, " to ", rules_[set_rules.back()].id,
          "); raise kPrefilterMaxMemBytes or split patterns"));
    }
  }
  compiled->rules = std::move(rules_);
  compiled->regexps = std::move(regexps_);
  rules_.clear();
  regexps_.clear();
  return RuleSet(std::move(compiled));
}

}  // namespace exposure
