// Validators: turn a rule's raw match into the contract's normalised value,
// or reject it. Phones go through libphonenumber; the rest are small checks
// that no library does better (an email's shape, an age's range).
#include <algorithm>
#include <cstdlib>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "common/strings.h"
#include "exposure/rules.h"
#include "phonenumbers/phonenumber.pb.h"
#include "phonenumbers/phonenumberutil.h"
#include "re2/re2.h"
#include "rules/validator_functions.h"

namespace exposure {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// True for numbers no person owns: toll-free, premium-rate, shared-cost and
// universal access numbers are businesses' and hotlines'.
bool IsServiceNumber(const PhoneNumber& number) {
  switch (PhoneNumberUtil::GetInstance()->GetNumberType(number)) {
    case PhoneNumberUtil::TOLL_FREE:
    case PhoneNumberUtil::PREMIUM_RATE:
    case PhoneNumberUtil::SHARED_COST:
    case PhoneNumberUtil::UAN:
      return true;
    default:
      return false;
  }
}

std::optional<Validated> ValidatePhoneUncached(std::string_view match) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(std::string(match), "US", &number) !=
      PhoneNumberUtil::NO_PARSING_ERROR) {
    return std::nullopt;
  }
  // A number written with its country code ("+33 6 39 98 41 27") is taken
  // when it has a possible length for that country: the library's ranges
  // lag behind what operators hand out. Without one, it must be valid.
  bool international = StartsWith(StripWhitespace(match), "+");
  if (!util.IsValidNumber(number) &&
      !(international && util.IsPossibleNumber(number))) {
    return std::nullopt;
  }
  if (IsServiceNumber(number)) return std::nullopt;
  Validated result;
  util.Format(number, PhoneNumberUtil::E164, &result.value);
  std::string region;
  util.GetRegionCodeForNumber(number, &region);
  util.Format(number,
              region == "US" ? PhoneNumberUtil::NATIONAL
                             : PhoneNumberUtil::INTERNATIONAL,
              &result.display);
  return result;
}

// libphonenumber takes about 90 us a number, and profiles and feeds repeat
// the same few numbers on page after page. Each thread keeps the results
// for the last kPhoneCacheSize distinct texts (a pure function of the
// text, so a hit gives exactly what libphonenumber would); when full, the
// cache starts over, which bounds its memory at a few hundred KiB.
constexpr std::size_t kPhoneCacheSize = 4096;

struct PhoneCache {
  absl::flat_hash_map<std::string, std::optional<Validated>> results;
  internal::ValidationCacheStats stats;
};

PhoneCache& ThreadPhoneCache() {
  thread_local PhoneCache cache;
  return cache;
}

std::optional<Validated> ValidatePhone(std::string_view match) {
  PhoneCache& cache = ThreadPhoneCache();
  auto found =
      cache.results.find(absl::string_view(match.data(), match.size()));
  if (found != cache.results.end()) {
    ++cache.stats.hits;
    return found->second;
  }
  ++cache.stats.misses;
  std::optional<Validated> result = ValidatePhoneUncached(match);
  if (cache.results.size() >= kPhoneCacheSize) cache.results.clear();
  cache.results.emplace(std::string(match), result);
  return result;
}

// E.164 and international form of a parsed number.
Validated InternationalForm(const PhoneNumber& number) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  Validated result;
  util.Format(number, PhoneNumberUtil::E164, &result.value);
  util.Format(number, PhoneNumberUtil::INTERNATIONAL, &result.display);
  return result;
}

// `text` read as a number of `region`, if it is a valid one there.
std::optional<Validated> ValidForRegion(const std::string& text,
                                        const char* region) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
    return std::nullopt;
  }
  // A number of a territory that shares the region's country code is as
  // good: "(08) 9162 6677" read in Australia is a Cocos (Keeling) Islands
  // number, "0690 57 14 28" read in Saint-Martin one of Guadeloupe's plan.
  // (Asked only where the code is shared: the check tries every region.)
  if (!util.IsValidNumberForRegion(number, region)) {
    std::list<std::string> sharing;
    util.GetRegionCodesForCountryCallingCode(number.country_code(), &sharing);
    if (sharing.size() < 2 || !util.IsValidNumber(number)) return std::nullopt;
  }
  if (IsServiceNumber(number)) return std::nullopt;
  return InternationalForm(number);
}

// A number written the national way, without a country code, outside
// North America: "07700 900318" (UK), "06 55 50 14 27" (France), "676 555
// 014" (Spain), "(31) 98555-0142" (Brazil), "341 15 555-0187" (Argentina).
// The first of a few regions where it is a valid number decides the country
// code; the rule's context words must vouch that it is a phone at all.
std::optional<Validated> ValidateNationalPhone(std::string_view match) {
  static const char* const kRegions[] = {"GB", "IE", "ES", "FR",
                                         "DE", "AU", "BR", "AR"};
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::string digits;
  for (char c : match) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
  }
  // The few regions tried here all write seven digits or more; the short
  // numbers of small island states are read only with the page's country
  // (ValidatePhoneInRegion), which spares a parse per five-digit count.
  if (digits.size() < 7) return std::nullopt;
  // 07xxx xxxxxx is the shape of every UK mobile; the library's ranges
  // leave some blocks (Ofcom's drama numbers among them) unallocated.
  if (digits.size() == 11 && StartsWith(digits, "07")) {
    PhoneNumber number;
    if (util.Parse(digits, "GB", &number) ==
            PhoneNumberUtil::NO_PARSING_ERROR &&
        util.IsPossibleNumber(number)) {
      return InternationalForm(number);
    }
  }
  // Five pairs of digits ("06 55 50 14 27") is how France writes them, and
  // its overseas departments, which share the plan, often group the first
  // four ("0690 57 14 28", a Guadeloupe mobile): read in France first, then
  // in each of them, before any other country does ("0690…" is also a
  // Frankfurt number).
  static const RE2* const kFrenchPairs =
      new RE2(R"(0[1-9](?:[ .\-]?\d{2})(?:[ .\-]\d{2}){3})");
  if (RE2::FullMatch(re2::StringPiece(match.data(), match.size()),
                     *kFrenchPairs)) {
    for (const char* region : {"FR", "GP", "MQ", "GF", "RE", "YT"}) {
      if (std::optional<Validated> french = ValidForRegion(digits, region)) {
        return french;
      }
    }
  }
  // Spain, Brazil and Argentina (of these) write their numbers without a
  // leading 0; the others with one.
  const bool trunk_zero = StartsWith(digits, "0");
  for (const char* region : kRegions) {
    const std::string_view name = region;
    const bool writes_no_zero = name == "ES" || name == "BR" || name == "AR";
    if (trunk_zero == writes_no_zero) continue;
    if (std::optional<Validated> found =
            ValidForRegion(std::string(match), region)) {
      return found;
    }
  }
  return std::nullopt;
}

bool IsEmailLocalChar(char c) {
  return absl::ascii_isalnum(c) || c == '.' || c == '_' || c == '%' ||
         c == '+' || c == '-';
}

std::optional<Validated> ValidateEmail(std::string_view match) {
  // "ER nurse @ St. Brigid Medical Center": an @ between spaces followed by
  // capitalised words is "at" a place, not an address.
  static const RE2* const kSpacedAtName =
      new RE2(R"(\s@\s+(?:\p{Lu}\p{Ll}|.*\.\s*\p{Lu}\p{Ll}))");
  if (RE2::PartialMatch(re2::StringPiece(match.data(), match.size()),
                        *kSpacedAtName)) {
    return std::nullopt;
  }
  std::string text = AsciiLower(StripWhitespace(match));
  // De-obfuscate the common spellings of @ and dot (English, Spanish,
  // Portuguese, French, Haitian Creole, Italian; the @'s names in Malay
  // ("(a)"), Swedish, German, Polish, Czech, Hungarian and Afrikaans; the
  // dot's in Hungarian, Romanian, Turkish, German, Indonesian and Dutch).
  // The email rules spell the same words.
  static const RE2* const kAt = new RE2(
      R"(\s*(?:[\[\(\{<]\s*(?:at|a|at\s+sign|arroba|arobase|chiocciola|snabel-a|klammeraffe|małpa|zavináč|kukac|krøllalfa|apenstaartje|miukumauku|@)\s*[\]\)\}>]|\s(?:at|arroba|arobase|arobaz|chiocciola|kukac|by)\s)\s*)");
  static const RE2* const kDot = new RE2(
      R"(\s*(?:[\[\(\{<]\s*(?:dot|punto|ponto|point|pont|punct|nokta|punkt|titik)\s*[\]\)\}>]|\s(?:dot|punto|ponto|point|pont|pwen|punct|nokta|punkt|titik|punt)\s)\s*)");
  // Any other language's word for the dot, bracketed before a common
  // top-level domain: "xezal.mihemed [at] example [xal] org".
  static const RE2* const kWordDot = new RE2(
      R"(\s*[\[\(\{<]\s*\pL{2,10}\s*[\]\)\}>]\s*(com|org|net|edu|gov|info|io|co)$)");
  // Any other language's word for the @, bracketed once between the
  // name and a dotted domain: "kadri.vahtra (ät) example.com".
  static const RE2* const kWordAt =
      new RE2(R"(\s*[\[\(\{<]\s*\pL{1,12}\s*[\]\)\}>]\s*)");
  RE2::GlobalReplace(&text, *kAt, "@");
  RE2::GlobalReplace(&text, *kDot, ".");
  // The name must look like a mailbox's ("kadri.vahtra", "ana_r",
  // "lola85"): "the club (politely) example.com" is words.
  if (text.find('@') == std::string::npos) {
    std::size_t bracket = text.find_first_of("[({<");
    std::string_view name =
        StripWhitespace(std::string_view(text).substr(0, bracket));
    if (bracket != std::string::npos &&
        name.find_first_of("._0123456789") != std::string_view::npos &&
        name.find(' ') == std::string_view::npos) {
      RE2::Replace(&text, *kWordAt, "@");
    }
  }
  if (text.find('@') != std::string::npos) {
    RE2::Replace(&text, *kWordDot, ".\\1");
  }
  text.erase(std::remove_if(text.begin(), text.end(),
                            [](char c) { return absl::ascii_isspace(c); }),
             text.end());
  std::size_t at = text.find('@');
  if (at == std::string::npos || at == 0 ||
      text.find('@', at + 1) != std::string::npos) {
    return std::nullopt;
  }
  std::string_view local = std::string_view(text).substr(0, at);
  std::string_view domain = std::string_view(text).substr(at + 1);
  for (char c : local) {
    if (!IsEmailLocalChar(c)) return std::nullopt;
  }
  if (local.front() == '.' || local.back() == '.') return std::nullopt;
  std::size_t last_dot = domain.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0) return std::nullopt;
  for (char c : domain) {
    if (!absl::ascii_isalnum(c) && c != '.' && c != '-') return std::nullopt;
  }
  if (Contains(domain, "..")) return std::nullopt;
  std::string_view tld = domain.substr(last_dot + 1);
  if (tld.size() < 2) return std::nullopt;
  for (char c : tld) {
    if (!absl::ascii_isalpha(c)) return std::nullopt;
  }
  // "logo@2x.png" is a retina image name, not an address.
  static const std::vector<std::string_view> kFileExtensions = {
      "png", "jpg", "jpeg", "gif", "svg", "webp", "css", "js", "ico"};
  for (std::string_view extension : kFileExtensions) {
    if (tld == extension) return std::nullopt;
  }
  return Validated{text, text};
}

// "five oh three, 555, zero one four two" -> "5035550142", then the phone
// validator. Needs at least one spelled digit (plain digits are the other
// rules' job) and 10 or 11 digits in all.
std::optional<Validated> ValidateSpelledPhone(std::string_view match) {
  static const struct {
    const char* word;
    char digit;
  } kDigits[] = {
      {"zero", '0'},   {"oh", '0'},    {"o", '0'},     {"one", '1'},
      {"two", '2'},    {"three", '3'}, {"four", '4'},  {"five", '5'},
      {"six", '6'},    {"seven", '7'}, {"eight", '8'}, {"nine", '9'},
      {"cero", '0'},   {"uno", '1'},   {"dos", '2'},   {"tres", '3'},
      {"cuatro", '4'}, {"cinco", '5'}, {"seis", '6'},  {"siete", '7'},
      {"ocho", '8'},   {"nueve", '9'}};
  std::string digits;
  int spelled = 0;
  std::string word;
  auto flush = [&]() -> bool {
    if (word.empty()) return true;
    std::string lower = absl::AsciiStrToLower(word);
    word.clear();
    for (const auto& entry : kDigits) {
      if (lower == entry.word) {
        digits.push_back(entry.digit);
        ++spelled;
        return true;
      }
    }
    return false;
  };
  for (char c : match) {
    if (absl::ascii_isdigit(c)) {
      if (!flush()) return std::nullopt;
      digits.push_back(c);
    } else if (absl::ascii_isalpha(c)) {
      word.push_back(c);
    } else if (!flush()) {
      return std::nullopt;
    }
  }
  if (!flush() || spelled == 0) return std::nullopt;
  if (digits.size() != 10 && digits.size() != 11) return std::nullopt;
  return ValidatePhone(digits);
}

// Ages a profile owner can state: teenagers to the very old.
constexpr int kMinAge = 13;
constexpr int kMaxAge = 110;

std::optional<Validated> ValidateAge(std::string_view match) {
  std::string digits;
  for (char c : match) {
    if (absl::ascii_isdigit(c)) digits.push_back(c);
  }
  int age = 0;
  if (digits.empty() || digits.size() > 3 || !absl::SimpleAtoi(digits, &age)) {
    return std::nullopt;
  }
  if (age < kMinAge || age > kMaxAge) return std::nullopt;
  return Validated{std::to_string(age), std::to_string(age)};
}

// "the big 4-0", "the big four-oh", "the big three-five": an age said
// digit by digit, in digits or words.
std::optional<Validated> ValidateRoundAge(std::string_view match) {
  static constexpr std::string_view kDigits[] = {
      "zero", "one", "two",   "three", "four",
      "five", "six", "seven", "eight", "nine"};
  const std::string lower = AsciiLower(StripWhitespace(match));
  std::vector<std::string_view> words = SplitAny(lower, " -");
  std::erase(words, std::string_view());
  // "fouroh", written as one word.
  for (int d = 2; d < 10 && words.size() == 1; ++d) {
    if (StartsWith(lower, kDigits[d]) &&
        IsOneOf(lower.substr(kDigits[d].size()), {"oh", "o", "0", "zero"})) {
      return ValidateAge(std::to_string(d * 10));
    }
  }
  if (words.size() != 2) return ValidateAge(match);
  int value = 0;
  for (std::size_t i = 0; i < 2; ++i) {
    std::string_view word = words[i];
    int digit = -1;
    if (word.size() == 1 && absl::ascii_isdigit(word[0])) {
      digit = word[0] - '0';
    } else if (i == 1 && (word == "oh" || word == "o")) {
      digit = 0;
    } else {
      for (int d = 0; d < 10; ++d) {
        if (word == kDigits[d]) digit = d;
      }
    }
    if (digit < 0) return std::nullopt;
    value = value * 10 + digit;
  }
  return ValidateAge(std::to_string(value));
}

// "forty-two", "thirty", "cuarenta y dos", "veintitrés", "diecisiete": an
// age spelled out in English or Spanish.
std::optional<Validated> ValidateAgeWords(std::string_view match) {
  static const struct {
    const char* word;
    int value;
  } kWords[] = {{"thirteen", 13},    {"fourteen", 14},
                {"fifteen", 15},     {"sixteen", 16},
                {"seventeen", 17},   {"eighteen", 18},
                {"nineteen", 19},    {"twenty", 20},
                {"thirty", 30},      {"forty", 40},
                {"fifty", 50},       {"sixty", 60},
                {"seventy", 70},     {"eighty", 80},
                {"ninety", 90},      {"one", 1},
                {"two", 2},          {"three", 3},
                {"four", 4},         {"five", 5},
                {"six", 6},          {"seven", 7},
                {"eight", 8},        {"nine", 9},
                {"trece", 13},       {"catorce", 14},
                {"quince", 15},      {"dieciséis", 16},
                {"dieciseis", 16},   {"diecisiete", 17},
                {"dieciocho", 18},   {"diecinueve", 19},
                {"veinte", 20},      {"veintiuno", 21},
                {"veintiún", 21},    {"veintidós", 22},
                {"veintidos", 22},   {"veintitrés", 23},
                {"veintitres", 23},  {"veinticuatro", 24},
                {"veinticinco", 25}, {"veintiséis", 26},
                {"veintiseis", 26},  {"veintisiete", 27},
                {"veintiocho", 28},  {"veintinueve", 29},
                {"treinta", 30},     {"cuarenta", 40},
                {"cincuenta", 50},   {"sesenta", 60},
                {"setenta", 70},     {"ochenta", 80},
                {"noventa", 90},     {"uno", 1},
                {"un", 1},           {"dos", 2},
                {"tres", 3},         {"cuatro", 4},
                {"cinco", 5},        {"seis", 6},
                {"siete", 7},        {"ocho", 8},
                {"nueve", 9}};
  std::string lower = AsciiLower(StripWhitespace(match));
  int total = 0;
  // A unit ("two") may only follow a round tens word ("forty"), once.
  bool unit_may_follow = false;
  for (std::string_view word : SplitAny(lower, " -")) {
    if (word == "y") continue;
    const auto* entry = std::find_if(
        std::begin(kWords), std::end(kWords),
        [word](const auto& candidate) { return word == candidate.word; });
    if (entry == std::end(kWords)) return std::nullopt;
    if (entry->value < 10) {
      if (!unit_may_follow) return std::nullopt;
      total += entry->value;
      unit_may_follow = false;
    } else {
      if (total != 0) return std::nullopt;
      total = entry->value;
      unit_may_follow = entry->value % 10 == 0;
    }
  }
  if (total == 0) return std::nullopt;
  return ValidateAge(std::to_string(total));
}

// "turning 35", "will be seventy-two", "the big three-five lands on": the
// age until the birthday, in digits or words.
std::optional<Validated> ValidateAgeTurningInWords(std::string_view match) {
  if (std::any_of(match.begin(), match.end(),
                  [](char c) { return absl::ascii_isdigit(c); })) {
    return internal::ValidateAgeTurning(match);
  }
  std::optional<Validated> age = ValidateAgeWords(match);
  if (!age) age = ValidateRoundAge(match);
  if (!age) return std::nullopt;
  return internal::ValidateAgeTurning(age->value);
}

// An address written with the page's own stand-in for @ and a legend
// saying so: reynaldo_aguirre en example.net (cambie "en" por @),
// gintare.vetrunges eta example.com (eta = @), sorcha [ag] lavellestone
// [ponc] example — that's Irish for "at" and "dot". The rule matches the
// legend; here the first stand-in becomes the @ and any later bracketed
// one a dot.
std::optional<Validated> ValidateEmailWithLegend(std::string_view match) {
  static const RE2* const kBracketed =
      new RE2(R"(\s*[\[\(\{<]\s*\pL{1,12}\s*[\]\)\}>]\s*)");
  static const RE2* const kSpacedWord = new RE2(R"(\s+\pL{1,12}\s+)");
  std::string text(StripWhitespace(match));
  if (RE2::Replace(&text, *kBracketed, "@")) {
    RE2::GlobalReplace(&text, *kBracketed, ".");
  } else if (!RE2::Replace(&text, *kSpacedWord, "@")) {
    return std::nullopt;
  }
  return ValidateEmail(text);
}

struct ValidatorEntry {
  std::string_view name;
  std::optional<Validated> (*function)(std::string_view);
};

const std::vector<ValidatorEntry>& Validators() {
  static const auto* validators = new std::vector<ValidatorEntry>{
      {"phone", ValidatePhone},
      {"phone_words", ValidateSpelledPhone},
      {"phone_national", ValidateNationalPhone},
      {"email", ValidateEmail},
      {"email_legend", ValidateEmailWithLegend},
      {"age", ValidateAge},
      {"age_turning", ValidateAgeTurningInWords},
      {"age_round", ValidateRoundAge},
      {"age_words", ValidateAgeWords},
      {"birthdate", internal::ValidateBirthdate},
      {"birthdate_day_first", internal::ValidateBirthdateDayFirst},
      {"birthdate_holiday", internal::ValidateBirthdateHoliday},
      {"birthday_relative", internal::ValidateBirthdayRelative},
      {"address", internal::ValidateAddress},
      {"address_name_number", internal::ValidateAddressNameNumber},
      {"address_without_suffix", internal::ValidateAddressWithoutSuffix},
      {"place_phrase", internal::ValidatePlacePhrase},
      {"place_name", internal::ValidatePlaceName},
      {"location", internal::ValidateLocation},
      {"geotag", internal::ValidateGeotag},
      {"sex", internal::ValidateSex},
      {"name", internal::ValidateName},
      {"relative", internal::ValidateRelativeName},
      {"url", internal::ValidateAccountUrl},
  };
  return *validators;
}

}  // namespace

namespace internal {

ValidationCacheStats PhoneValidationCacheStats() {
  ValidationCacheStats stats = ThreadPhoneCache().stats;
  stats.size = ThreadPhoneCache().results.size();
  stats.capacity = kPhoneCacheSize;
  return stats;
}

}  // namespace internal

const std::vector<std::string>& ValidatorNames() {
  static const auto* names = [] {
    auto* list = new std::vector<std::string>;
    for (const ValidatorEntry& entry : Validators()) {
      list->emplace_back(entry.name);
    }
    return list;
  }();
  return *names;
}

namespace {

// A neighbour that shares `region`'s language and whose own way of grouping
// a number's digits `text` follows, so that the page's language alone does
// not decide: "079 412 58 36" on a French-language page is a Swiss mobile
// (France writes "07 94 12 58 36"), "0664 382 17 59" on a German-language
// one an Austrian mobile, "0475 12 34 56" a Belgian one. "" when none.
const char* NeighbourByGrouping(std::string_view text,
                                std::string_view region) {
  static const struct {
    const char* regions;  // where the neighbour's numbers turn up
    const char* grouping;
    const char* neighbour;
  } kGroupings[] = {
      {"FR BE LU MC", R"(0\d{2} \d{3} \d{2} \d{2})", "CH"},
      {"DE CH LI", R"(06[5-9]\d[ /]\d{3}[ ]?\d{2}[ ]?\d{2,3})", "AT"},
      {"FR NL LU", R"(04[5-9]\d \d{2} \d{2} \d{2})", "BE"},
  };
  static const auto* const kPatterns = [] {
    auto* patterns = new std::vector<std::unique_ptr<RE2>>();
    for (const auto& entry : kGroupings) {
      patterns->push_back(std::make_unique<RE2>(entry.grouping));
    }
    return patterns;
  }();
  std::string_view written = StripWhitespace(text);
  for (std::size_t i = 0; i < std::size(kGroupings); ++i) {
    if (!Contains(kGroupings[i].regions, region)) continue;
    if (RE2::FullMatch(re2::StringPiece(written.data(), written.size()),
                       *(*kPatterns)[i])) {
      return kGroupings[i].neighbour;
    }
  }
  return "";
}

}  // namespace

std::optional<Validated> ValidatePhoneInRegion(std::string_view text,
                                               std::string_view region) {
  if (region.size() != 2) return std::nullopt;
  std::string region_code(region);
  if (const char* neighbour = NeighbourByGrouping(text, region);
      *neighbour != '\0') {
    if (std::optional<Validated> found =
            ValidForRegion(std::string(text), neighbour)) {
      return found;
    }
  }
  return ValidForRegion(std::string(text), region_code.c_str());
}

std::optional<Validated> ValidateHolidayInRegion(std::string_view text,
                                                 std::string_view region) {
  return internal::ValidateBirthdateHolidayInRegion(text, region);
}

std::optional<Validated> Validate(std::string_view name,
                                  std::string_view match) {
  if (name.empty()) {
    std::string text(StripWhitespace(match));
    if (text.empty()) return std::nullopt;
    return Validated{text, text};
  }
  for (const ValidatorEntry& entry : Validators()) {
    if (entry.name == name) return entry.function(match);
  }
  return std::nullopt;
}

}  // namespace exposure
