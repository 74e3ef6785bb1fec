// Tally: what ranking keeps of the findings of one category + value, and
// how a group of tallies becomes an Exposure; shared by the in-memory
// ranking (rank.cc) and the spill database (spill.cc).
#ifndef EXPOSURE_RANK_TALLY_H_
#define EXPOSURE_RANK_TALLY_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/time/civil_time.h"
#include "exposure/rank.h"

namespace exposure::rank_internal {

// One detail: its category and normalised value.
using Key = std::pair<Category, std::string>;

// Orders findings as RankFindings sees them: the pages' findings in page
// order, then the derived birth dates, then the derived cities, each in the
// order of the findings they come from.
std::uint64_t Sequence(int kind, int page, std::size_t index);

// Identifies an occurrence (url + snippet) in the counts; a 64-bit hash, so
// that counting every place a detail was seen needs 8 bytes per place.
std::uint64_t PlaceHash(const std::string& url, const std::string& snippet);

// Folded words of a name (FoldWords: case and accents aside): "Buffalo,
// NY" -> {buffalo, ny}, "Gërmia" -> {germia}.
std::vector<std::string> NameWords(const std::string& value);

// True for the categories whose shorter values merge into longer ones
// (places, organisations, people: MergeShortNames).
bool IsNameCategory(Category category);

// For names (places, organisations, people), a value whose words begin a
// longer value of the same category is the same detail written shorter:
// "Buffalo" and "Buffalo, NY", "Ellen" and "Ellen Price". Likewise a
// partial birth date and the full one it agrees with. Maps each such
// (category, short value) to the value it merges into. `keys` are in
// first-seen order. A value merged into another is never itself the target
// of a merge.
std::map<Key, std::string> MergeShortNames(const std::vector<const Key*>& keys);

struct SequencedOccurrence {
  std::uint64_t sequence = 0;
  Occurrence occurrence;
};

// Inserts `item` into `kept` (ordered by sequence, one per url + snippet,
// the earliest), keeping at most kMaxOccurrencesPerExposure. The result
// does not depend on the order of the calls. True when `item` was kept.
bool Keep(SequencedOccurrence item, std::vector<SequencedOccurrence>* kept);

// What is kept of one page a detail was found on.
struct PageTally {
  double best = 0;              // highest confidence there
  std::uint64_t first = ~0ULL;  // sequence of the first finding there
  std::set<std::string> days;   // posted_at's first 10 characters
};

// Everything ranking needs of the findings of one category + value. Adding
// findings, or merging tallies, in any order gives the same tally.
struct Tally {
  std::uint64_t first = ~0ULL;  // sequence of the first finding
  std::string display;          // of the first finding
  Source source = Source::kPost;
  int posts_needed = 1000;
  bool in_profile = false;
  bool undated = false;                    // some finding's post has no date
  std::optional<absl::CivilDay> latest;    // latest dated post
  std::map<std::string, PageTally> pages;  // by url
  std::set<std::string> times;             // regular places: posted_at[0, 16)
  absl::flat_hash_set<std::uint64_t> places;  // PlaceHash of each place
  std::vector<SequencedOccurrence> kept;

  // Adds one finding; returns about how many bytes of memory the tally grew
  // by (an estimate, for the aggregator's spill threshold).
  std::size_t Add(const Finding& finding, std::uint64_t sequence);
  // Adds what `other` holds, as if its findings had been added here.
  void Merge(const Tally& other);
};

// Hands out one shared AdviceList per category and list of platforms.
class AdviceCache {
 public:
  AdviceList Get(Category category, std::vector<std::string> platforms);

 private:
  std::map<std::pair<Category, std::vector<std::string>>, AdviceList> lists_;
};

// The exposure of `key` made of its `members` (the values merged into it,
// in first-seen order, `key` among them), or nullopt when they do not show
// enough posts (a place visited once). `*platforms` receives the platforms
// its advice was chosen for, in the order their pages were first seen.
std::optional<Exposure> MakeExposure(
    const Key& key,
    const std::vector<std::pair<const Key*, const Tally*>>& members,
    AdviceCache* advice, std::vector<std::string>* platforms);

// The order of ranked exposures: risk, highest first; ties by category
// severity, then value; stable otherwise.
bool RanksBefore(const Exposure& a, const Exposure& b);

}  // namespace exposure::rank_internal

#endif  // EXPOSURE_RANK_TALLY_H_
