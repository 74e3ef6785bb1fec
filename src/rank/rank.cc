// ExposureAggregator and RankFindings: merge findings per category +
// value, score and sort (the scoring is in tally.cc).
#include "exposure/rank.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "rank/derive.h"
#include "rank/tally.h"

namespace exposure {

using rank_internal::Key;
using rank_internal::Tally;

AdviceList::AdviceList(std::vector<Advice> items)
    : items_(items.empty() ? nullptr
                           : std::make_shared<const std::vector<Advice>>(
                                 std::move(items))) {}

const std::vector<Advice>& AdviceList::items() const {
  static const std::vector<Advice>* const kEmpty = new std::vector<Advice>();
  return items_ ? *items_ : *kEmpty;
}

void AdviceList::push_back(Advice item) {
  auto changed = items_ ? std::make_shared<std::vector<Advice>>(*items_)
                        : std::make_shared<std::vector<Advice>>();
  changed->push_back(std::move(item));
  items_ = std::move(changed);
}

std::string ExposureId(Category category, const std::string& value) {
  // FNV-1a 64: stable across runs and builds, unlike absl::Hash.
  std::uint64_t hash = 14695981039346656037ULL;
  auto mix = [&hash](std::string_view text) {
    for (unsigned char c : text) {
      hash ^= c;
      hash *= 1099511628211ULL;
    }
  };
  mix(CategoryName(category));
  mix(":");
  mix(value);
  return absl::StrFormat("%016x", hash);
}

std::string RiskLevel(int risk) {
  if (risk >= 80) return "critical";
  if (risk >= 60) return "high";
  if (risk >= 35) return "medium";
  return "low";
}

struct ExposureAggregator::State {
  std::map<Key, Tally> tallies;

  void Add(const Finding& finding, std::uint64_t sequence) {
    tallies[{finding.category, finding.value}].Add(finding, sequence);
  }
};

ExposureAggregator::ExposureAggregator() : state_(std::make_unique<State>()) {}
ExposureAggregator::~ExposureAggregator() = default;

void ExposureAggregator::AddPage(int page,
                                 const std::vector<Finding>& findings) {
  for (std::size_t i = 0; i < findings.size(); ++i) {
    state_->Add(findings[i], rank_internal::Sequence(0, page, i));
  }
  for (const internal::DerivedFinding& derived :
       internal::DeriveFindingsFrom(findings)) {
    state_->Add(derived.finding,
                rank_internal::Sequence(derived.kind, page, derived.from));
  }
}

std::vector<Exposure> ExposureAggregator::Rank() {
  std::map<Key, Tally> tallies = std::move(state_->tallies);
  state_->tallies.clear();
  // Distinct values in first-seen order.
  std::vector<const Key*> keys;
  for (const auto& [key, tally] : tallies) keys.push_back(&key);
  std::sort(keys.begin(), keys.end(), [&tallies](const Key* a, const Key* b) {
    return tallies.at(*a).first < tallies.at(*b).first;
  });
  std::map<Key, std::string> merged = rank_internal::MergeShortNames(keys);
  // Each exposure's values, in the order the exposures were first seen.
  std::map<Key, std::vector<const Key*>> groups;
  std::vector<Key> order;
  for (const Key* key : keys) {
    Key target = *key;
    auto renamed = merged.find(target);
    if (renamed != merged.end()) target.second = renamed->second;
    auto [it, inserted] = groups.try_emplace(target);
    if (inserted) order.push_back(target);
    it->second.push_back(key);
  }

  // Exposures of one category on the same platforms share their advice.
  rank_internal::AdviceCache advice;
  std::vector<std::string> platforms;
  std::vector<Exposure> exposures;
  exposures.reserve(order.size());
  for (const Key& key : order) {
    std::vector<std::pair<const Key*, const Tally*>> members;
    for (const Key* member : groups[key]) {
      members.push_back({member, &tallies.at(*member)});
    }
    std::optional<Exposure> exposure =
        rank_internal::MakeExposure(key, members, &advice, &platforms);
    // The values' tallies are dropped once their exposure is made, so that
    // the tallies and the exposures are not both held whole. (A value
    // merged into another is never a merge target, so `key`'s own tally is
    // only dropped with its own group.)
    for (const auto& [member, tally] : members) tallies.erase(*member);
    if (exposure) exposures.push_back(std::move(*exposure));
  }
  std::stable_sort(exposures.begin(), exposures.end(),
                   rank_internal::RanksBefore);
  return exposures;
}

std::vector<Exposure> RankFindings(const std::vector<Finding>& findings) {
  ExposureAggregator aggregator;
  aggregator.AddPage(0, findings);
  return aggregator.Rank();
}

std::map<std::string, int> CountByCategory(const std::vector<Exposure>& list) {
  std::map<std::string, int> counts;
  for (const Exposure& exposure : list) {
    ++counts[std::string(CategoryName(exposure.category))];
  }
  return counts;
}

}  // namespace exposure
