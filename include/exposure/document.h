// Document: a page parsed into text blocks that remember where they came from.
//
// The document stage turns a Page into plain, NFKC-normalised text blocks and
// the links on the page. It decides, for every block, whose words they are:
// the profiled person's (profile fields, own posts), page furniture (nav,
// footer, banners, "suggested" boxes) or somebody else's (replies, comments).
// It never runs scripts and never fetches anything.
#ifndef EXPOSURE_DOCUMENT_H_
#define EXPOSURE_DOCUMENT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exposure/page.h"

namespace exposure {

// Where a block sits on the page, in report terms (the JSON "source" field).
enum class Source {
  kProfile,     // a profile field or bio
  kPost,        // the person's own post or article
  kStructured,  // JSON-LD, microformats, embedded JSON state
  kMeta,        // <meta> / OpenGraph tags, <title>
  kLink,        // tel:, mailto:, geo: and rel="me" links
  kImage,       // image metadata and alt text
};

std::string_view SourceName(Source source);
// Parses a SourceName(); nullopt for anything else.
std::optional<Source> ParseSource(std::string_view name);

// Whose words a block is.
enum class Zone {
  kOwner,      // the profiled person's own content
  kFurniture,  // site chrome: navigation, footer, banners, suggestions, ads
  kOthers,     // other people's content: replies and comments by others
};

std::string_view ZoneName(Zone zone);

// A run of text from one element, normalised (NFKC, zero-width characters
// removed, whitespace collapsed, valid UTF-8).
struct TextBlock {
  std::string text;
  Source source = Source::kPost;
  Zone zone = Zone::kOwner;
  std::string element;  // tag path, e.g. "main>article>p"
  // When the post holding the block was published: the datetime of the
  // first <time datetime> in its <article> or post element, as written
  // ("2026-07-12T09:30:00-07:00"); "" when unknown.
  std::string posted_at;
  // Inside the site footer (<footer>, role=contentinfo or a footer class
  // outside <main>/<article>): the site's small print and contacts.
  bool in_footer = false;
  // Set off in a <blockquote> and so read as someone else's words, until
  // the page turns out to be written about its owner in the third person
  // (see ReturnSubjectsQuotes).
  bool quoted_aside = false;
};

// The last tag of a block's element path: "h2" for "main>section>h2".
std::string_view LastTagOf(std::string_view element);

// The last tag of the path that is not an inline one (b, strong, i, em,
// span, a, small, u, mark): "li" for "ul>li>b", whose block opens with a
// bold lead but holds the whole item.
std::string_view LastBlockTagOf(std::string_view element);

// The heading level of a block's element path: 2 for "main>section>h2",
// 0 when its last tag is no heading.
int HeadingLevelOf(std::string_view element);

// A hyperlink found on the page, resolved against the page URL.
struct Link {
  std::string url;   // absolute, fragment kept ("tel:", "mailto:" as written)
  std::string rel;   // rel attribute, lower case ("" when absent)
  std::string text;  // anchor text, normalised
  Zone zone = Zone::kOwner;
  // Inside the site footer (<footer>, role=contentinfo or a footer class
  // outside <main>/<article>), where a "Next" link is the site's, not the
  // listing's pagination.
  bool in_footer = false;
  // In a list of the person's other profiles: an element named so
  // ("links", "social") or under a heading such as "Socials", "Find me",
  // "Elsewhere", "Links".
  bool in_links_section = false;
  // Where the link sits: a profile card or bio (kProfile), or a post.
  Source source = Source::kPost;
  // The words just before the link in its line of text, from the last
  // separator ("·", "|", ".", ";") on, normalised: "Instagram", "Tom's:",
  // "Fotos de mis rodadas en". Empty when the link starts its block.
  std::string lead;
  // For a "geo:" link only: the text before it in its block, from the last
  // line break on, at most 160 bytes, normalised, past the separators the
  // lead stops at ("expedición única; entrada en"); "" for other links.
  std::string sentence;
};

// A machine-readable property the page states: a microformats2 class
// ("p-tel", "u-email", "p-locality"), a schema.org microdata itemprop
// ("itemprop:telephone"), or a <meta> tag ("meta:og:locality",
// "meta:profile:gender", "meta:geo.position").
struct Property {
  std::string name;   // as above, lower case
  std::string value;  // text content, or href/src/datetime/content/value
  Zone zone = Zone::kOwner;
  bool in_hcard = false;   // inside an h-card (the person's card)
  std::string hcard_kind;  // for nested cards: "p-org", "p-adr", "" = root
};

// The raw text of a data script: JSON-LD or an embedded JSON state blob
// ("window.__STATE__ = {...}"). Parsed by the extractor, never executed.
struct Script {
  enum class Kind { kJsonLd, kState };
  Kind kind = Kind::kJsonLd;
  std::string text;  // at most kMaxPageBytes
};

struct Document {
  std::string url;
  std::string title;
  std::string owner_name;  // the profiled person's display name, if found
  // When the page is written about its owner in the third person (a member
  // spotlight, a club feature): the pronouns that stand for them there,
  // lower case ("she", "her", …). Empty otherwise.
  std::vector<std::string> owner_pronouns;
  // The country the page's <html lang> names ("es-CO" gives "CO"); when
  // the tag names only a language, the country the page itself points to
  // (CountryOfPage: "Tegucigalpa, Honduras", "+504 …", ".hn"), else the
  // language's main country ("it" gives "IT"); "" for English alone.
  // Reads numbers written the national way ("347 555 0142" on an Italian
  // page).
  std::string region;
  // When the language tag names no country: the other countries the page
  // names at least twice ("Tbilisi", "+995 …"), most often named first. A
  // number written the national way that is no phone of `region` is read
  // as one of theirs ("054-318-2206" on a travel page that names Haifa as
  // often as Tbilisi).
  std::vector<std::string> other_regions;
  std::vector<TextBlock> blocks;
  std::vector<Link> links;  // <a href>, <iframe src>, <area>, and the
                            // head's <link rel="me"> and rel="next"
  std::vector<Property> properties;
  std::vector<Script> scripts;
  std::vector<std::string> warnings;  // limits hit, encoding repaired, ...
};

// Parses `page` into a Document. HTML (by content type, or by sniffing when
// the type is empty) goes through Gumbo; anything else is treated as plain
// text, one block per paragraph. Never fails: malformed HTML and broken UTF-8
// are repaired and noted in `warnings`. Input beyond kMaxPageBytes and
// nesting beyond kMaxDomDepth are dropped with a warning.
Document ParseDocument(const Page& page);

// Normalises arbitrary bytes into clean UTF-8 text: invalid sequences become
// U+FFFD, NFKC folding (full-width digits become ASCII), zero-width and other
// format characters are removed, Unicode hyphens and dashes become '-', runs
// of whitespace become one space.
std::string NormalizeText(std::string_view raw);

// Resolves `href` against `base` (RFC 3986 subset sufficient for http(s)).
// Returns "" when the result is not an http(s), tel, mailto or geo URL.
std::string ResolveUrl(std::string_view base, std::string_view href);

// As ResolveUrl, but keeps the fragment ("#map=15/45.52/-122.67"): map
// links carry coordinates there.
std::string ResolveUrlWithFragment(std::string_view base,
                                   std::string_view href);

}  // namespace exposure

#endif  // EXPOSURE_DOCUMENT_H_
