// AdviceFor: reads the embedded advice catalogue once and hands out the
// entries that fit a category and the platforms it was found on.
#include "rank/advice.h"

#include <toml++/toml.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "common/strings.h"

namespace exposure {
namespace {

struct Catalogue {
  std::vector<AdviceEntry> entries;  // in file order, files sorted by name
  std::vector<std::string> errors;
};

const Catalogue& LoadCatalogue() {
  static const Catalogue* catalogue = [] {
    auto* result = new Catalogue;
    for (const EmbeddedFile& file : AdviceFiles()) {
      absl::StatusOr<std::vector<AdviceEntry>> entries =
          ParseAdviceCatalogue(file.name, file.contents);
      if (!entries.ok()) {
        // tests/rank/advice_test.cc rejects such a build.
        result->errors.push_back(std::string(entries.status().message()));
        continue;
      }
      for (AdviceEntry& entry : *entries) {
        result->entries.push_back(std::move(entry));
      }
    }
    return result;
  }();
  return *catalogue;
}

bool Has(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// The lower-case host (no port, user or "www."), path and query of an http
// or https URL; false for anything else.
struct UrlParts {
  std::string host;
  std::string path;
  std::string query;  // without '?'
};

bool SplitUrlForPlatform(std::string_view url, UrlParts* out) {
  url = StripWhitespace(url);
  std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return false;
  std::string scheme = AsciiLower(url.substr(0, scheme_end));
  if (scheme != "http" && scheme != "https") return false;
  std::string_view rest = url.substr(scheme_end + 3);
  std::size_t end = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
  std::size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  if (!authority.empty() && authority.front() != '[') {
    authority = authority.substr(0, authority.find(':'));
  }
  out->host = AsciiLower(authority);
  while (!out->host.empty() && out->host.back() == '.') out->host.pop_back();
  if (StartsWith(out->host, "www.")) out->host.erase(0, 4);
  if (out->host.empty()) return false;
  rest = rest.substr(0, rest.find('#'));
  std::size_t question = rest.find('?');
  out->path = std::string(rest.substr(0, question));
  out->query = question == std::string_view::npos
                   ? std::string()
                   : std::string(rest.substr(question + 1));
  return true;
}

bool HostIs(std::string_view host, std::string_view domain) {
  return host == domain ||
         (host.size() > domain.size() && EndsWith(host, domain) &&
          host[host.size() - domain.size() - 1] == '.');
}

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return absl::ascii_isdigit(static_cast<unsigned char>(c));
  });
}

bool LooksLikeWordPress(const UrlParts& url) {
  for (std::string_view marker :
       {"/wp-content/", "/wp-includes/", "/wp-json/"}) {
    if (Contains(url.path, marker)) return true;
  }
  for (std::string_view parameter : Split(url.query, '&')) {
    std::size_t equals = parameter.find('=');
    if (equals == std::string_view::npos) continue;
    std::string_view key = parameter.substr(0, equals);
    if ((key == "p" || key == "page_id") &&
        AllDigits(parameter.substr(equals + 1))) {
      return true;
    }
  }
  return false;
}

bool IsHandleCharacter(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// /@user, /@user/123, /@user@server: Mastodon's profile and post URLs.
// /users/user/statuses/123: its ActivityPub form.
bool LooksLikeMastodon(const UrlParts& url) {
  std::string_view path = url.path;
  if (ConsumePrefix(&path, "/@")) {
    std::size_t length = 0;
    while (length < path.size() && IsHandleCharacter(path[length])) ++length;
    return length > 0 && (length == path.size() || path[length] == '/' ||
                          path[length] == '@');
  }
  return ConsumePrefix(&path, "/users/") && Contains(path, "/statuses/");
}

absl::Status EntryError(std::string_view file, const toml::node& node,
                        std::string_view message) {
  return absl::InvalidArgumentError(
      StrCat(file, ":", node.source().begin.line, ": ", message));
}

absl::StatusOr<AdviceEntry> ParseEntry(std::string_view file,
                                       const toml::node& node) {
  const toml::table* table = node.as_table();
  if (table == nullptr) {
    return EntryError(file, node, "each [[advice]] entry must be a table");
  }
  for (const auto& [key, value] : *table) {
    std::string_view name = key.str();
    if (name != "category" && name != "title" && name != "steps" &&
        name != "platform") {
      return EntryError(
          file, value,
          StrCat("unknown key '", name,
                 "' (expected category, title, steps, platform)"));
    }
  }
  AdviceEntry entry;
  const toml::node* title = table->get("title");
  if (title == nullptr || !title->is_string() ||
      StripWhitespace(**title->as_string()).empty()) {
    return EntryError(file, node, "'title' must be a non-empty string");
  }
  entry.advice.title = **title->as_string();

  const toml::array* steps = (*table)["steps"].as_array();
  if (steps == nullptr || steps->empty()) {
    return EntryError(file, node,
                      StrCat("'", entry.advice.title,
                             "': 'steps' must be a non-empty list of strings"));
  }
  for (const toml::node& step : *steps) {
    const toml::value<std::string>* text = step.as_string();
    if (text == nullptr || StripWhitespace(**text).empty()) {
      return EntryError(file, step, "every step must be a non-empty string");
    }
    entry.advice.steps.push_back(**text);
  }

  const toml::node* category = table->get("category");
  if (category == nullptr) {
    return EntryError(file, node,
                      StrCat("'", entry.advice.title,
                             "': 'category' is missing (a category name, a "
                             "list of them, or \"*\")"));
  }
  if (const toml::value<std::string>* one = category->as_string()) {
    entry.categories.push_back(**one);
  } else if (const toml::array* many = category->as_array()) {
    for (const toml::node& item : *many) {
      const toml::value<std::string>* text = item.as_string();
      if (text == nullptr) {
        return EntryError(file, item, "'category' lists must hold strings");
      }
      entry.categories.push_back(**text);
    }
  }
  if (entry.categories.empty()) {
    return EntryError(file, *category,
                      "'category' must be a category name, a non-empty list "
                      "of them, or \"*\"");
  }
  for (const std::string& name : entry.categories) {
    if (name != "*" && !ParseCategory(name).has_value()) {
      return EntryError(file, *category,
                        StrCat("unknown category '", name, "'"));
    }
  }

  if (const toml::node* platform = table->get("platform")) {
    const toml::value<std::string>* text = platform->as_string();
    if (text == nullptr || !Has(KnownPlatforms(), **text)) {
      return EntryError(file, *platform,
                        "'platform' must be one of: mastodon, github, reddit, "
                        "facebook, instagram, x, linkedin, tiktok, strava, "
                        "venmo, wordpress");
    }
    entry.advice.platform = **text;
  }
  return entry;
}

}  // namespace

const std::vector<std::string>& KnownPlatforms() {
  static const auto* platforms = new std::vector<std::string>{
      "mastodon", "github", "reddit", "facebook", "instagram", "x",
      "linkedin", "tiktok", "strava", "venmo",    "wordpress"};
  return *platforms;
}

std::string PlatformOf(std::string_view url) {
  UrlParts parts;
  if (!SplitUrlForPlatform(url, &parts)) return "";
  static const std::pair<std::string_view, std::string_view> kHosts[] = {
      {"github.com", "github"},       {"github.io", "github"},
      {"reddit.com", "reddit"},       {"redd.it", "reddit"},
      {"facebook.com", "facebook"},   {"fb.com", "facebook"},
      {"instagram.com", "instagram"}, {"x.com", "x"},
      {"twitter.com", "x"},           {"linkedin.com", "linkedin"},
      {"tiktok.com", "tiktok"},       {"strava.com", "strava"},
      {"venmo.com", "venmo"},         {"wordpress.com", "wordpress"},
  };
  for (const auto& [domain, platform] : kHosts) {
    if (HostIs(parts.host, domain)) return std::string(platform);
  }
  if (LooksLikeWordPress(parts)) return "wordpress";
  for (std::string_view other :
       {"medium.com", "youtube.com", "threads.net", "threads.com"}) {
    if (HostIs(parts.host, other)) return "";
  }
  if (LooksLikeMastodon(parts)) return "mastodon";
  return "";
}

std::vector<std::string> PlatformsOf(
    const std::vector<Occurrence>& occurrences) {
  std::vector<std::string> platforms;
  for (const Occurrence& occurrence : occurrences) {
    std::string platform = PlatformOf(occurrence.url);
    if (!platform.empty() && !Has(platforms, platform)) {
      platforms.push_back(std::move(platform));
    }
  }
  return platforms;
}

std::vector<Advice> AdviceFor(Category category,
                              const std::vector<std::string>& platforms) {
  const Catalogue& catalogue = LoadCatalogue();
  const std::string name(CategoryName(category));
  std::vector<Advice> advice;
  // The category's own advice.
  for (const AdviceEntry& entry : catalogue.entries) {
    if (entry.advice.platform.empty() && Has(entry.categories, name)) {
      advice.push_back(entry.advice);
    }
  }
  // Each platform's steps: those for this category first, then its general
  // ones.
  std::vector<std::string> seen;
  for (const std::string& platform : platforms) {
    if (platform.empty() || Has(seen, platform)) continue;
    seen.push_back(platform);
    for (bool specific : {true, false}) {
      for (const AdviceEntry& entry : catalogue.entries) {
        if (entry.advice.platform != platform) continue;
        bool own = Has(entry.categories, name);
        bool any = !own && Has(entry.categories, "*");
        if (specific ? own : any) advice.push_back(entry.advice);
      }
    }
  }
  // Advice for every exposure.
  for (const AdviceEntry& entry : catalogue.entries) {
    if (entry.advice.platform.empty() && !Has(entry.categories, name) &&
        Has(entry.categories, "*")) {
      advice.push_back(entry.advice);
    }
  }
  return advice;
}

absl::StatusOr<std::vector<AdviceEntry>> ParseAdviceCatalogue(
    std::string_view name, std::string_view text) {
  toml::table document;
  try {
    document = toml::parse(text, name);
  } catch (const toml::parse_error& error) {
    return absl::InvalidArgumentError(StrCat(
        name, ":", error.source().begin.line, ": ", error.description()));
  }
  for (const auto& [key, value] : document) {
    if (key.str() != "advice") {
      return EntryError(name, value,
                        StrCat("unknown top-level key '", key.str(),
                               "' (expected [[advice]] tables)"));
    }
  }
  const toml::array* entries = document["advice"].as_array();
  if (entries == nullptr || entries->empty()) {
    return absl::InvalidArgumentError(StrCat(name, ": no [[advice]] entries"));
  }
  std::vector<AdviceEntry> result;
  for (const toml::node& node : *entries) {
    absl::StatusOr<AdviceEntry> entry = ParseEntry(name, node);
    if (!entry.ok()) return entry.status();
    result.push_back(*std::move(entry));
  }
  return result;
}

const std::vector<std::string>& AdviceCatalogueErrors() {
  return LoadCatalogue().errors;
}

}  // namespace exposure
