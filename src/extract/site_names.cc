// What a page calls its own site (see site_names.h).
#include "extract/site_names.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"

namespace exposure {
namespace {

// The lower-case words of `text` (letters and digits; anything else
// separates them): "Casa Prana Yoga" -> {"casa", "prana", "yoga"}.
std::vector<std::string> LowerWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(byte) || byte >= 0x80) {
      word.push_back(static_cast<char>(absl::ascii_tolower(byte)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

void AddName(std::string_view text,
             std::vector<std::vector<std::string>>* out) {
  std::vector<std::string> words = LowerWords(text);
  if (!words.empty() && words.size() <= 6) out->push_back(std::move(words));
}

}  // namespace

std::string HostOf(std::string_view url) {
  std::string lower = AsciiLower(StripWhitespace(url));
  std::string_view rest = lower;
  if (!ConsumePrefix(&rest, "https://") && !ConsumePrefix(&rest, "http://")) {
    return "";
  }
  rest = rest.substr(0, rest.find_first_of("/?#"));
  std::size_t at = rest.rfind('@');
  if (at != std::string_view::npos) rest.remove_prefix(at + 1);
  rest = rest.substr(0, rest.find(':'));
  ConsumePrefix(&rest, "www.");
  return std::string(rest);
}

std::vector<std::vector<std::string>> SiteNames(const Document& document) {
  std::vector<std::vector<std::string>> names;
  for (const Property& property : document.properties) {
    if (property.name == "meta:og:site_name" ||
        property.name == "meta:application-name") {
      AddName(property.value, &names);
    }
  }
  // The logo link: <a href="/" class="logo">CitaBarber</a>.
  std::string host = HostOf(document.url);
  for (const Link& link : document.links) {
    std::string_view url = link.url;
    std::size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) continue;
    std::size_t path = url.find('/', scheme + 3);
    if (path == std::string_view::npos || url.substr(path) != "/") continue;
    if (HostOf(url) != host) continue;
    AddName(link.text, &names);
  }
  // Without those, the title's last part: "Graciela Montoya Ruiz |
  // Facebook", "Bette O.'s Reviews | Chicago - Yumble", "Gunnar is a
  // Superhost · Stayhaven". The parts before it describe the person.
  if (names.empty()) {
    std::string_view title = document.title;
    std::size_t cut = std::string_view::npos;
    std::size_t width = 0;
    for (std::string_view separator :
         {" | ", " \xC2\xB7 ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
      std::size_t at = title.rfind(separator);
      if (at != std::string_view::npos &&
          (cut == std::string_view::npos || at > cut)) {
        cut = at;
        width = separator.size();
      }
    }
    if (cut != std::string_view::npos) {
      AddName(title.substr(cut + width), &names);
    }
  }
  // A page read from a file says where it was published: its og:url.
  if (host.empty()) {
    for (const Property& property : document.properties) {
      if (property.name == "meta:og:url") host = HostOf(property.value);
    }
  }
  if (!host.empty()) AddName(host.substr(0, host.find('.')), &names);
  return names;
}

bool NamesTheSite(std::string_view place,
                  const std::vector<std::vector<std::string>>& site_names,
                  bool whole_name) {
  std::vector<std::string> words = LowerWords(place.substr(0, place.find(',')));
  if (words.empty()) return false;
  for (const std::vector<std::string>& site : site_names) {
    if (site.size() < words.size()) continue;
    if (whole_name && site.size() != words.size()) continue;
    bool prefix = true;
    for (std::size_t i = 0; i < words.size() && prefix; ++i) {
      prefix = site[i] == words[i];
    }
    if (prefix) return true;
  }
  return false;
}

}  // namespace exposure
