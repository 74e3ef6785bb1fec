// Tests for AddressesOwner: a block that speaks to the page's owner by
// name is a reply, whose "I" is its writer's.
#include "extract/addressed_to_owner.h"

#include "gtest/gtest.h"

namespace exposure {
namespace {

TEST(AddressedToOwner, GreetingsThanksAndPraiseBeforeTheName) {
  EXPECT_TRUE(AddressesOwner(
      "Great catch, Vesela! I'm 67 and this is my first co-discovery too.",
      "Vesela Dimitrova"));
  EXPECT_TRUE(AddressesOwner(
      "Happy 250th, Denise! My grandson Caleb (12) wants to start running.",
      "Denise Harlow"));
  EXPECT_TRUE(AddressesOwner("Felicidades, Marta. Yo tengo 40.", "Marta Ruiz"));
  EXPECT_TRUE(AddressesOwner("Felicitaciones Marta y gracias. Yo tengo 40.",
                             "Marta Ruiz"));
}

TEST(AddressedToOwner, YouRightAfterTheName) {
  EXPECT_TRUE(AddressesOwner("Bia you are unstoppable! My son started today.",
                             "Bia Santos"));
}

TEST(AddressedToOwner, TheOwnersOwnWordsAreNot) {
  EXPECT_FALSE(AddressesOwner("Vesela, 34, Plovdiv. I count stars.",
                              "Vesela Dimitrova"));
  EXPECT_FALSE(
      AddressesOwner("I'm Denise and I run every Saturday.", "Denise Harlow"));
  EXPECT_FALSE(AddressesOwner("Great catch! I'm 67.", "Vesela Dimitrova"));
  // "hi" inside "this" greets no one.
  EXPECT_FALSE(AddressesOwner("I took this Denise Harlow photo myself.",
                              "Denise Harlow"));
  // No owner, no one to speak to.
  EXPECT_FALSE(AddressesOwner("Great catch, Vesela! I'm 67.", ""));
}

}  // namespace
}  // namespace exposure
