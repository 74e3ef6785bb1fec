// Charset detection and conversion to UTF-8 with glibc's iconv.
#include "crawl/charset.h"

#include <errno.h>
#include <iconv.h>

#include <string>

#include "common/strings.h"
#include "exposure/limits.h"

namespace exposure::internal {
namespace {

// The value of `name`=... in `text` (lower case, quotes and spaces
// trimmed); "" when absent.
std::string ParameterValue(std::string_view text, std::string_view name) {
  std::string lower = AsciiLower(text);
  std::size_t at = lower.find(name);
  while (at != std::string::npos) {
    std::size_t p = at + name.size();
    while (p < lower.size() && lower[p] == ' ') ++p;
    if (p < lower.size() && lower[p] == '=') {
      ++p;
      while (p < lower.size() &&
             (lower[p] == ' ' || lower[p] == '"' || lower[p] == '\'')) {
        ++p;
      }
      std::size_t end = lower.find_first_of("\"'; \t\r\n>/", p);
      if (end == std::string::npos) end = lower.size();
      return lower.substr(p, end - p);
    }
    at = lower.find(name, at + 1);
  }
  return "";
}

bool IsUtf8Name(std::string_view charset) {
  return charset == "utf-8" || charset == "utf8" || charset == "us-ascii" ||
         charset == "ascii";
}

}  // namespace

std::string DetectCharset(std::string_view content_type,
                          std::string_view body) {
  if (StartsWith(body, "\xEF\xBB\xBF")) return "utf-8";
  if (StartsWith(body, "\xFF\xFE")) return "utf-16le";
  if (StartsWith(body, "\xFE\xFF")) return "utf-16be";
  std::string declared = ParameterValue(content_type, "charset");
  if (!declared.empty()) return declared;
  std::string type = AsciiLower(content_type);
  if (type.empty() || Contains(type, "xml")) {
    // An XML declaration: <?xml version="1.0" encoding="ISO-8859-1"?>.
    std::string start = AsciiLower(body.substr(0, 256));
    std::size_t declaration = start.find("<?xml");
    std::size_t end = start.find("?>");
    if (declaration != std::string::npos && end != std::string::npos &&
        declaration < end) {
      std::string_view text =
          std::string_view(start).substr(declaration, end - declaration);
      std::size_t encoding = text.find("encoding");
      if (encoding != std::string_view::npos) {
        std::size_t quote = text.find_first_of("\"'", encoding);
        if (quote != std::string_view::npos) {
          std::size_t close = text.find(text[quote], quote + 1);
          if (close != std::string_view::npos) {
            return std::string(text.substr(quote + 1, close - quote - 1));
          }
        }
      }
    }
  }
  if (!type.empty() && !Contains(type, "html")) return "";
  // <meta charset="x"> or <meta http-equiv=... content="text/html;
  // charset=x">: both spell "charset=" in the head.
  std::string_view head = body.substr(0, 4096);
  std::string lower = AsciiLower(head);
  std::size_t meta = lower.find("<meta");
  while (meta != std::string::npos) {
    std::size_t end = lower.find('>', meta);
    if (end == std::string::npos) break;
    std::string found = ParameterValue(
        std::string_view(lower).substr(meta, end - meta), "charset");
    if (!found.empty()) return found;
    meta = lower.find("<meta", end);
  }
  return "";
}

bool ConvertToUtf8(Page* page) {
  std::string charset = DetectCharset(page->content_type, page->body);
  if (StartsWith(page->body, "\xEF\xBB\xBF")) page->body.erase(0, 3);
  if (charset.empty() || IsUtf8Name(charset)) return true;
  // HTML's "iso-8859-1" and "latin1" mean windows-1252 (WHATWG Encoding).
  if (charset == "iso-8859-1" || charset == "latin1" ||
      charset == "us-latin1" || charset == "l1") {
    charset = "windows-1252";
  }
  iconv_t converter = iconv_open("UTF-8", charset.c_str());
  if (converter == reinterpret_cast<iconv_t>(-1)) return false;
  const std::string& in = page->body;
  std::string out;
  out.reserve(in.size() + in.size() / 2);
  char* in_pointer = const_cast<char*>(in.data());
  std::size_t in_left = in.size();
  char buffer[16384];
  bool truncated = false;
  while (in_left > 0) {
    char* out_pointer = buffer;
    std::size_t out_left = sizeof(buffer);
    std::size_t result =
        iconv(converter, &in_pointer, &in_left, &out_pointer, &out_left);
    int error = errno;
    out.append(buffer, out_pointer - buffer);
    if (out.size() > kMaxPageBytes) {
      truncated = true;
      break;
    }
    if (result != static_cast<std::size_t>(-1)) continue;
    if (error == E2BIG) continue;
    // EILSEQ (invalid) or EINVAL (cut short at the end): one byte becomes
    // U+FFFD and the conversion goes on after it.
    out.append("\xEF\xBF\xBD");
    ++in_pointer;
    --in_left;
    iconv(converter, nullptr, nullptr, nullptr, nullptr);  // reset state
  }
  iconv_close(converter);
  if (truncated) {
    std::size_t cut = kMaxPageBytes;
    // Back up to the start of a UTF-8 character.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    out.resize(cut);
    page->truncated = true;
  }
  page->body = std::move(out);
  return true;
}

}  // namespace exposure::internal
