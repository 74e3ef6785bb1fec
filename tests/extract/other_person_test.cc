// Tests for SaidOfAnotherPerson: roster entries and sentences about someone
// other than the page's owner.
#include "extract/other_person.h"

#include <string>

#include "gtest/gtest.h"

namespace exposure {
namespace {

bool SaidOfAnother(const std::string& text, const std::string& detail,
                   const std::string& owner, bool in_profile = false) {
  const std::size_t begin = text.find(detail);
  EXPECT_NE(begin, std::string::npos) << detail;
  return SaidOfAnotherPerson(text, begin, owner, in_profile);
}

TEST(SaidOfAnotherPerson, RosterEntryLedByAnotherName) {
  EXPECT_TRUE(SaidOfAnother(
      "Derek Amos - ringing since 1969, aged 79. Lives in Frampton Cotterell.",
      "Frampton", "Gwen Harcombe"));
  EXPECT_TRUE(SaidOfAnother(
      "Nico Suárez (31) - vinyasa y ashtanga. Vive en Pocitos, es profe.",
      "Pocitos", "Florencia Bentancor"));
  // Fields and headers of the owner's own profile.
  EXPECT_FALSE(SaidOfAnother("Barrel Racing · Card #2217 · Torrington, WY",
                             "Torrington", "Tessa Lindquist",
                             /*in_profile=*/true));
  // A listing line outside the profile is the listed business's.
  EXPECT_TRUE(SaidOfAnother("Harbor Supper Club · Milwaukee, WI", "Milwaukee",
                            "Bette Olson"));
  EXPECT_FALSE(
      SaidOfAnother("Current City: Austin, TX", "Austin", "Tessa Lindquist"));
  // The owner's own entry stays the owner's.
  EXPECT_FALSE(
      SaidOfAnother("Gwen Harcombe - tower captain. Lives in Winterbourne.",
                    "Winterbourne", "Gwen Harcombe"));
}

TEST(SaidOfAnotherPerson, SentenceWithAnotherSubject) {
  EXPECT_TRUE(SaidOfAnother(
      "Rohan Mehta is a developer advocate based in Pune. He started in 2021.",
      "Pune", "Ananya Krishnamurthy"));
  EXPECT_FALSE(SaidOfAnother(
      "Rohan Mehta hosts the show. Ananya lives in Jayanagar with her ajji.",
      "Jayanagar", "Ananya Krishnamurthy"));
  EXPECT_FALSE(
      SaidOfAnother("She is a nurse in Leeds.", "Leeds", "Isla Brennan"));
  // The age in brackets after someone else's name is theirs.
  EXPECT_TRUE(SaidOfAnother("Marge Ostrowski (84) is our longest member.", "84",
                            "Keiko Brandt"));
  EXPECT_FALSE(
      SaidOfAnother("Keiko Brandt (71) deals first.", "71", "Keiko Brandt"));
  EXPECT_FALSE(SaidOfAnother("Born on Baba Marta Day (1 March), so …",
                             "1 March", "Vesela Dimitrova"));
}

TEST(SaidOfAnotherPerson, WordsThatOpenASentenceAreNoName) {
  EXPECT_FALSE(SaidOfAnother(
      "Our Saturday tradition: the Elmwood-Bidwell Farmers Market, then "
      "coffee.",
      "Elmwood", "Karen Price"));
  EXPECT_FALSE(SaidOfAnother("The Grove Gazette - Cedar Grove Elementary",
                             "Cedar", "Priya Raman-Holt"));
}

TEST(QuotedFromAnotherPerson, ASignedQuoteIsTheSigners) {
  auto quoted = [](const std::string& text, const std::string& detail,
                   const std::string& owner) {
    return QuotedFromAnotherPerson(text, text.find(detail), owner);
  };
  EXPECT_TRUE(quoted(
      "\"Thanks for the fix on Tram line 52! - User:Greta_L, Malmö, 29 y/o\"",
      "29 y/o", "Radek Nowak"));
  EXPECT_TRUE(quoted(
      "“Las clases de Flor me salvaron. Tengo 62 años y nunca me sentí tan "
      "bien.” - Beatriz, del Buceo",
      "62", "Florencia Bentancor"));
  // The owner's own quote, an unsigned one, and text outside the quote.
  EXPECT_FALSE(quoted("“I turned 40 in May.” - Flor", "40",
                      "Florencia “Flor” Bentancor"));
  EXPECT_FALSE(
      quoted("She says “I'm 62 and never better.”", "62", "Beatriz Ruiz"));
  EXPECT_FALSE(quoted("I'm 45. “Great class!” - Beatriz", "45", "Flor Ruiz"));
  // A dash the sentence goes on from is no signature, even in a quote
  // whose paragraph leaves it open for the next.
  EXPECT_FALSE(quoted(
      "\"Ciao! I'm Matteo, I'm 34. I studied history, and now - the irony - "
      "I spend my days as a clerk at Banca del Monte Titano.",
      "34", "Matteo Gasperoni"));
  EXPECT_TRUE(
      quoted("\"Best shop in town, I'm 52 and I know. - Ana from Lima\"", "52",
             "Flor Ruiz"));
}

TEST(SaidOfAnotherPerson, AFirstNameThatWorksOrLivesSomewhere) {
  EXPECT_TRUE(SaidOfAnother(
      "\"Manny works for the Island Ferry Co. and can fix anything.",
      "Island Ferry", "Deb Medeiros"));
  // The owner's own first name, words that are no name, and a sentence in
  // which the person speaks.
  EXPECT_FALSE(SaidOfAnother("Deb works at Circuit Avenue Books.", "Circuit",
                             "Deb Medeiros"));
  EXPECT_FALSE(
      SaidOfAnother("Everything lives in the gray bin at 812 "
                    "Magnolia Bend Dr.",
                    "812", "LaTonya B."));
  EXPECT_FALSE(
      SaidOfAnother("Skipper lives on my porch at 812 Magnolia "
                    "Bend Dr.",
                    "812", "LaTonya B."));
}

TEST(SaidOfAnotherPerson, UnknownOwnerDecidesNothing) {
  EXPECT_FALSE(SaidOfAnother("Derek Amos - Lives in Frampton Cotterell.",
                             "Frampton", ""));
}

// Where `needle` starts in `text`, for RelativeIsTheSubject.
bool RelativeSaysIt(std::string_view text, std::string_view needle,
                    std::string_view owner_name = "") {
  return RelativeIsTheSubject(text, text.find(needle), owner_name);
}

TEST(RelativeIsTheSubject, ARelativesTownOrJobIsTheirs) {
  EXPECT_TRUE(RelativeSaysIt(
      "I drive too fast. Dad (Lemuel, 80 this summer) still lives in North "
      "West River.",
      "North West"));
  EXPECT_TRUE(RelativeSaysIt("My mother Iris still lives in Georgetown.",
                             "Georgetown"));
  EXPECT_TRUE(RelativeSaysIt("Her sister Rita works at Hay River Health.",
                             "Hay River"));
  EXPECT_TRUE(RelativeSaysIt(
      "He lives in Tafuna with his wife Fa'amoana, a nurse at LBJ Tropical "
      "Medical Center.",
      "LBJ"));
  EXPECT_TRUE(RelativeSaysIt(
      "Kim lives with her partner Romano, who works at the Statia Oil "
      "Terminal.",
      "Statia"));
  EXPECT_TRUE(RelativeSaysIt(
      "My sister, Sister Mary Agnes, is 80 and still teaching catechism in "
      "Antigonish.",
      "Antigonish"));
  EXPECT_TRUE(RelativeSaysIt(
      "My brother Keoni farms with me, and our grandmother, Hannah (88), "
      "lives in Waimea.",
      "Waimea"));
  EXPECT_TRUE(RelativeSaysIt(
      "My mother Lucy turned 90 in April and lives in Edgartown.", "90",
      "Deb Medeiros"));
  // A relative of the person named ("Ros's mum"), whose name is no
  // sign that the person is the subject.
  EXPECT_TRUE(RelativeSaysIt("Ros's mum, Joan, is 80 and lives in Easton.",
                             "Easton", "Ros Attwell"));
  EXPECT_FALSE(RelativeSaysIt("Ros's mum Joan and Ros live in Easton.",
                              "Easton", "Ros Attwell"));
  // Spanish and Galician relatives, and someone named with their age.
  EXPECT_TRUE(RelativeSaysIt(
      "Mi papá, don Refugio, tiene 81 años y vive en Guadalupe.", "Guadalupe"));
  EXPECT_TRUE(RelativeSaysIt(
      "A miña nai, Dolores, ten 79 anos e vive en Touriñán.", "Touriñán"));
  EXPECT_TRUE(RelativeSaysIt(
      "Tenemos dos hijos: Álvaro, de 35, que vive en Madrid, y Raquel, de 31, "
      "enfermera en Burgos.",
      "Burgos"));
  EXPECT_FALSE(
      RelativeSaysIt("Mi papá y yo vivimos en Guadalupe.", "Guadalupe"));
  // The relative is the page's person: a sibling writes about them.
  EXPECT_FALSE(
      RelativeSaysIt("My little brother Tomás is 24 and lives in "
                     "Tucson.",
                     "24", "Tomás Rivera"));
  // The person speaks in the sentence, or says "here".
  EXPECT_FALSE(
      RelativeSaysIt("My husband and I live in Georgetown.", "Georgetown"));
  EXPECT_FALSE(RelativeSaysIt(
      "Our daughter Dalia is here in Alexandria with us.", "Alexandria"));
  EXPECT_FALSE(
      RelativeSaysIt("I live in Georgetown with my mother.", "Georgetown"));
  // A quoted sentence about a relative has ended at its closing mark.
  EXPECT_FALSE(RelativeSaysIt(
      "\"My mama was at a parade when her water broke.\" She grew up in "
      "Theodore and ended up at the Dauphin Island Sea Lab.",
      "Dauphin"));
}

}  // namespace
}  // namespace exposure
