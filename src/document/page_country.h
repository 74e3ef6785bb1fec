// The country a page is from when its <html lang> names no region: "en"
// and "es" are written in many countries, and a number such as
// "0772 555014" or "7155 0142" is only a phone number read as the right
// country's. The page says where it is in other ways: the countries it
// names ("Windhoek, Namibia", "Tegucigalpa, Honduras"), the country codes
// of the numbers it writes in full ("+60 3-2711 0142"), its hosts' and
// addresses' country domains (".ch", ".at"), and US state codes
// ("Austin, TX").
#ifndef EXPOSURE_DOCUMENT_PAGE_COUNTRY_H_
#define EXPOSURE_DOCUMENT_PAGE_COUNTRY_H_

#include <string>
#include <string_view>
#include <vector>

#include "exposure/document.h"

namespace exposure::internal {

// A country the page points to and how many signals do.
struct CountryVotes {
  std::string code;  // ISO 3166-1 alpha-2
  int votes = 0;
};

// Every country `document`'s text, links and title point to, most votes
// first. Reads the page's own words only; no lookup.
std::vector<CountryVotes> CountriesOfPage(const Document& document);

// The first code of `ranked` (CountriesOfPage), or "" when there is none
// or the next country has as many votes.
std::string ClearWinner(const std::vector<CountryVotes>& ranked);

// The ISO 3166 code of the country `document` points to most, or "" when
// nothing does clearly (no signal, or another country as often).
std::string CountryOfPage(const Document& document);

// The territories that write `region`'s language tag but number their
// phones apart ("GG IM JE …" for "GB"), space-separated; "" when none.
std::string_view TerritoriesOf(std::string_view region);

}  // namespace exposure::internal

#endif  // EXPOSURE_DOCUMENT_PAGE_COUNTRY_H_
