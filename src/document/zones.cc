// Zone markers: page furniture, other people's replies and the owner's
// content, told apart by semantic tags first and class/id words second.
//
// Class and id attributes are split into words ("site-footer_outer" ->
// site, footer, outer; "PeopleYouMayKnow" -> people, you, may, know). A
// furniture word counts only as the first or last word of a token, so a
// "post-footer" inside an article (author line, labels) stays the owner's,
// while "footer-outer" and "site-footer" are chrome.
#include "document/zones.h"

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"

namespace exposure::internal {
namespace {

// Splits one class token into lower-case words at '-', '_' and camelCase.
std::vector<std::string> Words(std::string_view token) {
  std::vector<std::string> words;
  std::string current;
  for (std::size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    bool boundary = c == '-' || c == '_' || c == ':' || c == '.';
    if (boundary) {
      if (!current.empty()) words.push_back(current);
      current.clear();
      continue;
    }
    if (absl::ascii_isupper(c) && !current.empty() &&
        !absl::ascii_isupper(token[i - 1])) {
      words.push_back(current);
      current.clear();
    }
    // "post8813" -> post, 8813: ids number their posts.
    if (absl::ascii_isdigit(c) && !current.empty() &&
        absl::ascii_isalpha(token[i - 1])) {
      words.push_back(current);
      current.clear();
    }
    current.push_back(absl::ascii_tolower(c));
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

// Furniture when the first word of a token, or the last one unless the
// token starts with a post or profile word.
const std::vector<std::string_view>& EdgeFurnitureWords() {
  static const auto* words = new std::vector<std::string_view>{
      "footer",      "nav",        "navbar",      "navigation", "menu",
      "banner",      "ad",         "ads",         "masthead",   "topbar",
      "toolbar",     "breadcrumb", "breadcrumbs", "cookie",     "cookies",
      "consent",     "gdpr",       "signup",      "newsletter", "legal",
      "copyright",   "colophon",   "utility",     "utilities",  "pie",
      "piedepagina", "rodape",     "foot",        "podnozje",   "stopka",
      "zapati",      "pata",       "fusszeile",   "alatunniste"};
  return *words;
}

// Furniture anywhere in a token.
const std::vector<std::string_view>& AnyFurnitureWords() {
  static const auto* words = new std::vector<std::string_view>{
      "advert",         "advertisement",   "sponsored",
      "promo",          "promoted",        "related",
      "recommended",    "recommendations", "suggested",
      "suggestions",    "suggestion",      "trending",
      "upsell",         "discover",        "know" /* "people you may know" */,
      "pymk",           "widget",          "popular",
      "similar",        "sponsor",         "sponsors",
      "publicidad",     "publicidade",     "patrocinador",
      "patrocinadores", "sponzor",         "sponzori",
      "reklama",        "reklame",         "oglas",
      "oglasi",         "werbung",         "anzeige",
      "pubblicita",     "publicite",       "mainos"};
  return *words;
}

const std::vector<std::string_view>& OthersWords() {
  static const auto* words = new std::vector<std::string_view>{
      "comment",      "comments",    "reply",       "replies",     "response",
      "responses",    "discussion",  "guestbook",   "reactions",   "reblog",
      "reblogged",    "source",      "attribution", "via",         "quoted",
      "retweet",      "repost",      "shared",      "boosted",     "retweeted",
      "boost",        "quote",       "comentarios", "comentario",  "respuestas",
      "respuesta",    "comentaris",  "comentari",   "comentários", "comentário",
      "commentaires", "commentaire", "kommentare",  "commenti",    "komentarze",
      "kommentit",    "kommentarer", "reacties",    "komentari",   "yorumlar",
      "testimonial",  "testimonials"};
  return *words;
}

const std::vector<std::string_view>& ProfileWords() {
  static const auto* words = new std::vector<std::string_view>{
      "profile", "bio",       "about",       "vcard",       "hcard",
      "intro",   "biography", "userinfo",    "details",     "resume",
      "cv",      "contact",   "desc",        "description", "tagline",
      "summary", "card",      "signature",   "sig",         "athlete",
      "fields",  "info",      "information", "overview",    "account"};
  return *words;
}

const std::vector<std::string_view>& PostWords() {
  static const auto* words = new std::vector<std::string_view>{
      "post",    "entry",   "hentry",  "status", "tweet", "story",
      "article", "content", "message", "msg",    "chat"};
  return *words;
}

// Words sites use to mark the page owner's own replies.
bool IsOwnWord(const std::vector<std::string>& words) {
  static const std::vector<std::string_view> kOwn = {
      "own", "mine", "self", "owner", "op", "bypostauthor", "submitter"};
  return IsOneOf(words.front(), kOwn) || IsOneOf(words.back(), kOwn);
}

// "owner-reply", "host-response", "tasker-reply", "seller-answer": the
// page owner answering in a thread of other people's reviews or questions.
bool IsOwnReply(const std::vector<std::string>& words) {
  static const std::vector<std::string_view> kReplies = {
      "reply", "response", "answer", "respuesta", "resposta"};
  static const std::vector<std::string_view> kProviders = {
      "host",     "seller", "tasker", "author", "creator", "provider",
      "business", "pro",    "sitter", "maker",  "driver",  "merchant"};
  return words.size() == 2 && IsOneOf(words.back(), kReplies) &&
         (IsOwnWord(words) || IsOneOf(words.front(), kProviders));
}

Marker ClassifyWords(std::string_view attribute) {
  Marker result = Marker::kNone;
  bool own = false;
  for (std::string_view token : SplitAny(attribute, " \t\n")) {
    std::vector<std::string> words = Words(token);
    if (words.empty()) continue;
    if (IsOwnReply(words)) return Marker::kOwned;
    if (IsOwnWord(words)) {
      // "owner-bio", "owner-info": the page owner's own card, wherever it
      // sits (a photo page's "attribution" box holds the owner's bio).
      if (words.size() == 2 && (IsOneOf(words.front(), ProfileWords()) ||
                                IsOneOf(words.back(), ProfileWords()))) {
        return Marker::kOwnProfile;
      }
      own = true;
      continue;
    }
    for (const std::string& word : words) {
      if (IsOneOf(word, AnyFurnitureWords())) return Marker::kFurniture;
    }
    // "footer-outer", "site-footer": chrome. "post-footer", "entry-meta":
    // part of the owner's post.
    bool owned_prefix = IsOneOf(words.front(), PostWords()) ||
                        IsOneOf(words.front(), ProfileWords());
    if (IsOneOf(words.front(), EdgeFurnitureWords()) ||
        (!owned_prefix && IsOneOf(words.back(), EdgeFurnitureWords()))) {
      return Marker::kFurniture;
    }
    if (IsOneOf(words.front(), OthersWords()) ||
        IsOneOf(words.back(), OthersWords())) {
      result = Marker::kOthers;
      continue;
    }
    if (result != Marker::kOthers) {
      if (IsOneOf(words.back(), ProfileWords()) ||
          IsOneOf(words.front(), ProfileWords())) {
        result = Marker::kProfile;
      } else if (result == Marker::kNone &&
                 (IsOneOf(words.front(), PostWords()) ||
                  IsOneOf(words.back(), PostWords()))) {
        result = Marker::kPost;
      }
    }
  }
  if (own && (result == Marker::kOthers || result == Marker::kPost)) {
    return Marker::kOwned;
  }
  return result;
}

}  // namespace

bool NamesOwnItem(std::string_view class_attr) {
  for (std::string_view token : SplitAny(class_attr, " \t\n")) {
    std::vector<std::string> words = Words(token);
    if (!words.empty() && IsOwnWord(words)) return true;
  }
  return false;
}

Marker ClassifyAttributeWords(std::string_view attribute) {
  return ClassifyWords(attribute);
}

Marker ClassifyElement(std::string_view tag, std::string_view class_attr,
                       std::string_view id_attr, std::string_view role,
                       bool inside_main, bool page_has_main) {
  return ClassifyElementWithClassWords(tag, ClassifyWords(class_attr), id_attr,
                                       role, inside_main, page_has_main);
}

Marker ClassifyElementWithClassWords(std::string_view tag, Marker class_words,
                                     std::string_view id_attr,
                                     std::string_view role, bool inside_main,
                                     bool page_has_main) {
  if (tag == "nav") return Marker::kFurniture;
  // A <footer> inside an article or the main content is that article's
  // footer (its author box, "Written by"), not the site's.
  if (tag == "footer" && !inside_main) return Marker::kFurniture;
  // Headers and sidebars outside the content are the site's, unless their
  // class names a profile: "<header class=account>", "<aside
  // class=athlete>", "<header class=h-card>" hold the person's card.
  bool names_profile =
      class_words == Marker::kProfile || class_words == Marker::kOwnProfile;
  if (tag == "aside" && !inside_main && !names_profile) {
    return Marker::kFurniture;
  }
  if (tag == "header" && !inside_main && page_has_main && !names_profile) {
    return Marker::kFurniture;
  }
  std::string role_lower = AsciiLower(role);
  if (role_lower == "navigation" || role_lower == "contentinfo" ||
      role_lower == "banner" || role_lower == "complementary" ||
      role_lower == "search") {
    return Marker::kFurniture;
  }
  Marker by_class = class_words;
  if (by_class == Marker::kNone) by_class = ClassifyWords(id_attr);
  if (by_class != Marker::kNone) return by_class;
  if (tag == "main" || role_lower == "main") return Marker::kMain;
  if (tag == "article") return Marker::kPost;
  return Marker::kNone;
}

bool NamesPersonCard(std::string_view class_attr) {
  static const auto* const kPersonWords = new std::vector<std::string_view>{
      "user",   "member",    "person",    "owner", "creator", "host",
      "seller", "organizer", "organiser", "maker", "driver",  "tasker"};
  for (std::string_view token : SplitAny(class_attr, " \t\n")) {
    for (const std::string& word : Words(token)) {
      if (IsOneOf(word, *kPersonWords)) return true;
    }
  }
  return false;
}

bool MayNameLabel(std::string_view class_attr) {
  for (std::string_view token : SplitAny(class_attr, " \t\n")) {
    std::vector<std::string> words = Words(token);
    if (words.size() < 2) continue;
    const std::string& last = words.back();
    if (last == "label" || last == "key" || last == "term") return true;
    if (last == "title" && !IsOneOf(words.front(), PostWords())) return true;
  }
  return false;
}

bool NamesLabel(std::string_view class_attr, std::string_view next_class) {
  for (std::string_view token : SplitAny(class_attr, " \t\n")) {
    std::vector<std::string> words = Words(token);
    if (words.size() < 2) continue;  // a bare "title" is a post title
    const std::string& last = words.back();
    if (last == "label" || last == "key" || last == "term") return true;
    if (last != "title" || IsOneOf(words.front(), PostWords())) continue;
    // "infoBoxRowTitle" then "infoBoxRowItem": a title/item pair.
    for (std::string_view next_token : SplitAny(next_class, " \t\n")) {
      std::vector<std::string> next_words = Words(next_token);
      if (!next_words.empty() && next_words.front() == words.front() &&
          next_words.back() != "title") {
        return true;
      }
    }
  }
  return false;
}

bool NamesSiteFooter(std::string_view attribute) {
  std::string lower = AsciiLower(attribute);
  for (std::string_view token : SplitAny(lower, " \t\n")) {
    std::vector<std::string_view> words = SplitAny(token, "-_");
    if (words.empty()) continue;
    bool post_part = words.front() == "post" || words.front() == "entry" ||
                     words.front() == "article" || words.front() == "card";
    if (words.front() == "footer" || (!post_part && words.back() == "footer")) {
      return true;
    }
  }
  return false;
}

namespace {

// True when the phrase at `at` is counted after other words: the rating
// line of a name heading ("kavita r. ★ 4.9 (86 reviews)"), not a heading
// of other people's words ("comments (4)", "12 replies").
bool IsCountAfterName(std::string_view heading, std::size_t at) {
  std::size_t before = at;
  bool counted = false;
  while (before > 0) {
    unsigned char c = static_cast<unsigned char>(heading[before - 1]);
    if (absl::ascii_isdigit(c)) {
      counted = true;
    } else if (c != ' ' && c != '(' && c != ',' && c != '.') {
      break;
    }
    --before;
  }
  return counted && before > 0;
}

// "Other riders", "Otros monitores", "Other bakers this season", "More
// Student Ambassadors", "More black belts of the club": a list of people
// beside the page's own. Not "Other interests" or "Other links", which are
// still the owner's.
bool IsOtherPeopleHeading(std::string_view heading) {
  static const std::vector<std::string_view> kOthers = {
      "other ", "otros ", "otras ", "outros ", "more "};
  static const std::vector<std::string_view> kOwnThings = {
      "interests", "details", "info", "information", "hobbies", "skills",
      "links", "accounts", "languages", "contacts", "ways", "socials", "sites",
      "websites", "things", "projects", "services", "photos", "works",
      "passions", "datos", "enlaces", "redes", "intereses", "aficiones",
      "idiomas", "cosas", "servicios",
      // "More posts", "More mixes": the owner's own work.
      "posts", "entries", "videos", "pictures", "albums", "recipes", "tracks",
      "mixes", "episodes", "uploads", "articles", "poems", "designs",
      "listings", "items", "products", "events", "dates", "shows", "gigs",
      "classes", "pages", "updates", "questions", "answers"};
  std::size_t at = std::string_view::npos;
  for (std::string_view lead : kOthers) {
    if (StartsWith(heading, lead)) at = lead.size();
  }
  if (at == std::string_view::npos) return false;
  std::string_view rest = heading.substr(at);
  auto people = [&](std::string_view noun) {
    return noun.size() > 3 && noun.back() == 's' && !IsOneOf(noun, kOwnThings);
  };
  // "Other riders", or "Other shared matches": the first word or the last;
  // "More black belts of the club": the word before "of".
  std::string_view before_of = rest.substr(0, rest.find(" of "));
  return people(rest.substr(0, rest.find(' '))) ||
         people(rest.substr(rest.rfind(' ') + 1)) ||
         people(before_of.substr(before_of.rfind(' ') + 1));
}

}  // namespace

Marker ClassifyHeading(std::string_view heading) {
  if (IsOtherPeopleHeading(heading)) return Marker::kFurniture;
  static const std::vector<std::string_view> kFurniturePhrases = {
      "people you may know",
      "you may know",
      "people also viewed",
      "also viewed",
      "suggested",
      "suggestions",
      "who to follow",
      "you may also like",
      "you might like",
      "you might also like",
      "related",
      "recommended for you",
      "recommended",
      "trending",
      "sponsored",
      "advertisement",
      "more like this",
      "similar",
      "sponsor",
      "patrocinad",
      "our partners",
      "similar accounts",
      "other profiles",
      "discover",
      "popular",
      "personas que",
      "quizás conozcas",
      "tal vez conozcas",
      "te puede interesar",
      "te puede gustar",
      "te pueden gustar",
      "podría gustarte",
      "podrían gustarte",
      "otros perfiles",
      "perfiles similares",
      "sugerencias",
      "relacionad",
      "patrocinado",
      "more from",
      "also from",
      "squad",
      "teammates",
      "team mates",
      "plantel",
      "plantilla",
      "explore",
      "who's online",
      "who is online",
      "newsletter",
      "subscribe",
      "nearby",
      "near you",
      "other babysitters",
      "other sitters",
      "other nannies",
      "other hosts",
      "other sellers",
      "other agents",
      "other tutors",
      "other drivers",
      "other walkers",
      "other caregivers",
      "other speakers",
      "other members",
      "friends activity",
      "friends' activity",
      "friends’ activity",
      "friend activity",
      "friends feed",
      "from your friends",
      "otros socios",
      "otros miembros",
      "birthdays this",
      "member birthdays",
      "members' birthdays",
      "this month's birthdays",
      "this week's birthdays",
      "cumpleaños del mes",
      "cumpleañeros",
      "otros vendedores",
      "otros anuncios",
      "recently sold",
      "active listings",
      "featured listings",
      "upcoming",
      "club news",
      "latest news",
      "noticias del club",
      "últimas noticias",
      "próximos partidos",
      "próximos eventos",
      "próximos juegos",
      "tournament history",
      "past tournaments",
      "lost & found",
      "lost and found",
      "near you",
      "cerca de ti",
      "cerca de usted",
      "cerca de vos",
      "en tu zona",
      "perto de você",
      "près de chez vous",
      "près de vous",
      "players near",
      "members near",
      "people near",
      "previous members",
      "past members",
      "previous winners",
      "past winners",
      "previous features",
      "earlier features",
      "seuran uutisia",
      "seuran uutiset",
      "tulevat tapahtumat",
      "aiemmat",
      "open houses",
      "homes for sale",
      "properties for sale",
      "publicidad",
      "publicidade",
      "publicité",
      "pubblicità",
      "werbung",
      "annonse",
      "reklama",
      "reklame",
      "followers",
      "seguidores",
      "le siguen",
      "abonnés",
      "miembros en línea",
      "usuarios en línea",
      "online now",
      "members online",
      "kto je online",
      "kdo je online",
      "wer ist online"};
  static const std::vector<std::string_view> kOthersPhrases = {
      "comments",
      "comment",
      "replies",
      "reply",
      "recommendations",
      "reviews",
      "testimonials",
      "endorsements",
      "kudos",
      "responses",
      "guestbook",
      "forum (",
      "representation",
      "represented by",
      "agent contact",
      "agency contact",
      "fan forum",
      "from the forum",
      "references",
      "referencias",
      "shout-outs",
      "shoutouts",
      "kind words",
      "visitor",
      "références",
      "mod team",
      "moderators",
      "top donors",
      "donors",
      "backers",
      "messages",
      "supporters",
      "comentarios",
      "comentaris",
      "comentários",
      "commentaires",
      "kommentare",
      "commenti",
      "komentarze",
      "respuestas",
      "reseñas",
      "what people are saying",
      "thank-you notes",
      "thank you notes",
      "questions from",
      "preguntas de",
      "messaggi",
      "bacheca",
      "mensagens",
      "comentários",
      "recados",
      "kommentare",
      "valoraciones",
      "opiniones",
      "avaliações",
      "bewertungen",
      "referenzen",
      "you might want to meet",
      "members you may",
      "members you might",
      "other members",
      "feedback",
      "messages from",
      "muro",
      "evaluations",
      "evaluaciones",
      "profile wall",
      "fan wall",
      "message wall",
      "community wall",
      "wall posts",
      "rest of the team",
      "resto del equipo",
      "resto del personal",
      "kommentit",
      "kommentarer",
      "reacties",
      "komentáře",
      "komentarji",
      "komentari",
      "komentāri",
      "kommentaarid",
      "hozzászólások",
      "yorumlar",
      "kòmantè",
      "komantè",
      "komentarai",
      "komentet",
      "komento",
      "maoni",
      "sylwadau",
      "bình luận",
      "recently received",
      "cards received",
      "postcards received",
      "letters received",
      "received from",
      "well wishes",
      "well-wishes",
      "words of encouragement",
      "messages of support",
      "notes of support",
      "visitantes",
      "visiteurs",
      "besucher",
      "vurderinger",
      "anmeldelser",
      "omdömen",
      "recensioner",
      "arvostelut",
      "hodnotenia",
      "hodnocení",
      "recenze",
      "recenzie",
      "opinie",
      "recensioni",
      "beoordelingen",
      "értékelések",
      "vélemények",
      "nástenka",
      "nástěnka",
      "gjestebok",
      "gästbok",
      "gæstebog"};
  for (std::string_view phrase : kFurniturePhrases) {
    if (heading.find(phrase) != std::string_view::npos) {
      return Marker::kFurniture;
    }
  }
  for (std::string_view phrase : kOthersPhrases) {
    std::size_t at = heading.find(phrase);
    if (at != std::string_view::npos && !IsCountAfterName(heading, at)) {
      return Marker::kOthers;
    }
  }
  // "Walkers' stories (58)", "Guests’ notes": a plural possessive and
  // what those people said (not "Members' Corner: …", a feature).
  std::string_view first_word = heading.substr(0, heading.find(' '));
  if (first_word.size() > 4 && first_word.size() < heading.size() &&
      (EndsWith(first_word, "s'") || EndsWith(first_word, "s’"))) {
    std::string_view said = heading.substr(first_word.size() + 1);
    said = said.substr(0, said.find_first_of(" (:"));
    if (IsOneOf(said,
                {"stories", "reviews", "notes", "words", "comments", "messages",
                 "wishes", "memories", "tributes", "voices", "thoughts",
                 "quotes", "experiences", "feedback", "say"})) {
      return Marker::kOthers;
    }
  }
  // Words that are a wall of other people's posts only as the whole
  // heading ("Wall", not "Wall Street" or "Climbing wall hours").
  static const std::vector<std::string_view> kOthersHeadings = {
      "wall",     "the wall",         "muro",     "guestbook", "guest book",
      "shoutbox", "libro de visitas", "pinnwand", "gästebuch", "livre d'or"};
  if (IsOneOf(StripWhitespace(heading), kOthersHeadings)) {
    return Marker::kOthers;
  }
  // "Player wall", "Team wall", "Fan wall": a wall of posts by others, but
  // not a "Climbing wall", a "Sea wall" or a "Prayer wall" (where each
  // person posts their own request).
  std::string_view trimmed = StripWhitespace(heading);
  if (EndsWith(trimmed, " wall") && trimmed.size() <= 24 &&
      !StartsWith(trimmed, "climbing") && !StartsWith(trimmed, "sea ") &&
      !StartsWith(trimmed, "stone") && !StartsWith(trimmed, "great") &&
      !StartsWith(trimmed, "prayer")) {
    return Marker::kOthers;
  }
  return Marker::kNone;
}

std::string_view FieldLabel(std::string_view class_attr) {
  static const struct {
    const char* word;
    const char* label;
  } kFields[] = {{"location", "Location"},
                 {"loc", "Location"},
                 {"neighborhood", "Location"},
                 {"neighbourhood", "Location"},
                 {"hometown", "Location"},
                 {"city", "Location"},
                 {"gender", "Gender"},
                 {"sex", "Gender"},
                 {"pronouns", "Pronouns"},
                 {"age", "Age"},
                 {"birthday", "Birthday"},
                 {"bday", "Birthday"},
                 {"birthdate", "Birthday"},
                 {"employer", "Employer"},
                 {"workplace", "Employer"},
                 {"company", "Employer"},
                 {"school", "School"},
                 {"education", "School"},
                 {"email", "Email"},
                 {"phone", "Phone"},
                 {"tel", "Phone"}};
  for (std::string_view token : SplitAny(class_attr, " \t\n")) {
    std::vector<std::string> words = Words(token);
    if (words.empty()) continue;
    // The last word names the field: "user-location", "profile_gender".
    for (const auto& field : kFields) {
      if (words.back() == field.word) return field.label;
    }
  }
  return "";
}

namespace {

// Words before "name" in a class that names a thing, not a person.
bool IsThingWord(std::string_view word) {
  static const std::vector<std::string_view> kThings = {
      "country", "region",  "city",     "street",  "locality", "place",
      "venue",   "site",    "brand",    "company", "org",      "business",
      "shop",    "store",   "school",   "team",    "club",     "group",
      "product", "item",    "file",     "event",   "course",   "route",
      "trail",   "pet",     "horse",    "dog",     "cat",      "breed",
      "plan",    "app",     "domain",   "page",    "category", "tag",
      "channel", "server",  "location", "project", "game",     "song",
      "album",   "release", "title",    "station", "hotel",    "restaurant"};
  return IsOneOf(word, kThings);
}

}  // namespace

bool IsNameElement(std::string_view class_attr, std::string_view itemprop) {
  if (itemprop == "author" || itemprop == "name") return true;
  for (std::string_view token : SplitAny(class_attr, " \t\n")) {
    std::vector<std::string> words = Words(token);
    if (words.empty()) continue;
    const std::string& last = words.back();
    // "p-country-name", "venue-name", "team_name": a thing's name.
    if (last == "name" && words.size() >= 2 && IsThingWord(words.end()[-2])) {
      continue;
    }
    if (last == "name" || last == "author" || last == "autor" ||
        last == "auteur" || last == "poster" || last == "fn" ||
        last == "username" || last == "fullname" || last == "byline" ||
        EndsWith(last, "username") || EndsWith(last, "displayname") ||
        EndsWith(last, "screenname")) {
      return true;  // vBulletin's "bigusername" too
    }
  }
  return false;
}

bool NamesAuthorLine(std::string_view class_attr) {
  for (std::string_view token : SplitAny(class_attr, " \t\n")) {
    std::vector<std::string> words = Words(token);
    if (!words.empty() &&
        IsOneOf(words.back(), {"who", "commenter", "sender"})) {
      return true;
    }
  }
  return false;
}

}  // namespace exposure::internal
