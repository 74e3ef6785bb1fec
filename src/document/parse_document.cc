// ParseDocument: Gumbo's DOM to text blocks with provenance.
//
// The walk keeps, for each element, the zone (whose words), source (profile
// or post) and tag path its text inherits. Block-level elements end the
// current block; inline elements add to it. Replies whose author name equals
// the page owner's stay in the owner's zone (people answer in their own
// threads). Scripts and styles are never read as text.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "document/zones.h"
#include "exposure/document.h"
#include "exposure/limits.h"
#include "gumbo.h"

namespace exposure {
namespace {

using internal::Marker;

struct Context {
  Zone zone = Zone::kOwner;
  Source source = Source::kPost;
  bool inside_main = false;
  std::string element;  // tag path, capped to the last few tags
};

std::string_view Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* attribute =
      gumbo_get_attribute(&element.attributes, name);
  return attribute == nullptr ? std::string_view() : attribute->value;
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

// The text of the first name element (class "name", "author", ...) under
// `node`, normalised; "" when none.
std::string FindName(const GumboNode* node, int depth) {
  if (depth > kMaxDomDepth || node->type != GUMBO_NODE_ELEMENT) return "";
  const GumboElement& element = node->v.element;
  if (IsSkippedTag(element.tag)) return "";
  if (internal::IsNameElement(Attribute(element, "class"),
                              Attribute(element, "itemprop"))) {
    std::string raw;
    CollectText(node, depth, &raw);
    std::string name = NormalizeText(raw);
    if (!name.empty() && name.size() < 80) return name;
  }
  for (unsigned i = 0; i < element.children.length; ++i) {
    std::string name = FindName(
        static_cast<const GumboNode*>(element.children.data[i]), depth + 1);
    if (!name.empty()) return name;
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

// The owner's name: the first name element that is not in furniture or in
// other people's replies.
std::string FindOwnerName(const GumboNode* node, int depth, bool inside_main,
                          bool has_main) {
  if (depth > kMaxDomDepth || node->type != GUMBO_NODE_ELEMENT) return "";
  const GumboElement& element = node->v.element;
  if (IsSkippedTag(element.tag)) return "";
  Marker marker = internal::ClassifyElement(
      TagName(element), Attribute(element, "class"), Attribute(element, "id"),
      Attribute(element, "role"), inside_main, has_main);
  if (marker == Marker::kFurniture || marker == Marker::kOthers) return "";
  if (internal::IsNameElement(Attribute(element, "class"),
                              Attribute(element, "itemprop"))) {
    return FindName(node, depth);
  }
  bool child_inside_main = inside_main || marker == Marker::kMain ||
                           element.tag == GUMBO_TAG_ARTICLE;
  for (unsigned i = 0; i < element.children.length; ++i) {
    std::string name =
        FindOwnerName(static_cast<const GumboNode*>(element.children.data[i]),
                      depth + 1, child_inside_main, has_main);
    if (!name.empty()) return name;
  }
  return "";
}

bool SameName(std::string_view a, std::string_view b) {
  return !a.empty() && EqualsIgnoreCase(a, b);
}

class Walker {
 public:
  Walker(Document* document, bool has_main)
      : document_(document), has_main_(has_main) {}

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
      block.text = text.substr(start, length);
      block.zone = pending_context_.zone;
      block.source = pending_context_.source;
      block.element = pending_context_.element;
      document_->blocks.push_back(std::move(block));
      start += length;
    }
  }

 private:
  void AddText(std::string_view text, const Context& context) {
    if (pending_.empty()) {
      if (StripWhitespace(text).empty()) return;
      pending_context_ = context;
    } else if (context.zone != pending_context_.zone) {
      Flush();
      pending_context_ = context;
    }
    pending_.append(text);
  }

  void WalkElement(const GumboNode* node, const Context& parent, int depth) {
    const GumboElement& element = node->v.element;
    if (element.tag == GUMBO_TAG_HEAD) {
      ReadHead(node);
      return;
    }
    if (IsSkippedTag(element.tag)) return;
    std::string_view tag = TagName(element);
    std::string_view class_attr = Attribute(element, "class");
    Context context = parent;
    Marker marker = internal::ClassifyElement(
        tag, class_attr, Attribute(element, "id"), Attribute(element, "role"),
        parent.inside_main, has_main_);
    switch (marker) {
      case Marker::kFurniture:
        if (context.zone == Zone::kOwner) context.zone = Zone::kFurniture;
        break;
      case Marker::kOthers:
        // Each reply is judged by its own author line: the owner answering
        // in their own thread is still the owner.
        if (context.zone != Zone::kFurniture) {
          context.zone = SameName(FindName(node, depth), owner_name())
                             ? Zone::kOwner
                             : Zone::kOthers;
        }
        break;
      case Marker::kProfile:
        context.source = Source::kProfile;
        break;
      case Marker::kPost:
        context.source = Source::kPost;
        context.inside_main = true;
        break;
      case Marker::kMain:
        context.inside_main = true;
        break;
      case Marker::kNone:
        break;
    }
    if (element.tag == GUMBO_TAG_ARTICLE) context.inside_main = true;
    if (depth < 12) {
      context.element = parent.element.empty()
                            ? std::string(tag)
                            : StrCat(parent.element, ">", tag);
    }

    if (element.tag == GUMBO_TAG_A) RecordLink(node, context, depth);
    bool block = IsBlockTag(element.tag);
    if (block) Flush();
    const GumboVector& children = element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      Walk(static_cast<const GumboNode*>(children.data[i]), context, depth + 1);
    }
    if (block) Flush();
  }

  void RecordLink(const GumboNode* node, const Context& context, int depth) {
    std::string_view href = Attribute(node->v.element, "href");
    if (href.empty()) return;
    std::string url = ResolveUrl(document_->url, href);
    if (url.empty()) return;
    std::string raw;
    CollectText(node, depth, &raw);
    Link link;
    link.url = std::move(url);
    link.rel = AsciiLower(Attribute(node->v.element, "rel"));
    link.text = NormalizeText(raw);
    link.zone = context.zone;
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
      } else if (element.tag == GUMBO_TAG_META) {
        std::string_view key = Attribute(element, "property");
        if (key.empty()) key = Attribute(element, "name");
        std::string lower = AsciiLower(key);
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

  Document* document_;
  const bool has_main_;
  std::string pending_;
  Context pending_context_;
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
  document.owner_name = FindOwnerName(output->root, 0, false, has_main);
  Walker walker(&document, has_main);
  Context root;
  walker.Walk(output->root, root, 0);
  walker.Flush();
  gumbo_destroy_output(&options, output);
  return document;
}

}  // namespace exposure
