// Demo: the bundled example profile, served on loopback for `exposure demo`
// and the end-to-end tests.
#ifndef EXPOSURE_DEMO_H_
#define EXPOSURE_DEMO_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"

namespace exposure {

// A web server on 127.0.0.1 (an ephemeral port) serving the demo site that
// is compiled into the binary. Serves until destroyed. Not copyable.
class DemoServer {
 public:
  // Starts the server. Unavailable when no loopback port can be bound.
  static absl::StatusOr<std::unique_ptr<DemoServer>> Start();
  ~DemoServer();

  int port() const;
  // URL of the example person's profile page.
  std::string ProfileUrl() const;

 private:
  struct Impl;
  explicit DemoServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace exposure

#endif  // EXPOSURE_DEMO_H_
