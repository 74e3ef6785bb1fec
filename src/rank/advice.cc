// AdviceFor: reads the embedded advice catalogue once and hands out the
// entries that fit a category.
#include "rank/advice.h"

#include <toml++/toml.h>

#include <map>
#include <string>
#include <vector>

namespace exposure {
namespace {

struct Catalogue {
  std::map<std::string, std::vector<Advice>> by_category;  // "*" = all
};

const Catalogue& LoadCatalogue() {
  static const Catalogue* catalogue = [] {
    auto* result = new Catalogue;
    for (const EmbeddedFile& file : AdviceFiles()) {
      toml::table document;
      try {
        document = toml::parse(std::string_view(file.contents),
                               std::string_view(file.name));
      } catch (const toml::parse_error&) {
        continue;  // tests/rank/advice_test.cc rejects such a build
      }
      const toml::array* entries = document["advice"].as_array();
      if (entries == nullptr) continue;
      for (const toml::node& node : *entries) {
        const toml::table* table = node.as_table();
        if (table == nullptr) continue;
        Advice advice;
        advice.title = (*table)["title"].value_or(std::string());
        advice.platform = (*table)["platform"].value_or(std::string());
        if (const toml::array* steps = (*table)["steps"].as_array()) {
          for (const toml::node& step : *steps) {
            if (auto text = step.value<std::string>()) {
              advice.steps.push_back(*text);
            }
          }
        }
        std::string category = (*table)["category"].value_or(std::string("*"));
        if (advice.title.empty() || advice.steps.empty()) continue;
        result->by_category[category].push_back(std::move(advice));
      }
    }
    return result;
  }();
  return *catalogue;
}

}  // namespace

std::vector<Advice> AdviceFor(Category category) {
  const Catalogue& catalogue = LoadCatalogue();
  std::vector<Advice> advice;
  auto own = catalogue.by_category.find(std::string(CategoryName(category)));
  if (own != catalogue.by_category.end()) {
    advice.insert(advice.end(), own->second.begin(), own->second.end());
  }
  auto general = catalogue.by_category.find("*");
  if (general != catalogue.by_category.end()) {
    advice.insert(advice.end(), general->second.begin(), general->second.end());
  }
  return advice;
}

}  // namespace exposure
