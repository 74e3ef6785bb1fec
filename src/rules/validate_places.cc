// Addresses, coarse locations and coordinates: cleaned into the contract's
// forms ("123 Main St, Springfield, IL 62704", "Springfield, IL",
// "45.5231,-122.6765").
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "common/strings.h"
#include "re2/re2.h"
#include "rules/validator_functions.h"

namespace exposure::internal {
namespace {

struct StateName {
  const char* name;
  const char* code;
};
constexpr StateName kStates[] = {{"alabama", "AL"},
                                 {"alaska", "AK"},
                                 {"arizona", "AZ"},
                                 {"arkansas", "AR"},
                                 {"california", "CA"},
                                 {"colorado", "CO"},
                                 {"connecticut", "CT"},
                                 {"delaware", "DE"},
                                 {"florida", "FL"},
                                 {"georgia", "GA"},
                                 {"hawaii", "HI"},
                                 {"idaho", "ID"},
                                 {"illinois", "IL"},
                                 {"indiana", "IN"},
                                 {"iowa", "IA"},
                                 {"kansas", "KS"},
                                 {"kentucky", "KY"},
                                 {"louisiana", "LA"},
                                 {"maine", "ME"},
                                 {"maryland", "MD"},
                                 {"massachusetts", "MA"},
                                 {"michigan", "MI"},
                                 {"minnesota", "MN"},
                                 {"mississippi", "MS"},
                                 {"missouri", "MO"},
                                 {"montana", "MT"},
                                 {"nebraska", "NE"},
                                 {"nevada", "NV"},
                                 {"new hampshire", "NH"},
                                 {"new jersey", "NJ"},
                                 {"new mexico", "NM"},
                                 {"new york", "NY"},
                                 {"north carolina", "NC"},
                                 {"north dakota", "ND"},
                                 {"ohio", "OH"},
                                 {"oklahoma", "OK"},
                                 {"oregon", "OR"},
                                 {"pennsylvania", "PA"},
                                 {"rhode island", "RI"},
                                 {"south carolina", "SC"},
                                 {"south dakota", "SD"},
                                 {"tennessee", "TN"},
                                 {"texas", "TX"},
                                 {"utah", "UT"},
                                 {"vermont", "VT"},
                                 {"virginia", "VA"},
                                 {"washington", "WA"},
                                 {"west virginia", "WV"},
                                 {"wisconsin", "WI"},
                                 {"wyoming", "WY"},
                                 // Canadian provinces and territories.
                                 {"alberta", "AB"},
                                 {"british columbia", "BC"},
                                 {"manitoba", "MB"},
                                 {"new brunswick", "NB"},
                                 {"newfoundland and labrador", "NL"},
                                 {"newfoundland", "NL"},
                                 {"nova scotia", "NS"},
                                 {"northwest territories", "NT"},
                                 {"nunavut", "NU"},
                                 {"ontario", "ON"},
                                 {"prince edward island", "PE"},
                                 {"quebec", "QC"},
                                 {"québec", "QC"},
                                 {"saskatchewan", "SK"},
                                 {"yukon", "YT"},
                                 // Australian states and territories
                                 // ("Trevallyn TAS"); "Victoria" alone is
                                 // more often the city in BC, so only its
                                 // code, and "NT"/"WA" are taken above.
                                 {"new south wales", "NSW"},
                                 {"queensland", "QLD"},
                                 {"tasmania", "TAS"},
                                 {"australian capital territory", "ACT"},
                                 {"victoria, australia", "VIC"},
                                 {"district of columbia", "DC"},
                                 {"puerto rico", "PR"},
                                 {"guam", "GU"},
                                 {"us virgin islands", "VI"},
                                 {"american samoa", "AS"},
                                 {"northern mariana islands", "MP"}};

// Street-type words in the short form USPS uses.
std::string_view ShortSuffix(std::string_view word) {
  static const struct {
    const char* word;
    const char* abbreviation;
  } kSuffixes[] = {
      {"street", "St"},      {"avenue", "Ave"},    {"road", "Rd"},
      {"boulevard", "Blvd"}, {"lane", "Ln"},       {"drive", "Dr"},
      {"court", "Ct"},       {"place", "Pl"},      {"terrace", "Ter"},
      {"circle", "Cir"},     {"highway", "Hwy"},   {"parkway", "Pkwy"},
      {"square", "Sq"},      {"apartment", "Apt"}, {"suite", "Ste"}};
  std::string lower = AsciiLower(word);
  for (const auto& suffix : kSuffixes) {
    if (lower == suffix.word) return suffix.abbreviation;
  }
  return "";
}

// Collapses spaces, tidies commas, trims trailing punctuation, and drops
// pictographs and flags (U+1F000 to U+1FFFF: "Tartu, 🇪🇪 Estonia", "📍 Vigo"),
// which no place's name has.
std::string Tidy(std::string_view text) {
  std::string out;
  std::string_view stripped = StripWhitespace(text);
  for (std::size_t i = 0; i < stripped.size(); ++i) {
    char c = stripped[i];
    if (static_cast<unsigned char>(c) == 0xF0 && i + 3 < stripped.size() &&
        static_cast<unsigned char>(stripped[i + 1]) == 0x9F) {
      i += 3;
      continue;
    }
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    if (c == ',' && !out.empty() && out.back() == ' ') out.pop_back();
    out.push_back(c);
  }
  while (!out.empty() &&
         (out.back() == '.' || out.back() == ',' || out.back() == ';' ||
          out.back() == ':' || out.back() == ' ' || out.back() == '-')) {
    out.pop_back();
  }
  return out;
}

}  // namespace

bool IsMexicanStateAbbreviation(std::string_view part) {
  part = StripWhitespace(part);
  // "Zac. 98054": the postcode after the state.
  std::size_t digits = part.size();
  while (digits > 0 &&
         absl::ascii_isdigit(static_cast<unsigned char>(part[digits - 1]))) {
    --digits;
  }
  if (part.size() - digits >= 4 && part.size() - digits <= 6 && digits > 0 &&
      part[digits - 1] == ' ') {
    part = StripWhitespace(part.substr(0, digits));
  }
  if (!part.empty() && part.back() == '.') part.remove_suffix(1);
  return IsOneOf(
      part, {"Ags", "BC",     "BCS", "Camp",  "Chis", "Chih", "Coah",   "CDMX",
             "Dgo", "Edomex", "Gto", "Gro",   "Hgo",  "Jal",  "Méx",    "Mich",
             "Mor", "Nay",    "NL",  "Oax",   "Pue",  "Qro",  "Q. Roo", "SLP",
             "Sin", "Son",    "Tab", "Tamps", "Tlax", "Ver",  "Yuc",    "Zac"});
}

std::string_view StateCode(std::string_view name_or_code) {
  std::string lower = AsciiLower(StripWhitespace(name_or_code));
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (const StateName& state : kStates) {
    if (lower == state.name || lower == AsciiLower(state.code)) {
      return state.code;
    }
  }
  return "";
}

std::optional<Validated> ValidateAddress(std::string_view match) {
  std::string text = Tidy(match);
  // "22 Kestrel Cres, Mango Hill. Text Shane …": the sentence, and the
  // address, end with the town.
  std::size_t comma = text.find(',');
  if (comma != std::string::npos) {
    for (std::size_t stop = text.find(". ", comma); stop != std::string::npos;
         stop = text.find(". ", stop + 2)) {
      if (stop + 2 >= text.size() ||
          !absl::ascii_isupper(static_cast<unsigned char>(text[stop + 2]))) {
        continue;
      }
      // A word of four letters or more, not an abbreviation ("Col.",
      // "Kel.", "Fracc."), ends the sentence.
      std::size_t word = stop;
      while (word > 0 &&
             absl::ascii_isalpha(static_cast<unsigned char>(text[word - 1]))) {
        --word;
      }
      std::string_view last = std::string_view(text).substr(word, stop - word);
      if (last.size() >= 4 &&
          !IsOneOf(last, {"Fracc", "Dist", "Sect", "Bldg", "Blvd", "Apto",
                          "Depto", "Prov", "Edif", "Mpio", "Parr", "Barr"})) {
        text.resize(stop);
        break;
      }
    }
  }
  // Street first, number after ("Rua Augusta, 1200, apto 52", "Calle del
  // Olivar 14, 3ºB", "via Abbrescia 88", "Calle 5 #27"): the number goes
  // first, as the contract writes it.
  static const RE2* const kNumberLast = new RE2(
      R"((?i)^((?:c/\s?|(?:rua|avenida|av\.|travessa|praça|alameda|estrada|calle|paseo|plaza|camino|carrer|rúa|ronda|privada|cerrada|andador|circuito|retorno|prolongación|calzada|callejón|via|viale|piazza|corso|vicolo|carrera|cra\.|transversal|diagonal|pasaje|psje\.|pje\.|put|ulica|obala|cesta|jalan|jl\.|jln\.|kaya)\s).*?),?\s+(?:n\.?\s?[ºo°]\.?\s*|#\s?)?(\d{1,5}(?:-\d{1,3})?[a-z]?)((?:[,\s].*)?))");
  // "in via Abbrescia 88": Italian prose leads in with "in".
  static const RE2* const kLeadingIn = new RE2(R"((?i)^in\s+)");
  RE2::Replace(&text, *kLeadingIn, "");
  std::string street, number, rest;
  if (RE2::FullMatch(text, *kNumberLast, &street, &number, &rest)) {
    if (!rest.empty() && rest[0] != ',') rest = StrCat(",", rest);
    // "C/ Duquesa Villahermosa" is "Calle Duquesa Villahermosa".
    static const RE2* const kCalleShort = new RE2(R"((?i)^c/\s?)");
    RE2::Replace(&street, *kCalleShort, "Calle ");
    text = StrCat(number, " ", street, rest);
  }
  // "12, bloque C, Résidence Les Manguiers": the block goes after the
  // street or residence it is part of, so the number leads the street.
  static const RE2* const kNumberCommaBlock = new RE2(
      R"(^(\d{1,5}[A-Za-z]?)\s*,\s*((?i:bloque|bloco|block|bâtiment|torre|escalier|entrada)\s+[A-Za-z0-9]{1,3})\s*,\s*([^,]+))");
  RE2::Replace(&text, *kNumberCommaBlock, "\\1, \\3, \\2");
  // "No. 14, Kuche 12, …", "Nº 7, …": the house number without its label.
  static const RE2* const kNumberLabel =
      new RE2(R"(^(?:[Nn][Oo]\.?|[Nn][º°]\.?)\s*(\d))");
  RE2::Replace(&text, *kNumberLabel, "\\1");
  // "14, Road 3, Block B", "14, Lalana Rainandriamampandry": the house
  // number, a comma, then the street.
  static const RE2* const kNumberCommaStreet =
      new RE2(R"(^(\d{1,4}[A-Za-z]?)\s*,\s*(\pL))");
  RE2::Replace(&text, *kNumberCommaStreet, "\\1 \\2");
  // Must start with a house number and hold a street word.
  static const RE2* const kShape =
      new RE2(R"((?i)^\d{1,6}[A-Za-z]?(?:-\d+)?\s+\S.*)");
  if (!RE2::FullMatch(text, *kShape) || text.size() > 160) return std::nullopt;
  // "123 Main Street, …" -> "123 Main St, …": the contract's short forms.
  // The word right after the number is a street's name or, in French, its
  // kind ("12 Court St", "3 avenue Jean Jaurès"): only later words are
  // suffixes to shorten.
  std::string out;
  std::vector<std::string_view> words = Split(text, ' ');
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view word = words[i];
    std::string_view bare = word;
    std::string trailing;
    while (!bare.empty() && (bare.back() == ',' || bare.back() == '.')) {
      trailing.insert(trailing.begin(), bare.back());
      bare.remove_suffix(1);
    }
    std::string_view suffix =
        i == 1 && words.size() > 2 ? std::string_view() : ShortSuffix(bare);
    if (!out.empty()) out.push_back(' ');
    if (!suffix.empty()) {
      out.append(suffix);
      if (!trailing.empty() && trailing.back() == ',') out.push_back(',');
    } else {
      out.append(word);
    }
  }
  // Full state names before a ZIP become codes: "Chicago, Illinois 60622".
  static const RE2* const kStateZip =
      new RE2(R"(,\s*([A-Za-z][A-Za-z .]+?)\s+(\d{5}(?:-\d{4})?)$)");
  std::string state, zip;
  if (RE2::PartialMatch(out, *kStateZip, &state, &zip)) {
    std::string_view code = StateCode(state);
    if (!code.empty() && code != state) {
      out = out.substr(0, out.rfind(state)) + std::string(code) + " " + zip;
    }
  }
  return Validated{out, text};
}

std::optional<Validated> ValidateAddressWithoutSuffix(std::string_view match) {
  // "27 Estate Catherine's Rest, Christiansted, VI 00820": a street the
  // usual rules cannot read; one that ends in a suffix ("400 Main St, …")
  // is theirs.
  std::string text = Tidy(match);
  std::string_view street = std::string_view(text).substr(0, text.find(','));
  std::string_view last = street.substr(street.rfind(' ') + 1);
  while (!last.empty() && last.back() == '.') last.remove_suffix(1);
  for (const std::string& suffix : DefaultListEntries("street_suffixes")) {
    if (EqualsIgnoreCase(last, suffix)) return std::nullopt;
  }
  return ValidateAddress(text);
}

std::optional<Validated> ValidateAddressNameNumber(std::string_view match) {
  std::string text = Tidy(match);
  std::size_t comma = text.find(',');
  std::string_view first = std::string_view(text).substr(0, comma);
  std::string_view rest = comma == std::string::npos
                              ? std::string_view()
                              : std::string_view(text).substr(comma);
  static const RE2* const kNameNumber = new RE2(
      R"((.*?\S)\s+([Nn]\.?\s?[º°o]\.?\s*|(?:No|Nr|Na)[.:]\s*)?(\d{1,5}[A-Za-z]?)(?:\s+([A-Z]\s*\d{1,3}))?(?:\s+(?:c/|esq\.?|esquina|y)\s.*|\s+(?:à|in|en|i)\s+(\p{Lu}.*))?)");
  std::string street, label, number, unit, town;
  if (!RE2::FullMatch(re2::StringPiece(first.data(), first.size()),
                      *kNameNumber, &street, &label, &number, &unit, &town)) {
    return std::nullopt;
  }
  // "Nyumba Na. 33, Mtaa wa Kisiwandui": one word before a labelled number
  // is the dwelling ("house no. 33"), and the street comes after it.
  if (!label.empty() && street.find(' ') == std::string::npos &&
      rest.size() > 2) {
    std::string_view after = StripWhitespace(rest.substr(1));
    std::size_t end = after.find(',');
    street = std::string(after.substr(0, end));
    rest =
        end == std::string_view::npos ? std::string_view() : after.substr(end);
  }
  // "chemin des Mésanges 5 à Riaz", "Granitvägen 23 i Ersboda": the town
  // after "à" or "i" as after a comma; "Norra Esplanadgatan 9 B 4": the
  // staircase and flat after the number, as a part of their own.
  std::string rest_with_town = StrCat(unit.empty() ? "" : ", ", unit,
                                      town.empty() ? "" : ", ", town, rest);
  // "Episode 3", "Friday 7", "Room 12", "Lot 27": a word and a number, no
  // street.
  static const RE2* const kNotStreet = new RE2(
      R"((?i)(?:episode|chapter|season|part|level|room|day|week|page|vol|volume|round|stage|table|gate|platform|row|seat|section|track|bus|line|route|floor|flat|apartment|unit|block|building|number|no|grade|class|year|size|team|game|match|step|lesson|house|plot|lot|box|casa|stand|erf|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\.?)");
  if (RE2::FullMatch(street, *kNotStreet)) return std::nullopt;
  int value = 0;
  if (absl::SimpleAtoi(number.substr(0, number.find_first_not_of("0123456789")),
                       &value) &&
      value >= 1900 && value <= 2099) {
    return std::nullopt;
  }
  return ValidateAddress(StrCat(number, " ", street, rest_with_town));
}

namespace {

// True when `name` is a whole US state, Canadian province or Australian
// state ("Saskatchewan"), or a country ("Estonia"): a region, not a place
// someone goes to.
bool IsRegionName(std::string_view name) {
  std::string lower = AsciiLower(StripWhitespace(name));
  for (const StateName& state : kStates) {
    if (lower == state.name) return true;
  }
  return IsCountryName(name);
}

}  // namespace

bool IsCountryName(std::string_view name) {
  for (const std::string& country : DefaultListEntries("countries")) {
    if (name == country) return true;
  }
  return false;
}

namespace {

// True when a place name is a language ("Wednesday evenings I'm at
// English speaking club", "the Gaelic choir") or an online service
// ("every Sunday I'm off Facebook"): what is done, or where online, not a
// place the person can be found at.
bool IsLanguageOrOnlineService(std::string_view name) {
  static const auto* const kLanguages = new std::vector<std::string_view>{
      "English", "Spanish", "French",    "German",   "Italian", "Portuguese",
      "Russian", "Chinese", "Mandarin",  "Japanese", "Korean",  "Arabic",
      "Dutch",   "Swedish", "Norwegian", "Danish",   "Polish",  "Turkish",
      "Greek",   "Hebrew",  "Hindi",     "Latin",    "Welsh",   "Irish",
      "Gaelic",  "Scots",   "Basque",    "Catalan",  "Breton",  "Cornish"};
  static const auto* const kOnlineServices = new std::vector<std::string_view>{
      "Facebook", "Instagram", "Twitter", "TikTok", "YouTube", "WhatsApp",
      "Zoom",     "Discord",   "Reddit",  "Twitch", "Skype",   "Teams",
      "Snapchat", "Telegram",  "Signal",  "Strava", "Netflix", "Spotify"};
  return IsOneOf(name, *kLanguages) || IsOneOf(name, *kOnlineServices);
}

}  // namespace

std::optional<Validated> ValidatePlaceName(std::string_view match) {
  // "6 AM Cubbon Park runs": the clock time before the place.
  match = StripWhitespace(match);
  for (std::string_view clock : {"AM ", "PM ", "A.M. ", "P.M. "}) {
    if (StartsWith(match, clock)) match.remove_prefix(clock.size());
  }
  std::optional<Validated> name = ValidateName(match);
  if (!name || IsRegionName(name->value)) return std::nullopt;
  if (IsLanguageOrOnlineService(name->value)) return std::nullopt;
  // "Domingos: baño en el Pozo …", "Weekdays: the 6.10 am ferry": when,
  // not where.
  static const RE2* const kWhen = new RE2(
      R"((?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays?|weekends?|(?:mornings?|evenings?|nights?|afternoons?)|lunes|martes|miércoles|jueves|viernes|sábados?|domingos?|mañanas|tardes|noches|fines\s+de\s+semana)\.?)");
  if (RE2::FullMatch(name->value, *kWhen)) return std::nullopt;
  // "Calle 19", "Carrera 43", "Street 5": a numbered street is an address,
  // not a place the person goes to; so is a numbered house, lot or flat
  // ("my home studio: House 112, Unit 9").
  static const RE2* const kNumberedStreet = new RE2(
      R"((?i)(?:calle|carrera|avenida|av\.|rua|rue|via|street|road|ulica|strada|way|house|plot|lot|flat|apartment|unit)\s+\d+[a-z]?)");
  if (RE2::FullMatch(name->value, *kNumberedStreet)) return std::nullopt;
  // "…swallowed by the May Day long weekend": a named day is a date.
  if (std::optional<Validated> day = ValidateBirthdateHoliday(name->value);
      day && day->display == name->value) {
    return std::nullopt;
  }
  return name;
}

std::optional<Validated> ValidatePlacePhrase(std::string_view match) {
  std::string text = Tidy(match);
  static const RE2* const kLeadThenName =
      new RE2(R"(((?:\p{Ll}[\p{Ll}'’]*\s+){0,4}?)(\p{Lu}.*))");
  std::string lead, name;
  if (!RE2::FullMatch(text, *kLeadThenName, &lead, &name)) return std::nullopt;
  // "pádel en el Club Social": the words before a preposition name what
  // is done there, not the place. (A space, not \b, before it: RE2's \b is
  // ASCII, and would find "a" at the end of "guardería".)
  static const RE2* const kUpToPreposition = new RE2(
      R"(^(?:.*?\s)?(?:en|al|a|at|in|to|na|no|ao|au|à)\s+(?:(?:la|el|los|las|the|o|a|le|les)\s+)?)");
  RE2::Replace(&lead, *kUpToPreposition, "");
  // "tarde por Pasadena", "mañana sube andando con Paco", "sunset loads
  // when the Caravan": words of a sentence before a name, not a kind of
  // place.
  static const RE2* const kSentenceLead =
      new RE2(R"((?:^|\s)(?:por|con|when|que|y|and|with|the|sube|andando)\s)");
  if (RE2::PartialMatch(lead, *kSentenceLead)) return std::nullopt;
  std::optional<Validated> validated = ValidateName(name);
  if (!validated) return std::nullopt;
  if (lead.empty() && IsLanguageOrOnlineService(validated->value)) {
    return std::nullopt;
  }
  // "mass at St. Joseph chapel" read to the abbreviation's dot.
  static const RE2* const kAbbreviationAlone =
      new RE2(R"((?:St|Mt|Ft|Sta|Ste)\.?)");
  if (RE2::FullMatch(validated->value, *kAbbreviationAlone)) {
    return std::nullopt;
  }
  return Validated{StrCat(lead, validated->value),
                   StrCat(lead, validated->display)};
}

std::optional<Validated> ValidateLocation(std::string_view match) {
  std::string text = Tidy(match);
  // Cue words a list item starts with: "From Rochester, NY", "Lives in X".
  static const RE2* const kLeadingCue = new RE2(
      R"((?i)^(?:from|in|near|lives in|living in|based in|moved to|to|at|vive en|vivo en|de|desde)\s+)");
  RE2::Replace(&text, *kLeadingCue, "");
  // "Thunderbolt, Georgia, USA": the country after a US state goes.
  static const RE2* const kTrailingUsa = new RE2(
      R"(,\s*(?:USA|U\.S\.A\.|US|U\.S\.|United States(?: of America)?)$)");
  if (std::count(text.begin(), text.end(), ',') >= 2) {
    RE2::Replace(&text, *kTrailingUsa, "");
  }
  if (text.empty() || text.size() > 80) return std::nullopt;
  // "From 🇱🇷 Liberia", "Lot 14, Section 87": a cue or a part of an
  // address alone is no town.
  static const RE2* const kNotTownAlone = new RE2(
      R"((?i)from|in|at|section|sector|block|zone|lot|stage|phase|plot)");
  if (RE2::FullMatch(text, *kNotTownAlone)) return std::nullopt;
  // "Work QC technician": a field's label run into its value is no town.
  static const RE2* const kFieldLabel = new RE2(
      R"((?:Work|Job|School|Email|Phone|Occupation|Employer)(?:[\s,].*)?)");
  if (RE2::FullMatch(text, *kFieldLabel)) return std::nullopt;
  // A country alone says little and is not where someone lives in the
  // sense of a town ("Colombiana en Bonaire", "never moved to France"),
  // except a city-state or a capital of the country's name, which is its
  // own town.
  if (IsCountryName(text) &&
      !IsOneOf(text, {"Gibraltar", "Hong Kong", "Macau", "Macao", "Monaco",
                      "San Marino", "Singapore", "Vatican City", "Djibouti",
                      "Kuwait", "Panama", "Luxembourg", "Guatemala"})) {
    return std::nullopt;
  }
  // "moved to February 2027": a month is a date, not a place.
  static const RE2* const kMonth = new RE2(
      R"((?i)(?:january|february|march|april|june|july|august|september|october|november|december)(?:\s.*)?)");
  if (RE2::FullMatch(text, *kMonth)) return std::nullopt;
  // "Crucian born and raised", "a Jamaican native": one word for the people
  // of a place, not the place.
  static const RE2* const kDemonym = new RE2(
      R"((?:\p{Lu}\p{Ll}+(?:ian|ean|ese)|(?:Span|Brit|Ir|Dan|Finn|Pol|Swed|Turk|Scott|Kurd|Engl)ish)s?)");
  static const RE2* const kTownLikeDemonym = new RE2(R"(Dalian|Fujian|Xian)");
  if (RE2::FullMatch(text, *kDemonym) && !IsCountryName(text) &&
      !RE2::FullMatch(text, *kTownLikeDemonym)) {
    return std::nullopt;
  }
  // Street parts are addresses, not places: "Albemarle St NW, Washington",
  // and "Calle del Sol NE" is north-east, not Nebraska.
  static const RE2* const kStreetWord = new RE2(
      R"((?i)\s(?:st|street|ave|avenue|rd|road|blvd|ln|lane|dr|drive|ct|way|hwy|pkwy|parkway|nw|ne|sw|se|apt|suite)\.?(?:\s|,|$)|(?i)^calle\s)");
  std::string city_part = text.substr(0, text.find(','));
  if (RE2::PartialMatch(city_part, *kStreetWord)) return std::nullopt;
  // A street kind or a district's abbreviation is no town: "Ln", "Urb",
  // "Col. Jardines" (a colonia, read without its city), "Kel. Kwala
  // Bekala" (an Indonesian kelurahan).
  static const RE2* const kStreetOrDistrictStart = new RE2(
      R"((?i)^(?:ave|avenue|rd|road|blvd|ln|lane|hwy|pkwy|parkway|urb|urbanización|col|colonia|fracc|fraccionamiento|kel|kelurahan|kec|kecamatan|desa)\.?(?:\s|$))");
  if (RE2::PartialMatch(city_part, *kStreetOrDistrictStart)) {
    return std::nullopt;
  }
  // A person's title or a degree before the comma is not a city: "Dr.
  // Ellen Mertz, IA", "B.S. Computer Science, NC".
  static const RE2* const kNotCity = new RE2(
      R"((?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sr|Jr|B\.S|B\.A|M\.S|M\.A|Ph\.D)\.\s)");
  if (RE2::PartialMatch(city_part, *kNotCity)) return std::nullopt;
  // A business before the comma is not a town: "Heron Marsh Farm, Prince
  // Edward Island", "Kestrel Inn, Kendal".
  static const RE2* const kBusiness = new RE2(
      R"(\s(?:Farms?|Ranch|Inn|Hotel|Motel|Lodge|Shop|Store|Bakery|Café|Cafe|Pub|Restaurant|Studio|Gallery|Church|School|Company|Co\.?|Inc\.?|LLC|Ltd\.?|Clinic|Salon|Kennels?|Stables|Vineyards?|Winery|Brewery|Garage|Club|Gym|Academy|Airways|Airlines|League|Association|Federation|Society)$)");
  if (RE2::PartialMatch(city_part, *kBusiness)) return std::nullopt;
  // Nor is a job or a licence: "Licence: Professional Guide, Botswana".
  static const RE2* const kRole = new RE2(
      R"(\s(?:Guide|Officer|Manager|Director|Engineer|Teacher|Nurse|Driver|Technician|Assistant|Coordinator|Consultant|Instructor|Coach|Licence|License)$)");
  if (RE2::PartialMatch(city_part, *kRole)) return std::nullopt;
  for (char c : text) {
    if (absl::ascii_isdigit(c) && text.size() != 5) return std::nullopt;
  }
  static const RE2* const kZip = new RE2(R"(\d{5})");
  if (RE2::FullMatch(text, *kZip)) return Validated{text, text};
  // "Tacoma WA" / "Nashville, Tennessee" -> "Tacoma, WA" / "Nashville, TN".
  static const RE2* const kCityState =
      new RE2(R"((\p{Lu}[\p{L}.'\- ]*?),?\s+([A-Za-z][A-Za-z .]*?))");
  // A town of one or two words before a trailing two-letter code is tried
  // first, so "Bowling Green KY" is not read as "Bowling" in the state
  // "Green KY" ("Foro Vino Casero AR" is a forum's name, not Arkansas).
  static const RE2* const kCityCode = new RE2(
      R"((\p{Lu}[\p{L}.'\-]*(?:\s\p{Lu}[\p{L}.'\-]*)?),?\s+([A-Z]{2}))");
  std::string city, state;
  if (RE2::FullMatch(text, *kCityCode, &city, &state) ||
      RE2::FullMatch(text, *kCityState, &city, &state)) {
    std::string_view code = StateCode(state);
    // "WA" is a state; "wa" in running text is not.
    bool state_form = state.size() > 2 ||
                      (state.size() == 2 && absl::ascii_isupper(state[0]) &&
                       absl::ascii_isupper(state[1]));
    if (!code.empty() && state_form) {
      std::string value = StrCat(city, ", ", code);
      return Validated{value, text};
    }
  }
  // Otherwise a place name as written: must start with a capital letter,
  // and not be a word that opens a sentence ("Your neighbourhood
  // pharmacy").
  static const RE2* const kName = new RE2(R"(\p{Lu}.*)");
  if (!RE2::FullMatch(text, *kName)) return std::nullopt;
  static const RE2* const kFunctionWord = new RE2(
      R"((?i)(?:your|my|our|his|her|their|the|this|that|these|those|every|each|any|some|tu|su|mi|nuestro|nuestra|el|la|los|las))");
  if (RE2::FullMatch(text, *kFunctionWord)) return std::nullopt;
  return Validated{text, text};
}

std::optional<Validated> ValidateGeotag(std::string_view match) {
  static const RE2* const kPair =
      new RE2(R"(\s*(-?\d{1,3}\.\d+)\s*(?:,|%2C|;|\s)\s*(-?\d{1,3}\.\d+)\s*)");
  // "32.2540° N, 110.9742° W": hemispheres instead of signs.
  static const RE2* const kHemispheres = new RE2(
      R"(\s*(\d{1,2}\.\d+)\s*°?\s*([NSns])\s*[,;]?\s*(\d{1,3}\.\d+)\s*°?\s*([EWew])\s*)");
  // 49°29'10.8"N 2°31'33.6"W: degrees, minutes and seconds, as cameras
  // and maps print them (a double prime is two primes once normalised).
  static const RE2* const kDegreesMinutesSeconds = new RE2(
      R"(\s*(\d{1,2})\s*°\s*(\d{1,2})\s*['′’]\s*(\d{1,2}(?:\.\d+)?)\s*(?:["″”]|''|′′)\s*([NSns])\s*[,;]?\s*(\d{1,3})\s*°\s*(\d{1,2})\s*['′’]\s*(\d{1,2}(?:\.\d+)?)\s*(?:["″”]|''|′′)\s*([EWew])\s*)");
  std::string lat_text, lon_text, north_south, east_west;
  std::string lat_minutes, lat_seconds, lon_minutes, lon_seconds;
  if (RE2::FullMatch(match, *kDegreesMinutesSeconds, &lat_text, &lat_minutes,
                     &lat_seconds, &north_south, &lon_text, &lon_minutes,
                     &lon_seconds, &east_west)) {
    double parts[6];
    const std::string* texts[6] = {&lat_text, &lat_minutes, &lat_seconds,
                                   &lon_text, &lon_minutes, &lon_seconds};
    for (int i = 0; i < 6; ++i) {
      if (!absl::SimpleAtod(*texts[i], &parts[i])) return std::nullopt;
    }
    if (parts[1] >= 60 || parts[2] >= 60 || parts[4] >= 60 || parts[5] >= 60) {
      return std::nullopt;
    }
    lat_text =
        absl::StrFormat("%.6f", parts[0] + parts[1] / 60 + parts[2] / 3600);
    lon_text =
        absl::StrFormat("%.6f", parts[3] + parts[4] / 60 + parts[5] / 3600);
    if (north_south == "S" || north_south == "s") lat_text.insert(0, "-");
    if (east_west == "W" || east_west == "w") lon_text.insert(0, "-");
  } else if (RE2::FullMatch(match, *kHemispheres, &lat_text, &north_south,
                            &lon_text, &east_west)) {
    if (north_south == "S" || north_south == "s") lat_text.insert(0, "-");
    if (east_west == "W" || east_west == "w") lon_text.insert(0, "-");
  } else if (!RE2::FullMatch(match, *kPair, &lat_text, &lon_text)) {
    return std::nullopt;
  }
  double latitude = 0, longitude = 0;
  if (!absl::SimpleAtod(lat_text, &latitude) ||
      !absl::SimpleAtod(lon_text, &longitude)) {
    return std::nullopt;
  }
  if (std::fabs(latitude) > 90 || std::fabs(longitude) > 180) {
    return std::nullopt;
  }
  if (std::fabs(latitude) < 1e-9 && std::fabs(longitude) < 1e-9) {
    return std::nullopt;  // 0,0 is a default, not a place
  }
  // Fewer than 2 decimals is a region, not a spot.
  if (lat_text.size() - lat_text.find('.') - 1 < 2 ||
      lon_text.size() - lon_text.find('.') - 1 < 2) {
    return std::nullopt;
  }
  std::string value = absl::StrFormat("%.4f,%.4f", latitude, longitude);
  return Validated{value, value};
}

}  // namespace exposure::internal
