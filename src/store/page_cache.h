// zlib compression of the bodies kept in the page cache.
#ifndef EXPOSURE_STORE_PAGE_CACHE_H_
#define EXPOSURE_STORE_PAGE_CACHE_H_

#include <optional>
#include <string>
#include <string_view>

namespace exposure::store_internal {

// zlib-compressed `body`; nullopt when zlib fails.
std::optional<std::string> CompressBody(std::string_view body);
// The body back; nullopt for data that is not a body CompressBody made
// (or that would exceed kMaxPageBytes).
std::optional<std::string> DecompressBody(std::string_view compressed);

}  // namespace exposure::store_internal

#endif  // EXPOSURE_STORE_PAGE_CACHE_H_
