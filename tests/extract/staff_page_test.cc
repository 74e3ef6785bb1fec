// Tests for StaffPageOrganisation, StaffPageTown and StaffPageFindings: a staff
// page's title names where its person works.
#include "extract/staff_page.h"

#include <optional>

#include "gtest/gtest.h"

namespace exposure {
namespace {

TEST(StaffPageOrganisation, TheOrganisationAfterTheTeamPart) {
  EXPECT_EQ(StaffPageOrganisation("Meet the Team | Crumb & Kettle Bakery",
                                  "Adaeze Okonkwo-Hall"),
            "Crumb & Kettle Bakery");
  EXPECT_EQ(StaffPageOrganisation(
                "Nuestros profes · Flor Bentancor | Casa Prana Yoga – "
                "Montevideo",
                "Florencia Bentancor"),
            "Casa Prana Yoga");
  EXPECT_EQ(StaffPageOrganisation(
                "Inês Matos – Instrutores – Onda Norte Surf School Ericeira",
                "Inês Matos"),
            "Onda Norte Surf School Ericeira");
  EXPECT_EQ(StaffPageOrganisation("Meet Kabelo – Our Guides – Sitatunga Sands "
                                  "Camp, Okavango Delta",
                                  "Kabelo Sebego"),
            "Sitatunga Sands Camp");
  // Not a staff page, or nothing after the team part.
  EXPECT_EQ(StaffPageOrganisation("Kabelo's safari diary | Maun", "Kabelo"),
            "");
  EXPECT_EQ(StaffPageOrganisation("Crumb & Kettle Bakery | Meet the Team",
                                  "Adaeze Okonkwo-Hall"),
            "");
  EXPECT_EQ(StaffPageOrganisation(
                "How our team won the 2019 regional final at last | Blog", ""),
            "");
  // A sports team is not a staff list; nor is a platform's people search.
  EXPECT_EQ(StaffPageOrganisation("Wade Pardy – Pearl Harbour Arrows team – "
                                  "Avalon Darts League",
                                  "Wade Pardy"),
            "");
  EXPECT_EQ(StaffPageOrganisation("Find People | Facebook", ""), "");
}

TEST(StaffPageOrganisation, TheOrganisationAfterThePersonsRole) {
  EXPECT_EQ(StaffPageOrganisation("Team Spotlight: Shanice Ebanks, Senior Vet "
                                  "Tech | Coral Cove Animal Clinic, Grand "
                                  "Cayman",
                                  "Shanice Ebanks"),
            "Coral Cove Animal Clinic");
  EXPECT_EQ(StaffPageOrganisation(
                "Kru Nok — Head Trainer | Naksu Muay Thai Gym, Chiang Mai",
                "Kru Nok"),
            "Naksu Muay Thai Gym");
  EXPECT_EQ(StaffPageOrganisation("Martina Gallardo · Nuestros monitores · "
                                  "Escola d'Esquí Solneu (Andorra)",
                                  "Martina Gallardo"),
            "Escola d'Esquí Solneu");
  // The site's own page, a role-less title and an unknown person are not.
  EXPECT_EQ(StaffPageOrganisation("Jane Doe | Nurse | Portfolio", "Jane Doe"),
            "");
  EXPECT_EQ(StaffPageOrganisation("Jane Doe | Knitting | Ravelry", "Jane Doe"),
            "");
  EXPECT_EQ(StaffPageOrganisation("Head Trainer | Naksu Gym", ""), "");
  // A marketplace or directory names itself, not a workplace.
  EXPECT_EQ(StaffPageOrganisation(
                "Wanjiru K. – Bookkeeper & QuickBooks ProAdvisor – GigBridge",
                "Wanjiru K."),
            "");
}

TEST(StaffPageFindings, TheTeamsOrganisationIsTheWorkplace) {
  Document document;
  document.url = "https://crumb.example/team";
  document.title = "Our cinnamon buns | Crumb & Kettle Bakery";
  EXPECT_TRUE(StaffPageFindings(document).empty());
  document.title = "Meet the Team | Crumb & Kettle Bakery";
  std::vector<Finding> findings = StaffPageFindings(document);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].category, Category::kWorkplace);
  EXPECT_EQ(findings[0].value, "Crumb & Kettle Bakery");
  EXPECT_EQ(findings[0].rule_id, "workplace.staff_page");
  EXPECT_EQ(findings[0].source, Source::kProfile);
}

TEST(StaffPageFindings, TheOrganisationsTownIsWhereThePersonWorks) {
  Document document;
  document.title = "Kru Nok — Head Trainer | Naksu Muay Thai Gym, Chiang Mai";
  document.owner_name = "Kru Nok";
  std::vector<Finding> findings = StaffPageFindings(document);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].value, "Naksu Muay Thai Gym");
  EXPECT_EQ(findings[1].category, Category::kLocation);
  EXPECT_EQ(findings[1].value, "Chiang Mai");
  EXPECT_EQ(findings[1].rule_id, "location.staff_page");
  EXPECT_EQ(StaffPageTown("Martina Gallardo · Nuestros monitores · Escola "
                          "d'Esquí Solneu (Andorra)",
                          "Martina Gallardo"),
            "");
}

}  // namespace
}  // namespace exposure
