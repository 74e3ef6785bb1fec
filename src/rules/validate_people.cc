// Sex or gender, names (workplace, school, places, family) and account URLs.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "exposure/document.h"
#include "re2/re2.h"
#include "rules/validator_functions.h"

namespace exposure::internal {

std::optional<Validated> ValidateSex(std::string_view match) {
  std::string lower = AsciiLower(StripWhitespace(match));
  static const struct {
    const char* word;
    const char* value;
  } kWords[] = {{"female", "female"},
                {"woman", "female"},
                {"f", "female"},
                {"she/her", "female"},
                {"she/hers", "female"},
                {"she", "female"},
                {"mujer", "female"},
                {"femenino", "female"},
                {"feminino", "female"},
                {"mulher", "female"},
                {"féminin", "female"},
                {"femme", "female"},
                {"donna", "female"},
                {"femmina", "female"},
                {"weiblich", "female"},
                {"girl", "female"},
                {"wife", "female"},
                {"mother", "female"},
                {"mom", "female"},
                {"grandmother", "female"},
                {"grandma", "female"},
                {"male", "male"},
                {"man", "male"},
                {"m", "male"},
                {"grandfather", "male"},
                {"grandpa", "male"},
                {"he/him", "male"},
                {"he/his", "male"},
                {"he", "male"},
                {"hombre", "male"},
                {"masculino", "male"},
                {"homem", "male"},
                {"homme", "male"},
                {"uomo", "male"},
                {"maschio", "male"},
                {"männlich", "male"},
                {"masculin", "male"},
                {"guy", "male"},
                {"husband", "male"},
                {"father", "male"},
                {"dad", "male"},
                {"nonbinary", "nonbinary"},
                {"non-binary", "nonbinary"},
                {"non binary", "nonbinary"},
                {"enby", "nonbinary"},
                {"they/them", "nonbinary"},
                {"genderqueer", "nonbinary"},
                {"agender", "nonbinary"},
                // Profile fields in more languages ("Pohlavie: žena",
                // "Kjønn: Kvinne", "Płeć: mężczyzna").
                {"žena", "female"},
                {"kvinne", "female"},
                {"kvinna", "female"},
                {"kvinde", "female"},
                {"kobieta", "female"},
                {"nainen", "female"},
                {"nő", "female"},
                {"kadın", "female"},
                {"vrouw", "female"},
                {"femeie", "female"},
                {"perempuan", "female"},
                {"wanita", "female"},
                {"muž", "male"},
                {"mann", "male"},
                {"mand", "male"},
                {"mężczyzna", "male"},
                {"mies", "male"},
                {"férfi", "male"},
                {"erkek", "male"},
                {"bărbat", "male"},
                {"laki-laki", "male"},
                {"pria", "male"},
                {"lelaki", "male"},
                {"no binario", "nonbinary"},
                {"no binarie", "nonbinary"}};
  for (const auto& word : kWords) {
    if (lower == word.word) return Validated{word.value, word.value};
  }
  return std::nullopt;
}

std::optional<Validated> ValidateName(std::string_view match) {
  std::string text(StripWhitespace(match));
  // "Aarhus Agility Klub (AAK)": the name without its initials.
  static const RE2* const kTrailingInitials =
      new RE2(R"(\s+\([\p{Lu}\d&.]{2,8}\)$)");
  RE2::Replace(&text, *kTrailingInitials, "");
  while (!text.empty() &&
         (text.back() == '.' || text.back() == ',' || text.back() == '!' ||
          text.back() == ';' || text.back() == ':' || text.back() == ')' ||
          text.back() == '\'' || text.back() == '"')) {
    text.pop_back();
  }
  while (!text.empty() &&
         (text.front() == '"' || text.front() == '(' || text.front() == '@')) {
    text.erase(text.begin());
  }
  text = std::string(StripWhitespace(text));
  if (text.size() < 2 || text.size() > 80) return std::nullopt;
  // "Proud UW alum", "Former Boeing engineer": the adjective is not part of
  // the name.
  static const RE2* const kLeadingAdjective = new RE2(
      R"(^(?:Proud|Former|Recent|Retired|Current|Future|Fellow|Lifelong|Happy)\s+)");
  RE2::Replace(&text, *kLeadingAdjective, "");
  // "A Marshall Islands High School graduate", "A Dapto High girl": an
  // article that opens the sentence is not part of a name of two words or
  // more ("A Coruña" is a town).
  static const RE2* const kLeadingArticle =
      new RE2(R"(^An?\s+(\p{Lu}\S*\s+\S.*)$)");
  RE2::Replace(&text, *kLeadingArticle, "\\1");
  // A name starts with a capital letter or a digit ("3M", "7-Eleven"), or
  // with the lower-case kind French and Spanish put before a school's name
  // ("école maternelle Jean Moulin", "guardería Nuyum").
  static const RE2* const kStart = new RE2(
      R"((?:[\p{Lu}\d]|(?:école|escuela|escola|guardería|guarderia)\s).*)");
  if (!RE2::FullMatch(text, *kStart)) return std::nullopt;
  // Pronouns and filler that cue phrases sometimes catch.
  static const RE2* const kNotAName = new RE2(
      R"((?i)(?:i|i'll|i’ll|i'm|i’m|i've|i’ve|i'd|i’d|we'll|we're|we've|you'll|me|my|our|your|their|mi|mis|sus|nuestro|nuestra|him|her|his|hers|he|she|mr|mrs|ms|miss|dr|who|what|which|where|here|there|them|us|it|this|that|the|a|an|home|work|night|the moment|least|all|once|first|last|\d+|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|today|tonight|tomorrow|yesterday|happy|thanks|thank|merry|welcome|hi|hello|dear|love|congrats|congratulations|before|after|lab|christmas|christmas eve|christmas day|thanksgiving|easter|halloween|new year's|new year’s|new year's eve|new year’s eve|cs|ee|phd|mba|bsc|msc))");
  if (RE2::FullMatch(text, *kNotAName)) return std::nullopt;
  // A name has a letter: "624-1873" in "call her at 624-1873" is a number.
  if (std::none_of(text.begin(), text.end(), [](char c) {
        return absl::ascii_isalpha(static_cast<unsigned char>(c)) ||
               static_cast<unsigned char>(c) >= 0x80;
      })) {
    return std::nullopt;
  }
  // "Room 4", "Suite 200", "Gate B12": a room or a door, not a place's name;
  // "Level 6" is a rank on a site.
  static const RE2* const kRoom = new RE2(
      R"((?i)(?:room|rm\.?|suite|floor|gate|platform|aula|sala|salle|level|tier|rank)\s+[\dA-Z]{1,4})");
  if (RE2::FullMatch(text, *kRoom)) return std::nullopt;
  // "Wednesday and Friday", "Monday, Wednesday & Friday": days, not a name.
  static const RE2* const kDays = new RE2(
      R"((?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s*,\s*|\s+(?:and|&|or)\s+|$))+)");
  if (RE2::FullMatch(text, *kDays)) return std::nullopt;
  // "Escuela infantil 2026-2027", "Season 2025/26": a programme's year,
  // not an organisation's name.
  static const RE2* const kSeason =
      new RE2(R"(.*\s(?:19|20)\d{2}\s?[\-/]\s?(?:19|20)?\d{2})");
  if (RE2::FullMatch(text, *kSeason)) return std::nullopt;
  // "5 I'm", "I'm Alex": a cue that caught the start of a clause.
  static const RE2* const kClauseStart = new RE2(
      R"((?i)(?:i|i'm|i’m|i'll|i've|me|my|\d+|january|february|march|april|june|july|august|september|october|november|december|today|tonight|tomorrow|yesterday)\s.*)");
  if (RE2::FullMatch(text, *kClauseStart)) return std::nullopt;
  // "Northshore Power Co-op I'm usually": a name of capitalised words runs
  // into the next clause's "I'm"; the name ends before it ("Margaret and
  // I went" is a pair, as below).
  static const RE2* const kClauseAfter = new RE2(
      R"((.*?)\s+((?:and|&)\s+)?(?:I['’](?:m|ve|ll|d)(?:\s.*)?|I\s.+))");
  std::string before_clause, joined_by_and;
  if (RE2::FullMatch(text, *kClauseAfter, &before_clause, &joined_by_and)) {
    if (!joined_by_and.empty() &&
        before_clause.find(' ') == std::string::npos) {
      return std::nullopt;
    }
    text = before_clause;
  }
  // "Edgeworks Tacoma and I finally sent": the place ends before "and I";
  // "Margaret and I" is a pair the person is part of, not a place.
  static const RE2* const kAndI =
      new RE2(R"((?i)(.*?)\s+(?:and|&)\s+(?:i|me))");
  std::string before_and_i;
  if (RE2::FullMatch(text, *kAndI, &before_and_i)) {
    if (before_and_i.find(' ') == std::string::npos) return std::nullopt;
    text = before_and_i;
  }
  return Validated{text, text};
}

std::optional<Validated> ValidateRelativeName(std::string_view match) {
  std::string_view name = StripWhitespace(match);
  // "my little brother Tate's 13U team": the name, not its possessive.
  for (std::string_view possessive : {"'s", "’s"}) {
    if (name.size() > possessive.size() + 1 && EndsWith(name, possessive)) {
      name.remove_suffix(possessive.size());
    }
  }
  // "her mother, Mama Isatou", "my wife, Daw Khin Myat Noe": the name
  // without the kinship title or honorific.
  static const RE2* const kKinTitle = new RE2(
      R"((?:Mama|Mamá|Papa|Papá|Baba|Tata|Nana|Auntie|Aunty|Aunt|Uncle|Tía|Tío|Tia|Tio|Grandma|Grandpa|Granny|Nonna|Nonno|Oma|Opa|Teta|Sitti|Lola|Lolo|Abuela|Abuelo|Daw|Doña|Dona)\s+(\p{Lu}.*))");
  std::string without_title;
  if (RE2::FullMatch(name, *kKinTitle, &without_title)) {
    return ValidateRelativeName(without_title);
  }
  for (std::string_view month : {"June", "April", "May", "August"}) {
    if (name == month) return Validated{std::string(name), std::string(name)};
  }
  // "ElectiveLink partner", "HomeAway host": a brand written in camel case
  // (a capital after four lower-case letters), not a name as "McDonald",
  // "DeShawn" or "MacKenzie" write theirs.
  static const RE2* const kCamelCase = new RE2(R"(\p{Lu}\p{Ll}{4,}\p{Lu})");
  if (RE2::PartialMatch(name, *kCamelCase)) return std::nullopt;
  // "Lithuania (17), Latvia (3)" counts competitions, not children; a few
  // countries are also given names ("my son Jordan (7)").
  static const auto* const kCountriesThatAreNames =
      new absl::flat_hash_set<std::string_view>{
          "Chad",  "Georgia", "India", "Israel",  "Jordan",
          "Kenya", "Mali",    "Samoa", "Trinidad"};
  if (!kCountriesThatAreNames->contains(name) && IsCountryName(name)) {
    return std::nullopt;
  }
  // "Messages (2)", "Notifications (5)": a site's counters, not children.
  static const auto* const kCounters =
      new absl::flat_hash_set<std::string_view>{
          "Messages",  "Notifications", "Comments",  "Replies",   "Photos",
          "Followers", "Following",     "Posts",     "Likes",     "Friends",
          "Inbox",     "Alerts",        "Cart",      "Items",     "Reviews",
          "Videos",    "Members",       "Favorites", "Favourites"};
  if (kCounters->contains(name)) return std::nullopt;
  // "my mother, God rest her": a blessing, not a relative's name; "Gran
  // Fondo", "Gran Prix": "gran" is "great", not a grandmother; "Tata
  // Motors" and "Mama Africa" are no parents; "for their kids: WhatsApp 77
  // 614 52 90" names how to write, not a child; "Ny reniko" is Malagasy's
  // "the" before "my mother".
  static const auto* const kNotRelatives =
      new absl::flat_hash_set<std::string_view>{
          "God", "Lord", "Jesus", "Dios", "Deus", "Allah", "Fondo", "Prix",
          "Canaria", "Premio", "Turismo", "Motors", "Steel", "Consultancy",
          "Sons", "Group", "Africa", "Ganoush", "WhatsApp", "Telegram", "Viber",
          "Messenger", "Instagram", "Facebook", "TikTok", "WeChat", "Skype",
          "Email", "E-mail", "Ny",
          // Words of a sentence or the relation itself, never a name: "Also,
          // my daughter Mila", "Su hermana Laia", "Día de la Madre", "Dad,
          // my husband Luca", "My Grandmother's Radio".
          "Also", "Su", "Sus", "Dad", "Mom", "Mum", "Madre", "Padre", "Radio",
          "WOD"};
  if (kNotRelatives->contains(name)) return std::nullopt;
  // "I go with my mother to Manzini Market": a place, not a child's name.
  static const RE2* const kPlaceWord = new RE2(
      R"(.*\s(?:Market|Park|Street|Road|Church|School|Mall|Centre|Center|Club|Hospital|Beach|Lake|River|Hotel|Café|Cafe|Bar|Restaurant|Station|Airport|Stadium|Library|Gym))");
  if (RE2::FullMatch(name, *kPlaceWord)) return std::nullopt;
  return ValidateName(name);
}

std::optional<Validated> ValidateAccountUrl(std::string_view match) {
  std::string url(StripWhitespace(match));
  // A link at the end of a quote or a sentence: "…/bigcyp.alcide.”".
  for (bool trimmed = true; trimmed && !url.empty();) {
    trimmed = false;
    for (std::string_view tail : {".", ",", ";", ":", "!", "?", "\"", "'",
                                  "\u201D", "\u2019", "\u00BB"}) {
      if (EndsWith(url, tail)) {
        url.resize(url.size() - tail.size());
        trimmed = true;
      }
    }
  }
  if (!StartsWith(url, "http://") && !StartsWith(url, "https://")) {
    url = "https://" + url;
  }
  std::string resolved = ResolveUrl(url, url);
  if (resolved.empty()) return std::nullopt;
  // Keep what the person wrote (path case matters on many sites), minus a
  // fragment; a bare host's trailing slash is dropped so "https://a.example/"
  // and "https://a.example" are one account.
  std::size_t hash = url.find('#');
  if (hash != std::string::npos) url.resize(hash);
  std::string display = url;
  std::size_t host_start = url.find("://") + 3;
  if (url.find('/', host_start) == url.size() - 1) url.pop_back();
  return Validated{url, display};
}

}  // namespace exposure::internal
