// Seeded generator of profile-like HTML pages and prose for the benchmarks.
//
// A page is one of three site styles, chosen by the seed, so the corpus has
// the variety of real profiles rather than one template repeated:
//   kSocial: microformats everywhere (h-card, h-entry, e-content, p-name),
//            like Mastodon or IndieWeb sites;
//   kBlog:   WordPress-like (article.post, ol.commentlist > li.comment);
//   kForum:  phpBB-like (div.post, replies led by "<b>Name</b>:").
// Prose is drawn from a fixed vocabulary; about one sentence in twelve
// carries a detail: a phone number, an e-mail address, an age, a street
// address, a date, a price, a version string, an order number, a time, a
// family member, pronouns, a workplace, a school, a birth date, a city, a
// routine, coordinates or a link.
// Many are not personal (prices, versions, support lines, a dog's age), as on
// real pages.
#include "profile_pages.h"

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace exposure::bench {

uint64_t Random::Next() {
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

namespace {

constexpr const char* kWords[] = {
    "the",        "a",         "and",       "of",        "to",
    "in",         "is",        "was",       "for",       "on",
    "with",       "that",      "it",        "this",      "we",
    "they",       "you",       "my",        "our",       "at",
    "from",       "about",     "after",     "before",    "around",
    "garden",     "tomatoes",  "morning",   "evening",   "weekend",
    "library",    "volunteer", "running",   "trail",     "coffee",
    "bakery",     "neighbor",  "project",   "photos",    "recipe",
    "kitchen",    "bicycle",   "market",    "river",     "bridge",
    "station",    "train",     "bus",       "office",    "meeting",
    "finally",    "really",    "probably",  "quietly",   "almost",
    "slow",       "happy",     "tired",     "new",       "old",
    "little",     "big",       "green",     "blue",      "warm",
    "cold",       "rain",      "sunshine",  "season",    "harvest",
    "book",       "chapter",   "story",     "music",     "concert",
    "playlist",   "guitar",    "lesson",    "class",     "school",
    "team",       "game",      "match",     "score",     "practice",
    "walked",     "cooked",    "planted",   "fixed",     "painted",
    "started",    "finished",  "shared",    "found",     "lost",
    "remember",   "think",     "believe",   "hope",      "wonder",
    "because",    "although",  "while",     "until",     "since",
    "everyone",   "somebody",  "friends",   "family",    "kids",
    "dog",        "cat",       "birds",     "squirrels", "bees",
    "soup",       "bread",     "pasta",     "salad",     "pie",
    "café",       "jalapeño",  "naïve",     "résumé",    "über",
    "crème",      "piñata",    "façade",    "déjà",      "entrée",
    "software",   "update",    "release",   "bug",       "laptop",
    "phone",      "screen",    "battery",   "charger",   "cable",
    "route",      "miles",     "minutes",   "hours",     "days",
    "week",       "month",     "year",      "today",     "tomorrow",
    "yesterday",  "tonight",   "downtown",  "uptown",    "park",
    "hill",       "lake",      "beach",     "forest",    "mountain",
    "compost",    "seedlings", "raised",    "beds",      "watering",
    "volunteers", "shelves",   "checkout",  "returns",   "catalog",
    "marathon",   "pace",      "stretch",   "knee",      "shoes",
    "honestly",   "literally", "basically", "anyway",    "also",
    "could",      "would",     "should",    "might",     "will",
    "going",      "coming",    "leaving",   "staying",   "moving",
    "apartment",  "house",     "street",    "corner",    "block",
};

constexpr const char* kSpanish[] = {
    "Me encanta el café de la esquina los domingos",
    "Hoy fuimos al mercado con mi hermana",
    "La huerta comunitaria está preciosa esta semana",
    "Mañana hay reunión de la biblioteca a las seis",
    "Qué día tan bonito para correr junto al río",
};

constexpr const char* kEmoji[] = {"🌱", "☕", "🏃", "📚", "🍅", "🙂", "🎸"};

constexpr const char* kFirstNames[] = {
    "Maya",   "Jordan", "Priya", "Omar",   "Lena",   "Tomás", "Aiko",  "Sam",
    "Nadia",  "Ravi",   "Chloé", "Marcus", "Ingrid", "Kwame", "Sofía", "Dmitri",
    "Hannah", "Luis",   "Mei",   "Tariq",  "Zoe",    "Emeka", "Greta", "Ana"};
constexpr const char* kLastNames[] = {
    "Fernández", "Lee",    "Patel",   "Haddad",   "Novak",  "García",
    "Tanaka",    "Okafor", "Schmidt", "Kowalski", "Nguyen", "Rossi",
    "Lindqvist", "Mensah", "Ortega",  "Ivanova",  "Brooks", "Moreau",
    "Chen",      "Rahman", "Walsh",   "Adeyemi",  "Berg",   "Silva"};

struct City {
  const char* name;
  const char* state;
  const char* zip;
  const char* area_code;
};
constexpr City kCities[] = {
    {"Portland", "OR", "97201", "503"},  {"Tacoma", "WA", "98402", "253"},
    {"Austin", "TX", "78701", "512"},    {"Denver", "CO", "80202", "303"},
    {"Madison", "WI", "53703", "608"},   {"Raleigh", "NC", "27601", "919"},
    {"Boise", "ID", "83702", "208"},     {"Tucson", "AZ", "85701", "520"},
    {"Baltimore", "MD", "21201", "410"}, {"Chicago", "IL", "60601", "312"},
};

constexpr const char* kStreets[] = {
    "Oak St", "Maple Ave",   "Division St", "Hawthorne Blvd",
    "Elm Ct", "Burnside Rd", "Alberta St",  "Mississippi Ave"};
constexpr const char* kMonths[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kDomains[] = {"example.org", "example.com", "example.net",
                                    "mail.example"};
constexpr const char* kTags[] = {"gardening", "running", "books",  "cooking",
                                 "music",     "cycling", "photos", "linux"};

std::string Format(const char* format, auto... args) {
  char buffer[256];
  int length = std::snprintf(buffer, sizeof(buffer), format, args...);
  return std::string(buffer, static_cast<std::size_t>(length));
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// ASCII-only slug of a name: "Maya Fernández" -> "maya_fernndez".
std::string Handle(std::string_view name) {
  std::string handle;
  for (char c : name) {
    if (c == ' ') {
      handle.push_back('_');
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      handle.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a')
                                            : c);
    }
  }
  return handle;
}

struct Person {
  std::string name;
  std::string handle;
  const City* city = nullptr;
  int age = 30;
  std::string phone;  // NANP, fictional 555-01xx range
  std::string email;
};

Person MakePerson(Random* random) {
  Person person;
  // Draws are made one statement at a time: the order in which function
  // arguments and operands of + are evaluated is unspecified, and the corpus
  // must not depend on the compiler.
  std::string first = random->Pick(kFirstNames);
  std::string last = random->Pick(kLastNames);
  person.name = first + " " + last;
  person.handle = Handle(person.name);
  person.city = &random->Pick(kCities);
  person.age = random->Range(18, 71);
  person.phone =
      Format("%s-555-01%02d", person.city->area_code, random->Range(0, 99));
  person.email = person.handle;
  for (char& c : person.email) {
    if (c == '_') c = '.';
  }
  person.email += "@";
  person.email += random->Pick(kDomains);
  return person;
}

class Writer {
 public:
  Writer(Random* random, const Person* owner, bool markup)
      : random_(*random), owner_(owner), markup_(markup) {}

  // One detail phrase; most are not personal.
  std::string Detail() {
    const City& city = random_.Pick(kCities);
    const int kind = static_cast<int>(random_.Uniform(26));
    // Every detail draws the same four numbers, in a fixed order.
    const int a = random_.Range(0, 99);
    const int b = random_.Range(1, 28);
    const int c = random_.Range(2015, 2025);
    const int d = random_.Range(0, 9999);
    const char* month = random_.Pick(kMonths);
    const char* street = random_.Pick(kStreets);
    const char* domain = random_.Pick(kDomains);
    const bool own = random_.Chance(0.5);
    switch (kind) {
      case 0:
        return "text me at " + owner_->phone;
      case 1:
        return Format("the office line is (%s) 555-01%02d", city.area_code, a);
      case 2:
        return Format("support hotline 1-800-555-01%02d", a);
      case 3:
        return Format("call +44 20 7946 0%03d", d % 1000);
      case 4:
        return "write to " + owner_->email;
      case 5:
        return Format("questions? contact us at help@%s", domain);
      case 6:
        return own ? Format("I'm %d and still learning", owner_->age)
                   : Format("my dog is %d years old", 2 + a % 14);
      case 7:
        return Format("%d %s, %s, %s %s", 100 + d % 9900, street, city.name,
                      city.state, city.zip);
      case 8:
        return Format("on %s %d, %d", month, b, c);
      case 9:
        return Format("%04d-%02d-%02d", c, 1 + a % 12, b);
      case 10:
        return Format("for $%d.%02d", 1 + d % 300, a);
      case 11:
        return Format("version %d.%d.%d-r%d", 1 + a % 12, b, d % 10, 1 + d % 9);
      case 12:
        return Format("order #%03d-%04d-%02d", 100 + c % 900, d, a);
      case 13:
        return Format("at %d:%02d pm", 1 + a % 11, d % 60);
      case 14:
        return Format("%d%% of the time, %d minutes each way", 5 + a % 91,
                      5 + b * 3);
      case 15:
        return Format("my %s %s", own ? "daughter" : "son",
                      random_.Pick(kFirstNames));
      case 16:
        return own ? "(she/her)" : "(they/them)";
      case 17:
        return Format("I work at %s %s", street, own ? "Bakery" : "Labs");
      case 18:
        return Format("student at %s University", city.name);
      case 19:
        return Format("born on %s %d, %d", month, b, 1950 + a % 55);
      case 20:
        return Format("I live in %s", city.name);
      case 21:
        return Format("every %s at the %s Makerspace",
                      own ? "Tuesday" : "Saturday morning", city.name);
      case 22:
        return Format("%d.%04d, -%d.%04d", 30 + a % 15, d, 80 + b, d / 3);
      case 23:
        return Format("see https://code.example/%s/project-%d",
                      owner_->handle.c_str(), a);
      case 24:
        return Format("%s, %s is lovely in spring", city.name, city.state);
      default:
        return Format("ISBN 978-0-%03d-%05d-%d", 100 + c % 900, d * 7 % 100000,
                      a % 10);
    }
  }

  std::string Sentence() {
    if (random_.Chance(0.02)) return std::string(random_.Pick(kSpanish)) + ".";
    int count = random_.Range(6, 22);
    int detail_at = random_.Chance(0.08) ? random_.Range(2, count) : -1;
    std::string sentence;
    for (int i = 0; i < count; ++i) {
      if (i > 0) sentence.push_back(random_.Chance(0.03) ? ',' : ' ');
      if (sentence.back() == ',') sentence.push_back(' ');
      if (i == detail_at) {
        sentence += Detail();
        continue;
      }
      std::string word = random_.Pick(kWords);
      if (i == 0 && word[0] >= 'a' && word[0] <= 'z') {
        word[0] = static_cast<char>(word[0] - 'a' + 'A');
      }
      if (markup_ && i > 0 && random_.Chance(0.03)) {
        sentence += Inline(word);
      } else {
        sentence += word;
      }
    }
    sentence.push_back(random_.Chance(0.8) ? '.'
                                           : (random_.Chance(0.5) ? '!' : '?'));
    if (random_.Chance(0.04)) {
      sentence += " ";
      sentence += random_.Pick(kEmoji);
    }
    return sentence;
  }

  std::string Paragraph(int min_sentences, int max_sentences) {
    int count = random_.Range(min_sentences, max_sentences);
    std::string paragraph;
    for (int i = 0; i < count; ++i) {
      if (i > 0) paragraph += random_.Chance(0.05) ? " — " : " ";
      paragraph += Sentence();
    }
    return paragraph;
  }

  std::string Words(int min_words, int max_words) {
    int count = random_.Range(min_words, max_words);
    std::string words;
    for (int i = 0; i < count; ++i) {
      if (i > 0) words.push_back(' ');
      words += random_.Pick(kWords);
    }
    return words;
  }

 private:
  std::string Inline(const std::string& word) {
    switch (random_.Uniform(5)) {
      case 0:
        return "<em>" + word + "</em>";
      case 1:
        return "<strong>" + word + "</strong>";
      case 2:
        return "<a href=\"/tags/" + std::string(random_.Pick(kTags)) +
               "\" class=\"hashtag\" rel=\"tag\">#" + word + "</a>";
      case 3:
        return "<code>" + word + "</code>";
      default:
        return "<span class=\"mention\"><a href=\"/@" +
               Lower(random_.Pick(kFirstNames)) + "\">@" + word + "</a></span>";
    }
  }

  Random& random_;
  const Person* owner_;
  const bool markup_;
};

enum class Style { kSocial, kBlog, kForum };

std::string Stylesheet(Random* random) {
  std::string css = "<style>\n";
  int rules = random->Range(30, 120);
  for (int i = 0; i < rules; ++i) {
    const char* tag = random->Pick(kTags);
    const uint64_t bits = random->Next();
    css += Format(
        ".%s-c-%d{margin:0 %dpx;padding:%dpx %dpx;color:#%06x;"
        "font:%dpx/1.4 system-ui,sans-serif;border-radius:%dpx}\n",
        tag, i, static_cast<int>(bits % 17), static_cast<int>(bits >> 8 & 15),
        static_cast<int>(bits >> 12 & 31),
        static_cast<int>(bits >> 20 & 0xFFFFFF),
        11 + static_cast<int>(bits >> 44 & 7),
        static_cast<int>(bits >> 48 & 7));
  }
  css += "</style>\n";
  return css;
}

std::string Javascript(Random* random) {
  std::string js = "<script>\n(function(){'use strict';\n";
  int functions = random->Range(20, 90);
  for (int i = 0; i < functions; ++i) {
    const char* field = random->Pick(kTags);
    const char* suffix = random->Pick(kTags);
    const uint64_t bits = random->Next();
    js += Format(
        "function f%d(a,b){var x=a&&a.%s||{};if(x.length>%d){return "
        "b+\"%s\";}for(var i=0;i<%d;i++){x[i]=(x[i]||0)+i*%d;}return x;}\n",
        i, field, 1 + static_cast<int>(bits % 9), suffix,
        2 + static_cast<int>(bits >> 8 & 63),
        1 + static_cast<int>(bits >> 16 & 7));
  }
  js +=
      "window.addEventListener('load',function(){f0(document.body,'');});"
      "\n})();\n</script>\n";
  return js;
}

std::string Head(Random* random, const Person& owner, std::string_view site) {
  std::string head =
      "<!DOCTYPE html>\n<html lang=\"en\"><head>"
      "<meta charset=\"utf-8\">\n";
  head +=
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n";
  head += "<title>" + owner.name + " (@" + owner.handle + ") — " +
          std::string(site) + "</title>\n";
  head += "<meta name=\"description\" content=\"" + owner.name + " on " +
          std::string(site) + ": " +
          Writer(random, &owner, false).Words(8, 16) + ".\">\n";
  head += "<meta property=\"og:title\" content=\"" + owner.name + "\">\n";
  head += "<meta property=\"og:type\" content=\"profile\">\n";
  head += "<meta property=\"og:url\" content=\"https://" + Lower(site) +
          ".example/@" + owner.handle + "\">\n";
  head += "<link rel=\"stylesheet\" href=\"/static/app.css\">\n";
  head +=
      "<link rel=\"me\" href=\"https://code.example/" + owner.handle + "\">\n";
  head += Stylesheet(random);
  const uint64_t bits = random->Next();
  head += Format(
      "<script>window.__STATE__={\"build\":\"4.%d.%d-r%d\",\"region\":\"us-"
      "west-2\",\"user\":{\"id\":%d,\"handle\":\"%s\",\"followers\":%d,"
      "\"following\":%d},\"flags\":{\"dark\":true,\"beta\":false}};"
      "</script>\n",
      static_cast<int>(bits % 21), static_cast<int>(bits >> 8 & 7),
      1 + static_cast<int>(bits >> 12 & 7),
      1000 + static_cast<int>(bits >> 16 & 0xFFFFF), owner.handle.c_str(),
      static_cast<int>(bits >> 36 & 4095), static_cast<int>(bits >> 48 & 511));
  head +=
      "<script type=\"application/ld+json\">{\"@context\":\"https://"
      "schema.org\",\"@type\":\"Person\",\"name\":\"" +
      owner.name + "\",\"url\":\"https://" + Lower(site) + ".example/@" +
      owner.handle +
      "\",\"address\":{\"@type\":\"PostalAddress\","
      "\"addressLocality\":\"" +
      owner.city->name + "\"}}</script>\n";
  head += Javascript(random);
  head += "</head>\n";
  return head;
}

std::string SiteHeader(Random* random, std::string_view site) {
  std::string header =
      "<header class=\"site-header\"><div class=\"logo\">"
      "<a href=\"/\">" +
      std::string(site) + "</a></div>\n";
  header += "<nav class=\"main-nav\" aria-label=\"Main\"><ul>";
  for (const char* item : {"Home", "Explore", "Notifications", "Messages",
                           "Bookmarks", "Settings"}) {
    header += "<li><a href=\"/" + Lower(item) + "\">" + item + "</a></li>";
  }
  header +=
      "</ul></nav>\n<form class=\"search\" role=\"search\" "
      "action=\"/search\"><input type=\"search\" name=\"q\" "
      "placeholder=\"Search\"><button type=\"submit\">Search</button>"
      "</form></header>\n";
  if (random->Chance(0.6)) {
    header +=
        "<div class=\"cookie-banner\" role=\"dialog\"><p>We use "
        "cookies to keep you signed in and to measure traffic. See our "
        "<a href=\"/privacy\">privacy policy</a>.</p><button>OK"
        "</button></div>\n";
  }
  return header;
}

std::string ProfileCard(Random* random, const Person& owner, Style style) {
  Writer prose(random, &owner, true);
  std::string bio = prose.Paragraph(2, 5);
  if (random->Chance(0.3))
    bio += " Friends can text me at " + owner.phone + ".";
  if (random->Chance(0.3)) bio += " I'm " + std::to_string(owner.age) + ".";
  std::string card;
  switch (style) {
    case Style::kSocial: {
      card =
          "<section class=\"profile h-card\">\n<img class=\"u-photo "
          "avatar\" src=\"/avatars/" +
          owner.handle +
          ".jpg\" alt=\"\">\n<h1 class=\"p-name display-name\">" + owner.name +
          "</h1>\n<p class=\"p-nickname\">@" + owner.handle +
          "</p>\n<div class=\"p-note bio\"><p>" + bio + "</p></div>\n";
      card +=
          "<ul class=\"profile-fields\"><li><span class=\"label\">"
          "Location</span> <span class=\"p-locality\">" +
          std::string(owner.city->name) +
          "</span>, <span "
          "class=\"p-region\">" +
          owner.city->state + "</span></li>";
      const char* month = random->Pick(kMonths);
      card += Format("<li>Joined %s %d</li>", month, random->Range(2010, 2024));
      card += "<li><a class=\"u-url\" rel=\"me\" href=\"https://" +
              owner.handle + ".example.net/\">" + owner.handle +
              ".example.net</a></li></ul>\n";
      const uint64_t bits = random->Next();
      card += Format(
          "<p class=\"counts\"><span>%d posts</span> · <span>%d "
          "following</span> · <span>%d followers</span></p>\n",
          10 + static_cast<int>(bits % 4000),
          static_cast<int>(bits >> 16 & 1023),
          static_cast<int>(bits >> 32 & 8191));
      card += "</section>\n";
      return card;
    }
    case Style::kBlog:
      return "<section class=\"author-bio about\">\n<h1 "
             "class=\"author-name\">" +
             owner.name + "</h1>\n<p>" + bio + "</p>\n<p>Based in " +
             owner.city->name + ", " + owner.city->state +
             ".</p>\n"
             "</section>\n";
    case Style::kForum: {
      card =
          "<div class=\"profile-details\">\n<dl><dt>Username:</dt><dd>"
          "<span class=\"username\">" +
          owner.name + "</span></dd>";
      card +=
          "<dt>Location:</dt><dd>" + std::string(owner.city->name) + "</dd>";
      const char* month = random->Pick(kMonths);
      const uint64_t bits = random->Next();
      card += Format(
          "<dt>Posts:</dt><dd>%d</dd><dt>Joined:</dt><dd>%s %d, "
          "%d</dd></dl>\n",
          10 + static_cast<int>(bits % 9000), month,
          1 + static_cast<int>(bits >> 16 & 15),
          2005 + static_cast<int>(bits >> 24 & 15));
      card += "<div class=\"signature\"><p>" + bio + "</p></div>\n</div>\n";
      return card;
    }
  }
  return card;
}

// A reply by somebody else, or now and then by the owner in their thread.
std::string Comment(Random* random, const Person& owner, Style style) {
  Person other = MakePerson(random);
  const Person& author = random->Chance(0.2) ? owner : other;
  Writer prose(random, &author, true);
  std::string body = prose.Paragraph(1, 4);
  switch (style) {
    case Style::kSocial:
      return "<div class=\"comment h-cite\"><div class=\"comment-meta\"><a "
             "class=\"u-author p-author\" href=\"/@" +
             author.handle + "\">" + author.name + "</a> · <time>" +
             std::to_string(random->Range(1, 59)) +
             "m</time></div><div class=\"comment-body\"><p>" + body +
             "</p></div></div>\n";
    case Style::kBlog:
      return "<li class=\"comment\" id=\"comment-" +
             std::to_string(random->Range(1000, 99999)) +
             "\"><div class=\"comment-author vcard\"><cite class=\"fn\">" +
             author.name +
             "</cite> says:</div><div class=\"comment-content\">"
             "<p>" +
             body +
             "</p></div><div class=\"reply\"><a href=\"#\">"
             "Reply</a></div></li>\n";
    case Style::kForum:
      return "<div class=\"reply\"><p><b>" + author.name + "</b>: " + body +
             "</p></div>\n";
  }
  return "";
}

std::string Article(Random* random, const Person& owner, Style style, int index,
                    bool short_form) {
  Writer prose(random, &owner, true);
  std::string title = prose.Words(3, 8);
  const uint64_t bits = random->Next();
  std::string date =
      Format("%d-%02d-%02dT%02d:%02d:00Z", 2015 + static_cast<int>(bits % 11),
             1 + static_cast<int>(bits >> 8 & 0xFF) % 12,
             1 + static_cast<int>(bits >> 16 & 0xFF) % 28,
             static_cast<int>(bits >> 24 & 0xFF) % 24,
             static_cast<int>(bits >> 32 & 0xFF) % 60);
  std::string body;
  int paragraphs = short_form ? 1 : random->Range(2, 9);
  for (int i = 0; i < paragraphs; ++i) {
    if (!short_form && random->Chance(0.1)) {
      body += "<blockquote><p>" + prose.Paragraph(1, 2) + "</p></blockquote>\n";
    } else if (!short_form && random->Chance(0.1)) {
      body += "<ul>";
      for (int j = random->Range(2, 6); j > 0; --j) {
        body += "<li>" + prose.Sentence() + "</li>";
      }
      body += "</ul>\n";
    }
    body += "<p>" + prose.Paragraph(short_form ? 1 : 2, short_form ? 2 : 7) +
            "</p>\n";
    if (!short_form && random->Chance(0.1)) {
      std::string alt = prose.Words(3, 8);
      std::string caption = prose.Words(4, 10);
      body += "<figure><img src=\"/media/" + std::to_string(index) + "-" +
              std::to_string(i) + ".jpg\" alt=\"" + alt + "\"><figcaption>" +
              caption + "</figcaption></figure>\n";
    }
  }
  int comments = short_form ? 0 : random->Range(0, 6);
  std::string thread;
  for (int i = 0; i < comments; ++i) thread += Comment(random, owner, style);
  std::string slug = Handle(title);
  switch (style) {
    case Style::kSocial:
      return "<article class=\"post h-entry\">\n<header class=\"post-header\">"
             "<a class=\"u-author p-author\" href=\"/@" +
             owner.handle + "\">" + owner.name +
             "</a> <a class=\"u-url\" href=\"/posts/" + slug +
             "\"><time class=\"dt-published\" datetime=\"" + date + "\">" +
             date.substr(0, 10) +
             "</time></a></header>\n"
             "<h2 class=\"post-title\">" +
             title +
             "</h2>\n"
             "<div class=\"e-content\">\n" +
             body +
             "</div>\n"
             "<footer class=\"post-footer\"><span class=\"likes\">" +
             std::to_string(random->Range(0, 400)) +
             " likes</span> · <a "
             "href=\"/posts/" +
             slug + "#reply\">Reply</a></footer>\n" +
             (thread.empty()
                  ? ""
                  : "<section class=\"replies\">\n" + thread + "</section>\n") +
             "</article>\n";
    case Style::kBlog:
      return "<article class=\"post type-post\" id=\"post-" +
             std::to_string(index) +
             "\">\n<header class=\"entry-header\"><h2 "
             "class=\"entry-title\"><a href=\"/" +
             slug + "/\">" + title +
             "</a></h2><div class=\"entry-meta\">Posted by <span "
             "class=\"byline\">" +
             owner.name + "</span> on <time datetime=\"" + date + "\">" +
             date.substr(0, 10) +
             "</time></div></header>\n"
             "<div class=\"entry-body\">\n" +
             body + "</div>\n" +
             (thread.empty() ? ""
                             : "<section id=\"comments\" class=\"comments-"
                               "area\"><h3>Comments</h3><ol class=\""
                               "commentlist\">\n" +
                                   thread + "</ol></section>\n") +
             "</article>\n";
    case Style::kForum:
      return "<div class=\"post\" id=\"p" + std::to_string(index) +
             "\">\n"
             "<h3><a href=\"/viewtopic.php?p=" +
             std::to_string(index) + "\">" + title +
             "</a></h3><p class=\"author\">by " + owner.name + " » " +
             date.substr(0, 10) + "</p>\n<div class=\"postbody\">\n" + body +
             "</div>\n" + thread + "</div>\n";
  }
  return "";
}

std::string Tail(Random* random, const Person& owner, std::string_view site) {
  std::string tail = "<aside class=\"sidebar\"><h3>Suggested for you</h3><ul>";
  for (int i = random->Range(3, 8); i > 0; --i) {
    Person other = MakePerson(random);
    tail += "<li><a href=\"/@" + other.handle + "\">" + other.name + "</a>, " +
            other.city->name + "</li>";
  }
  tail += "</ul></aside>\n";
  const City& hq = random->Pick(kCities);
  const char* street = random->Pick(kStreets);
  const uint64_t bits = random->Next();
  tail += Format(
      "<footer class=\"site-footer\"><p>© %d %s, Inc. · %d %s, %s, "
      "%s %s · Need help? Support line 1-800-555-01%02d · "
      "support@%s.example · v4.%d.%d</p>",
      2019 + static_cast<int>(bits % 7), std::string(site).c_str(),
      100 + static_cast<int>(bits >> 8 & 0xFFFF) % 900, street, hq.name,
      hq.state, hq.zip, static_cast<int>(bits >> 24 & 0xFF) % 100,
      Lower(site).c_str(), static_cast<int>(bits >> 32 & 0xFF) % 21,
      static_cast<int>(bits >> 40 & 0xFF) % 10);
  tail +=
      "<ul class=\"footer-links\"><li><a href=\"/privacy\">Privacy</a>"
      "</li><li><a href=\"/terms\">Terms</a></li><li><a href=\"/about\">"
      "About</a></li></ul></footer>\n";
  tail +=
      "<script>(function(){var q=window.__q=window.__q||[];q.push(['page',"
      "location.pathname,'" +
      owner.handle +
      "']);})();</script>\n"
      "</body></html>\n";
  return tail;
}

}  // namespace

std::string GenerateProfilePage(uint64_t seed, const PageOptions& options) {
  Random random(seed);
  const Style style = static_cast<Style>(random.Uniform(3));
  constexpr const char* kSites[] = {"Pinecone", "Driftwood", "Lanternboard",
                                    "Quillpost"};
  const std::string site = random.Pick(kSites);
  const Person owner = MakePerson(&random);
  const std::size_t target =
      options.min_bytes +
      random.Uniform(options.max_bytes - options.min_bytes + 1);

  std::string page = Head(&random, owner, site);
  page += "<body class=\"profile-page\">\n";
  page += SiteHeader(&random, site);
  page += "<main id=\"content\">\n";
  page += ProfileCard(&random, owner, style);
  page += "<section class=\"posts\">\n<h2>Posts</h2>\n";
  const std::string closing = "</section>\n</main>\n";
  const std::string tail = Tail(&random, owner, site);
  const std::size_t fixed = closing.size() + tail.size();
  for (int index = 0; page.size() + fixed < target; ++index) {
    std::string article = Article(&random, owner, style, index, false);
    if (page.size() + article.size() + fixed > options.max_bytes) {
      article = Article(&random, owner, style, index, true);
      if (page.size() + article.size() + fixed > options.max_bytes) break;
    }
    page += article;
  }
  page += closing;
  page += tail;
  return page;
}

std::string GenerateProse(uint64_t seed, std::size_t bytes) {
  Random random(seed);
  const Person owner = MakePerson(&random);
  Writer writer(&random, &owner, false);
  std::string prose;
  while (prose.size() < bytes) {
    if (!prose.empty()) prose.push_back(' ');
    prose += writer.Sentence();
  }
  return prose;
}

}  // namespace exposure::bench
