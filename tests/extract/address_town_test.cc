// Tests for TownOfAddress and AddTownsOfAddresses: the town a street
// address names, reported as a location.
#include "extract/address_town.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace exposure {
namespace {

TEST(TownOfAddress, TheTownWithoutPostcodesUnitsOrDistricts) {
  EXPECT_EQ(TownOfAddress("1820 N 15th St, Boise, ID 83702"), "Boise, ID");
  EXPECT_EQ(TownOfAddress("58 Wickenden St Apt 3, Providence RI 02903"),
            "Providence, RI");
  EXPECT_EQ(TownOfAddress("31 Heol y Gors, Pontardawe SA8 4LP"), "Pontardawe");
  EXPECT_EQ(TownOfAddress("14 rue des Capucins, 69001 Lyon"), "Lyon");
  EXPECT_EQ(TownOfAddress("1455 Los Ñires, Barrio Río Pipo, (9410) Ushuaia"),
            "Ushuaia");
  EXPECT_EQ(
      TownOfAddress("19 Leinster Grove, Flat 2, Rathmines, Dublin 6, D06 X2K4"),
      "Dublin");
  EXPECT_EQ(TownOfAddress("22 Kestrel Cres, Mango Hill, QLD"),
            "Mango Hill, QLD");
  // A county or an archipelago after the town; an island after a village.
  EXPECT_EQ(TownOfAddress("7 Cois Trá, Dooagh, Achill, Co. Mayo F28 K2Y7"),
            "Achill");
  EXPECT_EQ(TownOfAddress("245 Pasaje La Pólvora, San Juan Bautista, Isla "
                          "Robinson Crusoe, Archipiélago Juan Fernández"),
            "San Juan Bautista, Isla Robinson Crusoe");
  EXPECT_EQ(TownOfAddress("23 Ravenswood Crescent, Trevallyn TAS 7250"),
            "Trevallyn, TAS");
  EXPECT_EQ(TownOfAddress("9 Fort St, Victoria"), "Victoria");
  // An island after the village: the village, on its island.
  EXPECT_EQ(
      TownOfAddress("12 Breasclete Park, Breasclete, Isle of Lewis HS2 9EE"),
      "Breasclete, Isle of Lewis");
  EXPECT_EQ(TownOfAddress("112 Calle Duquesa Villahermosa, 4o izd"), "");
  EXPECT_EQ(TownOfAddress("27 Privada Los Fresnos, Col. La Paz, Puebla"),
            "Puebla");
  // A Mexican state's abbreviation and a "C.P." postcode are no town.
  EXPECT_EQ(TownOfAddress("4000 Calzada Ruiz Cortines, Boca del Río, Ver."),
            "Boca del Río");
  EXPECT_EQ(TownOfAddress("23 Calle Cempasúchil, Col. Indeco Ánimas, C.P. "
                          "91190, Xalapa, Ver"),
            "Xalapa");
  EXPECT_EQ(TownOfAddress("4412 Albemarle St NW, Washington, DC 20016"),
            "Washington, DC");
  EXPECT_EQ(TownOfAddress("22 Oak St"), "");
}

TEST(AddTownsOfAddresses, AnAddressGivesItsTownOnce) {
  Finding address;
  address.category = Category::kAddress;
  address.value = "14 rue des Capucins, 69001 Lyon";
  address.confidence = 0.8;
  address.snippet = "Adresse : 14 rue des Capucins, 69001 Lyon";
  std::vector<Finding> findings = {address};
  AddTownsOfAddresses(&findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[1].category, Category::kLocation);
  EXPECT_EQ(findings[1].value, "Lyon");
  EXPECT_EQ(findings[1].rule_id, "location.town_of_address");
  EXPECT_EQ(findings[1].snippet, address.snippet);
  EXPECT_DOUBLE_EQ(findings[1].confidence, 0.8);

  // A location the page already gives for that town is not repeated.
  Finding location;
  location.category = Category::kLocation;
  location.value = "Lyon, France";
  findings = {address, location};
  AddTownsOfAddresses(&findings);
  EXPECT_EQ(findings.size(), 2u);

  // Nor is a region the page names after its town: "Mérida, Yucatán"
  // makes the address's last part Yucatán's, not a town's.
  Finding mexican = address;
  mexican.value = "482 Calle 59, Mérida, Yucatán 97000";
  Finding town = location;
  town.value = "Mérida, Yucatán";
  findings = {mexican, town};
  AddTownsOfAddresses(&findings);
  EXPECT_EQ(findings.size(), 2u);

  // Nor a town the page names in full: "Achill" is "Achill Island".
  Finding irish = address;
  irish.value = "7 Cois Trá, Dooagh, Achill, Co. Mayo F28 K2Y7";
  Finding island = location;
  island.value = "Dooagh, Achill Island, Co. Mayo";
  findings = {irish, island};
  AddTownsOfAddresses(&findings);
  EXPECT_EQ(findings.size(), 2u);
}

}  // namespace
}  // namespace exposure
