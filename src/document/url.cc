// ResolveUrl: relative references against a page URL (RFC 3986 section 5,
// the subset web pages use), fragments dropped.
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "exposure/document.h"

namespace exposure {
namespace {

struct SplitUrl {
  std::string scheme;     // lower case, no ':'
  std::string authority;  // "host:port"
  std::string path;       // starts with '/' or is empty
  std::string query;      // with '?', or empty
};

// Returns the scheme of `url` (lower case) or "" when it has none.
std::string SchemeOf(std::string_view url) {
  for (std::size_t i = 0; i < url.size(); ++i) {
    char c = url[i];
    if (c == ':') return i == 0 ? "" : AsciiLower(url.substr(0, i));
    bool ok =
        absl::ascii_isalpha(c) ||
        (i > 0 && (absl::ascii_isdigit(c) || c == '+' || c == '-' || c == '.'));
    if (!ok) return "";
  }
  return "";
}

bool ParseUrl(std::string_view url, SplitUrl* out) {
  out->scheme = SchemeOf(url);
  if (out->scheme.empty()) return false;
  std::string_view rest = url.substr(out->scheme.size() + 1);
  if (!ConsumePrefix(&rest, "//")) return false;
  std::size_t end = rest.find_first_of("/?#");
  out->authority = AsciiLower(rest.substr(0, end));
  rest = end == std::string_view::npos ? "" : rest.substr(end);
  std::size_t hash = rest.find('#');
  if (hash != std::string_view::npos) rest = rest.substr(0, hash);
  std::size_t question = rest.find('?');
  out->path = std::string(rest.substr(0, question));
  out->query = question == std::string_view::npos
                   ? ""
                   : std::string(rest.substr(question));
  if (out->path.empty()) out->path = "/";
  return !out->authority.empty();
}

std::string RemoveDotSegments(std::string_view path) {
  // Most paths have no segment starting with '.': the result is the path
  // from its first '/' on.
  if (path.find("/.") == std::string_view::npos) {
    std::size_t slash = path.find('/');
    return slash == std::string_view::npos ? "/"
                                           : std::string(path.substr(slash));
  }
  std::vector<std::string_view> kept;
  std::vector<std::string_view> parts = Split(path, '/');
  for (std::size_t i = 1; i < parts.size(); ++i) {  // parts[0] is before '/'
    std::string_view part = parts[i];
    if (part == ".") {
      if (i + 1 == parts.size()) kept.push_back("");
      continue;
    }
    if (part == "..") {
      if (!kept.empty()) kept.pop_back();
      if (i + 1 == parts.size()) kept.push_back("");
      continue;
    }
    kept.push_back(part);
  }
  std::string result;
  for (std::string_view part : kept) {
    result.push_back('/');
    result.append(part);
  }
  return result.empty() ? "/" : result;
}

std::string Join(const SplitUrl& url) {
  return url.scheme + "://" + url.authority + url.path + url.query;
}

}  // namespace

std::string ResolveUrl(std::string_view base, std::string_view href) {
  href = StripWhitespace(href);
  std::string scheme = SchemeOf(href);
  if (scheme == "tel" || scheme == "mailto" || scheme == "geo") {
    return std::string(href);
  }
  SplitUrl base_url;
  SplitUrl result;
  if (!scheme.empty()) {
    if (scheme != "http" && scheme != "https") return "";
    if (!ParseUrl(href, &result)) return "";
    result.path = RemoveDotSegments(result.path);
    return Join(result);
  }
  if (!ParseUrl(base, &base_url)) return "";
  if (base_url.scheme != "http" && base_url.scheme != "https") return "";
  std::size_t hash = href.find('#');
  if (hash != std::string_view::npos) href = href.substr(0, hash);
  result = base_url;
  if (StartsWith(href, "//")) {
    return ResolveUrl(base, base_url.scheme + ":" + std::string(href));
  }
  if (href.empty()) return Join(base_url);
  std::size_t question = href.find('?');
  std::string_view href_path = href.substr(0, question);
  result.query = question == std::string_view::npos
                     ? ""
                     : std::string(href.substr(question));
  if (href_path.empty()) {
    result.path = base_url.path;
  } else if (href_path.front() == '/') {
    result.path = RemoveDotSegments(href_path);
  } else {
    std::string directory =
        base_url.path.substr(0, base_url.path.rfind('/') + 1);
    result.path = RemoveDotSegments(directory + std::string(href_path));
  }
  return Join(result);
}

std::string ResolveUrlWithFragment(std::string_view base,
                                   std::string_view href) {
  std::string resolved = ResolveUrl(base, href);
  std::string scheme = SchemeOf(StripWhitespace(href));
  if (resolved.empty() || scheme == "tel" || scheme == "mailto" ||
      scheme == "geo") {
    return resolved;
  }
  std::size_t hash = href.find('#');
  if (hash == std::string_view::npos) return resolved;
  std::string_view fragment = StripWhitespace(href.substr(hash));
  return fragment.size() > 1 ? resolved + std::string(fragment) : resolved;
}

}  // namespace exposure
