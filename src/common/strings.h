// String helpers on std::string_view.
//
// Debian 12's Abseil has its own absl::string_view, a different type from
// std::string_view, so absl::StrCat and friends do not accept the
// std::string_view that Exposure uses at module boundaries. These thin
// wrappers take std::string_view and forward to Abseil where it helps.
#ifndef EXPOSURE_COMMON_STRINGS_H_
#define EXPOSURE_COMMON_STRINGS_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace exposure {
namespace strings_internal {

template <typename T>
const T& Forward(const T& value) {
  return value;
}
inline absl::string_view Forward(const std::string_view& value) {
  return absl::string_view(value.data(), value.size());
}

}  // namespace strings_internal

inline absl::string_view ToAbsl(std::string_view text) {
  return absl::string_view(text.data(), text.size());
}

// absl::StrCat / absl::StrAppend that also take std::string_view.
template <typename... Args>
std::string StrCat(const Args&... args) {
  return absl::StrCat(strings_internal::Forward(args)...);
}
template <typename... Args>
void StrAppend(std::string* out, const Args&... args) {
  absl::StrAppend(out, strings_internal::Forward(args)...);
}

inline std::string AsciiLower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = absl::ascii_tolower(static_cast<unsigned char>(c));
  return lower;
}

inline std::string_view StripWhitespace(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size() &&
         absl::ascii_isspace(static_cast<unsigned char>(text[begin]))) {
    ++begin;
  }
  std::size_t end = text.size();
  while (end > begin &&
         absl::ascii_isspace(static_cast<unsigned char>(text[end - 1]))) {
    --end;
  }
  return text.substr(begin, end - begin);
}

inline bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}
inline bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.substr(text.size() - suffix.size()) == suffix;
}
inline bool Contains(std::string_view text, std::string_view needle) {
  return text.find(needle) != std::string_view::npos;
}
// Where `word` first stands whole in `text` (no ASCII letter or digit
// right before or after it), case-sensitively; npos when it does not.
inline std::size_t FindWord(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    std::size_t end = at + word.size();
    bool starts = at == 0 || !absl::ascii_isalnum(
                                 static_cast<unsigned char>(text[at - 1]));
    bool ends = end == text.size() ||
                !absl::ascii_isalnum(static_cast<unsigned char>(text[end]));
    if (starts && ends) return at;
  }
  return std::string_view::npos;
}

inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (absl::ascii_tolower(static_cast<unsigned char>(a[i])) !=
        absl::ascii_tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}
// Removes `prefix` from the front of `*text` if present.
inline bool ConsumePrefix(std::string_view* text, std::string_view prefix) {
  if (!StartsWith(*text, prefix)) return false;
  text->remove_prefix(prefix.size());
  return true;
}

// Removes `suffix` from the end of `*text` if present.
inline bool ConsumeSuffix(std::string_view* text, std::string_view suffix) {
  if (!EndsWith(*text, suffix)) return false;
  text->remove_suffix(suffix.size());
  return true;
}

// Splits at every `separator`, keeping empty pieces.
inline std::vector<std::string_view> Split(std::string_view text,
                                           char separator) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    pieces.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return pieces;
}

// True when `word` is one of `list` (exactly, case as given).
inline bool IsOneOf(std::string_view word,
                    const std::vector<std::string_view>& list) {
  for (std::string_view entry : list) {
    if (word == entry) return true;
  }
  return false;
}

// Splits at any of `separators`, dropping empty pieces.
inline std::vector<std::string_view> SplitAny(std::string_view text,
                                              std::string_view separators) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of(separators, start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) pieces.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return pieces;
}

// Splits at every occurrence of any of the multi-character `separators`,
// the earliest first, each part stripped of whitespace (empty parts kept):
// a page title's "Kru Nok — Head Trainer | Naksu Gym" -> {"Kru Nok", "Head
// Trainer", "Naksu Gym"}.
inline std::vector<std::string_view> SplitAtSeparators(
    std::string_view text, std::initializer_list<std::string_view> separators) {
  std::vector<std::string_view> parts;
  std::string_view rest = StripWhitespace(text);
  while (!rest.empty()) {
    std::size_t cut = rest.size();
    std::size_t width = 0;
    for (std::string_view separator : separators) {
      std::size_t at = rest.find(separator);
      if (at < cut) {
        cut = at;
        width = separator.size();
      }
    }
    parts.push_back(StripWhitespace(rest.substr(0, cut)));
    rest = cut == rest.size() ? std::string_view() : rest.substr(cut + width);
  }
  return parts;
}

// `text` with &, <, >, " and ' escaped, safe in HTML text and in quoted
// attribute values.
inline std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

}  // namespace exposure

#endif  // EXPOSURE_COMMON_STRINGS_H_
