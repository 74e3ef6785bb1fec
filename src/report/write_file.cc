// AtomicFile, WriteFileAtomically and WriteReportFile: owner-only,
// all-or-nothing report files, written whole or piece by piece.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <utility>

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

absl::StatusOr<std::unique_ptr<AtomicFile>> AtomicFile::Create(
    const std::string& path) {
  std::string directory = ".";
  std::size_t slash = path.rfind('/');
  if (slash != std::string::npos)
    directory = slash == 0 ? "/" : path.substr(0, slash);
  std::string temporary = StrCat(
      directory, "/.", path.substr(slash == std::string::npos ? 0 : slash + 1),
      ".tmp-XXXXXX");
  int fd = mkstemp(temporary.data());  // created 0600
  if (fd < 0) return ErrnoError(path, "create a temporary file beside it");
  std::unique_ptr<AtomicFile> file(
      new AtomicFile(path, std::move(temporary), fd));
  if (fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
    return file->Fail("set owner-only mode");
  }
  return file;
}

AtomicFile::AtomicFile(std::string path, std::string temporary, int fd)
    : path_(std::move(path)), temporary_(std::move(temporary)), fd_(fd) {}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    close(fd_);
    unlink(temporary_.c_str());
  }
}

absl::Status AtomicFile::Fail(std::string_view action) {
  status_ = ErrnoError(path_, action);
  close(fd_);
  unlink(temporary_.c_str());
  fd_ = -1;
  return status_;
}

absl::Status AtomicFile::Append(std::string_view data) {
  if (fd_ < 0) {
    return status_.ok() ? absl::FailedPreconditionError(
                              StrCat(path_, ": written after it was committed"))
                        : status_;
  }
  std::size_t written = 0;
  while (written < data.size()) {
    ssize_t n = write(fd_, data.data() + written, data.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Fail("write");
    }
    written += static_cast<std::size_t>(n);
  }
  return absl::OkStatus();
}

absl::Status AtomicFile::Commit() {
  if (fd_ < 0) {
    return status_.ok() ? absl::FailedPreconditionError(
                              StrCat(path_, ": committed twice"))
                        : status_;
  }
  if (fsync(fd_) != 0) return Fail("flush to disk");
  int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) {
    status_ = ErrnoError(path_, "close");
    unlink(temporary_.c_str());
    return status_;
  }
  if (rename(temporary_.c_str(), path_.c_str()) != 0) {
    status_ = ErrnoError(path_, "replace");
    unlink(temporary_.c_str());
    return status_;
  }
  return absl::OkStatus();
}

absl::Status WriteFileAtomically(const std::string& path,
                                 std::string_view contents) {
  absl::StatusOr<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  absl::Status status = (*file)->Append(contents);
  if (!status.ok()) return status;
  return (*file)->Commit();
}

absl::Status WriteReportFile(const std::string& path, const Report& report,
                             ReportFormat format,
                             const RenderOptions& options) {
  absl::StatusOr<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  AtomicFile* out = file->get();
  absl::Status status =
      RenderTo(report, format, options,
               [out](std::string_view piece) { return out->Append(piece); });
  if (!status.ok()) return status;  // ~AtomicFile removes the temporary file
  return out->Commit();
}

}  // namespace exposure
