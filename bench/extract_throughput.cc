// extract_throughput: times Exposure's extraction against Gumbo alone on the
// same in-memory corpus in one run, and measures `exposure extract`'s peak
// memory as a child process (see docs/PERFORMANCE.md).
//
// Throughput mode:
//
//   extract_throughput [--repeat=R] [--jobs=N] [--passes=P,...] CORPUS_DIR
//
// loads every .html file of CORPUS_DIR into memory (so the disk is not
// measured), then runs these passes over all of it, R times (default 5),
// interleaved so drifts in clock speed hit every pass alike:
//   gumbo        gumbo_parse_with_options + gumbo_destroy_output per page,
//                with the options ParseDocument uses (max_errors = 0);
//   parse        ParseDocument per page (Gumbo plus the DOM walk);
//   full         ParseDocument + Extractor::Extract per page, one thread,
//                default rules (RuleSetBuilder::AddDefaults);
//   analyze j=1  AnalyzePages with jobs = 1 (adds ranking);
//   analyze j=N  AnalyzePages with jobs = N (default 2).
// Each pass is first run once, untimed, over the first 32 pages (RE2 builds its
// DFAs lazily). --passes=full,parse keeps only the named passes (and gumbo),
// e.g. for a profiler. It prints the median and minimum wall time, MiB/s, CPU
// time, and each pass's ratio to gumbo: the ratio of medians and the median
// of the per-round ratios; then the process's peak RSS and the load average
// (other processes on the machine skew wall times, and jobs=N most).
//
// Child mode:
//
//   extract_throughput --child=EXPOSURE_BINARY [--repeat=R] [--jobs=N]
//                      CORPUS_DIR...
//
// runs `EXPOSURE_BINARY extract DIR --format json --jobs N` (report to
// /dev/null) R times (default 1) per folder and reports each run's wall
// time, CPU time and peak RSS from wait4(). The children run before this
// process loads anything: Linux carries the parent's RSS high-water mark
// into a child's ru_maxrss at exec, so the parent must be small then (its
// own peak is printed as the floor). Afterwards the folders are loaded and
// Gumbo alone is timed R times on each, so the whole-process time can be
// compared with Gumbo's in the same run.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "exposure/document.h"
#include "exposure/extract.h"
#include "exposure/page.h"
#include "exposure/pipeline.h"
#include "exposure/rank.h"
#include "exposure/rules.h"
#include "gumbo.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using exposure::Page;

constexpr int kWarmUpPages = 32;

struct Corpus {
  std::vector<Page> pages;
  std::uint64_t bytes = 0;
};

// Reads every .html/.htm file under `dir`, sorted, with bodies exactly as
// large as the files. Returns false (after printing why) on error.
bool LoadCorpus(const std::string& dir, Corpus* corpus) {
  std::error_code error;
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(dir, error), end;
       !error && it != end; it.increment(error)) {
    const std::string extension = it->path().extension().string();
    std::error_code type_error;
    if (it->is_regular_file(type_error) &&
        (extension == ".html" || extension == ".htm")) {
      files.push_back(it->path());
    }
  }
  if (error) {
    std::cerr << "extract_throughput: " << dir << ": " << error.message()
              << "\n";
    return false;
  }
  if (files.empty()) {
    std::cerr << "extract_throughput: " << dir << ": no .html files\n";
    return false;
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream stream(file, std::ios::binary);
    Page page;
    page.url = "file://" + fs::absolute(file).string();
    page.content_type = "text/html";
    page.body.assign(std::istreambuf_iterator<char>(stream),
                     std::istreambuf_iterator<char>());
    if (!stream.good() && !stream.eof()) {
      std::cerr << "extract_throughput: " << file.string() << ": read error\n";
      return false;
    }
    page.body.shrink_to_fit();
    corpus->bytes += page.body.size();
    corpus->pages.push_back(std::move(page));
  }
  return true;
}

double Mebibytes(std::uint64_t bytes) {
  return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) /
             1e6;
}

long PeakRssKib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

// The 1, 5 and 15 minute load averages, from /proc/loadavg.
std::string LoadAverage() {
  std::ifstream stream("/proc/loadavg");
  std::string one, five, fifteen;
  stream >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

// Gumbo alone, with ParseDocument's options. Returns a checksum so the work
// cannot be optimised away.
std::uint64_t GumboOnly(const std::vector<Page>& pages, std::size_t count) {
  std::uint64_t checksum = 0;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // as in src/document/parse_document.cc
  for (std::size_t i = 0; i < count; ++i) {
    const std::string& body = pages[i].body;
    GumboOutput* output =
        gumbo_parse_with_options(&options, body.data(), body.size());
    checksum += output->root->v.element.children.length;
    gumbo_destroy_output(&options, output);
  }
  return checksum;
}

struct Pass {
  Pass(std::string pass_name,
       std::function<std::uint64_t(std::size_t count)> pass_run)
      : name(std::move(pass_name)), run(std::move(pass_run)) {}

  std::string name;
  // Runs the pass over the first `count` pages; returns a checksum.
  std::function<std::uint64_t(std::size_t count)> run;
  std::vector<double> wall;  // seconds, one per round
  std::vector<double> cpu;
  std::uint64_t checksum = 0;
};

// Not inlined, so a profiler can collect inside it alone
// (valgrind --toggle-collect=*TimePass*).
[[gnu::noinline]] void TimePass(Pass* pass, std::size_t count) {
  const double cpu_before = CpuSeconds();
  const auto start = std::chrono::steady_clock::now();
  pass->checksum = pass->run(count);
  const auto stop = std::chrono::steady_clock::now();
  pass->wall.push_back(std::chrono::duration<double>(stop - start).count());
  pass->cpu.push_back(CpuSeconds() - cpu_before);
}

int RunThroughput(const std::string& dir, int repeat, int jobs,
                  const std::vector<std::string>& only) {
  Corpus corpus;
  if (!LoadCorpus(dir, &corpus)) return 1;
  const std::vector<Page>& pages = corpus.pages;
  std::printf(
      "corpus: %s: %zu pages, %.1f MiB; peak RSS after loading: "
      "%.1f MiB\n",
      dir.c_str(), pages.size(), Mebibytes(corpus.bytes),
      PeakRssKib() / 1024.0);
  std::printf("load average at start: %s\n", LoadAverage().c_str());

  exposure::RuleSetBuilder builder;
  absl::Status added = builder.AddDefaults();
  if (!added.ok()) {
    std::cerr << "extract_throughput: " << added.message() << "\n";
    return 1;
  }
  absl::StatusOr<exposure::RuleSet> rules = builder.Compile();
  if (!rules.ok()) {
    std::cerr << "extract_throughput: " << rules.status().message() << "\n";
    return 1;
  }
  const exposure::Extractor extractor(*rules);

  auto analyze = [&](int threads) {
    return [&pages, &rules, threads](std::size_t count) -> std::uint64_t {
      std::vector<Page> subset;
      const std::vector<Page>* input = &pages;
      if (count < pages.size()) {  // warm-up only: copy the first pages
        subset.assign(pages.begin(), pages.begin() + count);
        input = &subset;
      }
      exposure::PipelineOptions options;
      options.jobs = threads;
      exposure::Report report;
      if (!exposure::AnalyzePages(*input, *rules, options, &report).ok()) {
        return std::size_t{0};  // only when spilling, not set here
      }
      return exposure::ExposureCount(report) + report.warnings.size();
    };
  };
  std::vector<Pass> passes;
  passes.push_back({"gumbo", [&pages](std::size_t count) {
                      return GumboOnly(pages, count);
                    }});
  passes.push_back({"parse", [&pages](std::size_t count) {
                      std::uint64_t blocks = 0;
                      for (std::size_t i = 0; i < count; ++i) {
                        blocks +=
                            exposure::ParseDocument(pages[i]).blocks.size();
                      }
                      return blocks;
                    }});
  passes.push_back({"full", [&pages, &extractor](std::size_t count) {
                      std::uint64_t findings = 0;
                      for (std::size_t i = 0; i < count; ++i) {
                        exposure::Document document =
                            exposure::ParseDocument(pages[i]);
                        findings += extractor.Extract(document).size();
                      }
                      return findings;
                    }});
  passes.push_back({"analyze j=1", analyze(1)});
  passes.push_back({"analyze j=" + std::to_string(jobs), analyze(jobs)});

  if (!only.empty()) {
    std::vector<Pass> chosen;
    for (Pass& pass : passes) {
      if (pass.name == "gumbo" ||
          std::find(only.begin(), only.end(), pass.name) != only.end()) {
        chosen.push_back(std::move(pass));
      }
    }
    passes = std::move(chosen);
  }
  const std::size_t warm_up =
      std::min(pages.size(), static_cast<std::size_t>(kWarmUpPages));
  for (Pass& pass : passes) pass.run(warm_up);
  const long fallbacks_before = extractor.prefilter_fallbacks();
  for (int round = 0; round < repeat; ++round) {
    for (Pass& pass : passes) TimePass(&pass, pages.size());
    std::fprintf(stderr, "round %d/%d:", round + 1, repeat);
    for (const Pass& pass : passes) {
      std::fprintf(stderr, " %s %.3fs", pass.name.c_str(), pass.wall.back());
    }
    std::fprintf(stderr, "\n");
  }

  const Pass& gumbo = passes[0];
  const double gumbo_median = Median(gumbo.wall);
  std::printf("\n%d rounds, medians (wall clock, steady_clock):\n", repeat);
  std::printf("%-12s %9s %9s %8s %9s %9s %10s %12s\n", "pass", "median_s",
              "min_s", "MiB/s", "cpu_s", "x gumbo", "x (paired)", "checksum");
  for (const Pass& pass : passes) {
    std::vector<double> paired;
    for (int round = 0; round < repeat; ++round) {
      paired.push_back(pass.wall[round] / gumbo.wall[round]);
    }
    const double median = Median(pass.wall);
    std::printf("%-12s %9.3f %9.3f %8.2f %9.3f %9.3f %10.3f %12llu\n",
                pass.name.c_str(), median,
                *std::min_element(pass.wall.begin(), pass.wall.end()),
                Mebibytes(corpus.bytes) / median, Median(pass.cpu),
                median / gumbo_median, Median(paired),
                static_cast<unsigned long long>(pass.checksum));
  }
  for (const Pass& pass : passes) {
    if (pass.name != "full") continue;
    const double ratio = Median(pass.wall) / gumbo_median;
    const double cpu_ratio = Median(pass.cpu) / Median(gumbo.cpu);
    std::printf(
        "\nfull / gumbo: %.3f (wall, ratio of medians), %.3f (CPU time); "
        "target <= 1.25: %s\n",
        ratio, cpu_ratio, ratio <= 1.25 ? "met" : "NOT met");
  }
  std::printf("prefilter fallbacks (RE2::Set out of memory) in 'full': %ld\n",
              extractor.prefilter_fallbacks() - fallbacks_before);
  std::printf("peak RSS of this process: %.1f MiB\n", PeakRssKib() / 1024.0);
  std::printf("load average at end: %s\n", LoadAverage().c_str());
  return 0;
}

struct ChildRun {
  double wall = 0;
  double cpu = 0;
  long max_rss_kib = 0;
  int status = 0;
};

// Runs `argv` with standard output sent to /dev/null; false when it cannot
// be started.
bool RunChild(const std::vector<std::string>& args, ChildRun* run) {
  std::vector<char*> argv;
  for (const std::string& arg : args) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null",
                                   O_WRONLY, 0);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  int error =
      posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) {
    std::cerr << "extract_throughput: cannot run " << args[0] << ": "
              << std::strerror(error) << "\n";
    return false;
  }
  rusage usage{};
  int status = 0;
  if (wait4(pid, &status, 0, &usage) != pid) {
    std::cerr << "extract_throughput: wait4: " << std::strerror(errno) << "\n";
    return false;
  }
  const auto stop = std::chrono::steady_clock::now();
  run->wall = std::chrono::duration<double>(stop - start).count();
  run->cpu =
      static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
      static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) /
          1e6;
  run->max_rss_kib = usage.ru_maxrss;
  run->status =
      WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return true;
}

int RunChildren(const std::string& binary, const std::vector<std::string>& dirs,
                int repeat, int jobs) {
  std::printf("parent peak RSS before the children (their floor): %.1f MiB\n",
              PeakRssKib() / 1024.0);
  std::printf("load average at start: %s\n", LoadAverage().c_str());
  std::vector<std::vector<ChildRun>> runs(dirs.size());
  for (int round = 0; round < repeat; ++round) {
    for (std::size_t d = 0; d < dirs.size(); ++d) {
      ChildRun run;
      if (!RunChild({binary, "extract", dirs[d], "--format", "json", "--jobs",
                     std::to_string(jobs)},
                    &run)) {
        return 1;
      }
      std::fprintf(stderr,
                   "round %d/%d: %s: %.3fs, peak RSS %.1f MiB, exit %d\n",
                   round + 1, repeat, dirs[d].c_str(), run.wall,
                   run.max_rss_kib / 1024.0, run.status);
      runs[d].push_back(run);
    }
  }
  std::printf("\n`%s extract DIR --format json --jobs %d`, %d run(s) each:\n",
              binary.c_str(), jobs, repeat);
  std::printf("%-28s %7s %8s %10s %9s %10s %9s %9s %6s\n", "corpus", "pages",
              "MiB", "wall_s", "cpu_s", "peak_MiB", "gumbo_s", "x gumbo",
              "exit");
  for (std::size_t d = 0; d < dirs.size(); ++d) {
    Corpus corpus;
    if (!LoadCorpus(dirs[d], &corpus)) return 1;
    GumboOnly(corpus.pages, std::min(corpus.pages.size(),
                                     static_cast<std::size_t>(kWarmUpPages)));
    std::vector<double> gumbo;
    for (int round = 0; round < repeat; ++round) {
      const auto start = std::chrono::steady_clock::now();
      GumboOnly(corpus.pages, corpus.pages.size());
      const auto stop = std::chrono::steady_clock::now();
      gumbo.push_back(std::chrono::duration<double>(stop - start).count());
    }
    std::vector<double> wall;
    std::vector<double> cpu;
    long peak = 0;
    int status = 0;
    for (const ChildRun& run : runs[d]) {
      wall.push_back(run.wall);
      cpu.push_back(run.cpu);
      peak = std::max(peak, run.max_rss_kib);
      status = std::max(status, run.status);
    }
    std::printf("%-28s %7zu %8.1f %10.3f %9.3f %10.1f %9.3f %9.3f %6d\n",
                dirs[d].c_str(), corpus.pages.size(), Mebibytes(corpus.bytes),
                Median(wall), Median(cpu), peak / 1024.0, Median(gumbo),
                Median(wall) / Median(gumbo), status);
  }
  std::printf("load average at end: %s\n", LoadAverage().c_str());
  return 0;
}

int Usage() {
  std::cerr << "usage: extract_throughput [--repeat=R] [--jobs=N] "
               "[--passes=parse,full,...] CORPUS_DIR\n"
               "       extract_throughput --child=EXPOSURE_BINARY [--repeat=R] "
               "[--jobs=N] CORPUS_DIR...\n";
  return 2;
}

bool ParsePositive(const std::string& text, int* value) {
  char* end = nullptr;
  long parsed = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || parsed < 1 || parsed > 1000) {
    return false;
  }
  *value = static_cast<int>(parsed);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 0;  // 0: the mode's default
  int jobs = 2;
  std::string child;
  std::vector<std::string> only;  // --passes; empty = all
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--repeat=", 0) == 0) {
      if (!ParsePositive(arg.substr(9), &repeat)) return Usage();
    } else if (arg.rfind("--jobs=", 0) == 0) {
      if (!ParsePositive(arg.substr(7), &jobs)) return Usage();
    } else if (arg.rfind("--passes=", 0) == 0) {
      std::string list = arg.substr(9);
      for (std::size_t start = 0; start <= list.size();) {
        std::size_t comma = std::min(list.find(',', start), list.size());
        only.push_back(list.substr(start, comma - start));
        start = comma + 1;
      }
    } else if (arg.rfind("--child=", 0) == 0) {
      child = arg.substr(8);
    } else if (arg.rfind("--", 0) == 0) {
      return Usage();
    } else {
      dirs.push_back(arg);
    }
  }
  if (!child.empty()) {
    if (dirs.empty()) return Usage();
    return RunChildren(child, dirs, repeat == 0 ? 1 : repeat, jobs);
  }
  if (dirs.size() != 1) return Usage();
  return RunThroughput(dirs[0], repeat == 0 ? 5 : repeat, jobs, only);
}
