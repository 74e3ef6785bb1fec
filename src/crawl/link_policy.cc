// ProfileScope: deciding from where a link sits and what it looks like
// whether it belongs to the profile being crawled.
//
// The document stage already says whose content each link sits in (owner,
// furniture, others) and whether it is in the site footer. Pagination is
// the one kind of furniture link that belongs to the profile, except in the
// site footer, where a "Next page" is the footer's, not the listing's.
#include "crawl/link_policy.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "common/strings.h"
#include "exposure/limits.h"

namespace exposure::internal {
namespace {

std::string WithoutFragment(std::string_view url) {
  return std::string(url.substr(0, url.find('#')));
}

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// First path segments of pages that belong to the site, not to a person.
bool IsSitePage(std::string_view path) {
  static const std::string_view kSitePages[] = {
      "tags",          "tag",      "hashtag",   "hashtags", "search",
      "explore",       "login",    "signin",    "signup",   "register",
      "logout",        "settings", "share",     "intent",   "privacy",
      "terms",         "legal",    "tos",       "help",     "compose",
      "notifications", "messages", "directory", "trending", "policies",
      "cart",          "checkout"};
  std::string lower = AsciiLower(path.substr(0, path.find_first_of("?#")));
  std::vector<std::string_view> segments = SplitAny(lower, "/");
  if (segments.empty()) return false;
  for (std::string_view page : kSitePages) {
    if (segments.front() == page) return true;
  }
  return false;
}

// Anchor text with surrounding arrows, quotes and spaces removed.
std::string CoreText(std::string_view text) {
  std::string lower = AsciiLower(text);
  static const std::string_view kTrim[] = {"\xC2\xBB",
                                           "\xC2\xAB",
                                           "\xE2\x80\xBA",
                                           "\xE2\x80\xB9",
                                           "\xE2\x86\x92",
                                           "\xE2\x86\x90",
                                           ">",
                                           "<",
                                           " ",
                                           "\t",
                                           "\n"};
  bool changed = true;
  std::string_view core = lower;
  while (changed && !core.empty()) {
    changed = false;
    for (std::string_view trim : kTrim) {
      if (StartsWith(core, trim)) {
        core.remove_prefix(trim.size());
        changed = true;
      }
      if (EndsWith(core, trim)) {
        core.remove_suffix(trim.size());
        changed = true;
      }
    }
  }
  return std::string(core);
}

bool HasWord(std::string_view words, std::string_view word) {
  for (std::string_view token : SplitAny(words, " \t\n")) {
    if (token == word) return true;
  }
  return false;
}

// A numbered listing page: "/page/2", "/page2", "?page=2", "&p=3".
bool IsNumberedPageUrl(std::string_view url) {
  std::string lower = AsciiLower(WithoutFragment(url));
  std::size_t query = lower.find('?');
  std::string_view path = std::string_view(lower).substr(0, query);
  std::vector<std::string_view> segments = SplitAny(path, "/");
  for (std::size_t i = 0; i < segments.size(); ++i) {
    std::string_view segment = segments[i];
    if ((segment == "page" || segment == "p") && i + 1 < segments.size() &&
        AllDigits(segments[i + 1])) {
      return true;
    }
    if (StartsWith(segment, "page") && AllDigits(segment.substr(4))) {
      return true;
    }
  }
  if (query == std::string::npos) return false;
  for (std::string_view pair :
       SplitAny(std::string_view(lower).substr(query + 1), "&;")) {
    std::size_t equals = pair.find('=');
    if (equals == std::string_view::npos) continue;
    std::string_view key = pair.substr(0, equals);
    if ((key == "page" || key == "p" || key == "pg" || key == "paged") &&
        AllDigits(pair.substr(equals + 1))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string OriginOf(std::string_view url) {
  std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return "";
  std::size_t host_end = url.find_first_of("/?#", scheme_end + 3);
  std::string origin = AsciiLower(url.substr(0, host_end));
  // Drop credentials ("user:pass@host").
  std::size_t at = origin.rfind('@');
  if (at != std::string::npos && at > scheme_end) {
    origin.erase(scheme_end + 3, at - scheme_end - 2);
  }
  // The default port is the same origin.
  if (StartsWith(origin, "http://") && EndsWith(origin, ":80")) {
    origin.resize(origin.size() - 3);
  } else if (StartsWith(origin, "https://") && EndsWith(origin, ":443")) {
    origin.resize(origin.size() - 4);
  }
  return origin;
}

std::string PathOf(std::string_view url) {
  std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return "/";
  std::size_t start = url.find_first_of("/?#", scheme_end + 3);
  if (start == std::string_view::npos) return "/";
  std::string path = WithoutFragment(url.substr(start));
  if (path.empty()) return "/";
  if (path.front() == '?') path.insert(path.begin(), '/');
  return path;
}

std::string ProfileKeyOf(std::string_view path) {
  static const std::string_view kUserFolders[] = {
      "u",        "user",   "users",   "people", "person",  "profile",
      "profiles", "member", "members", "author", "authors", "in",
      "channel",  "c",      "citizen", "blogger"};
  std::string lower = AsciiLower(path.substr(0, path.find_first_of("?#")));
  std::vector<std::string_view> segments = SplitAny(lower, "/");
  if (segments.empty()) return "";
  std::string_view first = segments.front();
  if (StartsWith(first, "@") || StartsWith(first, "~")) {
    // The profile's own feeds and forms: "/@rosa.rss", "/@rosa.json".
    for (std::string_view suffix : {".rss", ".atom", ".json", ".xml"}) {
      if (EndsWith(first, suffix) && first.size() > suffix.size() + 1) {
        first.remove_suffix(suffix.size());
        break;
      }
    }
    return std::string(first);
  }
  for (std::string_view folder : kUserFolders) {
    if (first == folder && segments.size() >= 2) {
      return StrCat(first, "/", segments[1]);
    }
  }
  // Forum profiles by query: "memberlist.php?mode=viewprofile&u=7".
  std::string full = AsciiLower(path);
  if (Contains(full, "viewprofile") || Contains(full, "profile.php")) {
    return WithoutFragment(full);
  }
  return "";
}

bool IsPaginationLink(const Link& link) {
  if (HasWord(link.rel, "next")) return true;
  static const std::string_view kTexts[] = {"older posts",
                                            "older entries",
                                            "older",
                                            "next",
                                            "next page",
                                            "more posts",
                                            "load more",
                                            "see more posts",
                                            "siguiente",
                                            "página siguiente",
                                            "entradas anteriores",
                                            "suivant",
                                            "page suivante",
                                            "weiter",
                                            "nächste seite",
                                            "\xC2\xBB",
                                            "\xE2\x80\xBA"};
  std::string core = CoreText(link.text);
  for (std::string_view text : kTexts) {
    if (core == text) return true;
  }
  // Arrows alone ("»", "›") are trimmed to nothing by CoreText.
  if (core.empty() && !StripWhitespace(link.text).empty() &&
      (Contains(link.text, "\xC2\xBB") ||
       Contains(link.text, "\xE2\x80\xBA"))) {
    return true;
  }
  return IsNumberedPageUrl(link.url);
}

ProfileScope::ProfileScope(std::string_view start_url)
    : origin_(OriginOf(start_url)),
      profile_key_(ProfileKeyOf(PathOf(start_url))) {}

bool ProfileScope::Contains(std::string_view url) const {
  if (!StartsWith(url, "http://") && !StartsWith(url, "https://")) {
    return false;
  }
  if (OriginOf(url) != origin_) return false;
  std::string path = PathOf(url);
  std::string key = ProfileKeyOf(path);
  if (!key.empty() && key != profile_key_) return false;  // another user
  return !IsSitePage(path);
}

bool ProfileScope::OwnsFeed(std::string_view url) const {
  if (!Contains(url)) return false;
  return profile_key_.empty() || ProfileKeyOf(PathOf(url)) == profile_key_;
}

std::vector<LinkToFollow> ProfileScope::LinksToFollow(
    const Document& document) const {
  std::vector<LinkToFollow> follow;
  std::set<std::string> seen;
  auto add = [&](std::string url, bool pagination) {
    if (!Contains(url)) return;
    if (!seen.insert(url).second) {
      // Seen as a plain link first: a pagination sighting still frees it.
      if (pagination) {
        for (LinkToFollow& existing : follow) {
          if (existing.url == url) existing.pagination = true;
        }
      }
      return;
    }
    follow.push_back({std::move(url), pagination});
  };
  for (const Link& link : document.links) {
    if (link.zone == Zone::kOthers) continue;
    std::string url = WithoutFragment(link.url);
    bool pagination = IsPaginationLink(link);
    if (link.zone == Zone::kOwner) {
      add(std::move(url), pagination);
      continue;
    }
    // Nav, header, sidebars: not the profile's, but for pagination outside
    // the site footer.
    if (!pagination || link.in_footer) continue;
    add(std::move(url), true);
  }
  return follow;
}

}  // namespace exposure::internal
