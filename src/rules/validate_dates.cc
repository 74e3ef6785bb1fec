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
#include "common/fold_words.h"
#include "common/strings.h"
#include "re2/re2.h"
#include "rules/validator_functions.h"

namespace exposure::internal {
namespace {

// Month names and abbreviations (English, Spanish, Portuguese, French,
// Italian) -> 1..12; 0 if none.
int MonthNumber(std::string_view word) {
  std::string lower = LowerCase(word);
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
                 {"dezember", 12},
                 // Romanian, Indonesian, Hungarian and Turkish, for the birth
                 // cues of those languages (birthdate.cue_ro_id_hu_tr); the
                 // months English or another language above shares are
                 // not repeated.
                 {"ianuarie", 1},
                 {"februarie", 2},
                 {"martie", 3},
                 {"aprilie", 4},
                 {"iunie", 6},
                 {"iulie", 7},
                 {"septembrie", 9},
                 {"octombrie", 10},
                 {"noiembrie", 11},
                 {"decembrie", 12},
                 {"januari", 1},
                 {"februari", 2},
                 {"maret", 3},
                 {"mei", 5},
                 {"agustus", 8},
                 {"desember", 12},
                 {"január", 1},
                 {"február", 2},
                 {"március", 3},
                 {"április", 4},
                 {"május", 5},
                 {"június", 6},
                 {"július", 7},
                 {"augusztus", 8},
                 {"szeptember", 9},
                 {"október", 10},
                 {"ocak", 1},
                 {"şubat", 2},
                 {"mart", 3},
                 {"nisan", 4},
                 {"mayıs", 5},
                 {"haziran", 6},
                 {"temmuz", 7},
                 {"ağustos", 8},
                 {"eylül", 9},
                 {"ekim", 10},
                 {"kasım", 11},
                 {"aralık", 12},
                 // Danish, Norwegian and Swedish (the months German,
                 // French, Indonesian or English share are above).
                 {"marts", 3},
                 {"maj", 5},
                 {"augusti", 8},
                 // Slovak, Czech and Polish, in the genitive a date takes
                 // ("12. novembra 1979", "3. května", "7 marca").
                 {"januára", 1},
                 {"februára", 2},
                 {"marca", 3},
                 {"apríla", 4},
                 {"mája", 5},
                 {"júna", 6},
                 {"júla", 7},
                 {"augusta", 8},
                 {"septembra", 9},
                 {"októbra", 10},
                 {"novembra", 11},
                 {"decembra", 12},
                 {"ledna", 1},
                 {"února", 2},
                 {"března", 3},
                 {"dubna", 4},
                 {"května", 5},
                 {"června", 6},
                 {"července", 7},
                 {"srpna", 8},
                 {"září", 9},
                 {"října", 10},
                 {"listopadu", 11},
                 {"prosince", 12},
                 {"stycznia", 1},
                 {"lutego", 2},
                 {"kwietnia", 4},
                 {"maja", 5},
                 {"czerwca", 6},
                 {"lipca", 7},
                 {"sierpnia", 8},
                 {"września", 9},
                 {"października", 10},
                 {"listopada", 11},
                 {"grudnia", 12}};
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

int YearOfTwoDigits(int two_digits) {
  const int year = 2000 + two_digits;
  return year > CurrentYear() ? year - 100 : year;
}

std::optional<Validated> ValidateBirthdate(std::string_view match) {
  std::string text(StripWhitespace(match));
  std::string a, b, c;
  // ISO: 1990-03-14
  static const RE2* const kIso = new RE2(R"((\d{4})-(\d{1,2})-(\d{1,2}))");
  if (RE2::FullMatch(text, *kIso, &a, &b, &c)) {
    return Make(ToInt(a), ToInt(b), ToInt(c));
  }
  // ISO's and vCard's basic form: 19870322.
  static const RE2* const kIsoBasic = new RE2(R"((\d{4})(\d{2})(\d{2}))");
  if (RE2::FullMatch(text, *kIsoBasic, &a, &b, &c)) {
    return Make(ToInt(a), ToInt(b), ToInt(c));
  }
  // Numeric: 3/14/1990, 03-14-1990 (US order), 12.05.2003 (day first);
  // 3.14.90 is too ambiguous: 4-digit years only.
  // "12. 11. 1979": Slovak and Czech dates space their dotted parts.
  static const RE2* const kUs =
      new RE2(R"((\d{1,2})(?:[/\-]|\.\s?)(\d{1,2})(?:[/\-]|\.\s?)(\d{4}))");
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
    if (month != 0) return Make(c.empty() ? 0 : ToInt(c), month, ToInt(b));
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
  // "del 1985" ("soy del 1985") is the year too.
  static const RE2* const kYear = new RE2(R"((?:(?:del?|el)\s+)?(\d{4}))");
  if (RE2::FullMatch(text, *kYear, &a)) return Make(ToInt(a), 0, 0);
  // A two-digit year: "born in '84" is 1984, "nací en el 71" 1971; '05 is
  // 2005 (a year after this one's two digits is last century).
  static const RE2* const kShortYear = new RE2(R"((?:['’]|d?el\s+)(\d{2}))");
  if (RE2::FullMatch(text, *kShortYear, &a)) {
    return Make(YearOfTwoDigits(ToInt(a)), 0, 0);
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
  // "I turn 40 on the 14th", "turning 30 on Friday the 11th", "el sábado
  // 12 es mi cumpleaños" (next).
  static const RE2* const kDayOfMonth = new RE2(
      R"((?i).*\b(?:on\s+(?:\w+day\s+)?\(?the|dia|día|el(?:\s+\p{L}+)?)\s+(\d{1,2})(?:st|nd|rd|th)?\)?(?:\s+(?:es|será|sera)\s+mi\s+cumple\p{L}*)?)");
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
