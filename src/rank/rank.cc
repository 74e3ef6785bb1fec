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
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/strings.h"
#include "rank/advice.h"

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

// Different posts a detail was found in: different pages, or different
// publication days on one page (a feed).
int DistinctPosts(const std::vector<const Finding*>& group) {
  std::set<std::pair<std::string, std::string>> posts;
  for (const Finding* finding : group) {
    posts.insert({finding->url, finding->posted_at.substr(0, 10)});
  }
  return static_cast<int>(posts.size());
}

// How many posts the detail must be found in to be listed: the least any
// of its findings' rules asks for (a cue like "every Tuesday" asks for 1).
int PostsNeeded(const std::vector<const Finding*>& group) {
  int needed = 1000;
  for (const Finding* finding : group) {
    needed = std::min(needed, finding->min_posts);
  }
  return needed;
}

// The routine the posts' timestamps show: "Tuesdays, mornings" when most
// dated posts share a weekday and a part of the day; "" otherwise.
std::string RoutineOf(const std::vector<const Finding*>& group) {
  std::map<std::string, int> weekdays;
  std::map<std::string, int> parts;
  int dated = 0;
  std::set<std::string> seen;
  for (const Finding* finding : group) {
    const std::string& when = finding->posted_at;
    int year = 0, month = 0, day = 0, hour = -1;
    if (when.size() < 10 || !seen.insert(when.substr(0, 16)).second) continue;
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

// True when every finding is in a post dated more than two years ago.
bool AllOlderThanTwoYears(const std::vector<const Finding*>& group) {
  absl::CivilDay today = absl::ToCivilDay(absl::Now(), absl::UTCTimeZone());
  for (const Finding* finding : group) {
    const std::string& when = finding->posted_at;
    int year = 0, month = 0, day = 0;
    if (when.size() < 10 || !absl::SimpleAtoi(when.substr(0, 4), &year) ||
        !absl::SimpleAtoi(when.substr(5, 2), &month) ||
        !absl::SimpleAtoi(when.substr(8, 2), &day)) {
      return false;  // undated: could be current
    }
    if (today - absl::CivilDay(year, month, day) <= 2 * 365) return false;
  }
  return !group.empty();
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
std::map<std::pair<Category, std::string>, std::string> MergeShortNames(
    const std::vector<Finding>& findings) {
  std::map<std::pair<Category, std::string>, std::string> merged;
  // Partial birth dates ("--09-22", "1979") merge into a full one that
  // agrees with them.
  for (const Finding& partial : findings) {
    if (partial.category != Category::kBirthdate ||
        partial.value.size() == 10) {
      continue;
    }
    for (const Finding& full : findings) {
      if (full.category != Category::kBirthdate || full.value.size() != 10) {
        continue;
      }
      bool same_day = partial.value.size() == 7 &&
                      full.value.substr(4) == partial.value.substr(1);
      bool same_year =
          partial.value.size() == 4 && full.value.substr(0, 4) == partial.value;
      if (same_day || same_year) {
        merged[{Category::kBirthdate, partial.value}] = full.value;
        break;
      }
    }
  }
  // Distinct name values per category, with their words computed once:
  // the comparison is quadratic in distinct values, not in findings.
  std::map<Category, std::map<std::string, std::vector<std::string>>> names;
  for (const Finding& finding : findings) {
    Category category = finding.category;
    if (category != Category::kLocation && category != Category::kWorkplace &&
        category != Category::kSchool && category != Category::kRegularPlace &&
        category != Category::kFamily) {
      continue;
    }
    auto& values = names[category];
    if (values.count(finding.value) == 0) {
      values.emplace(finding.value, NameWords(finding.value));
    }
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

}  // namespace

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

std::vector<Exposure> RankFindings(const std::vector<Finding>& found) {
  std::vector<Finding> findings = found;
  for (Finding& derived : DeriveFindings(found)) {
    findings.push_back(std::move(derived));
  }
  std::map<std::pair<Category, std::string>, std::string> merged =
      MergeShortNames(findings);
  std::map<std::pair<Category, std::string>, std::vector<const Finding*>>
      groups;
  std::vector<std::pair<Category, std::string>> order;
  for (const Finding& finding : findings) {
    auto key = std::make_pair(finding.category, finding.value);
    auto renamed = merged.find(key);
    if (renamed != merged.end()) key.second = renamed->second;
    auto [it, inserted] = groups.try_emplace(key);
    if (inserted) order.push_back(key);
    it->second.push_back(&finding);
  }

  std::vector<Exposure> exposures;
  for (const auto& key : order) {
    const std::vector<const Finding*>& group = groups[key];
    if (DistinctPosts(group) < PostsNeeded(group)) continue;  // one visit
    Exposure exposure;
    exposure.category = key.first;
    exposure.value = key.second;
    exposure.id = ExposureId(key.first, key.second);
    exposure.display = group.front()->display;
    for (const Finding* finding : group) {
      if (finding->value == key.second) {
        exposure.display = finding->display;  // the full form, if merged
        break;
      }
    }
    std::set<std::pair<std::string, std::string>> seen;
    std::map<std::string, double> best_per_url;
    bool in_profile = false;
    for (const Finding* finding : group) {
      double& best = best_per_url[finding->url];
      best = std::max(best, finding->confidence);
      in_profile |= finding->source == Source::kProfile ||
                    finding->source == Source::kStructured;
      if (!seen.insert({finding->url, finding->snippet}).second) continue;
      exposure.occurrences.push_back({finding->url, finding->source,
                                      finding->snippet, finding->matched,
                                      finding->rule_id, finding->posted_at});
    }
    // Independent pages confirm each other: 1 - prod(1 - c).
    double miss = 1.0;
    for (const auto& [url, confidence] : best_per_url) miss *= 1.0 - confidence;
    exposure.confidence = std::round((1.0 - miss) * 100) / 100;
    exposure.confidence = std::min(exposure.confidence, 0.99);

    int pages = static_cast<int>(best_per_url.size());
    double score =
        CategorySeverity(exposure.category) * (0.6 + 0.4 * exposure.confidence);
    score += std::min(10, 3 * (pages - 1));
    if (in_profile) score += 5;
    // Only in old posts (every dated occurrence over two years old, none
    // undated): still findable, but less likely to be current.
    if (!in_profile && AllOlderThanTwoYears(group)) score -= 8;
    exposure.risk = std::clamp(static_cast<int>(std::lround(score)), 0, 100);
    exposure.level = RiskLevel(exposure.risk);
    exposure.why = StrCat("Found in ", WhereName(group.front()->source),
                          pages > 1 ? StrCat(" and on ", pages - 1,
                                             " more page", pages > 2 ? "s" : "")
                                    : std::string(),
                          ": ", Reason(exposure.category), ".");
    if (exposure.category == Category::kRegularPlace) {
      exposure.pattern = RoutineOf(group);
      if (!exposure.pattern.empty()) {
        exposure.why =
            StrCat("Seen in ", DistinctPosts(group), " posts (",
                   exposure.pattern, "): ", Reason(exposure.category), ".");
      }
    }
    exposure.advice =
        AdviceFor(exposure.category, PlatformsOf(exposure.occurrences));
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

std::map<std::string, int> CountByCategory(const std::vector<Exposure>& list) {
  std::map<std::string, int> counts;
  for (const Exposure& exposure : list) {
    ++counts[std::string(CategoryName(exposure.category))];
  }
  return counts;
}

}  // namespace exposure
