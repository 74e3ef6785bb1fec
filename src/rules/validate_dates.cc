// Birth dates and "turning N": real calendar dates in the contract's forms.
#include <optional>
#include <string>
#include <string_view>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/strings.h"
#include "re2/re2.h"
#include "rules/validator_functions.h"

namespace exposure::internal {
namespace {

// Month names and abbreviations (English, Spanish, Portuguese, French,
// Italian) -> 1..12; 0 if none.
int MonthNumber(std::string_view word) {
  std::string lower = AsciiLower(word);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  static const struct {
    const char* name;
    int month;
  } kMonths[] = {{"january", 1},
                 {"jan", 1},
                 {"enero", 1},
                 {"february", 2},
                 {"feb", 2},
                 {"febrero", 2},
                 {"march", 3},
                 {"mar", 3},
                 {"marzo", 3},
                 {"april", 4},
                 {"apr", 4},
                 {"abril", 4},
                 {"may", 5},
                 {"mayo", 5},
                 {"june", 6},
                 {"jun", 6},
                 {"junio", 6},
                 {"july", 7},
                 {"jul", 7},
                 {"julio", 7},
                 {"august", 8},
                 {"aug", 8},
                 {"agosto", 8},
                 {"september", 9},
                 {"sep", 9},
                 {"sept", 9},
                 {"septiembre", 9},
                 {"setiembre", 9},
                 {"october", 10},
                 {"oct", 10},
                 {"octubre", 10},
                 {"november", 11},
                 {"nov", 11},
                 {"noviembre", 11},
                 {"december", 12},
                 {"dec", 12},
                 {"diciembre", 12},
                 // Portuguese and French (abril, agosto and novembre-like forms
                 // that Spanish shares are above).
                 {"janeiro", 1},
                 {"fevereiro", 2},
                 {"março", 3},
                 {"maio", 5},
                 {"junho", 6},
                 {"julho", 7},
                 {"setembro", 9},
                 {"outubro", 10},
                 {"novembro", 11},
                 {"dezembro", 12},
                 {"janvier", 1},
                 {"février", 2},
                 {"mars", 3},
                 {"avril", 4},
                 {"mai", 5},
                 {"juin", 6},
                 {"juillet", 7},
                 {"août", 8},
                 {"septembre", 9},
                 {"octobre", 10},
                 {"novembre", 11},
                 {"décembre", 12},
                 // Italian (marzo, agosto and novembre are above).
                 {"gennaio", 1},
                 {"febbraio", 2},
                 {"aprile", 4},
                 {"maggio", 5},
                 {"giugno", 6},
                 {"luglio", 7},
                 {"settembre", 9},
                 {"ottobre", 10},
                 {"dicembre", 12},
                 // German (april, august, september and november are above).
                 {"januar", 1},
                 {"jänner", 1},
                 {"februar", 2},
                 {"märz", 3},
                 {"juni", 6},
                 {"juli", 7},
                 {"oktober", 10},
                 {"dezember", 12}};
  for (const auto& month : kMonths) {
    if (lower == month.name) return month.month;
  }
  return 0;
}

bool IsRealDate(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  if (month == 2 && day == 29 && year > 0) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (!leap) return false;
  }
  return true;
}

int CurrentYear() {
  return absl::ToCivilYear(absl::Now(), absl::UTCTimeZone()).year();
}

// Birth years of living people who post: 1900 to 13 years ago.
bool IsBirthYear(int year) {
  return year >= 1900 && year <= CurrentYear() - 13;
}

std::optional<Validated> Make(int year, int month, int day) {
  if (year != 0 && !IsBirthYear(year)) return std::nullopt;
  if (month == 0) {
    if (year == 0) return std::nullopt;
    return Validated{absl::StrFormat("%04d", year),
                     absl::StrFormat("%04d", year)};
  }
  if (!IsRealDate(year, month, day)) return std::nullopt;
  if (year == 0) {
    std::string value = absl::StrFormat("--%02d-%02d", month, day);
    return Validated{value, value};
  }
  std::string value = absl::StrFormat("%04d-%02d-%02d", year, month, day);
  return Validated{value, value};
}

int ToInt(const std::string& digits) {
  int value = 0;
  return absl::SimpleAtoi(digits, &value) ? value : -1;
}

}  // namespace

std::optional<Validated> ValidateBirthdate(std::string_view match) {
  std::string text(StripWhitespace(match));
  std::string a, b, c;
  // ISO: 1990-03-14
  static const RE2* const kIso = new RE2(R"((\d{4})-(\d{1,2})-(\d{1,2}))");
  if (RE2::FullMatch(text, *kIso, &a, &b, &c)) {
    return Make(ToInt(a), ToInt(b), ToInt(c));
  }
  // Numeric: 3/14/1990, 03-14-1990 (US order), 12.05.2003 (day first);
  // 3.14.90 is too ambiguous: 4-digit years only.
  static const RE2* const kUs =
      new RE2(R"((\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}))");
  if (RE2::FullMatch(text, *kUs, &a, &b, &c)) {
    int first = ToInt(a), second = ToInt(b);
    // Day-first when the first number cannot be a month (14/3/1990), and
    // with dots, which is how day-first countries write dates (12.05.2003
    // is 12 May).
    bool dotted = text.find('.') != std::string::npos;
    if ((first > 12 || dotted) && second <= 12) std::swap(first, second);
    return Make(ToInt(c), first, second);
  }
  // vCard's month-day without a year: --03-09
  static const RE2* const kVcard = new RE2(R"(--(\d{2})-(\d{2}))");
  if (RE2::FullMatch(text, *kVcard, &a, &b)) return Make(0, ToInt(a), ToInt(b));
  // US month/day without a year, after a birthday cue: 9/8
  static const RE2* const kUsShort = new RE2(R"((\d{1,2})/(\d{1,2}))");
  if (RE2::FullMatch(text, *kUsShort, &a, &b)) {
    int first = ToInt(a), second = ToInt(b);
    // Day-first when the first number cannot be a month (14/02).
    if (first > 12 && second <= 12) std::swap(first, second);
    return Make(0, first, second);
  }
  // Month name first: March 14, 1990 / March 14th / Mar. 14
  static const RE2* const kMonthFirst = new RE2(
      R"((?i)(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?)");
  if (RE2::FullMatch(text, *kMonthFirst, &a, &b, &c)) {
    int month = MonthNumber(a);
    if (month == 0) return std::nullopt;
    return Make(c.empty() ? 0 : ToInt(c), month, ToInt(b));
  }
  // Day first: 14 March 1990 / 3 de mayo de 1981 / 14th of March / 3. März
  static const RE2* const kDayFirst = new RE2(
      R"((?i)(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?\s+(?:of\s+|de\s+)?(\p{L}+\.?)(?:,?\s+(?:de\s+|del\s+)?(\d{4}))?)");
  if (RE2::FullMatch(text, *kDayFirst, &a, &b, &c)) {
    int month = MonthNumber(b);
    if (month == 0) return std::nullopt;
    return Make(c.empty() ? 0 : ToInt(c), month, ToInt(a));
  }
  // A year alone: "born in 1990"
  static const RE2* const kYear = new RE2(R"((\d{4}))");
  if (RE2::FullMatch(text, *kYear, &a)) return Make(ToInt(a), 0, 0);
  // A two-digit year: "born in '84" is 1984; '05 is 2005 (a year after this
  // one's two digits is last century).
  static const RE2* const kShortYear = new RE2(R"(['’](\d{2}))");
  if (RE2::FullMatch(text, *kShortYear, &a)) {
    int this_year = absl::ToCivilYear(absl::Now(), absl::UTCTimeZone()).year();
    int year = 2000 + ToInt(a);
    if (year > this_year) year -= 100;
    return Make(year, 0, 0);
  }
  return std::nullopt;
}

std::optional<Validated> ValidateBirthdateDayFirst(std::string_view match) {
  std::string text(StripWhitespace(match));
  std::string a, b, c;
  // 07/03/1991, 07-03-1991, 14/02: day, then month.
  static const RE2* const kNumeric =
      new RE2(R"((\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}))?)");
  if (RE2::FullMatch(text, *kNumeric, &a, &b, &c)) {
    return Make(c.empty() ? 0 : ToInt(c), ToInt(b), ToInt(a));
  }
  return ValidateBirthdate(match);
}

std::optional<Validated> ValidateBirthdayRelative(std::string_view match) {
  // Every pattern below ignores case.
  const std::string text(StripWhitespace(match));
  // "turned 38 on the 2nd", "fiz 35 anos na terça-feira, dia 3" (past),
  // "I turn 40 on the 14th" (next).
  static const RE2* const kDayOfMonth =
      new RE2(R"((?i).*\b(?:on\s+the|dia|día|el)\s+(\d{1,2})(?:st|nd|rd|th)?)");
  int day = 0;
  if (RE2::FullMatch(text, *kDayOfMonth, &day)) {
    if (day < 1 || day > 31) return std::nullopt;
    static const RE2* const kPast =
        new RE2(R"((?i).*(?:\bturned\b|cumplí|\bcumpli\b|\bfiz\b).*)");
    std::string value =
        StrCat(RE2::FullMatch(text, *kPast) ? "past:" : "next:", day);
    return Validated{value, std::string(StripWhitespace(match))};
  }
  // "my 40th birthday was on Monday": the last such day before the post.
  static const RE2* const kWeekday = new RE2(
      R"((?i).*\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b.*)");
  std::string weekday;
  if (RE2::FullMatch(text, *kWeekday, &weekday)) {
    static const char* const kDays[][2] = {
        {"monday", "lunes"},    {"tuesday", "martes"}, {"wednesday", "miérco"},
        {"thursday", "jueves"}, {"friday", "viernes"}, {"saturday", "sába"},
        {"sunday", "domingo"}};
    std::string lower = AsciiLower(weekday);
    for (int i = 0; i < 7; ++i) {
      if (lower == kDays[i][0] || StartsWith(lower, kDays[i][1]) ||
          (i == 2 && lower == "miercoles") || (i == 5 && lower == "sabado")) {
        return Validated{StrCat("weekday:", i + 1),
                         std::string(StripWhitespace(match))};
      }
    }
  }
  static const RE2* const kYesterday =
      new RE2(R"((?i).*\b(?:yesterday|ayer|ontem|hier)\b.*)");
  static const RE2* const kTomorrow =
      new RE2(R"((?i).*(?:\btomorrow\b|mañana|amanhã|\bdemain\b).*)");
  std::string value = "rel:0";
  if (RE2::FullMatch(text, *kYesterday)) {
    value = "rel:-1";
  } else if (RE2::FullMatch(text, *kTomorrow)) {
    value = "rel:1";
  }
  return Validated{value, std::string(StripWhitespace(match))};
}

namespace {

// A holiday's name as the tables below write it: lower case, apostrophes
// (' and ’) dropped, spaces collapsed ("St. Patrick’s  Day" gives "st.
// patricks day").
std::string HolidayName(std::string_view match) {
  std::string text;
  std::string_view rest = StripWhitespace(match);
  while (!rest.empty()) {
    if (StartsWith(rest, "’")) {
      rest.remove_prefix(std::string_view("’").size());
      continue;
    }
    char c = rest.front();
    rest.remove_prefix(1);
    if (c == '\'') continue;
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      if (!text.empty() && text.back() != ' ') text.push_back(' ');
      continue;
    }
    text.push_back(c);
  }
  return AsciiLower(text);
}

// A holiday as written, read into its name (HolidayName) and the year
// after it, 0 when none: "Pi Day 1996", "Santa Lucia del 1971".
struct NamedDay {
  std::string name;
  int year = 0;
};

NamedDay ReadNamedDay(std::string_view match) {
  NamedDay day;
  std::string text = HolidayName(match);
  static const RE2* const kYear =
      new RE2(R"(^(.*?),?\s+(?:del\s+|de\s+|of\s+)?((?:19|20)\d{2})$)");
  std::string year_text;
  if (RE2::FullMatch(text, *kYear, &day.name, &year_text)) {
    day.year = ToInt(year_text);
  } else {
    day.name = std::move(text);
  }
  return day;
}

}  // namespace

std::optional<Validated> ValidateBirthdateHoliday(std::string_view match) {
  // Fixed-date days people name their birthday by; movable feasts
  // (Easter, Thanksgiving) name no date.
  static const struct {
    const char* name;  // lower case, apostrophes dropped
    int month;
    int day;
  } kHolidays[] = {{"new years eve", 12, 31},
                   {"new years day", 1, 1},
                   {"christmas eve", 12, 24},
                   {"christmas day", 12, 25},
                   {"christmas", 12, 25},
                   {"valentines day", 2, 14},
                   {"pi day", 3, 14},
                   {"halloween", 10, 31},
                   {"st patricks day", 3, 17},
                   {"st georges day", 4, 23},
                   {"st andrews day", 11, 30},
                   {"st davids day", 3, 1},
                   {"st lucys day", 12, 13},
                   {"santa lucia", 12, 13},
                   {"santa lucía", 12, 13},
                   {"fourth of july", 7, 4},
                   {"the fourth of july", 7, 4},
                   {"bastille day", 7, 14},
                   {"waitangi day", 2, 6},
                   {"australia day", 1, 26},
                   {"anzac day", 4, 25},
                   {"canada day", 7, 1},
                   {"boxing day", 12, 26},
                   {"groundhog day", 2, 2},
                   {"april fools day", 4, 1},
                   {"remembrance day", 11, 11},
                   {"armistice day", 11, 11},
                   {"veterans day", 11, 11},
                   {"juneteenth", 6, 19},
                   {"cinco de mayo", 5, 5},
                   {"bonfire night", 11, 5},
                   {"guy fawkes night", 11, 5},
                   {"burns night", 1, 25},
                   {"star wars day", 5, 4},
                   {"leap day", 2, 29},
                   {"all saints day", 11, 1},
                   {"tanabata", 7, 7},
                   {"koningsdag", 4, 27},
                   {"nochebuena", 12, 24},
                   {"navidad", 12, 25},
                   {"nochevieja", 12, 31},
                   {"año nuevo", 1, 1},
                   {"san fermin", 7, 7},
                   {"san fermín", 7, 7},
                   {"sant jordi", 4, 23},
                   // What follows "día de", "día del", "día de los"…
                   {"reyes", 1, 6},
                   {"muertos", 11, 2},
                   {"inocentes", 12, 28},
                   {"todos los santos", 11, 1},
                   {"san valentin", 2, 14},
                   {"san valentín", 2, 14},
                   {"san juan", 6, 24},
                   {"pilar", 10, 12},
                   {"velitas", 12, 7},
                   {"hispanidad", 10, 12},
                   {"candelaria", 2, 2},
                   {"primavera", 9, 21},
                   {"emancipation day", 8, 1},
                   {"tynwald day", 7, 5},
                   {"merdeka day", 8, 31},
                   {"rizal day", 12, 30},
                   {"errol barrow day", 1, 21},
                   {"santo antónio", 6, 13},
                   {"santo antonio", 6, 13},
                   {"são joão", 6, 24},
                   {"sao joao", 6, 24},
                   {"santa marija", 8, 15},
                   {"assumption day", 8, 15},
                   {"ferragosto", 8, 15},
                   {"epiphany", 1, 6},
                   {"st stephens day", 12, 26},
                   {"may day", 5, 1},
                   {"festa della repubblica", 6, 2},
                   {"tag der deutschen einheit", 10, 3},
                   {"st paddys day", 3, 17},
                   {"sir seretse khama day", 7, 1},
                   {"majority rule day", 1, 10},
                   {"mashramani", 2, 23},
                   {"purísima", 12, 8},
                   {"purisima", 12, 8},
                   {"inmaculada", 12, 8},
                   {"inmaculada concepción", 12, 8},
                   {"inmaculada concepcion", 12, 8}};
  NamedDay day = ReadNamedDay(match);
  std::string& name = day.name;
  const int year = day.year;
  // "saint patricks day" as "st patricks day"; "día de los reyes" as "reyes".
  static const RE2* const kSaint = new RE2(R"(^(?:saint|st\.) )");
  RE2::Replace(&name, *kSaint, "st ");
  static const RE2* const kDayOf =
      new RE2(R"(^d(?:í|i)a (?:de los |de las |de la |del |de ))");
  RE2::Replace(&name, *kDayOf, "");
  for (const auto& holiday : kHolidays) {
    if (name == holiday.name) return Make(year, holiday.month, holiday.day);
  }
  return std::nullopt;
}

std::optional<Validated> ValidateBirthdateHolidayInRegion(
    std::string_view match, std::string_view region) {
  // Days whose date depends on the country: "my birthday is Independence
  // Day" is 31 August in Trinidad and 6 March in Ghana.
  static const struct {
    const char* name;  // as ValidateBirthdateHoliday reads it
    const char* regions;
    int month;
    int day;
  } kNational[] = {{"independence day", "US", 7, 4},
                   {"independence day", "MX", 9, 16},
                   {"independence day", "GH", 3, 6},
                   {"independence day", "NG", 10, 1},
                   {"independence day", "KE", 12, 12},
                   {"independence day", "IN", 8, 15},
                   {"independence day", "PK", 8, 14},
                   {"independence day", "PH", 6, 12},
                   {"independence day", "JM", 8, 6},
                   {"independence day", "TT", 8, 31},
                   {"independence day", "BB", 11, 30},
                   {"independence day", "BS", 7, 10},
                   {"independence day", "UG", 10, 9},
                   {"independence day", "TZ", 12, 9},
                   {"independence day", "NA", 3, 21},
                   {"independence day", "ZW", 4, 18},
                   {"independence day", "ZM", 10, 24},
                   {"independence day", "LK", 2, 4},
                   {"independence day", "MY", 8, 31},
                   {"independence day", "ID", 8, 17},
                   {"independence day", "BD", 3, 26},
                   {"independence day", "MT", 9, 21},
                   {"independence day", "BZ", 9, 21},
                   {"independence day", "GY", 5, 26},
                   {"independence day", "BR", 9, 7},
                   {"independence day", "AR", 7, 9},
                   {"independence day", "CL", 9, 18},
                   {"independence day", "CO", 7, 20},
                   {"independence day", "PE", 7, 28},
                   {"independence day", "VE", 7, 5},
                   {"independence day", "EC", 8, 10},
                   {"independence day", "BO", 8, 6},
                   {"independence day", "PY", 5, 15},
                   {"independence day", "UY", 8, 25},
                   {"independence day", "CR GT HN SV NI", 9, 15},
                   {"independence day", "DO", 2, 27},
                   {"independence day", "FJ", 10, 10},
                   {"independence day", "BW", 9, 30},
                   {"independence day", "CV", 7, 5},
                   {"independence day", "GQ", 10, 12},
                   {"independence day", "CY", 10, 1},
                   {"independence day", "HT", 1, 1},
                   {"independence day", "WS", 6, 1},
                   {"independence day", "PG", 9, 16},
                   {"independence day", "SB", 7, 7},
                   {"independence day", "VU", 7, 30},
                   {"independence day", "MU", 3, 12},
                   {"independence day", "SC", 6, 29},
                   {"independence day", "SZ", 9, 6},
                   {"independence day", "LS", 10, 4},
                   {"independence day", "MW", 7, 6},
                   {"independence day", "MZ", 6, 25},
                   {"independence day", "AO", 11, 11},
                   {"independence day", "RW BI SO", 7, 1},
                   {"independence day", "SN", 4, 4},
                   {"independence day", "CI", 8, 7},
                   {"independence day", "SL", 4, 27},
                   {"independence day", "LR", 7, 26},
                   {"independence day", "GM", 2, 18},
                   {"independence day", "SS", 7, 9},
                   {"independence day", "DZ", 7, 5},
                   {"independence day", "MA", 11, 18},
                   {"independence day", "TN", 3, 20},
                   {"independence day", "UA", 8, 24},
                   {"independence day", "PL", 11, 11},
                   {"independence day", "FI", 12, 6},
                   {"independence day", "EE", 2, 24},
                   {"independence day", "LT", 2, 16},
                   {"independence day", "GR", 3, 25},
                   {"independence day", "AM", 9, 21},
                   {"independence day", "GE", 5, 26},
                   {"independence day", "KZ", 12, 16},
                   {"independence day", "VN", 9, 2},
                   {"independence day", "KH", 11, 9},
                   {"independence day", "MM", 1, 4},
                   {"independence day", "MV", 7, 26},
                   {"independence day", "LB", 11, 22},
                   {"independence day", "JO", 5, 25},
                   {"independence day", "LC", 2, 22},
                   {"independence day", "GD", 2, 7},
                   {"independence day", "DM", 11, 3},
                   {"independence day", "KN", 9, 19},
                   {"independence day", "AG", 11, 1},
                   {"independence day", "VC", 10, 27},
                   {"independence day", "SR", 11, 25},
                   {"independence day", "GW", 9, 24},
                   {"independence day", "ST", 7, 12},
                   {"independence day", "TL", 11, 28},
                   {"independencia", "MX", 9, 16},
                   {"independencia", "AR", 7, 9},
                   {"independencia", "CL", 9, 18},
                   {"independencia", "CO", 7, 20},
                   {"independencia", "PE", 7, 28},
                   {"independencia", "VE", 7, 5},
                   {"independencia", "EC", 8, 10},
                   {"independencia", "BO", 8, 6},
                   {"independencia", "PY", 5, 15},
                   {"independencia", "UY", 8, 25},
                   {"independencia", "CR GT HN SV NI", 9, 15},
                   {"independencia", "DO", 2, 27},
                   {"independencia", "GQ", 10, 12},
                   {"independência", "CV", 7, 5},
                   {"independencia", "CV", 7, 5},
                   {"independência", "AO", 11, 11},
                   {"independência", "MZ", 6, 25},
                   {"independência", "GW", 9, 24},
                   {"independência", "ST", 7, 12},
                   {"independência", "TL", 11, 28},
                   {"independência", "BR", 9, 7},
                   {"independencia", "BR", 9, 7},
                   {"national day", "SG", 8, 9},
                   {"national day", "MY", 8, 31},
                   {"national day", "CN", 10, 1},
                   {"national day", "AE", 12, 2},
                   {"national day", "SA", 9, 23},
                   {"national day", "QA", 12, 18},
                   {"national day", "CH", 8, 1},
                   {"fête nationale", "CH", 8, 1},
                   {"fete nationale", "CH", 8, 1},
                   {"fête nationale", "FR", 7, 14},
                   {"fete nationale", "FR", 7, 14},
                   {"fête nationale", "BE", 7, 21},
                   {"fete nationale", "BE", 7, 21},
                   {"nationalfeiertag", "AT", 10, 26},
                   {"republic day", "IN", 1, 26},
                   {"republic day", "IT", 6, 2},
                   {"republic day", "TT", 9, 24},
                   {"republic day", "GY", 2, 23},
                   {"liberation day", "JE GG", 5, 9},
                   {"liberation day", "NL", 5, 5},
                   {"liberation day", "IT", 4, 25}};
  if (region.size() != 2) return std::nullopt;
  NamedDay day = ReadNamedDay(match);
  std::string& bare = day.name;
  const int year = day.year;
  static const RE2* const kOf = new RE2(
      R"(^(?:the |our |la |le |a |o )?(?:d(?:í|i)a (?:de la |da |de )|f(?:ê|e)te de l(?:a|')\s?)?)");
  RE2::Replace(&bare, *kOf, "");
  for (const auto& day : kNational) {
    if (bare != day.name) continue;
    for (std::string_view code : SplitAny(day.regions, " ")) {
      if (code == region) return Make(year, day.month, day.day);
    }
  }
  return std::nullopt;
}

std::optional<Validated> ValidateAgeTurning(std::string_view match) {
  int age = 0;
  std::string digits;
  for (char c : match) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  if (!absl::SimpleAtoi(digits, &age) || age < 14 || age > 111) {
    return std::nullopt;
  }
  std::string value = std::to_string(age - 1);
  return Validated{value, value};
}

}  // namespace exposure::internal
