// The exposure subcommands: flag values in, exit status out. Each command
// wires library stages together and holds no detection logic of its own.
#ifndef EXPOSURE_CLI_COMMANDS_H_
#define EXPOSURE_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "exposure/crawl.h"
#include "exposure/pipeline.h"
#include "exposure/rules.h"

namespace exposure::cli {

// Exit statuses (DESIGN.md contract).
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitTargetsFailed = 3;

// Flags shared by every reporting command.
struct OutputFlags {
  std::string format;       // "" = text on a terminal, json otherwise
  std::string output_path;  // "" = standard output
  bool redact = false;
  std::string patterns_dir;  // extra rules; "" = defaults only
  bool verbose = false;
};

struct ScanFlags {
  std::vector<std::string> urls;
  CrawlOptions crawl;
  std::string case_name;
  std::string db_path;
  std::string key_file;  // "" = DefaultIdentifierKeyPath()
};

int RunScan(const ScanFlags& scan, const OutputFlags& output);
// `scan --case`: adds the case (if new) and the URLs to it, then scans the
// case's targets and stores the scan (cli/case_commands.cc).
int RunCaseScan(const ScanFlags& scan, const OutputFlags& output);

// Shared with cli/case_commands.cc: the built-in rules plus --patterns, the
// report written as the flags ask (returns the exit status for it), and the
// crawl's progress display (status line on a terminal, -v).
absl::StatusOr<RuleSet> LoadReportRules(const OutputFlags& output);
int EmitReport(const Report& report, const OutputFlags& output);
void SetUpProgress(const OutputFlags& output, CrawlOptions* crawl);
int RunExtract(const std::vector<std::string>& paths, int jobs,
               const OutputFlags& output);
int RunDemo(const OutputFlags& output);
int RunPatternsList(const OutputFlags& output);
// Scores the extractor on a labelled corpus folder: truth.json with its
// single pages (pages/) and its crawled sites (sites/, served on loopback),
// whichever are present; exits 1 when micro precision or recall is under
// the given minimum.
int RunEval(const std::string& corpus_dir, double min_precision,
            double min_recall, const OutputFlags& output);
int RunPatternsTest(const std::vector<std::string>& files,
                    const OutputFlags& output);

}  // namespace exposure::cli

#endif  // EXPOSURE_CLI_COMMANDS_H_
