// exposure: command-line parsing. Flags go to cli/commands.cc.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli/case_commands.h"
#include "cli/commands.h"

namespace {

void AddOutputFlags(CLI::App* command, exposure::cli::OutputFlags* output) {
  command
      ->add_option("--format", output->format,
                   "text, json, md or html (default: text on a terminal, json "
                   "otherwise)")
      ->check(CLI::IsMember({"text", "json", "md", "html"}));
  command->add_option("-o,--output", output->output_path,
                      "write the report to FILE (owner-only) instead of "
                      "standard output");
  command->add_flag("--redact", output->redact,
                    "mask found values in the report");
  command
      ->add_option("--patterns", output->patterns_dir,
                   "folder of extra rule files (*.toml) to add to the "
                   "built-in rules")
      ->check(CLI::ExistingDirectory);
  command->add_flag("-v,--verbose", output->verbose,
                    "progress on standard error (never found values)");
}

}  // namespace

int main(int argc, char** argv) {
  using exposure::cli::kExitUsage;
  CLI::App app{
      "exposure: finds the details on your public profiles and posts that "
      "let a stranger identify or locate you, and tells you how to remove "
      "them."};
  app.set_version_flag("--version",
                       std::string("exposure ") + EXPOSURE_VERSION);
  app.require_subcommand(1);

  exposure::cli::OutputFlags output;
  exposure::cli::ScanFlags scan;
  CLI::App* scan_command =
      app.add_subcommand("scan", "crawl profile URLs and report exposures");
  scan_command->add_option("urls", scan.urls, "profile or post URLs")
      ->required();
  AddOutputFlags(scan_command, &output);
  scan_command
      ->add_option("--max-pages", scan.crawl.max_pages,
                   "pages per target (default 50)")
      ->check(CLI::Range(1, 100000));
  scan_command
      ->add_option("--max-depth", scan.crawl.max_depth,
                   "owner-content link levels followed from each start "
                   "page; pagination does not count (default 2)")
      ->check(CLI::Range(0, 20));
  scan_command
      ->add_option("--rate", scan.crawl.rate,
                   "requests per second per host (default 2)")
      ->check(CLI::Range(0.01, 1000.0));
  scan_command
      ->add_option("--concurrency", scan.crawl.concurrency,
                   "requests in flight in total, across hosts (default 8)")
      ->check(CLI::Range(1, 256));
  scan_command->add_flag("--ignore-robots", scan.crawl.ignore_robots,
                         "do not fetch or honour robots.txt (only for pages "
                         "that are your own)");
  scan_command->add_flag("--allow-private-network",
                         scan.crawl.allow_private_network,
                         "allow loopback and private-network addresses");
  scan_command->add_option("--proxy", scan.crawl.proxy,
                           "proxy URL (http://, https://, socks5h://)");
  scan_command->add_option("--user-agent", scan.crawl.user_agent,
                           "User-Agent header");
  scan_command->add_flag("--follow-linked", scan.crawl.follow_linked,
                         "also fetch the profiles the start pages link to "
                         "with rel=\"me\" (that page alone)");
  scan_command->add_option("--case", scan.case_name,
                           "store the scan in this case (added if new), with "
                           "the URLs as its targets");
  scan_command->add_option("--db", scan.db_path,
                           "case database (default $XDG_DATA_HOME/exposure/"
                           "exposure.db)");
  scan_command->add_option("--key-file", scan.key_file,
                           "identifier key file (with --case)");

  std::vector<std::string> paths;
  int jobs = 1;
  CLI::App* extract_command = app.add_subcommand(
      "extract", "report exposures in local files and folders (no network)");
  extract_command->add_option("paths", paths, "files or folders")->required();
  extract_command->add_option("--jobs", jobs, "threads (default 1)")
      ->check(CLI::Range(1, 256));
  AddOutputFlags(extract_command, &output);

  CLI::App* demo_command = app.add_subcommand(
      "demo", "serve the bundled example profile on loopback and scan it");
  AddOutputFlags(demo_command, &output);

  exposure::cli::CaseFlags case_flags;
  exposure::cli::AddCaseCommands(
      &app, &case_flags,
      [&output](CLI::App* command) { AddOutputFlags(command, &output); });

  CLI::App* patterns_command =
      app.add_subcommand("patterns", "see and try the detection rules");
  patterns_command->require_subcommand(1);
  CLI::App* patterns_list =
      patterns_command->add_subcommand("list", "list every rule");
  AddOutputFlags(patterns_list, &output);
  std::vector<std::string> test_files;
  CLI::App* patterns_test = patterns_command->add_subcommand(
      "test", "run the rules over text files and show what they find");
  patterns_test->add_option("files", test_files, "text or HTML files")
      ->required()
      ->check(CLI::ExistingFile);
  AddOutputFlags(patterns_test, &output);

  std::string corpus_dir;
  double min_precision = 0;
  double min_recall = 0;
  CLI::App* eval_command = app.add_subcommand(
      "eval",
      "score detection on a labelled corpus folder (truth.json, pages/ "
      "and sites/, served on loopback and crawled), "
      "with the matching rules of the project's scorer");
  eval_command->add_option("corpus", corpus_dir, "corpus folder")
      ->required()
      ->check(CLI::ExistingDirectory);
  eval_command->add_option("--min-precision", min_precision,
                           "exit 1 when micro precision is lower");
  eval_command->add_option("--min-recall", min_recall,
                           "exit 1 when micro recall is lower");
  AddOutputFlags(eval_command, &output);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << "exposure: " << error.what() << "\n"
              << "Run 'exposure --help' for usage.\n";
    return kExitUsage;
  }

  if (scan_command->parsed()) return exposure::cli::RunScan(scan, output);
  if (std::optional<int> status =
          exposure::cli::RunCaseCommands(case_flags, output)) {
    return *status;
  }
  if (extract_command->parsed()) {
    return exposure::cli::RunExtract(paths, jobs, output);
  }
  if (demo_command->parsed()) return exposure::cli::RunDemo(output);
  if (eval_command->parsed()) {
    return exposure::cli::RunEval(corpus_dir, min_precision, min_recall,
                                  output);
  }
  if (patterns_list->parsed()) return exposure::cli::RunPatternsList(output);
  if (patterns_test->parsed()) {
    return exposure::cli::RunPatternsTest(test_files, output);
  }
  return kExitUsage;
}
