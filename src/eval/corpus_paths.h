// Checks on names read from a corpus's truth.json before they become paths.
#ifndef EXPOSURE_EVAL_CORPUS_PATHS_H_
#define EXPOSURE_EVAL_CORPUS_PATHS_H_

#include <filesystem>

namespace exposure::internal {

// True when `name` is a relative path that stays inside the folder it is
// joined to: not absolute, no root, no "..".
inline bool IsInsideFolder(const std::filesystem::path& name) {
  if (name.empty() || name.is_absolute() || name.has_root_path()) return false;
  for (const std::filesystem::path& part : name) {
    if (part == "..") return false;
  }
  return true;
}

}  // namespace exposure::internal

#endif  // EXPOSURE_EVAL_CORPUS_PATHS_H_
