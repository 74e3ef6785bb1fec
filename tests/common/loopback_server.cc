// LoopbackServer: cpp-httplib on 127.0.0.1 with a request log.
#include "common/loopback_server.h"

#include <chrono>

namespace exposure::testing {

LoopbackServer::LoopbackServer() {
  // Recorded before routing, so a request is logged before its response
  // can reach the client (a logger would run after, racing the test).
  server_.set_pre_routing_handler(
      [this](const httplib::Request& request, httplib::Response&) {
        std::lock_guard<std::mutex> lock(mutex_);
        paths_.push_back(request.path);
        return httplib::Server::HandlerResponse::Unhandled;
      });
}

LoopbackServer::~LoopbackServer() {
  server_.stop();
  if (thread_.joinable()) thread_.join();
}

void LoopbackServer::ServeFolder(const std::string& folder) {
  server_.set_mount_point("/", folder);
}

void LoopbackServer::Get(const std::string& pattern,
                         httplib::Server::Handler handler) {
  server_.Get(pattern, std::move(handler));
}

bool LoopbackServer::Start() {
  port_ = server_.bind_to_any_port("127.0.0.1");
  if (port_ <= 0) return false;
  thread_ = std::thread([this] { server_.listen_after_bind(); });
  // stop() is a no-op until the accept loop runs: wait for it, so a
  // destructor right after Start() cannot leave the thread listening.
  while (!server_.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

std::string LoopbackServer::Url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

std::vector<std::string> LoopbackServer::requested_paths() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return paths_;
}

}  // namespace exposure::testing
