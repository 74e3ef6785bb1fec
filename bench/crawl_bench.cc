// crawl_bench: times the crawler against slow, rate-limited loopback hosts
// (wall time versus the politeness bound, 429s) and measures the peak memory
// of a 10,000-page crawl (see docs/CRAWL_PERFORMANCE.md).
//
//   crawl_bench [--runs=3] [--skip_memory] [--skip_timing]
//               [--exposure=EXPOSURE_BINARY] [--big_hosts=4]
//               [--big_pages=2500] [--big_rate=1000] [--post_bytes=3000]
//               [--nagle] [--brotli]
//
// Politeness mode (issue 4): three cpp-httplib servers on 127.0.0.1,
// 127.0.0.2 and 127.0.0.3, each serving a generated profile of 200 pages
// (10 listing pages linked by rel="next" "Older posts", 19 post cards each,
// so a crawl from the first listing page reaches all 200) and a robots.txt
// that allows everything. Every response is delayed 100 ms and each server
// allows 25 requests per second per client address (a sliding 1 s window
// over request arrivals; past it the answer is 429 with Retry-After: 1, and
// counted). exposure::Crawl() runs in this process with rate = 20,
// allow_private_network, max_pages = 1000 and concurrency = 16; its wall
// time is compared with the politeness bound 200 / 20 = 10 s. The crawl is
// repeated --runs times on fresh servers; medians are reported.
//
// Memory mode: --big_hosts servers (127.0.0.1...) of --big_pages pages each
// (no delay, no limit) are crawled at --big_rate requests per second per
// host, twice, each time in a child process whose peak RSS comes from
// wait4(): once by this program re-run as `crawl_bench --crawl_child`
// (Crawl() alone, which keeps every page until it returns), and once by the
// real `exposure scan` (crawl, analysis and report to /dev/null). The
// children run before anything else: Linux carries the parent's RSS
// high-water mark into a child at exec (posix_spawn shares the parent's
// memory until then), so the parent's own peak at spawn time is printed as
// the floor under the children's figures.
//
// The servers send bodies uncompressed and with TCP_NODELAY (--brotli and
// --nagle restore cpp-httplib's defaults): Debian's cpp-httplib compresses
// text with brotli at its highest quality whenever the client accepts br,
// which made the servers, not the crawler, the bottleneck of memory mode.
#include <curl/curl.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "exposure/crawl.h"
#include "httplib.h"

#ifndef EXPOSURE_BINARY
#define EXPOSURE_BINARY ""
#endif

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double Median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid]
                                : (values[mid - 1] + values[mid]) / 2;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Deterministic filler prose, so every run serves the same bytes.
std::string Prose(unsigned seed, std::size_t bytes) {
  static const char* const kWords[] = {
      "morning", "the",     "garden",  "walked", "coffee", "with",
      "friends", "market",  "after",   "rain",   "quiet",  "street",
      "we",      "found",   "a",       "small",  "bakery", "near",
      "river",   "evening", "light",   "train",  "late",   "again",
      "photos",  "from",    "weekend", "trip",   "to",     "hills",
      "and",     "back",    "home",    "tired",  "happy",  "books"};
  constexpr unsigned kCount = sizeof(kWords) / sizeof(kWords[0]);
  std::string text;
  text.reserve(bytes + 16);
  unsigned state = seed * 2654435761u + 1;
  int in_sentence = 0;
  while (text.size() < bytes) {
    state = state * 1664525u + 1013904223u;
    std::string_view word = kWords[(state >> 8) % kCount];
    if (in_sentence == 0) {
      text.push_back(static_cast<char>(word[0] - 'a' + 'A'));
      text.append(word.substr(1));
    } else {
      text.push_back(' ');
      text.append(word);
    }
    if (++in_sentence > 6 + static_cast<int>((state >> 20) % 8)) {
      text.append(". ");
      in_sentence = 0;
    }
  }
  text.append(".");
  return text;
}

struct SiteOptions {
  std::string address = "127.0.0.1";  // a loopback address to bind
  std::string user = "ana";
  int listing_pages = 10;         // the profile's listing pages
  int posts_per_listing = 19;     // post cards on each listing page
  int delay_ms = 100;             // added to every response
  int limit_per_second = 25;      // per client address; 0 = no limit
  std::size_t post_bytes = 3000;  // prose on each post page
  bool tcp_nodelay = true;
  bool compress = false;  // let cpp-httplib compress (brotli) for clients
};

// A generated profile site on one loopback address: listing pages
// /@user/, /@user/page/N/ and posts /@user/posts/I, robots.txt allowing
// all. Counts requests and 429s. Thread-safe; serves until destroyed.
class ProfileSite {
 public:
  explicit ProfileSite(SiteOptions options) : options_(std::move(options)) {
    server_.new_task_queue = [] { return new httplib::ThreadPool(16); };
    server_.set_keep_alive_max_count(100000);
    // Without TCP_NODELAY, cpp-httplib's separate header and body writes
    // meet the client's delayed ACK: ~40 ms more per response on loopback.
    server_.set_tcp_nodelay(options_.tcp_nodelay);
    server_.Get(R"(.*)", [this](const httplib::Request& request,
                                httplib::Response& response) {
      Handle(request, response);
    });
  }
  ~ProfileSite() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  ProfileSite(const ProfileSite&) = delete;
  ProfileSite& operator=(const ProfileSite&) = delete;

  bool Start() {
    port_ = server_.bind_to_any_port(options_.address);
    if (port_ <= 0) return false;
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
  }

  std::string Origin() const {
    return "http://" + options_.address + ":" + std::to_string(port_);
  }
  std::string StartUrl() const { return Origin() + "/@" + options_.user + "/"; }
  int pages() const {
    return options_.listing_pages * (1 + options_.posts_per_listing);
  }
  int requests() const { return requests_.load(); }
  int throttled() const { return throttled_.load(); }
  // Most requests seen in any 1 s window, by one client.
  int peak_window() const { return peak_window_.load(); }
  // When each request arrived, in order.
  std::vector<Clock::time_point> arrivals() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return arrivals_;
  }

 private:
  // Records an arrival; false when the client is past its limit.
  bool Admit(const std::string& client) {
    ++requests_;
    Clock::time_point now = Clock::now();
    std::lock_guard<std::mutex> lock(mutex_);
    arrivals_.push_back(now);
    if (options_.limit_per_second <= 0) return true;
    std::deque<Clock::time_point>& window = windows_[client];
    while (!window.empty() && now - window.front() >= std::chrono::seconds(1)) {
      window.pop_front();
    }
    window.push_back(now);
    int count = static_cast<int>(window.size());
    if (count > peak_window_.load()) peak_window_ = count;
    return count <= options_.limit_per_second;
  }

  void Handle(const httplib::Request& request, httplib::Response& response) {
    bool admitted = Admit(request.remote_addr);
    if (options_.delay_ms > 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(options_.delay_ms));
    }
    if (!admitted) {
      ++throttled_;
      response.status = 429;
      response.set_header("Retry-After", "1");
      response.set_content("slow down\n", "text/plain");
      return;
    }
    const std::string& path = request.path;
    const std::string home = "/@" + options_.user + "/";
    if (path == "/robots.txt") {
      Send(response, "User-agent: *\nAllow: /\n", "text/plain");
    } else if (path == home) {
      Send(response, Listing(1), "text/html; charset=utf-8");
    } else if (path.rfind(home + "page/", 0) == 0) {
      int number = std::atoi(path.c_str() + home.size() + 5);
      if (number < 2 || number > options_.listing_pages) {
        response.status = 404;
        return;
      }
      Send(response, Listing(number), "text/html; charset=utf-8");
    } else if (path.rfind(home + "posts/", 0) == 0) {
      int number = std::atoi(path.c_str() + home.size() + 6);
      if (number < 1 ||
          number > options_.listing_pages * options_.posts_per_listing) {
        response.status = 404;
        return;
      }
      Send(response, Post(number), "text/html; charset=utf-8");
    } else {
      response.status = 404;
    }
  }

  // Sends `body` uncompressed unless options_.compress. With set_content(),
  // Debian's cpp-httplib (built with brotli) compresses every text body at
  // brotli's highest quality when the client accepts br, as libcurl does:
  // milliseconds of server CPU per page, which made the servers, not the
  // crawler, the bottleneck. A sized content provider is sent as it is.
  void Send(httplib::Response& response, std::string body,
            const char* type) const {
    if (options_.compress) {
      response.set_content(body, type);
      return;
    }
    auto shared = std::make_shared<const std::string>(std::move(body));
    response.set_content_provider(
        shared->size(), type,
        [shared](std::size_t offset, std::size_t length,
                 httplib::DataSink& sink) {
          return sink.write(shared->data() + offset,
                            std::min(length, shared->size() - offset));
        });
  }

  std::string Head(const std::string& title) const {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<title>" +
           title +
           "</title></head><body><header class=\"site-header\"><nav>"
           "<a href=\"/\">Home</a> <a href=\"/explore\">Explore</a> "
           "<a href=\"/login\">Log in</a></nav></header><main>";
  }
  static std::string Foot() {
    return "</main><footer class=\"site-footer\"><a href=\"/terms\">Terms"
           "</a> <a href=\"/privacy\">Privacy</a></footer></body></html>\n";
  }

  std::string Listing(int number) const {
    const std::string home = "/@" + options_.user + "/";
    std::string html = Head("Ana Example (@" + options_.user + ")");
    html +=
        "<section class=\"h-card\"><h1 class=\"p-name\">Ana Example</h1>"
        "<p class=\"p-note\">Gardener and reader. Mail me at "
        "ana.example@example.org.</p></section>";
    for (int i = 0; i < options_.posts_per_listing; ++i) {
      int post = (number - 1) * options_.posts_per_listing + i + 1;
      std::string url = home + "posts/" + std::to_string(post);
      html += "<article class=\"h-entry\"><h2><a class=\"u-url\" href=\"" +
              url + "\">Post " + std::to_string(post) + "</a></h2><p>" +
              Prose(post, 160) + "</p></article>";
    }
    if (number < options_.listing_pages) {
      html += "<nav class=\"pagination\"><a rel=\"next\" href=\"" + home +
              "page/" + std::to_string(number + 1) +
              "/\">Older posts</a></nav>";
    }
    return html + Foot();
  }

  std::string Post(int number) const {
    const std::string home = "/@" + options_.user + "/";
    std::string html = Head("Post " + std::to_string(number));
    html += "<article class=\"h-entry\"><h1 class=\"p-name\">Post " +
            std::to_string(number) +
            "</h1><p class=\"p-author h-card\"><a href=\"" + home +
            "\">Ana Example</a></p><div class=\"e-content\">";
    std::string text = Prose(number, options_.post_bytes);
    for (std::size_t at = 0; at < text.size(); at += 600) {
      html += "<p>" + text.substr(at, 600) + "</p>";
    }
    html += "</div></article>";
    return html + Foot();
  }

  SiteOptions options_;
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<int> requests_{0};
  std::atomic<int> throttled_{0};
  std::atomic<int> peak_window_{0};
  mutable std::mutex mutex_;
  std::vector<Clock::time_point> arrivals_;
  std::map<std::string, std::deque<Clock::time_point>> windows_;
};

struct Flags {
  int runs = 3;
  bool skip_memory = false;
  bool skip_timing = false;
  bool nagle = false;   // servers without TCP_NODELAY (cpp-httplib's default)
  bool brotli = false;  // servers compress bodies (cpp-httplib's default)
  std::string exposure = EXPOSURE_BINARY;
  int big_hosts = 4;
  int big_pages = 2500;
  double big_rate = 1000;
  std::size_t post_bytes = 3000;
  // --crawl_child mode.
  bool crawl_child = false;
  double rate = 1000;
  int max_pages = 2500;
  std::vector<std::string> urls;
};

bool ParseFlag(std::string_view arg, std::string_view name,
               std::string* value) {
  std::string prefix = "--" + std::string(name) + "=";
  if (arg.rfind(prefix, 0) != 0) return false;
  *value = std::string(arg.substr(prefix.size()));
  return true;
}

bool ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    std::string value;
    if (arg == "--skip_memory") {
      flags->skip_memory = true;
    } else if (arg == "--skip_timing") {
      flags->skip_timing = true;
    } else if (arg == "--brotli") {
      flags->brotli = true;
    } else if (arg == "--nagle") {
      flags->nagle = true;
    } else if (arg == "--crawl_child") {
      flags->crawl_child = true;
    } else if (ParseFlag(arg, "runs", &value)) {
      flags->runs = std::max(1, std::atoi(value.c_str()));
    } else if (ParseFlag(arg, "exposure", &value)) {
      flags->exposure = value;
    } else if (ParseFlag(arg, "big_hosts", &value)) {
      flags->big_hosts = std::clamp(std::atoi(value.c_str()), 1, 250);
    } else if (ParseFlag(arg, "big_pages", &value)) {
      flags->big_pages = std::max(20, std::atoi(value.c_str()));
    } else if (ParseFlag(arg, "big_rate", &value)) {
      flags->big_rate = std::atof(value.c_str());
    } else if (ParseFlag(arg, "post_bytes", &value)) {
      flags->post_bytes = std::strtoul(value.c_str(), nullptr, 10);
    } else if (ParseFlag(arg, "rate", &value)) {
      flags->rate = std::atof(value.c_str());
    } else if (ParseFlag(arg, "max_pages", &value)) {
      flags->max_pages = std::atoi(value.c_str());
    } else if (arg.rfind("--", 0) == 0) {
      std::fprintf(stderr, "crawl_bench: unknown flag %s\n", argv[i]);
      return false;
    } else {
      flags->urls.emplace_back(arg);
    }
  }
  return true;
}

exposure::CrawlOptions LoopbackOptions(double rate, int max_pages) {
  exposure::CrawlOptions options;
  options.allow_private_network = true;
  options.rate = rate;
  options.max_pages = max_pages;
  options.concurrency = 16;
  return options;
}

// --crawl_child: Crawl() alone; exit 0 when every target is "ok".
int RunCrawlChild(const Flags& flags) {
  exposure::CrawlResult result =
      exposure::Crawl(flags.urls, LoopbackOptions(flags.rate, flags.max_pages));
  std::size_t bytes = 0;
  for (const exposure::Page& page : result.pages) bytes += page.body.size();
  bool ok = true;
  for (const exposure::TargetResult& target : result.targets) {
    if (target.status != "ok") {
      ok = false;
      std::fprintf(stderr, "crawl_child: %s: %s: %s\n", target.input.c_str(),
                   target.status.c_str(), target.error.c_str());
    }
  }
  std::fprintf(stderr, "  crawl_child: %zu pages, %.1f MB of bodies\n",
               result.pages.size(), bytes / 1e6);
  return ok ? 0 : 1;
}

struct ChildRun {
  bool started = false;
  int exit_status = -1;
  double wall_seconds = 0;
  double cpu_seconds = 0;
  long peak_rss_kb = 0;
};

// Runs `args` with standard output to /dev/null and waits for it.
ChildRun RunChild(const std::vector<std::string>& args) {
  ChildRun run;
  std::vector<char*> argv;
  for (const std::string& arg : args)
    argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null",
                                   O_WRONLY, 0);
  Clock::time_point start = Clock::now();
  pid_t pid = 0;
  int error =
      posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) {
    std::fprintf(stderr, "crawl_bench: cannot run %s: %s\n", argv[0],
                 std::strerror(error));
    return run;
  }
  run.started = true;
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid) return run;
  run.wall_seconds = SecondsSince(start);
  run.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  run.cpu_seconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
                    usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  run.peak_rss_kb = usage.ru_maxrss;
  return run;
}

// Servers on 127.0.0.1, 127.0.0.2, ... (Linux routes all of 127/8 to lo).
std::vector<std::unique_ptr<ProfileSite>> StartSites(int count,
                                                     SiteOptions options) {
  std::vector<std::unique_ptr<ProfileSite>> sites;
  for (int i = 0; i < count; ++i) {
    options.address = "127.0.0." + std::to_string(i + 1);
    auto site = std::make_unique<ProfileSite>(options);
    if (!site->Start()) {
      std::fprintf(stderr, "crawl_bench: cannot listen on %s\n",
                   options.address.c_str());
      std::exit(1);
    }
    sites.push_back(std::move(site));
  }
  return sites;
}

void RunMemory(const Flags& flags, const char* self) {
  SiteOptions options;
  options.delay_ms = 0;
  options.limit_per_second = 0;
  options.tcp_nodelay = !flags.nagle;
  options.compress = flags.brotli;
  options.post_bytes = flags.post_bytes;
  // Listing pages of 24 post cards: pages = listings * 25.
  options.posts_per_listing = 24;
  options.listing_pages = std::max(1, flags.big_pages / 25);
  std::printf(
      "memory: %d hosts x %d pages (%d listing pages of %d posts, ~%zu bytes "
      "of prose per post), no delay, rate %.0f per host, concurrency 16\n",
      flags.big_hosts, options.listing_pages * 25, options.listing_pages,
      options.posts_per_listing, flags.post_bytes, flags.big_rate);
  std::vector<std::unique_ptr<ProfileSite>> sites =
      StartSites(flags.big_hosts, options);
  std::vector<std::string> urls;
  for (const auto& site : sites) urls.push_back(site->StartUrl());
  int pages_per_host = sites[0]->pages();
  std::printf("  parent peak RSS at spawn (floor): %.1f MB\n",
              PeakRssKb() / 1024.0);

  std::fflush(stdout);
  std::vector<std::string> child = {
      self, "--crawl_child", "--rate=" + std::to_string(flags.big_rate),
      "--max_pages=" + std::to_string(pages_per_host)};
  child.insert(child.end(), urls.begin(), urls.end());
  auto total_requests = [&sites] {
    int total = 0;
    for (const auto& site : sites) total += site->requests();
    return total;
  };
  int before = total_requests();
  ChildRun crawl = RunChild(child);
  int requests = total_requests() - before;
  std::printf(
      "  Crawl() alone:  exit %d, %d requests, %.2f s wall, %.2f s CPU, "
      "peak RSS %.1f MB\n",
      crawl.exit_status, requests, crawl.wall_seconds, crawl.cpu_seconds,
      crawl.peak_rss_kb / 1024.0);

  if (flags.exposure.empty()) {
    std::printf("  exposure scan: skipped (no --exposure binary)\n");
    return;
  }
  std::vector<std::string> scan = {flags.exposure,
                                   "scan",
                                   "--format",
                                   "json",
                                   "--max-pages",
                                   std::to_string(pages_per_host),
                                   "--rate",
                                   std::to_string(flags.big_rate),
                                   "--concurrency",
                                   "16",
                                   "--allow-private-network"};
  scan.insert(scan.end(), urls.begin(), urls.end());
  before = total_requests();
  std::fflush(stdout);
  ChildRun full = RunChild(scan);
  requests = total_requests() - before;
  std::printf(
      "  exposure scan:  exit %d, %d requests, %.2f s wall, %.2f s CPU, "
      "peak RSS %.1f MB (target < 150 MB)\n",
      full.exit_status, requests, full.wall_seconds, full.cpu_seconds,
      full.peak_rss_kb / 1024.0);
}

struct TimedRun {
  double seconds = 0;
  // Over all hosts: request arrival gaps at the servers (ms), the first
  // and the last arrival after the crawl started (s).
  std::vector<double> gaps_ms;
  double first_arrival = 0;
  double last_arrival = 0;
  int pages = 0;
  int requests = 0;
  int throttled = 0;
  int peak_window = 0;
  bool all_ok = true;
};

TimedRun RunPolite(const Flags& flags) {
  SiteOptions site_options;
  site_options.tcp_nodelay = !flags.nagle;
  site_options.compress = flags.brotli;
  std::vector<std::unique_ptr<ProfileSite>> sites = StartSites(3, site_options);
  std::vector<std::string> urls;
  for (const auto& site : sites) urls.push_back(site->StartUrl());
  exposure::CrawlOptions options = LoopbackOptions(20, 1000);
  Clock::time_point start = Clock::now();
  exposure::CrawlResult result = exposure::Crawl(urls, options);
  TimedRun run;
  run.seconds = SecondsSince(start);
  run.pages = static_cast<int>(result.pages.size());
  for (const exposure::TargetResult& target : result.targets) {
    if (target.status != "ok") {
      run.all_ok = false;
      std::fprintf(stderr, "  %s: %s: %s\n", target.input.c_str(),
                   target.status.c_str(), target.error.c_str());
    }
  }
  for (const auto& site : sites) {
    run.requests += site->requests();
    run.throttled += site->throttled();
    run.peak_window = std::max(run.peak_window, site->peak_window());
    std::vector<Clock::time_point> arrivals = site->arrivals();
    for (std::size_t i = 1; i < arrivals.size(); ++i) {
      run.gaps_ms.push_back(std::chrono::duration<double, std::milli>(
                                arrivals[i] - arrivals[i - 1])
                                .count());
    }
    if (!arrivals.empty()) {
      run.first_arrival = std::max(
          run.first_arrival,
          std::chrono::duration<double>(arrivals.front() - start).count());
      run.last_arrival = std::max(
          run.last_arrival,
          std::chrono::duration<double>(arrivals.back() - start).count());
    }
  }
  return run;
}

void RunTiming(const Flags& flags) {
  constexpr double kBound = 200.0 / 20.0;
  std::printf(
      "politeness: 3 hosts x 200 pages, 100 ms per response, server limit "
      "25 req/s per client, --rate 20, concurrency 16; bound %.1f s\n",
      kBound);
  std::vector<double> seconds;
  std::vector<double> throttled;
  for (int i = 0; i < flags.runs; ++i) {
    TimedRun run = RunPolite(flags);
    seconds.push_back(run.seconds);
    throttled.push_back(run.throttled);
    std::printf(
        "  run %d: %.3f s (ratio %.3f), %d pages, %d requests, %d x 429, "
        "busiest 1 s window %d requests%s\n",
        i + 1, run.seconds, run.seconds / kBound, run.pages, run.requests,
        run.throttled, run.peak_window, run.all_ok ? "" : ", NOT ALL OK");
    std::vector<double> gaps = run.gaps_ms;
    std::sort(gaps.begin(), gaps.end());
    if (!gaps.empty()) {
      std::printf(
          "    request gaps per host: median %.1f ms, p90 %.1f ms, max %.1f "
          "ms, mean %.2f ms; last request arrived at %.3f s\n",
          Median(gaps), gaps[gaps.size() * 9 / 10], gaps.back(),
          (run.last_arrival - run.first_arrival) * 1000 / (gaps.size() / 3.0),
          run.last_arrival);
    }
  }
  double median = Median(seconds);
  std::printf(
      "  median %.3f s, ratio %.3f (target <= 1.10), median 429s %.0f "
      "(target 0)\n",
      median, median / kBound, Median(throttled));
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  if (!ParseFlags(argc, argv, &flags)) return 2;
  if (flags.crawl_child) return RunCrawlChild(flags);
  std::printf("crawl_bench: libcurl %s\n", curl_version());
  char self[4096] = {};
  if (readlink("/proc/self/exe", self, sizeof(self) - 1) <= 0) {
    std::strcpy(self, argv[0]);
  }
  if (!flags.skip_memory) RunMemory(flags, self);
  if (!flags.skip_timing) RunTiming(flags);
  return 0;
}
