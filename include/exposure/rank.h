// Ranking: merges findings into deduplicated, risk-ranked exposures.
#ifndef EXPOSURE_RANK_H_
#define EXPOSURE_RANK_H_

#include <map>
#include <string>
#include <vector>

#include "exposure/category.h"
#include "exposure/extract.h"

namespace exposure {

struct Occurrence {
  std::string url;
  Source source = Source::kPost;
  std::string snippet;
  std::string matched;  // the value as written in `snippet`
  std::string rule_id;
  std::string posted_at;
};

struct Advice {
  std::string title;
  std::vector<std::string> steps;
  std::string platform;  // "" when general
};

// One detail (category + normalised value) with every place it was seen.
struct Exposure {
  std::string id;  // stable fingerprint of category + value
  Category category = Category::kPhone;
  std::string value;
  std::string display;
  int risk = 0;       // 0-100
  std::string level;  // "critical" | "high" | "medium" | "low"
  double confidence = 0;
  std::string why;
  // For regular places: the routine the posts' dates show, "Tuesdays,
  // mornings"; "" when unknown.
  std::string pattern;
  std::vector<Occurrence> occurrences;
  std::vector<Advice> advice;
  std::string status;  // "new" | "persisting" | "resolved" | "" (no compare)
};

struct Combination {
  std::vector<Category> categories;
  int risk = 0;
  std::string why;
};

// What happened to one input of the scan.
struct TargetResult {
  std::string input;
  std::string status = "ok";  // "ok" | "partial" | "failed"
  int pages = 0;
  std::string error;  // "" when none
};

struct Report {
  std::string started_at;   // RFC 3339
  std::string finished_at;  // RFC 3339
  std::string case_name;    // "" = no case
  std::vector<TargetResult> targets;
  std::vector<Exposure> exposures;  // sorted by risk, highest first
  std::vector<Combination> combinations;
  int pages = 0;
  std::vector<std::string> warnings;
};

// Stable fingerprint of a category and normalised value (hex, 16 chars).
std::string ExposureId(Category category, const std::string& value);

// Maps a risk score to its level: >= 80 critical, >= 60 high, >= 35 medium,
// else low.
std::string RiskLevel(int risk);

// Merges `findings` (one entry per category + value, occurrences kept in
// input order, duplicates of the same url+snippet dropped), scores each
// exposure and sorts by risk (ties: category severity, then value).
// The score: severity of the category, scaled by confidence, plus a little
// for each further independent page (see docs/RANKING.md).
std::vector<Exposure> RankFindings(const std::vector<Finding>& findings);

// Details implied by other findings: the city (and state) of every street
// address, as a location ("derived.address_city", 0.9 times the address's
// confidence), and a full birth date from a birthday and a birth year found
// on the same page ("derived.birthday_and_year"). RankFindings adds these
// itself.
std::vector<Finding> DeriveFindings(const std::vector<Finding>& findings);

// Quasi-identifiers present together (birth date + place + sex, a school +
// a family name, a workplace + a regular place, ...), highest risk first;
// each with a sentence saying why the pair or triple matters. Resolved
// exposures do not count.
std::vector<Combination> FindCombinations(
    const std::vector<Exposure>& exposures);

// Raises the risk of every exposure that is part of a combination by 5
// (capped at 100; level and why updated) and re-sorts by risk: a detail
// that completes an identifying set matters more than the same detail
// alone.
void ApplyCombinations(const std::vector<Combination>& combinations,
                       std::vector<Exposure>* exposures);

// Counts exposures per category name.
std::map<std::string, int> CountByCategory(const std::vector<Exposure>& list);

}  // namespace exposure

#endif  // EXPOSURE_RANK_H_
