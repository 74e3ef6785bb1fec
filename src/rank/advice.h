// The advice catalogue (reports/advice/*.toml, compiled into the binary) and
// the platform detection that picks its platform-specific entries.
#ifndef EXPOSURE_RANK_ADVICE_H_
#define EXPOSURE_RANK_ADVICE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "exposure/category.h"
#include "exposure/rank.h"
#include "exposure/rules.h"

namespace exposure {

// One [[advice]] table of a catalogue file: the advice and the category
// names it applies to ("*" = every category).
struct AdviceEntry {
  Advice advice;
  std::vector<std::string> categories;
};

// The platform names PlatformOf() returns and the catalogue may use:
// "mastodon", "github", "reddit", "facebook", "instagram", "x", "linkedin",
// "tiktok", "strava", "venmo", "wordpress".
const std::vector<std::string>& KnownPlatforms();

// The platform a page belongs to, from its URL alone ("" when unknown):
// - by host (subdomains included, "www." ignored): github.com and
//   github.io, reddit.com, facebook.com and fb.com, instagram.com, x.com
//   and twitter.com, linkedin.com, tiktok.com, strava.com, venmo.com,
//   wordpress.com;
// - WordPress on any host by its URL shapes: a path containing /wp-content/,
//   /wp-includes/ or /wp-json/, or a query ?p=123 / ?page_id=123;
// - Mastodon on any other host by its profile and post path shape /@user
//   (or /@user@server), and /users/user/statuses/...; hosts known to use
//   /@user for something else (medium.com, youtube.com, threads.net,
//   threads.com) are not Mastodon.
std::string PlatformOf(std::string_view url);

// The platforms of the occurrences' URLs, each once, in order of first
// appearance; unknown hosts add nothing.
std::vector<std::string> PlatformsOf(
    const std::vector<Occurrence>& occurrences);

// Advice for an exposure of `category` found on `platforms`: the category's
// own entries, then each platform's entries for that category or for every
// category ("*"), then the entries that apply to every exposure (saving
// evidence and safety planning, search engines, data brokers). Unknown
// platform names are ignored. The catalogue is parsed once; a broken
// embedded catalogue is a build defect caught by the tests
// (AdviceCatalogueErrors), and yields no advice from that file rather than a
// crash.
std::vector<Advice> AdviceFor(Category category,
                              const std::vector<std::string>& platforms = {});

// Parses one catalogue file. Every [[advice]] table needs a title, at least
// one step, a category ("*", a category name or a list of names) and, if
// present, a known platform; unknown keys are errors. Errors name the file
// and line.
absl::StatusOr<std::vector<AdviceEntry>> ParseAdviceCatalogue(
    std::string_view name, std::string_view text);

// The problems found while loading the embedded catalogue, one message per
// file that did not parse; empty when every file is fine.
const std::vector<std::string>& AdviceCatalogueErrors();

// The catalogue files compiled into the binary.
const std::vector<EmbeddedFile>& AdviceFiles();

}  // namespace exposure

#endif  // EXPOSURE_RANK_ADVICE_H_
