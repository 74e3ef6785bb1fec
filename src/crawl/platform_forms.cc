// Platform forms: URL shapes of machine-readable profiles, and their JSON
// turned into HTML pages marked the way the document stage reads them.
//
// Design. The extractor already knows profile cards (class "h-card
// profile": source profile), "Label: value" profile fields, mailto: and
// rel="me" links, and posts (<article> with a <time datetime>). So each
// form is converted into exactly that markup instead of teaching the
// extractor every platform's JSON. Attribution is decided here, where the
// JSON still says who wrote what: only the owner's own posts are written
// out, so boosts, other people's posts and the titles of threads someone
// else started never reach the extractor as the owner's words. Post HTML
// (ActivityPub content) is kept as it is; the mentions in it are nested
// h-cards, which the document stage does not take for the person's card
// because every page here is wrapped in the owner's card.
#include "crawl/platform_forms.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/time/time.h"
#include "common/strings.h"
#include "crawl/feeds.h"
#include "crawl/link_policy.h"
#include "exposure/limits.h"
#include "nlohmann/json.hpp"

namespace exposure::internal {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kActivityJson =
    "application/activity+json, application/ld+json; "
    "profile=\"https://www.w3.org/ns/activitystreams\"";

// GitHub's own pages, which are not user names.
bool IsGitHubReservedName(std::string_view lower) {
  static const std::string_view kReserved[] = {
      "about",       "apps",          "collections",
      "codespaces",  "contact",       "customer-stories",
      "enterprise",  "explore",       "features",
      "issues",      "join",          "login",
      "marketplace", "new",           "notifications",
      "orgs",        "organizations", "pricing",
      "pulls",       "readme",        "search",
      "security",    "settings",      "site",
      "sponsors",    "team",          "topics",
      "trending"};
  for (std::string_view name : kReserved) {
    if (lower == name) return true;
  }
  return false;
}

bool IsNameOf(std::string_view name, std::string_view extra, int min_size,
              int max_size) {
  if (static_cast<int>(name.size()) < min_size ||
      static_cast<int>(name.size()) > max_size) {
    return false;
  }
  return std::all_of(name.begin(), name.end(), [&](char c) {
    return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
           extra.find(c) != std::string_view::npos;
  });
}

std::string_view HostOf(std::string_view origin) {
  std::size_t scheme = origin.find("://");
  return scheme == std::string_view::npos ? origin : origin.substr(scheme + 3);
}

// Deepest bracket nesting outside strings; bounded before parsing.
int JsonDepth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

std::optional<Json> Parse(std::string_view text) {
  if (text.size() > kMaxJsonBytes || JsonDepth(text) > kMaxJsonDepth) {
    return std::nullopt;
  }
  Json json = Json::parse(text.begin(), text.end(), nullptr, false);
  if (json.is_discarded()) return std::nullopt;
  return json;
}

// A string member, "" when absent or not a string.
std::string Str(const Json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

// An ActivityStreams reference: a string, or an object's "id" (or "href").
std::string Reference(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object()) {
    std::string id = Str(value, "id");
    return id.empty() ? Str(value, "href") : id;
  }
  if (value.is_array() && !value.empty()) return Reference(value.front());
  return "";
}

std::string Member(const Json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  return it == object.end() ? "" : Reference(*it);
}

bool HasType(const Json& object,
             std::initializer_list<std::string_view> types) {
  if (!object.is_object()) return false;
  auto it = object.find("type");
  if (it == object.end()) return false;
  auto matches = [&](const Json& value) {
    if (!value.is_string()) return false;
    const std::string& type = value.get_ref<const std::string&>();
    return std::find(types.begin(), types.end(), type) != types.end();
  };
  if (it->is_array()) {
    return std::any_of(it->begin(), it->end(), matches);
  }
  return matches(*it);
}

// Plain text as HTML paragraphs (blank lines separate them).
std::string TextToHtml(std::string_view text) {
  std::string html;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view paragraph =
        StripWhitespace(text.substr(start, end - start));
    if (!paragraph.empty())
      StrAppend(&html, "<p>", EscapeHtml(paragraph), "</p>\n");
    start = end + 2;
  }
  return html;
}

// The profile page: the person's card with a name, a handle and a bio
// (HTML), then "Label: value" rows and extra HTML (links).
std::string ProfileHtml(
    std::string_view name, std::string_view handle, std::string_view bio_html,
    const std::vector<std::pair<std::string, std::string>>& fields_html,
    std::string_view extra_html) {
  std::string title = name.empty()     ? std::string(handle)
                      : handle.empty() ? std::string(name)
                                       : StrCat(name, " (", handle, ")");
  std::string html =
      StrCat("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>",
             EscapeHtml(title),
             "</title></head>\n<body><main>\n<div class=\"h-card profile\">\n");
  if (!name.empty()) {
    StrAppend(&html, "<h1 class=\"p-name\">", EscapeHtml(name), "</h1>\n");
  }
  if (!handle.empty()) {
    StrAppend(&html, "<p class=\"p-nickname\">", EscapeHtml(handle), "</p>\n");
  }
  if (!bio_html.empty()) {
    StrAppend(&html, "<div class=\"p-note bio\">", bio_html, "</div>\n");
  }
  for (const auto& [label, value] : fields_html) {
    if (label.empty() || value.empty()) continue;
    StrAppend(&html, "<p>", EscapeHtml(label), ": ", value, "</p>\n");
  }
  StrAppend(&html, extra_html, "</div>\n</main></body></html>\n");
  return html;
}

// A post page, wrapped in the owner's card so that mentions inside it are
// nested cards (see the design note).
std::string OwnPostHtml(std::string_view owner, std::string_view title,
                        std::string_view posted, std::string_view content) {
  std::string html = PostPageHtml(owner, title, posted, content);
  // PostPageHtml writes "<body><main><article>": put the card around it.
  std::size_t body = html.find("<body>");
  if (body != std::string::npos) {
    html.insert(body + 6, "<div class=\"h-card\">");
    std::size_t end = html.rfind("</body>");
    if (end != std::string::npos) html.insert(end, "</div>");
  }
  return html;
}

std::string RfcFromUnix(const Json& seconds) {
  if (!seconds.is_number()) return "";
  absl::Time time = absl::FromUnixSeconds(seconds.get<long long>());
  return absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", time, absl::UTCTimeZone());
}

// ---------------------------------------------------------------------------
// ActivityPub.

void ConvertActor(const PlatformForm& form, const Json& actor, Converted* out) {
  std::string name = Str(actor, "name");
  std::string username = Str(actor, "preferredUsername");
  std::string id = Member(actor, "id");
  if (id.empty()) id = form.url;
  std::string handle;
  if (!username.empty()) {
    handle = StrCat("@", username, "@", HostOf(OriginOf(id)));
  }
  std::vector<std::pair<std::string, std::string>> fields;
  std::string extra;
  if (auto it = actor.find("attachment"); it != actor.end() && it->is_array()) {
    for (const Json& field : *it) {
      if (!HasType(field, {"PropertyValue"})) continue;
      // Values are HTML (links with rel="me" among them).
      fields.emplace_back(Str(field, "name"), Str(field, "value"));
      if (static_cast<int>(fields.size()) >= 32) break;
    }
  }
  std::string profile_url = Member(actor, "url");
  if (!profile_url.empty() && OriginOf(profile_url) == OriginOf(id)) {
    StrAppend(&extra, "<a class=\"u-url\" href=\"", EscapeHtml(profile_url),
              "\">", EscapeHtml(profile_url), "</a>\n");
  }
  ContentPage page;
  page.url = form.url;
  page.html = ProfileHtml(name, handle, Str(actor, "summary"), fields, extra);
  out->pages.push_back(std::move(page));
  std::string outbox = Member(actor, "outbox");
  if (!outbox.empty() && OriginOf(outbox) == OriginOf(form.url)) {
    PlatformForm next{
        PlatformFormKind::kActivityPub,
        StrCat(outbox, outbox.find('?') == std::string::npos ? "?page=true"
                                                             : "&page=true"),
        std::string(kActivityJson), id};
    out->next.push_back(std::move(next));
  }
}

void AddNextPage(const PlatformForm& form, const std::string& url,
                 const std::string& owner, Converted* out) {
  if (url.empty() || url == form.url || OriginOf(url) != OriginOf(form.url)) {
    return;
  }
  out->next.push_back({form.kind, url, form.accept, owner});
}

void ConvertOutboxPage(const PlatformForm& form, const Json& page,
                       Converted* out) {
  std::string owner = form.owner;
  if (owner.empty()) {
    // Derived from the collection: ".../users/rosa/outbox" -> its actor.
    std::string part_of = Member(page, "partOf");
    if (part_of.empty()) part_of = Member(page, "id");
    std::size_t cut = part_of.rfind("/outbox");
    if (cut != std::string::npos) owner = part_of.substr(0, cut);
  }
  auto items = page.find("orderedItems");
  if (items == page.end()) items = page.find("items");
  if (items != page.end() && items->is_array() && !owner.empty()) {
    for (const Json& activity : *items) {
      // Boosts (Announce), likes and anything not written by the owner
      // are somebody else's words.
      if (!HasType(activity, {"Create"})) continue;
      if (Member(activity, "actor") != owner) continue;
      auto object = activity.find("object");
      if (object == activity.end() || !object->is_object()) continue;
      std::string author = Member(*object, "attributedTo");
      if (!author.empty() && author != owner) continue;
      std::string content = Str(*object, "content");
      if (content.empty()) {
        if (auto map = object->find("contentMap");
            map != object->end() && map->is_object() && !map->empty() &&
            map->begin()->is_string()) {
          content = map->begin()->get<std::string>();
        }
      }
      std::string warning = Str(*object, "summary");  // content warning
      if (!warning.empty()) content = StrCat(TextToHtml(warning), content);
      if (content.empty()) continue;
      std::string url = Member(*object, "url");
      if (url.empty() || !StartsWith(url, "http")) url = Member(*object, "id");
      if (url.empty()) continue;
      std::string posted = Str(*object, "published");
      if (posted.empty()) posted = Str(activity, "published");
      ContentPage post;
      post.url = url;
      post.html = OwnPostHtml(owner, Str(*object, "name"),
                              FeedDateToRfc3339(posted), content);
      out->pages.push_back(std::move(post));
      if (static_cast<int>(out->pages.size()) >= kMaxFeedItems) break;
    }
  }
  AddNextPage(form, Member(page, "next"), owner, out);
}

void ConvertActivityPub(const PlatformForm& form, const Json& json,
                        Converted* out) {
  if (HasType(json,
              {"Person", "Service", "Application", "Group", "Organization"})) {
    out->recognised = true;
    ConvertActor(form, json, out);
  } else if (HasType(json, {"OrderedCollectionPage", "CollectionPage"})) {
    out->recognised = true;
    ConvertOutboxPage(form, json, out);
  } else if (HasType(json, {"OrderedCollection", "Collection"})) {
    out->recognised = true;
    auto first = json.find("first");
    if (first != json.end() && first->is_object()) {
      ConvertOutboxPage(form, *first, out);
    } else if (first != json.end()) {
      AddNextPage(form, Reference(*first), form.owner, out);
    }
  }
}

// ---------------------------------------------------------------------------
// GitHub.

void ConvertGitHubUser(const PlatformForm& form, const Json& user,
                       Converted* out) {
  std::string login = Str(user, "login");
  if (login.empty() || AsciiLower(login) != AsciiLower(form.owner)) return;
  out->recognised = true;
  std::vector<std::pair<std::string, std::string>> fields;
  std::string location = Str(user, "location");
  if (!location.empty()) fields.emplace_back("Location", EscapeHtml(location));
  std::string company = Str(user, "company");
  if (!company.empty() && company.front() == '@') company.erase(0, 1);
  if (!company.empty()) fields.emplace_back("Company", EscapeHtml(company));
  std::string email = Str(user, "email");
  std::string extra;
  if (!email.empty()) {
    fields.emplace_back("Email", EscapeHtml(email));
    StrAppend(&extra, "<a href=\"mailto:", EscapeHtml(email), "\">",
              EscapeHtml(email), "</a>\n");
  }
  std::string blog = std::string(StripWhitespace(Str(user, "blog")));
  if (!blog.empty()) {
    if (blog.find("://") == std::string::npos) blog = StrCat("https://", blog);
    StrAppend(&extra, "<a rel=\"me\" href=\"", EscapeHtml(blog), "\">",
              EscapeHtml(blog), "</a>\n");
  }
  std::string twitter = Str(user, "twitter_username");
  if (IsNameOf(twitter, "_", 1, 15)) {
    StrAppend(&extra, "<a rel=\"me\" href=\"https://twitter.com/", twitter,
              "\">@", twitter, "</a>\n");
  }
  ContentPage page;
  page.url = form.url;
  page.html = ProfileHtml(Str(user, "name"), login,
                          TextToHtml(Str(user, "bio")), fields, extra);
  out->pages.push_back(std::move(page));
}

// ---------------------------------------------------------------------------
// Reddit.

void ConvertRedditAbout(const PlatformForm& form, const Json& data,
                        Converted* out) {
  if (AsciiLower(Str(data, "name")) != AsciiLower(form.owner)) return;
  out->recognised = true;
  std::string title, description;
  if (auto sub = data.find("subreddit"); sub != data.end()) {
    title = Str(*sub, "title");
    description = Str(*sub, "public_description");
  }
  ContentPage page;
  page.url = form.url;
  page.html = ProfileHtml(title, StrCat("u/", Str(data, "name")),
                          TextToHtml(description), {}, "");
  out->pages.push_back(std::move(page));
}

void ConvertRedditListing(const PlatformForm& form, const Json& data,
                          Converted* out) {
  out->recognised = true;
  auto children = data.find("children");
  if (children == data.end() || !children->is_array()) return;
  for (const Json& child : *children) {
    auto found = child.find("data");
    if (found == child.end() || !found->is_object()) continue;
    const Json& item = *found;
    if (AsciiLower(Str(item, "author")) != AsciiLower(form.owner)) continue;
    std::string kind = Str(child, "kind");
    std::string title, text;
    if (kind == "t3") {  // a submission: its title and text are the owner's
      title = Str(item, "title");
      text = Str(item, "selftext");
    } else if (kind == "t1") {  // a comment: not the thread's title
      text = Str(item, "body");
    } else {
      continue;
    }
    std::string permalink = Str(item, "permalink");
    if (!StartsWith(permalink, "/")) continue;
    ContentPage page;
    page.url = StrCat(OriginOf(form.url), permalink);
    auto created = item.find("created_utc");
    page.html = OwnPostHtml(StrCat("u/", form.owner), title,
                            created == item.end() ? "" : RfcFromUnix(*created),
                            TextToHtml(text));
    out->pages.push_back(std::move(page));
  }
  std::string after = Str(data, "after");
  if (IsNameOf(after, "_", 1, 32)) {
    std::string base = form.url.substr(0, form.url.find('?'));
    AddNextPage(form, StrCat(base, "?raw_json=1&after=", after), form.owner,
                out);
  }
}

void ConvertReddit(const PlatformForm& form, const Json& json, Converted* out) {
  std::string kind = Str(json, "kind");
  auto data = json.find("data");
  if (data == json.end() || !data->is_object()) return;
  if (kind == "t2") ConvertRedditAbout(form, *data, out);
  if (kind == "Listing") ConvertRedditListing(form, *data, out);
}

}  // namespace

std::vector<PlatformForm> PlatformFormsOf(std::string_view profile_url) {
  std::string origin = OriginOf(profile_url);
  std::string path = PathOf(profile_url);
  std::string_view bare = std::string_view(path).substr(0, path.find('?'));
  std::vector<std::string_view> segments = SplitAny(bare, "/");
  std::string host(HostOf(origin));
  std::vector<PlatformForm> forms;
  // "/@user" exactly: ActivityPub servers write profile URLs without a
  // trailing slash, and "/@user/" is a folder on an ordinary web site.
  if (segments.size() == 1 && bare == StrCat("/", segments[0]) &&
      StartsWith(segments[0], "@") &&
      IsNameOf(segments[0].substr(1), "_.-", 1, 64)) {
    std::string url = StrCat(origin, "/", segments[0]);
    forms.push_back(ActivityPubActorForm(url));
    return forms;
  }
  if ((host == "github.com" || host == "www.github.com") &&
      segments.size() == 1 && IsNameOf(segments[0], "-", 1, 39) &&
      !IsGitHubReservedName(AsciiLower(segments[0]))) {
    std::string login(segments[0]);
    forms.push_back({PlatformFormKind::kGitHubUser,
                     StrCat("https://api.github.com/users/", login),
                     "application/vnd.github+json", login});
    return forms;
  }
  if ((host == "reddit.com" || host == "www.reddit.com" ||
       host == "old.reddit.com") &&
      segments.size() >= 2 && (segments[0] == "user" || segments[0] == "u") &&
      IsNameOf(segments[1], "_-", 3, 20)) {
    std::string name(segments[1]);
    for (const char* form : {"about", "submitted", "comments"}) {
      forms.push_back({PlatformFormKind::kReddit,
                       StrCat("https://www.reddit.com/user/", name, "/", form,
                              ".json?raw_json=1"),
                       "application/json", name});
    }
  }
  return forms;
}

PlatformForm ActivityPubActorForm(std::string_view actor_url) {
  return {PlatformFormKind::kActivityPub, std::string(actor_url),
          std::string(kActivityJson), ""};
}

Converted ConvertPlatformJson(const PlatformForm& form, std::string_view json) {
  Converted out;
  std::optional<Json> parsed = Parse(json);
  if (!parsed || !parsed->is_object()) return out;
  switch (form.kind) {
    case PlatformFormKind::kActivityPub:
      ConvertActivityPub(form, *parsed, &out);
      break;
    case PlatformFormKind::kGitHubUser:
      ConvertGitHubUser(form, *parsed, &out);
      break;
    case PlatformFormKind::kReddit:
      ConvertReddit(form, *parsed, &out);
      break;
  }
  return out;
}

}  // namespace exposure::internal
