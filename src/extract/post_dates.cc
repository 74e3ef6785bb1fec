// PostDateNear and ResolveRelativeBirthday: see post_dates.h. Month names
// go through the birthdate validator ("Oct 19" gives "--10-19"), so the
// months it knows are the ones a post date may use.
#include "extract/post_dates.h"

#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "common/strings.h"
#include "exposure/rules.h"
#include "re2/re2.h"

namespace exposure {
namespace {

std::optional<PostDate> FromDatetime(std::string_view when) {
  static const RE2* const kIso = new RE2(R"((\d{4})-(\d{2})-(\d{2}).*)");
  PostDate date;
  if (!RE2::FullMatch(re2::StringPiece(when.data(), when.size()), *kIso,
                      &date.year, &date.month, &date.day)) {
    return std::nullopt;
  }
  return date;
}

// A month and day from the birthdate validator ("--10-19").
std::optional<PostDate> MonthAndDay(const std::string& text) {
  std::optional<Validated> validated = Validate("birthdate", text);
  if (!validated || validated->value.size() != 7 ||
      !StartsWith(validated->value, "--")) {
    return std::nullopt;
  }
  PostDate date;
  if (!absl::SimpleAtoi(validated->value.substr(2, 2), &date.month) ||
      !absl::SimpleAtoi(validated->value.substr(5, 2), &date.day)) {
    return std::nullopt;
  }
  return date;
}

// A month's name or abbreviation in the languages the birthdate validator
// reads; the validator then decides which month it is.
constexpr char kMonth[] =
    "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|"
    "fev|fév|avr|mai|jui|aoû|set|out|dez|déc|gen|mag|giu|lug|ott)[a-zéûç]*";

// Every written date in `text`, in order; `day_first` for numeric dates
// on pages from countries that write the day first.
std::vector<PostDate> DatesIn(std::string_view text, bool day_first) {
  static const RE2* const kDate = new RE2(StrCat(
      R"((?i)\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})/(\d{1,2})/(\d{4})|()",
      kMonth, R"()\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?|)",
      R"((\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+)?()", kMonth,
      R"()\.?(?:\s+(?:de\s+)?(\d{4}))?\b))"));
  std::vector<PostDate> dates;
  re2::StringPiece input(text.data(), text.size());
  std::string iso_y, iso_m, iso_d, num_a, num_b, num_y, word_m, word_d, word_y,
      first_d, first_m, first_y;
  while (RE2::FindAndConsume(&input, *kDate, &iso_y, &iso_m, &iso_d, &num_a,
                             &num_b, &num_y, &word_m, &word_d, &word_y,
                             &first_d, &first_m, &first_y)) {
    std::optional<PostDate> date;
    std::string year;
    if (!iso_y.empty()) {
      date = MonthAndDay(iso_m + "/" + iso_d);
      year = iso_y;
    } else if (!num_a.empty()) {
      // The validator reads "month/day".
      date = day_first ? MonthAndDay(num_b + "/" + num_a)
                       : MonthAndDay(num_a + "/" + num_b);
      year = num_y;
    } else if (!word_m.empty()) {
      date = MonthAndDay(word_m + " " + word_d);
      year = word_y;
    } else {
      date = MonthAndDay(first_d + " " + first_m);
      year = first_y;
    }
    if (!date) continue;
    if (!year.empty()) absl::SimpleAtoi(year, &date->year);
    dates.push_back(*date);
  }
  return dates;
}

// True when the page's numeric post dates put the day first: every known
// country but those that write the month first (the United States, the
// Philippines).
bool PostDatesDayFirst(const Document& document) {
  return !document.region.empty() && document.region != "US" &&
         document.region != "PH";
}

}  // namespace

std::string_view MonthNamePattern() { return kMonth; }

std::optional<PostDate> PostDateNear(const Document& document,
                                     std::size_t index) {
  if (index >= document.blocks.size()) return std::nullopt;
  const TextBlock& block = document.blocks[index];
  if (!block.posted_at.empty()) {
    if (std::optional<PostDate> date = FromDatetime(block.posted_at)) {
      return date;
    }
  }
  const bool day_first = PostDatesDayFirst(document);
  std::vector<PostDate> dates = DatesIn(block.text, day_first);
  if (!dates.empty()) return dates.front();
  for (std::size_t back = 1; back <= 4 && back <= index; ++back) {
    dates = DatesIn(document.blocks[index - back].text, day_first);
    if (!dates.empty()) return dates.back();
  }
  if (index + 1 < document.blocks.size()) {
    dates = DatesIn(document.blocks[index + 1].text, day_first);
    if (!dates.empty()) return dates.front();
  }
  return std::nullopt;
}

std::optional<PostDate> NewestDateOn(const Document& document,
                                     const PostDate& today) {
  const bool day_first = PostDatesDayFirst(document);
  const auto key = [](const PostDate& date) {
    return date.year * 10000 + date.month * 100 + date.day;
  };
  std::optional<PostDate> newest;
  const auto consider = [&](const PostDate& date) {
    if (date.year < 1990 || key(date) > key(today)) return;
    if (!newest || key(date) > key(*newest)) newest = date;
  };
  for (const TextBlock& block : document.blocks) {
    if (!block.posted_at.empty()) {
      if (std::optional<PostDate> date = FromDatetime(block.posted_at)) {
        consider(*date);
      }
    }
    for (const PostDate& date : DatesIn(block.text, day_first)) consider(date);
  }
  return newest;
}

std::optional<PostDate> CopyrightDateOn(const Document& document,
                                        const PostDate& today) {
  static const RE2* const kCopyright = new RE2(
      R"((?:©|\([cC]\)|(?i:copyright))\s*(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})\b)");
  int newest_year = 0;
  for (const TextBlock& block : document.blocks) {
    if (block.text.find("20") == std::string::npos &&
        block.text.find("19") == std::string::npos) {
      continue;
    }
    re2::StringPiece input(block.text);
    int year = 0;
    while (RE2::FindAndConsume(&input, *kCopyright, &year)) {
      if (year <= today.year && year > newest_year) newest_year = year;
    }
  }
  if (newest_year == 0) return std::nullopt;
  if (newest_year == today.year) return today;
  return PostDate{newest_year, 12, 31};
}

bool IsRelativeBirthday(std::string_view value) {
  return StartsWith(value, "rel:") || StartsWith(value, "past:") ||
         StartsWith(value, "next:") || StartsWith(value, "weekday:");
}

std::optional<std::string> ResolveRelativeBirthday(std::string_view relative,
                                                   const PostDate& post) {
  // A year the date may not give: any leap year keeps Feb 29 real.
  const int year = post.year != 0 ? post.year : 2024;
  const absl::CivilDay posted(year, post.month, post.day);
  if (posted.month() != post.month || posted.day() != post.day) {
    return std::nullopt;
  }
  absl::CivilDay birthday;
  int number = 0;
  if (StartsWith(relative, "rel:") &&
      absl::SimpleAtoi(std::string(relative.substr(4)), &number) &&
      number >= -1 && number <= 1) {
    birthday = posted + number;
  } else if ((StartsWith(relative, "past:") || StartsWith(relative, "next:")) &&
             absl::SimpleAtoi(std::string(relative.substr(5)), &number) &&
             number >= 1 && number <= 31) {
    const bool past = StartsWith(relative, "past:");
    absl::CivilMonth month(posted);
    if (past && number > post.day) month -= 1;
    if (!past && number < post.day) month += 1;
    birthday = absl::CivilDay(month.year(), month.month(), number);
    // The 31st of a 30-day month rolls over: not a real birthday.
    if (birthday.day() != number) return std::nullopt;
  } else if (StartsWith(relative, "weekday:") && post.year != 0 &&
             absl::SimpleAtoi(std::string(relative.substr(8)), &number) &&
             number >= 1 && number <= 7) {
    // The last Monday (1) to Sunday (7) before the post: a weekday needs
    // the post's year.
    static constexpr absl::Weekday kWeekdays[] = {
        absl::Weekday::monday,    absl::Weekday::tuesday,
        absl::Weekday::wednesday, absl::Weekday::thursday,
        absl::Weekday::friday,    absl::Weekday::saturday,
        absl::Weekday::sunday};
    birthday = absl::PrevWeekday(posted, kWeekdays[number - 1]);
  } else {
    return std::nullopt;
  }
  return absl::StrFormat("--%02d-%02d", birthday.month(), birthday.day());
}

}  // namespace exposure
