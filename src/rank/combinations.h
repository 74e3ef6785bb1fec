// FindCombinations and ApplyCombinations on what a spilled ranking has:
// the categories present, and one exposure at a time.
#ifndef EXPOSURE_RANK_COMBINATIONS_H_
#define EXPOSURE_RANK_COMBINATIONS_H_

#include <set>
#include <vector>

#include "exposure/rank.h"

namespace exposure::rank_internal {

// FindCombinations for exposures of (unresolved) categories `present`.
std::vector<Combination> CombinationsOf(const std::set<Category>& present);

// True when ApplyCombinations raises exposures of `category`.
bool IsCombined(const std::vector<Combination>& combinations,
                Category category);

// What ApplyCombinations does to one exposure, but the sort: its risk,
// level and why; false (and nothing changed) when it is not combined or
// resolved.
bool ApplyCombinationsTo(const std::vector<Combination>& combinations,
                         Exposure* exposure);

}  // namespace exposure::rank_internal

#endif  // EXPOSURE_RANK_COMBINATIONS_H_
