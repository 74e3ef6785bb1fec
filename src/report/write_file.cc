// WriteFileAtomically: owner-only, all-or-nothing report files.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "common/strings.h"
#include "exposure/report.h"

namespace exposure {
namespace {

absl::Status ErrnoError(const std::string& path, std::string_view action) {
  int error = errno;
  std::string message =
      StrCat(path, ": cannot ", action, ": ", std::strerror(error));
  if (error == ENOENT) return absl::NotFoundError(message);
  if (error == EACCES || error == EPERM) {
    return absl::PermissionDeniedError(message);
  }
  if (error == ENOSPC || error == EDQUOT || error == EFBIG) {
    return absl::ResourceExhaustedError(message);
  }
  return absl::InternalError(message);
}

}  // namespace

absl::Status WriteFileAtomically(const std::string& path,
                                 std::string_view contents) {
  std::string directory = ".";
  std::size_t slash = path.rfind('/');
  if (slash != std::string::npos)
    directory = slash == 0 ? "/" : path.substr(0, slash);
  std::string temporary = StrCat(
      directory, "/.", path.substr(slash == std::string::npos ? 0 : slash + 1),
      ".tmp-XXXXXX");
  int fd = mkstemp(temporary.data());  // created 0600
  if (fd < 0) return ErrnoError(path, "create a temporary file beside it");
  auto fail = [&](std::string_view action) {
    absl::Status status = ErrnoError(path, action);
    close(fd);
    unlink(temporary.c_str());
    return status;
  };
  if (fchmod(fd, S_IRUSR | S_IWUSR) != 0) return fail("set owner-only mode");
  std::size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write");
    }
    written += static_cast<std::size_t>(n);
  }
  if (fsync(fd) != 0) return fail("flush to disk");
  if (close(fd) != 0) {
    absl::Status status = ErrnoError(path, "close");
    unlink(temporary.c_str());
    return status;
  }
  if (rename(temporary.c_str(), path.c_str()) != 0) {
    absl::Status status = ErrnoError(path, "replace");
    unlink(temporary.c_str());
    return status;
  }
  return absl::OkStatus();
}

}  // namespace exposure
