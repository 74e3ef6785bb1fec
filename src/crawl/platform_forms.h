// Platform forms: the machine-readable versions of a profile that some
// platforms publish (ActivityPub actor and outbox, GitHub's public user
// JSON, Reddit's .json pages), and their conversion into small HTML pages
// the document stage and the extractor already understand.
//
// All knowledge of platforms' URL shapes and JSON layouts lives here.
#ifndef EXPOSURE_CRAWL_PLATFORM_FORMS_H_
#define EXPOSURE_CRAWL_PLATFORM_FORMS_H_

#include <string>
#include <string_view>
#include <vector>

namespace exposure::internal {

enum class PlatformFormKind {
  kActivityPub,  // an actor, an outbox or one of its pages
  kGitHubUser,   // https://api.github.com/users/NAME
  kReddit,       // /user/NAME/about.json, submitted.json, comments.json
};

// A machine-readable form to request.
struct PlatformForm {
  PlatformFormKind kind = PlatformFormKind::kActivityPub;
  std::string url;
  std::string accept;  // the Accept header to send
  // Whose form it is: the ActivityPub actor id (once known; "" for the
  // actor itself), the GitHub login or the Reddit user name. Content
  // attributed to anyone else is dropped.
  std::string owner;
};

// The forms a profile URL has, by its shape:
//   https://HOST/@user (exactly; not "/@user/", a folder) -> the
//       ActivityPub actor, the
//       same URL with Accept: application/activity+json (Mastodon, Pleroma,
//       Misskey, GoToSocial...);
//   https://github.com/USER                -> https://api.github.com/users/USER
//   https://(www.|old.)reddit.com/user/NAME/ (or /u/NAME)
//       -> https://www.reddit.com/user/NAME/about.json, submitted.json and
//          comments.json.
// Empty for any other URL. Pure; thread-safe.
std::vector<PlatformForm> PlatformFormsOf(std::string_view profile_url);

// The ActivityPub actor form of an actor URL a page announced
// (<link rel="alternate" type="application/activity+json">).
PlatformForm ActivityPubActorForm(std::string_view actor_url);

// One page made from a form: the URL findings will name (a post's
// permalink, or the form's URL for a profile) and an HTML body.
struct ContentPage {
  std::string url;
  std::string html;
};

struct Converted {
  bool recognised = false;  // the JSON was of the expected kind
  std::vector<ContentPage> pages;
  // Further forms to request: the outbox of an actor, the next page of an
  // outbox or a Reddit listing. Same host as the form (checked here).
  std::vector<PlatformForm> next;
};

// Converts the JSON body of `form` into pages:
//   - an ActivityPub actor (Person, Service, Group...) into its profile
//     page: name, @username, bio (summary) and profile fields
//     ("Location: ...", links with rel="me"), marked as the person's card;
//     and its outbox (…/outbox?page=true) as the next form;
//   - an outbox (OrderedCollection) into its first page as the next form;
//     an OrderedCollectionPage into one page per post the actor wrote
//     (Create activities of Notes, Articles... attributed to the actor):
//     content, content warning and publication date, the post's URL as the
//     page URL. Boosts (Announce) and anything by others are dropped;
//     mentions stay inside the post's HTML, where the document stage does
//     not take them for the person's card. `next` pages follow;
//   - a GitHub user into a profile page: name, login, bio, "Location:",
//     "Company:", the public email (mailto:) and blog and X/Twitter
//     accounts as rel="me" links; only when its login is the owner's;
//   - Reddit about.json into a profile page (title and public description),
//     and a listing (submitted.json, comments.json) into one page per post
//     or comment whose author is the owner; a comment's thread title is
//     someone else's words and is left out. The listing's next page
//     (?after=) follows.
// `recognised` is false for malformed JSON or JSON of another kind (an
// HTML page served instead): nothing is converted. Bounded by kMaxJsonBytes
// and kMaxJsonDepth. Pure; thread-safe.
Converted ConvertPlatformJson(const PlatformForm& form, std::string_view json);

}  // namespace exposure::internal

#endif  // EXPOSURE_CRAWL_PLATFORM_FORMS_H_
