// ExposureAggregator and RankFindings: merge findings per category +
// value, score and sort (the scoring is in tally.cc).
#include "exposure/rank.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "common/status_macros.h"
#include "rank/combinations.h"
#include "rank/derive.h"
#include "rank/spill.h"
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
  RankOptions options;
  std::map<Key, Tally> tallies;
  std::size_t bytes = 0;  // about how much memory `tallies` holds
  std::unique_ptr<rank_internal::SpillDatabase> spill;  // once spilled
  absl::Status status;                                  // the first error

  void Add(const Finding& finding, std::uint64_t sequence) {
    auto [tally, added] =
        tallies.try_emplace({finding.category, finding.value});
    if (added) {
      bytes += sizeof(std::pair<const Key, Tally>) + 64 + finding.value.size() +
               finding.display.size();
    }
    bytes += tally->second.Add(finding, sequence);
  }

  // Moves the tallies to the spill database (made on first use).
  absl::Status Spill() {
    if (spill == nullptr) {
      ASSIGN_OR_RETURN(spill,
                       rank_internal::SpillDatabase::Create(options.temp_dir));
    }
    RETURN_IF_ERROR(spill->Add(tallies));
    tallies.clear();
    bytes = 0;
    return absl::OkStatus();
  }

  // Ranks the spilled tallies, `tallies` first added to them; the
  // database is moved out.
  absl::StatusOr<std::unique_ptr<rank_internal::SpillDatabase>> RankSpilled() {
    RETURN_IF_ERROR(Spill());
    std::unique_ptr<rank_internal::SpillDatabase> ranked = std::move(spill);
    RETURN_IF_ERROR(ranked->Rank());
    return ranked;
  }

  std::vector<Exposure> RankInMemory();
};

ExposureAggregator::ExposureAggregator(RankOptions options)
    : state_(std::make_unique<State>()) {
  state_->options = std::move(options);
}
ExposureAggregator::~ExposureAggregator() = default;

bool ExposureAggregator::spilled() const { return state_->spill != nullptr; }

absl::Status ExposureAggregator::AddPage(int page,
                                         const std::vector<Finding>& findings) {
  if (!state_->status.ok()) return state_->status;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    state_->Add(findings[i], rank_internal::Sequence(0, page, i));
  }
  for (const internal::DerivedFinding& derived :
       internal::DeriveFindingsFrom(findings)) {
    state_->Add(derived.finding,
                rank_internal::Sequence(derived.kind, page, derived.from));
  }
  std::size_t threshold = state_->options.spill_threshold_bytes;
  if (threshold > 0 && state_->bytes >= threshold) {
    state_->status = state_->Spill();
  }
  return state_->status;
}

absl::StatusOr<std::vector<Exposure>> ExposureAggregator::Rank() {
  RETURN_IF_ERROR(state_->status);
  if (state_->spill == nullptr) return state_->RankInMemory();
  absl::StatusOr<std::unique_ptr<rank_internal::SpillDatabase>> spilled =
      state_->RankSpilled();
  state_->tallies.clear();
  if (!spilled.ok()) return spilled.status();
  ASSIGN_OR_RETURN(
      std::shared_ptr<rank_internal::SpilledRanking> ranking,
      rank_internal::SpilledRanking::Make(std::move(*spilled), {}));
  std::vector<Exposure> exposures;
  exposures.reserve(ranking->size());
  RETURN_IF_ERROR(ranking->ForEach([&exposures](const Exposure& exposure) {
    exposures.push_back(exposure);
    return true;
  }));
  return exposures;
}

absl::Status ExposureAggregator::RankInto(Report* report) {
  RETURN_IF_ERROR(state_->status);
  if (state_->spill == nullptr) {
    report->exposures = state_->RankInMemory();
    report->spilled = nullptr;
    report->combinations = FindCombinations(report->exposures);
    ApplyCombinations(report->combinations, &report->exposures);
    return absl::OkStatus();
  }
  absl::StatusOr<std::unique_ptr<rank_internal::SpillDatabase>> spilled =
      state_->RankSpilled();
  state_->tallies.clear();
  if (!spilled.ok()) return spilled.status();
  // Ranked exposures are never resolved: every category present counts.
  ASSIGN_OR_RETURN(std::set<Category> present, (*spilled)->Categories());
  std::vector<Combination> combinations =
      rank_internal::CombinationsOf(present);
  ASSIGN_OR_RETURN(report->spilled, rank_internal::SpilledRanking::Make(
                                        std::move(*spilled), combinations));
  report->exposures.clear();
  report->combinations = std::move(combinations);
  return absl::OkStatus();
}

std::vector<Exposure> ExposureAggregator::State::RankInMemory() {
  std::map<Key, Tally> tallies = std::move(this->tallies);
  this->tallies.clear();
  bytes = 0;
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
  // Without a spill threshold nothing can fail.
  ExposureAggregator aggregator;
  aggregator.AddPage(0, findings).IgnoreError();
  return *aggregator.Rank();
}

std::size_t ExposureCount(const Report& report) {
  return report.spilled != nullptr ? report.spilled->size()
                                   : report.exposures.size();
}

absl::Status ForEachExposure(
    const Report& report, const std::function<bool(const Exposure&)>& visit) {
  if (report.spilled != nullptr) return report.spilled->ForEach(visit);
  for (const Exposure& exposure : report.exposures) {
    if (!visit(exposure)) break;
  }
  return absl::OkStatus();
}

std::map<std::string, int> CountByCategory(const std::vector<Exposure>& list) {
  std::map<std::string, int> counts;
  for (const Exposure& exposure : list) {
    ++counts[std::string(CategoryName(exposure.category))];
  }
  return counts;
}

}  // namespace exposure
