// LoadTruth: reading and checking a corpus truth.json.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>

#include "absl/status/status.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "exposure/eval.h"
#include "nlohmann/json.hpp"

namespace exposure {
namespace {

using json = nlohmann::json;

// Reads one {category, value, why} object; `where` names it in messages.
absl::StatusOr<TruthItem> ParseItem(const json& item, const std::string& where,
                                    std::string_view origin) {
  if (!item.is_object()) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": ", where, ": not an object"));
  }
  auto category = item.find("category");
  if (category == item.end()) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": ", where, ": missing \"category\""));
  }
  if (!category->is_string()) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": ", where, ": \"category\" is not a string"));
  }
  TruthItem parsed;
  const std::string& name = category->get_ref<const std::string&>();
  std::optional<Category> known = ParseCategory(name);
  if (!known) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": ", where, ": unknown category \"", name, "\""));
  }
  parsed.category = *known;
  auto value = item.find("value");
  if (value == item.end()) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": ", where, ": missing \"value\""));
  }
  if (!value->is_string()) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": ", where, ": \"value\" is not a string"));
  }
  parsed.value = value->get<std::string>();
  auto why = item.find("why");
  if (why != item.end()) {
    if (!why->is_string()) {
      return absl::InvalidArgumentError(
          StrCat(origin, ": ", where, ": \"why\" is not a string"));
    }
    parsed.why = why->get<std::string>();
  }
  return parsed;
}

// Reads the list `section` ("expect", ...) of `entry` into `items`; a
// missing section is an empty one.
absl::Status ParseSection(const json& entry, const char* section,
                          const std::string& where, std::string_view origin,
                          std::vector<TruthItem>* items) {
  auto list = entry.find(section);
  if (list == entry.end()) return absl::OkStatus();
  std::string list_where = StrCat(where, ".", section);
  if (!list->is_array()) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": ", list_where, ": not a list"));
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    ASSIGN_OR_RETURN(
        TruthItem item,
        ParseItem((*list)[i], StrCat(list_where, "[", i, "]"), origin));
    items->push_back(std::move(item));
  }
  return absl::OkStatus();
}

absl::StatusOr<TruthEntry> ParseEntry(const json& entry,
                                      const std::string& where,
                                      std::string_view origin) {
  if (!entry.is_object()) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": ", where, ": not an object"));
  }
  TruthEntry parsed;
  RETURN_IF_ERROR(ParseSection(entry, "expect", where, origin, &parsed.expect));
  RETURN_IF_ERROR(
      ParseSection(entry, "optional", where, origin, &parsed.optional));
  RETURN_IF_ERROR(ParseSection(entry, "reject", where, origin, &parsed.reject));
  auto start = entry.find("start");
  if (start != entry.end()) {
    if (!start->is_string()) {
      return absl::InvalidArgumentError(
          StrCat(origin, ": ", where, ".start: not a string"));
    }
    parsed.start = start->get<std::string>();
  }
  return parsed;
}

}  // namespace

const TruthEntry* CorpusTruth::Find(std::string_view kind,
                                    std::string_view name) const {
  auto entries = kinds.find(kind);
  if (entries == kinds.end()) return nullptr;
  auto entry = entries->second.find(name);
  return entry == entries->second.end() ? nullptr : &entry->second;
}

absl::StatusOr<CorpusTruth> ParseTruth(std::string_view json_text,
                                       std::string_view origin) {
  json root;
  try {
    root = json::parse(json_text.begin(), json_text.end());
  } catch (const json::parse_error& error) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": not valid JSON: ", error.what()));
  }
  if (!root.is_object()) {
    return absl::InvalidArgumentError(
        StrCat(origin, ": not a JSON object of \"pages\" and \"sites\""));
  }
  CorpusTruth truth;
  for (const auto& [kind, entries] : root.items()) {
    if (!entries.is_object()) {
      return absl::InvalidArgumentError(
          StrCat(origin, ": ", kind, ": not an object of named entries"));
    }
    CorpusTruth::Entries& parsed = truth.kinds[kind];
    for (const auto& [name, entry] : entries.items()) {
      ASSIGN_OR_RETURN(TruthEntry parsed_entry,
                       ParseEntry(entry, StrCat(kind, ".", name), origin));
      parsed[name] = std::move(parsed_entry);
    }
  }
  return truth;
}

absl::StatusOr<CorpusTruth> LoadTruth(const std::string& path) {
  std::error_code error;
  std::filesystem::file_status status = std::filesystem::status(path, error);
  if (status.type() == std::filesystem::file_type::not_found) {
    return absl::NotFoundError(StrCat(path, ": no such file"));
  }
  if (error) {
    return absl::PermissionDeniedError(
        StrCat(path, ": cannot be read: ", error.message()));
  }
  if (std::filesystem::is_directory(status)) {
    return absl::InvalidArgumentError(StrCat(path, ": a folder, not a file"));
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    return absl::PermissionDeniedError(
        StrCat(path, ": cannot be read: ", std::strerror(errno)));
  }
  std::ostringstream text;
  text << stream.rdbuf();
  if (stream.bad()) {
    return absl::InternalError(StrCat(path, ": read error"));
  }
  return ParseTruth(text.str(), path);
}

}  // namespace exposure
