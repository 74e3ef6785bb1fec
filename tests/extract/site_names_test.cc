// Tests for SiteNames and NamesTheSite: what a page calls its own site,
// and the places that are only that name.
#include "extract/site_names.h"

#include <string>
#include <vector>

#include "exposure/document.h"
#include "gtest/gtest.h"

namespace exposure {
namespace {

using Names = std::vector<std::vector<std::string>>;

TEST(SiteNames, ReadsSiteNameHomeLinkAndHost) {
  Document document;
  document.url = "https://www.citabarber.example/yeison";
  document.title =
      "Yeison The Barber - Santiago de los Caballeros | CitaBarber";
  document.properties.push_back({"meta:og:site_name", "Casa Prana Yoga"});
  Link home;
  home.url = "https://citabarber.example/";
  home.text = "CitaBarber";
  document.links.push_back(home);
  EXPECT_EQ(SiteNames(document),
            (Names{{"casa", "prana", "yoga"}, {"citabarber"}, {"citabarber"}}));
}

TEST(SiteNames, WithoutThoseTheTitlesLastPartNamesTheSite) {
  Document document;
  document.url = "file:///pages/bette.html";
  document.title = "Bette O.'s Reviews | Chicago - Yumble";
  EXPECT_EQ(SiteNames(document), (Names{{"yumble"}}));
  document.title = "Kevin, 31";
  EXPECT_TRUE(SiteNames(document).empty());
}

TEST(SiteNames, APageReadFromAFileIsWhereItsOgUrlSays) {
  Document document;
  document.url = "file:///pages/ulises.html";
  document.title = "Ulises Contreras en Andanzas";
  document.properties.push_back(
      {"meta:og:url", "https://andanzas.example/u/uli.vet"});
  EXPECT_EQ(SiteNames(document), (Names{{"andanzas"}}));
}

TEST(NamesTheSite, APlaceThatStartsTheSitesNameIsTheSite) {
  Names sites = {{"casa", "prana", "yoga"}, {"facebook"}};
  EXPECT_TRUE(NamesTheSite("Casa Prana", sites, false));
  EXPECT_TRUE(NamesTheSite("Facebook", sites, false));
  EXPECT_FALSE(NamesTheSite("Montevideo", sites, false));
  EXPECT_FALSE(NamesTheSite("Casa", Names{{"casablanca"}}, false));
  EXPECT_FALSE(NamesTheSite("Prana Yoga", sites, false));
  // With the whole name only, a town's paper does not hide the town.
  EXPECT_TRUE(NamesTheSite("Facebook", sites, true));
  EXPECT_FALSE(NamesTheSite("Kenosha", Names{{"kenosha", "news"}}, true));
}

}  // namespace
}  // namespace exposure
