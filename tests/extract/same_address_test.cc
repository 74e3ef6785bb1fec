// Tests for UnifySameAddresses: one street address written two ways on a
// page is reported once, with its fuller value.
#include "extract/same_address.h"

#include <vector>

#include "gtest/gtest.h"

namespace exposure {
namespace {

Finding Address(const char* value) {
  Finding finding;
  finding.category = Category::kAddress;
  finding.value = value;
  return finding;
}

TEST(UnifySameAddresses, TheFullerValueForEveryWritingOfOneAddress) {
  std::vector<Finding> findings = {Address("5 Chemin des Mésanges, 1632 Riaz"),
                                   Address("5 chemin des Mésanges, Riaz"),
                                   Address("12 Rue du Moulin, 5100 Jambes")};
  UnifySameAddresses(&findings);
  EXPECT_EQ(findings[0].value, "5 Chemin des Mésanges, 1632 Riaz");
  EXPECT_EQ(findings[1].value, "5 Chemin des Mésanges, 1632 Riaz");
  EXPECT_EQ(findings[2].value, "12 Rue du Moulin, 5100 Jambes");
}

TEST(UnifySameAddresses, OtherNumbersOrStreetsStayApart) {
  std::vector<Finding> findings = {Address("5 Oak St"), Address("7 Oak St"),
                                   Address("5 Elm St, Boise")};
  UnifySameAddresses(&findings);
  EXPECT_EQ(findings[0].value, "5 Oak St");
  EXPECT_EQ(findings[1].value, "7 Oak St");
  EXPECT_EQ(findings[2].value, "5 Elm St, Boise");
}

}  // namespace
}  // namespace exposure
