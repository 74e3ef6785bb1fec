// FetchOnce: one libcurl easy transfer with the crawler's safety settings.
//
// Every connection goes through OpenSocket(), which refuses non-public
// addresses unless allow_private_network: the check is on the address
// actually connected to, after DNS. Redirects are not followed by libcurl;
// the crawler follows them itself so that each hop is checked against the
// scheme rule, robots.txt and the rate limit.
#include "crawl/fetcher.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <string>
#include <utility>

#include "common/strings.h"
#include "exposure/limits.h"

namespace exposure::internal {

// State one transfer's callbacks share.
struct Request::State {
  const CrawlOptions* options = nullptr;
  std::string body;
  bool truncated = false;
  bool refused_private = false;
  std::string refused_address;
  char error_buffer[CURL_ERROR_SIZE] = {};
};

namespace {

using Transfer = Request::State;

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

void EnsureCurlInitialized() {
  static const bool initialized = [] {
    curl_global_init(CURL_GLOBAL_DEFAULT);
    return true;
  }();
  (void)initialized;
}

bool IsTransientCurlError(CURLcode code) {
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return true;
    default:
      return false;
  }
}

// The value of response header `name` of the last response, "" if none.
std::string ResponseHeader(CURL* curl, const char* name) {
  curl_header* header = nullptr;
  if (curl_easy_header(curl, name, 0, CURLH_HEADER, -1, &header) != CURLHE_OK ||
      header == nullptr || header->value == nullptr) {
    return "";
  }
  return std::string(StripWhitespace(header->value));
}

bool IsTransientStatus(long status) {
  return status == 408 || status == 429 ||
         (status >= 500 && status <= 599 && status != 501 && status != 505);
}

}  // namespace

Request::Request(const std::string& url, const CrawlOptions& options,
                 const RequestHeaders& headers)
    : url_(url), state_(std::make_unique<State>()) {
  EnsureCurlInitialized();
  state_->options = &options;
  curl_ = curl_easy_init();
  if (curl_ == nullptr) return;
  CURL* curl = curl_;
  curl_easy_setopt(curl, CURLOPT_URL, url_.c_str());
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, state_->error_buffer);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
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
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, state_.get());
  curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, OpenSocket);
  curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, state_.get());
  if (!options.proxy.empty()) {
    curl_easy_setopt(curl, CURLOPT_PROXY, options.proxy.c_str());
  }
  // Header values come from servers (validators) or from the crawler:
  // anything that could split the header line is not sent.
  auto add = [this](std::string_view name, const std::string& value) {
    if (value.empty() || value.find_first_of("\r\n") != std::string::npos) {
      return;
    }
    headers_ = curl_slist_append(headers_, StrCat(name, ": ", value).c_str());
  };
  add("Accept", headers.accept);
  add("If-None-Match", headers.if_none_match);
  add("If-Modified-Since", headers.if_modified_since);
  if (headers_ != nullptr) curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers_);
}

Request::~Request() {
  if (curl_ != nullptr) curl_easy_cleanup(curl_);
  if (headers_ != nullptr) curl_slist_free_all(headers_);
}

FetchOutcome Request::Perform() {
  if (curl_ == nullptr) return Finish(CURLE_FAILED_INIT);
  return Finish(curl_easy_perform(curl_));
}

FetchOutcome Request::Finish(CURLcode code) {
  FetchOutcome outcome;
  outcome.page.url = url_;
  if (curl_ == nullptr) {
    outcome.error = "could not start a transfer";
    return outcome;
  }
  CURL* curl = curl_;
  Transfer& transfer = *state_;
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  char* content_type = nullptr;
  curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &content_type);
  char* redirect_url = nullptr;
  curl_easy_getinfo(curl, CURLINFO_REDIRECT_URL, &redirect_url);
  curl_off_t retry_after = 0;
  if (curl_easy_getinfo(curl, CURLINFO_RETRY_AFTER, &retry_after) == CURLE_OK &&
      retry_after > 0 && (status == 429 || status == 503)) {
    outcome.retry_after_seconds = static_cast<long>(retry_after);
  }
  outcome.http_status = status;
  outcome.page.content_type = content_type ? content_type : "";
  if (status == 304 || (status >= 200 && status < 300)) {
    outcome.page.etag = ResponseHeader(curl, "ETag");
    outcome.page.last_modified = ResponseHeader(curl, "Last-Modified");
  }
  bool truncated_only = code == CURLE_WRITE_ERROR && transfer.truncated;
  if (transfer.refused_private) {
    outcome.refused_private = true;
    outcome.error = StrCat(
        "refused to connect to non-public address ", transfer.refused_address,
        " (use --allow-private-network to scan loopback or private hosts)");
  } else if (code != CURLE_OK && !truncated_only) {
    outcome.error = transfer.error_buffer[0] ? transfer.error_buffer
                                             : curl_easy_strerror(code);
    outcome.transient = IsTransientCurlError(code);
  } else if (status == 304) {
    outcome.ok = true;
    outcome.not_modified = true;
  } else if (status >= 300 && status < 400) {
    if (redirect_url != nullptr) {
      outcome.redirect_url = redirect_url;
    } else {
      // A Location libcurl cannot resolve, or one with another scheme.
      outcome.error = StrCat("HTTP ", status, " redirect to an unusable URL");
    }
  } else if (status >= 400 || status < 200) {
    outcome.error = StrCat("HTTP ", status);
    outcome.transient = IsTransientStatus(status);
  } else {
    outcome.ok = true;
    outcome.page.body = std::move(transfer.body);
    // Appending grew the buffer by doubling, and a crawl keeps every page
    // until it ends: without this, up to half of each buffer is kept
    // unused (about 1.5 bytes of memory per byte of body over a crawl).
    outcome.page.body.shrink_to_fit();
    outcome.page.truncated = transfer.truncated;
  }
  return outcome;
}

FetchOutcome FetchOnce(const std::string& url, const CrawlOptions& options) {
  return Request(url, options).Perform();
}

}  // namespace exposure::internal
