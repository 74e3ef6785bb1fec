// PrefilterPattern: loosens wide counted repetitions for the prefilter set.
#include "rules/prefilter_pattern.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace exposure::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads the digits at `text[*position]` as a number (capped, so a long run
// of digits cannot overflow); false when there are none.
bool ReadNumber(std::string_view text, std::size_t* position, int* number) {
  std::size_t start = *position;
  long long value = 0;
  while (*position < text.size() && IsDigit(text[*position])) {
    if (value < 100000) value = value * 10 + (text[*position] - '0');
    ++*position;
  }
  *number = static_cast<int>(value);
  return *position > start;
}

// Length of the escape starting at `text[start]` (a backslash): "\d" is 2,
// "\p{Lu}" and "\x{41}" run to their closing brace, "\Q...\E" to its "\E"
// (or the end of the pattern).
std::size_t EscapeLength(std::string_view text, std::size_t start) {
  if (start + 1 >= text.size()) return text.size() - start;
  const char kind = text[start + 1];
  if (kind == 'Q') {
    std::size_t end = text.find("\\E", start + 2);
    return end == std::string_view::npos ? text.size() - start
                                         : end + 2 - start;
  }
  if ((kind == 'p' || kind == 'P' || kind == 'x') && start + 2 < text.size() &&
      text[start + 2] == '{') {
    std::size_t end = text.find('}', start + 3);
    return end == std::string_view::npos ? text.size() - start
                                         : end + 1 - start;
  }
  return 2;
}

// Length of the character class starting at `text[start]` ('['), up to and
// including its closing ']': a ']' right after '[' or '[^' is a member, and
// so are escapes and POSIX classes such as [:alpha:].
std::size_t ClassLength(std::string_view text, std::size_t start) {
  std::size_t position = start + 1;
  if (position < text.size() && text[position] == '^') ++position;
  if (position < text.size() && text[position] == ']') ++position;
  while (position < text.size()) {
    const char c = text[position];
    if (c == '\\') {
      position += EscapeLength(text, position);
    } else if (c == '[' && position + 1 < text.size() &&
               text[position + 1] == ':') {
      std::size_t end = text.find(":]", position + 2);
      position = end == std::string_view::npos ? text.size() : end + 2;
    } else if (c == ']') {
      return position + 1 - start;
    } else {
      ++position;
    }
  }
  return text.size() - start;
}

}  // namespace

std::string PrefilterPattern(std::string_view pattern) {
  std::string loosened;
  loosened.reserve(pattern.size());
  std::size_t position = 0;
  while (position < pattern.size()) {
    const char c = pattern[position];
    std::size_t length = 1;
    if (c == '\\') {
      length = EscapeLength(pattern, position);
    } else if (c == '[') {
      length = ClassLength(pattern, position);
    } else if (c == '{') {
      // {m,n} with n - m wide enough becomes {m,}; anything else ("{3}",
      // "{2,}", a literal brace) is copied.
      std::size_t cursor = position + 1;
      int low = 0;
      int high = 0;
      if (ReadNumber(pattern, &cursor, &low) && cursor < pattern.size() &&
          pattern[cursor] == ',') {
        const std::size_t comma = cursor++;
        if (ReadNumber(pattern, &cursor, &high) && cursor < pattern.size() &&
            pattern[cursor] == '}' && high - low >= kLoosenedRepeatRange) {
          loosened.append(pattern.substr(position, comma + 1 - position));
          loosened.push_back('}');
          position = cursor + 1;
          continue;
        }
      }
    }
    loosened.append(pattern.substr(position, length));
    position += length;
  }
  return loosened;
}

}  // namespace exposure::internal
