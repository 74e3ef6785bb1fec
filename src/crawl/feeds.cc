// Feeds: a small XML tag scanner and the RSS/Atom readers built on it.
//
// Design. Feeds are simple documents, and what is needed from them is a
// handful of fields per item, so instead of a full XML parser (and a new
// dependency) the scanner builds a flat element tree that remembers, for
// each element, the byte range of its content in the source. A field's
// value is that range decoded: CDATA sections copied as they are, the five
// XML entities and numeric references decoded, comments dropped, and any
// markup inside (an RSS description with raw HTML) kept, which is what the
// document stage wants. Atom's type="xhtml" content is taken undecoded.
// End tags close the nearest open element of the same name (so an unclosed
// <br> in raw HTML does not swallow the rest); a stray end tag is ignored.
// DOCTYPE declarations are skipped and their entities never expanded.
// Bounded by kMaxPageBytes (the crawler's body cap), kMaxFeedDepth and a
// node budget.
#include "crawl/feeds.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "exposure/document.h"
#include "re2/re2.h"

namespace exposure::internal {
namespace {

// Most elements the scanner records in one document.
constexpr int kMaxXmlElements = 200000;
// How far into a page feed discovery reads.
constexpr std::size_t kMaxHeadBytes = 256 * 1024;

struct XmlElement {
  std::string name;  // lower case, prefix kept: "content:encoded"
  std::vector<std::pair<std::string, std::string>> attributes;  // decoded
  std::size_t inner_begin = 0;
  std::size_t inner_end = 0;
  std::vector<int> children;
};

std::string_view LocalName(std::string_view name) {
  std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool IsNameStart(char c) {
  return absl::ascii_isalpha(static_cast<unsigned char>(c)) || c == '_' ||
         c == ':';
}

bool IsNameChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         c == ':' || c == '-' || c == '.';
}

void AppendUtf8(std::uint32_t code, std::string* out) {
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    out->append("\xEF\xBF\xBD");
    return;
  }
  if (code < 0x80) {
    out->push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code >> 6)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

// Decodes the entity starting at text[*i] == '&' into `out` and advances
// `*i` past it; an unknown or malformed one is copied as written (the HTML
// parser downstream knows &nbsp; and friends).
void DecodeEntity(std::string_view text, std::size_t* i, std::string* out) {
  std::size_t semicolon = text.find(';', *i);
  if (semicolon == std::string_view::npos || semicolon - *i > 10) {
    out->push_back('&');
    ++*i;
    return;
  }
  std::string_view name = text.substr(*i + 1, semicolon - *i - 1);
  std::string replacement;
  if (name == "lt") {
    replacement = "<";
  } else if (name == "gt") {
    replacement = ">";
  } else if (name == "amp") {
    replacement = "&";
  } else if (name == "quot") {
    replacement = "\"";
  } else if (name == "apos") {
    replacement = "'";
  } else if (name.size() >= 2 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    std::uint32_t code = 0;
    bool valid = !digits.empty() && digits.size() <= 8;
    for (char c : digits) {
      unsigned char u = static_cast<unsigned char>(c);
      if (hex ? !absl::ascii_isxdigit(u) : !absl::ascii_isdigit(u)) {
        valid = false;
        break;
      }
      code = code * (hex ? 16 : 10) + (absl::ascii_isdigit(u)
                                           ? u - '0'
                                           : absl::ascii_tolower(u) - 'a' + 10);
    }
    if (valid) AppendUtf8(code, &replacement);
  }
  if (replacement.empty()) {
    out->append(text.substr(*i, semicolon + 1 - *i));
  } else {
    out->append(replacement);
  }
  *i = semicolon + 1;
}

// Entities decoded; nothing else touched (attribute values).
std::string DecodeEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      DecodeEntity(text, &i, &out);
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

// An element's content as text: CDATA as written, entities decoded,
// comments dropped, markup kept.
std::string DecodeContent(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 9, "<![CDATA[") == 0) {
      std::size_t end = text.find("]]>", i + 9);
      if (end == std::string_view::npos) end = text.size();
      out.append(text.substr(i + 9, end - i - 9));
      i = std::min(text.size(), end + 3);
    } else if (text.compare(i, 4, "<!--") == 0) {
      std::size_t end = text.find("-->", i + 4);
      i = end == std::string_view::npos ? text.size() : end + 3;
    } else if (text[i] == '&') {
      DecodeEntity(text, &i, &out);
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

// Parses the attributes of a start tag from `text` (after the name) up to
// its '>'; returns the position after '>' (or text.size()), and sets
// `*self_closing`. Values may be quoted with ' or " or (HTML) unquoted.
std::size_t ParseAttributes(
    std::string_view text, std::size_t i,
    std::vector<std::pair<std::string, std::string>>* attributes,
    bool* self_closing) {
  *self_closing = false;
  while (i < text.size()) {
    char c = text[i];
    if (c == '>') return i + 1;
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '>') {
      *self_closing = true;
      return i + 2;
    }
    if (!IsNameStart(c)) {
      ++i;
      continue;
    }
    std::size_t name_begin = i;
    while (i < text.size() && IsNameChar(text[i])) ++i;
    std::string name = AsciiLower(text.substr(name_begin, i - name_begin));
    while (i < text.size() && absl::ascii_isspace(text[i])) ++i;
    std::string value;
    if (i < text.size() && text[i] == '=') {
      ++i;
      while (i < text.size() && absl::ascii_isspace(text[i])) ++i;
      if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
        char quote = text[i];
        std::size_t end = text.find(quote, i + 1);
        if (end == std::string_view::npos) end = text.size();
        value = DecodeEntities(text.substr(i + 1, end - i - 1));
        i = std::min(text.size(), end + 1);
      } else {
        std::size_t begin = i;
        while (i < text.size() && !absl::ascii_isspace(text[i]) &&
               text[i] != '>') {
          ++i;
        }
        value = DecodeEntities(text.substr(begin, i - begin));
      }
    }
    attributes->emplace_back(std::move(name), std::move(value));
  }
  return text.size();
}

// The flat element tree of an XML document (see the design note).
class XmlTree {
 public:
  explicit XmlTree(std::string_view text) : text_(text) { Scan(); }

  int root() const { return root_; }
  const XmlElement& at(int index) const { return elements_[index]; }

  std::string_view Inner(int index) const {
    const XmlElement& element = elements_[index];
    return text_.substr(element.inner_begin,
                        element.inner_end - element.inner_begin);
  }
  std::string Text(int index) const {
    return std::string(StripWhitespace(DecodeContent(Inner(index))));
  }
  std::string Attribute(int index, std::string_view name) const {
    for (const auto& [key, value] : elements_[index].attributes) {
      if (key == name) return value;
    }
    return "";
  }
  // First child named exactly `name` (lower case), or -1.
  int Child(int index, std::string_view name) const {
    for (int child : elements_[index].children) {
      if (elements_[child].name == name) return child;
    }
    return -1;
  }
  // First child whose local name (the name without a namespace prefix:
  // Atom documents may prefix every element) is `name`, or -1.
  int ChildLocal(int index, std::string_view name) const {
    for (int child : elements_[index].children) {
      if (LocalName(elements_[child].name) == name) return child;
    }
    return -1;
  }
  std::vector<int> ChildrenLocal(int index, std::string_view name) const {
    std::vector<int> found;
    for (int child : elements_[index].children) {
      if (LocalName(elements_[child].name) == name) found.push_back(child);
    }
    return found;
  }

 private:
  void Scan() {
    std::vector<int> open;
    std::size_t i = 0;
    const std::size_t n = text_.size();
    while (i < n) {
      std::size_t lt = text_.find('<', i);
      if (lt == std::string_view::npos) break;
      if (text_.compare(lt, 4, "<!--") == 0) {
        std::size_t end = text_.find("-->", lt + 4);
        i = end == std::string_view::npos ? n : end + 3;
      } else if (text_.compare(lt, 9, "<![CDATA[") == 0) {
        std::size_t end = text_.find("]]>", lt + 9);
        i = end == std::string_view::npos ? n : end + 3;
      } else if (text_.compare(lt, 2, "<?") == 0) {
        std::size_t end = text_.find("?>", lt + 2);
        i = end == std::string_view::npos ? n : end + 2;
      } else if (text_.compare(lt, 2, "<!") == 0) {
        // DOCTYPE, with an internal subset in brackets: skipped whole.
        int brackets = 0;
        i = lt + 2;
        while (i < n && !(text_[i] == '>' && brackets == 0)) {
          if (text_[i] == '[') ++brackets;
          if (text_[i] == ']' && brackets > 0) --brackets;
          ++i;
        }
        i = std::min(n, i + 1);
      } else if (text_.compare(lt, 2, "</") == 0) {
        std::size_t end = text_.find('>', lt + 2);
        if (end == std::string_view::npos) end = n;
        std::string name =
            AsciiLower(StripWhitespace(text_.substr(lt + 2, end - lt - 2)));
        for (std::size_t k = open.size(); k-- > 0;) {
          if (elements_[open[k]].name != name) continue;
          for (std::size_t j = k; j < open.size(); ++j) {
            elements_[open[j]].inner_end = lt;
          }
          open.resize(k);
          break;
        }
        i = std::min(n, end + 1);
      } else if (lt + 1 < n && IsNameStart(text_[lt + 1])) {
        std::size_t name_end = lt + 1;
        while (name_end < n && IsNameChar(text_[name_end])) ++name_end;
        XmlElement element;
        element.name = AsciiLower(text_.substr(lt + 1, name_end - lt - 1));
        bool self_closing = false;
        i = ParseAttributes(text_, name_end, &element.attributes,
                            &self_closing);
        element.inner_begin = element.inner_end = i;
        if (static_cast<int>(open.size()) >= kMaxFeedDepth ||
            static_cast<int>(elements_.size()) >= kMaxXmlElements) {
          continue;  // too deep or too many: its text stays in the parent
        }
        int index = static_cast<int>(elements_.size());
        if (open.empty()) {
          if (root_ >= 0) continue;  // a second root: ignored
          root_ = index;
        } else {
          elements_[open.back()].children.push_back(index);
        }
        elements_.push_back(std::move(element));
        if (!self_closing) open.push_back(index);
      } else {
        i = lt + 1;  // a lone '<' in text
      }
    }
    for (int index : open) elements_[index].inner_end = n;
  }

  std::string_view text_;
  std::vector<XmlElement> elements_;
  int root_ = -1;
};

bool IsHttpUrl(std::string_view url) {
  return StartsWith(AsciiLower(url.substr(0, 8)), "http://") ||
         StartsWith(AsciiLower(url.substr(0, 8)), "https://");
}

std::string AbsoluteHttp(std::string_view base, std::string_view href) {
  std::string url = ResolveUrl(base, StripWhitespace(href));
  return IsHttpUrl(url) ? url : "";
}

// An Atom text construct (title, summary, content) as HTML.
std::string AtomHtml(const XmlTree& tree, int element) {
  std::string type = AsciiLower(tree.Attribute(element, "type"));
  if (Contains(type, "xhtml")) return std::string(tree.Inner(element));
  if (type == "html" || Contains(type, "html")) return tree.Text(element);
  return EscapeHtml(tree.Text(element));
}

std::optional<Feed> ReadRss(const XmlTree& tree, std::string_view feed_url) {
  Feed feed;
  int root = tree.root();
  int channel = tree.ChildLocal(root, "channel");
  if (channel >= 0) {
    int title = tree.ChildLocal(channel, "title");
    if (title >= 0) feed.title = tree.Text(title);
  }
  // RSS 2.0 puts items in the channel; RSS 1.0 (RDF) next to it.
  std::vector<int> items =
      channel >= 0 ? tree.ChildrenLocal(channel, "item") : std::vector<int>();
  for (int item : tree.ChildrenLocal(root, "item")) items.push_back(item);
  for (int item : items) {
    if (static_cast<int>(feed.items.size()) >= kMaxFeedItems) {
      feed.items_dropped = true;
      break;
    }
    FeedItem out;
    if (int title = tree.Child(item, "title"); title >= 0) {
      out.title = tree.Text(title);
    }
    if (int link = tree.Child(item, "link"); link >= 0) {
      out.link = AbsoluteHttp(feed_url, tree.Text(link));
    }
    if (out.link.empty()) {
      int guid = tree.Child(item, "guid");
      if (guid >= 0 &&
          AsciiLower(tree.Attribute(guid, "ispermalink")) != "false") {
        out.link = AbsoluteHttp(feed_url, tree.Text(guid));
      }
    }
    for (const char* date : {"pubdate", "dc:date", "dcterms:created"}) {
      int when = tree.Child(item, date);
      if (when < 0) continue;
      out.posted = FeedDateToRfc3339(tree.Text(when));
      if (!out.posted.empty()) break;
    }
    int body = tree.Child(item, "content:encoded");
    if (body < 0) body = tree.Child(item, "description");
    if (body >= 0) out.content = tree.Text(body);
    feed.items.push_back(std::move(out));
  }
  return feed;
}

std::optional<Feed> ReadAtom(const XmlTree& tree, std::string_view feed_url) {
  Feed feed;
  int root = tree.root();
  if (int title = tree.ChildLocal(root, "title"); title >= 0) {
    feed.title = tree.Text(title);
  }
  for (int entry : tree.ChildrenLocal(root, "entry")) {
    if (static_cast<int>(feed.items.size()) >= kMaxFeedItems) {
      feed.items_dropped = true;
      break;
    }
    FeedItem out;
    if (int title = tree.ChildLocal(entry, "title"); title >= 0) {
      out.title = tree.Text(title);
    }
    for (int link : tree.ChildrenLocal(entry, "link")) {
      std::string rel = AsciiLower(tree.Attribute(link, "rel"));
      if (!rel.empty() && rel != "alternate") continue;
      out.link = AbsoluteHttp(feed_url, tree.Attribute(link, "href"));
      if (!out.link.empty()) break;
    }
    if (out.link.empty()) {
      if (int id = tree.ChildLocal(entry, "id"); id >= 0) {
        out.link = AbsoluteHttp(feed_url, tree.Text(id));
      }
    }
    for (const char* date : {"published", "updated"}) {
      int when = tree.ChildLocal(entry, date);
      if (when < 0) continue;
      out.posted = FeedDateToRfc3339(tree.Text(when));
      if (!out.posted.empty()) break;
    }
    int body = tree.ChildLocal(entry, "content");
    if (body >= 0 && !tree.Attribute(body, "src").empty()) body = -1;
    if (body < 0) body = tree.ChildLocal(entry, "summary");
    if (body >= 0) out.content = AtomHtml(tree, body);
    feed.items.push_back(std::move(out));
  }
  return feed;
}

// The <link> tags of a page's head with the given rel token and one of
// `types`, resolved and deduplicated.
std::vector<std::string> HeadLinks(
    std::string_view page_url, std::string_view html,
    std::initializer_list<std::string_view> types, bool skip_comment_feeds) {
  std::string lower = AsciiLower(html.substr(0, kMaxHeadBytes));
  std::size_t body = lower.find("<body");
  if (body != std::string::npos) lower.resize(body);
  std::vector<std::string> found;
  for (std::size_t at = lower.find("<link"); at != std::string::npos;
       at = lower.find("<link", at + 5)) {
    std::size_t name_end = at + 5;
    if (name_end < lower.size() && IsNameChar(lower[name_end])) continue;
    std::vector<std::pair<std::string, std::string>> attributes;
    bool self_closing = false;
    // Attributes are read from the original text: URLs keep their case.
    ParseAttributes(html.substr(0, lower.size()), name_end, &attributes,
                    &self_closing);
    std::string rel, type, href, title;
    for (const auto& [key, value] : attributes) {
      if (key == "rel") rel = AsciiLower(value);
      if (key == "type") type = AsciiLower(StripWhitespace(value));
      if (key == "href") href = value;
      if (key == "title") title = AsciiLower(value);
    }
    bool alternate = false;
    for (std::string_view token : SplitAny(rel, " \t\n")) {
      alternate |= token == "alternate";
    }
    type = type.substr(0, type.find(';'));
    if (!alternate || href.empty() ||
        std::find(types.begin(), types.end(), StripWhitespace(type)) ==
            types.end()) {
      continue;
    }
    // A blog's comments feed is other people's words, not the owner's.
    if (skip_comment_feeds &&
        (Contains(title, "comment") || Contains(AsciiLower(href), "comment"))) {
      continue;
    }
    std::string url = AbsoluteHttp(page_url, href);
    if (!url.empty() &&
        std::find(found.begin(), found.end(), url) == found.end()) {
      found.push_back(std::move(url));
    }
  }
  return found;
}

}  // namespace

bool LooksLikeFeed(std::string_view content_type, std::string_view body) {
  std::string type = AsciiLower(content_type);
  type = std::string(StripWhitespace(type.substr(0, type.find(';'))));
  if (type == "application/rss+xml" || type == "application/atom+xml" ||
      type == "application/rdf+xml") {
    return true;
  }
  if (!type.empty() && type != "application/xml" && type != "text/xml") {
    return false;
  }
  std::string head = AsciiLower(body.substr(0, 2048));
  return Contains(head, "<rss") || Contains(head, "<feed") ||
         Contains(head, "<rdf:rdf");
}

std::optional<Feed> ParseFeed(std::string_view xml, std::string_view feed_url) {
  XmlTree tree(xml);
  if (tree.root() < 0) return std::nullopt;
  std::string_view root = LocalName(tree.at(tree.root()).name);
  if (root == "rss" || root == "rdf") return ReadRss(tree, feed_url);
  if (root == "feed") return ReadAtom(tree, feed_url);
  return std::nullopt;
}

std::vector<std::string> DiscoverFeeds(std::string_view page_url,
                                       std::string_view html) {
  return HeadLinks(page_url, html,
                   {"application/rss+xml", "application/atom+xml"}, true);
}

std::vector<std::string> DiscoverActivityPubActors(std::string_view page_url,
                                                   std::string_view html) {
  return HeadLinks(page_url, html, {"application/activity+json"}, false);
}

std::string FeedDateToRfc3339(std::string_view date) {
  std::string text(StripWhitespace(date));
  static const RE2* const kIso = new RE2(
      R"((\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)"
      R"(\s*(Z|z|[+-]\d{2}:?\d{2})?)?)");
  std::string year, month, day, hour, minute, second, zone;
  if (RE2::FullMatch(text, *kIso, &year, &month, &day, &hour, &minute, &second,
                     &zone)) {
    if (hour.empty()) return StrCat(year, "-", month, "-", day, "T00:00:00Z");
    if (second.empty()) second = "00";
    if (zone.empty() || zone == "z") zone = "Z";
    if (zone.size() == 5) zone = StrCat(zone.substr(0, 3), ":", zone.substr(3));
    return StrCat(year, "-", month, "-", day, "T", hour, ":", minute, ":",
                  second, zone);
  }
  static const RE2* const kRfc822 = new RE2(
      R"((?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+)"
      R"((\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{4})?)");
  std::string month_name;
  if (!RE2::FullMatch(text, *kRfc822, &day, &month_name, &year, &hour, &minute,
                      &second, &zone)) {
    return "";
  }
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr",
                                        "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"};
  int month_number = 0;
  for (int m = 0; m < 12; ++m) {
    if (AsciiLower(month_name) == kMonths[m]) month_number = m + 1;
  }
  if (month_number == 0) return "";
  if (year.size() == 2) year = StrCat(std::stoi(year) < 70 ? "20" : "19", year);
  if (year.size() != 4) return "";
  if (second.empty()) second = "00";
  std::string offset;
  std::string upper = absl::AsciiStrToUpper(zone);
  static const struct {
    const char* name;
    const char* offset;
  } kZones[] = {{"", "Z"},         {"GMT", "Z"},      {"UT", "Z"},
                {"UTC", "Z"},      {"Z", "Z"},        {"EST", "-05:00"},
                {"EDT", "-04:00"}, {"CST", "-06:00"}, {"CDT", "-05:00"},
                {"MST", "-07:00"}, {"MDT", "-06:00"}, {"PST", "-08:00"},
                {"PDT", "-07:00"}};
  if (!upper.empty() && (upper[0] == '+' || upper[0] == '-')) {
    offset = StrCat(upper.substr(0, 3), ":", upper.substr(3));
  } else {
    for (const auto& known : kZones) {
      if (upper == known.name) offset = known.offset;
    }
    if (offset.empty()) offset = "Z";  // military and unknown zones
  }
  auto two = [](const std::string& digits) {
    return digits.size() == 1 ? StrCat("0", digits) : digits;
  };
  return StrCat(year, "-", two(std::to_string(month_number)), "-", two(day),
                "T", two(hour), ":", minute, ":", second, offset);
}

std::string PostPageHtml(std::string_view page_title, std::string_view title,
                         std::string_view posted,
                         std::string_view content_html) {
  std::string html = StrCat(
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>",
      EscapeHtml(page_title), "</title></head>\n<body><main><article>\n");
  if (!title.empty()) StrAppend(&html, "<h2>", EscapeHtml(title), "</h2>\n");
  // Empty: the date is for the document stage, not text to match.
  if (!posted.empty()) {
    StrAppend(&html, "<time datetime=\"", EscapeHtml(posted), "\"></time>\n");
  }
  StrAppend(&html, "<div>", content_html,
            "</div>\n</article></main></body></html>\n");
  return html;
}

}  // namespace exposure::internal
