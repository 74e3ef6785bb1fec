// Crawl: fetch each start page and the profile's own links with libcurl.
//
// This first crawler is sequential (one request at a time, each host held
// to CrawlOptions::rate) and follows links found in the owner's content of
// a page (not nav, footer or replies) on the same host, breadth first, to
// max_depth. Every connection goes through OpenSocket(), which refuses
// non-public addresses unless allow_private_network: the check is on the
// address actually connected to, after DNS and after every redirect.
#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <chrono>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "exposure/crawl.h"
#include "exposure/document.h"
#include "exposure/limits.h"

namespace exposure {
namespace {

// State one transfer's callbacks share.
struct Transfer {
  const CrawlOptions* options = nullptr;
  std::string body;
  bool truncated = false;
  bool refused_private = false;
  std::string refused_address;
};

std::size_t OnBody(char* data, std::size_t size, std::size_t count,
                   void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  std::size_t bytes = size * count;
  std::size_t room =
      kMaxPageBytes - std::min(kMaxPageBytes, transfer->body.size());
  if (bytes > room) {
    transfer->body.append(data, room);
    transfer->truncated = true;
    return 0;  // stop the transfer: the cap counts decompressed bytes
  }
  transfer->body.append(data, bytes);
  return bytes;
}

curl_socket_t OpenSocket(void* user, curlsocktype purpose,
                         curl_sockaddr* address) {
  auto* transfer = static_cast<Transfer*>(user);
  if (purpose == CURLSOCKTYPE_IPCXN &&
      !transfer->options->allow_private_network) {
    char text[INET6_ADDRSTRLEN] = {};
    if (address->family == AF_INET) {
      inet_ntop(AF_INET,
                &reinterpret_cast<sockaddr_in*>(&address->addr)->sin_addr, text,
                sizeof(text));
    } else if (address->family == AF_INET6) {
      inet_ntop(AF_INET6,
                &reinterpret_cast<sockaddr_in6*>(&address->addr)->sin6_addr,
                text, sizeof(text));
    }
    // With a proxy the connection goes to the proxy, which the user chose.
    if (transfer->options->proxy.empty() && IsPrivateAddress(text)) {
      transfer->refused_private = true;
      transfer->refused_address = text;
      return CURL_SOCKET_BAD;
    }
  }
  return socket(address->family, address->socktype, address->protocol);
}

std::string HostOf(std::string_view url) {
  std::size_t start = url.find("://");
  if (start == std::string_view::npos) return "";
  start += 3;
  std::size_t end = url.find_first_of("/?#", start);
  std::string host = AsciiLower(url.substr(start, end - start));
  std::size_t at = host.rfind('@');
  if (at != std::string::npos) host = host.substr(at + 1);
  return host;
}

struct FetchOutcome {
  bool ok = false;
  long http_status = 0;
  std::string error;  // for people: never contains page content
  Page page;
};

void EnsureCurlInitialized() {
  static const bool initialized = [] {
    curl_global_init(CURL_GLOBAL_DEFAULT);
    return true;
  }();
  (void)initialized;
}

FetchOutcome Fetch(const std::string& url, const CrawlOptions& options) {
  EnsureCurlInitialized();
  FetchOutcome outcome;
  CURL* curl = curl_easy_init();
  if (curl == nullptr) {
    outcome.error = "could not start a transfer";
    return outcome;
  }
  Transfer transfer;
  transfer.options = &options;
  char error_buffer[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, kMaxRedirects);
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(curl, CURLOPT_USERAGENT, options.user_agent.c_str());
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, options.total_timeout_ms);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 256L);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 15L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, OpenSocket);
  curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, &transfer);
  if (!options.proxy.empty()) {
    curl_easy_setopt(curl, CURLOPT_PROXY, options.proxy.c_str());
  }
  CURLcode code = curl_easy_perform(curl);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  char* effective_url = nullptr;
  curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effective_url);
  char* content_type = nullptr;
  curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &content_type);
  outcome.http_status = status;
  outcome.page.url = effective_url ? effective_url : url;
  outcome.page.content_type = content_type ? content_type : "";
  bool truncated_only = code == CURLE_WRITE_ERROR && transfer.truncated;
  if (transfer.refused_private) {
    outcome.error = StrCat(
        "refused to connect to non-public address ", transfer.refused_address,
        " (use --allow-private-network to scan loopback or private hosts)");
  } else if (code != CURLE_OK && !truncated_only) {
    outcome.error = error_buffer[0] ? error_buffer : curl_easy_strerror(code);
  } else if (status >= 400) {
    outcome.error = StrCat("HTTP ", status);
  } else {
    outcome.ok = true;
    outcome.page.body = std::move(transfer.body);
    outcome.page.truncated = transfer.truncated;
  }
  curl_easy_cleanup(curl);
  return outcome;
}

// Content types worth parsing: HTML, XML feeds, plain text, JSON.
bool IsReadableType(const std::string& content_type) {
  std::string type = AsciiLower(content_type);
  return type.empty() || Contains(type, "html") || Contains(type, "xml") ||
         StartsWith(type, "text/") || Contains(type, "json");
}

// Holds every host to `rate` requests per second.
class RateLimiter {
 public:
  explicit RateLimiter(double rate) : interval_(rate > 0 ? 1.0 / rate : 0) {}
  void Wait(const std::string& host) {
    auto now = std::chrono::steady_clock::now();
    auto it = next_.find(host);
    if (it != next_.end() && it->second > now) {
      std::this_thread::sleep_until(it->second);
      now = it->second;
    }
    next_[host] =
        now + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                  std::chrono::duration<double>(interval_));
  }

 private:
  double interval_;
  std::map<std::string, std::chrono::steady_clock::time_point> next_;
};

void CrawlTarget(const std::string& start_url, const CrawlOptions& options,
                 RateLimiter* limiter, TargetResult* target,
                 std::vector<Page>* pages) {
  target->input = start_url;
  absl::Status valid = ValidateStartUrl(start_url);
  if (!valid.ok()) {
    target->status = "failed";
    target->error = std::string(valid.message());
    return;
  }
  const std::string host = HostOf(start_url);
  std::deque<std::pair<std::string, int>> queue = {{start_url, 0}};
  std::set<std::string> seen = {start_url};
  int failures = 0;
  std::string first_error;
  while (!queue.empty() && target->pages < options.max_pages) {
    auto [url, depth] = queue.front();
    queue.pop_front();
    limiter->Wait(HostOf(url));
    FetchOutcome outcome = Fetch(url, options);
    if (!outcome.ok) {
      ++failures;
      if (first_error.empty()) first_error = StrCat(url, ": ", outcome.error);
      if (options.progress)
        options.progress(StrCat("failed ", url, ": ", outcome.error));
      continue;
    }
    if (!IsReadableType(outcome.page.content_type)) {
      if (options.progress) {
        options.progress(
            StrCat("skipped ", url, " (", outcome.page.content_type, ")"));
      }
      continue;
    }
    ++target->pages;
    if (options.progress) {
      options.progress(StrCat("fetched ", outcome.page.url, " (", target->pages,
                              " pages, ", queue.size(), " queued)"));
    }
    if (depth < options.max_depth) {
      Document document = ParseDocument(outcome.page);
      for (const Link& link : document.links) {
        if (link.zone != Zone::kOwner) continue;
        if (!StartsWith(link.url, "http")) continue;
        std::string url = link.url.substr(0, link.url.find('#'));
        if (HostOf(url) != host) continue;
        if (seen.insert(url).second) queue.push_back({url, depth + 1});
      }
    }
    seen.insert(outcome.page.url);
    pages->push_back(std::move(outcome.page));
  }
  if (target->pages == 0) {
    target->status = "failed";
    target->error = first_error.empty() ? "no readable page" : first_error;
  } else if (failures > 0) {
    target->status = "partial";
    target->error = StrCat(failures, " page", failures == 1 ? "" : "s",
                           " failed; first: ", first_error);
  }
}

}  // namespace

CrawlResult Crawl(const std::vector<std::string>& start_urls,
                  const CrawlOptions& options) {
  CrawlResult result;
  RateLimiter limiter(options.rate);
  for (const std::string& url : start_urls) {
    TargetResult target;
    CrawlTarget(url, options, &limiter, &target, &result.pages);
    result.targets.push_back(std::move(target));
  }
  return result;
}

}  // namespace exposure
