// DefaultListEntries: the word lists of patterns/lists/ built into the
// binary, read as plain entries for code that checks a word against one.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/strings.h"
#include "exposure/rules.h"

namespace exposure {

const std::vector<std::string>& DefaultListEntries(std::string_view stem) {
  using Lists = std::map<std::string, std::vector<std::string>, std::less<>>;
  // Built once, on first use, from every embedded list (thread-safe as a
  // function-local static).
  static const Lists* const lists = [] {
    auto* all = new Lists;
    for (const EmbeddedFile& file : DefaultRuleFiles()) {
      std::string_view name = file.name;
      if (!StartsWith(name, "lists/") || !EndsWith(name, ".txt")) continue;
      std::vector<std::string>& entries =
          (*all)[std::string(name.substr(6, name.size() - 10))];
      for (std::string_view line : SplitAny(file.contents, "\n")) {
        line = StripWhitespace(line);
        if (line.empty() || line.front() == '#') continue;
        entries.emplace_back(line);
      }
    }
    return all;
  }();
  static const std::vector<std::string>* const none =
      new std::vector<std::string>;
  auto found = lists->find(stem);
  return found == lists->end() ? *none : found->second;
}

}  // namespace exposure
