// The case-store subcommands: flags in, store calls, exit status out.
#include "cli/case_commands.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "common/strings.h"
#include "exposure/report.h"
#include "exposure/store.h"

namespace exposure::cli {
namespace {

void PrintError(std::string_view message) {
  std::cerr << "exposure: " << message << "\n";
}

void PrintError(const absl::Status& status) {
  std::cerr << "exposure: " << status.message() << "\n";
}

std::string DbPath(const std::string& flag) {
  return flag.empty() ? DefaultDatabasePath() : flag;
}

std::string KeyPath(const std::string& flag) {
  return flag.empty() ? DefaultIdentifierKeyPath() : flag;
}

std::unique_ptr<Store> OpenStore(const std::string& flag) {
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(DbPath(flag));
  if (!store.ok()) {
    PrintError(store.status());
    return nullptr;
  }
  return *std::move(store);
}

// The case named `name`; nullopt, with the error printed, when there is
// none or the store fails.
std::optional<Case> FindCase(Store* store, const std::string& name) {
  absl::StatusOr<Case> found = store->GetCase(name);
  if (!found.ok()) {
    PrintError(found.status());
    return std::nullopt;
  }
  return *std::move(found);
}

void AddCrawlFlags(CLI::App* command, CrawlOptions* crawl) {
  command
      ->add_option("--max-pages", crawl->max_pages,
                   "pages per target (default 50)")
      ->check(CLI::Range(1, 100000));
  command
      ->add_option("--max-depth", crawl->max_depth,
                   "owner-content link levels followed (default 2)")
      ->check(CLI::Range(0, 20));
  command
      ->add_option("--rate", crawl->rate,
                   "requests per second per host (default 2)")
      ->check(CLI::Range(0.01, 1000.0));
  command
      ->add_option("--concurrency", crawl->concurrency,
                   "requests in flight in total (default 8)")
      ->check(CLI::Range(1, 256));
  command->add_flag("--ignore-robots", crawl->ignore_robots,
                    "do not fetch or honour robots.txt");
  command->add_flag("--allow-private-network", crawl->allow_private_network,
                    "allow loopback and private-network addresses");
  command->add_option("--proxy", crawl->proxy,
                      "proxy URL (http://, https://, socks5h://)");
  command->add_option("--user-agent", crawl->user_agent, "User-Agent header");
  command->add_flag("--follow-linked", crawl->follow_linked,
                    "also fetch the profiles the start pages link to with "
                    "rel=\"me\" (that page alone)");
}

void AddDbFlag(CLI::App* command, CaseFlags* flags) {
  command->add_option("--db", flags->db_path,
                      "case database (default $XDG_DATA_HOME/exposure/"
                      "exposure.db)");
}

// Loads the identifier key when the case has identifiers; `*key` stays
// empty (with a message) when there is none. False on a real error.
bool LoadKeyFor(const Case& scan_case, const std::string& key_flag,
                std::optional<IdentifierKey>* key) {
  if (scan_case.identifiers == 0) return true;
  absl::StatusOr<IdentifierKey> loaded = IdentifierKey::Load(KeyPath(key_flag));
  if (absl::IsNotFound(loaded.status())) {
    PrintError(StrCat("the identifier key ", KeyPath(key_flag),
                      " is missing: known identifiers are not matched"));
    return true;
  }
  if (!loaded.ok()) {
    PrintError(loaded.status());
    return false;
  }
  key->emplace(*std::move(loaded));
  return true;
}

std::string Extension(const std::string& format) {
  if (format == "text") return "txt";
  if (format.empty()) return "json";
  return format;
}

// Runs the case scan and writes the report; the exit status.
int ScanAndReport(Store* store, const Case& scan_case, CrawlOptions crawl,
                  const std::string& key_flag, OutputFlags output,
                  bool exit_code, const std::string& notify_cmd,
                  const std::string& report_dir, bool default_to_folder) {
  absl::StatusOr<RuleSet> rules = LoadReportRules(output);
  if (!rules.ok()) {
    PrintError(rules.status());
    return kExitUsage;
  }
  std::optional<IdentifierKey> key;
  if (!LoadKeyFor(scan_case, key_flag, &key)) return kExitUsage;
  SetUpProgress(output, &crawl);
  CaseScanOptions options;
  options.crawl = std::move(crawl);
  options.key = key ? &*key : nullptr;
  absl::StatusOr<CaseScanResult> result =
      ScanCase(store, scan_case, *rules, options);
  if (!result.ok()) {
    PrintError(result.status());
    return kExitUsage;
  }
  for (const TargetResult& target : result->report.targets) {
    if (target.status != "ok") {
      PrintError(StrCat(target.input, ": ", target.status, ": ", target.error));
    }
  }
  if (output.output_path.empty() &&
      (default_to_folder || !report_dir.empty())) {
    std::string folder = report_dir;
    if (folder.empty()) {
      std::string db = store->path();
      std::size_t slash = db.rfind('/');
      folder = StrCat(slash == std::string::npos ? "." : db.substr(0, slash),
                      "/reports/", CaseSlug(scan_case.name));
    }
    for (std::size_t at = 1; at <= folder.size(); ++at) {
      if (at == folder.size() || folder[at] == '/') {
        mkdir(folder.substr(0, at).c_str(), 0700);
      }
    }
    if (output.format.empty()) output.format = "json";
    std::string stamp = result->report.finished_at;
    for (char& c : stamp) {
      if (c == ':') c = '-';
    }
    output.output_path = StrCat(folder, "/", stamp, "-scan-", result->scan_id,
                                ".", Extension(output.format));
  }
  std::cerr << "exposure: scan " << result->scan_id << " of case '"
            << scan_case.name << "' stored: " << result->new_count << " new\n";
  int status = EmitReport(result->report, output);
  if (status == kExitUsage) return status;
  if (result->new_count > 0 && !notify_cmd.empty()) {
    if (output.output_path.empty()) {
      PrintError("--notify-cmd needs a report file: give -o or --report-dir");
    } else {
      absl::Status notified = RunNotifyCommand(notify_cmd, output.output_path);
      if (!notified.ok()) PrintError(notified);
    }
  }
  if (exit_code && result->new_count > 0) return kExitNewExposures;
  return status;
}

int RunCaseAdd(const CaseFlags& flags) {
  std::unique_ptr<Store> store = OpenStore(flags.db_path);
  if (!store) return kExitUsage;
  absl::StatusOr<Case> added = store->AddCase(flags.case_name, flags.note);
  if (!added.ok()) {
    PrintError(added.status());
    return kExitUsage;
  }
  std::cout << "case '" << added->name << "' added (" << store->path() << ")\n";
  return kExitOk;
}

int RunCaseList(const CaseFlags& flags) {
  std::unique_ptr<Store> store = OpenStore(flags.db_path);
  if (!store) return kExitUsage;
  absl::StatusOr<std::vector<Case>> cases = store->ListCases();
  if (!cases.ok()) {
    PrintError(cases.status());
    return kExitUsage;
  }
  if (cases->empty()) {
    std::cout << "no cases yet; add one with 'exposure case add NAME'\n";
  }
  for (const Case& item : *cases) {
    absl::StatusOr<std::vector<ScanSummary>> scans = store->ListScans(item.id);
    std::cout << item.name << "\t" << item.targets.size() << " target"
              << (item.targets.size() == 1 ? "" : "s") << "\t"
              << (scans.ok() ? scans->size() : 0) << " scans";
    if (scans.ok() && !scans->empty()) {
      std::cout << "\tlast " << scans->back().finished_at;
    }
    if (!item.note.empty()) std::cout << "\t" << item.note;
    std::cout << "\n";
  }
  return kExitOk;
}

void PrintScans(const std::vector<ScanSummary>& scans) {
  std::cout << "SCAN\tFINISHED\tSTATUS\tPAGES\tNEW\tPERSISTING\tRESOLVED\t"
               "CRITICAL\tHIGH\tMEDIUM\tLOW\n";
  for (const ScanSummary& scan : scans) {
    auto count = [](const std::map<std::string, int>& counts,
                    const char* name) {
      auto found = counts.find(name);
      return found == counts.end() ? 0 : found->second;
    };
    std::cout << scan.id << "\t" << scan.finished_at << "\t" << scan.status
              << "\t" << scan.pages << "\t" << count(scan.by_status, "new")
              << "\t" << count(scan.by_status, "persisting") << "\t"
              << count(scan.by_status, "resolved") << "\t"
              << count(scan.by_level, "critical") << "\t"
              << count(scan.by_level, "high") << "\t"
              << count(scan.by_level, "medium") << "\t"
              << count(scan.by_level, "low") << "\n";
  }
}

int RunCaseShow(const CaseFlags& flags) {
  std::unique_ptr<Store> store = OpenStore(flags.db_path);
  if (!store) return kExitUsage;
  std::optional<Case> found = FindCase(store.get(), flags.case_name);
  if (!found) return kExitUsage;
  absl::StatusOr<std::vector<ScanSummary>> scans = store->ListScans(found->id);
  if (!scans.ok()) {
    PrintError(scans.status());
    return kExitUsage;
  }
  std::cout << "case: " << found->name << "\n"
            << "note: " << found->note << "\n"
            << "created: " << found->created_at << "\n"
            << "known identifiers: " << found->identifiers
            << " (stored as keyed hashes; values are never shown)\n"
            << "targets:\n";
  for (const std::string& url : found->targets) {
    std::cout << "  " << url << "\n";
  }
  std::cout << "scans: " << scans->size() << "\n";
  if (!scans->empty()) PrintScans(*scans);
  return kExitOk;
}

int RunCaseRemove(const CaseFlags& flags) {
  std::unique_ptr<Store> store = OpenStore(flags.db_path);
  if (!store) return kExitUsage;
  std::optional<Case> found = FindCase(store.get(), flags.case_name);
  if (!found) return kExitUsage;
  if (!flags.yes) {
    if (!isatty(STDIN_FILENO)) {
      PrintError(StrCat("'case remove' deletes case '", found->name,
                        "' and all its scans; not on a terminal, so pass "
                        "--yes to confirm"));
      return kExitUsage;
    }
    std::cerr << "Remove case '" << found->name
              << "' with all its scans, page cache and identifiers? [y/N] "
              << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    if (answer != "y" && answer != "Y" && answer != "yes") {
      std::cerr << "exposure: nothing removed\n";
      return kExitOk;
    }
  }
  absl::Status removed = store->RemoveCase(found->name);
  if (!removed.ok()) {
    PrintError(removed);
    return kExitUsage;
  }
  std::cout << "case '" << found->name << "' removed\n";
  return kExitOk;
}

bool ValidUrls(const std::vector<std::string>& urls) {
  for (const std::string& url : urls) {
    absl::Status valid = ValidateStartUrl(url);
    if (!valid.ok()) {
      PrintError(valid);
      return false;
    }
  }
  return true;
}

int RunCaseAddTarget(const CaseFlags& flags) {
  if (!ValidUrls(flags.urls)) return kExitUsage;
  std::unique_ptr<Store> store = OpenStore(flags.db_path);
  if (!store) return kExitUsage;
  absl::StatusOr<Case> found = store->GetCase(flags.case_name);
  absl::Status added =
      found.ok() ? store->AddTargets(found->id, flags.urls) : found.status();
  if (!added.ok()) {
    PrintError(added);
    return kExitUsage;
  }
  std::cout << flags.urls.size() << " target"
            << (flags.urls.size() == 1 ? "" : "s") << " in case '"
            << found->name << "'\n";
  return kExitOk;
}

int RunCaseAddIdentifier(const CaseFlags& flags) {
  struct Given {
    IdentifierKind kind;
    const char* name;
    const std::vector<std::string>* values;
  };
  const Given given[] = {
      {IdentifierKind::kPhone, "phone", &flags.phones},
      {IdentifierKind::kEmail, "email", &flags.emails},
      {IdentifierKind::kAddress, "address", &flags.addresses},
      {IdentifierKind::kName, "name", &flags.names},
  };
  // Validate everything before storing anything.
  std::vector<std::pair<const char*, std::vector<std::string>>> keys;
  for (const Given& item : given) {
    for (const std::string& value : *item.values) {
      absl::StatusOr<std::vector<std::string>> match_keys =
          IdentifierMatchKeys(item.kind, value);
      if (!match_keys.ok()) {
        PrintError(match_keys.status());
        return kExitUsage;
      }
      keys.emplace_back(item.name, *std::move(match_keys));
    }
  }
  if (keys.empty()) {
    PrintError("give at least one of --phone, --email, --address, --name");
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStore(flags.db_path);
  if (!store) return kExitUsage;
  std::optional<Case> found = FindCase(store.get(), flags.case_name);
  if (!found) return kExitUsage;
  absl::StatusOr<IdentifierKey> key =
      IdentifierKey::LoadOrCreate(KeyPath(flags.key_file));
  if (!key.ok()) {
    PrintError(key.status());
    return kExitUsage;
  }
  for (const auto& [kind, match_keys] : keys) {
    std::vector<std::string> hashes;
    for (const std::string& match_key : match_keys) {
      hashes.push_back(key->Hash(match_key));
    }
    absl::Status added = store->AddIdentifier(found->id, kind, hashes);
    if (!added.ok()) {
      PrintError(added);
      return kExitUsage;
    }
  }
  std::cout << keys.size() << " known identifier"
            << (keys.size() == 1 ? "" : "s") << " stored as keyed hashes in "
            << "case '" << found->name << "' (key: " << KeyPath(flags.key_file)
            << ")\n";
  return kExitOk;
}

int RunRescan(const CaseFlags& flags, const OutputFlags& output) {
  std::unique_ptr<Store> store = OpenStore(flags.db_path);
  if (!store) return kExitUsage;
  std::optional<Case> found = FindCase(store.get(), flags.case_name);
  if (!found) return kExitUsage;
  return ScanAndReport(store.get(), *found, flags.crawl, flags.key_file, output,
                       flags.exit_code, flags.notify_cmd, flags.report_dir,
                       /*default_to_folder=*/true);
}

int RunHistory(const CaseFlags& flags) {
  std::unique_ptr<Store> store = OpenStore(flags.db_path);
  if (!store) return kExitUsage;
  std::optional<Case> found = FindCase(store.get(), flags.case_name);
  if (!found) return kExitUsage;
  absl::StatusOr<std::vector<ScanSummary>> scans = store->ListScans(found->id);
  if (!scans.ok()) {
    PrintError(scans.status());
    return kExitUsage;
  }
  if (scans->empty()) {
    std::cout << "case '" << found->name << "' has no scans yet\n";
    return kExitOk;
  }
  PrintScans(*scans);
  return kExitOk;
}

int RunDiff(const CaseFlags& flags, const OutputFlags& output) {
  if (flags.scan_ids.size() != 0 && flags.scan_ids.size() != 2) {
    PrintError(
        "diff takes two scan ids (see 'exposure history'), or none "
        "for the last two");
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStore(flags.db_path);
  if (!store) return kExitUsage;
  std::optional<Case> found = FindCase(store.get(), flags.case_name);
  if (!found) return kExitUsage;
  int64_t from = 0, to = 0;
  if (flags.scan_ids.size() == 2) {
    from = flags.scan_ids[0];
    to = flags.scan_ids[1];
  } else {
    absl::StatusOr<std::vector<ScanSummary>> scans =
        store->ListScans(found->id);
    if (!scans.ok()) {
      PrintError(scans.status());
      return kExitUsage;
    }
    if (scans->size() < 2) {
      PrintError(StrCat("case '", found->name,
                        "' needs two scans to compare; it has ",
                        scans->size()));
      return kExitUsage;
    }
    from = (*scans)[scans->size() - 2].id;
    to = scans->back().id;
  }
  absl::StatusOr<Report> report = DiffScans(store.get(), *found, from, to);
  if (!report.ok()) {
    PrintError(report.status());
    return kExitUsage;
  }
  std::cerr << "exposure: scan " << to << " compared with scan " << from
            << "\n";
  int status = EmitReport(*report, output);
  return status == kExitUsage ? status : kExitOk;
}

std::string Absolute(const std::string& path) {
  if (path.empty() || path[0] == '/') return path;
  char* cwd = getcwd(nullptr, 0);
  std::string absolute = StrCat(cwd != nullptr ? cwd : ".", "/", path);
  std::free(cwd);
  return absolute;
}

int RunSchedule(const CaseFlags& flags) {
  std::unique_ptr<Store> store = OpenStore(flags.db_path);
  if (!store) return kExitUsage;
  std::optional<Case> found = FindCase(store.get(), flags.case_name);
  if (!found) return kExitUsage;
  ScheduleOptions options;
  options.case_name = found->name;
  options.every = flags.every;
  char binary[4096];
  ssize_t size = readlink("/proc/self/exe", binary, sizeof(binary) - 1);
  options.binary = size > 0 ? std::string(binary, size) : "exposure";
  options.db_path = Absolute(store->path());
  options.report_dir = Absolute(flags.report_dir);
  if (options.report_dir.empty()) {
    std::size_t slash = options.db_path.rfind('/');
    options.report_dir = StrCat(options.db_path.substr(0, slash), "/reports/",
                                CaseSlug(found->name));
  }
  if (flags.crawl.allow_private_network) {
    options.extra_arguments.push_back("--allow-private-network");
  }
  if (flags.crawl.ignore_robots) {
    options.extra_arguments.push_back("--ignore-robots");
  }
  if (!flags.key_file.empty()) {
    options.extra_arguments.push_back("--key-file");
    options.extra_arguments.push_back(Absolute(flags.key_file));
  }
  if (!flags.notify_cmd.empty()) {
    options.extra_arguments.push_back("--notify-cmd");
    options.extra_arguments.push_back(flags.notify_cmd);
  }
  absl::StatusOr<ScheduleFiles> files = MakeSchedule(options);
  if (!files.ok()) {
    PrintError(files.status());
    return kExitUsage;
  }
  if (flags.print) {
    std::cout << "# ~/.config/systemd/user/" << files->unit_name << ".service\n"
              << files->service << "\n# ~/.config/systemd/user/"
              << files->unit_name << ".timer\n"
              << files->timer << "\n# or, without systemd, this crontab "
              << "line:\n"
              << files->crontab_line << "\n";
    return kExitOk;
  }
  absl::StatusOr<std::string> installed = InstallSchedule(*files);
  if (!installed.ok()) {
    PrintError(installed.status());
    return kExitUsage;
  }
  std::cout << *installed << "\nreports will be written to "
            << options.report_dir << "\n";
  return kExitOk;
}

}  // namespace

int RunCaseScan(const ScanFlags& scan, const OutputFlags& output) {
  std::unique_ptr<Store> store = OpenStore(scan.db_path);
  if (!store) return kExitUsage;
  absl::StatusOr<Case> found = store->GetOrAddCase(scan.case_name);
  absl::Status added =
      found.ok() ? store->AddTargets(found->id, scan.urls) : found.status();
  if (added.ok()) found = store->GetCase(scan.case_name);
  if (!added.ok() || !found.ok()) {
    PrintError(added.ok() ? found.status() : added);
    return kExitUsage;
  }
  return ScanAndReport(store.get(), *found, scan.crawl, scan.key_file, output,
                       /*exit_code=*/false, /*notify_cmd=*/"",
                       /*report_dir=*/"", /*default_to_folder=*/false);
}

void AddCaseCommands(CLI::App* app, CaseFlags* flags,
                     const std::function<void(CLI::App*)>& add_output_flags) {
  CLI::App* group = app->add_subcommand(
      "case", "cases: one person's targets, known identifiers and scans");
  group->require_subcommand(1);

  flags->case_add = group->add_subcommand("add", "add a case");
  flags->case_add->add_option("name", flags->case_name, "case name")
      ->required();
  flags->case_add->add_option("--note", flags->note, "a note for yourself");
  AddDbFlag(flags->case_add, flags);

  flags->case_list = group->add_subcommand("list", "list the cases");
  AddDbFlag(flags->case_list, flags);

  flags->case_show = group->add_subcommand(
      "show", "a case's targets, identifier count and scans");
  flags->case_show->add_option("name", flags->case_name, "case name")
      ->required();
  AddDbFlag(flags->case_show, flags);

  flags->case_remove = group->add_subcommand(
      "remove", "remove a case and everything stored for it");
  flags->case_remove->add_option("name", flags->case_name, "case name")
      ->required();
  flags->case_remove->add_flag("--yes", flags->yes, "do not ask to confirm");
  AddDbFlag(flags->case_remove, flags);

  flags->case_add_target =
      group->add_subcommand("add-target", "add target URLs to a case");
  flags->case_add_target->add_option("name", flags->case_name, "case name")
      ->required();
  flags->case_add_target->add_option("urls", flags->urls, "profile URLs")
      ->required();
  AddDbFlag(flags->case_add_target, flags);

  flags->case_add_identifier = group->add_subcommand(
      "add-identifier",
      "record details the person knows are theirs (stored only as keyed "
      "hashes)");
  CLI::App* identifier = flags->case_add_identifier;
  identifier->add_option("name", flags->case_name, "case name")->required();
  identifier->add_option("--phone", flags->phones, "a phone number");
  identifier->add_option("--email", flags->emails, "an email address");
  identifier->add_option("--address", flags->addresses,
                         "a street address (\"42 Elm Street, Columbus, OH\")");
  identifier->add_option("--name", flags->names, "a name");
  identifier->add_option("--key-file", flags->key_file,
                         "identifier key (default $EXPOSURE_IDENTIFIER_KEY or "
                         "$XDG_CONFIG_HOME/exposure/identifier.key)");
  AddDbFlag(identifier, flags);

  flags->rescan = app->add_subcommand(
      "rescan", "scan a case's targets again and report what changed");
  flags->rescan->add_option("--case", flags->case_name, "case name")
      ->required();
  AddDbFlag(flags->rescan, flags);
  AddCrawlFlags(flags->rescan, &flags->crawl);
  add_output_flags(flags->rescan);
  flags->rescan->add_flag("--exit-code", flags->exit_code,
                          "exit 10 when any exposure is new");
  flags->rescan->add_option(
      "--notify-cmd", flags->notify_cmd,
      "when something is new, run CMD with the report path as its last "
      "argument (through sh -c, the path passed as \"$1\")");
  flags->rescan->add_option("--report-dir", flags->report_dir,
                            "folder for the report when no -o is given "
                            "(default: the case's folder beside the "
                            "database)");
  flags->rescan->add_option("--key-file", flags->key_file,
                            "identifier key file");

  flags->history = app->add_subcommand(
      "history", "a case's scans with counts per status and level");
  flags->history->add_option("--case", flags->case_name, "case name")
      ->required();
  AddDbFlag(flags->history, flags);

  flags->diff = app->add_subcommand(
      "diff", "compare two scans of a case (default: the last two)");
  flags->diff->add_option("--case", flags->case_name, "case name")->required();
  flags->diff->add_option("scans", flags->scan_ids,
                          "SCAN_A SCAN_B (ids from 'exposure history')");
  AddDbFlag(flags->diff, flags);
  add_output_flags(flags->diff);

  flags->schedule = app->add_subcommand(
      "schedule", "re-scan a case regularly (systemd user timer or cron)");
  flags->schedule->add_option("--case", flags->case_name, "case name")
      ->required();
  flags->schedule->add_option("--every", flags->every, "how often")
      ->required()
      ->check(CLI::IsMember({"daily", "weekly", "monthly"}));
  flags->schedule->add_option("--report-dir", flags->report_dir,
                              "folder for the reports (default: the case's "
                              "folder beside the database)");
  flags->schedule->add_flag("--print", flags->print,
                            "print the units and crontab line, install "
                            "nothing");
  flags->schedule->add_flag("--allow-private-network",
                            flags->crawl.allow_private_network,
                            "pass --allow-private-network to the re-scans");
  flags->schedule->add_flag("--ignore-robots", flags->crawl.ignore_robots,
                            "pass --ignore-robots to the re-scans");
  flags->schedule->add_option("--notify-cmd", flags->notify_cmd,
                              "pass --notify-cmd CMD to the re-scans");
  flags->schedule->add_option("--key-file", flags->key_file,
                              "identifier key file for the re-scans");
  AddDbFlag(flags->schedule, flags);
}

std::optional<int> RunCaseCommands(const CaseFlags& flags,
                                   const OutputFlags& output) {
  if (flags.case_add->parsed()) return RunCaseAdd(flags);
  if (flags.case_list->parsed()) return RunCaseList(flags);
  if (flags.case_show->parsed()) return RunCaseShow(flags);
  if (flags.case_remove->parsed()) return RunCaseRemove(flags);
  if (flags.case_add_target->parsed()) return RunCaseAddTarget(flags);
  if (flags.case_add_identifier->parsed()) return RunCaseAddIdentifier(flags);
  if (flags.rescan->parsed()) return RunRescan(flags, output);
  if (flags.history->parsed()) return RunHistory(flags);
  if (flags.diff->parsed()) return RunDiff(flags, output);
  if (flags.schedule->parsed()) return RunSchedule(flags);
  return std::nullopt;
}

}  // namespace exposure::cli
