// Tally and MakeExposure: per-value tallies of findings and the exposure
// a group of them makes (see tally.h).
//
// Risk (0-100) = category severity scaled by confidence, plus small bonuses
// for being repeated across pages and for sitting in a profile field, which
// every visitor sees first. docs/RANKING.md gives the reasons.
#include "rank/tally.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/fold_words.h"
#include "common/strings.h"
#include "rank/advice.h"

namespace exposure::rank_internal {
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

}  // namespace

std::vector<std::string> NameWords(const std::string& value) {
  std::vector<std::string> words;
  const std::string folded = FoldWords(value);
  for (std::string_view word : SplitAny(folded, " ")) {
    if (!word.empty()) words.emplace_back(word);
  }
  return words;
}

bool IsNameCategory(Category category) {
  return category == Category::kLocation || category == Category::kWorkplace ||
         category == Category::kSchool || category == Category::kRegularPlace ||
         category == Category::kFamily;
}

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
    if (!IsNameCategory(category)) continue;
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

std::uint64_t Sequence(int kind, int page, std::size_t index) {
  return (static_cast<std::uint64_t>(kind) << 62) |
         (static_cast<std::uint64_t>(page) << 32) |
         static_cast<std::uint64_t>(index);
}

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

bool Keep(SequencedOccurrence item, std::vector<SequencedOccurrence>* kept) {
  for (auto it = kept->begin(); it != kept->end(); ++it) {
    if (it->occurrence.url == item.occurrence.url &&
        it->occurrence.snippet == item.occurrence.snippet) {
      if (it->sequence <= item.sequence) return false;
      kept->erase(it);
      break;
    }
  }
  if (kept->size() >= static_cast<std::size_t>(kMaxOccurrencesPerExposure) &&
      kept->back().sequence < item.sequence) {
    return false;
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
  return true;
}

std::size_t Tally::Add(const Finding& finding, std::uint64_t sequence) {
  // Rough sizes of a std::map / std::set node and a std::string.
  constexpr std::size_t kNode = 64;
  constexpr std::size_t kString = 32;
  std::size_t grown = 0;
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
  auto [page, new_page] = pages.try_emplace(finding.url);
  if (new_page) grown += kNode + sizeof(PageTally) + finding.url.size();
  page->second.best = std::max(page->second.best, finding.confidence);
  page->second.first = std::min(page->second.first, sequence);
  if (page->second.days.insert(finding.posted_at.substr(0, 10)).second) {
    grown += kNode + kString;
  }
  if (finding.category == Category::kRegularPlace &&
      finding.posted_at.size() >= 10 &&
      times.insert(finding.posted_at.substr(0, 16)).second) {
    grown += kNode + kString;
  }
  if (places.insert(PlaceHash(finding.url, finding.snippet)).second) {
    grown += 2 * sizeof(std::uint64_t);
  }
  if (Keep({sequence,
            {finding.url, finding.source, finding.snippet, finding.matched,
             finding.rule_id, finding.posted_at}},
           &kept)) {
    grown += sizeof(SequencedOccurrence) + finding.url.size() +
             finding.snippet.size() + finding.matched.size() +
             finding.rule_id.size() + finding.posted_at.size();
  }
  return grown;
}

void Tally::Merge(const Tally& other) {
  if (other.first < first) {
    first = other.first;
    display = other.display;
    source = other.source;
  }
  posts_needed = std::min(posts_needed, other.posts_needed);
  in_profile |= other.in_profile;
  undated |= other.undated;
  if (other.latest && (!latest || *other.latest > *latest)) {
    latest = other.latest;
  }
  for (const auto& [url, page] : other.pages) {
    PageTally& into = pages[url];
    into.best = std::max(into.best, page.best);
    into.first = std::min(into.first, page.first);
    into.days.insert(page.days.begin(), page.days.end());
  }
  times.insert(other.times.begin(), other.times.end());
  places.insert(other.places.begin(), other.places.end());
  for (const SequencedOccurrence& item : other.kept) Keep(item, &kept);
}

AdviceList AdviceCache::Get(Category category,
                            std::vector<std::string> platforms) {
  auto [advice, added] = lists_.try_emplace({category, std::move(platforms)});
  if (added) advice->second = AdviceFor(category, advice->first.second);
  return advice->second;
}

std::optional<Exposure> MakeExposure(
    const Key& key,
    const std::vector<std::pair<const Key*, const Tally*>>& members,
    AdviceCache* advice, std::vector<std::string>* platforms) {
  const Tally& front = *members.front().second;
  // Pages, posts and places of all the values merged into this one.
  Tally all;
  const Tally* full = nullptr;  // the full form, if others merged into it
  for (const auto& [member_key, tally] : members) {
    all.Merge(*tally);
    if (*member_key == key) full = tally;
  }
  int posts = 0;
  for (const auto& [url, page] : all.pages) {
    posts += static_cast<int>(page.days.size());
  }
  if (posts < all.posts_needed) return std::nullopt;  // one visit
  Exposure exposure;
  exposure.category = key.first;
  exposure.value = key.second;
  exposure.id = ExposureId(key.first, key.second);
  exposure.display = full != nullptr ? full->display : front.display;
  for (const SequencedOccurrence& item : all.kept) {
    exposure.occurrences.push_back(item.occurrence);
  }
  exposure.occurrence_count = static_cast<int>(all.places.size());
  exposure.page_count = static_cast<int>(all.pages.size());
  // Independent pages confirm each other: 1 - prod(1 - c).
  double miss = 1.0;
  for (const auto& [url, page] : all.pages) miss *= 1.0 - page.best;
  exposure.confidence = std::round((1.0 - miss) * 100) / 100;
  exposure.confidence = std::min(exposure.confidence, 0.99);

  int page_count = exposure.page_count;
  double score =
      CategorySeverity(exposure.category) * (0.6 + 0.4 * exposure.confidence);
  score += std::min(10, 3 * (page_count - 1));
  if (all.in_profile) score += 5;
  // Only in old posts (every dated occurrence over two years old, none
  // undated): still findable, but less likely to be current.
  absl::CivilDay today = absl::ToCivilDay(absl::Now(), absl::UTCTimeZone());
  bool all_old = !all.undated && all.latest && today - *all.latest > 2 * 365;
  if (!all.in_profile && all_old) score -= 8;
  exposure.risk = std::clamp(static_cast<int>(std::lround(score)), 0, 100);
  exposure.level = RiskLevel(exposure.risk);
  exposure.why =
      StrCat("Found in ", WhereName(front.source),
             page_count > 1 ? StrCat(" and on ", page_count - 1, " more page",
                                     page_count > 2 ? "s" : "")
                            : std::string(),
             ": ", Reason(exposure.category), ".");
  if (exposure.category == Category::kRegularPlace) {
    exposure.pattern = RoutineOf(all.times);
    if (!exposure.pattern.empty()) {
      exposure.why = StrCat("Seen in ", posts, " posts (", exposure.pattern,
                            "): ", Reason(exposure.category), ".");
    }
  }
  // Platforms in the order their pages were first seen.
  std::vector<std::pair<std::uint64_t, const std::string*>> urls;
  for (const auto& [url, page] : all.pages) urls.push_back({page.first, &url});
  std::sort(urls.begin(), urls.end());
  platforms->clear();
  for (const auto& [first, url] : urls) {
    std::string platform = PlatformOf(*url);
    if (!platform.empty() && std::find(platforms->begin(), platforms->end(),
                                       platform) == platforms->end()) {
      platforms->push_back(std::move(platform));
    }
  }
  exposure.advice = advice->Get(exposure.category, *platforms);
  return exposure;
}

bool RanksBefore(const Exposure& a, const Exposure& b) {
  if (a.risk != b.risk) return a.risk > b.risk;
  int sa = CategorySeverity(a.category);
  int sb = CategorySeverity(b.category);
  if (sa != sb) return sa > sb;
  return a.value < b.value;
}
}  // namespace exposure::rank_internal
