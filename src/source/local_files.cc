// LoadLocalPages: saved pages, text and exports from disk, as Pages.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "exposure/limits.h"
#include "exposure/source.h"

namespace exposure {
namespace {

namespace fs = std::filesystem;

bool IsReadableExtension(const fs::path& path) {
  std::string extension = AsciiLower(path.extension().string());
  return extension == ".html" || extension == ".htm" || extension == ".txt" ||
         extension == ".md" || extension == ".json" || extension == ".xhtml";
}

std::string ContentTypeFor(const fs::path& path) {
  std::string extension = AsciiLower(path.extension().string());
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") {
    return "text/html";
  }
  if (extension == ".json") return "application/json";
  return "text/plain";
}

absl::StatusOr<Page> ReadPage(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    return absl::PermissionDeniedError(
        StrCat(path.string(), ": cannot be read"));
  }
  Page page;
  page.url = StrCat("file://", fs::absolute(path).lexically_normal().string());
  page.content_type = ContentTypeFor(path);
  // Allocate what the file holds (up to one byte past the limit, to see
  // whether it is over), not the limit itself.
  std::error_code error;
  std::uintmax_t size = fs::file_size(path, error);
  std::size_t want = error ? kMaxPageBytes + 1
                           : static_cast<std::size_t>(std::min<std::uintmax_t>(
                                 size + 1, kMaxPageBytes + 1));
  page.body.resize(want);
  stream.read(page.body.data(), static_cast<std::streamsize>(page.body.size()));
  if (stream.bad()) {
    return absl::InternalError(StrCat(path.string(), ": read error"));
  }
  page.body.resize(static_cast<std::size_t>(stream.gcount()));
  page.body.shrink_to_fit();
  if (page.body.size() > kMaxPageBytes) {
    page.body.resize(kMaxPageBytes);
    page.truncated = true;
  }
  return page;
}

}  // namespace

absl::StatusOr<std::vector<std::string>> ListLocalFiles(
    const std::string& path) {
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    return absl::NotFoundError(StrCat(path, ": no such file or folder"));
  }
  if (fs::is_regular_file(status)) return std::vector<std::string>{path};
  if (!fs::is_directory(status)) {
    return absl::InvalidArgumentError(
        StrCat(path, ": not a regular file or folder"));
  }
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(
      path, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (it->is_regular_file(error) && IsReadableExtension(it->path())) {
      files.push_back(it->path().string());
    }
  }
  if (error) {
    return absl::PermissionDeniedError(StrCat(path, ": ", error.message()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

absl::StatusOr<Page> ReadLocalPage(const std::string& file) {
  return ReadPage(file);
}

absl::StatusOr<std::vector<Page>> LoadLocalPages(const std::string& path) {
  absl::StatusOr<std::vector<std::string>> files = ListLocalFiles(path);
  if (!files.ok()) return files.status();
  std::vector<Page> pages;
  for (const std::string& file : *files) {
    absl::StatusOr<Page> page = ReadPage(file);
    if (!page.ok()) return page.status();
    pages.push_back(*std::move(page));
  }
  return pages;
}

}  // namespace exposure
