// Tests for ContactNamesSomeoneElse: contacts introduced as another
// person's are told from the owner's own; and for the owner's names.
#include "extract/contact_owner.h"

#include <string>
#include <string_view>

#include "gtest/gtest.h"

namespace exposure {
namespace {

bool OthersContact(std::string_view text, std::string_view contact,
                   std::string_view email, std::string_view owner) {
  std::size_t begin = text.find(contact);
  EXPECT_NE(begin, std::string_view::npos) << contact;
  return ContactNamesSomeoneElse(text, begin, begin + contact.size(), email,
                                 owner);
}

TEST(ContactOwner, ANamedPersonsPhoneAndEmailAreTheirs) {
  std::string_view text =
      "Other board members: President – Glen Abernathy, (512) 555-0120, "
      "president@willowcreekhoa.example";
  EXPECT_TRUE(OthersContact(text, "(512) 555-0120", "", "Marisol Quintero"));
  EXPECT_TRUE(OthersContact(text, "president@willowcreekhoa.example",
                            "president@willowcreekhoa.example",
                            "Marisol Quintero"));
}

TEST(ContactOwner, TheContactOfThePersonAVerbNamesIsTheirs) {
  std::string_view rsvp =
      "Shower hosted by my sister Kayla at her house. RSVP to Kayla at "
      "850-555-0129 by January 3.";
  EXPECT_TRUE(OthersContact(rsvp, "850-555-0129", "", "Brittany Faircloth"));
  // The owner unknown: only a relative the block names.
  EXPECT_TRUE(OthersContact(rsvp, "850-555-0129", "", ""));
  EXPECT_FALSE(OthersContact("RSVP to Kayla at 850-555-0129 by January 3.",
                             "850-555-0129", "", ""));
  // The owner named by the verb: theirs.
  std::string_view text = "Questions? Text Lia at (671) 555-0132 or email her.";
  EXPECT_FALSE(OthersContact(text, "(671) 555-0132", "", "Lia Taitano"));
  // A name the owner goes by but the page does not spell out is no one
  // else's without a relation.
  EXPECT_FALSE(OthersContact("text Tencha at 203-555-0171 or email her",
                             "203-555-0171", "", "Hortencia Galarza"));
}

TEST(ContactOwner, TheContactOfARelativeOrFriendWhoCanBeReachedIsTheirs) {
  std::string_view text =
      "Meals are organised by my friend Avis on the meal calendar. Avis can "
      "be reached at 340-555-0177.";
  EXPECT_TRUE(OthersContact(text, "340-555-0177", "", "Claudette Petersen"));
  EXPECT_TRUE(
      OthersContact("My sister Noor helps out. Noor's cell: "
                    "555-0100",
                    "555-0100", "", "Claudette Petersen"));
  // Without the relation, or naming the owner: not someone else's.
  EXPECT_FALSE(OthersContact("Avis can be reached at 340-555-0177.",
                             "340-555-0177", "", "Claudette Petersen"));
  EXPECT_FALSE(
      OthersContact("my friend Dette says Dette can be reached at "
                    "340-555-0142",
                    "340-555-0142", "", "Dette Petersen"));
}

TEST(ContactOwner, AShortFormOfTheOwnersNameNamesThem) {
  EXPECT_TRUE(NamesOwnerShortly("Cyp", "Cyprian Alcide"));
  EXPECT_TRUE(NamesOwnerShortly("Marv", "Marvin Gadsden"));
  EXPECT_TRUE(NamesOwnerShortly("Alcide", "Cyprian Alcide"));
  // Too short, not a start, or the whole of another name.
  EXPECT_FALSE(NamesOwnerShortly("Cy", "Cyprian Alcide"));
  EXPECT_FALSE(NamesOwnerShortly("Prian", "Cyprian Alcide"));
  EXPECT_FALSE(NamesOwnerShortly("Alcid", "Cyprian Alcide"));
  EXPECT_FALSE(NamesOwner("Cyp", "Cyprian Alcide"));
}

TEST(ContactOwner, AFirstNameAndInitialNameSomeone) {
  std::string_view text =
      "Spares: Marlene O. 204-555-0121 · Trish D. 204-555-0157";
  EXPECT_TRUE(OthersContact(text, "204-555-0121", "", "Darlene Kowalchuk"));
  EXPECT_TRUE(OthersContact(text, "204-555-0157", "", "Darlene Kowalchuk"));
  EXPECT_FALSE(OthersContact("Darlene K. 204-555-0199", "204-555-0199", "",
                             "Darlene Kowalchuk"));
}

TEST(ContactOwner, AMessageLineIsItsSpeakers) {
  std::string_view mike =
      "Mike T., Cape Elizabeth: Happy birthday! Is the crib still around? "
      "207-555-0193";
  EXPECT_TRUE(OthersContact(mike, "207-555-0193", "", "Heather Libby"));
  std::string_view shawna =
      "Nov 14 Shawna Kelly, league secretary: Provincials are in Gander. "
      "Call me at 709-555-0112.";
  EXPECT_TRUE(OthersContact(shawna, "709-555-0112", "", "Wade Pardy"));
  // The owner's own line, and a label that only looks like a name.
  EXPECT_FALSE(
      OthersContact("Heather Libby: porch pickup, text "
                    "207-555-0144",
                    "207-555-0144", "", "Heather Libby"));
  EXPECT_FALSE(OthersContact("Home Phone: 207-555-0144", "207-555-0144", "",
                             "Heather Libby"));
}

TEST(ContactOwner, APlacesOrARelativesNumberIsNotTheOwners) {
  std::string_view venue =
      "Recepción 8:00 pm · Salón Jardín · Tel. del salón 222 555 0133";
  EXPECT_TRUE(OthersContact(venue, "222 555 0133", "", "Ximena Ortega"));
  std::string_view mum =
      "Confirma con mi mamá al 222 555 0147 o conmigo por WhatsApp al 222 318 "
      "4471.";
  EXPECT_TRUE(OthersContact(mum, "222 555 0147", "", "Ximena Ortega"));
  EXPECT_FALSE(OthersContact(mum, "222 318 4471", "", "Ximena Ortega"));
  EXPECT_TRUE(OthersContact("the venue's number is 0113 496 0001",
                            "0113 496 0001", "", "Gemma"));
}

TEST(ContactOwner, ADepartmentAndExtensionStillLeadToTheNamedPerson) {
  std::string_view text =
      "RSVP to Denise Walcott in HR, ext. 4417 or 937-555-0140.";
  EXPECT_TRUE(OthersContact(text, "937-555-0140", "", "Gloria Tennant"));
  // A town after "in" is not glue: "Ana Ruiz in Boston, text me" is not
  // the contact's owner line.
  EXPECT_FALSE(
      OthersContact("Met Ana Ruiz in Boston today, text me at "
                    "617-555-0101",
                    "617-555-0101", "", "Lena Park"));
}

TEST(ContactOwner, TextHimOrCallHerIntroducesSomeoneElse) {
  EXPECT_TRUE(OthersContact("Tom's department. Text him on 086 555 0187.",
                            "086 555 0187", "", "Aoife Brennan"));
  EXPECT_TRUE(
      OthersContact("Questions about the cake? Call her at "
                    "503-555-0142",
                    "503-555-0142", "", "Aoife Brennan"));
  EXPECT_FALSE(OthersContact("Text me on 086 555 0142.", "086 555 0142", "",
                             "Aoife Brennan"));
  // On a page about Cormac, "him" is Cormac.
  EXPECT_FALSE(
      OthersContact("Cormac has more seedlings than sense; anyone "
                    "can ring him at 570.555.0119",
                    "570.555.0119", "", "Cormac Doherty"));
  // "Students who …" names no one: "her" is the page's subject.
  EXPECT_FALSE(OthersContact(
      "Tjaša flies most weekends. Students who want a check ride can reach "
      "her on 031 628 774",
      "031 628 774", "", "Tjaša Kranjc"));
  // "Malc" is the page's short form of Malcolm.
  EXPECT_FALSE(OthersContact(
      "Malc is the club's finds recorder this year, so members can ring him "
      "on 07812 554417",
      "07812 554417", "", "Malcolm Pettifer"));
  // A sentence's first word is no one's name.
  EXPECT_FALSE(OthersContact(
      "Rania teaches cello on weekends. For lessons, call or WhatsApp her on "
      "079 418 2375",
      "079 418 2375", "", "Rania Haddadin"));
  EXPECT_FALSE(OthersContact(
      "Dana is always looking for float helpers. Call or text her at "
      "251-555-0166",
      "251-555-0166", "", "Dana Kittrell"));
  // The words of an address between the owner's name and "her" are places.
  EXPECT_FALSE(OthersContact(
      "Mail a check payable to Ida Mae Pruitt, to 16 West Ridge Road, "
      "Tangier, VA 23440, or call her at (757) 555-0143",
      "(757) 555-0143", "", "Ida Mae Pruitt"));
}

TEST(ContactOwner, AHandleOrHostCanSpellAWordOfTheOwnersName) {
  EXPECT_TRUE(SpellsOwnerWord("dezamberley", "Dez Amberley", 4));
  EXPECT_FALSE(SpellsOwnerWord("dezamberley", "Dez Amberley-Ng", 9));
  EXPECT_TRUE(SpellsOwnerWord("@noorhaddad", "Noor Haddad", 3));
  EXPECT_FALSE(SpellsOwnerWord("gabe-ortiz", "Noor Haddad", 3));
  EXPECT_FALSE(SpellsOwnerWord("anything", "", 3));
}

TEST(ContactOwner, AnEmailSpellingANameNearbyIsThatPersons) {
  std::string_view text =
      "For licensing, talk to my agent, Priscilla Vance at Lanternfly "
      "Literary (pvance@lanternfly.example).";
  EXPECT_TRUE(OthersContact(text, "pvance@lanternfly.example",
                            "pvance@lanternfly.example", "June Halloway"));
}

TEST(ContactOwner, TheOwnersOwnContactsStay) {
  EXPECT_FALSE(OthersContact("Marisol Quintero, (512) 555-0139", "(512)", "",
                             "Marisol Quintero"));
  EXPECT_FALSE(OthersContact("For anything else, text me at 512.555.0139",
                             "512.555.0139", "", ""));
  // A place before a signature's phone is not a person.
  EXPECT_FALSE(
      OthersContact("73 de Hal KD9QXV · Oshkosh WI · (920) "
                    "555-0157",
                    "(920) 555-0157", "", ""));
  // "Find Farida:" leads into her own links.
  EXPECT_FALSE(OthersContact("Find Farida: farida@mansourtextile.example",
                             "farida@mansourtextile.example",
                             "farida@mansourtextile.example", ""));
  // Shouting is not a name.
  EXPECT_FALSE(OthersContact("CALL OR TEXT DMITRI: 314.555.0158",
                             "314.555.0158", "", ""));
}

TEST(ContactOwner, AnEmailSpellingTheOwnersNameIsTheirsAfterABusiness) {
  std::string_view text =
      "Sunrise rides: Chile Verde Balloon Rides, 505-555-0142, "
      "ray@chileverdeballoon.example";
  EXPECT_FALSE(OthersContact(text, "ray@chileverdeballoon.example",
                             "ray@chileverdeballoon.example", "Ray Archuleta"));
  // Without that, the business named before it holds it.
  EXPECT_TRUE(OthersContact(text, "ray@chileverdeballoon.example",
                            "ray@chileverdeballoon.example", "Lena Ortiz"));
}

TEST(ContactOwner, AnAddressAfterAnotherNameIsTheirs) {
  auto others_address = [](std::string_view text, std::string_view address,
                           std::string_view owner) {
    return AddressNamesSomeoneElse(text, text.find(address), owner);
  };
  EXPECT_TRUE(others_address("Secretary - Tamsin Wu, 1203 Heron Way", "1203",
                             "Marisol Quintero"));
  EXPECT_TRUE(others_address("Thu, Dec 3 · The Meeple Mug, 1190 N High St",
                             "1190", "Caleb Ostrowski"));
  // The owner's own, a building's name, a house described in words, and
  // any name when the owner is unknown.
  EXPECT_FALSE(others_address("Cards to Marjorie Brandt, 2907 Walnut St",
                              "2907", "Marjorie Brandt"));
  EXPECT_FALSE(others_address("Flat 304, Sai Krupa Apartments, 12 Prabhat Road",
                              "12 Prabhat", "Sunita Kulkarni"));
  EXPECT_FALSE(others_address(
      "at my building, Edifício Jardim Flor, Rua de Fernão Mendes Pinto 77",
      "Rua de", "Inês Leong"));
  EXPECT_FALSE(others_address("Résidence Le Gabian, 6 Rue du Gabian", "6 Rue",
                              "Josiane Boisson"));
  EXPECT_FALSE(others_address("Post to Rose Cottage, 12 Mill Lane, Sark",
                              "12 Mill", "Pip Allen"));
  EXPECT_FALSE(others_address("the little yellow Cape Cod at 4417 Kenwick Ave",
                              "4417", "Yvonne Castellanos"));
  EXPECT_FALSE(others_address("RSVP cards go to: Nadia Ferreira, 2638 W Palmer",
                              "2638", ""));
}

TEST(IsAsideAboutAnotherName, SheOpeningAnAsideAfterAnotherNameIsThem) {
  EXPECT_TRUE(
      IsAsideAboutAnotherName("she", "Married to Nisreen (", "Ammar Ba-Wazir"));
  EXPECT_FALSE(IsAsideAboutAnotherName("she", "Meet Lena (", "Lena Ruiz"));
  EXPECT_FALSE(
      IsAsideAboutAnotherName("she", "Married to Nisreen, ", "Ammar Ba-Wazir"));
  EXPECT_FALSE(IsAsideAboutAnotherName("they", "Nisreen (", "Ammar"));
}

TEST(IsOrganisationMailbox, ASharedMailboxIsTheOwnersOnlyOnTheirOwnDomain) {
  EXPECT_TRUE(IsOrganisationMailbox("info@boxdjibouti.example", "Hodan Ali"));
  EXPECT_TRUE(IsOrganisationMailbox("bonjour@aquaform.example", "Shermaine"));
  EXPECT_FALSE(
      IsOrganisationMailbox("hello@imaniokoro.example", "Imani Okoro"));
  EXPECT_FALSE(IsOrganisationMailbox("hodan.ali@example.com", "Hodan Ali"));
  EXPECT_FALSE(IsOrganisationMailbox("info@boxdjibouti.example", ""));
}

}  // namespace
}  // namespace exposure
