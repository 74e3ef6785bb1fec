// Runs the real exposure binary and captures its output and exit status.
#ifndef EXPOSURE_TESTS_COMMON_RUN_BINARY_H_
#define EXPOSURE_TESTS_COMMON_RUN_BINARY_H_

#include <string>
#include <vector>

namespace exposure::testing {

struct RunResult {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string standard_output;
  std::string standard_error;
};

// Runs `binary` with `arguments` (no shell), standard input closed.
RunResult RunBinary(const std::string& binary,
                    const std::vector<std::string>& arguments);

// A fresh, empty temporary folder, removed by the caller if wanted.
std::string MakeTempDir();

// The whole contents of a file ("" if unreadable).
std::string ReadFile(const std::string& path);

}  // namespace exposure::testing

#endif  // EXPOSURE_TESTS_COMMON_RUN_BINARY_H_
