// Binary encodings of a Tally and an Exposure, for the spill database: a
// compact, private format (lengths and numbers as varints), read back only
// by the same build.
#ifndef EXPOSURE_RANK_SERIALIZE_H_
#define EXPOSURE_RANK_SERIALIZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "exposure/rank.h"
#include "rank/tally.h"

namespace exposure::rank_internal {

// Appends `tally` to `*out`.
void EncodeTally(const Tally& tally, std::string* out);
// Reads a tally written by EncodeTally; false when `data` is not one
// (truncated or damaged), `*tally` then unspecified.
bool DecodeTally(std::string_view data, Tally* tally);

// Appends `exposure`, all but its advice, and the `platforms` its advice
// was chosen for (MakeExposure) to `*out`.
void EncodeExposure(const Exposure& exposure,
                    const std::vector<std::string>& platforms,
                    std::string* out);
// Reads what EncodeExposure wrote; `exposure->advice` is left alone. False
// when `data` is not an encoded exposure.
bool DecodeExposure(std::string_view data, Exposure* exposure,
                    std::vector<std::string>* platforms);

}  // namespace exposure::rank_internal

#endif  // EXPOSURE_RANK_SERIALIZE_H_
