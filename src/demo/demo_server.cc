// DemoServer: serves the demo site compiled into the binary (demo/site/) on
// 127.0.0.1 with cpp-httplib.
#include <chrono>
#include <map>
#include <string>
#include <thread>

#include "common/strings.h"
#include "exposure/demo.h"
#include "exposure/rules.h"
#include "httplib.h"

namespace exposure {

const std::vector<EmbeddedFile>& DemoSiteFiles();

struct DemoServer::Impl {
  httplib::Server server;
  std::thread thread;
  int port = 0;
};

namespace {

// "posts/first/index.html" is served at "/posts/first/" (and without the
// trailing slash); other files at their own path.
std::map<std::string, const EmbeddedFile*> Routes() {
  std::map<std::string, const EmbeddedFile*> routes;
  for (const EmbeddedFile& file : DemoSiteFiles()) {
    std::string path = StrCat("/", file.name);
    routes[path] = &file;
    if (EndsWith(path, "/index.html")) {
      std::string directory = path.substr(0, path.size() - 10);
      routes[directory] = &file;
      if (directory.size() > 1) {
        routes[directory.substr(0, directory.size() - 1)] = &file;
      }
    }
  }
  return routes;
}

std::string ContentType(std::string_view name) {
  if (EndsWith(name, ".html")) return "text/html; charset=utf-8";
  if (EndsWith(name, ".json")) return "application/json";
  if (EndsWith(name, ".xml")) return "application/xml";
  return "text/plain; charset=utf-8";
}

}  // namespace

DemoServer::DemoServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

DemoServer::~DemoServer() {
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

absl::StatusOr<std::unique_ptr<DemoServer>> DemoServer::Start() {
  auto impl = std::make_unique<Impl>();
  auto routes =
      std::make_shared<std::map<std::string, const EmbeddedFile*>>(Routes());
  impl->server.Get(".*", [routes](const httplib::Request& request,
                                  httplib::Response& response) {
    auto it = routes->find(request.path);
    if (it == routes->end()) {
      response.status = 404;
      response.set_content("not found", "text/plain");
      return;
    }
    response.set_content(it->second->contents, ContentType(it->second->name));
  });
  impl->port = impl->server.bind_to_any_port("127.0.0.1");
  if (impl->port <= 0) {
    return absl::UnavailableError("could not bind a port on 127.0.0.1");
  }
  Impl* raw = impl.get();
  impl->thread = std::thread([raw] { raw->server.listen_after_bind(); });
  // stop() does nothing until the accept loop runs; wait for it so the
  // destructor can always stop the server.
  while (!impl->server.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return std::unique_ptr<DemoServer>(new DemoServer(std::move(impl)));
}

int DemoServer::port() const { return impl_->port; }

std::string DemoServer::ProfileUrl() const {
  return StrCat("http://127.0.0.1:", impl_->port, "/");
}

}  // namespace exposure
