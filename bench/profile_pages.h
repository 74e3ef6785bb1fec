// Profile-like HTML pages and prose generated from a seed, for the benchmarks.
//
// Everything here is a pure function of its seed: the same seed gives the
// same bytes on every platform and standard library (the generator is
// SplitMix64 with its own range reduction, not std:: distributions), so a
// recorded benchmark can be re-run on exactly the same corpus.
#ifndef EXPOSURE_BENCH_PROFILE_PAGES_H_
#define EXPOSURE_BENCH_PROFILE_PAGES_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace exposure::bench {

// SplitMix64: small, fast and portable. Not thread-safe.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}

  uint64_t Next();
  // Uniform in [0, n); `n` must be > 0.
  uint64_t Uniform(uint64_t n) { return Next() % n; }
  // Uniform in [low, high]; `low` <= `high`.
  int Range(int low, int high) {
    return low +
           static_cast<int>(Uniform(static_cast<uint64_t>(high - low) + 1));
  }
  // True with probability `p` in [0, 1].
  bool Chance(double p) {
    return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p;
  }
  template <typename T, std::size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Uniform(N)];
  }

 private:
  uint64_t state_;
};

struct PageOptions {
  // Bounds on the size of each page in bytes; the size is drawn uniformly
  // between them. Defaults: 20 KiB and 200 KiB.
  std::size_t min_bytes = 20 * 1024;
  std::size_t max_bytes = 200 * 1024;
};

// One complete profile page determined by `seed`: <head> with a title, meta
// and OpenGraph tags, a stylesheet, a JSON state script, JSON-LD and plain
// JavaScript; a site header with navigation and search; a cookie banner; a
// profile h-card with a bio; posts (articles of several paragraphs with
// inline markup, lists and quotes) followed by comments by other people; a
// "suggested for you" sidebar; a site footer. Prose carries phone numbers,
// e-mail addresses, ages, street addresses, dates, prices, version strings
// and order numbers at a realistic rate, plus some non-ASCII text.
// The result is between options.min_bytes and options.max_bytes long.
std::string GenerateProfilePage(uint64_t seed, const PageOptions& options);

// Plain prose (no markup) of about `bytes` bytes, as a text block of a post
// reaches the extractor.
std::string GenerateProse(uint64_t seed, std::size_t bytes);

}  // namespace exposure::bench

#endif  // EXPOSURE_BENCH_PROFILE_PAGES_H_
