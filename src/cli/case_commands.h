// The case-store subcommands (case, rescan, history, diff, schedule): their
// flags and what they run. The logic is in the store library
// (exposure/store.h); these only parse, wire and print.
#ifndef EXPOSURE_CLI_CASE_COMMANDS_H_
#define EXPOSURE_CLI_CASE_COMMANDS_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli/commands.h"

namespace exposure::cli {

// Exit status of `rescan --exit-code` when something is new.
inline constexpr int kExitNewExposures = 10;

// Every flag value of the case-store subcommands.
struct CaseFlags {
  std::string db_path;   // "" = DefaultDatabasePath()
  std::string key_file;  // "" = DefaultIdentifierKeyPath()
  std::string case_name;
  std::string note;
  std::vector<std::string> urls;
  bool yes = false;
  std::vector<std::string> phones, emails, addresses, names;
  // rescan
  CrawlOptions crawl;
  bool exit_code = false;
  std::string notify_cmd;
  std::string report_dir;
  // diff
  std::vector<int64_t> scan_ids;
  // schedule
  std::string every;
  bool print = false;

  CLI::App* case_add = nullptr;
  CLI::App* case_list = nullptr;
  CLI::App* case_show = nullptr;
  CLI::App* case_remove = nullptr;
  CLI::App* case_add_target = nullptr;
  CLI::App* case_add_identifier = nullptr;
  CLI::App* rescan = nullptr;
  CLI::App* history = nullptr;
  CLI::App* diff = nullptr;
  CLI::App* schedule = nullptr;
};

// Adds `case …`, `rescan`, `history`, `diff` and `schedule` to `app`.
// `add_output_flags` adds --format, -o, --redact, --patterns and -v to a
// reporting subcommand.
void AddCaseCommands(CLI::App* app, CaseFlags* flags,
                     const std::function<void(CLI::App*)>& add_output_flags);

// Runs whichever of them was parsed; nullopt when none was.
std::optional<int> RunCaseCommands(const CaseFlags& flags,
                                   const OutputFlags& output);

}  // namespace exposure::cli

#endif  // EXPOSURE_CLI_CASE_COMMANDS_H_
