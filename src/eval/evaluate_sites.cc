// EvaluateSitesFolder: serves each corpus site on loopback, crawls it and
// scores the report against truth.json.
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "crawl/robots.h"
#include "eval/corpus_paths.h"
#include "exposure/eval.h"
#include "exposure/pipeline.h"
#include "httplib.h"

namespace exposure {
namespace {

namespace fs = std::filesystem;
using internal::IsInsideFolder;

std::string ContentTypeOf(const fs::path& file) {
  std::string extension = AsciiLower(file.extension().string());
  if (extension == ".html" || extension == ".htm") {
    return "text/html; charset=utf-8";
  }
  if (extension == ".txt") return "text/plain; charset=utf-8";
  if (extension == ".xml" || extension == ".rss") return "application/xml";
  if (extension == ".json") return "application/json";
  if (extension == ".css") return "text/css";
  if (extension == ".jpg" || extension == ".jpeg") return "image/jpeg";
  if (extension == ".png") return "image/png";
  return "application/octet-stream";
}

bool ReadFile(const fs::path& path, std::string* contents) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return false;
  std::ostringstream text;
  text << stream.rdbuf();
  *contents = text.str();
  return !stream.bad();
}

// A static site on 127.0.0.1 that records the paths requested.
class SiteServer {
 public:
  explicit SiteServer(fs::path root) : root_(std::move(root)) {
    server_.Get(".*", [this](const httplib::Request& request,
                             httplib::Response& response) {
      {
        std::lock_guard<std::mutex> lock(mutex_);
        paths_.push_back(request.path);
      }
      Serve(request.path, &response);
    });
  }
  ~SiteServer() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }

  bool Start() {
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) return false;
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
  }

  std::string Url(std::string_view path) const {
    return StrCat("http://127.0.0.1:", port_, StartsWith(path, "/") ? "" : "/",
                  path);
  }

  std::vector<std::string> requested_paths() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return paths_;
  }

 private:
  void Serve(const std::string& path, httplib::Response* response) const {
    fs::path relative = fs::path(path).relative_path();
    std::error_code error;
    fs::path file = root_ / relative;
    if (!relative.empty() && !IsInsideFolder(relative)) {
      response->status = 404;
      return;
    }
    if (fs::is_directory(file, error)) file /= "index.html";
    std::string body;
    if (!fs::is_regular_file(file, error) || !ReadFile(file, &body)) {
      response->status = 404;
      response->set_content("not found", "text/plain");
      return;
    }
    response->set_content(body, ContentTypeOf(file).c_str());
  }

  fs::path root_;
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex mutex_;
  std::vector<std::string> paths_;
};

}  // namespace

absl::StatusOr<EvalScore> EvaluateSitesFolder(const std::string& corpus_dir,
                                              const RuleSet& rules,
                                              const CrawlOptions& options) {
  const fs::path corpus(corpus_dir);
  const std::string truth_path = (corpus / "truth.json").string();
  ASSIGN_OR_RETURN(CorpusTruth truth, LoadTruth(truth_path));
  auto sites = truth.kinds.find("sites");
  if (sites == truth.kinds.end()) {
    return absl::InvalidArgumentError(
        StrCat(truth_path, ": no \"sites\" to evaluate"));
  }
  CrawlOptions crawl = options;
  crawl.allow_private_network = true;  // the sites are served on loopback
  EvalScore total;
  for (const auto& [name, entry] : sites->second) {
    if (!IsInsideFolder(fs::path(name))) {
      return absl::InvalidArgumentError(
          StrCat(truth_path, ": sites: \"", name,
                 "\" is not a folder name inside sites/"));
    }
    fs::path folder = corpus / "sites" / name;
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
      return absl::NotFoundError(
          StrCat(folder.string(), ": no such site folder"));
    }
    SiteServer server(folder);
    if (!server.Start()) {
      return absl::UnavailableError(
          StrCat("could not serve ", folder.string(), " on 127.0.0.1"));
    }
    CrawlResult crawled = Crawl({server.Url(entry.start)}, crawl);
    Report report;
    report.targets = crawled.targets;
    RETURN_IF_ERROR(
        AnalyzePages(crawled.pages, rules, PipelineOptions{}, &report));
    EvalScore score = Score(entry, name, report);
    for (const TargetResult& target : crawled.targets) {
      if (target.status != "ok") {
        score.details.push_back(
            StrCat(name, ": crawl ", target.status, ": ", target.error));
      }
    }
    std::string robots_text;
    if (ReadFile(folder / "robots.txt", &robots_text)) {
      internal::RobotsRules robots =
          internal::RobotsRules::Parse(robots_text, crawl.robots_token);
      for (const std::string& path : server.requested_paths()) {
        if (!robots.IsAllowed(path)) {
          score.details.push_back(StrCat(name, ": requested '", path,
                                         "', which robots.txt disallows"));
        }
      }
    }
    total.Add(score);
  }
  return total;
}

}  // namespace exposure
