// Detection rules: loading them from data files and compiling them once.
//
// A rule is data (patterns/*.toml, see patterns/README.md): an id, a
// category, an RE2 pattern, context words, a validator and examples. Rules
// are loaded into a RuleSetBuilder, then compiled into an immutable RuleSet
// that many threads may share read-only.
//
// Matching is two-pass: RuleSet::Prefilter() runs one RE2::Set over a text
// block and says which rules can match; RuleSet::FindAll() then runs only
// those rules for their spans.
#ifndef EXPOSURE_RULES_H_
#define EXPOSURE_RULES_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "exposure/category.h"
#include "exposure/document.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace exposure {

// A worked example that the rule must (or must not) turn into a finding.
struct RuleExample {
  std::string text;
  std::string value;  // expected normalised value; "" means "no finding"
  Source source = Source::kPost;  // where the text is taken to appear
  std::string owner;   // the page owner's name, for rules with owner_group
  std::string region;  // the page's country ("LV"), for national numbers
  // The heading the text stands under ("Where you'll find Trudy"), for
  // rules with after_headings; "" = none.
  std::string heading;
  // The element the text stands in ("address"), for rules with
  // in_elements; "" = a paragraph.
  std::string element;
};

struct Rule {
  std::string id;  // "phone.nanp": unique across the set
  Category category = Category::kPhone;
  std::string pattern;  // RE2 syntax; write (?i) inline for case folding
  int value_group = 0;  // capture group holding the value (0: whole match)
  // A capture group that, when it takes part in the match, must name the
  // page's owner (a word of Document::owner_name) or be a subject pronoun:
  // "Tomasz, who turned 50" is about the person only when the page is
  // Tomasz's, and "resident Dorothy turns 94 on December 3" on Ofelia's
  // page is not hers. 0: none.
  int owner_group = 0;
  double confidence = 0.8;  // before context adjustments, in (0, 1]
  // Words near the match (same block, within kContextWindow bytes) that
  // raise confidence ("call me", "my number") or lower it ("hotline").
  std::vector<std::string> boost_words;
  std::vector<std::string> suppress_words;
  // Words that lower it only before the match (or in it): "his daughter
  // Mia" is someone else's, "son Brodie is in his second year" is not.
  std::vector<std::string> suppress_before_words;
  std::string validator;  // name from ValidatorNames(); "" = none
  // Where the rule applies; empty = everywhere. A bare "22" means an age in
  // a bio line ("22 • Belmont '26"), not in a post.
  std::vector<Source> sources;
  // A detail this rule finds is listed only when it turns up in at least
  // this many different posts (pages, or posts with different dates): one
  // mention of a café is a visit, three are a routine. Default 1.
  int min_posts = 1;
  // After each match, the rest of its sentence is read for more places of
  // the same list ("Saturday mornings at Gordons Market, then a walk along
  // Ela Beach"): a connector, a preposition and a capitalised name. For
  // routine rules whose cue a first match uses up.
  bool continues_in_sentence = false;
  // When not empty, the rule reads only blocks whose nearest heading above
  // (h1-h6) holds one of these lower-case phrases: "Hotel Bruny — Thursday
  // trivia" is a haunt under "Where you'll find Trudy", and an event under
  // "What's on".
  std::vector<std::string> after_headings;
  // When not empty, the rule reads only blocks of these elements (the last
  // tag of TextBlock::element, "address"): lines in an <address> are an
  // address without a word that says so.
  std::vector<std::string> in_elements;
  std::vector<RuleExample> examples;
  std::string origin;  // "patterns/phone.toml:3", for error messages
};

// Bytes either side of a match searched for context words.
inline constexpr int kContextWindow = 64;

// The outcome of a validator: the contract's normalised value and a
// human-readable display form.
struct Validated {
  std::string value;
  std::string display;
};

// Names of the validators a rule may name.
const std::vector<std::string>& ValidatorNames();

// Runs validator `name` on `match`. Returns nullopt when the text is not a
// real value of that kind (an impossible phone number, an age of 340).
// `name` must be one of ValidatorNames() ("" returns the match as is).
std::optional<Validated> Validate(std::string_view name,
                                  std::string_view match);

// `text`, a phone number written without a country code, read as a
// number of `region` ("IT", "AU"): its E.164 and display forms when it is a
// valid number there that a person can own (not toll-free or premium), else
// nullopt.
std::optional<Validated> ValidatePhoneInRegion(std::string_view text,
                                               std::string_view region);

// `text`, a birthday named by a day whose date depends on the country
// ("Independence Day", "National Day"), read as that day in `region`
// ("TT", "SG"): the birthdate validator's value, or nullopt when the day
// is not known there. The birthdate_holiday validator leaves these out.
std::optional<Validated> ValidateHolidayInRegion(std::string_view text,
                                                 std::string_view region);

// A compiled, immutable set of rules. Movable, not copyable; safe for
// concurrent use by many threads once built.
class RuleSet {
 public:
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;
  ~RuleSet();

  int size() const;
  const Rule& rule(int index) const;

  // Pass 1: appends to `candidates` the index of every rule that may match
  // somewhere in `text`. When the prefilter runs out of memory it falls back
  // to listing every rule (never silently "no match") and returns false so
  // the caller can count it.
  bool Prefilter(std::string_view text, std::vector<int>* candidates) const;

  // Pass 2: a span matched by rule `index`.
  struct Span {
    std::size_t begin = 0;  // of the value group within `text`
    std::size_t end = 0;
    // The owner group's text (Rule::owner_group), empty when the rule has
    // none.
    std::string_view owner;
  };
  // Appends every non-overlapping match of rule `index` in `text`, at most
  // `max_spans` of them; returns false when more were left out.
  bool FindAll(int index, std::string_view text, int max_spans,
               std::vector<Span>* spans) const;

 private:
  friend class RuleSetBuilder;
  struct Compiled;
  explicit RuleSet(std::unique_ptr<Compiled> compiled);
  std::unique_ptr<Compiled> compiled_;
};

// Collects rules, then compiles them. Not thread-safe. Errors name the file,
// line and rule id: "patterns/phone.toml:12: rule phone.nanp: missing )".
class RuleSetBuilder {
 public:
  RuleSetBuilder();
  ~RuleSetBuilder();

  // Parses a TOML rule file (its text and a name for messages) and adds its
  // rules. InvalidArgument for syntax errors, unknown categories or
  // validators, duplicate ids and patterns RE2 rejects.
  absl::Status AddFile(std::string_view toml_text, std::string_view origin);

  // Adds every DIRECTORY/lists/*.txt word list, then every *.toml file in
  // `directory`. NotFound when it does not exist.
  absl::Status AddDirectory(const std::string& directory);

  // Adds the rules compiled into the binary from patterns/.
  absl::Status AddDefaults();

  // Adds a word list that patterns use as {{list:NAME}} (patterns/lists/
  // NAME.txt: one entry per line, '#' starts a comment). The placeholder
  // becomes a non-capturing alternation of the entries, longest first,
  // each matched literally. InvalidArgument for an empty or duplicate list.
  absl::Status AddList(std::string_view name, std::string_view text,
                       std::string_view origin);

  // Adds one rule; its pattern's {{list:NAME}} placeholders are expanded
  // with the lists added so far (InvalidArgument for an unknown list).
  absl::Status AddRule(Rule rule);

  // Compiles everything added; the builder is empty afterwards.
  // FailedPrecondition when no rule was added.
  absl::StatusOr<RuleSet> Compile();

 private:
  std::vector<Rule> rules_;
  std::vector<std::unique_ptr<re2::RE2>> regexps_;  // one per rule, compiled
  std::map<std::string, std::string, std::less<>> lists_;  // name -> regex
};

// Rule files compiled into the binary: {file name, TOML text}.
struct EmbeddedFile {
  const char* name;
  const char* contents;
};
const std::vector<EmbeddedFile>& DefaultRuleFiles();

// The entries of patterns/lists/<stem>.txt as built into the binary
// ("job_roles", "countries"), one per line as written, without comments;
// empty when there is no such list.
const std::vector<std::string>& DefaultListEntries(std::string_view stem);

}  // namespace exposure

#endif  // EXPOSURE_RULES_H_
