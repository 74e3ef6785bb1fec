// Structured data to Findings: JSON-LD, embedded JSON state, microformats2
// h-cards, schema.org microdata, <meta> tags and links.
//
// Design. Machine-readable data says what a value is ("telephone", "p-tel"),
// so no pattern has to find it; the work is deciding whose value it is:
//   - JSON-LD: only the Person entities the page is about (top level,
//     @graph, a page's mainEntity or about, a work's author) are the person.
//     An Organization's telephone or address (the employer, the publisher)
//     never is, and the people the person knows give only their names, as
//     family. When several Persons qualify and one carries the page owner's
//     name, only that one counts.
//   - Embedded state ("window.__STATE__ = {...}"): only objects that
//     describe an account (a username / full_name-like key next to the
//     field) and, when several do, only the one that is the page's owner.
//   - Microformats and microdata: properties in the owner's zone; for
//     h-cards, the root card only, a nested p-org card giving the workplace
//     name and nothing else. Address parts are combined into one address.
//   - Links in the owner's zone: map links give their marker or centre,
//     never a bounding-box corner; rel="me" links to the page's own site are
//     not other accounts.
// Every value goes through the validators the text rules use, so it is
// normalised per the DESIGN.md contract or dropped. JSON is parsed by
// nlohmann-json without exceptions, only after a bracket scan has bounded
// its nesting (kMaxJsonDepth); walks are bounded by depth and node count.
#include "extract/structured.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "exposure/limits.h"
#include "exposure/rules.h"
#include "extract/contact_owner.h"
#include "extract/site_names.h"
#include "nlohmann/json.hpp"
#include "re2/re2.h"

namespace exposure {
namespace {

using Json = nlohmann::json;

// Confidence by strength of evidence.
constexpr double kExplicit = 0.9;    // a person's own field: telephone, p-tel
constexpr double kDerived = 0.85;    // derived from one: the city of an address
constexpr double kUnscoped = 0.8;    // meta tags, microdata of unknown scope
constexpr double kWeak = 0.7;        // map centres, pronouns, a lone account
constexpr double kAmbiguous = 0.75;  // factor when the person is not certain

// Longest field value considered; longer ones are prose, not a field.
constexpr std::size_t kMaxFieldBytes = 1024;
// Longest value quoted in a snippet.
constexpr std::size_t kMaxSnippetValue = 160;
// Most elements of one JSON array read as a field's values.
constexpr int kMaxFieldValues = 64;

// ---------------------------------------------------------------------------
// Small text helpers.

re2::StringPiece Piece(std::string_view text) {
  return re2::StringPiece(text.data(), text.size());
}

std::string PercentDecode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%' && i + 2 < text.size() &&
        absl::ascii_isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        absl::ascii_isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      auto hex = [](char h) {
        return absl::ascii_isdigit(static_cast<unsigned char>(h))
                   ? h - '0'
                   : absl::ascii_tolower(static_cast<unsigned char>(h)) - 'a' +
                         10;
      };
      out.push_back(
          static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Removes a case-insensitive `prefix` ("mailto:", "tel:") from `text`.
std::string_view StripScheme(std::string_view text, std::string_view prefix) {
  text = StripWhitespace(text);
  if (text.size() >= prefix.size() &&
      EqualsIgnoreCase(text.substr(0, prefix.size()), prefix)) {
    text.remove_prefix(prefix.size());
  }
  return text;
}

std::string Shorten(std::string_view text) {
  if (text.size() <= kMaxSnippetValue) return std::string(text);
  std::size_t cut = kMaxSnippetValue;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return StrCat(text.substr(0, cut), "…");
}

// "2026-02-11T08:00:00Z" -> "2026-02-11"; vCard "--02-11" -> "February 11"
// (a birthday without a year); anything else as is.
std::string DateText(std::string_view raw) {
  std::string text(StripWhitespace(raw));
  static const RE2* const kIsoPrefix = new RE2(R"((\d{4}-\d{2}-\d{2})[T ].*)");
  std::string date;
  if (RE2::FullMatch(text, *kIsoPrefix, &date)) return date;
  static const RE2* const kNoYear = new RE2(R"(--(\d{2})-?(\d{2}))");
  int month = 0, day = 0;
  if (RE2::FullMatch(text, *kNoYear, &month, &day) && month >= 1 &&
      month <= 12) {
    static const char* const kMonths[] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return StrCat(kMonths[month - 1], " ", day);
  }
  return text;
}

// "https://schema.org/Female", "schema:Female" -> "Female".
std::string_view LastSegment(std::string_view text) {
  text = StripWhitespace(text);
  while (!text.empty() && text.back() == '/') text.remove_suffix(1);
  std::size_t cut = text.find_last_of("/#:");
  return cut == std::string_view::npos ? text : text.substr(cut + 1);
}

// An organisation handle as GitHub shows it ("@brightline-labs") becomes
// words ("Brightline Labs"); other names lose a leading '@' only.
std::string OrganisationName(std::string_view raw) {
  std::string_view text = StripWhitespace(raw);
  if (!ConsumePrefix(&text, "@")) return std::string(text);
  static const RE2* const kSlug = new RE2(R"([a-z0-9]+(?:[-_][a-z0-9]+)*)");
  if (!RE2::FullMatch(Piece(text), *kSlug)) return std::string(text);
  std::string name;
  for (std::string_view word : SplitAny(text, "-_")) {
    if (!name.empty()) name.push_back(' ');
    name.append(word);
    name[name.size() - word.size()] = absl::ascii_toupper(
        static_cast<unsigned char>(name[name.size() - word.size()]));
  }
  return name;
}

// "street, locality, region postal" with the parts present.
std::string ComposeAddress(std::string_view street, std::string_view locality,
                           std::string_view region, std::string_view postal) {
  std::string address(StripWhitespace(street));
  std::string tail(StripWhitespace(region));
  if (!postal.empty()) {
    if (!tail.empty()) tail.push_back(' ');
    tail.append(StripWhitespace(postal));
  }
  for (std::string_view part :
       {std::string_view(StripWhitespace(locality)), std::string_view(tail)}) {
    if (part.empty()) continue;
    if (!address.empty()) address.append(", ");
    address.append(part);
  }
  return address;
}

// "locality, region" (or the country when there is no region and it is
// written out, not a two-letter code).
std::string ComposeLocation(std::string_view locality, std::string_view region,
                            std::string_view country) {
  locality = StripWhitespace(locality);
  if (locality.empty()) return "";
  region = StripWhitespace(region);
  country = StripWhitespace(country);
  if (!region.empty()) return StrCat(locality, ", ", region);
  if (country.size() > 3) return StrCat(locality, ", ", country);
  return std::string(locality);
}

// An account URL reduced for comparison: no scheme, "www.", fragment or
// trailing slash; lower case.
std::string AccountKey(std::string_view url) {
  std::string lower = AsciiLower(StripWhitespace(url));
  std::string_view rest = lower;
  if (!ConsumePrefix(&rest, "https://")) ConsumePrefix(&rest, "http://");
  ConsumePrefix(&rest, "www.");
  rest = rest.substr(0, rest.find('#'));
  while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  return std::string(rest);
}

// Lower-case letters and digits only: "Full_Name" and "fullName" ->
// "fullname".
std::string KeyWord(std::string_view key) {
  std::string word;
  for (char c : key) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      word.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
    }
  }
  return word;
}

// Same person's name, ignoring case and extra whitespace.
bool SameName(std::string_view a, std::string_view b) {
  std::string x = AsciiLower(StripWhitespace(a));
  std::string y = AsciiLower(StripWhitespace(b));
  return !x.empty() && x == y;
}

// True when `owner` is one word, the first of `name`: a page that knows its
// guide as "Luke" and its markup as "Luke Perrée".
bool SameFirstName(std::string_view name, std::string_view owner) {
  owner = StripWhitespace(owner);
  if (owner.empty() || Contains(owner, " ")) return false;
  name = StripWhitespace(name);
  return SameName(name.substr(0, name.find(' ')), owner) && Contains(name, " ");
}

// ---------------------------------------------------------------------------
// Emitter: validation, threshold, de-duplication and provenance.

class Emitter {
 public:
  Emitter(const Document& document, const ExtractOptions& options,
          std::vector<Finding>* out)
      : document_(document),
        options_(options),
        out_(out),
        own_key_(AccountKey(document.url)),
        own_host_(HostOf(document.url)) {}

  // Validates `raw` with `validator`; when it passes and `confidence`
  // reaches the threshold, appends a finding and returns true. `label`
  // names the field for the snippet ("telephone: +1-312-555-0175") unless
  // `snippet` is given.
  bool Emit(Category category, std::string_view validator, std::string_view raw,
            double confidence, Source source, std::string_view rule_id,
            std::string_view label, std::string_view snippet = {}) {
    std::string_view text = StripWhitespace(raw);
    if (text.empty() || text.size() > kMaxFieldBytes) return false;
    if (confidence < options_.min_confidence) return false;
    std::optional<Validated> validated = Validate(validator, text);
    if (!validated) return false;
    std::string value = std::move(validated->value);
    // "The Nicolson Institute": the text rules read a name without its
    // article, so the structured one drops it too and the two merge. A
    // one-word name keeps it ("The Hatch").
    if ((category == Category::kSchool || category == Category::kWorkplace) &&
        StartsWith(value, "The ") && value.find(' ', 4) != std::string::npos) {
      value.erase(0, 4);
    }
    if (category == Category::kLinkedAccount) {
      std::string key = AccountKey(value);
      if (key == own_key_ ||
          (!own_host_.empty() && HostOf(value) == own_host_)) {
        return false;  // the page itself, or its own site
      }
      // One spelling per account, so that ranking merges them.
      value = accounts_.emplace(key, value).first->second;
    }
    if (!seen_.emplace(category, value, std::string(rule_id)).second) {
      return true;
    }
    Finding finding;
    finding.category = category;
    finding.value = std::move(value);
    finding.display = std::move(validated->display);
    finding.confidence = std::min(confidence, 0.99);
    finding.rule_id = std::string(rule_id);
    finding.url = document_.url;
    finding.source = source;
    finding.snippet =
        snippet.empty() ? StrCat(label, ": ", Shorten(text)) : Shorten(snippet);
    finding.matched = std::string(text);
    out_->push_back(std::move(finding));
    return true;
  }

  // An address when `raw` validates as one, else a coarse location.
  bool EmitPlace(std::string_view raw, double confidence, Source source,
                 std::string_view rule_id, std::string_view label) {
    return Emit(Category::kAddress, "address", raw, confidence, source, rule_id,
                label) ||
           Emit(Category::kLocation, "location", raw, confidence, source,
                rule_id, label);
  }

  const Document& document() const { return document_; }
  const ExtractOptions& options() const { return options_; }

 private:
  const Document& document_;
  const ExtractOptions& options_;
  std::vector<Finding>* out_;
  const std::string own_key_;
  const std::string own_host_;
  std::set<std::tuple<Category, std::string, std::string>> seen_;
  std::map<std::string, std::string> accounts_;
};

// ---------------------------------------------------------------------------
// JSON text: finding and parsing bounded JSON values in script text.

// Length of the balanced JSON object or array starting at text[begin]
// ('{' or '['), or 0 when it is unbalanced, mismatched or nested deeper
// than kMaxJsonDepth (then *too_deep is set). Brackets inside JSON strings
// do not count. Reads at most *budget bytes, which it decrements.
std::size_t BalancedLength(std::string_view text, std::size_t begin,
                           std::size_t* budget, bool* too_deep) {
  std::vector<char> closers;
  bool in_string = false;
  for (std::size_t i = begin; i < text.size(); ++i) {
    if (*budget == 0) return 0;
    --*budget;
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        break;
      case '{':
      case '[':
        if (static_cast<int>(closers.size()) >= kMaxJsonDepth) {
          *too_deep = true;
          return 0;
        }
        closers.push_back(c == '{' ? '}' : ']');
        break;
      case '}':
      case ']':
        if (closers.empty() || closers.back() != c) return 0;
        closers.pop_back();
        if (closers.empty()) return i + 1 - begin;
        break;
      default:
        break;
    }
  }
  return 0;
}

std::optional<Json> ParseJson(std::string_view text) {
  try {
    Json value = Json::parse(text.begin(), text.end(), nullptr,
                             /*allow_exceptions=*/false);
    if (value.is_discarded()) return std::nullopt;
    return value;
  } catch (const std::exception&) {
    return std::nullopt;  // defensive: parse errors do not throw here
  }
}

// True when the bracket at text[begin] can open a JSON literal in script
// code: at the start, or after '=', '(', ':', ',', '[' ("x = {", "f({",
// "a: [") - not a block ("if (x) {") or an index ("a[0]").
bool OpensLiteral(std::string_view text, std::size_t begin) {
  constexpr int kMaxSpaces = 64;
  for (int spaces = 0;
       begin > 0 && spaces < kMaxSpaces &&
       absl::ascii_isspace(static_cast<unsigned char>(text[begin - 1]));
       ++spaces) {
    --begin;
  }
  if (begin == 0) return true;
  char before = text[begin - 1];
  return before == '=' || before == '(' || before == ':' || before == ',' ||
         before == '[';
}

// Parses the JSON values in `text`: each balanced object or array that
// parses, skipping what the previous ones covered. In script code
// (`in_code`) only brackets that can open a literal are tried. Candidates
// that fail to parse ("{a: 1}") are passed over one bracket at a time.
std::vector<Json> ParseJsonValues(std::string_view text, bool in_code,
                                  StructuredStats* stats) {
  std::vector<Json> values;
  std::size_t budget = kMaxJsonScanBytes;
  int candidates = 0;
  std::size_t position = 0;
  while (position < text.size()) {
    std::size_t begin = text.find_first_of("{[", position);
    if (begin == std::string_view::npos) break;
    if (in_code && !OpensLiteral(text, begin)) {
      position = begin + 1;
      continue;
    }
    if (++candidates > kMaxJsonCandidatesPerScript || budget == 0) {
      ++stats->limits_hit;
      break;
    }
    bool too_deep = false;
    std::size_t length = BalancedLength(text, begin, &budget, &too_deep);
    if (too_deep) ++stats->limits_hit;
    std::string_view candidate =
        length == 0 ? std::string_view() : text.substr(begin, length);
    if (candidate.size() > kMaxJsonBytes) {
      ++stats->limits_hit;
      candidate = std::string_view();
    }
    // JSON worth reading has quoted keys.
    if (candidate.find('"') != std::string_view::npos) {
      std::optional<Json> value = ParseJson(candidate);
      if (value) {
        values.push_back(*std::move(value));
        position = begin + length;
        continue;
      }
    }
    position = begin + 1;
  }
  return values;
}

// ---------------------------------------------------------------------------
// JSON helpers.

const Json* Member(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

// Calls `visit` with `value`, or with each element when it is an array.
template <typename Visit>
void ForEach(const Json* value, Visit&& visit) {
  if (value == nullptr) return;
  if (value->is_array()) {
    int count = 0;
    for (const Json& item : *value) {
      if (++count > kMaxFieldValues) break;
      visit(item);
    }
  } else {
    visit(*value);
  }
}

std::optional<std::string> StringOf(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return value.dump();
  return std::nullopt;
}

std::string StringMember(const Json& object, const char* key) {
  const Json* member = Member(object, key);
  if (member == nullptr) return "";
  if (member->is_array() && !member->empty()) member = &(*member)[0];
  std::optional<std::string> text = StringOf(*member);
  if (text) return *text;
  // {"@type": "Country", "name": "France"}
  const Json* name = Member(*member, "name");
  if (name != nullptr && name->is_string()) return name->get<std::string>();
  return "";
}

// The name of an entity given as a string or an object with "name".
std::optional<std::string> NameOf(const Json& entity) {
  if (entity.is_string()) return entity.get<std::string>();
  for (const char* key : {"name", "legalName", "alternateName"}) {
    const Json* name = Member(entity, key);
    if (name != nullptr && name->is_string()) return name->get<std::string>();
  }
  return std::nullopt;
}

bool HasType(const Json& entity,
             std::initializer_list<std::string_view> types) {
  const Json* type = Member(entity, "@type");
  bool found = false;
  ForEach(type, [&](const Json& item) {
    if (!item.is_string()) return;
    std::string_view name = LastSegment(item.get_ref<const std::string&>());
    for (std::string_view wanted : types) {
      if (name == wanted) found = true;
    }
  });
  return found;
}

bool IsPerson(const Json& entity) { return HasType(entity, {"Person"}); }

bool IsEducational(const Json& entity) {
  return HasType(
      entity, {"EducationalOrganization", "CollegeOrUniversity", "HighSchool",
               "MiddleSchool", "ElementarySchool", "School", "Preschool"});
}

// A school by its name, whatever its @type says.
bool LooksLikeSchool(std::string_view name) {
  static const RE2* const kSchool = new RE2(
      R"((?i)\b(?:university|college|school|academy|institute|polytechnic|)"
      R"(universidad|universit\S+|colegio|escuela|lyc\S+e|gymnasium)\b)");
  return RE2::PartialMatch(Piece(name), *kSchool);
}

// ---------------------------------------------------------------------------
// JSON-LD.

class JsonLdReader {
 public:
  explicit JsonLdReader(Emitter* emitter) : emitter_(emitter) {}

  // Collects the Persons the page is about from one JSON-LD document.
  void Collect(const Json& root) {
    std::vector<const Json*> items;
    AddItems(root, &items);
    for (const Json* item : items) {
      const Json* id = Member(*item, "@id");
      if (id != nullptr && id->is_string()) ids_[id->get<std::string>()] = item;
    }
    for (const Json* item : items) {
      if (IsPerson(*item)) {
        AddPerson(item);
        continue;
      }
      // A person typed as their trade ("RealEstateAgent", a LocalBusiness)
      // but given a Person's employer: the employer is theirs.
      if (Member(*item, "worksFor") != nullptr) workers_.push_back(item);
      // A profile page's subject, an article's author.
      for (const char* key : {"mainEntity", "about", "author", "creator"}) {
        ForEach(Member(*item, key), [&](const Json& entity) {
          const Json* target = &entity;
          const Json* id = Member(entity, "@id");
          if (!IsPerson(entity) && id != nullptr && id->is_string()) {
            auto it = ids_.find(id->get<std::string>());
            if (it != ids_.end()) target = it->second;
          }
          if (IsPerson(*target)) AddPerson(target);
        });
      }
      // A club's or a team's member list: only the member who is the page's
      // owner, by name ("Meet the musicians: Rania Haddadin").
      const std::string& owner = emitter_->document().owner_name;
      if (owner.empty()) continue;
      // The page's own one-person business ("Bakkerud Bunadsøm", founded by
      // Solveig Bakkerud): its founder is the person, and its workshop's
      // address and map point are where they work, often where they live.
      std::optional<std::string> item_name = NameOf(*item);
      const Json* founder = Member(*item, "founder");
      // The parser may have taken the founder for the owner already
      // (FounderOfOwnBusiness).
      std::optional<std::string> founder_name;
      if (founder != nullptr && founder->is_object() && IsPerson(*founder)) {
        founder_name = NameOf(*founder);
      }
      if (founder_name && ((item_name && SameName(*item_name, owner)) ||
                           SameName(*founder_name, owner))) {
        AddPerson(founder);
        businesses_.push_back(item);
      }
      // A tour's or a product's guide, host or maker ("brand" of a
      // carriage tour, "provider" of lessons) is read the same way.
      for (const char* key :
           {"member", "members", "employee", "employees", "athlete",
            "performer", "founder", "brand", "provider", "seller", "organizer",
            "instructor", "host"}) {
        ForEach(Member(*item, key), [&](const Json& listed) {
          // schema.org's Role repeats the property inside it: {"member":
          // {"@type": "OrganizationRole", "roleName": "Shantyman",
          // "member": {"@type": "Person", …}}}.
          const Json* entity = &listed;
          const Json* role_holder = Member(listed, key);
          if (!IsPerson(listed) && role_holder != nullptr &&
              role_holder->is_object()) {
            entity = role_holder;
          }
          std::optional<std::string> name = NameOf(*entity);
          if (IsPerson(*entity) && name &&
              (SameName(*name, owner) || SameFirstName(*name, owner))) {
            AddPerson(entity);
          }
        });
      }
    }
  }

  // Reports the collected Persons' details. When several qualify and one
  // carries the owner's name, only that one is the person; when none does,
  // each is reported with less confidence.
  void Report() {
    std::vector<const Json*> chosen;
    if (persons_.size() > 1) {
      for (const Json* person : persons_) {
        std::optional<std::string> name = NameOf(*person);
        if (name && SameName(*name, emitter_->document().owner_name)) {
          chosen.push_back(person);
        }
      }
    }
    double factor = 1.0;
    if (chosen.empty()) {
      chosen = persons_;
      // Several differently named Persons: which one is the page's?
      std::set<std::string> names;
      for (const Json* person : persons_) {
        if (auto name = NameOf(*person)) {
          names.insert(AsciiLower(StripWhitespace(*name)));
        }
      }
      if (names.size() > 1) factor = kAmbiguous;
    }
    for (const Json* person : chosen) ReadPerson(*person, factor);
    for (const Json* business : businesses_) {
      ForEach(Member(*business, "address"), [&](const Json& item) {
        ReadAddress(item, "address", kExplicit);
      });
      ReadGeo(Member(*business, "geo"), "geo", kExplicit);
    }
    const std::string& owner = emitter_->document().owner_name;
    for (const Json* worker : workers_) {
      std::optional<std::string> name = NameOf(*worker);
      if (!owner.empty() && !(name && SameName(*name, owner))) continue;
      ForEach(Member(*worker, "worksFor"), [&](const Json& item) {
        if (auto employer = NameOf(item)) {
          Emit(Category::kWorkplace, "name", OrganisationName(*employer),
               kExplicit, "worksFor");
        }
      });
    }
  }

 private:
  // Top-level items: the root, array elements, @graph members.
  void AddItems(const Json& node, std::vector<const Json*>* items) {
    if (node.is_array()) {
      int count = 0;
      for (const Json& item : node) {
        if (++count > kMaxFieldValues) break;
        if (item.is_object()) AddObject(item, items);
      }
    } else if (node.is_object()) {
      AddObject(node, items);
    }
  }

  void AddObject(const Json& object, std::vector<const Json*>* items) {
    items->push_back(&object);
    const Json* graph = Member(object, "@graph");
    ForEach(graph, [&](const Json& item) {
      if (item.is_object()) items->push_back(&item);
    });
  }

  void AddPerson(const Json* person) {
    for (const Json* known : persons_) {
      if (known == person) return;
    }
    persons_.push_back(person);
  }

  bool Emit(Category category, std::string_view validator, std::string_view raw,
            double confidence, std::string_view field) {
    return emitter_->Emit(category, validator, raw, confidence,
                          Source::kStructured, StrCat("jsonld.", field), field);
  }

  void ReadPerson(const Json& person, double factor) {
    const double sure = kExplicit * factor;
    ForEach(Member(person, "telephone"), [&](const Json& item) {
      if (auto text = StringOf(item)) {
        Emit(Category::kPhone, "phone", StripScheme(*text, "tel:"), sure,
             "telephone");
      }
    });
    ForEach(Member(person, "email"), [&](const Json& item) {
      if (auto text = StringOf(item)) {
        Emit(Category::kEmail, "email",
             PercentDecode(StripScheme(*text, "mailto:"), false), sure,
             "email");
      }
    });
    ForEach(Member(person, "birthDate"), [&](const Json& item) {
      if (auto text = StringOf(item)) {
        Emit(Category::kBirthdate, "birthdate", DateText(*text), sure,
             "birthDate");
      }
    });
    ForEach(Member(person, "gender"), [&](const Json& item) {
      std::optional<std::string> text = StringOf(item);
      if (!text) text = NameOf(item);
      if (!text) {
        const Json* id = Member(item, "@id");
        if (id != nullptr && id->is_string()) text = id->get<std::string>();
      }
      if (text) {
        Emit(Category::kSex, "sex", LastSegment(*text), sure, "gender");
      }
    });
    ForEach(Member(person, "address"),
            [&](const Json& item) { ReadAddress(item, "address", sure); });
    ForEach(Member(person, "homeLocation"),
            [&](const Json& item) { ReadPlace(item, "homeLocation", sure); });
    ForEach(Member(person, "workLocation"), [&](const Json& item) {
      ReadPlace(item, "workLocation", kWeak * factor);
    });
    ReadGeo(Member(person, "geo"), "geo", sure);
    ForEach(Member(person, "worksFor"), [&](const Json& item) {
      if (auto name = NameOf(item)) {
        Emit(Category::kWorkplace, "name", OrganisationName(*name), sure,
             "worksFor");
      }
    });
    // alumniOf: schools, unless typed as some other organisation (a former
    // employer); affiliation: only when typed as a school.
    ForEach(Member(person, "alumniOf"), [&](const Json& item) {
      std::optional<std::string> name = NameOf(item);
      if (name && item.is_object() && Member(item, "@type") != nullptr &&
          !IsEducational(item) && !LooksLikeSchool(*name)) {
        return;
      }
      if (name) {
        Emit(Category::kSchool, "name", *name, sure, "alumniOf");
      }
    });
    ForEach(Member(person, "affiliation"), [&](const Json& item) {
      if (!IsEducational(item)) return;
      if (auto name = NameOf(item)) {
        Emit(Category::kSchool, "name", *name, sure, "affiliation");
      }
    });
    for (const char* field : {"sameAs", "url"}) {
      ForEach(Member(person, field), [&](const Json& item) {
        if (item.is_string()) {
          Emit(Category::kLinkedAccount, "url", item.get<std::string>(),
               kDerived * factor, field);
        }
      });
    }
    for (const char* field : {"spouse", "children", "parent", "parents",
                              "sibling", "siblings", "relatedTo"}) {
      ForEach(Member(person, field), [&](const Json& item) {
        if (auto name = NameOf(item)) {
          Emit(Category::kFamily, "name", *name, kDerived * factor, field);
        }
      });
    }
  }

  // PostalAddress: the street address when there is one, and the locality
  // (or postal code) as a coarse location.
  void ReadAddress(const Json& address, std::string_view field,
                   double confidence) {
    if (auto text = StringOf(address)) {
      emitter_->EmitPlace(*text, confidence, Source::kStructured,
                          StrCat("jsonld.", field), field);
      return;
    }
    if (!address.is_object()) return;
    std::string street = StringMember(address, "streetAddress");
    std::string locality = StringMember(address, "addressLocality");
    std::string region = StringMember(address, "addressRegion");
    std::string postal = StringMember(address, "postalCode");
    std::string country = StringMember(address, "addressCountry");
    if (!street.empty()) {
      Emit(Category::kAddress, "address",
           ComposeAddress(street, locality, region, postal), confidence, field);
    }
    std::string location = ComposeLocation(locality, region, country);
    if (location.empty()) location = postal;
    Emit(Category::kLocation, "location", location, confidence * 0.95, field);
  }

  // Place: its address, name and coordinates; or a place written as text.
  void ReadPlace(const Json& place, std::string_view field, double confidence) {
    if (auto text = StringOf(place)) {
      emitter_->EmitPlace(*text, confidence, Source::kStructured,
                          StrCat("jsonld.", field), field);
      return;
    }
    ForEach(Member(place, "address"),
            [&](const Json& item) { ReadAddress(item, field, confidence); });
    if (const Json* name = Member(place, "name");
        name != nullptr && name->is_string()) {
      emitter_->EmitPlace(name->get<std::string>(), confidence,
                          Source::kStructured, StrCat("jsonld.", field), field);
    }
    ReadGeo(Member(place, "geo"), field, confidence);
  }

  // GeoCoordinates {latitude, longitude}, or "lat,lon" text.
  void ReadGeo(const Json* geo, std::string_view field, double confidence) {
    ForEach(geo, [&](const Json& item) {
      std::string pair;
      if (auto text = StringOf(item)) {
        pair = *text;
      } else {
        const Json* latitude = Member(item, "latitude");
        const Json* longitude = Member(item, "longitude");
        if (latitude == nullptr || longitude == nullptr) return;
        auto lat = StringOf(*latitude);
        auto lon = StringOf(*longitude);
        if (!lat || !lon) return;
        pair = StrCat(*lat, ",", *lon);
      }
      Emit(Category::kGeotag, "geotag", pair, confidence, field);
    });
  }

  Emitter* emitter_;
  std::map<std::string, const Json*> ids_;
  std::vector<const Json*> persons_;
  // Items of another type that name an employer (worksFor).
  std::vector<const Json*> workers_;
  // One-person businesses the page is about (see Collect).
  std::vector<const Json*> businesses_;
};

// ---------------------------------------------------------------------------
// Embedded JSON state.

// Keys a performer's or member's object names them by ("stageName",
// "profileName") besides "name".
bool IsPersonNameKey(const std::string& word) {
  return word == "stagename" || word == "artistname" || word == "profilename" ||
         word == "publicname" || word == "realname";
}

// Keys that make an object an account ("user") object.
bool IsAccountKey(const std::string& word) {
  return word == "username" || word == "fullname" || word == "screenname" ||
         word == "displayname" || word == "handle" || word == "login" ||
         IsPersonNameKey(word);
}

struct StateField {
  const char* key;  // KeyWord() form
  Category category;
  const char* validator;
};
constexpr StateField kStateFields[] = {
    {"email", Category::kEmail, "email"},
    {"publicemail", Category::kEmail, "email"},
    {"contactemail", Category::kEmail, "email"},
    {"phone", Category::kPhone, "phone"},
    {"phonenumber", Category::kPhone, "phone"},
    {"publicphonenumber", Category::kPhone, "phone"},
    {"contactphonenumber", Category::kPhone, "phone"},
    {"birthday", Category::kBirthdate, "birthdate"},
    {"birthdate", Category::kBirthdate, "birthdate"},
    {"dob", Category::kBirthdate, "birthdate"},
    {"dateofbirth", Category::kBirthdate, "birthdate"},
    {"birthyear", Category::kBirthdate, "birthdate"},
    {"yearofbirth", Category::kBirthdate, "birthdate"},
    {"gender", Category::kSex, "sex"},
    {"sex", Category::kSex, "sex"},
    {"city", Category::kLocation, "location"},
    {"cityname", Category::kLocation, "location"},
    {"location", Category::kLocation, "location"},
    {"age", Category::kAge, "age"},
    {"employer", Category::kWorkplace, "name"},
    {"employername", Category::kWorkplace, "name"},
    {"worksfor", Category::kWorkplace, "name"},
    {"workplace", Category::kWorkplace, "name"},
    {"school", Category::kSchool, "name"},
    {"schoolname", Category::kSchool, "name"},
};

const StateField* FindStateField(const std::string& word) {
  for (const StateField& field : kStateFields) {
    if (word == field.key) return &field;
  }
  return nullptr;
}

class StateReader {
 public:
  StateReader(Emitter* emitter, StructuredStats* stats)
      : emitter_(emitter), stats_(stats) {}

  void Collect(const Json& root) {
    int budget = kMaxJsonNodes;
    bool limited = false;
    Walk(root, 0, &budget, &limited);
    if (limited) ++stats_->limits_hit;
  }

  // Reports the owner's account objects: those naming the owner (their
  // name, or a username the page URL or title carries); a single account
  // object is taken as the owner's with less confidence; several that do
  // not name the owner are nobody's for sure, and skipped.
  void Report() {
    std::vector<const Json*> owners;
    for (const Json* account : accounts_) {
      if (IsOwner(*account) || owner_keyed_.contains(account)) {
        owners.push_back(account);
      }
    }
    double confidence = kUnscoped;
    if (owners.empty() && accounts_.size() == 1) {
      owners = accounts_;
      confidence = kWeak;
    }
    for (const Json* account : owners) Read(*account, confidence);
  }

 private:
  // `owner_keyed`: `node` stands under an "owner" key ({"seller":
  // {"owner": {"name": "Melissa Anak Jimbai", "dob": …}}}), so the state
  // itself calls it the page's owner.
  void Walk(const Json& node, int depth, int* budget, bool* limited,
            bool owner_keyed = false) {
    if (depth > kMaxStateWalkDepth || --*budget < 0) {
      *limited = true;
      return;
    }
    if (node.is_object()) {
      bool account = false, field = false, named = false;
      for (auto it = node.begin(); it != node.end(); ++it) {
        std::string word = KeyWord(it.key());
        account |= IsAccountKey(word) && it.value().is_string();
        // A "person" object carries a plain "name": it is an account when
        // that name is the owner's, or when the state calls it the owner.
        named |= word == "name" && it.value().is_string();
        account |= word == "name" && it.value().is_string() &&
                   SameName(it.value().get_ref<const std::string&>(),
                            emitter_->document().owner_name);
        field |= FindStateField(word) != nullptr;
      }
      account |= SplitNameIsOwners(node) || NicknamedNameIsOwners(node);
      if (owner_keyed && named) {
        owner_keyed_.insert(&node);
        account = true;
      }
      if (account && field) accounts_.push_back(&node);
      for (auto it = node.begin(); it != node.end(); ++it) {
        if (it.value().is_structured()) {
          Walk(it.value(), depth + 1, budget, limited,
               it.value().is_object() && KeyWord(it.key()) == "owner");
        }
        if (*limited) return;
      }
    } else if (node.is_array()) {
      for (const Json& item : node) {
        if (item.is_structured()) Walk(item, depth + 1, budget, limited);
        if (*limited) return;
      }
    }
  }

  // The string values under two kinds of key in `node` (compared by
  // KeyWord, the last of each kind winning); "" for a kind it lacks.
  static std::pair<std::string, std::string> TwoFields(
      const Json& node, std::initializer_list<std::string_view> first_keys,
      std::initializer_list<std::string_view> second_keys) {
    std::pair<std::string, std::string> fields;
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (!it.value().is_string()) continue;
      std::string word = KeyWord(it.key());
      auto is = [&word](std::initializer_list<std::string_view> keys) {
        return std::find(keys.begin(), keys.end(), word) != keys.end();
      };
      if (is(first_keys)) {
        fields.first = it.value().get<std::string>();
      } else if (is(second_keys)) {
        fields.second = it.value().get<std::string>();
      }
    }
    return fields;
  }

  // {"firstName": "Maryam", "lastName": "Al-Balushi"}: the owner's name
  // in two fields.
  bool SplitNameIsOwners(const Json& node) const {
    auto [first, last] = TwoFields(node, {"firstname", "givenname"},
                                   {"lastname", "familyname", "surname"});
    return !first.empty() && !last.empty() &&
           SameName(StrCat(first, " ", last), emitter_->document().owner_name);
  }

  // {"name": "Reginald Thibodeaux", "nickname": "Reggie"} on a page that
  // calls its owner Reggie Thibodeaux.
  bool NicknamedNameIsOwners(const Json& node) const {
    auto [name, nickname] =
        TwoFields(node, {"name", "fullname"}, {"nickname", "alternatename"});
    std::string_view full = StripWhitespace(name);
    std::size_t last_space = full.rfind(' ');
    if (nickname.empty() || last_space == std::string_view::npos) return false;
    return SameName(
        StrCat(StripWhitespace(nickname), " ", full.substr(last_space + 1)),
        emitter_->document().owner_name);
  }

  bool IsOwner(const Json& account) const {
    if (SplitNameIsOwners(account) || NicknamedNameIsOwners(account)) {
      return true;
    }
    const Document& document = emitter_->document();
    std::string url = AsciiLower(document.url);
    std::string title = AsciiLower(document.title);
    for (auto it = account.begin(); it != account.end(); ++it) {
      if (!it.value().is_string()) continue;
      std::string word = KeyWord(it.key());
      const std::string& text = it.value().get_ref<const std::string&>();
      if ((word == "name" || word == "fullname" || word == "displayname" ||
           IsPersonNameKey(word)) &&
          SameName(text, document.owner_name)) {
        return true;
      }
      if (word == "username" || word == "screenname" || word == "login" ||
          word == "handle") {
        std::string handle = AsciiLower(text);
        if (!handle.empty() && handle.front() == '@') handle.erase(0, 1);
        if (handle.size() < 3) continue;
        if (Contains(url, StrCat("/", handle)) ||
            Contains(url, StrCat("/@", handle)) ||
            Contains(title, StrCat("@", handle))) {
          return true;
        }
      }
    }
    return false;
  }

  // "location": {"lat": 32.43, "lng": -80.63}, "homePin": {…}: the pin of
  // the account's own place (not of a venue it names: "homeCourt" is no pin
  // of theirs).
  void ReadPin(std::string_view key, const Json& value, double confidence) {
    std::string word = KeyWord(key);
    if (StartsWith(word, "home") && word.size() > 4) word.erase(0, 4);
    if (!value.is_object() ||
        (word != "location" && word != "home" && word != "geo" &&
         word != "coordinates" && word != "position" && word != "pin")) {
      return;
    }
    const Json* latitude = Member(value, "lat");
    if (latitude == nullptr) latitude = Member(value, "latitude");
    const Json* longitude = Member(value, "lng");
    if (longitude == nullptr) longitude = Member(value, "lon");
    if (longitude == nullptr) longitude = Member(value, "longitude");
    if (latitude == nullptr || longitude == nullptr || !latitude->is_number() ||
        !longitude->is_number()) {
      return;
    }
    emitter_->Emit(Category::kGeotag, "geotag",
                   StrCat(*StringOf(*latitude), ",", *StringOf(*longitude)),
                   confidence, Source::kStructured, StrCat("state.", key), key);
  }

  void Read(const Json& account, double confidence) {
    for (auto it = account.begin(); it != account.end(); ++it) {
      ReadPin(it.key(), it.value(), confidence);
      const StateField* field = FindStateField(KeyWord(it.key()));
      if (field == nullptr) continue;
      std::optional<std::string> text = StringOf(it.value());
      if (!text) text = NameOf(it.value());  // "location": {"name": ...}
      // A number is a phone, an age ("age": 45) or a birth year
      // ("birthYear": 1960); elsewhere it is an id.
      const bool number_is_value = field->category == Category::kPhone ||
                                   field->category == Category::kAge ||
                                   KeyWord(it.key()) == "birthyear" ||
                                   KeyWord(it.key()) == "yearofbirth";
      if (!text || (it.value().is_number() && !number_is_value)) {
        continue;
      }
      std::string value = *text;
      if (field->category == Category::kEmail) {
        value = std::string(StripScheme(value, "mailto:"));
      } else if (field->category == Category::kPhone) {
        value = std::string(StripScheme(value, "tel:"));
      } else if (field->category == Category::kBirthdate) {
        value = DateText(value);
      }
      emitter_->Emit(field->category, field->validator, value, confidence,
                     Source::kStructured, StrCat("state.", it.key()), it.key());
    }
  }

  Emitter* emitter_;
  StructuredStats* stats_;
  std::vector<const Json*> accounts_;
  // Objects under an "owner" key.
  std::set<const Json*> owner_keyed_;
};

// ---------------------------------------------------------------------------
// Microformats2 h-cards, microdata and <meta> tags.

// The first value of each named property, for properties read in parts
// (street + locality + region, latitude + longitude).
class Parts {
 public:
  void Add(const Property& property) {
    values_.emplace(property.name, property.value);
  }
  std::string Get(std::string_view name) const {
    auto it = values_.find(std::string(name));
    return it == values_.end() ? "" : it->second;
  }
  bool Has(std::string_view name) const {
    return values_.count(std::string(name)) > 0;
  }

 private:
  std::map<std::string, std::string> values_;
};

// Card kinds whose properties are the person's own: the root card and
// nested address or coordinate cards.
bool IsPersonsCard(std::string_view kind) {
  return kind.empty() || kind == "p-adr" || kind == "p-geo";
}

class PropertyReader {
 public:
  explicit PropertyReader(Emitter* emitter) : emitter_(emitter) {}

  void Read(const std::vector<Property>& properties) {
    for (const Property& property : properties) {
      if (StartsWith(property.name, "meta:")) {
        meta_.Add(property);
        continue;
      }
      if (property.zone != Zone::kOwner &&
          !emitter_->options().include_others) {
        continue;
      }
      if (StartsWith(property.name, "itemprop:")) {
        ReadItemprop(property);
      } else if (property.in_hcard) {
        ReadHcard(property);
      }
    }
    FinishHcard();
    FinishMicrodata();
    FinishMeta();
  }

 private:
  bool Hcard(Category category, std::string_view validator,
             std::string_view raw, double confidence, std::string_view name) {
    return emitter_->Emit(category, validator, raw, confidence,
                          Source::kStructured, StrCat("hcard.", name), name);
  }

  void ReadHcard(const Property& property) {
    const std::string& name = property.name;
    const std::string& value = property.value;
    if (!IsPersonsCard(property.hcard_kind)) {
      // A nested organisation card names the workplace; nothing else in
      // it (its phone, its address) is the person's.
      // Its p-name when it has one, else the card's text.
      if (property.hcard_kind == "p-org" && name == "p-org") {
        FlushOrganisation();
        organisation_text_ = value;
      } else if (property.hcard_kind == "p-org" && name == "p-name") {
        organisation_named_ = true;
        Hcard(Category::kWorkplace, "name", OrganisationName(value), kExplicit,
              "p-org");
      }
      return;
    }
    if (name == "p-tel" || name == "u-tel") {
      Hcard(Category::kPhone, "phone", StripScheme(value, "tel:"), kExplicit,
            name);
    } else if (name == "u-email" || name == "p-email") {
      Hcard(Category::kEmail, "email",
            PercentDecode(StripScheme(value, "mailto:"), false), kExplicit,
            name);
    } else if (name == "dt-bday" || name == "p-bday") {
      Hcard(Category::kBirthdate, "birthdate", DateText(value), kExplicit,
            name);
    } else if (name == "p-sex" || name == "p-gender-identity") {
      Hcard(Category::kSex, "sex", value, kExplicit, name);
    } else if (name == "p-pronouns" || name == "p-pronoun") {
      Hcard(Category::kSex, "sex", value, kWeak, name);
    } else if (name == "p-org") {
      Hcard(Category::kWorkplace, "name", OrganisationName(value), kExplicit,
            name);
    } else if (name == "p-adr" || name == "p-label") {
      if (adr_text_.empty()) adr_text_ = value;
    } else if (name == "p-street-address" || name == "p-locality" ||
               name == "p-region" || name == "p-postal-code" ||
               name == "p-country-name" || name == "p-latitude" ||
               name == "p-longitude") {
      hcard_.Add(property);
    } else if (name == "p-geo" || name == "u-geo") {
      std::string_view pair = StripScheme(value, "geo:");
      Hcard(Category::kGeotag, "geotag", pair.substr(0, pair.find(';')),
            kExplicit, name);
    }
  }

  void FlushOrganisation() {
    if (!organisation_named_ && !organisation_text_.empty()) {
      Hcard(Category::kWorkplace, "name", OrganisationName(organisation_text_),
            kExplicit, "p-org");
    }
    organisation_text_.clear();
    organisation_named_ = false;
  }

  // Address parts, combined; the card's address text when there are none.
  void FinishHcard() {
    FlushOrganisation();
    EmitAddressParts(hcard_.Get("p-street-address"), hcard_.Get("p-locality"),
                     hcard_.Get("p-region"), hcard_.Get("p-postal-code"),
                     hcard_.Get("p-country-name"), adr_text_, kExplicit,
                     Source::kStructured, "hcard.p-adr", "p-adr");
    if (hcard_.Has("p-latitude") && hcard_.Has("p-longitude")) {
      Hcard(Category::kGeotag, "geotag",
            StrCat(hcard_.Get("p-latitude"), ",", hcard_.Get("p-longitude")),
            kExplicit, "p-geo");
    }
  }

  void EmitAddressParts(const std::string& street, const std::string& locality,
                        const std::string& region, const std::string& postal,
                        const std::string& country,
                        const std::string& address_text, double confidence,
                        Source source, std::string_view rule_id,
                        std::string_view label) {
    bool have_address = false;
    if (!street.empty()) {
      have_address =
          emitter_->Emit(Category::kAddress, "address",
                         ComposeAddress(street, locality, region, postal),
                         confidence, source, rule_id, label);
    }
    if (!address_text.empty()) {
      if (!have_address) {
        emitter_->EmitPlace(address_text, confidence, source, rule_id, label);
      }
    }
    std::string location = ComposeLocation(locality, region, country);
    if (location.empty()) location = postal;
    emitter_->Emit(Category::kLocation, "location", location, confidence * 0.95,
                   source, rule_id, label);
  }

  // schema.org microdata: the itemscope is not known, so less confident
  // than an h-card root or JSON-LD Person.
  void ReadItemprop(const Property& property) {
    std::string_view name = property.name;
    ConsumePrefix(&name, "itemprop:");
    const std::string& value = property.value;
    std::string rule_id = StrCat("microdata.", name);
    auto emit = [&](Category category, std::string_view validator,
                    std::string_view raw, double confidence) {
      emitter_->Emit(category, validator, raw, confidence, Source::kStructured,
                     rule_id, name);
    };
    if (name == "telephone") {
      emit(Category::kPhone, "phone", StripScheme(value, "tel:"), kUnscoped);
    } else if (name == "email") {
      emit(Category::kEmail, "email",
           PercentDecode(StripScheme(value, "mailto:"), false), kUnscoped);
    } else if (name == "birthdate") {
      emit(Category::kBirthdate, "birthdate", DateText(value), kUnscoped);
    } else if (name == "gender") {
      emit(Category::kSex, "sex", LastSegment(value), kUnscoped);
    } else if (name == "homelocation") {
      emitter_->EmitPlace(value, kUnscoped, Source::kStructured, rule_id, name);
    } else if (name == "worksfor") {
      emit(Category::kWorkplace, "name", OrganisationName(value), kUnscoped);
    } else if (name == "alumniof") {
      emit(Category::kSchool, "name", value, kUnscoped);
    } else if (name == "sameas") {
      emit(Category::kLinkedAccount, "url", value, kWeak);
    } else if (name == "address") {
      if (microdata_address_.empty()) microdata_address_ = value;
    } else if (name == "streetaddress" || name == "addresslocality" ||
               name == "addressregion" || name == "postalcode" ||
               name == "addresscountry") {
      microdata_.Add(property);
    }
  }

  void FinishMicrodata() {
    EmitAddressParts(microdata_.Get("itemprop:streetaddress"),
                     microdata_.Get("itemprop:addresslocality"),
                     microdata_.Get("itemprop:addressregion"),
                     microdata_.Get("itemprop:postalcode"),
                     microdata_.Get("itemprop:addresscountry"),
                     microdata_address_, kUnscoped, Source::kStructured,
                     "microdata.address", "address");
  }

  bool Meta(Category category, std::string_view validator, std::string_view raw,
            double confidence, std::string_view name) {
    return emitter_->Emit(category, validator, raw, confidence, Source::kMeta,
                          StrCat("meta.", name), name);
  }

  void FinishMeta() {
    if (meta_.Has("meta:profile:gender")) {
      Meta(Category::kSex, "sex", meta_.Get("meta:profile:gender"), kUnscoped,
           "profile:gender");
    }
    if (meta_.Has("meta:og:email")) {
      Meta(Category::kEmail, "email",
           StripScheme(meta_.Get("meta:og:email"), "mailto:"), kUnscoped,
           "og:email");
    }
    if (meta_.Has("meta:og:phone_number")) {
      Meta(Category::kPhone, "phone",
           StripScheme(meta_.Get("meta:og:phone_number"), "tel:"), kUnscoped,
           "og:phone_number");
    }
    std::string street = meta_.Get("meta:og:street-address");
    std::string locality = meta_.Get("meta:og:locality");
    std::string region = meta_.Get("meta:og:region");
    std::string postal = meta_.Get("meta:og:postal-code");
    if (!street.empty()) {
      Meta(Category::kAddress, "address",
           ComposeAddress(street, locality, region, postal), kUnscoped,
           "og:street-address");
    }
    Meta(Category::kLocation, "location",
         ComposeLocation(locality, region, meta_.Get("meta:og:country-name")),
         kUnscoped, "og:locality");
    for (const char* name : {"geo.position", "icbm"}) {
      std::string value = meta_.Get(StrCat("meta:", name));
      if (!value.empty()) {
        Meta(Category::kGeotag, "geotag", value, kUnscoped, name);
      }
    }
    for (const char* prefix : {"place:location:", "og:"}) {
      std::string latitude = meta_.Get(StrCat("meta:", prefix, "latitude"));
      std::string longitude = meta_.Get(StrCat("meta:", prefix, "longitude"));
      if (!latitude.empty() && !longitude.empty()) {
        Meta(Category::kGeotag, "geotag", StrCat(latitude, ",", longitude),
             kUnscoped, StrCat(prefix, "location"));
      }
    }
    if (meta_.Has("meta:geo.placename")) {
      Meta(Category::kLocation, "location", meta_.Get("meta:geo.placename"),
           kWeak, "geo.placename");
    }
  }

  Emitter* emitter_;
  Parts hcard_;
  std::string adr_text_;
  std::string organisation_text_;    // text of the latest nested p-org card
  bool organisation_named_ = false;  // ... which had a p-name of its own
  Parts microdata_;
  std::string microdata_address_;
  Parts meta_;
};

// ---------------------------------------------------------------------------
// Links.

// The value of query parameter `name` in `query` (no '?'), decoded; "" when
// absent.
std::string QueryParam(std::string_view query, std::string_view name) {
  for (std::string_view pair : SplitAny(query, "&;")) {
    std::size_t equals = pair.find('=');
    if (equals == std::string_view::npos) continue;
    if (pair.substr(0, equals) == name) {
      return PercentDecode(pair.substr(equals + 1), true);
    }
  }
  return "";
}

struct MapPoint {
  std::string pair;  // "lat,lon" as written
  double confidence = kUnscoped;
};

// "lat,lon" at the start of a parameter ("43.07,-89.40", "loc:43.07,-89.40",
// "43.07,-89.40(Home)").
std::optional<std::string> LeadingPair(std::string_view text) {
  static const RE2* const kPair = new RE2(
      R"(\s*(?:loc:)?\s*(-?\d{1,3}\.\d+)\s*(?:,|\s)\s*(-?\d{1,3}\.\d+).*)");
  std::string latitude, longitude;
  if (!RE2::FullMatch(Piece(text), *kPair, &latitude, &longitude)) {
    return std::nullopt;
  }
  return StrCat(latitude, ",", longitude);
}

// Coordinates a map URL points at: its marker when it has one, else its
// centre (less confident). A bounding box alone gives nothing: its corners
// are not places.
std::optional<MapPoint> MapCoordinates(std::string_view url) {
  std::string host = HostOf(url);
  if (host.empty()) return std::nullopt;
  std::string_view rest = url.substr(url.find("//") + 2);
  std::size_t slash = rest.find_first_of("/?#");
  rest = slash == std::string_view::npos ? "" : rest.substr(slash);
  std::size_t hash = rest.find('#');
  std::string_view fragment =
      hash == std::string_view::npos ? "" : rest.substr(hash + 1);
  rest = rest.substr(0, hash);
  std::size_t question = rest.find('?');
  std::string_view path = rest.substr(0, question);
  std::string_view query =
      question == std::string_view::npos ? "" : rest.substr(question + 1);
  std::string decoded_path = PercentDecode(path, false);

  auto from_params = [&](std::initializer_list<const char*> names)
      -> std::optional<std::string> {
    for (const char* name : names) {
      if (auto pair = LeadingPair(QueryParam(query, name))) return pair;
    }
    return std::nullopt;
  };
  std::string latitude, longitude;

  bool google = (StartsWith(host, "google.") || Contains(host, ".google.")) &&
                (StartsWith(path, "/maps") || StartsWith(host, "maps."));
  if (google) {
    // A place: "...!3d41.90!4d-87.68" in the path or data parameter.
    static const RE2* const kPlace =
        new RE2(R"(!3d(-?\d{1,3}\.\d+)!4d(-?\d{1,3}\.\d+))");
    std::string all = StrCat(decoded_path, "?", PercentDecode(query, false));
    if (RE2::PartialMatch(all, *kPlace, &latitude, &longitude)) {
      return MapPoint{StrCat(latitude, ",", longitude), kUnscoped};
    }
    if (auto pair = from_params(
            {"q", "query", "ll", "destination", "daddr", "center", "sll"})) {
      return MapPoint{*pair, kUnscoped};
    }
    // An embed: "pb=!1m18!1m12!1m3!1d2965!2d-87.68!3d41.90..." (lon first).
    static const RE2* const kEmbed =
        new RE2(R"(!2d(-?\d{1,3}\.\d+)!3d(-?\d{1,3}\.\d+))");
    if (RE2::PartialMatch(all, *kEmbed, &longitude, &latitude)) {
      return MapPoint{StrCat(latitude, ",", longitude), kUnscoped};
    }
    // The viewport centre: "/maps/@41.90,-87.68,15z".
    static const RE2* const kCentre =
        new RE2(R"(/@(-?\d{1,3}\.\d+),(-?\d{1,3}\.\d+))");
    if (RE2::PartialMatch(decoded_path, *kCentre, &latitude, &longitude)) {
      return MapPoint{StrCat(latitude, ",", longitude), kWeak};
    }
    return std::nullopt;
  }
  if (host == "openstreetmap.org" || EndsWith(host, ".openstreetmap.org") ||
      host == "osm.org") {
    std::string mlat = QueryParam(query, "mlat");
    std::string mlon = QueryParam(query, "mlon");
    if (!mlat.empty() && !mlon.empty()) {
      return MapPoint{StrCat(mlat, ",", mlon), kUnscoped};
    }
    if (auto pair = from_params({"marker"})) return MapPoint{*pair, kUnscoped};
    // "#map=15/43.0731/-89.4012": the centre.
    static const RE2* const kHashMap = new RE2(
        R"((?:^|&)map=\d+(?:\.\d+)?/(-?\d{1,3}\.\d+)/(-?\d{1,3}\.\d+))");
    if (RE2::PartialMatch(Piece(fragment), *kHashMap, &latitude, &longitude)) {
      return MapPoint{StrCat(latitude, ",", longitude), kWeak};
    }
    std::string lat = QueryParam(query, "lat");
    std::string lon = QueryParam(query, "lon");
    if (!lat.empty() && !lon.empty()) {
      return MapPoint{StrCat(lat, ",", lon), kWeak};
    }
    return std::nullopt;
  }
  if (host == "maps.apple.com" || host == "maps.apple") {
    if (auto pair = from_params({"q", "ll", "coordinate", "daddr"})) {
      return MapPoint{*pair, kUnscoped};
    }
    if (auto pair = from_params({"sll", "center"})) {
      return MapPoint{*pair, kWeak};
    }
    return std::nullopt;
  }
  if ((host == "bing.com" || EndsWith(host, ".bing.com")) &&
      StartsWith(path, "/maps")) {
    std::string cp = QueryParam(query, "cp");
    std::size_t tilde = cp.find('~');
    if (tilde != std::string::npos) {
      return MapPoint{StrCat(cp.substr(0, tilde), ",", cp.substr(tilde + 1)),
                      kUnscoped};
    }
    return std::nullopt;
  }
  if (host == "waze.com" || EndsWith(host, ".waze.com")) {
    if (auto pair = from_params({"ll", "q"})) return MapPoint{*pair, kUnscoped};
  }
  // Any other map service ("maps.example/embed?ll=…", "/map?lat=…&lng=…"):
  // a host or path that says "map" and coordinates in the usual parameters.
  if (Contains(host, "map") || Contains(AsciiLower(decoded_path), "map")) {
    if (auto pair = from_params({"ll", "q", "marker", "center", "coords"})) {
      return MapPoint{*pair, kWeak};
    }
    std::string lat = QueryParam(query, "lat");
    std::string lon = QueryParam(query, "lng");
    if (lon.empty()) lon = QueryParam(query, "lon");
    if (lon.empty()) lon = QueryParam(query, "long");
    if (auto pair = LeadingPair(StrCat(lat, ",", lon))) {
      return MapPoint{*pair, kWeak};
    }
  }
  return std::nullopt;
}

// What the words before a link say of the account it goes to: the
// person's own when they name a platform or a kind of account, or say "my"
// ("Instagram", "IG", "Nadia's photos:", "Fotos de mis rodadas en",
// "Gamertag:"), and name nobody else; someone else's when they do ("Tom's:",
// "my friend", "photos by"); else nothing.
enum class LeadSays { kNothing, kOwners, kSomeoneElses };

LeadSays ReadLinkLead(std::string_view lead, std::string_view owner_name) {
  static const std::vector<std::string_view> kAccountWords = {
      "instagram", "insta",   "ig",        "tiktok",     "youtube",  "yt",
      "twitter",   "x",       "facebook",  "fb",         "mastodon", "bluesky",
      "threads",   "github",  "gitlab",    "linkedin",   "strava",   "flickr",
      "twitch",    "tumblr",  "substack",  "snapchat",   "vinted",   "depop",
      "etsy",      "photos",  "fotos",     "pics",       "blog",     "channel",
      "canal",     "streams", "portfolio", "gamertag",   "psn",      "steam",
      "my",        "mi",      "mis",       "etiquétame", "sígueme",  "sigueme"};
  static const std::vector<std::string_view> kSomeoneElse = {
      "friend",  "friends",   "amigo",       "amiga",     "amigos",
      "husband", "wife",      "partner",     "boyfriend", "girlfriend",
      "son",     "daughter",  "brother",     "sister",    "mom",
      "mum",     "dad",       "esposo",      "esposa",    "marido",
      "hijo",    "hija",      "hermano",     "hermana",   "novio",
      "novia",   "by",        "via",         "credit",    "courtesy",
      "thanks",  "shoutout",  "gracias",     "with",      "con",
      "sponsor", "sponsored", "patrocinado", "team",      "club",
      "our"};
  std::string lower = AsciiLower(lead);
  bool introduces = false;
  std::size_t word_start = std::string::npos;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    unsigned char c = i < lower.size() ? lower[i] : ' ';
    bool in_word = std::isalnum(c) || c >= 0x80;
    if (in_word && word_start == std::string::npos) word_start = i;
    if (in_word || word_start == std::string::npos) continue;
    std::string_view word =
        std::string_view(lower).substr(word_start, i - word_start);
    word_start = std::string::npos;
    if (std::find(kSomeoneElse.begin(), kSomeoneElse.end(), word) !=
        kSomeoneElse.end()) {
      return LeadSays::kSomeoneElses;
    }
    // "Tom's:" names someone else; "Nadia's photos:" may name the owner.
    if (c == '\'' && i + 1 < lower.size() && lower[i + 1] == 's' &&
        !SpellsOwnerWord(word, owner_name, 3)) {
      return LeadSays::kSomeoneElses;
    }
    introduces |= std::find(kAccountWords.begin(), kAccountWords.end(), word) !=
                  kAccountWords.end();
  }
  // "912 555 014 · ines.cmatos@example.com · @ines.nas.ondas": a handle in
  // the person's own contact line, after their email address.
  static const RE2* const kEmail = new RE2(R"([\w.+\-]+@[\w\-]+\.[\w.\-]+)");
  if (introduces ||
      RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), *kEmail)) {
    return LeadSays::kOwners;
  }
  return LeadSays::kNothing;
}

bool LeadIntroducesOwnAccount(std::string_view lead,
                              std::string_view owner_name) {
  return ReadLinkLead(lead, owner_name) == LeadSays::kOwners;
}

// True when a link's path (without trailing slashes) is one person's page:
// one segment ("/claireda", "/@faridamk") or a profile prefix and a name
// ("/in/x", "/u/wadep", "/athletes/9921874").
bool IsProfileShapedPath(std::string_view path) {
  std::vector<std::string_view> segments = SplitAny(path, "/");
  if (segments.size() == 1) return true;
  static const std::vector<std::string_view> kProfilePrefixes = {
      "in",     "u",  "user",    "users", "profile",
      "people", "db", "channel", "c",     "athletes"};
  if (segments.size() != 2) return false;
  for (std::string_view prefix : kProfilePrefixes) {
    if (EqualsIgnoreCase(segments[0], prefix)) return true;
  }
  return false;
}

// "my blog, <a>Gulf Coast Graves</a>", "mi <a>perfil de Lecturas</a>",
// "<a>mi canal</a>", "<a>her professional profile</a>": a site the person
// calls theirs, in the link's words or the words just before it.
bool CalledOwnSite(const Link& link) {
  static const std::vector<std::string_view> kPossessives = {
      "my", "mi", "mis", "her", "his", "su", "meu", "minha", "mon", "ma"};
  static const std::vector<std::string_view> kSiteWords = {
      "blog", "website", "site", "web", "página", "pagina", "page", "podcast",
      "channel", "canal", "profile", "perfil", "vlog", "portfolio",
      "newsletter", "shop", "tienda", "substack",
      // "<a>my Instagram</a>": a platform the person calls theirs.
      "instagram", "insta", "facebook", "youtube", "tiktok", "twitter",
      "pinterest", "etsy", "twitch", "linkedin", "flickr", "strava"};
  auto words_of = [](std::string_view text) {
    std::vector<std::string> words;
    for (std::string_view word : SplitAny(text, " \t\n,.;:!?()—–-")) {
      words.push_back(AsciiLower(word));
    }
    return words;
  };
  std::vector<std::string> text = words_of(link.text);
  std::vector<std::string> lead = words_of(link.lead);
  auto is_site = [&](const std::string& word) {
    return IsOneOf(word, kSiteWords);
  };
  // In the link: a possessive, then a site word within three words.
  if (!text.empty() && IsOneOf(text[0], kPossessives)) {
    for (std::size_t i = 1; i < text.size() && i <= 3; ++i) {
      if (is_site(text[i])) return true;
    }
  }
  // Just before it: "… mi" and the link starts with a site word, or "… my
  // blog," and the link is its name.
  if (!lead.empty() && IsOneOf(lead.back(), kPossessives) && !text.empty() &&
      is_site(text[0])) {
    return true;
  }
  return lead.size() >= 2 && is_site(lead.back()) &&
         IsOneOf(lead[lead.size() - 2], kPossessives);
}

// True when `compact_text` (a link's lower-case text) is `site`, or `site`
// with a short case ending, as Slavic and Finnish write a platform's name
// ("na Facebooku", "Instagramu", "Facebookissa").
bool IsSiteNameInflected(std::string_view compact_text, std::string_view site) {
  if (compact_text == site) return true;
  if (site.size() < 5 || !StartsWith(compact_text, site) ||
      compact_text.size() > site.size() + 4) {
    return false;
  }
  std::string_view ending = compact_text.substr(site.size());
  return std::all_of(ending.begin(), ending.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether an outbound link is to one of the person's own profiles on a
// social or publishing platform: its text is the platform's name
// ("Instagram", "YouTube VODs"), or it sits in the person's list of links,
// or in their profile card with a host named for a platform
// ("instagram.example/wrenchwendy"). In a post, a link to someone's
// profile is usually a mention of someone else and does not count. The
// path must name someone (a handle, /user/…), not the platform's home
// page or a tracked campaign link.
bool IsPlatformProfileLink(const Link& link, std::string_view page_url,
                           std::string_view owner_name) {
  static const std::vector<std::string_view> kPlatforms = {
      "instagram",  "tiktok",    "youtube",  "twitter",  "x",
      "facebook",   "mastodon",  "bluesky",  "bsky",     "threads",
      "github",     "gitlab",    "linkedin", "strava",   "flickr",
      "twitch",     "pinterest", "tumblr",   "substack", "medium",
      "patreon",    "ko-fi",     "kofi",     "etsy",     "soundcloud",
      "spotify",    "bandcamp",  "vimeo",    "reddit",   "snapchat",
      "letterboxd", "goodreads", "behance",  "dribbble", "discord",
      "telegram",   "whatsapp",  "venmo",    "cash.app", "linktree",
      "linktr",     "lnk",       "beacons",  "carrd"};
  std::string host = HostOf(link.url);
  if (host.empty() || host == HostOf(page_url)) return false;
  std::string_view url = link.url;
  std::size_t path_at = url.find('/', url.find("//") + 2);
  std::string_view path =
      path_at == std::string_view::npos ? "" : url.substr(path_at);
  if (path.find('?') != std::string_view::npos) return false;  // ?ref=…
  std::string_view trimmed = path;
  while (!trimmed.empty() && trimmed.back() == '/') trimmed.remove_suffix(1);
  // Share buttons ("facebook.example/sharer", "wa.example/share",
  // "x.example/intent/tweet") post the page to the reader's own account:
  // they name nobody.
  std::string_view first_segment = trimmed.substr(trimmed.empty() ? 0 : 1);
  first_segment = first_segment.substr(0, first_segment.find('/'));
  for (std::string_view endpoint :
       {"share", "sharer", "sharer.php", "share.php", "sharing", "intent",
        "shareArticle", "submit"}) {
    if (EqualsIgnoreCase(first_segment, endpoint)) return false;
  }
  if (CalledOwnSite(link)) return true;
  std::string bare_host = host;
  if (StartsWith(bare_host, "www.")) bare_host = bare_host.substr(4);
  std::string_view first_label =
      std::string_view(bare_host).substr(0, bare_host.find('.'));
  std::string text = AsciiLower(StripWhitespace(link.text));
  // The link's text with scheme, "www." and trailing slashes taken off: an
  // address written out ("photos.example/claireda", "arjunr.example.dev").
  std::string_view written = text;
  for (std::string_view prefix : {"https://", "http://", "www."}) {
    ConsumePrefix(&written, prefix);
  }
  while (!written.empty() && written.back() == '/') written.remove_suffix(1);
  // "Instagram @adaezebakes", "art blog: @juniper-sketches", "Gamertag:
  // KestrelNine": the link shows the handle its address ends with, and the
  // words before it introduce the account as the person's.
  std::string_view handle = written;
  ConsumePrefix(&handle, "@");
  std::string_view last_segment = trimmed.substr(trimmed.rfind('/') + 1);
  ConsumePrefix(&last_segment, "@");
  if (handle.size() >= 3 && handle.find(' ') == std::string_view::npos &&
      (trimmed.empty() ? EqualsIgnoreCase(handle, first_label)
                       : EqualsIgnoreCase(handle, last_segment)) &&
      LeadIntroducesOwnAccount(link.lead, owner_name)) {
    return true;
  }
  if (trimmed.size() < 3) {
    // A site's home page is the person's own website only when it sits in
    // their links or profile card and the link spells out its address
    // ("arjunr.example.dev"); a platform's home page never is.
    if (!link.in_links_section && link.source != Source::kProfile) {
      return false;
    }
    for (std::string_view platform : kPlatforms) {
      if (first_label == platform) return false;
    }
    if (EqualsIgnoreCase(written, bare_host)) return true;
    // "merch + tapes" to dezamberley.example.net, "my art blog" to
    // skyebleeds.example.net: a site named for the person, or one they
    // call theirs.
    return StartsWith(text, "my ") || StartsWith(text, "mi ") ||
           SpellsOwnerWord(first_label, owner_name, 4);
  }
  std::string_view first_word =
      std::string_view(text).substr(0, std::min(text.find(' '), text.size()));
  if (link.in_links_section) return true;
  // "More photos: photos.example/claireda": the address written out as the
  // link's text is how people give their own accounts; a mention of someone
  // else is an @handle. Only profile-shaped paths: one segment ("/claireda",
  // "/@faridamk") or a profile prefix and a name ("/in/x", "/profile/x").
  std::string_view url_without_scheme = std::string_view(url).substr(
      url.find("//") == std::string_view::npos ? 0 : url.find("//") + 2);
  ConsumePrefix(&url_without_scheme, "www.");
  while (!url_without_scheme.empty() && url_without_scheme.back() == '/') {
    url_without_scheme.remove_suffix(1);
  }
  static const std::vector<std::string_view> kNotAccounts = {
      "registry", "shop", "store", "tickets", "events", "donate", "fundraiser",
      "gofundme", "maps", "map",   "docs",    "forms",  "groups", "group"};
  bool not_account = false;
  for (std::string_view word : kNotAccounts) {
    not_account |= first_label == word || Contains(trimmed, word);
  }
  // "Saved from homeshow.example/deck-lighting", "via recipes.example/x":
  // the page an item was taken from, not an account.
  static const RE2* const kCitesSource = new RE2(
      R"((?i)(?:^|\W)(?:saved|pinned|taken|clipped)\s+from|(?:^|\W)(?:via|source|fuente|vía)\W*$)");
  not_account |= RE2::PartialMatch(Piece(link.lead), *kCitesSource);
  if (!written.empty() && !not_account &&
      EqualsIgnoreCase(written, url_without_scheme)) {
    if (IsProfileShapedPath(trimmed)) return true;
  }
  // "Stats on <a>DartCounter</a>, and I'm on <a>Facebook</a>": in the
  // person's own words, a link named for its site that goes to one
  // profile-shaped page ("/u/wadep", "/wade.pardy.darts") is their
  // account there, unless the words before it give it to someone else.
  std::string compact_text;
  for (char c : text) {
    if (c != ' ' && c != '-' && c != '.') compact_text.push_back(c);
  }
  if (!not_account && IsSiteNameInflected(compact_text, first_label) &&
      ReadLinkLead(link.lead, owner_name) != LeadSays::kSomeoneElses) {
    if (IsProfileShapedPath(trimmed)) return true;
  }
  // "I'm also on Insta as @breewhitlock_": the handle the link shows is
  // its path, and it spells a word of the owner's name.
  if (StartsWith(text, "@") &&
      EqualsIgnoreCase(trimmed.substr(1), text.substr(1)) &&
      SpellsOwnerWord(text, owner_name, 4)) {
    return true;
  }
  for (std::string_view platform : kPlatforms) {
    if (not_account) break;  // a group, a shop, an event: nobody's profile
    if (first_label == platform && link.source == Source::kProfile) {
      return true;
    }
    // Link text "X" or "x" is too short to name a platform by itself.
    if (platform.size() > 1 &&
        (text == platform || first_word == platform ||
         (first_label == platform &&
          IsSiteNameInflected(compact_text, platform)))) {
      return true;
    }
  }
  return false;
}

bool HasRelToken(std::string_view rel, std::string_view token) {
  for (std::string_view piece : SplitAny(rel, " \t\n\r\f")) {
    if (EqualsIgnoreCase(piece, token)) return true;
  }
  return false;
}

// XFN relationship values that name a relative or partner.
bool HasFamilyRel(std::string_view rel) {
  for (std::string_view token :
       {"spouse", "sweetheart", "child", "parent", "sibling", "kin"}) {
    if (HasRelToken(rel, token)) return true;
  }
  return false;
}

// True when the words before a tel: link say it is a business's line, not
// a person's: "Front desk:", "Reception", "Office", "Fax".
bool LeadNamesOrganisationLine(std::string_view lead) {
  static const RE2* const kOrganisationLine = new RE2(
      R"((?i)(?:^|\W)(?:front\s+desk|reception|office|main\s+line|switchboard|fax|hotline|helpline|customer\s+service|toll[\s\-]free|recepción|recepcion|centralita|oficina)\W*$)");
  return RE2::PartialMatch(Piece(lead), *kOrganisationLine);
}

// True when the words before a map link say the place was visited once:
// "My one and only competition, at Ölüdeniz (take-off at Babadağ, here)",
// "a one-off dive", "our trip to …", "vacation".
bool LeadNamesOneTimeVisit(std::string_view lead) {
  static const RE2* const kOneTime = new RE2(
      R"((?i)\b(?:one\s+and\s+only|one[\s\-]off|one[\s\-]time|only\s+once|just\s+once|never\s+again|trip|vacation|holiday|excursion|expedition|competition|airshow|festival|una\s+vez|viaje|vacaciones|excursión|expedición)\b)");
  return RE2::PartialMatch(Piece(lead), *kOneTime);
}

// True when the words before a map link name a public spot, not the
// person's: "Seal Cove wharf —", "Public dive site moorings:", "near the
// Forts Walk car park (". Words of a home ("our front gate by the wharf")
// keep it.
bool LeadNamesPublicPlace(std::string_view lead) {
  static const RE2* const kPublic = new RE2(
      R"((?i)\b(?:public|car\s+park|parking|wharf|moorings?|jetty|pier|boat\s+ramp|trailhead|release\s+point|visitor\s+cent(?:re|er)|muelle|estacionamiento|aparcamiento)\b)");
  static const RE2* const kHome = new RE2(
      R"((?i)\b(?:my|our|home|house|farm|camp|gate|driveway|cabin|shack|workshop|studio|mi|nuestr[ao]|casa|finca)\b)");
  return RE2::PartialMatch(Piece(lead), *kPublic) &&
         !RE2::PartialMatch(Piece(lead), *kHome);
}

std::string LinkSnippet(const Link& link) {
  if (link.text.empty() || link.text == link.url) return link.url;
  return StrCat(link.text, " <", link.url, ">");
}

void ReadLink(const Link& link, std::string_view page_url,
              std::string_view owner_name, Emitter* emitter) {
  std::string_view url = link.url;
  std::string snippet = LinkSnippet(link);
  if (StartsWith(AsciiLower(url.substr(0, 7)), "mailto:")) {
    std::string_view address = url.substr(7);
    address = address.substr(0, address.find('?'));
    for (std::string_view one : SplitAny(address, ",")) {
      std::string decoded = PercentDecode(one, false);
      emitter->Emit(Category::kEmail, "email", decoded, kExplicit,
                    Source::kLink, "link.mailto", "mailto",
                    link.text.empty() ? std::string_view(link.url)
                                      : std::string_view(link.text));
    }
    return;
  }
  if (StartsWith(AsciiLower(url.substr(0, 4)), "tel:")) {
    if (LeadNamesOrganisationLine(link.lead)) return;
    std::string number = PercentDecode(url.substr(4), false);
    emitter->Emit(Category::kPhone, "phone", number, kExplicit, Source::kLink,
                  "link.tel", "tel",
                  link.text.empty() ? std::string_view(link.url)
                                    : std::string_view(link.text));
    return;
  }
  if (StartsWith(AsciiLower(url.substr(0, 4)), "geo:")) {
    // "my one and only competition <geo:…>", "ubicación de la expedición
    // <geo:…>", "expedición única; entrada en <geo:…>": the words before
    // the link, its sentence past a semicolon, or the link's own text.
    if (LeadNamesOneTimeVisit(link.lead) ||
        LeadNamesOneTimeVisit(link.sentence) ||
        LeadNamesOneTimeVisit(link.text) || LeadNamesPublicPlace(link.lead)) {
      return;
    }
    // geo:lat,lon[,alt][;u=...][?q=...]; "geo:0,0?q=lat,lon(label)".
    std::string_view body = url.substr(4);
    std::size_t query_at = body.find('?');
    std::string_view query =
        query_at == std::string_view::npos ? "" : body.substr(query_at + 1);
    std::string_view point = body.substr(0, body.find_first_of(";?"));
    std::vector<std::string_view> parts = Split(point, ',');
    std::string pair =
        parts.size() >= 2 ? StrCat(parts[0], ",", parts[1]) : std::string();
    if (!emitter->Emit(Category::kGeotag, "geotag", pair, kDerived,
                       Source::kLink, "link.geo", "geo", snippet)) {
      if (auto q = LeadingPair(QueryParam(query, "q"))) {
        emitter->Emit(Category::kGeotag, "geotag", *q, kDerived, Source::kLink,
                      "link.geo", "geo", snippet);
      }
    }
    return;
  }
  if (auto point = MapCoordinates(url); point &&
                                        !LeadNamesOneTimeVisit(link.lead) &&
                                        !LeadNamesPublicPlace(link.lead)) {
    emitter->Emit(Category::kGeotag, "geotag", point->pair, point->confidence,
                  Source::kLink, "link.map_embed", "map", snippet);
  }
  if (HasRelToken(link.rel, "me")) {
    emitter->Emit(Category::kLinkedAccount, "url", link.url, kDerived,
                  Source::kLink, "link.rel_me", "rel=me", snippet);
    // A shortened link ("t.co/Zk3P9") shows where it goes as its text.
    static const RE2* const kUrlText = new RE2(
        R"((?i)(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:/\S*)?)");
    std::string_view text = StripWhitespace(link.text);
    if (!text.empty() && RE2::FullMatch(Piece(text), *kUrlText) &&
        HostOf(StartsWith(text, "http")
                   ? std::string(text)
                   : StrCat("https://", text)) != HostOf(link.url)) {
      emitter->Emit(Category::kLinkedAccount, "url", text, kWeak, Source::kLink,
                    "link.rel_me", "rel=me", snippet);
    }
  } else if (HasFamilyRel(link.rel)) {
    emitter->Emit(Category::kFamily, "name", link.text, kWeak, Source::kLink,
                  "link.xfn", "rel", snippet);
  } else if (IsPlatformProfileLink(link, page_url, owner_name)) {
    emitter->Emit(Category::kLinkedAccount, "url", link.url, kWeak,
                  Source::kLink, "link.platform_profile", "platform", snippet);
  }
}

}  // namespace

void ExtractStructured(const Document& document, const ExtractOptions& options,
                       std::vector<Finding>* out, StructuredStats* stats) {
  StructuredStats local_stats;
  if (stats == nullptr) stats = &local_stats;
  Emitter emitter(document, options, out);

  // Parsed values must outlive the readers, which keep pointers into them.
  std::vector<Json> json_ld;
  std::vector<Json> state;
  for (const Script& script : document.scripts) {
    bool is_json_ld = script.kind == Script::Kind::kJsonLd;
    std::vector<Json> values =
        ParseJsonValues(script.text, /*in_code=*/!is_json_ld, stats);
    std::vector<Json>& into = is_json_ld ? json_ld : state;
    for (Json& value : values) into.push_back(std::move(value));
  }
  JsonLdReader json_ld_reader(&emitter);
  for (const Json& value : json_ld) json_ld_reader.Collect(value);
  json_ld_reader.Report();
  StateReader state_reader(&emitter, stats);
  for (const Json& value : state) state_reader.Collect(value);
  state_reader.Report();

  PropertyReader property_reader(&emitter);
  property_reader.Read(document.properties);

  for (const Link& link : document.links) {
    if (link.zone != Zone::kOwner && !options.include_others) continue;
    ReadLink(link, document.url, document.owner_name, &emitter);
  }
}

}  // namespace exposure
