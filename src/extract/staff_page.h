// The workplace a staff page gives its person: on "Meet the Team | Crumb &
// Kettle Bakery" or "Inês Matos – Instrutores – Onda Norte Surf School",
// the person works for the organisation the title names next to the team
// word, though the text may never say so.
#ifndef EXPOSURE_EXTRACT_STAFF_PAGE_H_
#define EXPOSURE_EXTRACT_STAFF_PAGE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// The town after the organisation in a staff page's title ("Chiang Mai"
// of "… | Naksu Muay Thai Gym, Chiang Mai"): where the person works; ""
// when the title names none.
std::string StaffPageTown(std::string_view title, std::string_view owner_name);

// Findings from a staff page's title, whether it shows one person or the
// whole team (whoever is profiled there works for it): the workplace (rule
// id "workplace.staff_page") and the town it is in ("location.staff_page"),
// both from source profile; nothing when the title is not a staff page's.
// The extractor keeps the town only when the page names no other place.
std::vector<Finding> StaffPageFindings(const Document& document);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_STAFF_PAGE_H_
