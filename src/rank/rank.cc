// RankFindings: merge findings per category + value, score and sort.
//
// Risk (0-100) = category severity scaled by confidence, plus small bonuses
// for being repeated across pages and for sitting in a profile field, which
// every visitor sees first. docs/RANKING.md gives the reasons.
#include "exposure/rank.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/strings.h"
#include "rank/advice.h"
#include "rank/derive.h"

namespace exposure {
namespace {

std::string_view Reason(Category category) {
  switch (category) {
    case Category::kPhone:
      return "a phone number lets anyone call or text you and look up your "
             "name and address in people-search sites";
    case Category::kEmail:
      return "an email address links your accounts and lets strangers contact "
             "you or find you in data-broker listings";
    case Category::kAddress:
      return "a street address tells anyone where to find you";
    case Category::kLocation:
      return "your city or neighbourhood narrows down where you live";
    case Category::kAge:
      return "your age, combined with a place, singles you out in public "
             "records";
    case Category::kBirthdate:
      return "a birth date with a ZIP code and sex identifies most people";
    case Category::kSex:
      return "stated sex or gender narrows public-record searches";
    case Category::kWorkplace:
      return "a workplace tells someone where you are on weekdays";
    case Category::kSchool:
      return "a school tells someone where you (or a child) can be found";
    case Category::kRegularPlace:
      return "a place you go regularly tells someone where and when to find "
             "you";
    case Category::kGeotag:
      return "coordinates point to an exact spot, often your home";
    case Category::kFamily:
      return "family names let someone reach you through relatives or find a "
             "child";
    case Category::kLinkedAccount:
      return "a linked account connects this profile to more of your life";
    case Category::kTravel:
      return "announcing when you are away tells someone when your home is "
             "empty and where to find you";
    case Category::kLiveLocation:
      return "saying where you are right now tells someone where to find you "
             "this minute";
  }
  return "";
}

std::string_view WhereName(Source source) {
  switch (source) {
    case Source::kProfile:
      return "a profile field";
    case Source::kPost:
      return "a post";
    case Source::kStructured:
      return "the page's structured data";
    case Source::kMeta:
      return "the page's metadata";
    case Source::kLink:
      return "a link";
    case Source::kImage:
      return "an image";
  }
  return "a post";
}

// The routine the posts' timestamps show: "Tuesdays, mornings" when most
// dated posts share a weekday and a part of the day; "" otherwise. `times`
// holds the distinct first 16 characters of the posts' RFC 3339 times
// (those of at least 10 characters), which is all the routine depends on.
std::string RoutineOf(const std::set<std::string>& times) {
  std::map<std::string, int> weekdays;
  std::map<std::string, int> parts;
  int dated = 0;
  for (const std::string& when : times) {
    int year = 0, month = 0, day = 0, hour = -1;
    if (!absl::SimpleAtoi(when.substr(0, 4), &year) ||
        !absl::SimpleAtoi(when.substr(5, 2), &month) ||
        !absl::SimpleAtoi(when.substr(8, 2), &day)) {
      continue;
    }
    ++dated;
    static const char* const kNames[] = {"Mondays",   "Tuesdays", "Wednesdays",
                                         "Thursdays", "Fridays",  "Saturdays",
                                         "Sundays"};
    absl::Weekday weekday = absl::GetWeekday(absl::CivilDay(year, month, day));
    ++weekdays[kNames[static_cast<int>(weekday)]];
    if (when.size() >= 13 && absl::SimpleAtoi(when.substr(11, 2), &hour)) {
      ++parts[hour < 12   ? "mornings"
              : hour < 17 ? "afternoons"
              : hour < 21 ? "evenings"
                          : "nights"];
    }
  }
  if (dated < 2) return "";
  auto majority = [dated](const std::map<std::string, int>& counts) {
    for (const auto& [name, count] : counts) {
      if (count * 2 > dated) return name;
    }
    return std::string();
  };
  std::string weekday = majority(weekdays);
  std::string part = majority(parts);
  if (weekday.empty() && part.empty()) return "";
  if (weekday.empty()) return part;
  return part.empty() ? weekday : StrCat(weekday, ", ", part);
}

// The day a post is dated, or nullopt when undated (it could be current).
std::optional<absl::CivilDay> PostedDay(const std::string& when) {
  int year = 0, month = 0, day = 0;
  if (when.size() < 10 || !absl::SimpleAtoi(when.substr(0, 4), &year) ||
      !absl::SimpleAtoi(when.substr(5, 2), &month) ||
      !absl::SimpleAtoi(when.substr(8, 2), &day)) {
    return std::nullopt;
  }
  return absl::CivilDay(year, month, day);
}

// Lower-case words of a name: "Buffalo, NY" -> {buffalo, ny}.
std::vector<std::string> NameWords(const std::string& value) {
  std::vector<std::string> words;
  std::string current;
  for (char c : value) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(byte) || (byte & 0x80)) {
      current.push_back(absl::ascii_tolower(byte));
    } else if (!current.empty()) {
      words.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

// For names (places, organisations, people), a value whose words begin a
// longer value of the same category is the same detail written shorter:
// "Buffalo" and "Buffalo, NY", "Ellen" and "Ellen Price". Likewise a
// partial birth date and the full one it agrees with. Maps each such
// (category, short value) to the value it merges into.
using Key = std::pair<Category, std::string>;

std::map<Key, std::string> MergeShortNames(
    const std::vector<const Key*>& keys) {
  std::map<Key, std::string> merged;
  // Partial birth dates ("--09-22", "1979") merge into the first full one
  // that agrees with them. `keys` are in first-seen order.
  for (const Key* partial : keys) {
    if (partial->first != Category::kBirthdate ||
        partial->second.size() == 10) {
      continue;
    }
    for (const Key* full : keys) {
      if (full->first != Category::kBirthdate || full->second.size() != 10) {
        continue;
      }
      bool same_day = partial->second.size() == 7 &&
                      full->second.substr(4) == partial->second.substr(1);
      bool same_year = partial->second.size() == 4 &&
                       full->second.substr(0, 4) == partial->second;
      if (same_day || same_year) {
        merged[*partial] = full->second;
        break;
      }
    }
  }
  // Distinct name values per category, with their words computed once:
  // the comparison is quadratic in distinct values, not in findings.
  std::map<Category, std::map<std::string, std::vector<std::string>>> names;
  for (const Key* key : keys) {
    Category category = key->first;
    if (category != Category::kLocation && category != Category::kWorkplace &&
        category != Category::kSchool && category != Category::kRegularPlace &&
        category != Category::kFamily) {
      continue;
    }
    names[category].emplace(key->second, NameWords(key->second));
  }
  for (const auto& [category, values] : names) {
    for (const auto& [shorter, short_words] : values) {
      if (short_words.empty()) continue;
      const std::string* best = nullptr;
      std::size_t best_size = short_words.size();
      for (const auto& [longer, long_words] : values) {
        if (long_words.size() <= best_size) continue;
        if (std::equal(short_words.begin(), short_words.end(),
                       long_words.begin())) {
          best = &longer;
          best_size = long_words.size();
        }
      }
      if (best != nullptr) merged[{category, shorter}] = *best;
    }
  }
  return merged;
}

// Orders findings as RankFindings sees them: the pages' findings in page
// order, then the derived birth dates, then the derived cities, each in the
// order of the findings they come from.
std::uint64_t Sequence(int kind, int page, std::size_t index) {
  return (static_cast<std::uint64_t>(kind) << 62) |
         (static_cast<std::uint64_t>(page) << 32) |
         static_cast<std::uint64_t>(index);
}

// Identifies an occurrence (url + snippet) in the counts; a 64-bit hash, so
// that counting every place a detail was seen needs 8 bytes per place.
std::uint64_t PlaceHash(const std::string& url, const std::string& snippet) {
  std::uint64_t hash = 14695981039346656037ULL;
  auto mix = [&hash](std::string_view text) {
    for (unsigned char c : text) {
      hash ^= c;
      hash *= 1099511628211ULL;
    }
    hash ^= 0xff;  // separator: ("ab","c") differs from ("a","bc")
    hash *= 1099511628211ULL;
  };
  mix(url);
  mix(snippet);
  return hash;
}

struct SequencedOccurrence {
  std::uint64_t sequence = 0;
  Occurrence occurrence;
};

// Inserts `item` into `kept` (ordered by sequence, one per url + snippet,
// the earliest), keeping at most kMaxOccurrencesPerExposure.
void Keep(SequencedOccurrence item, std::vector<SequencedOccurrence>* kept) {
  for (auto it = kept->begin(); it != kept->end(); ++it) {
    if (it->occurrence.url == item.occurrence.url &&
        it->occurrence.snippet == item.occurrence.snippet) {
      if (it->sequence <= item.sequence) return;
      kept->erase(it);
      break;
    }
  }
  if (kept->size() >= static_cast<std::size_t>(kMaxOccurrencesPerExposure) &&
      kept->back().sequence < item.sequence) {
    return;
  }
  auto at = std::upper_bound(
      kept->begin(), kept->end(), item.sequence,
      [](std::uint64_t sequence, const SequencedOccurrence& other) {
        return sequence < other.sequence;
      });
  kept->insert(at, std::move(item));
  if (kept->size() > static_cast<std::size_t>(kMaxOccurrencesPerExposure)) {
    kept->pop_back();
  }
}

// What is kept of one page a detail was found on.
struct PageTally {
  double best = 0;              // highest confidence there
  std::uint64_t first = ~0ULL;  // sequence of the first finding there
  std::set<std::string> days;   // posted_at's first 10 characters
};

// Everything ranking needs of the findings of one category + value.
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

  void Add(const Finding& finding, std::uint64_t sequence) {
    if (sequence < first) {
      first = sequence;
      display = finding.display;
      source = finding.source;
    }
    posts_needed = std::min(posts_needed, finding.min_posts);
    in_profile |= finding.source == Source::kProfile ||
                  finding.source == Source::kStructured;
    std::optional<absl::CivilDay> day = PostedDay(finding.posted_at);
    if (!day) {
      undated = true;
    } else if (!latest || *day > *latest) {
      latest = day;
    }
    PageTally& page = pages[finding.url];
    page.best = std::max(page.best, finding.confidence);
    page.first = std::min(page.first, sequence);
    page.days.insert(finding.posted_at.substr(0, 10));
    if (finding.category == Category::kRegularPlace &&
        finding.posted_at.size() >= 10) {
      times.insert(finding.posted_at.substr(0, 16));
    }
    places.insert(PlaceHash(finding.url, finding.snippet));
    Keep({sequence,
          {finding.url, finding.source, finding.snippet, finding.matched,
           finding.rule_id, finding.posted_at}},
         &kept);
  }
};

}  // namespace

AdviceList::AdviceList(std::vector<Advice> items)
    : items_(items.empty() ? nullptr
                           : std::make_shared<const std::vector<Advice>>(
                                 std::move(items))) {}

const std::vector<Advice>& AdviceList::items() const {
  static const std::vector<Advice>* const kEmpty = new std::vector<Advice>();
  return items_ ? *items_ : *kEmpty;
}

void AdviceList::push_back(Advice item) {
  auto changed = items_ ? std::make_shared<std::vector<Advice>>(*items_)
                        : std::make_shared<std::vector<Advice>>();
  changed->push_back(std::move(item));
  items_ = std::move(changed);
}

std::string ExposureId(Category category, const std::string& value) {
  // FNV-1a 64: stable across runs and builds, unlike absl::Hash.
  std::uint64_t hash = 14695981039346656037ULL;
  auto mix = [&hash](std::string_view text) {
    for (unsigned char c : text) {
      hash ^= c;
      hash *= 1099511628211ULL;
    }
  };
  mix(CategoryName(category));
  mix(":");
  mix(value);
  return absl::StrFormat("%016x", hash);
}

std::string RiskLevel(int risk) {
  if (risk >= 80) return "critical";
  if (risk >= 60) return "high";
  if (risk >= 35) return "medium";
  return "low";
}

struct ExposureAggregator::State {
  std::map<Key, Tally> tallies;

  void Add(const Finding& finding, std::uint64_t sequence) {
    tallies[{finding.category, finding.value}].Add(finding, sequence);
  }
};

ExposureAggregator::ExposureAggregator() : state_(std::make_unique<State>()) {}
ExposureAggregator::~ExposureAggregator() = default;

void ExposureAggregator::AddPage(int page,
                                 const std::vector<Finding>& findings) {
  for (std::size_t i = 0; i < findings.size(); ++i) {
    state_->Add(findings[i], Sequence(0, page, i));
  }
  for (const internal::DerivedFinding& derived :
       internal::DeriveFindingsFrom(findings)) {
    state_->Add(derived.finding, Sequence(derived.kind, page, derived.from));
  }
}

std::vector<Exposure> ExposureAggregator::Rank() {
  std::map<Key, Tally> tallies = std::move(state_->tallies);
  state_->tallies.clear();
  // Distinct values in first-seen order.
  std::vector<const Key*> keys;
  for (const auto& [key, tally] : tallies) keys.push_back(&key);
  std::sort(keys.begin(), keys.end(), [&tallies](const Key* a, const Key* b) {
    return tallies.at(*a).first < tallies.at(*b).first;
  });
  std::map<Key, std::string> merged = MergeShortNames(keys);
  // Each exposure's values, in the order the exposures were first seen.
  std::map<Key, std::vector<const Key*>> groups;
  std::vector<Key> order;
  for (const Key* key : keys) {
    Key target = *key;
    auto renamed = merged.find(target);
    if (renamed != merged.end()) target.second = renamed->second;
    auto [it, inserted] = groups.try_emplace(target);
    if (inserted) order.push_back(target);
    it->second.push_back(key);
  }

  // Exposures of one category on the same platforms share their advice.
  std::map<std::pair<Category, std::vector<std::string>>, AdviceList>
      advice_lists;
  std::vector<Exposure> exposures;
  exposures.reserve(order.size());
  for (const Key& key : order) {
    const std::vector<const Key*>& members = groups[key];
    // The values' tallies are dropped once their exposure is made, so that
    // the tallies and the exposures are not both held whole.
    std::vector<Key> done;
    for (const Key* member : members) done.push_back(*member);
    struct Drop {
      std::map<Key, Tally>* tallies;
      const std::vector<Key>* keys;
      ~Drop() {
        for (const Key& key : *keys) tallies->erase(key);
      }
    } drop{&tallies, &done};
    const Tally& front = tallies.at(*members.front());
    // Pages, posts and places of all the values merged into this one.
    std::map<std::string, PageTally> pages;
    std::set<std::string> times;
    absl::flat_hash_set<std::uint64_t> places;
    std::vector<SequencedOccurrence> kept;
    int posts_needed = 1000;
    bool in_profile = false;
    bool undated = false;
    std::optional<absl::CivilDay> latest;
    for (const Key* member : members) {
      const Tally& tally = tallies.at(*member);
      for (const auto& [url, page] : tally.pages) {
        PageTally& into = pages[url];
        into.best = std::max(into.best, page.best);
        into.first = std::min(into.first, page.first);
        into.days.insert(page.days.begin(), page.days.end());
      }
      times.insert(tally.times.begin(), tally.times.end());
      places.insert(tally.places.begin(), tally.places.end());
      for (const SequencedOccurrence& item : tally.kept) Keep(item, &kept);
      posts_needed = std::min(posts_needed, tally.posts_needed);
      in_profile |= tally.in_profile;
      undated |= tally.undated;
      if (tally.latest && (!latest || *tally.latest > *latest)) {
        latest = tally.latest;
      }
    }
    int posts = 0;
    for (const auto& [url, page] : pages) {
      posts += static_cast<int>(page.days.size());
    }
    if (posts < posts_needed) continue;  // one visit
    Exposure exposure;
    exposure.category = key.first;
    exposure.value = key.second;
    exposure.id = ExposureId(key.first, key.second);
    auto full = tallies.find(key);  // the full form, if others merged into it
    exposure.display =
        full != tallies.end() ? full->second.display : front.display;
    for (SequencedOccurrence& item : kept) {
      exposure.occurrences.push_back(std::move(item.occurrence));
    }
    exposure.occurrence_count = static_cast<int>(places.size());
    exposure.page_count = static_cast<int>(pages.size());
    // Independent pages confirm each other: 1 - prod(1 - c).
    double miss = 1.0;
    for (const auto& [url, page] : pages) miss *= 1.0 - page.best;
    exposure.confidence = std::round((1.0 - miss) * 100) / 100;
    exposure.confidence = std::min(exposure.confidence, 0.99);

    int page_count = exposure.page_count;
    double score =
        CategorySeverity(exposure.category) * (0.6 + 0.4 * exposure.confidence);
    score += std::min(10, 3 * (page_count - 1));
    if (in_profile) score += 5;
    // Only in old posts (every dated occurrence over two years old, none
    // undated): still findable, but less likely to be current.
    absl::CivilDay today = absl::ToCivilDay(absl::Now(), absl::UTCTimeZone());
    bool all_old = !undated && latest && today - *latest > 2 * 365;
    if (!in_profile && all_old) score -= 8;
    exposure.risk = std::clamp(static_cast<int>(std::lround(score)), 0, 100);
    exposure.level = RiskLevel(exposure.risk);
    exposure.why =
        StrCat("Found in ", WhereName(front.source),
               page_count > 1 ? StrCat(" and on ", page_count - 1, " more page",
                                       page_count > 2 ? "s" : "")
                              : std::string(),
               ": ", Reason(exposure.category), ".");
    if (exposure.category == Category::kRegularPlace) {
      exposure.pattern = RoutineOf(times);
      if (!exposure.pattern.empty()) {
        exposure.why = StrCat("Seen in ", posts, " posts (", exposure.pattern,
                              "): ", Reason(exposure.category), ".");
      }
    }
    // Platforms in the order their pages were first seen.
    std::vector<std::pair<std::uint64_t, const std::string*>> urls;
    for (const auto& [url, page] : pages) urls.push_back({page.first, &url});
    std::sort(urls.begin(), urls.end());
    std::vector<std::string> platforms;
    for (const auto& [first, url] : urls) {
      std::string platform = PlatformOf(*url);
      if (!platform.empty() && std::find(platforms.begin(), platforms.end(),
                                         platform) == platforms.end()) {
        platforms.push_back(std::move(platform));
      }
    }
    auto [advice, added] =
        advice_lists.try_emplace({exposure.category, std::move(platforms)});
    if (added) {
      advice->second = AdviceFor(exposure.category, advice->first.second);
    }
    exposure.advice = advice->second;
    exposures.push_back(std::move(exposure));
  }
  std::stable_sort(exposures.begin(), exposures.end(),
                   [](const Exposure& a, const Exposure& b) {
                     if (a.risk != b.risk) return a.risk > b.risk;
                     int sa = CategorySeverity(a.category);
                     int sb = CategorySeverity(b.category);
                     if (sa != sb) return sa > sb;
                     return a.value < b.value;
                   });
  return exposures;
}

std::vector<Exposure> RankFindings(const std::vector<Finding>& findings) {
  ExposureAggregator aggregator;
  aggregator.AddPage(0, findings);
  return aggregator.Rank();
}

std::map<std::string, int> CountByCategory(const std::vector<Exposure>& list) {
  std::map<std::string, int> counts;
  for (const Exposure& exposure : list) {
    ++counts[std::string(CategoryName(exposure.category))];
  }
  return counts;
}

}  // namespace exposure
