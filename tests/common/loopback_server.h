// A real HTTP server on 127.0.0.1 for crawler and end-to-end tests.
#ifndef EXPOSURE_TESTS_COMMON_LOOPBACK_SERVER_H_
#define EXPOSURE_TESTS_COMMON_LOOPBACK_SERVER_H_

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "httplib.h"

namespace exposure::testing {

// Serves handlers (and optionally a folder) on an ephemeral loopback port
// until destroyed. Records every request path, so tests can assert what was
// (and was not) fetched. Thread-safe.
class LoopbackServer {
 public:
  LoopbackServer();
  ~LoopbackServer();

  // Serves the files under `folder` at "/" ("dir/" -> "dir/index.html").
  void ServeFolder(const std::string& folder);
  // Registers a GET handler; call before Start().
  void Get(const std::string& pattern, httplib::Server::Handler handler);
  // Starts listening; returns false if no port could be bound.
  bool Start();

  int port() const { return port_; }
  std::string Url(const std::string& path) const;
  std::vector<std::string> requested_paths() const;

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex mutex_;
  std::vector<std::string> paths_;
};

}  // namespace exposure::testing

#endif  // EXPOSURE_TESTS_COMMON_LOOPBACK_SERVER_H_
