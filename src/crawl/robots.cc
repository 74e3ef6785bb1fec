// robots.txt parsing and matching (RFC 9309), in plain code.
//
// A file is a sequence of groups: one or more User-agent lines, then the
// rules that apply to those agents. A User-agent line after a rule starts a
// new group. Parse() keeps the rules of the groups meant for the product
// token (or, failing that, for "*"), and IsAllowed() picks the longest
// matching pattern among them. Matching is a linear-time glob walk with
// backtracking to the last "*" only, so a hostile pattern cannot make it
// quadratic beyond pattern length times path length.
#include "crawl/robots.h"

#include <cstdlib>
#include <string>

#include "common/strings.h"

namespace exposure::internal {
namespace {

// Splits "Key: value # comment" into a lower-case key and a trimmed value.
bool SplitLine(std::string_view line, std::string* key, std::string* value) {
  std::size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  *key = AsciiLower(StripWhitespace(line.substr(0, colon)));
  *value = std::string(StripWhitespace(line.substr(colon + 1)));
  return !key->empty();
}

}  // namespace

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = EndsWith(pattern, "$");
  if (anchored) pattern.remove_suffix(1);
  // Glob match of `pattern` against a prefix of `path` (or all of it when
  // anchored): greedy with backtracking to the most recent '*'.
  std::size_t p = 0;
  std::size_t s = 0;
  std::size_t star = std::string_view::npos;
  std::size_t star_s = 0;
  while (true) {
    if (p == pattern.size()) {
      if (!anchored || s == path.size()) return true;
    } else if (pattern[p] == '*') {
      star = p++;
      star_s = s;
      continue;
    } else if (s < path.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
      continue;
    }
    if (star == std::string_view::npos || star_s >= path.size()) return false;
    p = star + 1;
    s = ++star_s;
  }
}

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules rules;
  rules.rules_.push_back({"/", false});
  return rules;
}

RobotsRules RobotsRules::Parse(std::string_view text,
                               std::string_view product_token) {
  if (text.size() > kMaxRobotsBytes) text = text.substr(0, kMaxRobotsBytes);
  if (StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);  // BOM
  const std::string token = AsciiLower(product_token);

  RobotsRules mine;   // groups naming the token
  RobotsRules stars;  // "*" groups
  bool found_mine = false;
  bool group_is_mine = false;
  bool group_is_star = false;
  bool in_agents = false;  // the last line read was a User-agent line
  for (std::string_view line : SplitAny(text, "\r\n")) {
    std::string key;
    std::string value;
    if (!SplitLine(line, &key, &value)) continue;
    if (key == "user-agent") {
      if (!in_agents) group_is_mine = group_is_star = false;
      in_agents = true;
      std::string agent = AsciiLower(value);
      if (agent == "*") {
        group_is_star = true;
      } else if (!agent.empty() && agent == token) {
        group_is_mine = found_mine = true;
      }
      continue;
    }
    bool is_rule = key == "allow" || key == "disallow";
    if (!is_rule && key != "crawl-delay") continue;  // sitemap, unknown
    in_agents = false;
    if (!group_is_mine && !group_is_star) continue;
    RobotsRules* target = group_is_mine ? &mine : &stars;
    if (is_rule) {
      if (value.empty()) continue;  // "Disallow:" allows everything
      if (value.front() != '/' && value.front() != '*') {
        value.insert(value.begin(), '/');
      }
      target->rules_.push_back({value, key == "allow"});
    } else {
      char* end = nullptr;
      double seconds = std::strtod(value.c_str(), &end);
      if (end != value.c_str() && seconds > 0 &&
          seconds > target->crawl_delay_seconds_) {
        target->crawl_delay_seconds_ = seconds;
      }
    }
  }
  return found_mine ? mine : stars;
}

bool RobotsRules::IsAllowed(std::string_view path) const {
  if (path == "/robots.txt") return true;
  if (path.empty()) path = "/";
  std::size_t best_length = 0;
  bool allowed = true;
  bool matched = false;
  for (const Rule& rule : rules_) {
    if (!RobotsPatternMatches(rule.pattern, path)) continue;
    std::size_t length = rule.pattern.size();
    if (!matched || length > best_length ||
        (length == best_length && rule.allow && !allowed)) {
      best_length = length;
      allowed = rule.allow;
      matched = true;
    }
  }
  return allowed;
}

}  // namespace exposure::internal
