// Scoring reports against truth: a faithful port of tools/score.py.
//
// score.py is the corpus' reference scorer, so this file copies its Python
// semantics, not only its intent. Each helper below names the Python it
// ports. Points where a naive port would differ:
// - fold() is NFKD, then dropping every code point whose canonical combining
//   class is not 0 (unicodedata.combining), then str.lower(). Here: utf8proc's
//   NFKD (COMPAT | DECOMPOSE), its combining class and its simple lower-case
//   map. UTF8PROC_STRIPMARK and UTF8PROC_CASEFOLD would not be the same:
//   STRIPMARK also drops spacing marks of class 0, CASEFOLD turns "ß" into
//   "ss" where lower() keeps it.
// - Python's \d is any Unicode decimal digit (category Nd), \w any letter,
//   number or "_", \b the edge between the two; str.strip() strips Unicode
//   white space; int() and float() read any decimal digits, float() also
//   "inf", "nan" and "1_000". All are reproduced on code points below.
// - An exception inside score.py's match() means "no match"; here every
//   reader that Python could fail in returns nullopt instead.
// - str.lower() turns a word-final capital sigma into "ς", not "σ".
// Known difference, outside anything the corpus uses: Python 3.11 and
// utf8proc 2.8 carry Unicode 14 and 15, so characters new in 15 may differ.
#include <locale.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/str_format.h"
#include "common/strings.h"
#include "exposure/eval.h"
#include "re2/re2.h"
#include "utf8proc.h"

namespace exposure {
namespace {

using Text = std::u32string;  // code points, like a Python str

// score.py's CATS, in its order: the order of the table.
constexpr Category kScoredCategories[] = {
    Category::kPhone,         Category::kEmail,     Category::kAddress,
    Category::kLocation,      Category::kAge,       Category::kBirthdate,
    Category::kSex,           Category::kWorkplace, Category::kSchool,
    Category::kRegularPlace,  Category::kGeotag,    Category::kFamily,
    Category::kLinkedAccount,
};

// score.py's STATES, in its (insertion) order: "virginia" is replaced before
// "west virginia" is looked for, so "West Virginia" becomes "west va".
constexpr std::pair<std::string_view, std::string_view> kStates[] = {
    {"alabama", "al"},
    {"alaska", "ak"},
    {"arizona", "az"},
    {"arkansas", "ar"},
    {"california", "ca"},
    {"colorado", "co"},
    {"connecticut", "ct"},
    {"delaware", "de"},
    {"florida", "fl"},
    {"georgia", "ga"},
    {"hawaii", "hi"},
    {"idaho", "id"},
    {"illinois", "il"},
    {"indiana", "in"},
    {"iowa", "ia"},
    {"kansas", "ks"},
    {"kentucky", "ky"},
    {"louisiana", "la"},
    {"maine", "me"},
    {"maryland", "md"},
    {"massachusetts", "ma"},
    {"michigan", "mi"},
    {"minnesota", "mn"},
    {"mississippi", "ms"},
    {"missouri", "mo"},
    {"montana", "mt"},
    {"nebraska", "ne"},
    {"nevada", "nv"},
    {"new hampshire", "nh"},
    {"new jersey", "nj"},
    {"new mexico", "nm"},
    {"new york", "ny"},
    {"north carolina", "nc"},
    {"north dakota", "nd"},
    {"ohio", "oh"},
    {"oklahoma", "ok"},
    {"oregon", "or"},
    {"pennsylvania", "pa"},
    {"rhode island", "ri"},
    {"south carolina", "sc"},
    {"south dakota", "sd"},
    {"tennessee", "tn"},
    {"texas", "tx"},
    {"utah", "ut"},
    {"vermont", "vt"},
    {"virginia", "va"},
    {"washington", "wa"},
    {"west virginia", "wv"},
    {"wisconsin", "wi"},
    {"wyoming", "wy"},
    {"district of columbia", "dc"},
};

// score.py's SUFFIX.
constexpr std::pair<std::string_view, std::string_view> kSuffixes[] = {
    {"street", "st"},      {"avenue", "ave"},    {"road", "rd"},
    {"boulevard", "blvd"}, {"lane", "ln"},       {"drive", "dr"},
    {"court", "ct"},       {"place", "pl"},      {"terrace", "ter"},
    {"circle", "cir"},     {"highway", "hwy"},   {"parkway", "pkwy"},
    {"way", "way"},        {"square", "sq"},     {"north", "n"},
    {"south", "s"},        {"east", "e"},        {"west", "w"},
    {"northeast", "ne"},   {"northwest", "nw"},  {"southeast", "se"},
    {"southwest", "sw"},   {"apartment", "apt"}, {"suite", "ste"},
    {"calle", "calle"},    {"avenida", "ave"},
};

// score.py's STOP.
constexpr std::string_view kStopWords[] = {
    "the",  "a",   "an", "of", "at", "inc", "llc", "co",  "company",
    "corp", "and", "&",  "de", "la", "el",  "los", "las", "del",
};

// The directions addr_key() skips after the house number.
constexpr std::string_view kDirections[] = {"n",  "s",  "e",  "w",
                                            "ne", "nw", "se", "sw"};

template <std::size_t N>
bool OneOf(std::string_view word, const std::string_view (&words)[N]) {
  for (std::string_view candidate : words) {
    if (candidate == word) return true;
  }
  return false;
}

// --- Code points -----------------------------------------------------------

// UTF-8 to code points; each invalid byte becomes U+FFFD.
Text Decode(std::string_view bytes) {
  Text text;
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
  const auto size = static_cast<utf8proc_ssize_t>(bytes.size());
  utf8proc_ssize_t position = 0;
  while (position < size) {
    utf8proc_int32_t codepoint = 0;
    utf8proc_ssize_t length =
        utf8proc_iterate(data + position, size - position, &codepoint);
    if (length <= 0) {
      text.push_back(0xFFFD);
      ++position;
      continue;
    }
    text.push_back(static_cast<char32_t>(codepoint));
    position += length;
  }
  return text;
}

void AppendUtf8(char32_t codepoint, std::string* out) {
  utf8proc_uint8_t buffer[4];
  utf8proc_ssize_t length =
      utf8proc_encode_char(static_cast<utf8proc_int32_t>(codepoint), buffer);
  out->append(reinterpret_cast<const char*>(buffer),
              static_cast<std::size_t>(length));
}

std::string Encode(const Text& text) {
  std::string out;
  for (char32_t codepoint : text) AppendUtf8(codepoint, &out);
  return out;
}

utf8proc_category_t CategoryOf(char32_t codepoint) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(codepoint));
}

// str.isspace(): bidirectional class WS, B or S, or category Zs.
bool IsPythonSpace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// re's \d on str: category Nd.
bool IsDecimal(char32_t c) { return CategoryOf(c) == UTF8PROC_CATEGORY_ND; }

// unicodedata.decimal(c) for a decimal digit. Unicode encodes each script's
// digits 0-9 as one contiguous run, and adjacent runs start at 0.
int DecimalValue(char32_t c) {
  char32_t start = c;
  while (start > 0 && IsDecimal(start - 1)) --start;
  return static_cast<int>((c - start) % 10);
}

// re's \w on str: "_" or str.isalnum(), i.e. a letter or a number.
bool IsWordChar(char32_t c) {
  if (c == U'_') return true;
  switch (CategoryOf(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// str.isprintable(), for repr().
bool IsPrintable(char32_t c) {
  if (c == U' ') return true;
  switch (CategoryOf(c)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

// str.strip().
Text Strip(const Text& text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && IsPythonSpace(text[begin])) ++begin;
  while (end > begin && IsPythonSpace(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

bool HasAsciiAt(const Text& text, std::string_view ascii, std::size_t at = 0) {
  if (at + ascii.size() > text.size()) return false;
  for (std::size_t i = 0; i < ascii.size(); ++i) {
    if (text[at + i] != static_cast<unsigned char>(ascii[i])) return false;
  }
  return true;
}

// Python's repr() of a str: what score.py prints with !r.
std::string PythonRepr(std::string_view value) {
  Text text = Decode(value);
  bool has_single = text.find(U'\'') != Text::npos;
  bool has_double = text.find(U'"') != Text::npos;
  char32_t quote = has_single && !has_double ? U'"' : U'\'';
  std::string out(1, static_cast<char>(quote));
  for (char32_t c : text) {
    if (c == quote || c == U'\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == U'\t') {
      out += "\\t";
    } else if (c == U'\n') {
      out += "\\n";
    } else if (c == U'\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      out += absl::StrFormat("\\x%02x", static_cast<unsigned>(c));
    } else if (c < 0x7F || IsPrintable(c)) {
      AppendUtf8(c, &out);
    } else if (c <= 0xFF) {
      out += absl::StrFormat("\\x%02x", static_cast<unsigned>(c));
    } else if (c <= 0xFFFF) {
      out += absl::StrFormat("\\u%04x", static_cast<unsigned>(c));
    } else {
      out += absl::StrFormat("\\U%08x", static_cast<unsigned>(c));
    }
  }
  out.push_back(static_cast<char>(quote));
  return out;
}

// --- score.py's helpers ------------------------------------------------------

constexpr char32_t kCapitalSigma = 0x03A3;

// Unicode's Case_Ignorable: categories Mn, Me, Cf, Lm, Sk and the word-break
// classes MidLetter, MidNumLet and Single_Quote.
bool IsCaseIgnorable(char32_t c) {
  switch (CategoryOf(c)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_SK:
      return true;
    default:
      break;
  }
  switch (c) {
    case 0x0027:
    case 0x002E:
    case 0x003A:
    case 0x00B7:
    case 0x0387:
    case 0x055F:
    case 0x05F4:
    case 0x2018:
    case 0x2019:
    case 0x2024:
    case 0x2027:
    case 0xFE13:
    case 0xFE52:
    case 0xFE55:
    case 0xFF07:
    case 0xFF0E:
    case 0xFF1A:
      return true;
    default:
      return false;
  }
}

// Unicode's Cased, for the code points NFKD can leave: the cased letters
// and the negative circled and squared capital letters (Other_Uppercase).
bool IsCased(char32_t c) {
  switch (CategoryOf(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
      return true;
    default:
      return (c >= 0x1F150 && c <= 0x1F169) || (c >= 0x1F170 && c <= 0x1F189);
  }
}

// str.lower() of the capital sigma at `text[i]`: final "ς" after a cased
// letter and not before one (case-ignorable code points skipped), else "σ".
char32_t LowerSigma(const Text& text, std::size_t i) {
  std::size_t before = i;
  while (before > 0 && IsCaseIgnorable(text[before - 1])) --before;
  bool final_sigma = before > 0 && IsCased(text[before - 1]);
  std::size_t after = i + 1;
  while (after < text.size() && IsCaseIgnorable(text[after])) ++after;
  if (after < text.size() && IsCased(text[after])) final_sigma = false;
  return final_sigma ? 0x03C2 : 0x03C3;
}

// fold(s): NFKD, combining marks removed, then str.lower(), which differs
// from a code point by code point lower case only for a word-final sigma.
Text Fold(std::string_view value) {
  std::string valid = Encode(Decode(value));
  utf8proc_uint8_t* decomposed = nullptr;
  utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
      static_cast<utf8proc_ssize_t>(valid.size()), &decomposed,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE));
  Text nfkd =
      length < 0
          ? Decode(valid)
          : Decode(std::string_view(reinterpret_cast<const char*>(decomposed),
                                    static_cast<std::size_t>(length)));
  std::free(decomposed);
  Text kept;
  kept.reserve(nfkd.size());
  for (char32_t c : nfkd) {
    if (utf8proc_get_property(static_cast<utf8proc_int32_t>(c))
            ->combining_class == 0) {
      kept.push_back(c);
    }
  }
  Text folded(kept.size(), U'\0');
  for (std::size_t i = 0; i < kept.size(); ++i) {
    folded[i] = kept[i] == kCapitalSigma
                    ? LowerSigma(kept, i)
                    : static_cast<char32_t>(utf8proc_tolower(
                          static_cast<utf8proc_int32_t>(kept[i])));
  }
  return folded;
}

bool IsTokenChar(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
}

// toks(s): the runs of [a-z0-9] in fold(s).
std::vector<std::string> Tokens(std::string_view value) {
  std::vector<std::string> tokens;
  std::string token;
  for (char32_t c : Fold(value)) {
    if (IsTokenChar(c)) {
      token.push_back(static_cast<char>(c));
    } else if (!token.empty()) {
      tokens.push_back(std::move(token));
      token.clear();
    }
  }
  if (!token.empty()) tokens.push_back(std::move(token));
  return tokens;
}

std::set<std::string> SignificantWords(std::string_view value) {
  std::set<std::string> words;
  for (std::string& token : Tokens(value)) {
    if (!OneOf(token, kStopWords)) words.insert(std::move(token));
  }
  return words;
}

bool IsSubset(const std::set<std::string>& small,
              const std::set<std::string>& big) {
  for (const std::string& word : small) {
    if (big.count(word) == 0) return false;
  }
  return true;
}

// name_match(a, b).
bool NameMatch(std::string_view a, std::string_view b) {
  std::set<std::string> words_a = SignificantWords(a);
  std::set<std::string> words_b = SignificantWords(b);
  if (words_a.empty() || words_b.empty()) return false;
  const bool a_smaller = words_a.size() <= words_b.size();
  const std::set<std::string>& small = a_smaller ? words_a : words_b;
  const std::set<std::string>& big = a_smaller ? words_b : words_a;
  if (!IsSubset(small, big)) return false;
  return small.size() * 2 >= big.size() || small.size() >= 2;
}

// phone_key(v): the decimal digits, without the 1 of an 11-digit number.
Text PhoneKey(std::string_view value) {
  Text digits;
  for (char32_t c : Decode(value)) {
    if (IsDecimal(c)) digits.push_back(c);
  }
  if (digits.size() == 11 && digits[0] == U'1') digits.erase(0, 1);
  return digits;
}

// int(re.sub(r"\D", "", v)) as canonical ASCII digits; nullopt when there
// are no digits (Python's ValueError).
std::optional<std::string> IntegerOfDigits(std::string_view value) {
  std::string digits;
  for (char32_t c : Decode(value)) {
    if (IsDecimal(c))
      digits.push_back(static_cast<char>('0' + DecimalValue(c)));
  }
  if (digits.empty()) return std::nullopt;
  std::size_t first = digits.find_first_not_of('0');
  return first == std::string::npos ? "0" : digits.substr(first);
}

struct AddressKey {
  std::optional<std::string> number;
  std::optional<std::string> street;
  bool operator==(const AddressKey&) const = default;
};

// addr_key(v): the house number (when the first token is one) and the first
// street word after it that is not a direction; nullopt without tokens.
std::optional<AddressKey> AddrKey(std::string_view value) {
  std::vector<std::string> tokens = Tokens(value);
  if (tokens.empty()) return std::nullopt;
  for (std::string& token : tokens) {
    for (const auto& [full, abbreviation] : kSuffixes) {
      if (token == full) {
        token = std::string(abbreviation);
        break;
      }
    }
  }
  AddressKey key;
  if (tokens[0].find_first_not_of("0123456789") == std::string::npos) {
    key.number = tokens[0];
  }
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (!OneOf(tokens[i], kDirections)) {
      key.street = tokens[i];
      break;
    }
  }
  return key;
}

// re.sub(r"\b" + word + r"\b", replacement, text) for an ASCII `word` that
// starts and ends with a letter.
Text ReplaceWord(const Text& text, std::string_view word,
                 std::string_view replacement) {
  Text out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = i + word.size();
    if (HasAsciiAt(text, word, i) && (i == 0 || !IsWordChar(text[i - 1])) &&
        (end == text.size() || !IsWordChar(text[end]))) {
      out.append(replacement.begin(), replacement.end());
      i = end;
    } else {
      out.push_back(text[i]);
      ++i;
    }
  }
  return out;
}

// re.search(r"\b\d{5}\b", text).
std::optional<Text> FindZip(const Text& text) {
  for (std::size_t i = 0; i + 5 <= text.size(); ++i) {
    if (i > 0 && IsWordChar(text[i - 1])) continue;
    bool digits = true;
    for (std::size_t k = i; k < i + 5 && digits; ++k) {
      digits = IsDecimal(text[k]);
    }
    if (!digits) continue;
    if (i + 5 < text.size() && IsWordChar(text[i + 5])) continue;
    return text.substr(i, 5);
  }
  return std::nullopt;
}

struct LocationParts {
  std::optional<Text> zip;
  std::string city;  // "" when none
};

// loc_parts(v): the first ZIP, and the first [a-z0-9 ] run before the first
// comma (stripped), after state names became their codes.
LocationParts LocParts(std::string_view value) {
  Text text = Fold(value);
  for (const auto& [full, abbreviation] : kStates) {
    text = ReplaceWord(text, full, abbreviation);
  }
  LocationParts parts;
  parts.zip = FindZip(text);
  Text head = text.substr(0, text.find(U','));
  std::string piece;
  auto take = [&parts, &piece]() {
    std::string_view stripped = StripWhitespace(piece);
    if (parts.city.empty() && !stripped.empty()) {
      parts.city = std::string(stripped);
    }
    piece.clear();
  };
  for (char32_t c : head) {
    if (IsTokenChar(c) || c == U' ') {
      piece.push_back(static_cast<char>(c));
    } else {
      take();
    }
  }
  take();
  return parts;
}

// float(text): Python's reading of a number, including white space around
// it, any decimal digits, "_" between digits, "inf" and "nan".
std::optional<double> PythonFloat(const Text& text) {
  std::string ascii;
  for (char32_t c : text) {
    if (c < 0x7F) {
      ascii.push_back(static_cast<char>(c));
    } else if (IsPythonSpace(c)) {
      ascii.push_back(' ');
    } else if (IsDecimal(c)) {
      ascii.push_back(static_cast<char>('0' + DecimalValue(c)));
    } else {
      return std::nullopt;
    }
  }
  // Python strips ASCII white space here (Py_ISSPACE); the rest of Unicode's
  // white space became " " above.
  constexpr std::string_view kSpace = " \t\n\v\f\r";
  std::string_view number = ascii;
  std::size_t first = number.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return std::nullopt;
  number = number.substr(first, number.find_last_not_of(kSpace) - first + 1);
  static const RE2* const kSyntax =
      new RE2(R"([+-]?(?:(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?)"
              R"(|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?)"
              R"(|(?i:inf|infinity|nan)))");
  if (!RE2::FullMatch(re2::StringPiece(number.data(), number.size()),
                      *kSyntax)) {
    return std::nullopt;
  }
  std::string plain;
  for (char c : number) {
    if (c != '_') plain.push_back(c);
  }
  // strtod in the C locale, whatever the process locale (Python's float()
  // ignores it); its hexadecimal forms cannot pass the syntax check above.
  static const locale_t kCLocale = newlocale(LC_ALL_MASK, "C", locale_t{});
  return strtod_l(plain.c_str(), nullptr, kCLocale);
}

// re.split(r"[ ,;]+", text).
std::vector<Text> SplitCoordinates(const Text& text) {
  auto separator = [](char32_t c) {
    return c == U' ' || c == U',' || c == U';';
  };
  std::vector<Text> pieces;
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!separator(text[i])) {
      ++i;
      continue;
    }
    pieces.push_back(text.substr(start, i - start));
    while (i < text.size() && separator(text[i])) ++i;
    start = i;
  }
  pieces.push_back(text.substr(start));
  return pieces;
}

// The first two numbers of `pieces`, or nullopt (Python's ValueError).
std::optional<std::pair<double, double>> TwoNumbers(
    const std::vector<Text>& pieces) {
  if (pieces.size() < 2) return std::nullopt;
  std::optional<double> first = PythonFloat(pieces[0]);
  std::optional<double> second = PythonFloat(pieces[1]);
  if (!first || !second) return std::nullopt;
  return std::make_pair(*first, *second);
}

bool MatchGeotag(std::string_view truth, std::string_view reported) {
  std::vector<Text> truth_pieces;
  Text truth_text = Decode(truth);
  std::size_t start = 0;
  while (true) {  // str.split(",")
    std::size_t comma = truth_text.find(U',', start);
    truth_pieces.push_back(truth_text.substr(start, comma - start));
    if (comma == Text::npos) break;
    start = comma + 1;
  }
  std::optional<std::pair<double, double>> expected = TwoNumbers(truth_pieces);
  std::optional<std::pair<double, double>> got =
      TwoNumbers(SplitCoordinates(Strip(Decode(reported))));
  if (!expected || !got) return false;
  return std::fabs(expected->first - got->first) < 0.001 &&
         std::fabs(expected->second - got->second) < 0.001;
}

// n(u) of linked_account: fold(u) without ^(https?://)?(www\.)? and
// trailing slashes.
Text AccountKey(std::string_view value) {
  Text text = Fold(value);
  std::size_t begin = 0;
  if (HasAsciiAt(text, "https://")) {
    begin = 8;
  } else if (HasAsciiAt(text, "http://")) {
    begin = 7;
  }
  if (HasAsciiAt(text, "www.", begin)) begin += 4;
  std::size_t end = text.size();
  while (end > begin && text[end - 1] == U'/') --end;
  return text.substr(begin, end - begin);
}

bool MatchBirthdate(std::string_view truth, std::string_view reported) {
  Text t = Strip(Decode(truth));
  Text g = Strip(Decode(reported));
  if (t == g) return true;
  if (HasAsciiAt(t, "--")) {
    Text tail = t.substr(1);
    if (g.size() >= tail.size() &&
        g.compare(g.size() - tail.size(), tail.size(), tail) == 0) {
      return true;
    }
  }
  return t.size() == 4 && g.size() == 4 && g.compare(0, 4, t) == 0;
}

bool MatchLocation(std::string_view truth, std::string_view reported) {
  LocationParts t = LocParts(truth);
  LocationParts g = LocParts(reported);
  if (t.zip && g.zip) return *t.zip == *g.zip;
  if (t.zip && t.city.empty()) return false;
  return !t.city.empty() && t.city == g.city;
}

}  // namespace

bool MatchValue(Category category, std::string_view truth,
                std::string_view reported) {
  switch (category) {
    case Category::kPhone: {
      Text key = PhoneKey(truth);
      return !key.empty() && key == PhoneKey(reported);
    }
    case Category::kEmail:
    case Category::kSex:
      return Strip(Fold(truth)) == Strip(Fold(reported));
    case Category::kAge: {
      std::optional<std::string> t = IntegerOfDigits(truth);
      std::optional<std::string> g = IntegerOfDigits(reported);
      return t && g && *t == *g;
    }
    case Category::kBirthdate:
      return MatchBirthdate(truth, reported);
    case Category::kAddress: {
      std::optional<AddressKey> t = AddrKey(truth);
      std::optional<AddressKey> g = AddrKey(reported);
      return t && g && t->number && *t == *g;
    }
    case Category::kLocation:
      return MatchLocation(truth, reported);
    case Category::kGeotag:
      return MatchGeotag(truth, reported);
    case Category::kLinkedAccount:
      return AccountKey(truth) == AccountKey(reported);
    case Category::kWorkplace:
    case Category::kSchool:
    case Category::kRegularPlace:
    case Category::kFamily:
    case Category::kTravel:        // not scored by score.py; compared by
    case Category::kLiveLocation:  // words like the other names
      return NameMatch(truth, reported);
  }
  return NameMatch(truth, reported);
}

void EvalScore::Add(const EvalScore& other) {
  for (int i = 0; i < kCategoryCount; ++i) {
    categories[i].tp += other.categories[i].tp;
    categories[i].fp += other.categories[i].fp;
    categories[i].fn += other.categories[i].fn;
  }
  traps += other.traps;
  trap_total += other.trap_total;
  details.insert(details.end(), other.details.begin(), other.details.end());
}

EvalScore Score(const TruthEntry& entry, std::string_view name,
                const Report& report) {
  EvalScore score;
  const std::vector<Exposure>& got = report.exposures;
  std::vector<bool> used(got.size(), false);
  for (const TruthItem& expected : entry.expect) {
    bool hit = false;
    for (std::size_t j = 0; j < got.size() && !hit; ++j) {
      if (!used[j] && got[j].category == expected.category &&
          MatchValue(expected.category, expected.value, got[j].value)) {
        used[j] = true;
        hit = true;
      }
    }
    if (hit) {
      ++score[expected.category].tp;
    } else {
      ++score[expected.category].fn;
      score.details.push_back(StrCat(name, ": missed ",
                                     CategoryName(expected.category), " ",
                                     PythonRepr(expected.value)));
    }
  }
  for (const TruthItem& trap : entry.reject) {
    ++score.trap_total;
    for (const Exposure& exposure : got) {
      if (exposure.category == trap.category &&
          MatchValue(trap.category, trap.value, exposure.value)) {
        ++score.traps;
        score.details.push_back(
            StrCat(name, ": trap ", CategoryName(trap.category), " ",
                   PythonRepr(trap.value), " (", trap.why, ")"));
        break;
      }
    }
  }
  for (std::size_t j = 0; j < got.size(); ++j) {
    if (used[j]) continue;
    // Like score.py, categories it does not score are not false positives.
    if (std::find(std::begin(kScoredCategories), std::end(kScoredCategories),
                  got[j].category) == std::end(kScoredCategories)) {
      continue;
    }
    bool allowed = false;
    for (const TruthItem& optional : entry.optional) {
      if (optional.category == got[j].category &&
          MatchValue(optional.category, optional.value, got[j].value)) {
        allowed = true;  // neither a hit nor a false positive
        break;
      }
    }
    if (allowed) continue;
    ++score[got[j].category].fp;
    score.details.push_back(StrCat(name, ": extra ",
                                   CategoryName(got[j].category), " ",
                                   PythonRepr(got[j].value)));
  }
  return score;
}

EvalScore Score(const CorpusTruth& truth, std::string_view kind,
                std::string_view name, const Report& report) {
  const TruthEntry* entry = truth.Find(kind, name);
  if (entry == nullptr) {
    EvalScore score;
    score.details.push_back(StrCat(name, ": not in truth (", kind, ")"));
    return score;
  }
  return Score(*entry, name, report);
}

ScoreSummary Summarize(const EvalScore& score) {
  ScoreSummary summary;
  bool any_expected = false;
  for (Category category : kScoredCategories) {
    const CategoryScore& counts = score[category];
    summary.tp += counts.tp;
    summary.fp += counts.fp;
    summary.fn += counts.fn;
    if (counts.tp + counts.fn == 0) continue;
    double recall = static_cast<double>(counts.tp) / (counts.tp + counts.fn);
    std::string_view name = CategoryName(category);
    // min() over (recall, name) tuples: ties go to the smaller name.
    if (!any_expected || recall < summary.worst_recall ||
        (recall == summary.worst_recall && name < summary.worst_category)) {
      summary.worst_recall = recall;
      summary.worst_category = std::string(name);
    }
    any_expected = true;
  }
  const int tp = summary.tp;
  if (tp + summary.fp > 0) {
    summary.precision = static_cast<double>(tp) / (tp + summary.fp);
  }
  if (tp + summary.fn > 0) {
    summary.recall = static_cast<double>(tp) / (tp + summary.fn);
  }
  if (summary.precision + summary.recall > 0) {
    summary.f1 = 2 * summary.precision * summary.recall /
                 (summary.precision + summary.recall);
  }
  return summary;
}

std::string FormatScore(const EvalScore& score) {
  std::string out;
  for (const std::string& detail : score.details) StrAppend(&out, detail, "\n");
  out += absl::StrFormat("%-15s %5s %5s %4s %4s %4s\n", "category", "P", "R",
                         "tp", "fp", "fn");
  for (Category category : kScoredCategories) {
    const CategoryScore& counts = score[category];
    if (counts.tp + counts.fp + counts.fn == 0) continue;
    double precision =
        counts.tp + counts.fp > 0
            ? static_cast<double>(counts.tp) / (counts.tp + counts.fp)
            : 0.0;
    double recall = counts.tp + counts.fn > 0 ? static_cast<double>(counts.tp) /
                                                    (counts.tp + counts.fn)
                                              : 0.0;
    out += absl::StrFormat("%-15s %5.2f %5.2f %4d %4d %4d\n",
                           std::string(CategoryName(category)), precision,
                           recall, counts.tp, counts.fp, counts.fn);
  }
  ScoreSummary summary = Summarize(score);
  out += absl::StrFormat(
      "micro P=%.2f R=%.2f F1=%.2f traps=%d/%d worst-recall=%s:%.2f\n",
      summary.precision, summary.recall, summary.f1, score.traps,
      score.trap_total, summary.worst_category, summary.worst_recall);
  return out;
}

}  // namespace exposure
