// Birthdays named by a day ("born on St Piran's Day", "nací el día de San
// Fermín de 1988", "my birthday is Independence Day"): the day looked up in
// patterns/lists/named_days.txt, for every country or for the page's.
#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "common/fold_words.h"
#include "common/strings.h"
#include "exposure/rules.h"
#include "rules/validator_functions.h"

namespace exposure::internal {
namespace {

// One line of named_days.txt: month 0 for a movable feast.
struct NamedDayDate {
  int month = 0;
  int day = 0;
  std::vector<std::string> regions;  // empty: every country
};

struct NamedDayTable {
  std::map<std::string, std::vector<NamedDayDate>, std::less<>> days;
  std::size_t longest_name = 0;  // in words
};

// The built-in list, read once.
const NamedDayTable& NamedDays() {
  static const NamedDayTable* const table = [] {
    auto* built = new NamedDayTable;
    for (const std::string& line : DefaultListEntries("named_days")) {
      std::vector<std::string_view> fields = SplitAny(line, "|");
      if (fields.size() < 2) continue;
      std::string name(StripWhitespace(fields[0]));
      std::string_view date = StripWhitespace(fields[1]);
      NamedDayDate entry;
      if (date != "movable" &&
          (date.size() != 5 || date[2] != '-' ||
           !absl::SimpleAtoi(ToAbsl(date.substr(0, 2)), &entry.month) ||
           !absl::SimpleAtoi(ToAbsl(date.substr(3)), &entry.day))) {
        continue;
      }
      if (fields.size() > 2) {
        for (std::string_view code : SplitAny(fields[2], " ")) {
          entry.regions.emplace_back(code);
        }
      }
      std::size_t words = SplitAny(name, " ").size();
      if (words > built->longest_name) built->longest_name = words;
      built->days[name].push_back(std::move(entry));
    }
    return built;
  }();
  return *table;
}

// A written day name as words in the list's form (named_days.txt says
// how), each folded word marked with whether a name may end after it: at
// the end of a written word, and not when the name goes on with a capital
// ("Christmas Island" is no Christmas).
struct NamedDayWords {
  std::vector<std::string> words;
  std::vector<bool> may_end;
  // Where the written word of each folded word ends in the match, its
  // punctuation left out.
  std::vector<std::size_t> ends;
};

// The year a four-digit word names (1900-2099), or 0.
int YearOf(std::string_view word) {
  int year = 0;
  return word.size() == 4 && absl::SimpleAtoi(ToAbsl(word), &year) &&
                 year >= 1900 && year < 2100
             ? year
             : 0;
}

// Possessive apostrophes dropped ("Patrick's" as "Patricks"), others as
// spaces ("l'An" as "l An").
std::string WithoutApostrophes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t width = text[i] == '\''                   ? 1
                        : StartsWith(text.substr(i), "’") ? 3
                                                          : 0;
    if (width == 0) {
      out.push_back(text[i++]);
      continue;
    }
    std::string_view after = text.substr(i + width);
    bool possessive =
        !after.empty() && (after[0] == 's' || after[0] == 'S') &&
        (after.size() == 1 ||
         !absl::ascii_isalpha(static_cast<unsigned char>(after[1])));
    if (!possessive) out.push_back(' ');
    i += width;
  }
  return out;
}

NamedDayWords ReadWords(std::string_view match) {
  NamedDayWords read;
  // Each written word, and where it ends in the match.
  std::vector<std::string_view> written = SplitAny(match, " \t\r\n");
  auto end_of = [&](std::size_t i) {
    return static_cast<std::size_t>(written[i].data() - match.data()) +
           written[i].size();
  };
  for (std::size_t i = 0; i < written.size(); ++i) {
    std::string_view word = written[i];
    std::string fold = FoldWords(WithoutApostrophes(word));
    std::vector<std::string_view> folded = SplitAny(fold, " ");
    if (folded.empty()) continue;
    char last = word.back();
    bool clause_ends = last == ',' || last == ';' || last == ':' ||
                       last == '!' || last == '?' || last == ')' ||
                       last == '(' || (last == '.' && word.size() > 3);
    // "Christmas Island", and "Independencia de Cuenca" (a town's day,
    // not the country's).
    auto goes_on = [&](std::size_t next) {
      if (next >= written.size()) return false;
      unsigned char first = static_cast<unsigned char>(written[next][0]);
      return absl::ascii_isupper(first) && YearOf(written[next]) == 0;
    };
    bool next_goes_on = false;
    if (!clause_ends && i + 1 < written.size()) {
      next_goes_on =
          goes_on(i + 1) ||
          (IsOneOf(written[i + 1], {"de", "del", "of", "da", "do"}) &&
           goes_on(i + 2));
    }
    std::size_t end = end_of(i);
    while (end > 0 &&
           absl::ascii_ispunct(static_cast<unsigned char>(match[end - 1])) &&
           match[end - 1] != '.') {
      --end;
    }
    for (std::size_t k = 0; k < folded.size(); ++k) {
      bool last_of_word = k + 1 == folded.size();
      read.words.emplace_back(folded[k]);
      read.may_end.push_back(last_of_word && !next_goes_on);
      read.ends.push_back(end);
    }
  }
  // Leading articles, then "día de la" as "dia", "Saint" as "st".
  std::size_t start = 0;
  while (start < read.words.size() &&
         IsOneOf(read.words[start], {"the", "our", "el", "la", "le", "lo", "il",
                                     "a", "o", "mero"})) {
    ++start;
  }
  if (start + 1 < read.words.size() &&
      IsOneOf(read.words[start], {"dia", "jour", "giorno", "fete"}) &&
      IsOneOf(read.words[start + 1],
              {"de", "del", "da", "do", "di", "du", "della", "dos", "das"})) {
    read.words[start + 1] = "dia";
    ++start;
    if (start + 1 < read.words.size() &&
        IsOneOf(read.words[start + 1], {"la", "los", "las", "l", "il", "lo"})) {
      read.words[start + 1] = "dia";
      ++start;
    }
  }
  if (start < read.words.size() && read.words[start] == "saint") {
    read.words[start] = "st";
  }
  read.words.erase(read.words.begin(), read.words.begin() + start);
  read.may_end.erase(read.may_end.begin(), read.may_end.begin() + start);
  read.ends.erase(read.ends.begin(), read.ends.begin() + start);
  return read;
}

// The year written right after a day's name, which ends at `end` of
// `match`: "San Fermín de 1988", "Flag Day in 1955", "Pi Day, 1996"; 0 when
// none. `end` moves past the year.
int YearAfter(std::string_view match, std::size_t* end) {
  std::vector<std::string_view> words = SplitAny(match.substr(*end), " \t\r\n");
  std::size_t at = 0;
  if (at < words.size() && words[at] == ",") ++at;
  // "of"/"de"/"del" before a year, not "in"/"en" ("in 12 minutes").
  bool year_of = false;
  if (at < words.size() &&
      IsOneOf(AsciiLower(words[at]), {"de", "del", "of", "in", "en"})) {
    year_of = !IsOneOf(AsciiLower(words[at]), {"in", "en"});
    ++at;
  }
  if (at >= words.size()) return 0;
  std::string_view word = words[at];
  while (!word.empty() &&
         !absl::ascii_isdigit(static_cast<unsigned char>(word.back()))) {
    word.remove_suffix(1);
  }
  int year = YearOf(word);
  // "San Antón del 47", "St. Patrick's Day of '62": a year in two digits
  // after "of" or an apostrophe, in the last hundred years.
  bool apostrophe = ConsumePrefix(&word, "'") || ConsumePrefix(&word, "’");
  int short_year = 0;
  if (year == 0 && (year_of || apostrophe) && word.size() == 2 &&
      absl::SimpleAtoi(ToAbsl(word), &short_year)) {
    year = YearOfTwoDigits(short_year);
  }
  if (year == 0) return 0;
  *end = static_cast<std::size_t>(word.data() + word.size() - match.data());
  return year;
}

bool KeptIn(const NamedDayDate& date, std::string_view region) {
  if (date.regions.empty()) return region.empty();
  for (const std::string& code : date.regions) {
    if (code == region) return true;
  }
  return false;
}

// The longest name that `words` (from `first`) starts with, kept in
// `region` ("" for days kept everywhere), moved by `shift` days ("the day
// after Santa Marija"), as the birthdate validator's value.
std::optional<Validated> LookUp(std::string_view match,
                                const NamedDayWords& read, std::size_t first,
                                std::string_view region, int shift) {
  const NamedDayTable& table = NamedDays();
  if (first >= read.words.size()) return std::nullopt;
  std::size_t longest = read.words.size() - first;
  if (longest > table.longest_name) longest = table.longest_name;
  for (std::size_t length = longest; length >= 1; --length) {
    std::size_t last = first + length - 1;
    if (!read.may_end[last]) continue;
    std::string name;
    for (std::size_t i = first; i <= last; ++i) {
      if (!name.empty()) name.push_back(' ');
      name.append(read.words[i]);
    }
    auto found = table.days.find(name);
    if (found == table.days.end()) continue;
    // "Emancipation Day (4 June)": the date written beside the name is
    // the one meant (days of the same name differ by country), and the
    // date rules read it.
    std::string_view after =
        StripWhitespace(match.substr(std::min(read.ends[last], match.size())));
    if (after.size() > 1 && after[0] == '(' &&
        absl::ascii_isdigit(static_cast<unsigned char>(after[1]))) {
      return std::nullopt;
    }
    for (const NamedDayDate& date : found->second) {
      if (!KeptIn(date, region)) continue;
      std::size_t end = read.ends[last];
      int year = YearAfter(match, &end);
      std::string value;
      if (date.month == 0) {
        if (year == 0 || shift != 0) return std::nullopt;
        value = absl::StrFormat("%04d", year);
      } else {
        // A leap year when none is written, so that the day after 28
        // February is 29 February.
        absl::CivilDay day =
            absl::CivilDay(year == 0 ? 2000 : year, date.month, date.day) +
            shift;
        value = year == 0
                    ? absl::StrFormat("--%02d-%02d", day.month(), day.day())
                    : absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(),
                                      day.day());
      }
      // The birthdate validator checks the date is real and the year a
      // living person's; the display is the day as written, which tells the
      // extractor where it ends.
      std::optional<Validated> validated = ValidateBirthdate(value);
      if (validated) {
        validated->display = std::string(StripWhitespace(match.substr(0, end)));
      }
      return validated;
    }
  }
  return std::nullopt;
}

std::optional<Validated> ValidateNamedDay(std::string_view match,
                                          std::string_view region) {
  NamedDayWords read = ReadWords(match);
  std::size_t first = 0;
  int shift = 0;
  if (read.words.size() > 2 && read.words[0] == "day" &&
      (read.words[1] == "after" || read.words[1] == "before")) {
    shift = read.words[1] == "after" ? 1 : -1;
    first = 2;
    while (first < read.words.size() &&
           IsOneOf(read.words[first], {"the", "our"})) {
      ++first;
    }
  }
  if (std::optional<Validated> day =
          LookUp(match, read, first, region, shift)) {
    return day;
  }
  if (first < read.words.size() && read.words[first] == "dia") {
    return LookUp(match, read, first + 1, region, shift);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Validated> ValidateBirthdateHoliday(std::string_view match) {
  return ValidateNamedDay(match, "");
}

std::optional<Validated> ValidateBirthdateHolidayInRegion(
    std::string_view match, std::string_view region) {
  if (region.size() != 2) return std::nullopt;
  return ValidateNamedDay(match, region);
}

}  // namespace exposure::internal
