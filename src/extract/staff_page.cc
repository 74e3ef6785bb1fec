// StaffPageOrganisation / StaffPageTown / StaffPageFindings: the organisation a
// staff page's title names is where its person works.
#include "extract/staff_page.h"

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "common/strings.h"
#include "exposure/rules.h"

namespace exposure {
namespace {

// Words that make a title part a list of an organisation's people.
bool IsTeamWord(std::string_view word) {
  static const std::vector<std::string_view> kTeams = {
      "team",        "staff",        "guides",    "instructors",
      "instrutores", "instructores", "profes",    "profesores",
      "professores", "teachers",     "coaches",   "entrenadores",
      "trainers",    "therapists",   "faculty",   "equipo",
      "equipe",      "équipe",       "l'équipe",  "squadra",
      "monitores",   "monitors",     "moniteurs", "vets",
      "nurses",      "stylists",     "doctors",   "docentes"};
  return IsOneOf(word, kTeams);
}

// Words that may stand beside a team word: "Meet the Team", "Nuestros
// profes", "Our Guides".
bool IsTeamPhraseWord(std::string_view word) {
  static const std::vector<std::string_view> kFillers = {
      "meet",    "the",     "our",    "my",     "nuestros", "nuestras",
      "nuestro", "nuestra", "nossos", "nossas", "nosso",    "nossa",
      "os",      "as",      "notre",  "nos",    "la",       "el",
      "los",     "las",     "de",     "del",    "il",       "lo",
      "members", "miembros"};
  return IsOneOf(word, kFillers);
}

// Splits a title at the separators sites put between its parts (forum
// software adds " :: ").
std::vector<std::string_view> TitleParts(std::string_view title) {
  return SplitAtSeparators(title, {" | ", " · ", " – ", " — ", " - ", " :: "});
}

// The part is a team word and the words that go with it, nothing else:
// "Meet the Team", "Instrutores"; not "Pearl Harbour Arrows team".
bool IsTeamPart(std::string_view part) {
  std::vector<std::string_view> words = SplitAny(part, " ");
  if (words.empty() || words.size() > 4) return false;
  bool team = false;
  for (std::string_view word : words) {
    const std::string lower = AsciiLower(word);
    if (IsTeamWord(lower)) {
      team = true;
    } else if (!IsTeamPhraseWord(lower)) {
      return false;
    }
  }
  return team;
}

// A part with a word of the owner's name ("Flor Bentancor" for Florencia
// Bentancor, "Meet Kabelo") is the person, not an organisation.
bool NamesOwner(std::string_view part, std::string_view owner_name) {
  const std::string lower_part = AsciiLower(part);
  for (std::string_view word : SplitAny(owner_name, " ")) {
    if (word.size() >= 3 &&
        lower_part.find(AsciiLower(word)) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// The role words of patterns/lists/job_roles.txt ("tech", "trainer",
// "profesora"), lower-case.
const absl::flat_hash_set<std::string>& JobRoles() {
  static const auto* roles = [] {
    auto* set = new absl::flat_hash_set<std::string>;
    for (const std::string& role : DefaultListEntries("job_roles")) {
      set->insert(AsciiLower(role));
    }
    return set;
  }();
  return *roles;
}

// A short part with a job's word: "Senior Vet Tech", "Head Trainer",
// "Profesora de salsa cubana y rueda de casino".
bool HasRoleWord(std::string_view part) {
  std::vector<std::string_view> words = SplitAny(part, " ,:");
  if (words.size() > 10) return false;
  for (std::string_view word : words) {
    if (JobRoles().contains(AsciiLower(word))) return true;
  }
  return false;
}

// Words that make a title part the site's own page, not an employer: "Jane
// Doe | Nurse | Portfolio", "… | Instagram".
bool IsSitePart(std::string_view part) {
  static const std::vector<std::string_view> kSiteWords = {
      "portfolio", "blog",    "home",     "homepage",  "resume",   "résumé",
      "cv",        "website", "site",     "official",  "personal", "profile",
      "about",     "contact", "linkedin", "instagram", "facebook", "twitter",
      "tiktok",    "youtube", "medium",   "substack",  "github",   "wordpress",
      "perfil",    "inicio",  "página",   "profil",    "accueil"};
  for (std::string_view word : SplitAny(part, " ")) {
    if (IsOneOf(AsciiLower(word), kSiteWords)) return true;
  }
  return false;
}

// "Coral Cove Animal Clinic, Grand Cayman" -> "Coral Cove Animal Clinic";
// "Escola d'Esquí Solneu (Andorra)" -> "Escola d'Esquí Solneu".
std::string WithoutPlace(std::string_view organisation) {
  organisation = organisation.substr(0, organisation.find(','));
  organisation = organisation.substr(0, organisation.find(" ("));
  return std::string(StripWhitespace(organisation));
}

// True when a part names a kind of workplace ("Coral Cove Animal Clinic",
// "Naksu Muay Thai Gym", "Escuela de Baile Son Sabor"), as a directory or
// marketplace's own name ("GigBridge", "KeyNote Teachers") does not.
bool NamesWorkplaceKind(std::string_view part) {
  static const std::vector<std::string_view> kKinds = {
      "clinic",     "clínica",  "clinica",   "clinique",   "hospital",
      "surgery",    "practice", "pharmacy",  "farmacia",   "dental",
      "veterinary", "gym",      "gimnasio",  "dojo",       "studio",
      "estudio",    "school",   "escuela",   "escola",     "école",
      "academy",    "academia", "college",   "institute",  "instituto",
      "salon",      "salón",    "spa",       "bakery",     "panadería",
      "café",       "cafe",     "cafetería", "restaurant", "bistro",
      "hotel",      "lodge",    "camp",      "library",    "biblioteca",
      "centre",     "center",   "centro",    "club",       "garage",
      "taller",     "shop",     "store",     "tienda",     "market",
      "mercado",    "farm",     "ranch",     "brewery",    "winery",
      "museum",     "museo",    "theatre",   "theater",    "teatro",
      "church",     "agency",   "bank",      "kitchen"};
  for (std::string_view word : SplitAny(part, " ,")) {
    if (IsOneOf(AsciiLower(word), kKinds)) return true;
  }
  return false;
}

// The organisation part of "<name>, <role> | <organisation>" or "<name> —
// <role> | <organisation>": the first part after the role that is not
// the person, a team or the site's own page; "" when there is none.
std::string OrganisationAfterRole(const std::vector<std::string_view>& parts,
                                  std::string_view owner_name) {
  if (owner_name.empty()) return "";
  std::size_t owner = parts.size();
  for (std::size_t i = 0; i < parts.size() && owner == parts.size(); ++i) {
    if (NamesOwner(parts[i], owner_name)) owner = i;
  }
  if (owner >= parts.size()) return "";
  std::size_t role = parts.size();
  for (std::size_t i = owner; i < parts.size() && i <= owner + 1; ++i) {
    if (HasRoleWord(parts[i])) {
      role = i;
      break;
    }
  }
  if (role + 1 >= parts.size()) return "";
  std::string_view next = parts[role + 1];
  if (next.empty() || NamesOwner(next, owner_name) || IsTeamPart(next) ||
      IsSitePart(next) || !NamesWorkplaceKind(WithoutPlace(next))) {
    return "";
  }
  return std::string(next);
}

// The title part naming the organisation, its town still on
// ("Naksu Muay Thai Gym, Chiang Mai"); "" when there is none.
std::string OrganisationPart(std::string_view title,
                             std::string_view owner_name) {
  std::vector<std::string_view> parts = TitleParts(title);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (!IsTeamPart(parts[i])) continue;
    for (std::size_t j = i + 1; j < parts.size(); ++j) {
      if (parts[j].empty() || NamesOwner(parts[j], owner_name)) continue;
      return std::string(parts[j]);
    }
    return "";
  }
  return OrganisationAfterRole(parts, owner_name);
}

Finding TitleFinding(const Document& document, Category category,
                     const Validated& validated, std::string_view matched,
                     double confidence, std::string_view rule_id) {
  Finding finding;
  finding.category = category;
  finding.value = validated.value;
  finding.display = validated.display;
  finding.confidence = confidence;
  finding.rule_id = std::string(rule_id);
  finding.url = document.url;
  finding.source = Source::kProfile;
  finding.snippet = document.title;
  finding.matched = std::string(matched);
  return finding;
}

}  // namespace

std::string StaffPageOrganisation(std::string_view title,
                                  std::string_view owner_name) {
  std::string part = OrganisationPart(title, owner_name);
  return part.empty() ? "" : WithoutPlace(part);
}

std::string StaffPageTown(std::string_view title, std::string_view owner_name) {
  std::string part = OrganisationPart(title, owner_name);
  std::size_t comma = part.find(',');
  if (comma == std::string::npos) return "";
  std::string_view town =
      StripWhitespace(std::string_view(part).substr(comma + 1));
  town = town.substr(0, town.find(" ("));
  return std::string(StripWhitespace(town));
}

std::vector<Finding> StaffPageFindings(const Document& document) {
  std::vector<Finding> findings;
  std::string organisation =
      StaffPageOrganisation(document.title, document.owner_name);
  if (organisation.empty()) return findings;
  if (std::optional<Validated> name = Validate("name", organisation)) {
    findings.push_back(TitleFinding(document, Category::kWorkplace, *name,
                                    organisation, 0.7, "workplace.staff_page"));
  }
  std::string town = StaffPageTown(document.title, document.owner_name);
  if (!town.empty()) {
    if (std::optional<Validated> place = Validate("location", town)) {
      findings.push_back(TitleFinding(document, Category::kLocation, *place,
                                      town, 0.6, "location.staff_page"));
    }
  }
  return findings;
}

}  // namespace exposure
