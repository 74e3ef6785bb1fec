// StaffPageOrganisation / StaffPageWorkplace: the organisation a staff
// page's title names is where its person works.
#include "extract/staff_page.h"

#include <string>
#include <string_view>
#include <vector>

#include "common/strings.h"
#include "exposure/rules.h"

namespace exposure {
namespace {

// Words that make a title part a list of an organisation's people.
bool IsTeamWord(std::string_view word) {
  for (std::string_view team :
       {"team",        "staff",        "guides",   "instructors",
        "instrutores", "instructores", "profes",   "profesores",
        "professores", "teachers",     "coaches",  "entrenadores",
        "trainers",    "therapists",   "faculty",  "equipo",
        "equipe",      "équipe",       "l'équipe", "squadra"}) {
    if (word == team) return true;
  }
  return false;
}

// Words that may stand beside a team word: "Meet the Team", "Nuestros
// profes", "Our Guides".
bool IsTeamPhraseWord(std::string_view word) {
  for (std::string_view filler :
       {"meet",    "the",     "our",    "my",     "nuestros", "nuestras",
        "nuestro", "nuestra", "nossos", "nossas", "nosso",    "nossa",
        "os",      "as",      "notre",  "nos",    "la",       "el",
        "los",     "las",     "de",     "del",    "il",       "lo",
        "members", "miembros"}) {
    if (word == filler) return true;
  }
  return false;
}

// Splits a title at the separators sites put between its parts.
std::vector<std::string> TitleParts(std::string_view title) {
  std::vector<std::string> parts;
  std::string current;
  std::size_t i = 0;
  while (i < title.size()) {
    bool split = false;
    for (std::string_view separator :
         {" | ", " · ", " – ", " — ", " - ", " :: "}) {
      if (title.substr(i, separator.size()) == separator) {
        parts.emplace_back(StripWhitespace(current));
        current.clear();
        i += separator.size();
        split = true;
        break;
      }
    }
    if (!split) current.push_back(title[i++]);
  }
  parts.emplace_back(StripWhitespace(current));
  return parts;
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

}  // namespace

std::string StaffPageOrganisation(std::string_view title,
                                  std::string_view owner_name) {
  std::vector<std::string> parts = TitleParts(title);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (!IsTeamPart(parts[i])) continue;
    for (std::size_t j = i + 1; j < parts.size(); ++j) {
      if (parts[j].empty() || NamesOwner(parts[j], owner_name)) continue;
      std::string_view organisation = parts[j];
      organisation =
          StripWhitespace(organisation.substr(0, organisation.find(',')));
      return std::string(organisation);
    }
    return "";
  }
  return "";
}

std::optional<Finding> StaffPageWorkplace(const Document& document) {
  std::string organisation =
      StaffPageOrganisation(document.title, document.owner_name);
  if (organisation.empty()) return std::nullopt;
  std::optional<Validated> name = Validate("name", organisation);
  if (!name) return std::nullopt;
  Finding finding;
  finding.category = Category::kWorkplace;
  finding.value = name->value;
  finding.display = name->display;
  finding.confidence = 0.7;
  finding.rule_id = "workplace.staff_page";
  finding.url = document.url;
  finding.source = Source::kProfile;
  finding.snippet = document.title;
  finding.matched = organisation;
  return finding;
}

}  // namespace exposure
