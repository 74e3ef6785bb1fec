// ParseDocument: Gumbo's DOM to text blocks with provenance.
//
// The walk keeps, for each element, the zone (whose words), source (profile
// or post) and tag path its text inherits. Block-level elements end the
// current block; inline elements add to it. Replies whose author name equals
// the page owner's stay in the owner's zone (people answer in their own
// threads). Scripts and styles are never read as text.
#include <algorithm>
#include <cstring>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/ascii.h"
#include "common/fold_words.h"
#include "common/strings.h"
#include "document/business_founder.h"
#include "document/feature_subject.h"
#include "document/owner_nickname.h"
#include "document/page_country.h"
#include "document/self_introduction.h"
#include "document/tagline.h"
#include "document/zones.h"
#include "exposure/document.h"
#include "exposure/limits.h"
#include "gumbo.h"
#include "re2/re2.h"

namespace exposure {
namespace {

using internal::Marker;

// What an element's text inherits. Copied for every element, so it holds
// no strings of its own: the views point into the Gumbo tree or into
// Walker storage, both alive for the whole walk. The tag path is kept by
// the Walker as a stack and built only when a block starts.
struct Context {
  Zone zone = Zone::kOwner;
  Source source = Source::kPost;
  bool inside_main = false;
  bool inside_article = false;  // an <article> or post encloses this
  bool inside_content = false;  // <main>, <article> or role=main encloses it
  bool inside_footer = false;   // the site footer encloses it
  std::string_view posted_at;   // the enclosing post's <time datetime>
  bool links_section = false;   // a list of the person's other profiles
  bool in_roster = false;       // a table of people (IsRoster)
  bool in_sidebar = false;      // an <aside> or "sidebar" box
  bool in_address = false;      // an <address> element encloses this
  int hcard_depth = 0;          // h-card / vcard roots enclosing this element
  std::string_view hcard_kind;  // property class of the innermost nested card
  bool quoted_aside = false;    // a <blockquote> read as someone else's words
};

// What a class attribute says, worked out once per distinct attribute value
// in a document (pages repeat the same few dozen class attributes on
// thousands of elements).
struct ClassFacts {
  Marker words = Marker::kNone;  // internal::ClassifyAttributeWords
  std::string_view field_label;  // internal::FieldLabel
  bool names_name = false;       // internal::IsNameElement, class part
  bool names_site_footer = false;
  bool hcard = false;          // an h-card or vcard token
  bool properties = false;     // a p-/u-/dt-/e- or classic hCard token
  bool links_section = false;  // NamesLinksSection
  bool maybe_label = false;    // internal::MayNameLabel
  bool sidebar = false;        // a "sidebar" word: the page's side column
};

// ClassFacts by attribute value. The keys are views into the Gumbo tree:
// the cache must not outlive the parse.
class ClassFactsCache {
 public:
  ClassFacts Get(std::string_view class_attr);

 private:
  absl::flat_hash_map<std::string_view, ClassFacts> facts_;
};

bool HasClassToken(std::string_view class_attr, std::string_view token) {
  for (std::string_view piece : SplitAny(class_attr, " \t\n")) {
    if (piece == token) return true;
  }
  return false;
}

// Microformats2 property classes: p-, u-, dt-, e- prefixes (and the
// classic hCard names inside a vcard).
bool IsPropertyClass(std::string_view token) {
  return StartsWith(token, "p-") || StartsWith(token, "u-") ||
         StartsWith(token, "dt-") || StartsWith(token, "e-");
}

std::string FirstPropertyClass(std::string_view class_attr) {
  for (std::string_view piece : SplitAny(class_attr, " \t\n")) {
    if (IsPropertyClass(piece)) return AsciiLower(piece);
  }
  return "";
}

// Classic (microformats 1) hCard class names, recorded as their mf2 names.
std::string_view ClassicHcardProperty(std::string_view token) {
  if (token == "tel") return "p-tel";
  if (token == "email") return "u-email";
  if (token == "adr") return "p-adr";
  if (token == "street-address") return "p-street-address";
  if (token == "locality") return "p-locality";
  if (token == "region") return "p-region";
  if (token == "postal-code") return "p-postal-code";
  if (token == "country-name") return "p-country-name";
  if (token == "bday") return "dt-bday";
  if (token == "org") return "p-org";
  if (token == "geo") return "p-geo";
  if (token == "latitude") return "p-latitude";
  if (token == "longitude") return "p-longitude";
  if (token == "fn") return "p-name";
  return "";
}

// True when a class or id attribute names a list of the person's other
// profiles: a token (split at '-' and '_') "links", "social", "socials",
// "elsewhere" or "socialmedia", in any case.
bool NamesLinksSection(std::string_view attribute) {
  if (attribute.empty()) return false;
  const std::string lower = AsciiLower(attribute);
  for (std::string_view token : SplitAny(lower, " -_")) {
    if (token == "links" || token == "social" || token == "socials" ||
        token == "elsewhere" || token == "socialmedia") {
      return true;
    }
  }
  return false;
}

// The last `max_bytes` of `text` or fewer, starting on a character
// boundary, not inside a UTF-8 sequence.
std::string_view TailBytes(std::string_view text, std::size_t max_bytes) {
  std::size_t from = text.size() > max_bytes ? text.size() - max_bytes : 0;
  while (from < text.size() &&
         (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) {
    ++from;
  }
  return text.substr(from);
}

// The text just before a link, from the last line break on, at most 160
// bytes and not cut at the separators LeadBeforeLink stops at:
// "expedición única; entrada en".
std::string SentenceBeforeLink(std::string_view pending) {
  std::string_view tail = TailBytes(pending, 160);
  std::size_t line = tail.rfind('\n');
  if (line != std::string_view::npos) tail.remove_prefix(line + 1);
  return NormalizeText(tail);
}

// The words just before a link: the end of the text gathered so far for its
// block, from the last line break or separator ("·", "|", "•", ".", ";",
// "!", "?") on, at most 80 bytes. "Nadia's photos: @nadia.speaks · Tom's:
// @tomwilk" gives "Nadia's photos:" for the first link and "Tom's:" for the
// second. A link right after a separator takes the item before it: in
// "912 555 014 · ines@example.com · @ines.nas.ondas" the lead is the email.
std::string LeadBeforeLink(std::string_view pending) {
  static constexpr std::string_view kItemSeparators[] = {
      "\xC2\xB7", "|", "\xE2\x80\xA2"};  // "·", "|", "•"
  std::string_view before = StripWhitespace(pending);
  for (std::string_view separator : kItemSeparators) {
    if (EndsWith(before, separator)) {
      before.remove_suffix(separator.size());
      pending = before;
      break;
    }
  }
  std::string_view tail = TailBytes(pending, 80);
  auto cut_after_last = [&tail](std::string_view separator) {
    std::size_t at = tail.rfind(separator);
    if (at != std::string_view::npos) tail.remove_prefix(at + separator.size());
  };
  cut_after_last("\n");
  for (std::string_view separator : kItemSeparators) cut_after_last(separator);
  for (std::string_view separator : {". ", ";", "! ", "? "}) {
    cut_after_last(separator);
  }
  return NormalizeText(tail);
}

ClassFacts ClassFactsCache::Get(std::string_view class_attr) {
  if (class_attr.empty()) return ClassFacts();
  auto [it, inserted] = facts_.try_emplace(class_attr);
  if (!inserted) return it->second;
  ClassFacts& facts = it->second;
  facts.words = internal::ClassifyAttributeWords(class_attr);
  facts.field_label = internal::FieldLabel(class_attr);
  facts.names_name = internal::IsNameElement(class_attr, "");
  facts.names_site_footer = internal::NamesSiteFooter(class_attr);
  facts.links_section = NamesLinksSection(class_attr);
  facts.maybe_label = internal::MayNameLabel(class_attr);
  facts.sidebar = Contains(AsciiLower(class_attr), "sidebar");
  for (std::string_view token : SplitAny(class_attr, " \t\n")) {
    facts.hcard |= token == "h-card" || token == "vcard";
    facts.properties |=
        IsPropertyClass(token) || !ClassicHcardProperty(token).empty();
  }
  return facts;
}

std::string_view Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* attribute =
      gumbo_get_attribute(&element.attributes, name);
  return attribute == nullptr ? std::string_view() : attribute->value;
}

// The attributes every walk reads from every element.
struct KeyAttributes {
  std::string_view class_attr;
  std::string_view id;
  std::string_view role;
  std::string_view itemprop;
};

// True when the NUL-terminated `name` equals the lower-case `lower`,
// ignoring ASCII case (as gumbo_get_attribute's strcasecmp compares).
bool NameIs(const char* name, std::string_view lower) {
  for (char want : lower) {
    if (absl::ascii_tolower(static_cast<unsigned char>(*name)) != want) {
      return false;
    }
    ++name;
  }
  return *name == '\0';
}

// The schema.org term of an RDFa `property` attribute ("worksFor",
// "schema:gender"), or "" for another vocabulary's ("og:title", "dc:date").
std::string_view RdfaSchemaTerm(std::string_view property) {
  ConsumePrefix(&property, "schema:");
  if (property.empty() || property.find(':') != std::string_view::npos) {
    return "";
  }
  return property;
}

// Attribute() for class, id, role and itemprop, read in one pass over the
// element's attributes: the first attribute of each name counts. An RDFa
// Lite `property` ("<td property=\"worksFor\">") stands for an itemprop
// when the element has none: both name schema.org terms.
KeyAttributes ReadKeyAttributes(const GumboElement& element) {
  KeyAttributes found;
  bool has_class = false;
  bool has_id = false;
  bool has_role = false;
  bool has_itemprop = false;
  std::string_view rdfa_property;
  const GumboVector& attributes = element.attributes;
  for (unsigned i = 0; i < attributes.length; ++i) {
    const auto* attribute =
        static_cast<const GumboAttribute*>(attributes.data[i]);
    const char* name = attribute->name;
    switch (absl::ascii_tolower(static_cast<unsigned char>(name[0]))) {
      case 'c':
        if (!has_class && NameIs(name, "class")) {
          has_class = true;
          found.class_attr = attribute->value;
        }
        break;
      case 'i':
        if (!has_id && NameIs(name, "id")) {
          has_id = true;
          found.id = attribute->value;
        } else if (!has_itemprop && NameIs(name, "itemprop")) {
          has_itemprop = true;
          found.itemprop = attribute->value;
        }
        break;
      case 'r':
        if (!has_role && NameIs(name, "role")) {
          has_role = true;
          found.role = attribute->value;
        }
        break;
      case 'p':
        if (rdfa_property.empty() && NameIs(name, "property")) {
          rdfa_property = RdfaSchemaTerm(attribute->value);
        }
        break;
      default:
        break;
    }
  }
  if (!has_itemprop) found.itemprop = rdfa_property;
  return found;
}

std::string_view TagName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) {
    return gumbo_normalized_tagname(element.tag);
  }
  return "unknown";
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_BUTTON:
      return true;
    default:
      return false;
  }
}

bool IsSkippedTag(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE ||
         tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE ||
         tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_IFRAME ||
         tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_HEAD;
}

// Text content of a node, raw (not normalised), scripts skipped.
void CollectText(const GumboNode* node, int depth, std::string* out) {
  if (depth > kMaxDomDepth) return;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    out->append(node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  if (IsSkippedTag(node->v.element.tag)) return;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    CollectText(static_cast<const GumboNode*>(children.data[i]), depth + 1,
                out);
    if (IsBlockTag(node->v.element.tag)) out->push_back(' ');
  }
}

// The text of `node`'s children up to its first <small>, <br> or block
// child, or a classed child after some text (a badge: "Fatoumata Binta Bah
// <span class=pill>Verified student host</span>"): a heading's own words
// without its subtitle.
void CollectLeadText(const GumboNode* node, std::string* out) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = child->v.element.tag;
      if (tag == GUMBO_TAG_SMALL || tag == GUMBO_TAG_BR || IsBlockTag(tag)) {
        return;
      }
      if (!Attribute(child->v.element, "class").empty() &&
          !StripWhitespace(*out).empty()) {
        return;
      }
    }
    CollectText(child, 1, out);
  }
}

// As CollectText, but stops once `out` holds `cap` bytes.
void CollectTextCapped(const GumboNode* node, int depth, std::size_t cap,
                       std::string* out) {
  if (depth > kMaxDomDepth || out->size() >= cap) return;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    out->append(node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  if (IsSkippedTag(node->v.element.tag)) return;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length && out->size() < cap; ++i) {
    CollectTextCapped(static_cast<const GumboNode*>(children.data[i]),
                      depth + 1, cap, out);
    if (IsBlockTag(node->v.element.tag)) out->push_back(' ');
  }
}

// Block elements and the inline ones old pages use as lines (<center>,
// <font>, <b>): the candidates for an author or heading line.
bool IsBlockOrLineTag(GumboTag tag) {
  return IsBlockTag(tag) || tag == GUMBO_TAG_CENTER || tag == GUMBO_TAG_FONT ||
         tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG;
}

// The first line of an element's text: its text before the first block
// child, else the first line of its first block child that has text. An
// author card ("<p><strong>navajero_ab</strong></p><p>Usuario novato</p>
// <p>Ubicación: Albacete</p>") gives its first line, the name.
std::string FirstLine(const GumboNode* node, int depth) {
  if (depth > kMaxDomDepth) return "";
  std::string lead;
  CollectLeadText(node, &lead);
  std::string line = NormalizeText(lead);
  if (!line.empty()) return line;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT ||
        IsSkippedTag(child->v.element.tag) ||
        !IsBlockTag(child->v.element.tag)) {
      continue;
    }
    line = FirstLine(child, depth + 1);
    if (!line.empty()) return line;
  }
  return "";
}

// True when `node` holds a block-level child (<p>, <div>, <li>, …): a
// container, not a line. With `breaks_count` false a line break does not
// count: lines of text split by <br> are still one box.
bool HasBlockChild(const GumboNode* node, bool breaks_count = true) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT && IsBlockTag(child->v.element.tag) &&
        (breaks_count || child->v.element.tag != GUMBO_TAG_BR)) {
      return true;
    }
  }
  return false;
}

// True when `node`'s "p-name" names a post, an event or a review (its
// nearest microformats root is an h-entry, h-event, …), not a person:
// "<article class=h-entry><h2 class=p-name>Contract six, signed off</h2>".
bool NamesAnItem(const GumboNode* node) {
  for (std::string_view token :
       SplitAny(Attribute(node->v.element, "class"), " \t\n")) {
    if (token != "p-name") continue;
    for (const GumboNode* up = node->parent;
         up != nullptr && up->type == GUMBO_NODE_ELEMENT; up = up->parent) {
      for (std::string_view root :
           SplitAny(Attribute(up->v.element, "class"), " \t\n")) {
        if (root == "h-card") return false;
        if (root == "h-entry" || root == "h-event" || root == "h-review" ||
            root == "h-product" || root == "h-recipe") {
          return true;
        }
      }
    }
  }
  return false;
}

// True when `node`'s schema.org "name" belongs to an item typed as
// something other than a person: the workplace or the school inside a
// profile ("<span property=worksFor typeof=Organization><span
// property=name>Eastsound Hardware</span>"), which names no writer.
bool NamesATypedThing(const GumboNode* node) {
  for (const GumboNode* up = node->parent;
       up != nullptr && up->type == GUMBO_NODE_ELEMENT; up = up->parent) {
    std::string_view type = Attribute(up->v.element, "itemtype");
    if (type.empty()) type = Attribute(up->v.element, "typeof");
    if (type.empty()) continue;
    return type.find("Person") == std::string_view::npos;
  }
  return false;
}

// The text of the first name element (class "name", "author", ...) under
// `node`, normalised; "" when none. A reply nested inside (class "reply",
// "respuesta", ...) is not searched: its author line names the replier,
// not the writer of the question it answers.
std::string FindName(const GumboNode* node, int depth, ClassFactsCache* cache,
                     bool is_root = true) {
  if (depth > kMaxDomDepth || node->type != GUMBO_NODE_ELEMENT) return "";
  const GumboElement& element = node->v.element;
  if (IsSkippedTag(element.tag)) return "";
  const KeyAttributes attributes = ReadKeyAttributes(element);
  const ClassFacts facts = cache->Get(attributes.class_attr);
  if (!is_root && facts.words == Marker::kOthers) return "";
  if ((attributes.itemprop == "author" || attributes.itemprop == "name" ||
       facts.names_name) &&
      !NamesAnItem(node) &&
      !(attributes.itemprop == "name" && NamesATypedThing(node))) {
    std::string name;
    if (HasBlockChild(node)) {
      name = FirstLine(node, depth);
    } else {
      std::string raw;
      CollectText(node, depth, &raw);
      name = NormalizeText(raw);
    }
    // A long byline line: its first part names the author ("Por karim_mh
    // (Karim Mohamed Hammu) · Melilla · publicado el …").
    if (name.size() >= 80) {
      std::size_t cut = std::string::npos;
      for (std::string_view separator : {" · ", " | ", " • "}) {
        cut = std::min(cut, name.find(separator));
      }
      name = cut < 80 ? name.substr(0, cut) : std::string();
    }
    if (!name.empty()) return name;
  }
  for (unsigned i = 0; i < element.children.length; ++i) {
    std::string name =
        FindName(static_cast<const GumboNode*>(element.children.data[i]),
                 depth + 1, cache, /*is_root=*/false);
    if (!name.empty()) return name;
  }
  return "";
}

// An author line cut down to the name: "by lathe_lorraine » Sun Nov 22"
// -> "lathe_lorraine", "Ron T. · Friendship Heights" -> "Ron T.",
// "WestYorksGem OP · Thu 19-Nov-26" -> "WestYorksGem".
std::string AuthorName(std::string_view line) {
  static constexpr std::string_view kPrefixes[] = {
      "posted by ", "Posted by ", "by ", "By ", "por ", "Por ", "— ", "- ",
      // "Skrevet af Pipaluk Heilmann": "written by" in other languages.
      "Skrevet af ", "Skrevet av ", "Skrivet av ", "Geschrieben von ",
      "Écrit par ", "Escrito por ", "Publicado por ", "Geschreven door ",
      "Scritto da ", "Ditulis oleh ", "Oleh "};
  static constexpr std::string_view kSeparators[] = {
      "»", "·", "•", "|", " - ", " — ", ",", "(", " on ", " at ", ":"};
  std::string_view name = StripWhitespace(line);
  // "TEN QUESTIONS · By Oliver Penhale · 3 June 2027": a kicker before the
  // byline; the writer is the one after "By".
  for (std::string_view separator : {"·", "•", "|"}) {
    std::size_t at = name.find(separator);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view rest = StripWhitespace(name.substr(at + separator.size()));
    if (StartsWith(rest, "By ") || StartsWith(rest, "by ") ||
        StartsWith(rest, "Por ") || StartsWith(rest, "por ")) {
      name = rest;
    }
    break;
  }
  for (std::string_view prefix : kPrefixes) {
    if (ConsumePrefix(&name, prefix)) break;
  }
  // "Tekst: Joanna Wrzesińska · 25 listopada", "Story and photos: …": a
  // credit's label, then who.
  static const RE2* const kCreditLabel = new RE2(
      R"((?i)(?:text|tekst|texto|texte|testo|words|story|photos?|fotos?|reporting|interview)(?:\s+(?:and|&|y|e|i|und|et)\s+(?:text|tekst|texto|words|story|photos?|fotos?|zdjęcia|foto))?\s*:\s*)");
  re2::StringPiece credited(name.data(), name.size());
  if (RE2::Consume(&credited, *kCreditLabel)) {
    name = std::string_view(credited.data(), credited.size());
  }
  // "Journal entry by Claudette Petersen", "Update written by …": a post's
  // kind, then its author.
  std::size_t by = name.find(" by ");
  if (by != std::string_view::npos && by < 32) {
    std::string_view kind = name.substr(0, by);
    kind = kind.substr(
        kind.rfind(' ') == std::string_view::npos ? 0 : kind.rfind(' ') + 1);
    if (IsOneOf(AsciiLower(kind),
                {"entry", "post", "update", "written", "posted", "published",
                 "story", "article", "note", "journal", "message"})) {
      name = name.substr(by + 4);
    }
  }
  // "karim_mh (Karim Mohamed Hammu)": a handle, then the person's name.
  static const RE2* const kHandleThenName = new RE2(
      R"([\w.\-]+\s+\((\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3})\).*)");
  std::string full_name;
  if (RE2::FullMatch(re2::StringPiece(name.data(), name.size()),
                     *kHandleThenName, &full_name)) {
    return full_name;
  }
  std::size_t cut = name.size();
  for (std::string_view separator : kSeparators) {
    cut = std::min(cut, name.find(separator));
  }
  name = StripWhitespace(name.substr(0, cut));
  // The thread starter's badge after the name: "WestYorksGem OP"; a
  // platform's check mark: "Kezia J. Verified ✓".
  ConsumeSuffix(&name, " OP");
  for (std::string_view mark : {"✓", "✔", "☑"}) {
    if (ConsumeSuffix(&name, mark)) name = StripWhitespace(name);
  }
  if (!ConsumeSuffix(&name, " Verified")) ConsumeSuffix(&name, " verified");
  return std::string(StripWhitespace(name));
}

// True when an author line names the page's own person by their role
// ("the host", "la anfitriona", "our organiser"), not by a name.
bool IsOwnRole(std::string_view author) {
  std::string lower = AsciiLower(author);
  std::string_view role = lower;
  for (std::string_view article : {"the ", "our ", "your ", "la ", "el ", "tu ",
                                   "su ", "nuestra ", "nuestro "}) {
    if (ConsumePrefix(&role, article)) break;
  }
  // A short box's line runs on into its text ("Mensaje de la anfitriona
  // cumplí 40 …"): the role is the first word.
  role = role.substr(0, role.find(' '));
  return IsOneOf(
      role, {"host", "hostess", "organiser", "organizer", "owner", "author",
             "seller", "anfitriona", "anfitrión", "organizadora", "organizador",
             "autora", "autor", "dueña", "dueño", "propietaria", "propietario",
             "vendedora", "vendedor"});
}

// "Maryam Al-Balushi 🇴🇲" -> "Maryam Al-Balushi": a flag or an emoji after a
// heading's name (four-byte UTF-8 characters, with their joiners and
// variation selectors) is no part of it.
std::string TrimTrailingEmoji(std::string_view name) {
  while (true) {
    name = StripWhitespace(name);
    std::size_t n = name.size();
    if (n >= 4 && static_cast<unsigned char>(name[n - 4]) >= 0xF0) {
      name.remove_suffix(4);
    } else if (EndsWith(name, "\xEF\xB8\x8F") ||  // U+FE0F
               EndsWith(name, "\xE2\x80\x8D")) {  // U+200D
      name.remove_suffix(3);
    } else {
      return std::string(name);
    }
  }
}

// A reply's subject line: "Re: …", "RE: …", "Aw: …", "Odp: …", "Sv: …".
bool IsReplySubject(std::string_view text) {
  std::string_view lead = text.substr(0, text.find(':'));
  if (lead.size() == text.size() || lead.size() > 4) return false;
  return IsOneOf(AsciiLower(lead), {"re", "aw", "odp", "sv", "vs", "rv"});
}

// An <aside>, or a box classed as the page's sidebar ("<div
// class=sidebar>" on blogs that predate <aside>).
bool IsSidebar(const GumboNode* node, ClassFactsCache* cache) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  if (node->v.element.tag == GUMBO_TAG_ASIDE) return true;
  return cache->Get(Attribute(node->v.element, "class")).sidebar;
}

// "<p><b>Q (Priscilla, Buala):</b> I'm 17 and …": a question put to the
// person, led by its label in bold; the answer ("<b>A:</b>") is theirs.
bool LeadsWithQuestionLabel(const GumboNode* node) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_WHITESPACE) continue;
    if (child->type != GUMBO_NODE_ELEMENT) return false;
    GumboTag tag = child->v.element.tag;
    if (tag != GUMBO_TAG_B && tag != GUMBO_TAG_STRONG) return false;
    std::string raw;
    CollectTextCapped(child, 0, 120, &raw);
    static const RE2* const kQuestionLabel = new RE2(
        R"(\s*(?:Q|Question|Pregunta|Pergunta|Frage)\s*\d*\s*(?:\([^)]*\))?\s*[:.]?\s*)");
    return raw.size() < 120 && RE2::FullMatch(raw, *kQuestionLabel);
  }
  return false;
}

bool IsProfileFieldLabel(std::string_view lower_label);

// "<b>Jason Pell</b>: text", "<b>Aoife Gallagher</b> · 2 days ago — text":
// a reply line led by its author's name in bold.
// Labels ("<b>Location:</b> Tacoma") carry the colon inside and do not
// count. Returns "" when the element does not start that way.
std::string LeadingBoldAuthor(const GumboNode* node) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_WHITESPACE) continue;
    if (child->type != GUMBO_NODE_ELEMENT) return "";
    GumboTag tag = child->v.element.tag;
    if (tag != GUMBO_TAG_B && tag != GUMBO_TAG_STRONG) return "";
    if (i + 1 >= children.length) return "";
    const auto* next = static_cast<const GumboNode*>(children.data[i + 1]);
    if (next->type != GUMBO_NODE_TEXT) return "";
    std::string_view after = next->v.text.text;
    // A colon, or a dot and a date ("· 2 days ago", "• 12/11/2026"); a
    // dash after a bold title ("<b>Tilly's Cardigan</b> — for my …") is
    // an item's description, not a byline.
    std::string_view lead = StripWhitespace(after);
    // "<b>Esko Rantala</b> (puheenjohtaja) · 11.11.2026": a role in
    // brackets between the name and its date.
    if (StartsWith(lead, "(")) {
      std::size_t close = lead.find(')');
      if (close == std::string_view::npos || close > 40) return "";
      lead = StripWhitespace(lead.substr(close + 1));
    }
    // "<b>You (rfrazier_atl)</b>, Nov 12, 2026: Hi Dee…": a comma, the
    // date, then the colon before the message.
    const bool comma_dated =
        StartsWith(lead, ",") && Contains(lead.substr(0, 40), ":") &&
        std::any_of(lead.begin(),
                    lead.begin() + std::min<std::size_t>(lead.size(), 24),
                    [](char c) {
                      return absl::ascii_isdigit(static_cast<unsigned char>(c));
                    });
    // "<b>mica.solana</b> dijo (17/08/2026 23:50): Feliz cumple…",
    // "<b>Tom</b> wrote: …": a verb of saying, then the colon.
    bool says = false;
    for (std::string_view verb :
         {"dijo", "escribió", "wrote", "said", "says", "a écrit", "disse",
          "escreveu", "schrieb", "ha scritto", "napisał", "napisala",
          "napisała", "napsal", "kirjoitti", "skrev", "schreef"}) {
      says |=
          StartsWith(lead, verb) &&
          (lead.size() == verb.size() ||
           !absl::ascii_isalpha(static_cast<unsigned char>(lead[verb.size()])));
    }
    says = says && Contains(lead.substr(0, 48), ":");
    // "<b>Graham Biggs</b>, Stanley · <time>6 Sep 2026</time>": the
    // writer's town, then the date in a <time> element.
    bool comma_place_timed = false;
    if (StartsWith(lead, ",") && lead.size() < 48 &&
        (EndsWith(lead, "·") || EndsWith(lead, "•")) &&
        i + 2 < children.length) {
      const auto* stamp = static_cast<const GumboNode*>(children.data[i + 2]);
      comma_place_timed = stamp->type == GUMBO_NODE_ELEMENT &&
                          stamp->v.element.tag == GUMBO_TAG_TIME;
    }
    if (!StartsWith(lead, ":") && !comma_dated && !says && !comma_place_timed) {
      if (!StartsWith(lead, "·") && !StartsWith(lead, "•")) return "";
      std::string_view stamp = lead.substr(0, 32);
      bool dated = Contains(stamp, " ago") || Contains(stamp, "hace ");
      // "· yesterday", "· ayer", "· just now".
      for (std::string_view day :
           {"yesterday", "today", "just now", "ayer", "hoy", "ontem", "hoje",
            "hier", "aujourd", "gestern", "heute", "ieri", "oggi"}) {
        dated |= Contains(stamp, day);
      }
      // "· Gimnasio · 188 check-ins": a count is no date.
      static const RE2* const kCount = new RE2(
          R"((?i)\d[\d,. ]*\s*(?:check-?ins?|reviews?|reseñas|visits?|visitas|photos?|fotos|points?|puntos|followers?|seguidores|likes?|posts?))");
      std::string undated(stamp);
      RE2::GlobalReplace(&undated, *kCount, "");
      for (char c : undated)
        dated |= absl::ascii_isdigit(static_cast<unsigned char>(c));
      if (!dated) return "";
    }
    std::string raw;
    CollectText(child, 0, &raw);
    std::string text = NormalizeText(raw);
    // "<b>Re: Zimná hliva – už rastie?</b> · Kuchyňa · 20. 11. 2026": a
    // post's subject in a list of the person's posts, not its author.
    if (IsReplySubject(text)) return "";
    std::string name = AuthorName(text);
    std::vector<std::string_view> words = SplitAny(name, " ");
    if (name.empty() || name.size() > 60 || words.size() > 5) return "";
    // "<b>Contact</b> (after you've matched): WhatsApp …", "<b>Age</b>:
    // 24": a field's label, not a writer.
    const std::string lower = AsciiLower(name);
    if (IsProfileFieldLabel(lower) ||
        IsOneOf(lower,
                {"contact", "contact me", "contacto", "contato", "contatti",
                 "kontakt", "note", "notes", "update", "tip", "important",
                 "reminder", "availability", "rates", "hours"})) {
      return "";
    }
    // "<b>Arreglos de costura</b>: bajos, cremalleras": an item's title,
    // not a name; a name of several words capitalises all but its
    // particles ("María de la Cruz").
    static const RE2* const kParticle = new RE2(
        R"(de|del|la|las|los|da|do|dos|das|di|du|der|den|van|von|y|e|bin|al)");
    for (std::size_t w = 1; w < words.size(); ++w) {
      const unsigned char first = static_cast<unsigned char>(words[w][0]);
      if (first < 0x80 && absl::ascii_islower(first) &&
          !RE2::FullMatch(re2::StringPiece(words[w].data(), words[w].size()),
                          *kParticle)) {
        return "";
      }
    }
    return name;
  }
  return "";
}

// The author named in a post's header: the first bold, strong or link text
// in its first <header> child (or a child whose class says "header",
// "meta" or "byline"): "<header><b>Imani Okoro</b> @imani · Nov 3".
// "" when the post has no such header.
// The header-like child HeaderAuthor reads: a <header> or a child whose
// class says "header", "meta", "byline" or names a forum's user panel
// ("user", "userinfo", "postbit"), among the first three; null if none.
const GumboNode* PostHeader(const GumboNode* node) {
  const GumboVector& children = node->v.element.children;
  int elements_seen = 0;
  for (unsigned i = 0; i < children.length && elements_seen < 3; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    ++elements_seen;
    const GumboElement& element = child->v.element;
    std::string_view class_attr = Attribute(element, "class");
    if (element.tag == GUMBO_TAG_HEADER || Contains(class_attr, "header") ||
        Contains(class_attr, "meta") || Contains(class_attr, "byline") ||
        // A forum post's user panel: "<aside class='user'><b>CoralCarl</b>".
        HasClassToken(class_attr, "user") || Contains(class_attr, "userinfo") ||
        Contains(class_attr, "user-info") || Contains(class_attr, "postbit")) {
      return child;
    }
  }
  return nullptr;
}

// True when a reply's header carries the thread starter's badge: "u/dale ·
// OP · 2d", "Original Poster". Threads mark the owner's own answers so.
bool MarksOriginalPoster(const GumboNode* node) {
  const GumboNode* header = PostHeader(node);
  if (header == nullptr) return false;
  std::string raw;
  CollectTextCapped(header, 0, 160, &raw);
  static const RE2* const kBadge =
      new RE2(R"((?:^|[\s·•|(\[])(?:OP|Original Poster)(?:$|[\s·•|)\]]))");
  return RE2::PartialMatch(raw, *kBadge);
}

// The author a post's first line names by its class: "<p class=who>Edwin
// K. · San Nicolas</p>", "<div class=comment-sender>". Read only for a
// post: on a page, such a line may be anyone's (a request list's
// "req-who"), so it never names the page's owner.
std::string ClassedAuthorLine(const GumboNode* node) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_WHITESPACE) continue;
    if (child->type != GUMBO_NODE_ELEMENT) return "";
    if (!internal::NamesAuthorLine(Attribute(child->v.element, "class"))) {
      return "";
    }
    std::string raw;
    CollectTextCapped(child, 0, 200, &raw);
    std::string name = AuthorName(NormalizeText(raw));
    if (name.empty() || name.size() > 60 || SplitAny(name, " ").size() > 5) {
      return "";
    }
    return name;
  }
  return "";
}

// The first element child of `node`, skipping whitespace; nullptr when
// text comes first.
const GumboNode* FirstElementChild(const GumboNode* node) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_WHITESPACE) continue;
    if (child->type != GUMBO_NODE_ELEMENT) return nullptr;
    return child;
  }
  return nullptr;
}

// The writer's name when `node` opens with a line of its own naming a
// writer, maybe their town, then a dot and a date ("Gerrit Postma,
// Boalsert · 2 maaie 2029", "Claire, Lyon · 25/04/2029"); "" otherwise.
std::string DatedAuthorLineOf(const GumboNode* node) {
  const GumboNode* line = FirstElementChild(node);
  if (line == nullptr) return "";
  GumboTag tag = line->v.element.tag;
  if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SPAN &&
      tag != GUMBO_TAG_HEADER) {
    return "";
  }
  std::string raw;
  CollectTextCapped(line, 0, 120, &raw);
  std::string text = NormalizeText(raw);
  static const RE2* const kDatedAuthorLine =
      new RE2(R"(^\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|van|von|da|di|le|la)\s+)?)"
              R"(\p{Lu}[\p{L}'’.\-]*){0,3}(?:,\s*[^·•|,]{2,40})?\s*[·•|]\s*)"
              R"([^·•|]{0,20}\d[^·•|]{0,20}$)");
  if (!RE2::FullMatch(text, *kDatedAuthorLine)) return "";
  std::string name = AuthorName(text);
  if (name.empty() || name.size() > 60) return "";
  return name;
}

// Whether another child of `node`'s parent, of the same tag and class,
// satisfies `holds`: a second entry of the same list of notes or messages.
bool SomeTwinSibling(const GumboNode* node,
                     absl::FunctionRef<bool(const GumboNode*)> holds) {
  const GumboNode* parent = node->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return false;
  std::string_view kind = Attribute(node->v.element, "class");
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned i = 0; i < siblings.length; ++i) {
    const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
    if (sibling == node || sibling->type != GUMBO_NODE_ELEMENT ||
        sibling->v.element.tag != node->v.element.tag ||
        Attribute(sibling->v.element, "class") != kind) {
      continue;
    }
    if (holds(sibling)) return true;
  }
  return false;
}

// A message in a thread of them, written as sibling boxes of one class,
// each opening with its writer's dated line: that writer's name. Two such
// boxes side by side make the thread; "" otherwise.
std::string ThreadItemAuthor(const GumboNode* node) {
  if (Attribute(node->v.element, "class").empty()) return "";
  std::string author = DatedAuthorLineOf(node);
  if (author.empty()) return "";
  return SomeTwinSibling(node,
                         [](const GumboNode* sibling) {
                           return !DatedAuthorLineOf(sibling).empty();
                         })
             ? author
             : "";
}

std::string HeaderAuthor(const GumboNode* node) {
  const GumboNode* header = PostHeader(node);
  if (header == nullptr) return "";
  const GumboElement& element = header->v.element;
  for (unsigned j = 0; j < element.children.length; ++j) {
    const auto* part = static_cast<const GumboNode*>(element.children.data[j]);
    if (part->type == GUMBO_NODE_TEXT &&
        !StripWhitespace(part->v.text.text).empty()) {
      return "";  // the header starts with words, not a name
    }
    if (part->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = part->v.element.tag;
    if (tag != GUMBO_TAG_B && tag != GUMBO_TAG_STRONG && tag != GUMBO_TAG_A &&
        tag != GUMBO_TAG_SPAN) {
      return "";
    }
    std::string raw;
    CollectText(part, 0, &raw);
    std::string name = AuthorName(NormalizeText(raw));
    if (name.empty() || name.size() > 60 || SplitAny(name, " ").size() > 5) {
      return "";
    }
    return name;
  }
  return "";
}

// The first of a container's first three elements when it is a heading
// from `first` to `last` (after skipping other tags among those three);
// nullptr when none.
const GumboNode* LeadingHeading(const GumboNode* node,
                                GumboTag first = GUMBO_TAG_H1,
                                GumboTag last = GUMBO_TAG_H6) {
  const GumboVector& children = node->v.element.children;
  int elements_seen = 0;
  for (unsigned i = 0; i < children.length && elements_seen < 3; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    ++elements_seen;
    GumboTag tag = child->v.element.tag;
    if (tag >= first && tag <= last) return child;
  }
  return nullptr;
}

// LeadingHeading for a heading that says what a whole container holds:
// an element before it with a paragraph's worth of text ends the search.
// In "<div><section>(the whole profile)</section><h2>Popular sets</h2>…"
// the heading opens only what follows it, not the profile above.
const GumboNode* ContainerHeading(const GumboNode* node, GumboTag first) {
  constexpr std::size_t kContentBeforeHeading = 120;
  const GumboNode* heading = LeadingHeading(node, first);
  if (heading == nullptr) return nullptr;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < heading->index_within_parent; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    std::string text;
    CollectTextCapped(child, 0, kContentBeforeHeading, &text);
    if (text.size() >= kContentBeforeHeading) return nullptr;
  }
  return heading;
}

// True when `name` is two to four words, each starting with a capital
// letter (or a non-ASCII letter): "Jonah Pike", "Élise Moreau".
bool IsCapitalisedName(std::string_view name) {
  std::vector<std::string_view> words = SplitAny(name, " ");
  if (words.size() < 2 || words.size() > 4) return false;
  for (std::string_view word : words) {
    unsigned char first = static_cast<unsigned char>(word[0]);
    if (first < 0x80 && !absl::ascii_isupper(first)) return false;
  }
  return true;
}

// The bold element an element opens with (past white space) and the text
// node right after it: "<li><b>Jaan Kask</b>, 71, …" gives "Jaan Kask"
// (the bold's text read to 80 bytes, normalised) and ", 71, …"; nullopt
// when the element opens otherwise.
struct BoldLead {
  std::string bold;
  std::string_view after;
};
std::optional<BoldLead> ReadBoldLead(const GumboNode* element) {
  const GumboVector& parts = element->v.element.children;
  unsigned first = 0;
  while (first < parts.length &&
         static_cast<const GumboNode*>(parts.data[first])->type ==
             GUMBO_NODE_WHITESPACE) {
    ++first;
  }
  if (first + 1 >= parts.length) return std::nullopt;
  const auto* bold = static_cast<const GumboNode*>(parts.data[first]);
  const auto* after = static_cast<const GumboNode*>(parts.data[first + 1]);
  if (bold->type != GUMBO_NODE_ELEMENT ||
      (bold->v.element.tag != GUMBO_TAG_B &&
       bold->v.element.tag != GUMBO_TAG_STRONG) ||
      after->type != GUMBO_NODE_TEXT) {
    return std::nullopt;
  }
  std::string raw;
  CollectTextCapped(bold, 0, 80, &raw);
  return BoldLead{NormalizeText(raw), after->v.text.text};
}

// True when what follows `node` among its siblings (past white space) is a
// line break or a block: the element stands on a line of its own, as a
// label does ("<b>Lessons</b><br>…", "<b>Club sessions</b><ul>…").
bool StandsOnItsOwnLine(const GumboNode* node) {
  const GumboNode* parent = node->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return false;
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned i = node->index_within_parent + 1; i < siblings.length; ++i) {
    const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
    if (sibling->type == GUMBO_NODE_WHITESPACE) continue;
    return sibling->type == GUMBO_NODE_ELEMENT &&
           IsBlockTag(sibling->v.element.tag);
  }
  return false;
}

// True when the element before `node` among its siblings is a heading
// that introduces the page subject's own words ("In her words", "In his
// own words", "En sus palabras", "Saját szavaival"): the quote under it
// is theirs, not someone else's.
bool FollowsOwnWordsHeading(const GumboNode* node) {
  const GumboNode* parent = node->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return false;
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned i = node->index_within_parent; i-- > 0;) {
    const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
    if (sibling->type == GUMBO_NODE_WHITESPACE ||
        sibling->type == GUMBO_NODE_COMMENT) {
      continue;
    }
    if (sibling->type != GUMBO_NODE_ELEMENT ||
        sibling->v.element.tag < GUMBO_TAG_H1 ||
        sibling->v.element.tag > GUMBO_TAG_H6) {
      return false;
    }
    std::string heading;
    CollectText(sibling, 0, &heading);
    heading = LowerCase(heading);
    static constexpr std::string_view kOwnWords[] = {
        "her words",     "his words",       "their words",       "own words",
        "her own",       "his own",         "she says",          "he says",
        "sus palabras",  "su voz",          "ses mots",          "sue parole",
        "seine worte",   "ihre worte",      "szavaival",         "omin sanoin",
        "kendi sözleri", "in first person", "en primera persona"};
    for (std::string_view phrase : kOwnWords) {
      if (heading.find(phrase) != std::string::npos) return true;
    }
    return false;
  }
  return false;
}

// What a box's leading bold label says it holds, when the box has no
// heading: "<div class='card'><b>Members you may know</b><ul>…" is
// other people's, "<div><b>Ad</b><br>Stamp album sale …" furniture. Only
// the box's first element counts, and only before any other text; a
// bold name followed by its words ("<b>Ana</b>: hi") is no label.
internal::Marker LeadingLabelMarker(const GumboNode* node) {
  static const auto* const kAdLabels = new absl::flat_hash_set<std::string>{
      "ad",       "ads",        "advert",      "advertisement",   "sponsored",
      "anuncio",  "publicidad", "anzeige",     "annonce",         "pubblicità",
      "reklama",  "mainos",     "publicidade", "annonse",         "reklame",
      "promoted", "promo",      "publicité",   "patrocinado",     "advertorial",
      "annons",   "reklam",     "reklaam",     "advertensie",     "advertentie",
      "iklan",    "oglas",      "hirdetés",    "paid partnership"};
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_WHITESPACE) continue;
    if (child->type == GUMBO_NODE_TEXT) {
      // "<div>Reklama · <b>Sušička húb</b> …": the label in the box's
      // own text, before a separator.
      std::string_view text = StripWhitespace(child->v.text.text);
      std::size_t end = std::string_view::npos;
      for (std::string_view separator : {":", "·", "|", "-", "–", "—"}) {
        end = std::min(end, text.find(separator));
      }
      // "Ad: …", "Sponsored · …", not "Ad-free since 2020".
      if (end == std::string_view::npos || end > 16 || end == 0 ||
          (text[end] != ':' && text[end - 1] != ' ')) {
        return internal::Marker::kNone;
      }
      std::string label = AsciiLower(StripWhitespace(text.substr(0, end)));
      return kAdLabels->contains(label) ? internal::Marker::kFurniture
                                        : internal::Marker::kNone;
    }
    if (child->type != GUMBO_NODE_ELEMENT) return internal::Marker::kNone;
    GumboTag tag = child->v.element.tag;
    if (tag != GUMBO_TAG_B && tag != GUMBO_TAG_STRONG &&
        tag != GUMBO_TAG_SMALL && tag != GUMBO_TAG_SPAN) {
      return internal::Marker::kNone;
    }
    std::string raw;
    CollectTextCapped(child, 0, 80, &raw);
    if (raw.size() >= 80) return internal::Marker::kNone;
    std::string label = AsciiLower(StripWhitespace(raw));
    while (!label.empty() && (label.back() == ':' || label.back() == '.')) {
      label.pop_back();
    }
    if (kAdLabels->contains(label)) return internal::Marker::kFurniture;
    // "<span class=fwd>Forwarded from Shirin Bazaar</span><br>New stock!…":
    // a channel's forwarded post is the other channel's words.
    for (std::string_view forwarded :
         {"forwarded from", "reenviado de", "reposted from", "shared from",
          "weitergeleitet von", "transféré de", "inoltrato da",
          "encaminhado de"}) {
      if (StartsWith(label, forwarded)) return internal::Marker::kOthers;
    }
    if (tag != GUMBO_TAG_B && tag != GUMBO_TAG_STRONG) {
      return internal::Marker::kNone;
    }
    if (!StandsOnItsOwnLine(child)) return internal::Marker::kNone;
    return internal::ClassifyHeading(label);
  }
  return internal::Marker::kNone;
}

// What a container's own heading says it holds: "People you may know",
// "Suggested accounts", "Related posts" are furniture; "Comments",
// "Recommendations", "Reviews" are other people's words.
// `first` is the highest heading read: GUMBO_TAG_H2 for section headings
// only, not a post's title.
internal::Marker HeadingMarker(const GumboNode* node,
                               GumboTag first = GUMBO_TAG_H1) {
  const GumboNode* child = ContainerHeading(node, first);
  if (child == nullptr) {
    return LeadingLabelMarker(node);
  }
  std::string raw;
  CollectText(child, 0, &raw);
  std::string heading = AsciiLower(NormalizeText(raw));
  if (heading.size() > 80) return internal::Marker::kNone;
  return internal::ClassifyHeading(heading);
}

// Headings a person's introduction opens with ("About me", "Sobre mí"):
// they introduce the person and never are their name.
bool IsIntroductionHeading(std::string_view lower_heading, bool whole) {
  static const std::vector<std::string_view> kIntroductions = {
      "about me", "about the author", "who am i",       "sobre mí",
      "sobre mi", "quién soy",        "à propos de moi"};
  for (std::string_view phrase : kIntroductions) {
    if (whole ? lower_heading == phrase : StartsWith(lower_heading, phrase)) {
      return true;
    }
  }
  return lower_heading == "about" || lower_heading == "à propos";
}

// True when a sidebar or page header is the person's own introduction: it
// opens with an "About me" heading, or it states pronouns ("she/her"), which
// people write about themselves and sites do not.
bool IsPersonalBio(const GumboNode* node, int depth) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = child->v.element.tag;
    if (tag < GUMBO_TAG_H1 || tag > GUMBO_TAG_H6) break;
    std::string raw;
    CollectTextCapped(child, depth + 1, 60, &raw);
    std::string heading = AsciiLower(NormalizeText(raw));
    if (IsIntroductionHeading(heading, /*whole=*/false) || heading == "hi!" ||
        heading == "hello!" || heading == "À propos") {
      return true;
    }
    break;
  }
  std::string raw;
  CollectTextCapped(node, depth, 400, &raw);
  std::string text = AsciiLower(raw);
  static const std::vector<std::string_view> kPronouns = {
      "she/her", "he/him",    "they/them", "she/they",
      "he/they", "ella/ella", "él/él"};
  for (std::string_view pronouns : kPronouns) {
    if (Contains(text, pronouns)) return true;
  }
  return false;
}

// True when a sidebar holds a person's fact sheet: two or more table,
// definition or list labels of the kind only a person has ("Edad",
// "Fecha de nacimiento", "Hometown"), not a site's "Phone" and "Email".
bool HoldsPersonalFacts(const GumboNode* node, int depth) {
  static const std::vector<std::string_view> kPersonal = {
      "age",           "edad",           "sex",          "sexo",
      "gender",        "género",         "born",         "birthday",
      "date of birth", "birthdate",      "cumpleaños",   "fecha de nacimiento",
      "nacimiento",    "hometown",       "lives in",     "pronouns",
      "height",        "estatura",       "ciudad natal", "residence",
      "residencia",    "marital status", "estado civil"};
  int found = 0;
  int visited = 0;
  std::vector<std::pair<const GumboNode*, int>> stack = {{node, depth}};
  while (!stack.empty() && visited < 400) {
    auto [element, level] = stack.back();
    stack.pop_back();
    if (element->type != GUMBO_NODE_ELEMENT || level > kMaxDomDepth) continue;
    ++visited;
    GumboTag tag = element->v.element.tag;
    if (tag == GUMBO_TAG_TH || tag == GUMBO_TAG_DT ||
        (tag == GUMBO_TAG_TD && element->index_within_parent <= 1)) {
      std::string raw;
      CollectTextCapped(element, level, 32, &raw);
      std::string label = AsciiLower(StripWhitespace(raw));
      while (!label.empty() && (label.back() == ':' || label.back() == ' ')) {
        label.pop_back();
      }
      if (IsOneOf(label, kPersonal) && ++found >= 2) return true;
      continue;
    }
    const GumboVector& children = element->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      stack.push_back(
          {static_cast<const GumboNode*>(children.data[i]), level + 1});
    }
  }
  return false;
}

// True when a container lists the person's other profiles: its class
// (`class_names_links`, from ClassFacts) or id (`id_attr`) says so
// (NamesLinksSection), or its heading does ("Socials", "Find me",
// "Elsewhere", "Links", "Redes").
bool IsLinksSection(const GumboNode* node, bool class_names_links,
                    std::string_view id_attr) {
  if (class_names_links || NamesLinksSection(id_attr)) {
    return true;
  }
  const GumboNode* child = LeadingHeading(node);
  if (child == nullptr) return false;
  std::string raw;
  CollectTextCapped(child, 0, 60, &raw);
  std::string heading = AsciiLower(NormalizeText(raw));
  for (std::string_view phrase :
       {"social", "find me", "elsewhere", "links", "follow me", "connect",
        "my other", "redes", "sígueme", "where to find"}) {
    if (Contains(heading, phrase)) return true;
  }
  return false;
}

// The datetime of the first <time datetime=...> under `node`; "" if none.
std::string_view FindPublished(const GumboNode* node, int depth) {
  if (depth > kMaxDomDepth || node->type != GUMBO_NODE_ELEMENT) return "";
  const GumboElement& element = node->v.element;
  if (element.tag == GUMBO_TAG_TIME) {
    std::string_view when = Attribute(element, "datetime");
    if (!when.empty() && when.size() < 40) return when;
  }
  for (unsigned i = 0; i < element.children.length; ++i) {
    std::string_view when = FindPublished(
        static_cast<const GumboNode*>(element.children.data[i]), depth + 1);
    if (!when.empty()) return when;
  }
  return "";
}

// True when the page marks its main content with <main> or role=main.
bool HasMain(const GumboNode* node, int depth) {
  if (depth > kMaxDomDepth || node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboElement& element = node->v.element;
  if (element.tag == GUMBO_TAG_MAIN ||
      EqualsIgnoreCase(Attribute(element, "role"), "main")) {
    return true;
  }
  for (unsigned i = 0; i < element.children.length; ++i) {
    if (HasMain(static_cast<const GumboNode*>(element.children.data[i]),
                depth + 1)) {
      return true;
    }
  }
  return false;
}

// True when `class_attr` names a microformats2 root ("h-card",
// "h-entry", …).
bool NamesMicroformatRoot(std::string_view class_attr) {
  for (std::string_view token : SplitAny(class_attr, " \t\n")) {
    if (StartsWith(token, "h-") && token.size() > 2) return true;
  }
  return false;
}

// True when a card claims the site as its own: its "u-uid" or a link
// with rel="me" ("<a rel=me href=…>Mastodon</a>") inside it.
bool ClaimsSite(const GumboNode* node, int depth) {
  if (depth > kMaxDomDepth || node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboElement& element = node->v.element;
  for (std::string_view token :
       SplitAny(Attribute(element, "class"), " \t\n")) {
    if (token == "u-uid") return true;
  }
  for (std::string_view token : SplitAny(Attribute(element, "rel"), " ")) {
    if (token == "me") return true;
  }
  for (unsigned i = 0; i < element.children.length; ++i) {
    if (ClaimsSite(static_cast<const GumboNode*>(element.children.data[i]),
                   depth + 1)) {
      return true;
    }
  }
  return false;
}

// The name on a personal site's representative h-card: a card that is no
// other item's property or child (not a reply's "p-author h-card") and
// claims the site (ClaimsSite). Such a card often sits in the site's
// footer, which the owner search skips: "<footer><div class=h-card><a
// class='p-name u-url u-uid' href=/>Shirin Tavakoli</a> …". "" when the
// page has none.
std::string RepresentativeCardName(const GumboNode* node, int depth,
                                   ClassFactsCache* cache) {
  if (depth > kMaxDomDepth || node->type != GUMBO_NODE_ELEMENT) return "";
  const GumboElement& element = node->v.element;
  if (IsSkippedTag(element.tag)) return "";
  std::string_view class_attr = Attribute(element, "class");
  if (NamesMicroformatRoot(class_attr)) {
    if (cache->Get(class_attr).hcard &&
        FirstPropertyClass(class_attr).empty() && ClaimsSite(node, depth)) {
      return FindName(node, depth, cache);
    }
    return "";  // an item's cards are its authors' and subjects'
  }
  for (unsigned i = 0; i < element.children.length; ++i) {
    std::string name = RepresentativeCardName(
        static_cast<const GumboNode*>(element.children.data[i]), depth + 1,
        cache);
    if (!name.empty()) return name;
  }
  return "";
}

// The owner's name: the first name element that is not in furniture or in
// other people's replies.
std::string FindOwnerName(const GumboNode* node, int depth, bool inside_main,
                          bool has_main, ClassFactsCache* cache) {
  if (depth > kMaxDomDepth || node->type != GUMBO_NODE_ELEMENT) return "";
  const GumboElement& element = node->v.element;
  if (IsSkippedTag(element.tag)) return "";
  const KeyAttributes attributes = ReadKeyAttributes(element);
  const ClassFacts facts = cache->Get(attributes.class_attr);
  Marker marker = internal::ClassifyElementWithClassWords(
      TagName(element), facts.words, attributes.id, attributes.role,
      inside_main, has_main);
  if (marker == Marker::kFurniture || marker == Marker::kOthers) return "";
  // A cited reply or mention ("<div class=h-cite><a class='p-author
  // h-card'>Reza Mousavi</a> replied: …") names its writer.
  for (std::string_view token : SplitAny(attributes.class_attr, " \t\n")) {
    if (token == "h-cite") return "";
  }
  std::string_view itemprop = attributes.itemprop;
  if ((itemprop == "author" || itemprop == "name" || facts.names_name) &&
      !NamesAnItem(node)) {
    return FindName(node, depth, cache);
  }
  // A "Reviews" or "Other instructors" box names other people: its first
  // author is a reviewer, not the page's owner. (A post's own title, "Hello
  // neighbors! + sitter recommendations?", says nothing of its author.)
  if (marker != Marker::kOwned && marker != Marker::kOwnProfile) {
    Marker by_heading = HeadingMarker(node, GUMBO_TAG_H2);
    if (by_heading == Marker::kFurniture || by_heading == Marker::kOthers) {
      return "";
    }
  }
  bool child_inside_main = inside_main || marker == Marker::kMain ||
                           element.tag == GUMBO_TAG_ARTICLE;
  for (unsigned i = 0; i < element.children.length; ++i) {
    std::string name =
        FindOwnerName(static_cast<const GumboNode*>(element.children.data[i]),
                      depth + 1, child_inside_main, has_main, cache);
    if (!name.empty()) return name;
  }
  return "";
}

// The name a thread's meta line gives its starter: "Started by ShaneReefs
// · 3 Mar 2026", "Thread starter <a>ShaneReefs</a>", "Iniciado por …";
// "" when `text` (a text node) is not such a line.
std::string ThreadStarter(const GumboNode* text) {
  std::string_view words = text->v.text.text;
  // Every text node of every page comes here: each cue is looked for once,
  // by its tail (memmem skips through text far faster than a search for a
  // common first letter such as "s"), and its first letter checked after.
  auto find_cue = [words](std::string_view tail,
                          std::string_view heads) -> std::size_t {
    const void* found =
        memmem(words.data(), words.size(), tail.data(), tail.size());
    if (found == nullptr) return std::string_view::npos;
    std::size_t at = static_cast<const char*>(found) - words.data();
    // The head letter starts a word: "Restarted by" is no cue.
    if (at == 0 || heads.find(words[at - 1]) == std::string_view::npos ||
        (at >= 2 &&
         absl::ascii_isalpha(static_cast<unsigned char>(words[at - 2])))) {
      return std::string_view::npos;
    }
    return at + tail.size();
  };
  std::size_t at = find_cue("tarted by ", "Ss");
  if (at == std::string_view::npos) {
    at = find_cue("hread starter", "T");
    if (at != std::string_view::npos) {
      if (StartsWith(words.substr(at), ": ")) {
        at += 2;
      } else if (StartsWith(words.substr(at), " ")) {
        at += 1;
      } else {
        at = std::string_view::npos;
      }
    }
  }
  if (at == std::string_view::npos) at = find_cue("niciado por ", "Ii");
  if (at == std::string_view::npos) return "";
  std::string name = AuthorName(NormalizeText(words.substr(at)));
  if (name.empty()) {
    // The name is the next element: "Started by <a>ShaneReefs</a>".
    const GumboNode* parent = text->parent;
    if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return "";
    const GumboVector& siblings = parent->v.element.children;
    unsigned next = text->index_within_parent + 1;
    if (next >= siblings.length) return "";
    std::string raw;
    CollectTextCapped(static_cast<const GumboNode*>(siblings.data[next]), 0, 60,
                      &raw);
    name = AuthorName(NormalizeText(raw));
  }
  if (name.size() > 40 || SplitAny(name, " ").size() > 3) return "";
  return name;
}

// Counts, by AuthorName, the author and name elements outside furniture
// and other people's sections, and the authors posts name in their user
// panel or header: how often each person speaks on the page.
// Also keeps in `starter` the first thread starter a meta line names.
void CountAuthors(const GumboNode* node, int depth, bool inside_main,
                  bool has_main, ClassFactsCache* cache,
                  absl::flat_hash_map<std::string, int>* counts,
                  std::string* starter) {
  if (depth > kMaxDomDepth || node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& element = node->v.element;
  if (IsSkippedTag(element.tag)) return;
  const KeyAttributes attributes = ReadKeyAttributes(element);
  const ClassFacts facts = cache->Get(attributes.class_attr);
  Marker marker = internal::ClassifyElementWithClassWords(
      TagName(element), facts.words, attributes.id, attributes.role,
      inside_main, has_main);
  if (marker == Marker::kFurniture) return;
  std::string_view itemprop = attributes.itemprop;
  if (itemprop == "author" || itemprop == "name" || facts.names_name) {
    std::string raw;
    CollectTextCapped(node, depth, 80, &raw);
    std::string name = AuthorName(NormalizeText(raw));
    if (!name.empty() && name.size() < 60) ++(*counts)[name];
    return;
  }
  // A forum post whose author stands in its user panel or header as plain
  // bold text ("<aside class='userinfo'><b>ReelRemy</b>"), not in a name
  // element (those are counted below).
  if (marker == Marker::kPost || element.tag == GUMBO_TAG_ARTICLE) {
    const GumboNode* header = PostHeader(node);
    if (header != nullptr && FindName(header, depth + 1, cache).empty()) {
      std::string author = HeaderAuthor(node);
      if (!author.empty()) ++(*counts)[author];
    }
  }
  bool child_inside_main = inside_main || marker == Marker::kMain ||
                           element.tag == GUMBO_TAG_ARTICLE;
  for (unsigned i = 0; i < element.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
    if (child->type == GUMBO_NODE_TEXT) {
      if (starter->empty()) *starter = ThreadStarter(child);
      continue;
    }
    CountAuthors(child, depth + 1, child_inside_main, has_main, cache, counts,
                 starter);
  }
}

// The owner of a chat log or thread whose first name is someone else's (a
// moderator's pinned note): the author of at least three of its messages,
// twice as many as `first` wrote. "" when no one stands out so. A thread
// whose meta line names its starter ("Started by ShaneReefs") and whose
// posts name nobody is the starter's.
std::string FrequentAuthor(const GumboNode* root, std::string_view first,
                           bool has_main, ClassFactsCache* cache) {
  absl::flat_hash_map<std::string, int> counts;
  std::string starter;
  CountAuthors(root, 0, false, has_main, cache, &counts, &starter);
  if (first.empty() && !starter.empty()) return starter;
  std::string best;
  int best_count = 0;
  for (const auto& [name, count] : counts) {
    if (count > best_count || (count == best_count && name < best)) {
      best = name;
      best_count = count;
    }
  }
  auto first_count = counts.find(std::string(first));
  int first_seen = first_count == counts.end() ? 0 : first_count->second;
  if (best_count >= 3 && best_count >= 2 * first_seen && best != first) {
    return best;
  }
  return "";
}

// True when a table lists people: three or more columns and a header cell
// that names them ("Volunteer", "Name", "Member", "Contact"). Its rows
// are other people's details, not the page owner's.
bool RowNames(const GumboNode* row, std::string_view name);

// True when `lower_label` (lower-case, no colon) is a profile field's
// label: "age", "sexo", "location", "birthday".
bool IsProfileFieldLabel(std::string_view lower_label) {
  static const std::vector<std::string_view> kLabels = {
      "age",        "edad",      "sex",      "sexo",         "gender",
      "género",     "location",  "city",     "ciudad",       "ubicación",
      "lives in",   "from",      "hometown", "born",         "birthday",
      "cumpleaños", "pronouns",  "work",     "job",          "occupation",
      "ocupación",  "profesión", "trabajo",  "school",       "education",
      "estudios",   "email",     "correo",   "phone",        "teléfono",
      "website",    "web",       "barrio",   "neighborhood", "neighbourhood",
      "status",     "languages", "idiomas",  "height",       "relationship"};
  return IsOneOf(lower_label, kLabels);
}

// True when `text` is one short profile field of a place, an age or a sex
// and nothing else: "City: Kazan, Russia", "Age: 31".
bool IsFieldLine(std::string_view text) {
  if (text.size() > 60) return false;
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 20 ||
      colon + 2 >= text.size()) {
    return false;
  }
  // Labels whose value is a place, an age or a sex: "Work:" may head a
  // list of hardware, "From:" a quoted message.
  return IsOneOf(
      AsciiLower(StripWhitespace(text.substr(0, colon))),
      {"location", "city", "ciudad", "ubicación", "lives in", "hometown", "age",
       "edad", "sex", "sexo", "gender", "género", "birthday", "cumpleaños",
       "pronouns", "neighbourhood", "neighborhood", "barrio"});
}

// True when a list's items are profile fields: two or more start with a
// field label and a colon ("Age: 31", "Ciudad: Valencia", "Pronouns:
// she/her").
bool IsFactList(const GumboNode* list, int depth) {
  const GumboVector& items = list->v.element.children;
  int fields = 0;
  int seen = 0;
  for (unsigned i = 0; i < items.length && seen < 30; ++i) {
    const auto* item = static_cast<const GumboNode*>(items.data[i]);
    if (item->type != GUMBO_NODE_ELEMENT) continue;
    if (item->v.element.tag != GUMBO_TAG_LI) return false;
    ++seen;
    std::string raw;
    CollectTextCapped(item, depth + 1, 40, &raw);
    std::string lower = AsciiLower(StripWhitespace(raw));
    std::size_t colon = lower.find(':');
    if (colon == std::string::npos || colon > 20) continue;
    if (IsProfileFieldLabel(
            StripWhitespace(std::string_view(lower).substr(0, colon)))) {
      ++fields;
    }
  }
  return fields >= 2;
}

bool IsRoster(const GumboNode* table) {
  // The first row: in <thead>, <tbody> or straight under <table>.
  const GumboNode* row = nullptr;
  std::vector<const GumboNode*> stack = {table};
  while (!stack.empty() && row == nullptr) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    if (node->v.element.tag == GUMBO_TAG_TR) {
      row = node;
      break;
    }
    if (node != table && node->v.element.tag != GUMBO_TAG_THEAD &&
        node->v.element.tag != GUMBO_TAG_TBODY) {
      continue;
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
  if (row == nullptr) return false;
  int columns = 0;
  bool names_people = false;
  int contact_columns = 0;
  const GumboVector& cells = row->v.element.children;
  for (unsigned i = 0; i < cells.length; ++i) {
    const auto* cell = static_cast<const GumboNode*>(cells.data[i]);
    if (cell->type != GUMBO_NODE_ELEMENT) continue;
    if (cell->v.element.tag != GUMBO_TAG_TH &&
        cell->v.element.tag != GUMBO_TAG_TD) {
      continue;
    }
    ++columns;
    if (cell->v.element.tag != GUMBO_TAG_TH) continue;
    std::string raw;
    CollectTextCapped(cell, 0, 40, &raw);
    std::string header = AsciiLower(NormalizeText(raw));
    for (std::string_view word :
         {"volunteer", "name",     "member",   "attendee",  "participant",
          "player",    "guest",    "contact",  "signed up", "nombre",
          "voluntari", "gardener", "resident", "tenant",    "student",
          "runner",    "who",      "socio",    "gamertag",  "username",
          "handle",    "nickname", "jugador",  "miembro",   "client",
          "driver",    "awardee",  "winner",   "recipient", "nominee",
          "finalist",  "honoree",  "candidate"}) {
      if (Contains(header, word)) names_people = true;
    }
    // "Nom", "Non", "Navn": a name column in other languages, as a whole
    // word (they are short).
    for (std::string_view word : SplitAny(header, " /()")) {
      if (IsOneOf(word, {"nom", "non", "nome", "naam", "navn", "namn", "nimi",
                         "ime", "imię", "jméno", "meno", "név"})) {
        names_people = true;
      }
    }
    for (std::string_view word :
         {"phone", "email", "e-mail", "address", "teléfono", "correo",
          "dirección", "telefon", "telefòn", "téléphone", "telefone",
          "telefono", "adresse", "indirizzo", "endereço"}) {
      if (Contains(header, word)) ++contact_columns;
    }
  }
  return columns >= 3 && (names_people || contact_columns >= 2);
}

// True when a table row has a cell that is exactly `name` (a roster's line
// for the page's own person).
bool RowNames(const GumboNode* row, std::string_view name) {
  if (name.empty()) return false;
  const GumboVector& cells = row->v.element.children;
  for (unsigned i = 0; i < cells.length; ++i) {
    const auto* cell = static_cast<const GumboNode*>(cells.data[i]);
    if (cell->type != GUMBO_NODE_ELEMENT) continue;
    std::string raw;
    CollectTextCapped(cell, 0, 80, &raw);
    if (EqualsIgnoreCase(StripWhitespace(NormalizeText(raw)), name)) {
      return true;
    }
  }
  return false;
}

// True when a class attribute says only that the element is a quotation
// ("quote", "pull-quote", "pullquote"), not a reply or a shared post.
bool IsPullQuoteClass(std::string_view class_attr) {
  std::vector<std::string_view> tokens = SplitAny(class_attr, " \t\n");
  if (tokens.empty()) return false;
  for (std::string_view token : tokens) {
    const std::string lower = AsciiLower(token);
    if (lower != "quote" && lower != "pullquote" && lower != "pull-quote" &&
        lower != "pull_quote" && lower != "cita") {
      return false;
    }
  }
  return true;
}

// The first space-separated word of `text` ("" when it has none).
std::string_view FirstWord(std::string_view text) {
  std::size_t start = text.find_first_not_of(' ');
  if (start == std::string_view::npos) return std::string_view();
  std::size_t end = text.find(' ', start);
  return text.substr(start, end == std::string_view::npos
                                ? std::string_view::npos
                                : end - start);
}

// True when `page_words` sign a piece with `name`: "By Kaure Baiteke",
// "Texto: Ana Ruiz".
bool IsBylineOf(std::string_view name, std::string_view page_words) {
  for (std::string_view by : {"By ", "by ", "BY ", "Por ", "por ", "Par ",
                              "par ", "Text: ", "Texto: ", "Words: "}) {
    if (Contains(page_words, StrCat(by, name))) return true;
  }
  return false;
}

// The subject an interview's heading names without a colon: "Teretia" in
// "Five questions for Teretia", "Ama Owusu" in "In conversation with Ama
// Owusu" or in "“Nobody locks their door”: ten questions for Nadine
// Swain"; "" for an interview of someone the heading does not name ("ten
// questions for a Tristan islander"); nullopt for any other heading.
std::optional<std::string> InterviewedName(std::string_view heading) {
  static const RE2* const kInterviewWith = new RE2(
      R"((?i:(?:\d+|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+questions\s+(?:for|with|to)|q\s*&\s*a\s+with|(?:in\s+|a\s+)?conversation\s+with|(?:an\s+)?interview\s+with)\s+(?:(\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}+){0,2})|(?i:a|an|one|our)\s))");
  std::string name;
  if (!RE2::PartialMatch(re2::StringPiece(heading.data(), heading.size()),
                         *kInterviewWith, &name)) {
    return std::nullopt;
  }
  return name;
}

// The first name the page's words introduce their speaker by: "Nadine" in
// "I'm Nadine, I'm 35"; "" when none.
std::string IntroducedFirstName(std::string_view page_words) {
  static const RE2* const kIntroduction = new RE2(
      R"((?:\bI['’]m|\bI\s+am|\b[Mm]y\s+name\s+is)\s+(\p{Lu}\p{Ll}{2,})[,.])");
  std::string first;
  RE2::PartialMatch(re2::StringPiece(page_words.data(), page_words.size()),
                    *kIntroduction, &first);
  return first;
}

// The first full name in `page_words` that begins with `first_name`:
// "Teretia Kaiteie" for "Teretia"; "" when the page writes none. A
// heading's name runs into the next line's first word ("Five questions for
// Teretia Who are you?"): a question word or an article is no surname.
std::string FullNameOf(std::string_view first_name,
                       std::string_view page_words) {
  RE2 full(StrCat("\\b", RE2::QuoteMeta(first_name),
                  R"([ \t\n]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))"));
  re2::StringPiece input(page_words.data(), page_words.size());
  std::string surname;
  while (RE2::FindAndConsume(&input, full, &surname)) {
    if (!IsOneOf(surname, {"Who", "What", "Where", "When", "Why", "How", "The",
                           "An", "In", "On", "At", "And", "But", "Is", "Was",
                           "Has", "Says", "Said"})) {
      return StrCat(first_name, " ", surname);
    }
  }
  return "";
}

// The name after a feature heading's colon: "Member Spotlight: Ann Lee"
// gives "Ann Lee", "Member spotlight: KestrelNine" gives the gamertag,
// "Quilt of the Month: “Storm at Sea” by Ann Lee" its maker; ""
// when the heading is not a feature or the words after the colon are not
// two to four capitalised words or one handle.
std::string SpotlightName(std::string_view heading) {
  std::size_t colon = heading.find(':');
  if (colon == std::string_view::npos) return "";
  std::string lead = AsciiLower(heading.substr(0, colon));
  bool feature = false;
  for (std::string_view cue :
       {"spotlight", "of the month", "of the week", "of the year", "meet ",
        "featured", "profile", "in memory", "remembering", "in memoriam",
        "congratulations", "welcome", "get to know", "getting to know",
        "introducing", "honoring", "honouring", "celebrating", "farewell",
        "tribute", "conoce a", "conociendo a", "presentamos", "představujeme",
        "przedstawiamy", "porträt", "portrait", "vi presentiamo", "conheça",
        // "Poznaj naszych morsów: …", "Rankontre ajan sante nou yo: …":
        // "meet" in other languages.
        "poznaj", "rankontre", "rencontrez", "conosci", "maak kennis",
        "seznamte se", "upoznajte", "tanışın", "tutustu", "ismerd meg",
        "members' corner", "member's corner", "members corner",
        // "Månedens medlem: Aviaja", "Ahli Bulan Ini: Cikgu Yati",
        // "Jugadora del mes: …": "of the month" in other languages.
        "månedens", "månadens", "ugens", "ukens", "veckans", "des monats",
        "der woche", "van de maand", "van de week", "du mois", "de la semaine",
        "del mes", "de la semana", "del mese", "do mês", "da semana",
        "miesiąca", "měsíce", "mesiaca", "kuukauden", "bulan ini", "minggu ini",
        "ayın", "haftanın",
        // "Ladder player: Mata Tangimetua": a club's page for one player.
        "player", "athlete"}) {
    feature |= Contains(lead, cue);
  }
  // "Our Black Belts: …", "Our members: …": a club's page for one of its
  // people, when what follows the colon is a person's name (not a handle).
  const bool ours = !feature && StartsWith(lead, "our ") && lead.size() <= 30;
  if (!feature && !ours) return "";
  std::string_view rest = StripWhitespace(heading.substr(colon + 1));
  // A featured work's title, then its maker: "Layout of the Month:
  // “Cwmtawe Branch” by Rhodri Bevan".
  std::size_t by = rest.rfind(" by ");
  if (by != std::string_view::npos) rest = StripWhitespace(rest.substr(by + 4));
  std::size_t cut = rest.size();
  for (std::string_view separator : {"(", ",", " - ", " — ", " – ", "·", "|"}) {
    cut = std::min(cut, rest.find(separator));
  }
  std::string_view name = StripWhitespace(rest.substr(0, cut));
  // "Dr. Hoda Fahmy": the name without its title.
  for (std::string_view title : {"Dr. ", "Dr ", "Dra. ", "Mr. ", "Mrs. ",
                                 "Ms. ", "Prof. ", "Sr. ", "Sra. "}) {
    if (StartsWith(name, title) && name.size() > title.size() + 2) {
      name.remove_prefix(title.size());
      break;
    }
  }
  // "Aïssatou "Aïcha" Ndiaye": a name with its quoted nickname (kept: the
  // page may call them by it).
  static const RE2* const kNickname =
      new RE2(R"(\s+["“'‘„][^"”'’“]{1,20}["”'’“](\s+))");
  std::string unquoted(name);
  RE2::Replace(&unquoted, *kNickname, "\\1");
  if (IsCapitalisedName(unquoted)) return std::string(name);
  if (ours) return "";
  // A gamertag or handle: one token with a capital inside or a digit
  // ("KestrelNine", "mossyboots44").
  static const RE2* const kHandle =
      new RE2(R"([\p{L}\d_.\-]*(?:\p{Ll}\p{Lu}|\p{L}\d)[\p{L}\d_.\-]*)");
  if (name.size() >= 4 && name.size() <= 30 &&
      RE2::FullMatch(re2::StringPiece(name.data(), name.size()), *kHandle)) {
    return std::string(name);
  }
  return "";
}

// True for a feature heading that names nobody itself, its subject's
// name being the next heading: "Volunteer of the Month – October 2029"
// over "<h2>Glenys O'Halloran</h2>".
bool IsUnnamedFeatureHeading(std::string_view heading) {
  if (Contains(heading, ":")) return false;
  std::string lower = AsciiLower(heading);
  for (std::string_view cue :
       {"of the month", "of the week", "of the year", "spotlight", "del mes",
        "de la semana", "du mois", "de la semaine"}) {
    if (Contains(lower, cue)) return true;
  }
  return false;
}

// What the page's headings say about whose page it is, read in one pass.
struct HeadingNames {
  // The subject a feature heading names ("Gardener of the Month: Tomasz
  // Wierzbicki"); "" when no heading is a feature.
  std::string feature;
  // The heading element that names the feature's subject (or, for a
  // feature the <title> names, the body heading holding that name);
  // nullptr when there is none.
  const GumboNode* feature_heading = nullptr;
  // Read only when there is no feature: a short first <h1> ("Gus Ferreira
  // (47)", "KestrelPlays"), else the <title> up to its first separator
  // ("Imani Okoro (@imani…) — Skyline"): the owner's name on pages that do
  // not mark it. "" when neither looks like a name (more than four words).
  std::string plain;
  // True when `plain` comes from the <title>: a name the title gives after
  // a label ("Host: Fatoumata Binta Bah — Conakry") reads better
  // (TitleNamesOwner).
  bool plain_is_title = false;
  // The <title>'s text, for TitleNamesOwner.
  std::string title;
  // The first interview heading's subject ("Five questions for Teretia"),
  // and that heading; read only when there is no feature (see
  // InterviewedName).
  std::string interview;
  const GumboNode* interview_heading = nullptr;
};

// The person a page title names in one of its parts, after a colon or a
// cue word: "Nuestras voces: Mariela Quiroga | Coro Vocal Paraná", "Ep.
// 87: From a classroom to maps — with Ananya Krishnamurthy | The Chai
// Podcast", "Albero della famiglia — gestito da Marco Bellandi", "Second
// Life for Scrap Fabric, with Farida Mansour-Keene". The last
// part is the site's name and is not read. The name's first word must
// also be written in the page (`page_words()`, read only when a part looks
// like a name): "Week 1: Introduce Yourself" is a task, not a person. ""
// when no part names anyone.
std::string TitleNamesOwner(std::string_view title,
                            absl::FunctionRef<std::string_view()> page_words) {
  std::vector<std::string_view> parts =
      SplitAtSeparators(title, {" | ", " — ", " – ", " - ", " · "});
  if (parts.size() > 1) parts.pop_back();  // the site
  for (std::string_view part : parts) {
    std::size_t colon = part.rfind(": ");
    bool cued = colon != std::string_view::npos;
    if (cued) part = StripWhitespace(part.substr(colon + 2));
    for (std::string_view cue :
         {"with ", "con ", "com ", "avec ", "mit ", "by ", "por ",
          "gestito da ", "managed by ", "featuring "}) {
      if (ConsumePrefix(&part, cue)) {
        cued = true;
        break;
      }
      // "Second Life for Scrap Fabric, with Farida Mansour-Keene".
      std::size_t after_comma = part.rfind(StrCat(", ", cue));
      if (after_comma != std::string_view::npos) {
        part.remove_prefix(after_comma + 2 + cue.size());
        cued = true;
        break;
      }
    }
    // A member profile's title: "Perfil de SebasBurgos", "Profil
    // používateľa Zuzka_BB"; the name may be a one-word handle.
    bool handle = false;
    if (!cued) {
      std::string lower = AsciiLower(part);
      for (std::string_view cue :
           {"profile of ", "perfil de ", "profil de ", "profil von ",
            "profilo di ", "perfil do ", "profil používateľa ",
            "profil používateľky ", "profil uživatele ", "profil uživatelky ",
            "profil użytkownika ", "profiel van "}) {
        if (StartsWith(lower, cue)) {
          part.remove_prefix(cue.size());
          cued = handle = true;
          break;
        }
      }
    }
    // "Horse-drawn carriage tour of Sark with Luke": a guide's or host's
    // first name at the end of an offer's title, when the page's own words
    // introduce them ("Hello, I'm Luke!").
    if (!cued) {
      std::size_t with = part.rfind(" with ");
      std::string_view name =
          with == std::string_view::npos ? "" : part.substr(with + 6);
      if (name.size() >= 3 && !Contains(name, " ") &&
          absl::ascii_isupper(static_cast<unsigned char>(name[0])) &&
          (FindWord(page_words(), StrCat("I'm ", name)) !=
               std::string_view::npos ||
           FindWord(page_words(), StrCat("I’m ", name)) !=
               std::string_view::npos ||
           FindWord(page_words(), StrCat("I am ", name)) !=
               std::string_view::npos)) {
        return std::string(name);
      }
    }
    if (!cued) continue;
    // "Nadège Ulysse, Lamandou": the name without the town or role after it.
    part = part.substr(0, part.find(", "));
    if (handle && part.size() >= 3 && !Contains(part, " ")) {
      // checked against the page's words below
    } else if (!IsCapitalisedName(part)) {
      continue;
    }
    std::string_view first = part.substr(0, part.find(' '));
    if (first.size() < 3) continue;
    if (FindWord(page_words(), first) != std::string_view::npos) {
      return std::string(part);
    }
  }
  return "";
}

HeadingNames OwnerNamesFromHeadings(const GumboNode* root) {
  // A handle ("KestrelPlays", "fennick_writes") or capitalised words
  // ("Imani Okoro"); "The school run" is a post's title.
  auto looks_like_name = [](const std::string& text) {
    // "Oyunchimeg "Oyuka" Batbayar": the name without its quoted nickname.
    static const RE2* const kNickname =
        new RE2(R"(\s+["“'‘][^"”'’]{1,20}["”'’](\s+))");
    std::string unquoted = text;
    RE2::Replace(&unquoted, *kNickname, "\\1");
    std::string name = AuthorName(unquoted);
    // "Cooking on the Sound", "Life at the Lake": a title, not "Cooking"
    // posting on a day.
    std::string_view whole = StripWhitespace(unquoted);
    if (!name.empty() && StartsWith(whole, name) &&
        (StartsWith(whole.substr(name.size()), " on the ") ||
         StartsWith(whole.substr(name.size()), " at the "))) {
      return std::string();
    }
    // "Meet Renée": the heading of a page about her.
    if (StartsWith(name, "Meet ") || StartsWith(name, "meet ")) {
      name.erase(0, 5);
    }
    std::vector<std::string_view> words = SplitAny(name, " ");
    if (name.empty() || name.size() > 50 || words.size() > 4)
      return std::string();
    // An "About Me" page's heading is not its owner's name.
    if (IsIntroductionHeading(AsciiLower(name), /*whole=*/true)) {
      return std::string();
    }
    // "I'm (61M) a school bus driver…": a contraction is not a handle.
    if (words.size() == 1 &&
        (Contains(name, "'") || Contains(name, "’") || name == "I")) {
      return std::string();
    }
    if (words.size() > 1) {
      // "The Ledger", "Die Zeit": a publication's masthead, not a person.
      for (std::string_view article : {"The", "Die", "Der", "Das", "Los", "Las",
                                       "Les", "Our", "My", "Your"}) {
        if (words[0] == article) return std::string();
      }
      // "Club Ciclista Los Altos", "Carver Court Tenants' Association": an
      // organisation's name.
      static const RE2* const kOrganisation = new RE2(
          R"((?:^(?:Club|Team|Association|Society|Asociación|Sociedad|Fundación|Foundation|Federación|Federation|Liga|League|Cooperative|Cooperativa)\s)|(?:\s(?:Club|Association|Society|Council|Committee|Federation|League|Union|Cooperative|Co-op|Inc|Ltd|LLC|Team|Group|Pharmacy|Church|School|Hotel)\.?$))");
      if (RE2::PartialMatch(name, *kOrganisation)) return std::string();
      for (std::string_view word : words) {
        if (!absl::ascii_isupper(static_cast<unsigned char>(word[0])) &&
            static_cast<unsigned char>(word[0]) < 0x80) {
          return std::string();
        }
      }
    }
    return name;
  };
  std::vector<const GumboNode*> stack = {root};
  const GumboNode* h1 = nullptr;
  const GumboNode* title = nullptr;
  std::string title_feature;
  const GumboNode* title_heading = nullptr;
  std::string interview;
  const GumboNode* interview_heading = nullptr;
  // After a feature heading that names nobody, the next heading is its
  // subject's name, or nobody's.
  bool awaiting_subject = false;
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& element = node->v.element;
    if (element.tag == GUMBO_TAG_H1 && h1 == nullptr) h1 = node;
    if (element.tag == GUMBO_TAG_TITLE && title == nullptr) title = node;
    if (element.tag == GUMBO_TAG_NAV || element.tag == GUMBO_TAG_FOOTER) {
      continue;
    }
    // "Gardener of the Month: Tomasz Wierzbicki (Plot 14)", "Meet your
    // Treasurer: Marisol Quintero": a feature page names its subject.
    if ((element.tag >= GUMBO_TAG_H1 && element.tag <= GUMBO_TAG_H3) ||
        element.tag == GUMBO_TAG_TITLE) {
      std::string raw;
      CollectTextCapped(node, 0, 120, &raw);
      std::string text = NormalizeText(raw);
      std::string name = SpotlightName(text);
      if (interview_heading == nullptr && element.tag != GUMBO_TAG_TITLE) {
        if (std::optional<std::string> asked = InterviewedName(text)) {
          interview = std::move(*asked);
          interview_heading = node;
        }
      }
      // "Hasher of the Month: "Nutmeg Nancy"" under a title that named
      // her plainly: the heading of the feature the title names.
      // "Månedens medlem: Aviaja" under "Månedens medlem: Aviaja Lyberth":
      // the heading calls her by her first name.
      if (name.empty() && element.tag != GUMBO_TAG_TITLE &&
          !title_feature.empty() && title_heading == nullptr &&
          (Contains(text, title_feature) ||
           Contains(text, StrCat(": ", FirstWord(title_feature))))) {
        title_heading = node;
      }
      if (name.empty() && element.tag != GUMBO_TAG_TITLE) {
        if (awaiting_subject && title_feature.empty() &&
            IsCapitalisedName(text) && looks_like_name(text) == text) {
          return {.feature = std::move(text), .feature_heading = node};
        }
        awaiting_subject = IsUnnamedFeatureHeading(text);
      }
      if (!name.empty()) {
        // The <title> comes first; a heading in the body that names the
        // feature too marks where its section is.
        if (element.tag != GUMBO_TAG_TITLE) {
          // "Månedens medlem: Aviaja" under a title that gave her whole
          // name: the fuller one.
          if (StartsWith(title_feature, name + " ")) name = title_feature;
          return {.feature = std::move(name), .feature_heading = node};
        }
        if (title_feature.empty()) title_feature = std::move(name);
      }
    }
    for (unsigned i = element.children.length; i > 0; --i) {
      stack.push_back(
          static_cast<const GumboNode*>(element.children.data[i - 1]));
    }
  }
  if (!title_feature.empty()) {
    return {.feature = std::move(title_feature),
            .feature_heading = title_heading};
  }
  HeadingNames names;
  names.interview = std::move(interview);
  names.interview_heading = interview_heading;
  if (title != nullptr) {
    std::string raw;
    CollectText(title, 0, &raw);
    names.title = NormalizeText(raw);
  }
  const GumboNode* names_node = nullptr;
  for (const GumboNode* node : {h1, title}) {
    if (node == nullptr) continue;
    names_node = node;
    std::string raw;
    CollectText(node, 0, &raw);
    names.plain = looks_like_name(NormalizeText(raw));
    if (!names.plain.empty()) break;
    // "Mariela Quiroga <small>contralto</small>": the name before its
    // subtitle.
    raw.clear();
    CollectLeadText(node, &raw);
    names.plain = looks_like_name(NormalizeText(raw));
    if (!names.plain.empty()) break;
  }
  names.plain_is_title = !names.plain.empty() && names_node == title;
  return names;
}

// The country a language tag names: its region subtag ("es-CO", "en_AU"),
// else the main country of a language without one ("it", "fr", "de");
// "" for English alone, which is written everywhere.
std::string RegionOfLanguage(std::string_view lang) {
  std::vector<std::string_view> parts = SplitAny(StripWhitespace(lang), "-_");
  if (parts.empty() || parts[0].empty()) return "";
  for (std::size_t i = 1; i < parts.size(); ++i) {
    if (parts[i].size() == 2 &&
        absl::ascii_isalpha(static_cast<unsigned char>(parts[i][0])) &&
        absl::ascii_isalpha(static_cast<unsigned char>(parts[i][1]))) {
      return absl::AsciiStrToUpper(absl::string_view(parts[i].data(), 2));
    }
  }
  static const struct {
    const char* language;
    const char* region;
  } kMainCountry[] = {
      {"it", "IT"}, {"fr", "FR"},  {"de", "DE"}, {"es", "ES"}, {"pt", "PT"},
      {"nl", "NL"}, {"pl", "PL"},  {"sv", "SE"}, {"da", "DK"}, {"fi", "FI"},
      {"el", "GR"}, {"ga", "IE"},  {"cs", "CZ"}, {"sk", "SK"}, {"hu", "HU"},
      {"ro", "RO"}, {"tr", "TR"},  {"nb", "NO"}, {"nn", "NO"}, {"no", "NO"},
      {"lt", "LT"}, {"lv", "LV"},  {"et", "EE"}, {"sl", "SI"}, {"hr", "HR"},
      {"bg", "BG"}, {"is", "IS"},  {"ca", "ES"}, {"eu", "ES"}, {"gl", "ES"},
      {"ja", "JP"}, {"ko", "KR"},  {"id", "ID"}, {"vi", "VN"}, {"th", "TH"},
      {"af", "ZA"}, {"mt", "MT"},  {"sq", "AL"}, {"cy", "GB"}, {"lb", "LU"},
      {"fo", "FO"}, {"kl", "GL"},  {"mg", "MG"}, {"ht", "HT"}, {"az", "AZ"},
      {"ms", "MY"}, {"fil", "PH"}, {"tl", "PH"}, {"hy", "AM"}, {"ka", "GE"},
      {"uz", "UZ"}, {"kk", "KZ"},  {"mn", "MN"}, {"mk", "MK"}, {"he", "IL"},
      {"fa", "IR"}, {"sr", "RS"},  {"bs", "BA"}, {"so", "SO"}, {"fy", "NL"},
      {"co", "FR"}, {"br", "FR"},  {"oc", "FR"}, {"gd", "GB"}, {"rm", "CH"}};
  // ("uk" is left out: pages write it for British English as often as for
  // Ukrainian.)
  std::string language = AsciiLower(parts[0]);
  for (const auto& entry : kMainCountry) {
    if (language == entry.language) return entry.region;
  }
  return "";
}

// An author line as SameName compares it: cut down to the name. Worked out
// once for a line compared many times (the page owner's name).
struct AuthorKey {
  explicit AuthorKey(std::string_view line) : name(AuthorName(line)) {}
  std::string name;
};

// Whether two author lines name the same person: equal ignoring case, or
// the same first word ("Maya" and "Maya Fernández").
bool SameName(const AuthorKey& a, const AuthorKey& b) {
  if (a.name.empty() || b.name.empty()) return false;
  if (EqualsIgnoreCase(a.name, b.name)) return true;
  std::string_view first_a = FirstWord(a.name);
  return first_a.size() >= 3 && EqualsIgnoreCase(first_a, FirstWord(b.name));
}

bool SameName(std::string_view a, std::string_view b) {
  return SameName(AuthorKey(a), AuthorKey(b));
}

// True when a lower-case line starts with a word that leads an author
// line ("reply from", "comentario de"): StartsWith for each of them.
bool MayLeadWithAuthor(std::string_view lower) {
  if (lower.empty()) return false;
  switch (lower[0]) {
    case 'a':
    case 'c':
    case 'm':
    case 'n':
    case 'r':
      break;
    default:
      return false;
  }
  static constexpr std::string_view kWords[] = {
      "respuesta", "reply",   "comment", "comentario", "response", "answer",
      "message",   "mensaje", "note",    "nota",       "review"};
  for (std::string_view word : kWords) {
    if (StartsWith(lower, word)) return true;
  }
  return false;
}

// True when a lower-case line holds a verb of speech after a space (" wrote",
// " dijo"): Contains for each of them, in one scan of the spaces.
bool HasSpeechVerb(std::string_view lower) {
  static constexpr std::string_view kVerbs[] = {
      "wrote",     "writes",   "said", "says",    "replied",
      "commented", "escribió", "dijo", "comentó", "respondió"};
  for (std::size_t space = lower.find(' '); space != std::string_view::npos;
       space = lower.find(' ', space + 1)) {
    std::string_view rest = lower.substr(space + 1);
    if (rest.empty()) return false;
    switch (rest[0]) {
      case 'c':
      case 'd':
      case 'e':
      case 'r':
      case 's':
      case 'w':
        break;
      default:
        continue;
    }
    for (std::string_view verb : kVerbs) {
      if (StartsWith(rest, verb)) return true;
    }
  }
  return false;
}

// The handle a page's title gives its owner ("Noa Friedman-Azoulay
// (@noawalks) · Waymark" gives "noawalks"), lower case; "" when it gives
// none.
std::string OwnerHandle(std::string_view title) {
  static const RE2* const kHandle =
      new RE2(R"((?:^|[\s(])@([A-Za-z0-9_.]{3,30})(?:$|[\s),·|]))");
  std::string handle;
  if (!RE2::PartialMatch(re2::StringPiece(title.data(), title.size()), *kHandle,
                         &handle)) {
    return "";
  }
  while (!handle.empty() && handle.back() == '.') handle.pop_back();
  return AsciiLower(handle);
}

class Walker {
 public:
  // document->owner_name must be final: the walk compares authors with it.
  Walker(Document* document, bool has_main, bool owner_is_feature_subject,
         const GumboNode* feature_heading, std::string owner_handle,
         ClassFactsCache* cache)
      : document_(document),
        has_main_(has_main),
        owner_is_feature_subject_(owner_is_feature_subject),
        feature_heading_(feature_heading),
        cache_(cache),
        owner_key_(document->owner_name),
        owner_handle_(std::move(owner_handle)) {}

  void Walk(const GumboNode* node, const Context& context, int depth) {
    if (depth > kMaxDomDepth) {
      if (!depth_warned_) {
        document_->warnings.push_back(StrCat(
            "content nested deeper than ", kMaxDomDepth, " elements skipped"));
        depth_warned_ = true;
      }
      return;
    }
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        AddText(node->v.text.text, context);
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        WalkElement(node, context, depth);
        return;
      default:
        return;
    }
  }

  void Flush() {
    if (pending_.empty()) return;
    std::string text = NormalizeText(pending_);
    pending_.clear();
    if (text.empty()) return;
    // Split very long blocks so one block never exceeds kMaxBlockBytes.
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t length = std::min(kMaxBlockBytes, text.size() - start);
      if (start + length < text.size()) {
        std::size_t space = text.rfind(' ', start + length);
        if (space != std::string::npos && space > start) length = space - start;
      }
      TextBlock block;
      if (start == 0 && length == text.size()) {
        block.text = std::move(text);
      } else {
        block.text = text.substr(start, length);
      }
      block.zone = pending_context_.zone;
      block.source = pending_context_.source;
      // A line that is one profile field ("City: Kazan, Russia") is read
      // as a field wherever it stands.
      if (block.source == Source::kPost && block.zone == Zone::kOwner &&
          IsFieldLine(block.text)) {
        block.source = Source::kProfile;
      }
      block.element = pending_element_;
      block.posted_at = std::string(pending_context_.posted_at);
      block.in_footer = pending_context_.inside_footer;
      block.quoted_aside = pending_context_.quoted_aside;
      start += length;
      document_->blocks.push_back(std::move(block));
    }
  }

 private:
  void AddText(std::string_view text, const Context& context) {
    if (pending_.empty()) {
      if (StripWhitespace(text).empty()) return;
      pending_context_ = context;
      BuildElementPath(&pending_element_);
    } else if (context.zone != pending_context_.zone) {
      Flush();
      pending_context_ = context;
      BuildElementPath(&pending_element_);
    }
    // Two elements with nothing between them are two words on screen
    // ("<span>Location</span><span>Trondheim</span>", "Age<b>26</b>"):
    // a lower-case letter running into a capital or a digit gets a space.
    // ("jane<span>@</span>example" and "<b>S</b>arah" keep theirs.)
    if (!pending_.empty() && !text.empty() &&
        absl::ascii_islower(static_cast<unsigned char>(pending_.back())) &&
        (absl::ascii_isupper(static_cast<unsigned char>(text.front())) ||
         absl::ascii_isdigit(static_cast<unsigned char>(text.front())))) {
      pending_.push_back(' ');
    }
    pending_.append(text);
  }

  // The tag path of the element being walked: "html>body>main>article>p",
  // the first 12 levels.
  std::string ElementPath() const {
    std::string path;
    BuildElementPath(&path);
    return path;
  }

  // ElementPath into `*path`, reusing its storage.
  void BuildElementPath(std::string* path) const {
    path->clear();
    for (std::string_view tag : path_) {
      if (!path->empty()) path->push_back('>');
      path->append(tag);
    }
  }

  void WalkElement(const GumboNode* node, const Context& parent, int depth) {
    const GumboElement& element = node->v.element;
    if (element.tag == GUMBO_TAG_HEAD) {
      ReadHead(node);
      return;
    }
    if (element.tag == GUMBO_TAG_SCRIPT) {
      RecordScript(node);
      return;
    }
    if (IsSkippedTag(element.tag) && element.tag != GUMBO_TAG_IFRAME) return;
    std::string_view tag = TagName(element);
    const KeyAttributes attributes = ReadKeyAttributes(element);
    std::string_view class_attr = attributes.class_attr;
    const ClassFacts facts = cache_->Get(class_attr);
    Context context = parent;
    // A label pair's bare number is read with its label ("Games this
    // year: 63"); alone, "63" is not a profile's bare age.
    if (context.source == Source::kProfile && !paired_values_.empty() &&
        paired_values_.contains(node)) {
      context.source = Source::kPost;
    }
    // A data table's cell ("31 | 104 | 412 | 3.96" of a season's stats) is
    // no profile field: its bare numbers are counts, not ages.
    if (context.source == Source::kProfile && element.tag == GUMBO_TAG_TD &&
        IsDataRowCell(node)) {
      context.source = Source::kPost;
    }
    Marker marker = internal::ClassifyElementWithClassWords(
        tag, facts.words, attributes.id, attributes.role, parent.inside_main,
        has_main_);
    if (marker == Marker::kOthers && owner_is_feature_subject_ &&
        parent.inside_article && IsPullQuoteClass(class_attr)) {
      // "<p class=quote>" inside a feature about the person: their words.
      marker = Marker::kNone;
    }
    if (element.tag == GUMBO_TAG_ASIDE && !parent.inside_article &&
        marker != Marker::kProfile) {
      // Sidebars are chrome; an aside in a post is a pull quote, and one
      // marked as the profile card is the profile.
      marker = Marker::kFurniture;
    }
    if (marker == Marker::kFurniture && facts.words == Marker::kNone &&
        (element.tag == GUMBO_TAG_ASIDE || element.tag == GUMBO_TAG_HEADER) &&
        attributes.role.empty() &&
        (internal::NamesPersonCard(class_attr) || IsPersonalBio(node, depth))) {
      // A blog's "About me" sidebar, a "<header class=user>" card.
      marker = Marker::kProfile;
    }
    // An <aside> read as furniture, or a box classed "sidebar".
    if ((element.tag == GUMBO_TAG_ASIDE && marker == Marker::kFurniture) ||
        facts.sidebar) {
      context.in_sidebar = true;
    }
    if (parent.in_sidebar &&
        (parent.zone == Zone::kFurniture || marker == Marker::kFurniture) &&
        IsOwnersSidebarBox(node, depth)) {
      // A player's fact sheet in the sidebar ("Edad", "Fecha de
      // nacimiento"), or the box headed with the person's name: their own
      // fields and links, beside the site's boxes ("<div class='widget
      // profile'>" however its class reads).
      context.zone = Zone::kOwner;
      context.source = Source::kProfile;
      if (marker == Marker::kFurniture) marker = Marker::kNone;
    }
    if ((element.tag == GUMBO_TAG_UL || element.tag == GUMBO_TAG_OL) &&
        context.source != Source::kProfile && context.zone == Zone::kOwner &&
        IsFactList(node, depth)) {
      context.source = Source::kProfile;  // "Sexo: Mujer", "Ciudad: Valencia"
    }
    if ((element.tag == GUMBO_TAG_UL || element.tag == GUMBO_TAG_OL) &&
        marker == Marker::kNone && IsListOfOtherPeople(node)) {
      marker = Marker::kOthers;  // "<li><b>Jaan Kask</b>, 71, Kärla — …"
    }
    if ((element.tag == GUMBO_TAG_DIV || element.tag == GUMBO_TAG_P) &&
        marker == Marker::kNone && context.zone == Zone::kOwner &&
        IsBylinedNoteOfAnother(node)) {
      marker = Marker::kOthers;  // "<div class=note><b>Gary from …</b>: I'm…"
    }
    if (element.tag == GUMBO_TAG_TABLE && marker == Marker::kNone &&
        IsRoster(node)) {
      marker = Marker::kOthers;  // a sign-up sheet or member list
      context.in_roster = true;
    }
    if (element.tag == GUMBO_TAG_TR && parent.in_roster &&
        parent.zone == Zone::kOthers && RowNames(node, owner_name())) {
      context.zone = Zone::kOwner;  // the person's own line of the roster
    }
    if (element.tag == GUMBO_TAG_BLOCKQUOTE && marker == Marker::kNone &&
        parent.source != Source::kProfile && !owner_is_feature_subject_ &&
        !FollowsOwnWordsHeading(node)) {
      // Quoted words are someone else's; a profile's bio is often set in a
      // blockquote and is the person's own, and a feature ("Member
      // Spotlight: …") or a heading ("In her words") quotes the person it
      // is about.
      marker = Marker::kOthers;
      context.quoted_aside = true;
    }
    if ((element.tag == GUMBO_TAG_P || element.tag == GUMBO_TAG_LI) &&
        marker == Marker::kNone && LeadsWithQuestionLabel(node)) {
      marker = Marker::kOthers;
    }
    if (marker == Marker::kNone || marker == Marker::kProfile ||
        marker == Marker::kMain) {
      Marker by_heading = HeadingMarker(node);
      if (by_heading != Marker::kNone) marker = by_heading;
    }
    if (facts.hcard && parent.zone == Zone::kFurniture &&
        parent.hcard_depth == 0 && !owner_name().empty() &&
        FirstPropertyClass(class_attr).empty() && ClaimsSite(node, depth) &&
        SameAsOwner(FindName(node, depth, cache_))) {
      // A personal site's own card in its footer ("<footer><div
      // class=h-card>… rel=me …"): the person's fields, not the site's.
      context.zone = Zone::kOwner;
      context.source = Source::kProfile;
      if (marker == Marker::kFurniture) marker = Marker::kNone;
    }
    if (marker == Marker::kNone && !parent.inside_content &&
        context.zone == Zone::kOwner && IsTrailingSmallPrint(node, depth)) {
      // "Nuraghe Escape S.r.l. · Via Roma 118 … · info@… · P.IVA …": the
      // page's last line, an organisation's name and contacts strung
      // together, is the site's footer without a <footer>.
      marker = Marker::kFurniture;
      context.inside_footer = true;
    }
    switch (marker) {
      case Marker::kFurniture:
        if (context.zone == Zone::kOwner) context.zone = Zone::kFurniture;
        break;
      case Marker::kOthers:
        // Each reply is judged by its own author line: the owner answering
        // in their own thread is still the owner.
        if (context.zone != Zone::kFurniture) {
          // Without an owner's name no author can match it: the author
          // line is read only when there is one.
          bool owners = false;
          if (!owner_key_.name.empty()) {
            std::string author = FindName(node, depth, cache_);
            if (author.empty()) author = HeaderAuthor(node);
            if (author.empty()) author = LeadingBoldAuthor(node);
            owners = SameAsOwner(author);
          }
          context.zone = owners || MarksOriginalPoster(node) ? Zone::kOwner
                                                             : Zone::kOthers;
        }
        break;
      case Marker::kProfile:
        context.source = Source::kProfile;
        break;
      case Marker::kPost: {
        // Inside a profile card, a "content" wrapper is still the profile;
        // an article there is a post.
        if (context.source != Source::kProfile ||
            element.tag == GUMBO_TAG_ARTICLE) {
          context.source = Source::kPost;
        }
        context.inside_main = true;
        // In a thread or feed, a post by someone else is theirs; a feature
        // whose headline names the owner is about them, whoever wrote it.
        if (context.zone != Zone::kFurniture && !owner_name().empty()) {
          std::string author = FindName(node, depth, cache_);
          if (author.empty()) author = HeaderAuthor(node);
          // "<div class=msg><b>Peregrina_Lola</b> (Sevilla): ¡Gracias…":
          // a wall message led by its writer's name.
          if (author.empty()) author = LeadingBoldAuthor(node);
          if (author.empty()) author = ClassedAuthorLine(node);
          if (!author.empty()) {
            context.zone = SameAsOwner(author) || HeadlineNamesOwner(node)
                               ? Zone::kOwner
                               : Zone::kOthers;
          }
        }
        break;
      }
      case Marker::kMain:
        context.inside_main = true;
        break;
      case Marker::kOwned:
        if (context.zone != Zone::kFurniture) context.zone = Zone::kOwner;
        context.inside_main = true;
        break;
      case Marker::kOwnProfile:
        if (context.zone != Zone::kFurniture) context.zone = Zone::kOwner;
        context.source = Source::kProfile;
        break;
      case Marker::kNone:
        if (context.zone != Zone::kFurniture && IsBlockTag(element.tag)) {
          std::string author = LeadingBoldAuthor(node);
          // "<div class=reaksje><p>Gerrit Postma, Boalsert · 2 maaie
          // 2029</p><p>…": one of a thread's dated messages.
          if (author.empty()) author = ThreadItemAuthor(node);
          if (!author.empty()) {
            context.zone = SameAsOwner(author) ? Zone::kOwner : Zone::kOthers;
          }
        }
        break;
    }
    if (element.tag == GUMBO_TAG_ARTICLE || marker == Marker::kPost) {
      context.inside_main = true;
      context.inside_article = true;
      std::string_view when = FindPublished(node, depth);
      if (!when.empty()) context.posted_at = when;
    }
    // The tag path holds the first 12 levels; deeper elements share their
    // ancestor's.
    const bool in_path = depth < 12;
    if (in_path) path_.push_back(tag);
    WalkChildren(node, &context, depth, attributes, facts);
    if (in_path) path_.pop_back();
  }

  // True for a list of people with their ages, none of them the owner:
  // every item opens with a bold name ("<li><b>Rochelle Engelbrecht</b>,
  // 38, Nababeep — kaptein, 072 418 5530"), and at least two give an age
  // right after it.
  bool IsListOfOtherPeople(const GumboNode* list) const {
    const GumboVector& items = list->v.element.children;
    int people = 0;
    int aged = 0;
    for (unsigned i = 0; i < items.length; ++i) {
      const auto* item = static_cast<const GumboNode*>(items.data[i]);
      if (item->type == GUMBO_NODE_WHITESPACE) continue;
      if (item->type != GUMBO_NODE_ELEMENT ||
          item->v.element.tag != GUMBO_TAG_LI) {
        return false;
      }
      std::optional<BoldLead> lead = ReadBoldLead(item);
      if (!lead) return false;
      const std::string& name = lead->bold;
      if (!Contains(name, " ") || !IsCapitalisedName(name) ||
          SameAsOwner(name)) {
        return false;
      }
      ++people;
      static const RE2* const kAge = new RE2(R"(^,\s*\d{1,3}\s*[,(—–\-])");
      if (RE2::PartialMatch(
              re2::StringPiece(lead->after.data(), lead->after.size()),
              *kAge)) {
        ++aged;
      }
    }
    return people >= 2 && aged >= 2;
  }

  // The writer named in the bold byline a note opens with, before a dash
  // or colon: a name with a town ("<b>Declan, Westport</b> — Sorcha
  // rebuilt …" gives "Declan"), a name or a group "from" a place ("<b>Gary
  // from Mississauga</b>: I'm 70 …", "kayak group from Eugene, OR"), or a
  // full name, perhaps after a date ("Aug 30, 2028 · the Nguyens,
  // Seattle"); "" for anything else (a bold date, or a field label such as
  // "<b>Work</b>: …").
  static std::string NoteWriter(const GumboNode* note) {
    std::optional<BoldLead> lead = ReadBoldLead(note);
    if (!lead) return "";
    std::string_view rest = StripWhitespace(lead->after);
    if (!StartsWith(rest, "\u2014") && !StartsWith(rest, "\u2013") &&
        !StartsWith(rest, "- ") && !StartsWith(rest, ":")) {
      return "";
    }
    const std::string& byline = lead->bold;
    if (byline.empty() || byline.size() >= 80) return "";
    std::string_view name = byline;
    constexpr std::string_view kDateSeparator = " \u00b7 ";
    if (std::size_t date = name.rfind(kDateSeparator);
        date != std::string_view::npos) {
      name.remove_prefix(date + kDateSeparator.size());
    }
    const std::size_t from = name.find(" from ");
    const std::size_t cut = std::min(from, name.find_first_of(",("));
    const bool placed = cut != std::string_view::npos;
    name = StripWhitespace(name.substr(0, cut));
    if (name.empty() || (!placed && !IsCapitalisedName(name))) return "";
    static const RE2* const kName = new RE2(
        R"((?:(?:the|The)\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})");
    static const RE2* const kGroup = new RE2(R"(\p{Ll}+(?:\s+\p{Ll}+){0,2})");
    const re2::StringPiece piece(name.data(), name.size());
    if (!RE2::FullMatch(piece, *kName) &&
        !(cut == from && RE2::FullMatch(piece, *kGroup))) {
      return "";
    }
    return std::string(name);
  }

  // True for a note in another person's words: it opens with a bold
  // byline that is not the owner's (NoteWriter), and a sibling of the same
  // tag and class opens alike (a guest book, client notes, readers'
  // notes). The owner's own reply among them stays theirs.
  bool IsBylinedNoteOfAnother(const GumboNode* note) const {
    std::string writer = NoteWriter(note);
    if (writer.empty() || SameAsOwner(writer)) return false;
    return SomeTwinSibling(note, [this](const GumboNode* sibling) {
      return !NoteWriter(sibling).empty();
    });
  }

  // True when `node` is the body's last element with text and reads as
  // the site's small print: one line of at least four parts parted by "·"
  // or "|" that holds a contact (an "@", a box number or a run of digits),
  // without the owner's name or a first-person word.
  bool IsTrailingSmallPrint(const GumboNode* node, int depth) const {
    const GumboNode* parent = node->parent;
    if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT ||
        parent->v.element.tag != GUMBO_TAG_BODY ||
        !IsBlockTag(node->v.element.tag) ||
        HasBlockChild(node, /*breaks_count=*/false)) {
      return false;
    }
    const GumboVector& siblings = parent->v.element.children;
    std::string text;
    for (unsigned i = siblings.length; i-- > 0;) {
      const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
      if (sibling->type != GUMBO_NODE_ELEMENT ||
          IsSkippedTag(sibling->v.element.tag)) {
        continue;
      }
      if (sibling != node) {
        std::string later;
        CollectTextCapped(sibling, depth, 16, &later);
        if (StripWhitespace(later).empty()) continue;
        return false;  // a later element has text
      }
      CollectTextCapped(node, depth, 600, &text);
      break;
    }
    if (text.empty() || text.size() >= 600) return false;
    int parts = 1;
    for (std::string_view separator : {"·", " | "}) {
      for (std::size_t at = text.find(separator); at != std::string::npos;
           at = text.find(separator, at + 1)) {
        ++parts;
      }
    }
    if (parts < 4) return false;
    std::string lower = AsciiLower(NormalizeText(text));
    int digits = 0;
    int longest_run = 0;
    for (char c : lower) {
      if (absl::ascii_isdigit(static_cast<unsigned char>(c))) {
        longest_run = std::max(longest_run, ++digits);
      } else if (c != ' ' && c != '-' && c != '.') {
        digits = 0;
      }
    }
    if (!Contains(lower, "@") && !Contains(lower, "box ") && longest_run < 7) {
      return false;
    }
    if (!owner_key_.name.empty() && Contains(lower, AsciiLower(owner_name()))) {
      return false;
    }
    for (std::string_view word : {"i", "my", "me", "mine", "mi", "yo"}) {
      if (FindWord(lower, word) != std::string_view::npos) return false;
    }
    return true;
  }

  // True when a post's leading heading contains the owner's full name
  // ("Neighbor of the Week: Odell Pruitt, 67, keeps the corner safe"), or
  // the post holds the feature's heading.
  bool HeadlineNamesOwner(const GumboNode* post) const {
    const GumboNode* heading = LeadingHeading(post, GUMBO_TAG_H1, GUMBO_TAG_H3);
    // "Månedens medlem: Aviaja": the feature's own heading.
    if (heading != nullptr && heading == feature_heading_) return true;
    // "Meet the 2027 awardees … Five questions for Teretia": a piece that
    // holds the feature's heading further down is about its subject too
    // (OtherDigestSections gives its other sections to the others).
    for (const GumboNode* up = feature_heading_; up != nullptr;
         up = up->parent) {
      if (up == post) return true;
    }
    if (heading == nullptr || !Contains(owner_name(), " ")) return false;
    std::string raw;
    CollectTextCapped(heading, 0, 200, &raw);
    std::string text = NormalizeText(raw);
    if (Contains(text, owner_name())) return true;
    // "Kevin Maher (\"Kev\")" for the owner "Kev Maher": the surname as a
    // word, and a word of the heading that starts with the first name.
    std::string_view first = FirstWord(owner_name());
    std::string_view last = owner_name();
    last.remove_prefix(last.rfind(' ') + 1);
    if (first.size() < 3 || last.size() < 3 ||
        FindWord(text, last) == std::string_view::npos) {
      return false;
    }
    for (std::string_view word : SplitAny(text, " (\"'")) {
      if (StartsWith(word, first)) return true;
    }
    return false;
  }

  // True when `node`, in a sidebar, is the person's own: a table or list
  // of personal facts, or a box straight under the <aside> that holds one
  // or opens with a heading naming the owner ("rock_grooves").
  bool IsOwnersSidebarBox(const GumboNode* node, int depth) const {
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_DL) {
      return HoldsPersonalFacts(node, depth);
    }
    const GumboNode* parent = node->parent;
    if ((tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION) ||
        parent == nullptr || parent->type != GUMBO_NODE_ELEMENT ||
        !IsSidebar(parent, cache_)) {
      return false;
    }
    // Personal facts, or a blog's "About Me" box.
    if (HoldsPersonalFacts(node, depth) || IsPersonalBio(node, depth)) {
      return true;
    }
    const GumboNode* heading = LeadingHeading(node, GUMBO_TAG_H1, GUMBO_TAG_H4);
    std::string raw;
    if (heading != nullptr) CollectTextCapped(heading, depth + 1, 80, &raw);
    std::string heading_text = NormalizeText(raw);
    if (internal::ClassifyHeading(AsciiLower(heading_text)) ==
            internal::Marker::kNone &&
        SpeaksInFirstPerson(node, depth)) {
      return true;
    }
    if (heading == nullptr || owner_key_.name.empty()) return false;
    if (SameAsOwner(AuthorName(heading_text))) return true;
    // "<h3>Kontakt</h3><p>Bakkerud Bunadsøm<br>Vindfallsvegen 7…": a
    // contact box whose first line is the person's or business's name.
    if (!IsOneOf(AsciiLower(heading_text),
                 {"contact", "contact me", "contact us", "contact details",
                  "kontakt", "contacto", "contato", "contatti", "yhteystiedot",
                  "kontaktai", "kontakty", "contacte", "contactez-moi"})) {
      return false;
    }
    const GumboVector& siblings = node->v.element.children;
    for (unsigned i = heading->index_within_parent + 1; i < siblings.length;
         ++i) {
      const auto* next = static_cast<const GumboNode*>(siblings.data[i]);
      if (next->type != GUMBO_NODE_ELEMENT) continue;
      const GumboVector& parts = next->v.element.children;
      if (parts.length == 0) return false;
      const auto* first = static_cast<const GumboNode*>(parts.data[0]);
      if (first->type != GUMBO_NODE_TEXT) return false;
      return SameAsOwner(NormalizeText(first->v.text.text));
    }
    return false;
  }

  // True when a box is written in the first person singular ("Hi, I'm
  // Dette … my friend Avis … I am also on Facebook"): three or more of
  // "I", "my", "me" and their kin. A site's own boxes speak as "we" and
  // to "you".
  static bool SpeaksInFirstPerson(const GumboNode* node, int depth) {
    std::string raw;
    CollectTextCapped(node, depth, 600, &raw);
    std::string text = AsciiLower(NormalizeText(raw));
    int found = 0;
    std::size_t start = 0;
    while (start < text.size() && found < 3) {
      std::size_t end = text.find_first_of(" ,.;:!?()\"\n", start);
      if (end == std::string::npos) end = text.size();
      std::string_view word = std::string_view(text).substr(start, end - start);
      if (IsOneOf(word, {"i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll",
                         "i'd", "i’d", "my", "me", "myself", "mine"})) {
        ++found;
      }
      start = end + 1;
    }
    return found >= 3;
  }

  // True when `cell` is in a table row of three or more cells.
  static bool IsDataRowCell(const GumboNode* cell) {
    const GumboNode* row = cell->parent;
    if (row == nullptr || row->type != GUMBO_NODE_ELEMENT ||
        row->v.element.tag != GUMBO_TAG_TR) {
      return false;
    }
    const GumboVector& cells = row->v.element.children;
    int count = 0;
    for (unsigned i = 0; i < cells.length && count < 3; ++i) {
      const auto* part = static_cast<const GumboNode*>(cells.data[i]);
      if (part->type == GUMBO_NODE_ELEMENT &&
          (part->v.element.tag == GUMBO_TAG_TD ||
           part->v.element.tag == GUMBO_TAG_TH)) {
        ++count;
      }
    }
    return count >= 3;
  }

  // The rest of WalkElement, once the element's tag is on the path.
  void WalkChildren(const GumboNode* node, Context* context_pointer, int depth,
                    const KeyAttributes& attributes, const ClassFacts& facts) {
    const GumboElement& element = node->v.element;
    Context& context = *context_pointer;

    if (!context.links_section && IsBlockTag(element.tag) &&
        IsLinksSection(node, facts.links_section, attributes.id)) {
      context.links_section = true;
    }
    if (!facts.field_label.empty()) {
      RecordField(node, context, depth, facts.field_label);
    }
    RecordLabelPair(node, context, depth, facts.maybe_label);
    if (element.tag == GUMBO_TAG_B || element.tag == GUMBO_TAG_STRONG ||
        element.tag == GUMBO_TAG_SPAN || element.tag == GUMBO_TAG_EM) {
      RecordTextLabelledValue(node, context, depth);
    }
    if (facts.maybe_label || HasClassToken(attributes.class_attr, "label")) {
      RecordTrailingLabel(node, context, depth);
    }
    if (element.tag >= GUMBO_TAG_H2 && element.tag <= GUMBO_TAG_H6) {
      RecordPromptAnswer(node, context, depth);
    }
    RecordChipList(node, context, depth);
    std::string_view role = attributes.role;
    if (element.tag == GUMBO_TAG_MAIN || element.tag == GUMBO_TAG_ARTICLE ||
        EqualsIgnoreCase(role, "main")) {
      context.inside_content = true;
    }
    if (!context.inside_content &&
        (element.tag == GUMBO_TAG_FOOTER ||
         EqualsIgnoreCase(role, "contentinfo") || facts.names_site_footer ||
         internal::NamesSiteFooter(attributes.id))) {
      context.inside_footer = true;
    }
    if (element.tag == GUMBO_TAG_IMG &&
        Contains(AsciiLower(Attribute(element, "src")), "map")) {
      RecordLink(node, context, depth, "src");  // a static map of a place
    }
    if (element.tag == GUMBO_TAG_A || element.tag == GUMBO_TAG_AREA) {
      RecordLink(node, context, depth, "href");
    } else if (element.tag == GUMBO_TAG_IFRAME) {
      RecordLink(node, context, depth, "src");
      return;
    }
    if (facts.hcard) {
      context.hcard_depth += 1;
      // A card nested as a property ("p-org h-card") describes that
      // property, not the person: its fields are tagged with its kind.
      if (context.hcard_depth > 1) {
        std::string kind = FirstPropertyClass(attributes.class_attr);
        // A card nested without a property class (someone the person
        // mentions) is not the person's card either.
        if (kind.empty()) {
          context.hcard_kind = "h-card";
        } else {
          context.hcard_kind = owned_.emplace_back(std::move(kind));
        }
      }
    }
    if (facts.properties || !attributes.itemprop.empty()) {
      RecordProperties(node, context, depth);
    }
    // The lines of an <address> from the street on are one address:
    // "Claudette & Ronald Petersen<br>27 Estate Catherine's Rest<br>
    // Christiansted, VI 00820" gives the name, then "27 Estate Catherine's
    // Rest, Christiansted, VI 00820".
    if (element.tag == GUMBO_TAG_BR && context.in_address &&
        std::any_of(pending_.begin(), pending_.end(), [](char c) {
          return absl::ascii_isdigit(static_cast<unsigned char>(c));
        })) {
      pending_.append(", ");
      return;
    }
    if (element.tag == GUMBO_TAG_ADDRESS) context.in_address = true;
    bool block = IsBlockTag(element.tag);
    if (block) Flush();
    const GumboVector& children = element.children;
    // Siblings after an author line ("Reply from Ana", "Ana wrote:") or a
    // plain heading line ("~ Guestbook ~") are that author's, or other
    // people's, until the next such line.
    Context child_context = context;
    const GumboNode* author_line = nullptr;
    std::vector<bool> others_cards;
    if (context.zone == Zone::kOwner) others_cards = OthersCards(node, depth);
    if (others_cards.empty() && context.zone == Zone::kOwner) {
      others_cards = OtherDigestSections(node);
    }
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (!others_cards.empty() && others_cards[i]) {
        Context card_context = child_context;
        card_context.zone = Zone::kOthers;
        Walk(child, card_context, depth + 1);
        continue;
      }
      if (context.zone != Zone::kFurniture &&
          child->type == GUMBO_NODE_ELEMENT &&
          IsBlockOrLineTag(child->v.element.tag)) {
        SequenceLine line = ReadSequenceLine(child, depth + 1);
        if (line.kind == SequenceLine::kAuthor) {
          child_context.zone =
              SameAsOwner(line.author) ? Zone::kOwner : Zone::kOthers;
          author_line = child;
        } else if (line.kind == SequenceLine::kOthersHeading) {
          child_context.zone = Zone::kOthers;
          author_line = nullptr;
        } else if (line.kind == SequenceLine::kFooter) {
          child_context.zone = Zone::kFurniture;
        } else if (author_line != nullptr && SameShape(child, author_line)) {
          // The next header of the same kind that names nobody: the
          // owner's own message again.
          child_context.zone = context.zone;
          author_line = nullptr;
        }
      }
      Walk(child, child_context, depth + 1);
      if (child_context.zone == Zone::kFurniture &&
          context.zone != Zone::kFurniture) {
        child_context.zone = context.zone;  // a footer line is one line
      }
    }
    if (block) Flush();
  }

  struct SequenceLine {
    enum Kind { kNone, kAuthor, kOthersHeading, kFooter };
    Kind kind = kNone;
    std::string author;
  };

  // What a short line among siblings announces: an author ("Respuesta de
  // marta_laredo · 10/11", "Reply from Ana", "Ana wrote:"), a heading of
  // other people's words ("~*~ Guestbook ~*~", "Comments (4)"), or the
  // site's small print ("© 2026 ForoCocina", "hosted by", "powered by").
  SequenceLine ReadSequenceLine(const GumboNode* node, int depth) {
    SequenceLine line;
    // This runs for every short child of a list of siblings: the text goes
    // into buffers kept across calls, and the word checks below work on it
    // in place (it is normalised only for the few lines that might name an
    // author).
    std::string& raw = line_raw_;
    raw.clear();
    // Only a box of lines on a page without <main> is read past a line's
    // length: it may be the site's small print, which ends in its
    // copyright ("Pharos Bridge Club · 35 Fouad Street … · © 2026").
    const bool may_be_small_print =
        !has_main_ && !HasBlockChild(node, /*breaks_count=*/false);
    CollectTextCapped(node, depth, may_be_small_print ? 480 : 240, &raw);
    if (raw.size() >= 240) {
      // Too long for a heading or a byline.
      if (may_be_small_print && raw.size() < 480 && Contains(raw, "©")) {
        line.kind = SequenceLine::kFooter;
      }
      return line;
    }
    std::string_view stripped = StripWhitespace(raw);
    if (stripped.empty()) return line;
    std::string& lower = line_lower_;
    lower.assign(stripped);
    for (char& c : lower) {
      c = absl::ascii_tolower(static_cast<unsigned char>(c));
    }
    static const RE2* const kLeadingAuthor = new RE2(
        R"((?i)(?:respuesta|reply|comment|comentario|response|answer|message|mensaje|note|nota|review)\s+(?:from|by|de|por)\s+(.{2,60}))");
    static const RE2* const kTrailingVerb = new RE2(
        R"((?i)([^:]{2,40}?)\s+(?:wrote|writes|said|says|replied|commented|escribió|dijo|comentó|respondió)(?:\s*:.{0,60}|\s+(?:on|at|in|el|a\s+las|\d|·|-|\().{0,40}|\s*[.!]?))");
    std::string author;
    // Cheap word checks first: most lines are neither, and the patterns
    // are only run on the few that might be.
    bool may_lead = MayLeadWithAuthor(lower);
    bool may_trail = HasSpeechVerb(lower);
    // A byline ends at its verb, or goes on to a colon or a date ("Ana
    // wrote:", "Ana said on Nov 3"); a line that goes on in prose is
    // reported speech ("Marjorie, who turns 71, says the secret is …").
    // A heading that goes on past its verb is a headline ("Gloria Tennant
    // says goodbye to Claims"), not a byline ("Ana says:"); a container
    // is not a line at all (its own lines are read one by one).
    GumboTag tag = node->v.element.tag;
    if (may_trail && ((tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6 &&
                       !Contains(lower, ":")) ||
                      HasBlockChild(node))) {
      may_trail = false;
    }
    if (may_lead || may_trail) {
      std::string text = NormalizeText(raw);
      if (text.size() <= 120 &&
          ((may_lead && RE2::FullMatch(text, *kLeadingAuthor, &author)) ||
           (may_trail && RE2::FullMatch(text, *kTrailingVerb, &author)))) {
        line.kind = SequenceLine::kAuthor;
        line.author = AuthorName(author);
        // "Mensaje de la anfitriona", "A note from the host": the page's
        // own person, not another author.
        if (line.author.empty() || IsOwnRole(line.author)) {
          line.kind = SequenceLine::kNone;
          line.author.clear();
        }
        return line;
      }
    }
    // A heading line is just the heading: "~*~ Guestbook ~*~", "Comments
    // (4)", not a byline that ends "· 9 comments".
    // A real heading element may be longer ("The rest of the team",
    // "Other riders at the yard"), but not a question ("Hello neighbors!
    // + sitter recommendations?" is a post's title).
    const bool section_heading =
        ((tag >= GUMBO_TAG_H2 && tag <= GUMBO_TAG_H6) || IsBoldLabel(node)) &&
        !HasBlockChild(node) && stripped.back() != '?';
    const int max_words = section_heading ? 6 : 2;
    std::string& words_only = line_words_;
    words_only.clear();
    int words = 0;
    bool in_word = false;
    for (char c : lower) {
      bool letter = absl::ascii_isalpha(static_cast<unsigned char>(c)) ||
                    (static_cast<unsigned char>(c) >= 0x80);
      if (letter && !in_word) {
        if (++words > max_words) break;  // too many words for a heading line
        if (!words_only.empty()) words_only.push_back(' ');
      }
      if (letter) words_only.push_back(c);
      in_word = letter;
    }
    if (words >= 1 && words <= max_words) {
      Marker heading = internal::ClassifyHeading(words_only);
      if (heading == Marker::kOthers ||
          (words > 2 && heading == Marker::kFurniture)) {
        line.kind = SequenceLine::kOthersHeading;
        return line;
      }
    }
    if (!has_main_ && !HasBlockChild(node) &&
        (Contains(lower, "©") || Contains(lower, "copyright") ||
         Contains(lower, "all rights reserved") ||
         // "Sprinkle hosted by my sister Kayla" is no site's credit.
         (Contains(lower, "hosted by") && !Contains(lower, "hosted by my") &&
          !Contains(lower, "hosted by our")) ||
         Contains(lower, "powered by") ||
         Contains(lower, "derechos reservados"))) {
      line.kind = SequenceLine::kFooter;
    }
    return line;
  }

  // True for a bold label on a line of its own, a sidebar's heading:
  // "<b>Previous Members' Corner</b><ul>…", "<b>Lessons</b><br>…".
  static bool IsBoldLabel(const GumboNode* node) {
    GumboTag tag = node->v.element.tag;
    return (tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG) &&
           StandsOnItsOwnLine(node);
  }

  // Same tag and class (a class is needed): two headers of one list.
  // A team, board or lab page: sibling cards that each open with a
  // person's name in a heading ("<h2>Jonah Pike <small>Head
  // Baker</small></h2>"). When one card is the owner's (its class says so,
  // or its name is the owner's), the others are other people's. Returns
  // one flag per child of `parent`, or nothing when it is not such a list.
  std::vector<bool> OthersCards(const GumboNode* parent, int depth) const {
    const GumboVector& children = parent->v.element.children;
    int cards = 0;
    std::vector<std::string> names(children.length);
    for (unsigned i = 0; i < children.length; ++i) {
      names[i] =
          CardName(static_cast<const GumboNode*>(children.data[i]), depth + 1);
      if (!names[i].empty()) ++cards;
    }
    if (cards < 2) return {};
    int own = -1;
    for (unsigned i = 0; i < children.length && own < 0; ++i) {
      if (names[i].empty()) continue;
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (internal::NamesOwnItem(Attribute(child->v.element, "class")) ||
          SameAsOwner(names[i])) {
        own = static_cast<int>(i);
      }
    }
    std::vector<bool> others(children.length, false);
    if (own < 0) {
      // A list of people none of whom is the page's subject ("The Cast"
      // below a "Cast Spotlight: Lorraine Beaumont"): every card is
      // someone else's. Only for a feature's subject: a name read from a
      // byline or title may miss the card that is the owner's, and review
      // lists open with business names.
      if (cards < 3 || !owner_is_feature_subject_) return {};
      for (unsigned i = 0; i < children.length; ++i) {
        others[i] = !names[i].empty();
      }
      return others;
    }
    for (unsigned i = 0; i < children.length; ++i) {
      others[i] = !names[i].empty() && static_cast<int>(i) != own &&
                  !SameName(names[i], names[own]);
    }
    return others;
  }

  // A newsletter or digest: sibling sections that each open with a heading
  // of one level ("From the Director", "Volunteer of the Month: Walt
  // Hryniuk", "Letters", "Volunteer notes"), one of them the feature's.
  // Only the feature's section is about its subject, with any section
  // whose heading names them ("Her hash stats", "Nancy answers the
  // circle"); the sections around it, and what follows them (the society's
  // address), are the publication's other items. The sections are either
  // wrapped (a <div> per item, each opening with its heading) or flat (the
  // headings and their paragraphs side by side). Returns one flag per
  // child of `parent`, or nothing when the feature heading does not open
  // one of three or more such sections.
  std::vector<bool> OtherDigestSections(const GumboNode* parent) const {
    if (feature_heading_ == nullptr) return {};
    const GumboVector& children = parent->v.element.children;
    const GumboTag level = feature_heading_->v.element.tag;
    int feature = -1;
    int first_section = -1;
    int sections = 0;
    bool flat = false;
    std::vector<const GumboNode*> headings(children.length, nullptr);
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      const GumboNode* heading = child->v.element.tag == level
                                     ? child
                                     : LeadingHeading(child, level, level);
      if (heading == nullptr) continue;
      headings[i] = heading;
      if (heading == feature_heading_) {
        feature = static_cast<int>(i);
        flat = heading == child;
      }
      if (first_section < 0) first_section = static_cast<int>(i);
      ++sections;
    }
    if (feature < 0 || sections < 3) return {};
    std::vector<bool> others(children.length, false);
    bool in_others = false;
    for (int i = first_section; i < static_cast<int>(children.length); ++i) {
      const GumboNode* heading = headings[i];
      if (flat) {
        // A heading starts a section that runs to the next one.
        if (heading != nullptr) {
          in_others = i != feature && !HeadingNamesSubject(heading);
        }
        others[i] = in_others;
      } else {
        others[i] = i != feature &&
                    (heading == nullptr || !HeadingNamesSubject(heading));
      }
    }
    return others;
  }

  // True when a section heading is about the page's subject: it names them
  // ("Nancy answers the circle", "Walt's quick five") or opens with a
  // pronoun for them ("Her hash stats").
  bool HeadingNamesSubject(const GumboNode* heading) const {
    std::string raw;
    CollectTextCapped(heading, 0, 120, &raw);
    std::string text = NormalizeText(raw);
    std::string lower = AsciiLower(text);
    for (std::string_view pronoun : {"her ", "his ", "their "}) {
      if (StartsWith(lower, pronoun)) return true;
    }
    static const RE2* const kWord = new RE2(R"((\p{Lu}[\p{L}\-]+))");
    re2::StringPiece input(text);
    std::string word;
    while (RE2::FindAndConsume(&input, *kWord, &word)) {
      for (std::string_view part : SplitAny(owner_name(), " \"")) {
        if (part.size() >= 3 && word == part) return true;
      }
    }
    return false;
  }

  // The person a card is about: the leading text of a heading among its
  // first three elements, when it is two to four capitalised words; "".
  static std::string CardName(const GumboNode* card, int depth) {
    if (card->type != GUMBO_NODE_ELEMENT) return "";
    const GumboNode* heading = LeadingHeading(card, GUMBO_TAG_H2, GUMBO_TAG_H4);
    if (heading == nullptr) return "";
    // The heading's own first text: "Jonah Pike" of "Jonah Pike
    // <small>Head Baker</small>".
    const GumboVector& parts = heading->v.element.children;
    std::string raw;
    if (parts.length > 0 &&
        static_cast<const GumboNode*>(parts.data[0])->type == GUMBO_NODE_TEXT) {
      raw = static_cast<const GumboNode*>(parts.data[0])->v.text.text;
    } else {
      CollectTextCapped(heading, depth + 1, 60, &raw);
    }
    std::string name = AuthorName(NormalizeText(raw));
    return name.size() <= 40 && IsCapitalisedName(name) ? name : "";
  }

  static bool SameShape(const GumboNode* a, const GumboNode* b) {
    std::string_view class_a = Attribute(a->v.element, "class");
    return !class_a.empty() && a->v.element.tag == b->v.element.tag &&
           class_a == Attribute(b->v.element, "class");
  }

  // A label and its value in neighbouring elements become one block,
  // "Edad: 29 años", so the label rules read them together: a table row of
  // two cells (<th>/<td>), a <dt> and its <dd>, or an element whose class
  // calls it a label or title ("infoBoxRowTitle", "field-label") and the
  // element after it. The label must be short (a few words).
  // `class_may_label` is ClassFacts::maybe_label for the element's class.
  void RecordLabelPair(const GumboNode* node, const Context& context, int depth,
                       bool class_may_label) {
    const GumboElement& element = node->v.element;
    const GumboNode* label = nullptr;
    const GumboNode* value = nullptr;
    if (element.tag == GUMBO_TAG_TR) {
      for (unsigned i = 0; i < element.children.length; ++i) {
        const auto* child =
            static_cast<const GumboNode*>(element.children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT) continue;
        if (child->v.element.tag != GUMBO_TAG_TD &&
            child->v.element.tag != GUMBO_TAG_TH) {
          continue;
        }
        if (label == nullptr) {
          label = child;
        } else if (value == nullptr) {
          value = child;
        } else {
          return;  // a data table, not label and value
        }
      }
    } else if (const GumboNode* bare_value = BareLabelsValue(node, depth)) {
      label = node;
      value = bare_value;
    } else {
      if (element.tag != GUMBO_TAG_DT && !class_may_label) return;
      const GumboNode* next = NextElementSibling(node);
      if (next == nullptr) return;
      bool pair =
          element.tag == GUMBO_TAG_DT
              ? next->v.element.tag == GUMBO_TAG_DD
              : internal::NamesLabel(Attribute(element, "class"),
                                     Attribute(next->v.element, "class"));
      if (!pair) return;
      label = node;
      value = next;
    }
    if (label == nullptr || value == nullptr) return;
    std::string raw_label;
    CollectText(label, depth, &raw_label);
    std::string label_text = NormalizeText(raw_label);
    while (!label_text.empty() &&
           (label_text.back() == ':' || label_text.back() == ' ')) {
      label_text.pop_back();
    }
    if (label_text.empty() || label_text.size() > 40 ||
        SplitAny(label_text, " ").size() > 5) {
      return;
    }
    std::string raw_value;
    CollectText(value, depth, &raw_value);
    std::string value_text = NormalizeText(raw_value);
    if (value_text.empty() || value_text.size() > 300) return;
    AddProfileBlock(StrCat(label_text, ": ", value_text), context.zone,
                    "[label]");
    // A bare number is read with its label only: "Games this year: 63".
    if (value_text.size() <= 4 &&
        std::all_of(value_text.begin(), value_text.end(), [](char c) {
          return absl::ascii_isdigit(static_cast<unsigned char>(c));
        })) {
      paired_values_.insert(value);
    }
  }

  // The value beside a bare field label: an item made of just two
  // elements, the first a profile field's label with no colon
  // ("<li><span>Location</span><span>Trondheim, Norway</span></li>").
  // nullptr when `node` is not such a label.
  static const GumboNode* BareLabelsValue(const GumboNode* node, int depth) {
    GumboTag tag = node->v.element.tag;
    if (tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_B &&
        tag != GUMBO_TAG_STRONG && tag != GUMBO_TAG_DIV &&
        tag != GUMBO_TAG_LABEL && tag != GUMBO_TAG_EM &&
        tag != GUMBO_TAG_SMALL) {
      return nullptr;  // rows and definitions are read as such
    }
    const GumboNode* parent = node->parent;
    if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) {
      return nullptr;
    }
    const GumboVector& parts = parent->v.element.children;
    const GumboNode* value = nullptr;
    int elements = 0;
    for (unsigned i = 0; i < parts.length; ++i) {
      const auto* part = static_cast<const GumboNode*>(parts.data[i]);
      if (part->type == GUMBO_NODE_TEXT) return nullptr;
      if (part->type != GUMBO_NODE_ELEMENT) continue;
      if (++elements > 2) return nullptr;
      if (elements == 1 && part != node) return nullptr;
      if (elements == 2) value = part;
    }
    if (value == nullptr) return nullptr;
    std::string raw;
    CollectTextCapped(node, depth, 32, &raw);
    if (raw.size() >= 32) return nullptr;
    std::string lower = AsciiLower(StripWhitespace(raw));
    return IsProfileFieldLabel(lower) ? value : nullptr;
  }

  // A value after its bare label as text: "<div>Age<b>26</b></div>" becomes
  // "Age: 26". The label must be a profile field's, and the value the
  // only element.
  void RecordTextLabelledValue(const GumboNode* node, const Context& context,
                               int depth) {
    const GumboNode* parent = node->parent;
    if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return;
    const GumboVector& parts = parent->v.element.children;
    std::string_view label;
    for (unsigned i = 0; i < parts.length; ++i) {
      const auto* part = static_cast<const GumboNode*>(parts.data[i]);
      if (part == node) continue;
      if (part->type == GUMBO_NODE_ELEMENT) return;
      if (part->type != GUMBO_NODE_TEXT) continue;
      if (i > node->index_within_parent || !label.empty()) return;
      label = StripWhitespace(part->v.text.text);
    }
    if (label.empty() || label.size() > 24) return;
    std::string lower = AsciiLower(label);
    if (!lower.empty() && lower.back() == ':') lower.pop_back();
    if (!IsProfileFieldLabel(StripWhitespace(lower))) return;
    std::string raw_value;
    CollectTextCapped(node, depth, 120, &raw_value);
    std::string value_text = NormalizeText(raw_value);
    if (value_text.empty() || value_text.size() >= 120) return;
    AddProfileBlock(StrCat(NormalizeText(label), ": ", value_text),
                    context.zone, "[label]");
  }

  // A value followed by its label, the way some profiles lay out their
  // "About" facts: <div>Female <span class="label">Gender</span></div>
  // becomes "Gender: Female". The label must close its parent, with only
  // text before it, and both must be short.
  void RecordTrailingLabel(const GumboNode* node, const Context& context,
                           int depth) {
    const GumboNode* parent = node->parent;
    if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT ||
        NextElementSibling(node) != nullptr) {
      return;
    }
    std::string raw_value;
    const GumboVector& siblings = parent->v.element.children;
    for (unsigned i = 0; i < node->index_within_parent; ++i) {
      const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
      if (sibling->type == GUMBO_NODE_ELEMENT) return;
      if (sibling->type == GUMBO_NODE_TEXT)
        raw_value.append(sibling->v.text.text);
    }
    std::string value_text = NormalizeText(raw_value);
    if (value_text.empty() || value_text.size() > 100) return;
    std::string raw_label;
    CollectTextCapped(node, depth, 60, &raw_label);
    std::string label_text = NormalizeText(raw_label);
    if (label_text.empty() || label_text.size() > 40 ||
        SplitAny(label_text, " ").size() > 3) {
      return;
    }
    AddProfileBlock(StrCat(label_text, ": ", value_text), context.zone,
                    "[label]");
  }

  // A dating profile's prompt and its answer, a heading that trails off
  // and the paragraph after it ("Mon anniversaire, c'est…" / "le 9
  // octobre"), become one block so the rules read the sentence whole.
  void RecordPromptAnswer(const GumboNode* node, const Context& context,
                          int depth) {
    const GumboNode* next = NextElementSibling(node);
    if (next == nullptr || next->v.element.tag != GUMBO_TAG_P) return;
    std::string raw_prompt;
    CollectTextCapped(node, depth, 100, &raw_prompt);
    std::string prompt = NormalizeText(raw_prompt);
    if (prompt.empty() || prompt.size() > 80 ||
        !(EndsWith(prompt, "...") || EndsWith(prompt, "…") ||
          EndsWith(prompt, "?") || EndsWith(prompt, ":"))) {
      return;
    }
    std::string raw_answer;
    CollectTextCapped(next, depth, 320, &raw_answer);
    std::string answer = NormalizeText(raw_answer);
    if (answer.empty() || answer.size() > 300) return;
    AddJoinedBlock(StrCat(prompt, " ", answer), context.source, context.zone,
                   "[prompt]");
  }

  // Adds a block the walk put together from several elements; `suffix`
  // marks how in its tag path ("[field]", "[prompt]").
  void AddJoinedBlock(std::string text, Source source, Zone zone,
                      std::string_view suffix) {
    TextBlock block;
    block.text = std::move(text);
    block.source = source;
    block.zone = zone;
    block.element = StrCat(ElementPath(), suffix);
    document_->blocks.push_back(std::move(block));
  }

  // AddJoinedBlock for text read as a profile field.
  void AddProfileBlock(std::string text, Zone zone, std::string_view suffix) {
    AddJoinedBlock(std::move(text), Source::kProfile, zone, suffix);
  }

  // A profile's list of short unlabelled facts ("34", "Woman", "Logan
  // Square, Chicago", "Sous chef", "Marrow & Vine") becomes one block joined
  // by " · ", the way bios write them, so the bio-list rules can read it.
  void RecordChipList(const GumboNode* node, const Context& context,
                      int depth) {
    const GumboElement& element = node->v.element;
    if (context.source != Source::kProfile ||
        (element.tag != GUMBO_TAG_UL && element.tag != GUMBO_TAG_OL)) {
      return;
    }
    std::string joined;
    int items = 0;
    for (unsigned i = 0; i < element.children.length; ++i) {
      const auto* child =
          static_cast<const GumboNode*>(element.children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      if (child->v.element.tag != GUMBO_TAG_LI) return;
      std::string raw;
      CollectTextCapped(child, depth + 1, 80, &raw);
      std::string text = NormalizeText(raw);
      if (text.empty()) continue;
      if (text.size() > 60) return;  // a list of sentences, not of facts
      if (!joined.empty()) joined.append(" · ");
      joined.append(text);
      ++items;
    }
    if (items < 3) return;
    AddProfileBlock(std::move(joined), context.zone, "[list]");
  }

  // The next sibling of `node` that is an element; nullptr when none.
  static const GumboNode* NextElementSibling(const GumboNode* node) {
    const GumboNode* parent = node->parent;
    if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) {
      return nullptr;
    }
    const GumboVector& siblings = parent->v.element.children;
    for (unsigned i = node->index_within_parent + 1; i < siblings.length; ++i) {
      const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
      if (sibling->type == GUMBO_NODE_ELEMENT) return sibling;
    }
    return nullptr;
  }

  // A short element whose class names a profile field ("neighborhood",
  // "gender", "loc") becomes its own block, "Location: Tenleytown", so the
  // label rules read it as the field it is.
  void RecordField(const GumboNode* node, const Context& context, int depth,
                   std::string_view label) {
    // A field is a leaf: a section holding a heading and paragraphs is not.
    if (HasBlockChild(node)) return;
    std::string raw;
    CollectText(node, depth, &raw);
    std::string text = NormalizeText(raw);
    if (text.empty() || text.size() > 80) return;
    AddProfileBlock(StrCat(label, ": ", text), context.zone, "[field]");
  }

  void RecordScript(const GumboNode* node) {
    std::string_view type = Attribute(node->v.element, "type");
    std::string lower_type = AsciiLower(type);
    std::string raw;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
          child->type == GUMBO_NODE_WHITESPACE) {
        raw.append(child->v.text.text);
      }
    }
    if (raw.size() > kMaxPageBytes) return;
    Script script;
    if (Contains(lower_type, "ld+json")) {
      script.kind = Script::Kind::kJsonLd;
    } else if (lower_type.empty() || Contains(lower_type, "javascript") ||
               lower_type == "application/json") {
      // Embedded state: only scripts that carry a JSON object literal.
      if (raw.find('{') == std::string::npos ||
          raw.find('"') == std::string::npos) {
        return;
      }
      script.kind = Script::Kind::kState;
    } else {
      return;
    }
    script.text = std::move(raw);
    document_->scripts.push_back(std::move(script));
  }

  // Records microformats2 classes and schema.org itemprops of an element.
  void RecordProperties(const GumboNode* node, const Context& context,
                        int depth) {
    const GumboElement& element = node->v.element;
    std::string_view class_attr = Attribute(element, "class");
    std::string_view itemprop = Attribute(element, "itemprop");
    if (itemprop.empty()) {
      itemprop = RdfaSchemaTerm(Attribute(element, "property"));
    }
    std::vector<std::string> names;
    for (std::string_view token : SplitAny(class_attr, " \t\n")) {
      if (IsPropertyClass(token)) {
        names.push_back(AsciiLower(token));
      } else if (context.hcard_depth > 0) {
        std::string_view classic = ClassicHcardProperty(token);
        if (!classic.empty()) names.emplace_back(classic);
      }
    }
    for (std::string_view token : SplitAny(itemprop, " \t\n")) {
      names.push_back(StrCat("itemprop:", AsciiLower(token)));
    }
    if (names.empty()) return;
    // The value: a URL attribute for u-, a datetime for dt-, else text.
    // A microdata value written as an attribute (<time datetime>, a
    // content= or value= attribute) is the machine-readable one, and wins
    // over the element's text ("23. svibnja 1961.", "žensko").
    std::string value;
    bool value_is_data = false;
    for (const char* attribute :
         {"href", "src", "datetime", "content", "value", "title"}) {
      std::string_view found = Attribute(element, attribute);
      if (found.empty()) continue;
      if (std::string_view(attribute) == "href" ||
          std::string_view(attribute) == "src") {
        value = ResolveUrl(document_->url, found);
        if (value.empty()) value = std::string(found);
      } else {
        value = NormalizeText(found);
        value_is_data = std::string_view(attribute) != "title";
      }
      break;
    }
    // e- properties are whole post bodies, already read as text blocks;
    // property values are short, so longer text is not one.
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const std::string& name) {
                                 return StartsWith(name, "e-");
                               }),
                names.end());
    if (names.empty()) return;
    std::string text;
    CollectText(node, depth, &text);
    text =
        text.size() > kMaxPropertyBytes ? std::string() : NormalizeText(text);
    for (const std::string& name : names) {
      Property property;
      property.name = name;
      bool wants_url = StartsWith(name, "u-") || EndsWith(name, ":url") ||
                       EndsWith(name, ":sameas");
      bool wants_time = StartsWith(name, "dt-") ||
                        (value_is_data && StartsWith(name, "itemprop:"));
      property.value = (wants_url || wants_time) && !value.empty() ? value
                       : !text.empty()                             ? text
                                                                   : value;
      if (property.value.empty()) continue;
      property.zone = context.zone;
      property.in_hcard = context.hcard_depth > 0;
      property.hcard_kind = std::string(context.hcard_kind);
      document_->properties.push_back(std::move(property));
    }
  }

  void RecordLink(const GumboNode* node, const Context& context, int depth,
                  const char* attribute) {
    std::string_view href = Attribute(node->v.element, attribute);
    if (href.empty()) return;
    std::string url = ResolveUrlWithFragment(document_->url, href);
    if (url.empty()) return;
    std::string raw;
    CollectText(node, depth, &raw);
    Link link;
    link.url = std::move(url);
    link.rel = AsciiLower(Attribute(node->v.element, "rel"));
    link.text = NormalizeText(raw);
    link.lead = LeadBeforeLink(pending_);
    // Only a map point needs the sentence around it.
    if (StartsWith(AsciiLower(std::string_view(link.url).substr(0, 4)),
                   "geo:")) {
      link.sentence = SentenceBeforeLink(pending_);
    }
    link.zone = context.zone;
    link.in_footer = context.inside_footer;
    link.in_links_section = context.links_section;
    link.source = context.source;
    document_->links.push_back(std::move(link));
  }

  void ReadHead(const GumboNode* head) {
    const GumboVector& children = head->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& element = child->v.element;
      if (element.tag == GUMBO_TAG_TITLE) {
        std::string raw;
        CollectText(child, 0, &raw);
        document_->title = NormalizeText(raw);
        if (!document_->title.empty()) {
          // "Fiona Strachan (Glasgow, UK)'s profile", "Tutor — Erandwane,
          // Pune | TutorFinder": read like a meta description.
          TextBlock block;
          block.text = document_->title;
          block.source = Source::kMeta;
          block.zone = Zone::kOwner;
          block.element = "title";
          document_->blocks.push_back(std::move(block));
        }
      } else if (element.tag == GUMBO_TAG_SCRIPT) {
        RecordScript(child);
      } else if (element.tag == GUMBO_TAG_LINK) {
        std::string_view rel = Attribute(element, "rel");
        std::string_view href = Attribute(element, "href");
        std::string rel_lower = AsciiLower(rel);
        if (!href.empty() && (HasClassToken(rel_lower, "me") ||
                              HasClassToken(rel_lower, "next"))) {
          Link link;
          link.url = ResolveUrl(document_->url, href);
          link.rel = AsciiLower(rel);
          if (!link.url.empty()) document_->links.push_back(std::move(link));
        }
      } else if (element.tag == GUMBO_TAG_META) {
        std::string_view key = Attribute(element, "property");
        if (key.empty()) key = Attribute(element, "name");
        if (key.empty()) key = Attribute(element, "itemprop");
        std::string lower = AsciiLower(key);
        std::string content = NormalizeText(Attribute(element, "content"));
        if (!lower.empty() && !content.empty()) {
          Property property;
          property.name = StrCat("meta:", lower);
          property.value = content;
          document_->properties.push_back(std::move(property));
        }
        if (lower == "description" || lower == "og:description" ||
            lower == "twitter:description" || lower == "profile:gender" ||
            StartsWith(lower, "og:locality") ||
            StartsWith(lower, "og:region")) {
          std::string text = NormalizeText(Attribute(element, "content"));
          if (text.empty()) continue;
          TextBlock block;
          block.text = std::move(text);
          block.source = Source::kMeta;
          block.zone = Zone::kOwner;
          block.element = StrCat("meta[", lower, "]");
          document_->blocks.push_back(std::move(block));
        }
      }
    }
  }

  const std::string& owner_name() const { return document_->owner_name; }

  // SameName(author, owner_name()), the owner's side worked out once.
  bool SameAsOwner(std::string_view author) const {
    if (owner_key_.name.empty()) return false;
    // "<b>noawalks</b>: @Dana thank you!" on "Noa Friedman-Azoulay
    // (@noawalks)": the owner answering under their handle.
    if (!owner_handle_.empty()) {
      std::string handle = AsciiLower(StripWhitespace(author));
      if (!handle.empty() && handle.front() == '@') handle.erase(0, 1);
      if (handle == owner_handle_) return true;
    }
    return SameName(AuthorKey(author), owner_key_);
  }

  Document* document_;
  const bool has_main_;
  // The owner's name is a feature heading's subject ("Cast Spotlight:
  // Lorraine Beaumont"), so a list of other people's cards is theirs.
  const bool owner_is_feature_subject_;
  // The heading naming the feature's subject (HeadingNames), or nullptr.
  const GumboNode* feature_heading_;
  ClassFactsCache* cache_;
  const AuthorKey owner_key_;       // the owner's name, as SameName reads it
  const std::string owner_handle_;  // lower case, without "@"; or ""
  // Value cells of the label pairs read so far that hold a bare number
  // (RecordLabelPair).
  absl::flat_hash_set<const GumboNode*> paired_values_;
  std::string pending_;
  // ReadSequenceLine's buffers, kept to spare an allocation per line.
  std::string line_raw_;
  std::string line_lower_;
  std::string line_words_;
  Context pending_context_;
  std::string pending_element_;         // tag path of the pending block
  std::vector<std::string_view> path_;  // tags of the elements walked into
  std::deque<std::string> owned_;       // strings Context views point to
  bool depth_warned_ = false;
};

bool LooksLikeHtml(const Page& page) {
  std::string type = AsciiLower(page.content_type);
  if (Contains(type, "html") || Contains(type, "xml")) {
    return true;
  }
  if (!type.empty()) return false;
  std::string_view head = std::string_view(page.body).substr(0, 1024);
  std::string lower = AsciiLower(head);
  return Contains(lower, "<html") || Contains(lower, "<!doctype") ||
         Contains(lower, "<body") || Contains(lower, "<div") ||
         Contains(lower, "<p>");
}

void ParsePlainText(std::string_view body, Document* document) {
  // Paragraphs are separated by blank lines.
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find("\n\n", start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view paragraph = body.substr(start, end - start);
    start = end + 2;
    std::string text = NormalizeText(paragraph);
    if (text.empty()) continue;
    TextBlock block;
    block.text = std::move(text);
    block.element = "text";
    document->blocks.push_back(std::move(block));
  }
}

}  // namespace

std::string_view SourceName(Source source) {
  switch (source) {
    case Source::kProfile:
      return "profile";
    case Source::kPost:
      return "post";
    case Source::kStructured:
      return "structured";
    case Source::kMeta:
      return "meta";
    case Source::kLink:
      return "link";
    case Source::kImage:
      return "image";
  }
  return "post";
}

std::optional<Source> ParseSource(std::string_view name) {
  for (Source source : {Source::kProfile, Source::kPost, Source::kStructured,
                        Source::kMeta, Source::kLink, Source::kImage}) {
    if (SourceName(source) == name) return source;
  }
  return std::nullopt;
}

std::string_view ZoneName(Zone zone) {
  switch (zone) {
    case Zone::kOwner:
      return "owner";
    case Zone::kFurniture:
      return "furniture";
    case Zone::kOthers:
      return "others";
  }
  return "owner";
}

Document ParseDocument(const Page& page) {
  Document document;
  document.url = page.url;
  std::string_view body = page.body;
  if (page.truncated) {
    document.warnings.push_back(StrCat(page.url, ": larger than ",
                                       kMaxPageBytes, " bytes; rest ignored"));
  }
  if (body.size() > kMaxPageBytes) body = body.substr(0, kMaxPageBytes);
  if (!LooksLikeHtml(page)) {
    ParsePlainText(body, &document);
    return document;
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read parse errors; do not collect them
  GumboOutput* output =
      gumbo_parse_with_options(&options, body.data(), body.size());
  if (output == nullptr) {
    document.warnings.push_back(page.url + ": HTML could not be parsed");
    return document;
  }
  const bool has_main = HasMain(output->root, 0);
  // A language tag with its country ("es-HN") says where the page is; one
  // without ("es", "en") is read from the page's words once it is walked.
  bool region_is_written = false;
  if (output->root->type == GUMBO_NODE_ELEMENT) {
    std::string_view lang = Attribute(output->root->v.element, "lang");
    document.region = RegionOfLanguage(lang);
    region_is_written = lang.find_first_of("-_") != std::string_view::npos &&
                        !document.region.empty();
  }
  ClassFactsCache cache;
  // A feature ("Neighbor of the Week: Odell Pruitt") is about its subject,
  // not its byline's writer.
  HeadingNames headings = OwnerNamesFromHeadings(output->root);
  const bool owner_is_feature_subject = !headings.feature.empty();
  document.owner_name = std::move(headings.feature);
  if (document.owner_name.empty()) {
    document.owner_name =
        AuthorName(FindOwnerName(output->root, 0, false, has_main, &cache));
    std::string frequent =
        FrequentAuthor(output->root, document.owner_name, has_main, &cache);
    if (!frequent.empty()) document.owner_name = std::move(frequent);
  }
  if (document.owner_name.empty()) {
    document.owner_name =
        AuthorName(RepresentativeCardName(output->root, 0, &cache));
  }
  if (document.owner_name.empty() && !headings.plain_is_title) {
    document.owner_name = std::move(headings.plain);
  }
  std::string words;  // the page's words, not the title's
  bool collected = false;
  auto page_words = [&]() -> std::string_view {
    if (collected) return words;
    collected = true;
    const GumboVector& parts = output->root->v.element.children;
    for (unsigned i = 0; i < parts.length; ++i) {
      const auto* part = static_cast<const GumboNode*>(parts.data[i]);
      if (part->type == GUMBO_NODE_ELEMENT &&
          part->v.element.tag == GUMBO_TAG_BODY) {
        CollectTextCapped(part, 1, 64 * 1024, &words);
      }
    }
    return words;
  };
  if (document.owner_name.empty() && !headings.title.empty()) {
    document.owner_name = TitleNamesOwner(headings.title, page_words);
  }
  if (document.owner_name.empty()) {
    document.owner_name = std::move(headings.plain);
  }
  // "By Kaure Baiteke … Five questions for Teretia" over a piece that
  // names Teretia Kaiteie: an interview is about the one it questions, not
  // the writer its byline names.
  bool owner_is_subject = owner_is_feature_subject;
  const GumboNode* subject_heading = headings.feature_heading;
  if (!owner_is_subject && headings.interview_heading != nullptr &&
      !document.owner_name.empty() &&
      IsBylineOf(document.owner_name, page_words())) {
    // "Ten questions for a Tristan islander": the one who answers
    // introduces themselves ("I'm Nadine, I'm 35").
    if (headings.interview.empty()) {
      headings.interview = IntroducedFirstName(page_words());
    }
    std::string full =
        headings.interview.empty() || Contains(headings.interview, " ")
            ? headings.interview
            : FullNameOf(headings.interview, page_words());
    if (Contains(full, " ") &&
        FirstWord(full) != FirstWord(document.owner_name)) {
      document.owner_name = std::move(full);
      owner_is_subject = true;
      subject_heading = headings.interview_heading;
    }
  }
  Walker walker(&document, has_main, owner_is_subject, subject_heading,
                OwnerHandle(headings.title), &cache);
  Context root;
  walker.Walk(output->root, root, 0);
  walker.Flush();
  internal::MarkTaglines(&document);
  // "By Frieda Hamutenya · 20 November 2026": a signed feature is about
  // the person it keeps naming.
  if (!owner_is_subject) {
    std::string subject = internal::FeatureSubject(document);
    if (!subject.empty()) document.owner_name = std::move(subject);
  }
  // "<h1>Robson Sweeps</h1>" over a listing whose JSON-LD names the
  // business's founder: the page is the founder's.
  if (!owner_is_subject) {
    std::string founder = internal::FounderOfOwnBusiness(document);
    if (!founder.empty()) document.owner_name = std::move(founder);
  }
  // "I'm Sri Wahyuningsih, most people call me Bu Sri": a listing that
  // names its person only in their own first words.
  if (document.owner_name.empty()) {
    document.owner_name = internal::SelfIntroducedName(document);
  }
  // "Gente del pueblo: Herminia, la maestra" over a piece that keeps
  // naming Herminia Lahoz Gil.
  if (document.owner_name.empty()) {
    document.owner_name = internal::TitledSubject(document);
  }
  document.owner_name = TrimTrailingEmoji(document.owner_name);
  // "Dorothea Kasprzak ("Dot")" on the card: the page says "Dot is 76".
  document.owner_name = internal::OwnerNameWithNickname(document);
  document.owner_pronouns = internal::OwnerPronouns(document);
  if (!document.owner_pronouns.empty()) {
    internal::ReturnSubjectsQuotes(&document);
  }
  if (!region_is_written) {
    std::vector<internal::CountryVotes> countries =
        internal::CountriesOfPage(document);
    std::string winner = internal::ClearWinner(countries);
    if (!winner.empty()) document.region = std::move(winner);
    // A travel page names its traveller's home as often as the places
    // they went: a number that is no phone of the page's country may be
    // one of the others it names at least twice.
    for (const internal::CountryVotes& country : countries) {
      if (country.votes >= 2 && country.code != document.region) {
        document.other_regions.push_back(country.code);
      }
    }
  } else if (std::string_view territories =
                 internal::TerritoriesOf(document.region);
             !territories.empty()) {
    // Guernsey, the Isle of Man and Tristan da Cunha write "en-GB",
    // Guadeloupe "fr-FR", but each numbers its phones apart: a territory
    // the page names twice or more (more than any other of them) is
    // where it is, however often it names the mainland. The mainland's
    // numbers still read: the territories that share its country code
    // take them, and the others fall back to it.
    std::string best;
    int best_votes = 1;
    for (const internal::CountryVotes& country :
         internal::CountriesOfPage(document)) {
      if (country.votes > best_votes && Contains(territories, country.code)) {
        best = country.code;
        best_votes = country.votes;
      }
    }
    if (!best.empty()) document.region = std::move(best);
  }
  gumbo_destroy_output(&options, output);
  return document;
}

}  // namespace exposure
