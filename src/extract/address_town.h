// The town of a street address: where a person whose home address is
// "31 Heol y Gors, Pontardawe SA8 4LP" lives is Pontardawe. A found address
// says the coarser location too, and the report lists both.
#ifndef EXPOSURE_EXTRACT_ADDRESS_TOWN_H_
#define EXPOSURE_EXTRACT_ADDRESS_TOWN_H_

#include <string>
#include <string_view>
#include <vector>

#include "exposure/extract.h"

namespace exposure {

// The town in a normalised address value, as a location would be written:
// "1820 N 15th St, Boise, ID 83702" gives "Boise, ID", "14 rue des
// Capucins, 69001 Lyon" gives "Lyon", "19 Leinster Grove, Flat 2,
// Rathmines, Dublin 6, D06 X2K4" gives "Dublin". Postcodes, units, states
// and district numbers are left out. "" when the address names no town
// ("22 Oak St").
std::string TownOfAddress(std::string_view address);

// Cuts a state, province or territory code written after a town without a
// comma ("Providence RI", "Thursday Island QLD") off `town` and returns
// it as its code ("RI", "QLD"); "" (and `town` unchanged) when the last
// word is none.
std::string TakeTrailingStateCode(std::string* town);

// Adds, for each address among `findings`, a location finding for its town
// (rule id "location.town_of_address", the address's confidence, source
// and snippet), unless a location with that town is already there.
void AddTownsOfAddresses(std::vector<Finding>* findings);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_ADDRESS_TOWN_H_
