// CaseLock: one scan per case at a time, with flock(2) so that the lock
// dies with the process holding it (kill -9 leaves no stale lock).
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/strings.h"
#include "exposure/store.h"

namespace exposure {

absl::StatusOr<CaseLock> CaseLock::Acquire(const std::string& db_path,
                                           const Case& scan_case) {
  // Named by the case's id, not its name: file names must not say who a
  // case is about.
  std::string path = StrCat(db_path, ".case-", scan_case.id, ".lock");
  int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) {
    int error = errno;
    std::string message = StrCat(
        path, ": cannot open the case's lock file: ", std::strerror(error));
    if (error == EACCES || error == EPERM || error == EROFS) {
      return absl::FailedPreconditionError(message);
    }
    return absl::InternalError(message);
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int error = errno;
    close(fd);
    if (error == EWOULDBLOCK) {
      return absl::FailedPreconditionError(
          StrCat("case '", scan_case.name,
                 "' is being scanned by another exposure process; wait for it "
                 "to finish (",
                 db_path, ")"));
    }
    return absl::InternalError(
        StrCat(path, ": cannot lock: ", std::strerror(error)));
  }
  return CaseLock(fd);
}

CaseLock::CaseLock(CaseLock&& other) noexcept : fd_(other.fd_) {
  other.fd_ = -1;
}

CaseLock& CaseLock::operator=(CaseLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

CaseLock::~CaseLock() {
  if (fd_ >= 0) close(fd_);  // releases the flock
}

}  // namespace exposure
