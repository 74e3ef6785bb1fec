// Tests for the string helpers of common/strings.h that carry logic.
#include "common/strings.h"

#include <string_view>

#include "gtest/gtest.h"

namespace exposure {
namespace {

TEST(Strings, FindWordFindsTheFirstWholeWord) {
  EXPECT_EQ(FindWord("she said she would", "she"), 0u);
  EXPECT_EQ(FindWord("ashes, then she", "she"), 12u);
  EXPECT_EQ(FindWord("Teretia2 and Teretia", "Teretia"), 13u);
  EXPECT_EQ(FindWord("shell", "she"), std::string_view::npos);
  EXPECT_EQ(FindWord("She", "she"), std::string_view::npos);
}

}  // namespace
}  // namespace exposure
