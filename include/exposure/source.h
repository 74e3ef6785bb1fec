// Local sources: reading saved pages and text files for `exposure extract`.
#ifndef EXPOSURE_SOURCE_H_
#define EXPOSURE_SOURCE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "exposure/page.h"

namespace exposure {

// Reads `path` (a file, or a folder walked recursively for .html, .htm,
// .txt, .md and .json files, in sorted order) into Pages with file:// URLs.
// NotFound when the path does not exist; PermissionDenied or Internal with
// the path when it cannot be read. Files over kMaxPageBytes are truncated
// and marked so.
absl::StatusOr<std::vector<Page>> LoadLocalPages(const std::string& path);

// The readable files under `path` (itself when it is a file), in the order
// LoadLocalPages would read them, without reading them: for streaming large
// folders one page at a time. Same errors as LoadLocalPages.
absl::StatusOr<std::vector<std::string>> ListLocalFiles(
    const std::string& path);

// Reads one file as LoadLocalPages does.
absl::StatusOr<Page> ReadLocalPage(const std::string& file);

}  // namespace exposure

#endif  // EXPOSURE_SOURCE_H_
