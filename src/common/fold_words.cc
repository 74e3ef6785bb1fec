// FoldWords: utf8proc's case folding and mark stripping, then ASCII
// punctuation runs as single spaces; LowerCase: utf8proc's lower case of
// each code point.
#include "common/fold_words.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "common/strings.h"

namespace exposure {

std::string FoldWords(std::string_view text) {
  std::string folded(text);
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t size = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                     UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                     UTF8PROC_STRIPMARK));
  if (size >= 0 && mapped != nullptr) {
    folded.assign(reinterpret_cast<const char*>(mapped), size);
  } else {
    folded = AsciiLower(text);
  }
  std::free(mapped);
  std::string out;
  bool space = false;
  for (char c : folded) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (byte < 0x80 && !absl::ascii_isalnum(byte)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string LowerCase(std::string_view text) {
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
  if (ascii) return AsciiLower(text);
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t at = 0;
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  while (at < size) {
    utf8proc_int32_t code_point = 0;
    utf8proc_ssize_t length =
        utf8proc_iterate(bytes + at, size - at, &code_point);
    if (length <= 0) {  // not UTF-8: keep the byte
      out.push_back(text[at]);
      ++at;
      continue;
    }
    utf8proc_uint8_t encoded[4];
    utf8proc_ssize_t written =
        utf8proc_encode_char(utf8proc_tolower(code_point), encoded);
    out.append(reinterpret_cast<const char*>(encoded), written);
    at += length;
  }
  return out;
}

}  // namespace exposure
