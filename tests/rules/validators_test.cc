// Tests for the validators: normalised values, and values they refuse.
#include <optional>
#include <string>

#include "exposure/rules.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

std::string ValueOf(std::string_view validator, std::string_view text) {
  std::optional<Validated> result = Validate(validator, text);
  return result ? result->value : "<rejected>";
}

TEST(Validators, Phone) {
  EXPECT_EQ(ValueOf("phone", "503-555-0142"), "+15035550142");
  EXPECT_EQ(ValueOf("phone", "(202) 555-0148"), "+12025550148");
  EXPECT_EQ(ValueOf("phone", "+1 312.555.0175"), "+13125550175");
  EXPECT_EQ(ValueOf("phone", "+44 20 7946 0958"), "+442079460958");
  EXPECT_EQ(Validate("phone", "503-555-0142")->display, "(503) 555-0142");
  const char* rejected[] = {"123-456-7890", "000-555-0142", "12", "",
                            "not a number"};
  for (const char* text : rejected) {
    EXPECT_EQ(ValueOf("phone", text), "<rejected>") << text;
  }
}

TEST(Validators, Email) {
  EXPECT_EQ(ValueOf("email", "Jane.Doe@Example.COM"), "jane.doe@example.com");
  EXPECT_EQ(ValueOf("email", "jane [at] example [dot] com"),
            "jane@example.com");
  EXPECT_EQ(ValueOf("email", "carmen.luna (arroba) example (punto) com"),
            "carmen.luna@example.com");
  const char* rejected[] = {"logo@2x.png",    "a@b",
                            "@example.com",   "a@@example.com",
                            ".a@example.com", "a@exa_mple.com"};
  for (const char* text : rejected) {
    EXPECT_EQ(ValueOf("email", text), "<rejected>") << text;
  }
}

TEST(Validators, Age) {
  EXPECT_EQ(ValueOf("age", "34"), "34");
  EXPECT_EQ(ValueOf("age", "13"), "13");
  EXPECT_EQ(ValueOf("age", "110"), "110");
  const char* rejected[] = {"9", "12", "111", "311", "", "1000"};
  for (const char* text : rejected) {
    EXPECT_EQ(ValueOf("age", text), "<rejected>") << text;
  }
}

TEST(Validators, NoValidatorTrimsAndRejectsEmpty) {
  EXPECT_EQ(ValueOf("", "  Acme Corp "), "Acme Corp");
  EXPECT_EQ(ValueOf("", "   "), "<rejected>");
}

TEST(Validators, UnknownNameRejects) {
  EXPECT_EQ(ValueOf("nope", "x"), "<rejected>");
}

}  // namespace
}  // namespace exposure
