// DeriveFindings with provenance, for ranking that must order derived
// details exactly as RankFindings does.
#ifndef EXPOSURE_RANK_DERIVE_H_
#define EXPOSURE_RANK_DERIVE_H_

#include <cstddef>
#include <vector>

#include "exposure/extract.h"

namespace exposure::internal {

// A detail implied by findings[from]: kind 1 for a birth date made of a
// birthday and a birth year or a stated age (and for the age a birth date
// gives), 2 for the city of a street address. All kind 1
// details come before kind 2 in DeriveFindings' result, each kind in the
// order of the findings they come from.
struct DerivedFinding {
  Finding finding;
  int kind = 1;
  std::size_t from = 0;
};

std::vector<DerivedFinding> DeriveFindingsFrom(
    const std::vector<Finding>& findings);

}  // namespace exposure::internal

#endif  // EXPOSURE_RANK_DERIVE_H_
