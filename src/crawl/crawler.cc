// Crawl: a polite crawler over libcurl's multi interface.
//
// All targets are crawled at once, each breadth first, with at most
// CrawlOptions::concurrency requests in flight in total and at most
// kMaxRequestsInFlightPerHost on one host. Per host (scheme, host and port)
// the crawler keeps: its robots.txt rules (fetched on first contact, before
// any page of the host is requested), the earliest start of its next
// request (1/rate apart, or Crawl-delay, or a Retry-After), and how many
// pages in a row have failed. Every request, robots.txt and redirect hops
// included, waits for its host's turn; a host's turn never waits for
// another host's.
//
// The loop: start every queued request whose host is ready, let libcurl
// move the transfers, and handle each finished one: a page is parsed and
// its links queued, a redirect is queued again as its next hop (checked
// against the scheme rule, robots.txt and the profile's scope), a transient
// failure is queued again after the server's Retry-After (429, 503) or an
// exponential back-off with jitter, at most max_attempts requests per URL.
// Each target looks only at the head of its queue, so a target's pages are
// requested in breadth-first order and a waiting head holds back only its
// own target. One exception to that order: a pagination hop is queued a few
// places (kPaginationLead) before the end of the queue rather than at its
// end. Queued last, the next listing page would be requested only when
// every post of the current one had been, and the host would then idle for
// a whole round trip until the listing page's posts were known — once per
// listing page (with 100 ms responses at 20 requests per second, about
// 6% of a long profile's crawl time).
//
// Besides pages, a target's queue holds feeds (read into one page per
// item), platform forms (JSON converted into pages, see platform_forms.h)
// and, with follow_linked, linked profiles (fetched, never followed). The
// feeds and forms of a start page go to the front of its queue: they hold
// the profile's fields and posts in a few requests, and must not be starved
// by max_pages on a long profile.
#include <algorithm>
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "common/strings.h"
#include "crawl/charset.h"
#include "crawl/feeds.h"
#include "crawl/fetcher.h"
#include "crawl/link_policy.h"
#include "crawl/platform_forms.h"
#include "crawl/robots.h"
#include "exposure/crawl.h"
#include "exposure/document.h"
#include "exposure/limits.h"

namespace exposure {
namespace {

using Clock = std::chrono::steady_clock;
using internal::FetchOutcome;
using internal::LinkToFollow;
using internal::OriginOf;
using internal::PathOf;
using internal::PlatformForm;
using internal::ProfileScope;
using internal::RobotsRules;

// How many queued pages a pagination hop is placed ahead of the end of its
// target's queue: as many as a host can have in flight while the listing
// page it leads to is fetched (see Accept()).
constexpr int kPaginationLead = kMaxRequestsInFlightPerHost;

// Most lateness of a request's start that is not carried into the next
// interval of its host (see Start()).
constexpr Clock::duration kPacingTolerance = std::chrono::milliseconds(25);

Clock::duration Seconds(double seconds) {
  return std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(seconds));
}

// Content types worth parsing: HTML, XML feeds, plain text, JSON.
bool IsReadableType(const std::string& content_type) {
  std::string type = AsciiLower(content_type);
  return type.empty() || Contains(type, "html") || Contains(type, "xml") ||
         StartsWith(type, "text/") || Contains(type, "json");
}

bool IsHttpUrl(std::string_view url) {
  std::string lower = AsciiLower(url.substr(0, 8));
  return StartsWith(lower, "http://") || StartsWith(lower, "https://");
}

constexpr std::string_view kFeedAccept =
    "application/atom+xml, application/rss+xml, application/xml;q=0.9, "
    "text/xml;q=0.9, */*;q=0.5";

enum class ItemKind {
  kPage,    // an HTML (or text) page of the profile
  kFeed,    // an RSS or Atom feed the profile announced
  kForm,    // a platform's machine-readable form (Item::form)
  kLinked,  // a rel="me" profile elsewhere: fetched, not followed
};

// A URL waiting to be requested (or re-requested).
struct Item {
  std::string url;  // the next hop to request
  int depth = 0;
  bool is_start = false;
  ItemKind kind = ItemKind::kPage;
  // A feed, or a form guessed from the URL's shape: a failure is skipped,
  // not counted against the target.
  bool optional = false;
  PlatformForm form;  // for kForm
  // The stored copy the current request is conditional on (kPage only).
  std::shared_ptr<const CachedPage> cached;
  int attempt = 1;                 // of the current hop
  std::vector<std::string> chain;  // redirect hops so far, `url` last
  Clock::time_point not_before{};  // a retry's earliest start
};

enum class RobotsState { kUnknown, kLoading, kReady };

struct HostState {
  std::string origin;
  RobotsState robots_state = RobotsState::kUnknown;
  RobotsRules robots;
  std::string robots_url;
  int robots_attempt = 1;
  int robots_hops = 0;
  double interval_seconds = 0;
  Clock::time_point next_request{};
  int in_flight = 0;
  int consecutive_failures = 0;
  std::string given_up;  // why the host was given up; "" while it is not
};

struct TargetState {
  explicit TargetState(const std::string& url) : start_url(url), scope(url) {}
  std::string start_url;
  ProfileScope scope;
  std::deque<Item> queue;
  std::set<std::string> seen;
  int in_flight = 0;
  int failures = 0;
  int linked = 0;  // rel="me" profiles queued (follow_linked)
  std::string first_error;
  std::string gave_up;  // why a host of this target was given up
  bool finished = false;
  TargetResult result;
};

// A request libcurl is running.
struct Running {
  std::unique_ptr<internal::Request> request;
  HostState* host = nullptr;
  int target = -1;  // -1: the host's robots.txt
  Item item;
};

class Crawler {
 public:
  Crawler(const CrawlOptions& options, CrawlResult* result)
      : options_(options),
        result_(result),
        random_(std::random_device{}()),
        multi_(curl_multi_init()) {}
  ~Crawler() {
    for (auto& [handle, running] : running_) {
      curl_multi_remove_handle(multi_, handle);
    }
    running_.clear();
    if (multi_ != nullptr) curl_multi_cleanup(multi_);
  }

  void Run(const std::vector<std::string>& start_urls);

 private:
  void Progress(std::string_view message) const {
    if (options_.progress) options_.progress(message);
  }
  // Calls on_progress when kProgressIntervalSeconds have passed (or always
  // when `finished`).
  void ReportProgress(bool finished);
  int Concurrency() const { return std::max(1, options_.concurrency); }

  HostState& Host(const std::string& url);
  // Starts what target `t` can start now; lowers `wake` to the time its
  // head can start when it must wait for its host.
  void StartReady(int t, Clock::time_point now, Clock::time_point* wake);
  bool CanStartOn(const HostState& host, Clock::time_point now,
                  Clock::time_point not_before, Clock::time_point* wake) const;
  void Start(HostState* host, int target, Item item, Clock::time_point now);
  // Lets libcurl move; handles the finished transfers. Returns how many.
  int Pump(long timeout_ms);
  void OnRobotsDone(HostState* host, FetchOutcome outcome);
  void OnPageDone(int t, HostState* host, Item item, FetchOutcome outcome);
  void Fail(int t, const Item& item, const FetchOutcome& outcome);
  void Accept(int t, const Item& item, Page page);
  // Hands over a feed's items; false (nothing done) when `feed` is not an
  // RSS or Atom document, which is then read as a page.
  bool AcceptFeed(int t, const Item& item, const Page& feed);
  void AcceptForm(int t, const Item& item, const Page& page);
  // Queues the feeds, platform forms and linked profiles of a page at
  // depth 0 (a start page or its pagination).
  void QueueProfileExtras(int t, const Item& item, const Page& page,
                          const Document& document);
  // Queues `next` unless seen; at the front of the queue when `first`.
  bool Queue(TargetState* target, Item next, bool first = false);
  // Gives a page to on_page (parsing it when `document` is null) or keeps
  // it in the result.
  void HandOver(Page page, std::optional<Document> document);
  double RetryDelaySeconds(const FetchOutcome& outcome, int attempt);
  void Finish(int t);

  const CrawlOptions& options_;
  CrawlResult* result_;
  std::mt19937 random_;
  CURLM* multi_;
  std::vector<std::unique_ptr<TargetState>> targets_;
  std::map<std::string, std::unique_ptr<HostState>> hosts_;
  std::map<CURL*, Running> running_;
  Clock::time_point started_ = Clock::now();
  Clock::time_point last_progress_{};
  RateMeter rate_;
};

// The seen-set key of an item: a form may share its URL with the profile
// page (a Mastodon actor is "/@user" asked for as JSON).
std::string SeenKey(ItemKind kind, const std::string& url) {
  return kind == ItemKind::kForm ? StrCat("form ", url) : url;
}

void Crawler::ReportProgress(bool finished) {
  if (!options_.on_progress) return;
  Clock::time_point now = Clock::now();
  if (!finished && now - last_progress_ < Seconds(kProgressIntervalSeconds)) {
    return;
  }
  last_progress_ = now;
  CrawlProgress progress;
  for (const auto& target : targets_) {
    progress.fetched += target->result.pages;
    progress.queued += static_cast<int>(target->queue.size());
    progress.in_flight += target->in_flight;
    progress.failed += target->failures;
  }
  progress.elapsed_seconds =
      std::chrono::duration<double>(now - started_).count();
  rate_.Add(progress.elapsed_seconds, progress.fetched);
  progress.pages_per_second = rate_.PagesPerSecond();
  progress.finished = finished;
  options_.on_progress(progress);
}

bool Crawler::Queue(TargetState* target, Item next, bool first) {
  if (!target->seen.insert(SeenKey(next.kind, next.url)).second) return false;
  if (next.chain.empty()) next.chain = {next.url};
  if (first) {
    target->queue.push_front(std::move(next));
  } else {
    target->queue.push_back(std::move(next));
  }
  return true;
}

void Crawler::HandOver(Page page, std::optional<Document> document) {
  if (options_.on_page) {
    if (!document) document = ParseDocument(page);
    options_.on_page(std::move(page), std::move(*document));
  } else {
    result_->pages.push_back(std::move(page));
  }
}

HostState& Crawler::Host(const std::string& url) {
  std::string origin = OriginOf(url);
  std::unique_ptr<HostState>& host = hosts_[origin];
  if (host == nullptr) {
    host = std::make_unique<HostState>();
    host->origin = origin;
    host->robots_url = StrCat(origin, "/robots.txt");
    host->interval_seconds = options_.rate > 0 ? 1.0 / options_.rate : 0;
    if (options_.ignore_robots) host->robots_state = RobotsState::kReady;
  }
  return *host;
}

bool Crawler::CanStartOn(const HostState& host, Clock::time_point now,
                         Clock::time_point not_before,
                         Clock::time_point* wake) const {
  if (static_cast<int>(running_.size()) >= Concurrency()) return false;
  if (host.in_flight >= kMaxRequestsInFlightPerHost) return false;
  Clock::time_point at = std::max(host.next_request, not_before);
  if (at > now) {
    *wake = std::min(*wake, at);
    return false;
  }
  return true;
}

void Crawler::Start(HostState* host, int target, Item item,
                    Clock::time_point now) {
  // Keep the host's schedule when this request starts only a little late
  // (the loop woke late, parsed a page, or lost the CPU): restarting the
  // interval from `now` would add every such delay to the crawl, about 5%
  // at 20 requests per second on a busy machine. The next gap is then
  // shorter by that delay, at most kPacingTolerance or a quarter interval,
  // so any second still holds at most rate + 1 requests. A later start
  // (the host was idle or waiting) begins a new schedule.
  Clock::duration interval = Seconds(host->interval_seconds);
  Clock::duration tolerance =
      std::min<Clock::duration>(interval / 4, kPacingTolerance);
  bool on_schedule = host->next_request != Clock::time_point{} &&
                     now - host->next_request <= tolerance;
  host->next_request = (on_schedule ? host->next_request : now) + interval;
  ++host->in_flight;
  internal::RequestHeaders headers;
  item.cached.reset();
  if (target >= 0) {
    switch (item.kind) {
      case ItemKind::kFeed:
        headers.accept = std::string(kFeedAccept);
        break;
      case ItemKind::kForm:
        headers.accept = item.form.accept;
        break;
      case ItemKind::kPage:
      case ItemKind::kLinked:
        if (options_.cached_page) {
          std::optional<CachedPage> cached = options_.cached_page(item.url);
          if (cached &&
              (!cached->etag.empty() || !cached->last_modified.empty())) {
            headers.if_none_match = cached->etag;
            headers.if_modified_since = cached->last_modified;
            item.cached =
                std::make_shared<const CachedPage>(std::move(*cached));
          }
        }
        break;
    }
  }
  Running running;
  running.request = std::make_unique<internal::Request>(
      target < 0 ? host->robots_url : item.url, options_, headers);
  running.host = host;
  running.target = target;
  running.item = std::move(item);
  if (target >= 0) ++targets_[target]->in_flight;
  CURL* handle = running.request->handle();
  if (handle == nullptr || curl_multi_add_handle(multi_, handle) != CURLM_OK) {
    // Finished at once with "could not start a transfer".
    FetchOutcome outcome = running.request->Finish(CURLE_FAILED_INIT);
    --host->in_flight;
    if (target < 0) {
      OnRobotsDone(host, std::move(outcome));
    } else {
      OnPageDone(target, host, std::move(running.item), std::move(outcome));
    }
    return;
  }
  running_.emplace(handle, std::move(running));
}

void Crawler::StartReady(int t, Clock::time_point now,
                         Clock::time_point* wake) {
  TargetState& target = *targets_[t];
  while (!target.queue.empty()) {
    if (target.result.pages + target.in_flight >= options_.max_pages) {
      target.queue.clear();  // the page budget is spent
      return;
    }
    Item& item = target.queue.front();
    HostState& host = Host(item.url);
    if (!host.given_up.empty()) {
      Item failed = std::move(item);
      target.queue.pop_front();
      FetchOutcome outcome;
      outcome.error = host.given_up;
      Fail(t, failed, outcome);
      continue;
    }
    if (host.robots_state == RobotsState::kUnknown) {
      if (CanStartOn(host, now, {}, wake)) {
        host.robots_state = RobotsState::kLoading;
        Start(&host, -1, Item{}, now);
        continue;  // robots.txt may have finished (or failed) at once
      }
      return;
    }
    if (host.robots_state == RobotsState::kLoading) return;
    if (!host.robots.IsAllowed(PathOf(item.url))) {
      Item refused = std::move(item);
      target.queue.pop_front();
      FetchOutcome outcome;
      outcome.robots_disallowed = true;
      outcome.error =
          refused.chain.size() <= 1
              ? StrCat("disallowed by ", host.origin,
                       "/robots.txt (use --ignore-robots for pages that are "
                       "your own)")
              : StrCat("redirected to ", refused.url,
                       ", which robots.txt disallows");
      Fail(t, refused, outcome);
      continue;
    }
    if (!CanStartOn(host, now, item.not_before, wake)) return;
    Item ready = std::move(item);
    target.queue.pop_front();
    Start(&host, t, std::move(ready), now);
  }
}

int Crawler::Pump(long timeout_ms) {
  int still_running = 0;
  curl_multi_perform(multi_, &still_running);
  int done = 0;
  int left = 0;
  while (CURLMsg* message = curl_multi_info_read(multi_, &left)) {
    if (message->msg != CURLMSG_DONE) continue;
    CURL* handle = message->easy_handle;
    CURLcode code = message->data.result;
    auto it = running_.find(handle);
    if (it == running_.end()) continue;
    curl_multi_remove_handle(multi_, handle);
    Running running = std::move(it->second);
    running_.erase(it);
    FetchOutcome outcome = running.request->Finish(code);
    running.request.reset();
    --running.host->in_flight;
    if (running.target < 0) {
      OnRobotsDone(running.host, std::move(outcome));
    } else {
      OnPageDone(running.target, running.host, std::move(running.item),
                 std::move(outcome));
    }
    ++done;
  }
  if (done == 0 && !running_.empty()) {
    curl_multi_poll(multi_, nullptr, 0, static_cast<int>(timeout_ms), nullptr);
  }
  return done;
}

double Crawler::RetryDelaySeconds(const FetchOutcome& outcome, int attempt) {
  if (outcome.retry_after_seconds >= 0) {
    return std::min<double>(outcome.retry_after_seconds,
                            options_.max_retry_after_ms / 1000.0);
  }
  double base = options_.retry_base_delay_ms / 1000.0 *
                static_cast<double>(1 << std::min(attempt - 1, 16));
  std::uniform_real_distribution<double> jitter(0.5, 1.5);
  return base * jitter(random_);
}

void Crawler::OnRobotsDone(HostState* host, FetchOutcome outcome) {
  int attempts = std::max(1, options_.max_attempts);
  if (outcome.transient && host->robots_attempt < attempts) {
    double delay = RetryDelaySeconds(outcome, host->robots_attempt);
    Progress(StrCat("retrying ", host->robots_url, " in ", delay, " s (",
                    outcome.error, ")"));
    ++host->robots_attempt;
    host->next_request =
        std::max(host->next_request, Clock::now() + Seconds(delay));
    host->robots_state = RobotsState::kUnknown;
    return;
  }
  if (!outcome.redirect_url.empty() && host->robots_hops < kMaxRedirects &&
      IsHttpUrl(outcome.redirect_url)) {
    // robots.txt may redirect (http -> https, to a www. host).
    ++host->robots_hops;
    host->robots_attempt = 1;
    host->robots_url = outcome.redirect_url;
    host->robots_state = RobotsState::kUnknown;
    return;
  }
  host->robots_state = RobotsState::kReady;
  if (outcome.ok) {
    host->robots = RobotsRules::Parse(outcome.page.body, options_.robots_token);
  } else if (outcome.http_status >= 400 && outcome.http_status < 500 &&
             outcome.http_status != 429) {
    host->robots = RobotsRules::AllowAll();  // no robots.txt
  } else {
    if (outcome.transient) {
      outcome.error = StrCat(outcome.error, " after ", attempts, " attempts");
    }
    host->robots = RobotsRules::DisallowAll();
    host->given_up =
        StrCat(host->origin, "/robots.txt could not be fetched (",
               outcome.error.empty() ? std::string("too many redirects")
                                     : outcome.error,
               "), so nothing on ", host->origin,
               " is crawled (use --ignore-robots for pages that are your own)");
    return;
  }
  double delay = host->robots.crawl_delay_seconds();
  if (delay > kMaxCrawlDelaySeconds) {
    Progress(StrCat(host->origin, ": robots.txt Crawl-delay ", delay,
                    " s capped at ", kMaxCrawlDelaySeconds, " s"));
    delay = kMaxCrawlDelaySeconds;
  }
  if (delay > host->interval_seconds) host->interval_seconds = delay;
}

void Crawler::OnPageDone(int t, HostState* host, Item item,
                         FetchOutcome outcome) {
  TargetState& target = *targets_[t];
  --target.in_flight;
  int attempts = std::max(1, options_.max_attempts);
  if (outcome.transient && item.attempt < attempts) {
    double delay = RetryDelaySeconds(outcome, item.attempt);
    Progress(StrCat("retrying ", item.url, " in ", delay, " s (", outcome.error,
                    ", attempt ", item.attempt + 1, " of ", attempts, ")"));
    Clock::time_point retry_at = Clock::now() + Seconds(delay);
    host->next_request = std::max(host->next_request, retry_at);
    ++item.attempt;
    item.not_before = retry_at;
    target.queue.push_front(std::move(item));
    return;
  }
  if (outcome.transient) {
    outcome.error = StrCat(outcome.error, " after ", attempts, " attempt",
                           attempts == 1 ? "" : "s");
    if (++host->consecutive_failures >= kMaxHostFailures &&
        host->given_up.empty()) {
      host->given_up = StrCat(
          "gave up on ", host->origin, " after ", host->consecutive_failures,
          " failed pages in a row (last: ", outcome.error, ")");
      Progress(host->given_up);
    }
  } else if (outcome.ok) {
    host->consecutive_failures = 0;
  }
  if (outcome.not_modified) {
    if (item.cached == nullptr) {
      outcome.ok = false;
      outcome.error = "HTTP 304 to a request that was not conditional";
    } else {
      // The stored copy stands for the body; the validators are the
      // response's, or the stored ones when it repeated none.
      Page& page = outcome.page;
      page.body = item.cached->body;
      page.content_type = item.cached->content_type;
      page.not_modified = true;
      if (page.etag.empty()) page.etag = item.cached->etag;
      if (page.last_modified.empty()) {
        page.last_modified = item.cached->last_modified;
      }
    }
  }
  if (!outcome.ok && outcome.error.empty()) {
    // A redirect: queue its next hop, checked before it is requested.
    const std::string& next = outcome.redirect_url;
    if (!IsHttpUrl(next)) {
      outcome.error = StrCat("redirect to a non-http(s) URL refused: ",
                             next.substr(0, next.find(':')), ":");
    } else if (static_cast<int>(item.chain.size()) > kMaxRedirects) {
      outcome.error = StrCat("more than ", kMaxRedirects, " redirects");
    } else if (std::find(item.chain.begin(), item.chain.end(), next) !=
               item.chain.end()) {
      outcome.error = StrCat("redirect loop at ", next);
    } else if (item.kind == ItemKind::kPage && !item.is_start &&
               !target.scope.Contains(next)) {
      outcome.error = StrCat("redirected out of the profile to ", next);
    } else if ((item.kind == ItemKind::kFeed || item.kind == ItemKind::kForm) &&
               OriginOf(next) != OriginOf(item.chain.front())) {
      outcome.error = StrCat("redirected to another host: ", next);
    } else {
      item.url = next;
      item.chain.push_back(next);
      item.attempt = 1;
      item.not_before = {};
      target.queue.push_front(std::move(item));
      return;
    }
  }
  if (!outcome.ok) {
    Fail(t, item, outcome);
    return;
  }
  Accept(t, item, std::move(outcome.page));
}

void Crawler::Fail(int t, const Item& item, const FetchOutcome& outcome) {
  TargetState& target = *targets_[t];
  const std::string& queued = item.chain.empty() ? item.url : item.chain[0];
  if (!item.is_start && outcome.robots_disallowed) {
    Progress(StrCat("skipped ", queued, ": ", outcome.error));
    return;  // not a failure: the site asked not to
  }
  if (item.optional) {
    // A feed or a form guessed from the URL's shape that the site does not
    // offer: the profile's pages are what counts.
    Progress(StrCat("skipped ", queued, " (", outcome.error, ")"));
    return;
  }
  ++target.failures;
  auto host = hosts_.find(OriginOf(item.url));
  if (target.gave_up.empty() && host != hosts_.end() &&
      !host->second->given_up.empty()) {
    target.gave_up = host->second->given_up;
  }
  if (target.first_error.empty()) {
    target.first_error = StrCat(queued, ": ", outcome.error);
  }
  Progress(StrCat("failed ", queued, ": ", outcome.error));
  if (item.is_start) target.queue.clear();  // nothing to follow without it
}

void Crawler::Accept(int t, const Item& item, Page page) {
  TargetState& target = *targets_[t];
  if (!IsReadableType(page.content_type)) {
    Progress(StrCat("skipped ", page.url, " (", page.content_type, ")"));
    if (item.is_start) {
      target.first_error = StrCat(page.url, ": not a page that can be read (",
                                  page.content_type, ")");
    }
    return;
  }
  // A stored copy was converted when it was first fetched.
  if (!page.not_modified && !Contains(AsciiLower(page.content_type), "json") &&
      !internal::ConvertToUtf8(&page)) {
    Progress(StrCat(page.url, ": unknown charset in '", page.content_type,
                    "', read as UTF-8"));
  }
  if (page.truncated) {
    Progress(StrCat(page.url, ": cut at ", kMaxPageBytes, " bytes"));
  }
  if (item.is_start && OriginOf(page.url) != OriginOf(target.start_url)) {
    target.scope = ProfileScope(page.url);  // the profile moved
  }
  ++target.result.pages;
  target.seen.insert(SeenKey(item.kind, page.url));
  if (item.kind == ItemKind::kForm) {
    AcceptForm(t, item, page);
    return;
  }
  if ((item.kind == ItemKind::kFeed ||
       internal::LooksLikeFeed(page.content_type, page.body)) &&
      AcceptFeed(t, item, page)) {
    return;
  }
  // Parsed once: for the links to follow and, when pages are handed over,
  // for the analysis too.
  bool follow_links =
      target.result.pages < options_.max_pages && item.kind == ItemKind::kPage;
  std::optional<Document> document;
  if (follow_links || options_.on_page) document = ParseDocument(page);
  if (follow_links) {
    std::vector<Item> pagination;
    for (LinkToFollow& link : target.scope.LinksToFollow(*document)) {
      int depth = link.pagination ? item.depth : item.depth + 1;
      if (depth > options_.max_depth) continue;
      if (target.seen.insert(link.url).second) {
        Item next;
        next.url = link.url;
        next.chain = {link.url};
        next.depth = depth;
        if (link.pagination) {
          pagination.push_back(std::move(next));
        } else {
          target.queue.push_back(std::move(next));
        }
      }
    }
    // The next listing page goes kPaginationLead places before the end of
    // the queue: its own links then arrive while the queue still holds
    // work, instead of the host idling for one round trip per listing page.
    // (Not with an empty range: GCC 12's deque then self-move-assigns the
    // elements after the insertion point, emptying their strings.)
    if (!pagination.empty()) {
      std::size_t lead = std::min<std::size_t>(
          target.queue.size(), static_cast<std::size_t>(kPaginationLead));
      target.queue.insert(target.queue.end() - static_cast<long>(lead),
                          std::make_move_iterator(pagination.begin()),
                          std::make_move_iterator(pagination.end()));
    }
    if (item.depth == 0) QueueProfileExtras(t, item, page, *document);
  }
  if (options_.progress_each_page) {
    Progress(StrCat("fetched ", page.url, " (", target.result.pages, " pages, ",
                    target.queue.size(), " queued)"));
  }
  HandOver(std::move(page), std::move(document));
}

void Crawler::QueueProfileExtras(int t, const Item& item, const Page& page,
                                 const Document& document) {
  TargetState& target = *targets_[t];
  std::vector<Item> first;  // to the front of the queue, in this order
  bool html = Contains(AsciiLower(page.content_type), "html") ||
              page.content_type.empty();
  if (html) {
    for (std::string& url : internal::DiscoverFeeds(page.url, page.body)) {
      if (!target.scope.OwnsFeed(url)) continue;
      Item feed;
      feed.url = std::move(url);
      feed.kind = ItemKind::kFeed;
      feed.optional = true;  // the pages hold the posts too
      feed.depth = item.depth;
      first.push_back(std::move(feed));
    }
  }
  // Platform forms: the actors a page announces, else those its URL's
  // shape implies (for the start URL and where it led).
  std::vector<PlatformForm> forms;
  bool guessed = false;
  if (html) {
    for (const std::string& actor :
         internal::DiscoverActivityPubActors(page.url, page.body)) {
      if (OriginOf(actor) == OriginOf(page.url)) {
        forms.push_back(internal::ActivityPubActorForm(actor));
      }
    }
  }
  if (forms.empty() && item.is_start) {
    guessed = true;
    forms = internal::PlatformFormsOf(target.start_url);
    if (page.url != target.start_url) {
      for (PlatformForm& form : internal::PlatformFormsOf(page.url)) {
        forms.push_back(std::move(form));
      }
    }
  }
  for (PlatformForm& form : forms) {
    Item next;
    next.url = form.url;
    next.kind = ItemKind::kForm;
    next.optional = guessed;
    next.depth = item.depth;
    next.form = std::move(form);
    first.push_back(std::move(next));
  }
  for (auto it = first.rbegin(); it != first.rend(); ++it) {
    Queue(&target, std::move(*it), /*first=*/true);
  }
  if (!options_.follow_linked || !item.is_start) return;
  for (const Link& link : document.links) {
    if (target.linked >= kMaxLinkedProfiles) break;
    if (link.zone != Zone::kOwner || !IsHttpUrl(link.url)) continue;
    bool me = false;
    for (std::string_view token : SplitAny(link.rel, " \t\n")) {
      me |= token == "me";
    }
    // A rel="me" link on the same site is the site's own page, which the
    // link policy decides about.
    if (!me || OriginOf(link.url) == OriginOf(page.url)) continue;
    Item linked;
    linked.url = link.url.substr(0, link.url.find('#'));
    linked.kind = ItemKind::kLinked;
    linked.depth = item.depth + 1;
    if (Queue(&target, std::move(linked))) ++target.linked;
  }
}

bool Crawler::AcceptFeed(int t, const Item& item, const Page& feed_page) {
  TargetState& target = *targets_[t];
  std::optional<internal::Feed> feed =
      internal::ParseFeed(feed_page.body, feed_page.url);
  if (!feed) return false;
  if (feed->items_dropped) {
    Progress(StrCat(feed_page.url, ": only the first ", internal::kMaxFeedItems,
                    " items read"));
  }
  bool follow_links = target.result.pages < options_.max_pages;
  int index = 0;
  for (internal::FeedItem& entry : feed->items) {
    ++index;
    // Findings name the item's own page when it is on the profile's site;
    // an item linking elsewhere (a link post) is named by its place in
    // the feed.
    bool own_link = !entry.link.empty() &&
                    (OriginOf(entry.link) == OriginOf(feed_page.url) ||
                     target.scope.Contains(entry.link));
    Page page;
    page.url = own_link ? entry.link : StrCat(feed_page.url, "#item-", index);
    page.content_type = "text/html; charset=utf-8";
    page.body = internal::PostPageHtml(feed->title, entry.title, entry.posted,
                                       entry.content);
    int depth = item.depth + 1;
    if (follow_links && own_link && depth <= options_.max_depth &&
        target.scope.Contains(entry.link)) {
      Item post;
      post.url = entry.link.substr(0, entry.link.find('#'));
      post.depth = depth;
      Queue(&target, std::move(post));
    }
    HandOver(std::move(page), std::nullopt);
  }
  if (!options_.progress_each_page) return true;
  Progress(StrCat("fetched feed ", feed_page.url, " (", feed->items.size(),
                  " items; ", target.result.pages, " pages, ",
                  target.queue.size(), " queued)"));
  return true;
}

void Crawler::AcceptForm(int t, const Item& item, const Page& page) {
  TargetState& target = *targets_[t];
  internal::Converted converted =
      internal::ConvertPlatformJson(item.form, page.body);
  if (!converted.recognised) {
    Progress(StrCat("skipped ", page.url,
                    ": not the machine-readable form expected (",
                    page.content_type, ")"));
    return;
  }
  for (internal::ContentPage& content : converted.pages) {
    Page out;
    out.url = std::move(content.url);
    out.content_type = "text/html; charset=utf-8";
    out.body = std::move(content.html);
    HandOver(std::move(out), std::nullopt);
  }
  if (target.result.pages < options_.max_pages) {
    for (PlatformForm& form : converted.next) {
      Item next;
      next.url = form.url;
      next.kind = ItemKind::kForm;
      next.optional = item.optional;
      next.depth = item.depth;
      next.form = std::move(form);
      Queue(&target, std::move(next));
    }
  }
  if (!options_.progress_each_page) return;
  Progress(StrCat("fetched ", page.url, " (machine-readable form, ",
                  converted.pages.size(), " pages; ", target.result.pages,
                  " pages, ", target.queue.size(), " queued)"));
}

void Crawler::Finish(int t) {
  TargetState& target = *targets_[t];
  target.finished = true;
  TargetResult& result = target.result;
  if (result.pages == 0) {
    result.status = "failed";
    result.error =
        target.first_error.empty() ? "no readable page" : target.first_error;
  } else if (target.failures > 0) {
    result.status = "partial";
    result.error =
        StrCat(target.failures, " page", target.failures == 1 ? "" : "s",
               " not fetched; ",
               target.gave_up.empty() ? "" : StrCat(target.gave_up, "; "),
               "first: ", target.first_error);
  }
  result_->targets[t] = result;
}

void Crawler::Run(const std::vector<std::string>& start_urls) {
  if (options_.ignore_robots) {
    Progress(
        "warning: ignoring robots.txt (--ignore-robots); only do this for "
        "pages that are your own");
  }
  result_->targets.resize(start_urls.size());
  for (const std::string& url : start_urls) {
    targets_.push_back(std::make_unique<TargetState>(url));
    TargetState& target = *targets_.back();
    target.result.input = url;
    absl::Status valid = ValidateStartUrl(url);
    if (!valid.ok()) {
      target.first_error = std::string(valid.message());
      continue;
    }
    Item start;
    start.url = url;
    start.chain = {url};
    start.is_start = true;
    target.queue.push_back(std::move(start));
    target.seen.insert(url);
  }
  if (multi_ == nullptr) {
    for (auto& target : targets_) {
      target->queue.clear();
      if (target->first_error.empty()) {
        target->first_error = "could not start libcurl";
      }
    }
  }
  while (true) {
    Clock::time_point now = Clock::now();
    Clock::time_point wake = Clock::time_point::max();
    bool unfinished = false;
    for (int t = 0; t < static_cast<int>(targets_.size()); ++t) {
      TargetState& target = *targets_[t];
      if (target.finished) continue;
      StartReady(t, now, &wake);
      if (target.queue.empty() && target.in_flight == 0) {
        Finish(t);
      } else {
        unfinished = true;
      }
    }
    if (!unfinished && running_.empty()) break;
    if (running_.empty()) {
      if (wake == Clock::time_point::max()) {
        // Nothing running and nothing to wait for: cannot happen, but a
        // stalled crawl must end with a clear error, not hang.
        for (int t = 0; t < static_cast<int>(targets_.size()); ++t) {
          if (targets_[t]->finished) continue;
          targets_[t]->queue.clear();
          if (targets_[t]->first_error.empty()) {
            targets_[t]->first_error = "crawl stalled";
          }
          Finish(t);
        }
        break;
      }
      // Wake for the progress display too, so the rate stays current while
      // every host waits.
      if (options_.on_progress) {
        wake = std::min(wake, Clock::now() + Seconds(kProgressIntervalSeconds));
      }
      std::this_thread::sleep_until(wake);
      ReportProgress(false);
      continue;
    }
    long timeout_ms = 1000;
    if (wake != Clock::time_point::max()) {
      auto until = std::chrono::duration_cast<std::chrono::milliseconds>(
                       wake - Clock::now())
                       .count();
      timeout_ms = std::clamp<long>(until + 1, 0, 1000);
    }
    Pump(timeout_ms);
    ReportProgress(false);
  }
  ReportProgress(true);
}

}  // namespace

CrawlResult Crawl(const std::vector<std::string>& start_urls,
                  const CrawlOptions& options) {
  CrawlResult result;
  Crawler crawler(options, &result);
  crawler.Run(start_urls);
  return result;
}

}  // namespace exposure
