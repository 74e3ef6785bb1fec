// RETURN_IF_ERROR / ASSIGN_OR_RETURN, which Debian 12's Abseil lacks.
#ifndef EXPOSURE_COMMON_STATUS_MACROS_H_
#define EXPOSURE_COMMON_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define EXPOSURE_CONCAT_INNER(a, b) a##b
#define EXPOSURE_CONCAT(a, b) EXPOSURE_CONCAT_INNER(a, b)

// Returns the status of `expr` from the enclosing function if it is not OK.
#define RETURN_IF_ERROR(expr)                            \
  do {                                                   \
    ::absl::Status exposure_status_ = (expr);            \
    if (!exposure_status_.ok()) return exposure_status_; \
  } while (0)

// Evaluates `rexpr` (a StatusOr); returns its status if not OK, else moves
// its value into `lhs`.
#define ASSIGN_OR_RETURN(lhs, rexpr)                                        \
  ASSIGN_OR_RETURN_IMPL(EXPOSURE_CONCAT(exposure_statusor_, __LINE__), lhs, \
                        rexpr)
#define ASSIGN_OR_RETURN_IMPL(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                          \
  if (!statusor.ok()) return statusor.status();     \
  lhs = std::move(statusor).value()

#endif  // EXPOSURE_COMMON_STATUS_MACROS_H_
