// Reading rule files (TOML) into Rules, with file:line errors.
//
// The format is documented in patterns/README.md. Every problem is reported
// with the file, the line and, once known, the rule id, so a person editing
// a rule file can find the mistake.
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/status_macros.h"
#include "common/strings.h"
#include "exposure/rules.h"

namespace exposure {
namespace {

std::string Where(std::string_view origin, const toml::source_region& region) {
  return StrCat(origin, ":", region.begin.line);
}

absl::Status Invalid(std::string_view where, std::string_view id,
                     std::string_view message) {
  if (id.empty())
    return absl::InvalidArgumentError(StrCat(where, ": ", message));
  return absl::InvalidArgumentError(
      StrCat(where, ": rule ", id, ": ", message));
}

absl::Status ReadStringList(const toml::table& table, std::string_view key,
                            std::string_view where, std::string_view id,
                            std::vector<std::string>* out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return absl::OkStatus();
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    return Invalid(where, id, StrCat("'", key, "' must be a list of strings"));
  }
  for (const toml::node& item : *array) {
    std::optional<std::string> text = item.value<std::string>();
    if (!text) {
      return Invalid(where, id,
                     StrCat("'", key, "' must be a list of strings"));
    }
    out->push_back(*text);
  }
  return absl::OkStatus();
}

absl::StatusOr<Rule> ReadRule(const toml::table& table,
                              std::string_view origin) {
  Rule rule;
  std::string where = Where(origin, table.source());
  rule.origin = where;
  static const std::vector<std::string_view> kKnownKeys = {
      "id",
      "category",
      "pattern",
      "group",
      "confidence",
      "boost",
      "suppress",
      "validator",
      "examples",
      "description",
      "sources",
      "min_posts",
      "owner_group",
      "suppress_before",
      "continues_in_sentence",
      "after_heading",
      "in_element"};
  std::optional<std::string> id = table["id"].value<std::string>();
  if (!id || id->empty()) return Invalid(where, "", "rule without an 'id'");
  rule.id = *id;
  for (const auto& [key, value] : table) {
    bool known = false;
    for (std::string_view candidate : kKnownKeys)
      known |= key.str() == candidate;
    if (!known) {
      return Invalid(where, rule.id, StrCat("unknown key '", key.str(), "'"));
    }
  }
  std::optional<std::string> category = table["category"].value<std::string>();
  if (!category) return Invalid(where, rule.id, "missing 'category'");
  std::optional<Category> parsed = ParseCategory(*category);
  if (!parsed) {
    return Invalid(where, rule.id,
                   StrCat("unknown category '", *category, "'"));
  }
  rule.category = *parsed;
  std::optional<std::string> pattern = table["pattern"].value<std::string>();
  if (!pattern || pattern->empty())
    return Invalid(where, rule.id, "missing 'pattern'");
  rule.pattern = *pattern;
  // Multi-line patterns are allowed for readability: line breaks and the
  // indentation after them are dropped.
  std::string joined;
  std::istringstream lines(rule.pattern);
  for (std::string line; std::getline(lines, line);) {
    std::size_t start = line.find_first_not_of(" \t");
    if (start != std::string::npos) joined += line.substr(start);
  }
  rule.pattern = joined;
  // RE2's \b is an ASCII word boundary: before "à" or "é" it needs an ASCII
  // letter on the left, so "\bà la" never matches after a space.
  for (std::size_t at = rule.pattern.find("\\b"); at != std::string::npos;
       at = rule.pattern.find("\\b", at + 2)) {
    bool escaped = at > 0 && rule.pattern[at - 1] == '\\';
    if (!escaped && at + 2 < rule.pattern.size() &&
        static_cast<unsigned char>(rule.pattern[at + 2]) >= 0x80) {
      return Invalid(where, rule.id,
                     "'\\b' before a non-ASCII letter never starts a word in "
                     "RE2; write (?:^|\\s) instead");
    }
  }
  if (const toml::node* group = table.get("group")) {
    std::optional<int64_t> value = group->value<int64_t>();
    if (!value || *value < 0) {
      return Invalid(where, rule.id, "'group' must be a non-negative integer");
    }
    rule.value_group = static_cast<int>(*value);
  }
  if (const toml::node* group = table.get("owner_group")) {
    std::optional<int64_t> value = group->value<int64_t>();
    if (!value || *value < 1) {
      return Invalid(where, rule.id,
                     "'owner_group' must be a positive integer");
    }
    rule.owner_group = static_cast<int>(*value);
  }
  if (const toml::node* confidence = table.get("confidence")) {
    std::optional<double> value = confidence->value<double>();
    if (!value || *value <= 0 || *value > 1) {
      return Invalid(where, rule.id, "'confidence' must be a number in (0, 1]");
    }
    rule.confidence = *value;
  }
  RETURN_IF_ERROR(
      ReadStringList(table, "boost", where, rule.id, &rule.boost_words));
  RETURN_IF_ERROR(
      ReadStringList(table, "suppress", where, rule.id, &rule.suppress_words));
  RETURN_IF_ERROR(ReadStringList(table, "suppress_before", where, rule.id,
                                 &rule.suppress_before_words));
  RETURN_IF_ERROR(ReadStringList(table, "after_heading", where, rule.id,
                                 &rule.after_headings));
  for (std::string& phrase : rule.after_headings) phrase = AsciiLower(phrase);
  RETURN_IF_ERROR(
      ReadStringList(table, "in_element", where, rule.id, &rule.in_elements));
  rule.validator = table["validator"].value_or(std::string());
  if (const toml::node* min_posts = table.get("min_posts")) {
    std::optional<int64_t> value = min_posts->value<int64_t>();
    if (!value || *value < 1 || *value > 100) {
      return Invalid(where, rule.id, "'min_posts' must be an integer 1-100");
    }
    rule.min_posts = static_cast<int>(*value);
  }
  if (const toml::node* continues = table.get("continues_in_sentence")) {
    std::optional<bool> value = continues->value<bool>();
    if (!value) {
      return Invalid(where, rule.id,
                     "'continues_in_sentence' must be true or false");
    }
    rule.continues_in_sentence = *value;
  }
  std::vector<std::string> source_names;
  RETURN_IF_ERROR(
      ReadStringList(table, "sources", where, rule.id, &source_names));
  for (const std::string& name : source_names) {
    std::optional<Source> source = ParseSource(name);
    if (!source) {
      return Invalid(where, rule.id,
                     StrCat("unknown source '", name,
                            "' (profile, post, structured, "
                            "meta, link, image)"));
    }
    rule.sources.push_back(*source);
  }
  if (const toml::node* examples = table.get("examples")) {
    const toml::array* array = examples->as_array();
    if (array == nullptr) {
      return Invalid(where, rule.id, "'examples' must be a list of tables");
    }
    for (const toml::node& item : *array) {
      const toml::table* example = item.as_table();
      std::optional<std::string> text =
          example ? (*example)["text"].value<std::string>() : std::nullopt;
      if (!text) {
        return Invalid(Where(origin, item.source()), rule.id,
                       "each example needs a 'text' (and a 'value', \"\" for "
                       "text that must not match)");
      }
      RuleExample parsed;
      parsed.text = *text;
      parsed.value = (*example)["value"].value_or(std::string());
      if (auto source_name = (*example)["source"].value<std::string>()) {
        std::optional<Source> source = ParseSource(*source_name);
        if (!source) {
          return Invalid(Where(origin, item.source()), rule.id,
                         StrCat("unknown example source '", *source_name, "'"));
        }
        parsed.source = *source;
      }
      parsed.owner = (*example)["owner"].value_or(std::string());
      parsed.region = (*example)["region"].value_or(std::string());
      parsed.heading = (*example)["heading"].value_or(std::string());
      parsed.element = (*example)["element"].value_or(std::string());
      rule.examples.push_back(std::move(parsed));
    }
  }
  return rule;
}

}  // namespace

absl::Status RuleSetBuilder::AddFile(std::string_view toml_text,
                                     std::string_view origin) {
  toml::table document;
  try {
    document = toml::parse(toml_text, origin);
  } catch (const toml::parse_error& error) {
    return absl::InvalidArgumentError(StrCat(
        origin, ":", error.source().begin.line, ": ", error.description()));
  }
  const toml::node* rules = document.get("rule");
  if (rules == nullptr) {
    return absl::InvalidArgumentError(StrCat(origin, ": no [[rule]] tables"));
  }
  const toml::array* array = rules->as_array();
  if (array == nullptr) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": 'rule' must be an array of tables ([[rule]])"));
  }
  for (const toml::node& node : *array) {
    const toml::table* table = node.as_table();
    if (table == nullptr) {
      return absl::InvalidArgumentError(StrCat(
          Where(origin, node.source()), ": 'rule' entries must be tables"));
    }
    ASSIGN_OR_RETURN(Rule rule, ReadRule(*table, origin));
    RETURN_IF_ERROR(AddRule(std::move(rule)));
  }
  return absl::OkStatus();
}

namespace {

absl::StatusOr<std::string> ReadWholeFile(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) {
    return absl::PermissionDeniedError(
        StrCat(file.string(), ": cannot be read"));
  }
  std::stringstream contents;
  contents << stream.rdbuf();
  return contents.str();
}

// The files in `directory` with `extension`, sorted.
absl::StatusOr<std::vector<std::filesystem::path>> FilesIn(
    const std::filesystem::path& directory, std::string_view extension) {
  std::error_code error;
  std::vector<std::filesystem::path> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() == extension) files.push_back(entry.path());
  }
  if (error) {
    return absl::PermissionDeniedError(
        StrCat(directory.string(), ": ", error.message()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

absl::Status RuleSetBuilder::AddDirectory(const std::string& directory) {
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error)) {
    return absl::NotFoundError(
        StrCat(directory, ": not a folder of rule files"));
  }
  // Word lists first (DIR/lists/*.txt), so the rules can use them.
  std::filesystem::path lists = std::filesystem::path(directory) / "lists";
  if (std::filesystem::is_directory(lists, error)) {
    ASSIGN_OR_RETURN(std::vector<std::filesystem::path> list_files,
                     FilesIn(lists, ".txt"));
    for (const std::filesystem::path& file : list_files) {
      ASSIGN_OR_RETURN(std::string contents, ReadWholeFile(file));
      RETURN_IF_ERROR(AddList(file.stem().string(), contents, file.string()));
    }
  }
  ASSIGN_OR_RETURN(std::vector<std::filesystem::path> files,
                   FilesIn(directory, ".toml"));
  for (const std::filesystem::path& file : files) {
    ASSIGN_OR_RETURN(std::string contents, ReadWholeFile(file));
    RETURN_IF_ERROR(AddFile(contents, file.string()));
  }
  return absl::OkStatus();
}

absl::Status RuleSetBuilder::AddDefaults() {
  for (const EmbeddedFile& file : DefaultRuleFiles()) {
    std::string_view name = file.name;
    if (StartsWith(name, "lists/") && EndsWith(name, ".txt")) {
      std::string_view stem = name.substr(6, name.size() - 10);
      RETURN_IF_ERROR(AddList(stem, file.contents, StrCat("patterns/", name)));
    }
  }
  for (const EmbeddedFile& file : DefaultRuleFiles()) {
    if (!EndsWith(file.name, ".toml")) continue;
    RETURN_IF_ERROR(AddFile(file.contents, StrCat("patterns/", file.name)));
  }
  return absl::OkStatus();
}

}  // namespace exposure
