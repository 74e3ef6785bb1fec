// What a page calls its own site: the platform or organisation behind it
// ("Facebook", "Casa Prana Yoga", "CitaBarber"), read from og:site_name,
// the home link's text, the title's last part and the host. A
// place found in the owner's text that is only the site's name ("Graciela
// está en Facebook", "profe de yoga en Casa Prana") is not where they are.
#ifndef EXPOSURE_EXTRACT_SITE_NAMES_H_
#define EXPOSURE_EXTRACT_SITE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "exposure/document.h"

namespace exposure {

// Host of an http(s) URL, lower case, without "www." and port; "" for
// anything else.
std::string HostOf(std::string_view url);

// The names the page gives its site, each as its lower-case words: from
// meta og:site_name and application-name and the text of links to the
// site's home page ("/"), or else the title's last part (after its last
// "|", "·", "–", "—" or " - "); and the first label of the page's host.
std::vector<std::vector<std::string>> SiteNames(const Document& document);

// True when `place`'s words (the part before its first comma) are a site
// name's first words: "Casa Prana" names "Casa Prana Yoga", "Lyon" does
// not name "Lyonnaise Rencontres". With `whole_name`, they must be all of
// it: a town's paper ("Kenosha News") does not make "Kenosha" the site.
bool NamesTheSite(std::string_view place,
                  const std::vector<std::vector<std::string>>& site_names,
                  bool whole_name);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_SITE_NAMES_H_
