// Tests that reports/exposure-report.schema.json names the binary's categories,
// sources and levels.
#include <set>
#include <string>

#include "common/run_binary.h"
#include "exposure/category.h"
#include "exposure/document.h"
#include "exposure/rank.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace exposure {
namespace {

nlohmann::json Schema() {
  std::string text =
      testing::ReadFile(std::string(EXPOSURE_TEST_DATA) +
                        "/../reports/exposure-report.schema.json");
  return nlohmann::json::parse(text);
}

std::set<std::string> EnumOf(const nlohmann::json& node) {
  std::set<std::string> names;
  for (const auto& name : node.at("enum"))
    names.insert(name.get<std::string>());
  return names;
}

TEST(ReportSchema, CategoriesAreTheBinarysCategories) {
  std::set<std::string> expected;
  for (int i = 0; i < kCategoryCount; ++i) {
    expected.insert(std::string(CategoryName(static_cast<Category>(i))));
  }
  EXPECT_EQ(EnumOf(Schema()["$defs"]["category"]), expected)
      << "update $defs.category in reports/exposure-report.schema.json";
}

TEST(ReportSchema, SourcesAndLevelsMatch) {
  nlohmann::json schema = Schema();
  std::set<std::string> sources;
  for (int i = 0; i <= static_cast<int>(Source::kImage); ++i) {
    sources.insert(std::string(SourceName(static_cast<Source>(i))));
  }
  EXPECT_EQ(EnumOf(schema["$defs"]["occurrence"]["properties"]["source"]),
            sources);
  std::set<std::string> levels;
  for (int risk = 0; risk <= 100; ++risk) levels.insert(RiskLevel(risk));
  EXPECT_EQ(EnumOf(schema["$defs"]["exposure"]["properties"]["level"]), levels);
  EXPECT_EQ(schema["properties"]["schema"]["const"], "exposure-report/1");
}

}  // namespace
}  // namespace exposure
