// generate_corpus: writes a deterministic corpus of profile-like HTML pages
// for the throughput benchmark (see docs/PERFORMANCE.md).
//
//   generate_corpus OUT_DIR MEGABYTES [SEED]
//
// Writes page-00000.html, page-00001.html, ... into OUT_DIR (created if
// missing; it must not already hold pages) until the files total at least
// MEGABYTES MiB. Each page is 20-200 KiB; page i is generated from SEED and
// i alone, so a 16 MiB corpus is a prefix of a 64 MiB one with the same seed.
// No network access.
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "profile_pages.h"

namespace {

namespace fs = std::filesystem;

constexpr uint64_t kDefaultSeed = 20240601;

int Usage() {
  std::cerr << "usage: generate_corpus OUT_DIR MEGABYTES [SEED]\n"
               "  writes profile-like HTML pages (20-200 KiB each) into "
               "OUT_DIR until they total MEGABYTES MiB\n";
  return 2;
}

bool ParseUnsigned(const char* text, uint64_t* value) {
  errno = 0;
  char* end = nullptr;
  unsigned long long parsed = std::strtoull(text, &end, 10);
  if (errno != 0 || end == text || *end != '\0' || text[0] == '-') {
    return false;
  }
  *value = parsed;
  return true;
}

// A per-page seed that differs in many bits from its neighbours'.
uint64_t PageSeed(uint64_t seed, uint64_t index) {
  exposure::bench::Random mix(seed ^ (index * 0xD1B54A32D192ED03ULL));
  return mix.Next();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) return Usage();
  const fs::path out_dir = argv[1];
  uint64_t megabytes = 0;
  uint64_t seed = kDefaultSeed;
  if (!ParseUnsigned(argv[2], &megabytes) || megabytes == 0 ||
      megabytes > 100000) {
    std::cerr << "generate_corpus: MEGABYTES must be 1-100000, not '" << argv[2]
              << "'\n";
    return 2;
  }
  if (argc == 4 && !ParseUnsigned(argv[3], &seed)) {
    std::cerr << "generate_corpus: SEED must be an unsigned integer, not '"
              << argv[3] << "'\n";
    return 2;
  }
  std::error_code error;
  fs::create_directories(out_dir, error);
  if (error) {
    std::cerr << "generate_corpus: " << out_dir.string() << ": "
              << error.message() << "\n";
    return 1;
  }
  if (!fs::is_empty(out_dir, error) || error) {
    std::cerr << "generate_corpus: " << out_dir.string()
              << ": not empty; give a new folder so corpora do not mix\n";
    return 1;
  }

  const uint64_t total_wanted = megabytes * 1024 * 1024;
  const exposure::bench::PageOptions options;
  uint64_t total = 0;
  uint64_t pages = 0;
  std::size_t smallest = SIZE_MAX;
  std::size_t largest = 0;
  while (total < total_wanted) {
    std::string page =
        exposure::bench::GenerateProfilePage(PageSeed(seed, pages), options);
    if (page.size() < options.min_bytes || page.size() > options.max_bytes) {
      std::cerr << "generate_corpus: internal error: page " << pages << " is "
                << page.size() << " bytes\n";
      return 1;
    }
    char name[32];
    std::snprintf(name, sizeof(name), "page-%05llu.html",
                  static_cast<unsigned long long>(pages));
    const fs::path path = out_dir / name;
    std::ofstream file(path, std::ios::binary);
    file.write(page.data(), static_cast<std::streamsize>(page.size()));
    file.close();
    if (!file) {
      std::cerr << "generate_corpus: " << path.string() << ": write failed\n";
      return 1;
    }
    total += page.size();
    ++pages;
    smallest = std::min(smallest, page.size());
    largest = std::max(largest, page.size());
  }
  std::cout << "generate_corpus: wrote " << pages << " pages, " << total
            << " bytes (" << static_cast<double>(total) / (1024.0 * 1024.0)
            << " MiB; pages " << smallest << "-" << largest << " bytes) to "
            << out_dir.string() << " with seed " << seed << "\n";
  return 0;
}
