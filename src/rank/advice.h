// The advice catalogue (reports/advice/*.toml, compiled into the binary).
#ifndef EXPOSURE_RANK_ADVICE_H_
#define EXPOSURE_RANK_ADVICE_H_

#include <vector>

#include "exposure/category.h"
#include "exposure/rank.h"
#include "exposure/rules.h"

namespace exposure {

// Advice for an exposure of `category`: the category's own entries, then the
// entries that apply to every category (saving evidence, safety planning).
// The catalogue is parsed once; a broken embedded catalogue is a build
// defect caught by the tests, and yields no advice rather than a crash.
std::vector<Advice> AdviceFor(Category category);

// The catalogue files compiled into the binary.
const std::vector<EmbeddedFile>& AdviceFiles();

}  // namespace exposure

#endif  // EXPOSURE_RANK_ADVICE_H_
