// The workplace a staff page gives its person: on "Meet the Team | Crumb &
// Kettle Bakery" or "Inês Matos – Instrutores – Onda Norte Surf School",
// the person works for the organisation the title names next to the team
// word, though the text may never say so.
#ifndef EXPOSURE_EXTRACT_STAFF_PAGE_H_
#define EXPOSURE_EXTRACT_STAFF_PAGE_H_

#include <optional>
#include <string>
#include <string_view>

#include "exposure/document.h"
#include "exposure/extract.h"

namespace exposure {

// The organisation a staff page's title names: the part after the one
// with a team word ("Meet the Team", "Our Guides", "Nuestros profes",
// "Instrutores"), skipping the person's own name and stopping at a comma
// ("Sitatunga Sands Camp, Okavango Delta"). Without a team part, the part
// after the person's name and their role ("Kru Nok — Head Trainer | Naksu
// Muay Thai Gym, Chiang Mai"), when it is not the site's own page
// ("Portfolio", "Instagram"). "" when the title names no organisation.
std::string StaffPageOrganisation(std::string_view title,
                                  std::string_view owner_name);

// A workplace finding (rule id "workplace.staff_page", source profile) for
// the organisation of a staff page, whether it shows one person or the
// whole team (whoever is profiled there works for it); nothing when the
// title is not a staff page's.
std::optional<Finding> StaffPageWorkplace(const Document& document);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_STAFF_PAGE_H_
