// Tests for NormalizeText: Unicode folding, repair and whitespace.
#include <string>

#include "exposure/document.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

TEST(NormalizeText, FoldsFullWidthDigits) {
  EXPECT_EQ(NormalizeText("\xEF\xBC\x95\xEF\xBC\x90\xEF\xBC\x93"), "503");
}

TEST(NormalizeText, RemovesZeroWidthCharacters) {
  // U+200B ZERO WIDTH SPACE and U+200D ZERO WIDTH JOINER inside a number.
  EXPECT_EQ(NormalizeText("503\xE2\x80\x8B-555\xE2\x80\x8D-0142"),
            "503-555-0142");
}

TEST(NormalizeText, CollapsesWhitespaceAndNonBreakingSpace) {
  EXPECT_EQ(NormalizeText("  call\n\tme \xC2\xA0 now  "), "call me now");
}

TEST(NormalizeText, RepairsInvalidUtf8) {
  std::string repaired = NormalizeText(
      "ab\xFF\xFE"
      "cd");
  EXPECT_EQ(repaired,
            "ab\xEF\xBF\xBD\xEF\xBF\xBD"
            "cd");
}

TEST(NormalizeText, KeepsAccents) {
  EXPECT_EQ(NormalizeText("Benito Jua\xCC\x81rez"), "Benito Ju\xC3\xA1rez");
}

TEST(NormalizeText, EmptyAndControlOnly) {
  EXPECT_EQ(NormalizeText(""), "");
  EXPECT_EQ(NormalizeText("\x01\x02\x03"), "");
}

}  // namespace
}  // namespace exposure
