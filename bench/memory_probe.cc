// memory_probe: where `exposure extract`'s memory goes as the corpus grows
// (docs/PERFORMANCE.md, "Memory flat").
//
//   memory_probe [--every=N] [--rank] [--per-set] [--top=K] CORPUS_DIR
//
// does what `exposure extract CORPUS_DIR --jobs 1` does, page by page:
// ReadLocalPage, ParseDocument, Extractor::Extract, and with --rank the
// spilling ExposureAggregator (no report is written). Every N pages
// (default 100) it prints one line: pages and MiB read so far; the
// process's RSS and high-water mark (/proc/self/status); glibc's heap
// (mallinfo2: bytes obtained by sbrk and by mmap, bytes in use, bytes free
// inside the heap); and the live bytes that RE2 allocated while matching,
// inside RE2::Set::Match (the prefilter sets' DFAs) and inside RE2::Match
// (the rules' DFAs and reverse programs). --per-set adds each set's share.
// At the end it lists the K (default 25) matchers holding the most memory,
// each with its bytes allocated over the run (DFA work: every state RE2
// builds allocates a scratch array the size of the program), its calls and
// its time in Match().
//
// How RE2's bytes are attributed: this program replaces the global operator
// new and delete (a 16-byte header records each block's size and owner) and
// wraps RE2::Set::Match and RE2::Match (the real ones are found with
// dlsym(RTLD_NEXT) under their RE2 20220601 names, as in Debian 12) so that
// allocations during a call are charged to that set or rule. The headers
// make this heap a little larger than `exposure`'s; RSS is comparable, not
// equal. One thread only.
#include <dlfcn.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <new>
#include <string>
#include <vector>

#include "exposure/document.h"
#include "exposure/extract.h"
#include "exposure/rank.h"
#include "exposure/rules.h"
#include "exposure/source.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace {

// A set or rule seen in a wrapped call, numbered from 1 in order of first
// call (owner 0 is everything else).
constexpr int kMaxMatchers = 1024;
struct Matcher {
  const void* address = nullptr;
  bool is_set = false;
  long long live_bytes = 0;
  long long allocated_bytes = 0;
  long long calls = 0;
  double seconds = 0;
};
Matcher matchers[kMaxMatchers + 1];
int matcher_count = 0;
std::uint32_t current_owner = 0;

std::uint32_t OwnerOf(const void* address, bool is_set) {
  for (int i = 1; i <= matcher_count; ++i) {
    if (matchers[i].address == address) return i;
  }
  if (matcher_count == kMaxMatchers) return 0;
  ++matcher_count;
  matchers[matcher_count].address = address;
  matchers[matcher_count].is_set = is_set;
  return matcher_count;
}

long long LiveBytes(bool sets) {
  long long total = 0;
  for (int i = 1; i <= matcher_count; ++i) {
    if (matchers[i].is_set == sets) total += matchers[i].live_bytes;
  }
  return total;
}

struct alignas(16) Header {
  std::size_t size;
  std::uint32_t owner;
};
static_assert(sizeof(Header) == 16);

void* Allocate(std::size_t size) {
  void* block = std::malloc(size + sizeof(Header));
  if (block == nullptr) throw std::bad_alloc();
  Header* header = static_cast<Header*>(block);
  header->size = size;
  header->owner = current_owner;
  matchers[current_owner].live_bytes += static_cast<long long>(size);
  matchers[current_owner].allocated_bytes += static_cast<long long>(size);
  return header + 1;
}

void Release(void* pointer) {
  if (pointer == nullptr) return;
  Header* header = static_cast<Header*>(pointer) - 1;
  matchers[header->owner].live_bytes -= static_cast<long long>(header->size);
  std::free(header);
}

// Charges allocations to `object` for the duration of one call, and times
// the call.
class OwnerScope {
 public:
  OwnerScope(const void* object, bool is_set)
      : previous_(current_owner), start_(std::chrono::steady_clock::now()) {
    current_owner = OwnerOf(object, is_set);
  }
  ~OwnerScope() {
    Matcher& matcher = matchers[current_owner];
    matcher.seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
            .count();
    ++matcher.calls;
    current_owner = previous_;
  }

 private:
  std::uint32_t previous_;
  std::chrono::steady_clock::time_point start_;
};

template <typename Function>
Function Next(const char* symbol) {
  void* found = dlsym(RTLD_NEXT, symbol);
  if (found == nullptr) {
    std::fprintf(stderr, "memory_probe: %s not found (not RE2 20220601?)\n",
                 symbol);
    std::abort();
  }
  return reinterpret_cast<Function>(found);
}

double MiB(long long bytes) { return bytes / (1024.0 * 1024.0); }

// VmRSS and VmHWM from /proc/self/status, in KiB.
void ReadRss(long* rss, long* hwm) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) *rss = std::atol(line.c_str() + 6);
    if (line.rfind("VmHWM:", 0) == 0) *hwm = std::atol(line.c_str() + 6);
  }
}

void PrintLine(std::size_t pages, std::uint64_t bytes, bool per_set) {
  long rss = 0;
  long hwm = 0;
  ReadRss(&rss, &hwm);
  struct mallinfo2 info = mallinfo2();
  std::printf("%6zu %7.1f %7.1f %7.1f %7.1f %6.1f %7.1f %6.1f %8.1f %8.1f",
              pages, MiB(static_cast<long long>(bytes)), rss / 1024.0,
              hwm / 1024.0, MiB(static_cast<long long>(info.arena)),
              MiB(static_cast<long long>(info.hblkhd)),
              MiB(static_cast<long long>(info.uordblks)),
              MiB(static_cast<long long>(info.fordblks)), MiB(LiveBytes(true)),
              MiB(LiveBytes(false)));
  if (per_set) {
    std::printf("  (");
    for (int i = 1; i <= matcher_count; ++i) {
      if (matchers[i].is_set) std::printf(" %.1f", MiB(matchers[i].live_bytes));
    }
    std::printf(" )");
  }
  std::printf("\n");
  std::fflush(stdout);
}

}  // namespace

void* operator new(std::size_t size) { return Allocate(size); }
void* operator new[](std::size_t size) { return Allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return Allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return Allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* pointer) noexcept { Release(pointer); }
void operator delete[](void* pointer) noexcept { Release(pointer); }
void operator delete(void* pointer, std::size_t) noexcept { Release(pointer); }
void operator delete[](void* pointer, std::size_t) noexcept {
  Release(pointer);
}

// The two matching entry points Exposure calls, wrapped.
bool re2::RE2::Set::Match(const StringPiece& text, std::vector<int>* v,
                          ErrorInfo* error_info) const {
  using Function = bool (*)(const RE2::Set*, const StringPiece&,
                            std::vector<int>*, ErrorInfo*);
  static Function next = Next<Function>(
      "_ZNK3re23RE23Set5MatchERKNS_11StringPieceEPSt6vectorIiSaIiEEPNS1_"
      "9ErrorInfoE");
  OwnerScope scope(this, true);
  return next(this, text, v, error_info);
}

bool re2::RE2::Match(const StringPiece& text, size_t startpos, size_t endpos,
                     Anchor re_anchor, StringPiece* submatch,
                     int nsubmatch) const {
  using Function = bool (*)(const RE2*, const StringPiece&, size_t, size_t,
                            Anchor, StringPiece*, int);
  static Function next = Next<Function>(
      "_ZNK3re23RE25MatchERKNS_11StringPieceEmmNS0_6AnchorEPS1_i");
  OwnerScope scope(this, false);
  return next(this, text, startpos, endpos, re_anchor, submatch, nsubmatch);
}

int main(int argc, char** argv) {
  std::size_t every = 100;
  std::size_t top = 25;
  bool rank = false;
  bool per_set = false;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--every=", 0) == 0) {
      every = std::strtoul(arg.c_str() + 8, nullptr, 10);
    } else if (arg.rfind("--top=", 0) == 0) {
      top = std::strtoul(arg.c_str() + 6, nullptr, 10);
    } else if (arg == "--rank") {
      rank = true;
    } else if (arg == "--per-set") {
      per_set = true;
    } else if (arg.rfind("--", 0) != 0 && dir.empty()) {
      dir = arg;
    } else {
      dir.clear();
      break;
    }
  }
  if (dir.empty() || every == 0) {
    std::cerr << "usage: memory_probe [--every=N] [--rank] [--per-set] "
                 "[--top=K] CORPUS_DIR\n";
    return 2;
  }
  exposure::RuleSetBuilder builder;
  absl::Status added = builder.AddDefaults();
  absl::StatusOr<exposure::RuleSet> rules =
      added.ok() ? builder.Compile() : absl::StatusOr<exposure::RuleSet>(added);
  if (!rules.ok()) {
    std::cerr << "memory_probe: " << rules.status() << "\n";
    return 2;
  }
  absl::StatusOr<std::vector<std::string>> files =
      exposure::ListLocalFiles(dir);
  if (!files.ok()) {
    std::cerr << "memory_probe: " << files.status() << "\n";
    return 2;
  }
  exposure::Extractor extractor(*rules);
  exposure::RankOptions options;
  options.spill_threshold_bytes = exposure::kDefaultSpillThresholdBytes;
  exposure::ExposureAggregator aggregator(options);
  std::printf(
      "# pages    MiB     RSS     HWM    sbrk   mmap  in use   free  set DFA "
      "rule RE2 (MiB)%s\n",
      per_set ? "  (each set)" : "");
  PrintLine(0, 0, per_set);
  std::uint64_t bytes = 0;
  for (std::size_t i = 0; i < files->size(); ++i) {
    absl::StatusOr<exposure::Page> page = exposure::ReadLocalPage((*files)[i]);
    if (!page.ok()) continue;
    bytes += page->body.size();
    exposure::Document document = exposure::ParseDocument(*page);
    std::vector<exposure::Finding> findings = extractor.Extract(document);
    if (rank && !aggregator.AddPage(static_cast<int>(i), findings).ok()) {
      std::cerr << "memory_probe: ranking failed\n";
      return 1;
    }
    if ((i + 1) % every == 0) PrintLine(i + 1, bytes, per_set);
  }
  PrintLine(files->size(), bytes, per_set);

  std::printf("# prefilter fallbacks: %ld\n", extractor.prefilter_fallbacks());
  double set_seconds = 0;
  double rule_seconds = 0;
  for (int i = 1; i <= matcher_count; ++i) {
    (matchers[i].is_set ? set_seconds : rule_seconds) += matchers[i].seconds;
  }
  std::printf("# seconds in RE2::Set::Match %.3f, in RE2::Match %.3f\n",
              set_seconds, rule_seconds);
  // Rules by their (expanded) pattern, to name the RE2s.
  std::map<std::string, std::string> rule_ids;
  for (int i = 0; i < rules->size(); ++i) {
    rule_ids.emplace(rules->rule(i).pattern, rules->rule(i).id);
  }
  std::vector<int> order;
  int set_number = 0;
  std::vector<std::string> names(matcher_count + 1);
  for (int i = 1; i <= matcher_count; ++i) {
    order.push_back(i);
    if (matchers[i].is_set) {
      names[i] = "prefilter set " + std::to_string(set_number++);
    } else {
      const std::string& pattern =
          static_cast<const re2::RE2*>(matchers[i].address)->pattern();
      auto id = rule_ids.find(pattern);
      names[i] = id != rule_ids.end() ? "rule " + id->second
                                      : "other RE2 " + pattern.substr(0, 40);
    }
  }
  std::sort(order.begin(), order.end(), [](int a, int b) {
    return matchers[a].live_bytes > matchers[b].live_bytes;
  });
  std::printf("#  live MiB  allocated MiB      calls   seconds  matcher\n");
  for (std::size_t k = 0; k < order.size() && k < top; ++k) {
    const Matcher& matcher = matchers[order[k]];
    std::printf("# %9.2f %14.1f %10lld %9.3f  %s\n", MiB(matcher.live_bytes),
                MiB(matcher.allocated_bytes), matcher.calls, matcher.seconds,
                names[order[k]].c_str());
  }
  return 0;
}
