// The exposure subcommands: load rules, run the stages, write the report.
#include "cli/commands.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "common/strings.h"
#include "exposure/demo.h"
#include "exposure/eval.h"
#include "exposure/report.h"
#include "exposure/rules.h"
#include "exposure/source.h"

namespace exposure::cli {
namespace {

void PrintError(std::string_view message) {
  std::cerr << "exposure: " << message << "\n";
}

void PrintError(const absl::Status& status) {
  std::cerr << "exposure: " << status.message() << "\n";
}

absl::StatusOr<RuleSet> LoadRules(const OutputFlags& output) {
  RuleSetBuilder builder;
  absl::Status status = builder.AddDefaults();
  if (status.ok() && !output.patterns_dir.empty()) {
    status = builder.AddDirectory(output.patterns_dir);
  }
  if (!status.ok()) return status;
  return builder.Compile();
}

// `options` with the exposures spilled to a temporary database (in
// $TMPDIR) past kDefaultSpillThresholdBytes, so that a report of any size
// is made in bounded memory.
PipelineOptions BoundedMemory(PipelineOptions options) {
  options.rank.spill_threshold_bytes = kDefaultSpillThresholdBytes;
  return options;
}

int TerminalWidth() {
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  if (const char* columns = std::getenv("COLUMNS")) {
    int value = std::atoi(columns);
    if (value > 0) return value;
  }
  return 100;
}

// Renders and writes the report (streamed to the file or standard output);
// returns the exit status for `report`.
int Emit(const Report& report, const OutputFlags& output) {
  bool to_terminal = output.output_path.empty() && isatty(STDOUT_FILENO);
  std::string format_name = output.format;
  if (format_name.empty()) format_name = to_terminal ? "text" : "json";
  ReportFormat format = *ParseReportFormat(format_name);
  RenderOptions options;
  options.redact = output.redact;
  options.color = to_terminal && std::getenv("NO_COLOR") == nullptr;
  options.width = to_terminal ? TerminalWidth() : 100;
  // The report is written as it is rendered, never held whole in memory.
  if (output.output_path.empty()) {
    absl::Status status =
        RenderTo(report, format, options, [](std::string_view piece) {
          std::cout.write(piece.data(),
                          static_cast<std::streamsize>(piece.size()));
          return std::cout ? absl::OkStatus()
                           : absl::DataLossError("write failed");
        });
    std::cout << std::flush;
    if (!status.ok() || !std::cout) {
      PrintError("could not write the report to standard output");
      return kExitUsage;
    }
  } else {
    absl::Status status =
        WriteReportFile(output.output_path, report, format, options);
    if (!status.ok()) {
      PrintError(status);
      return kExitUsage;
    }
    std::cerr << "exposure: report written to " << output.output_path << "\n";
  }
  for (const TargetResult& target : report.targets) {
    if (target.status != "ok") return kExitTargetsFailed;
  }
  return kExitOk;
}

std::function<void(std::string_view)> Progress(const OutputFlags& output) {
  if (!output.verbose && !isatty(STDERR_FILENO)) return {};
  return [](std::string_view message) {
    std::cerr << "exposure: " << message << "\n";
  };
}

// Crawl progress on standard error: on a terminal, a status line with
// counts and rate rewritten in place, messages above it; with -v elsewhere,
// every message and a status line every few seconds. Never found values.
void SetUpCrawlProgress(const OutputFlags& output, CrawlOptions* crawl) {
  bool terminal = isatty(STDERR_FILENO);
  if (!output.verbose && !terminal) return;
  auto display = std::make_shared<ProgressDisplay>(&std::cerr, terminal);
  crawl->progress = [display](std::string_view message) {
    display->Message(message);
  };
  crawl->on_progress = [display](const CrawlProgress& progress) {
    display->Update(progress);
  };
  crawl->progress_each_page = output.verbose;
}

int ScanUrls(const std::vector<std::string>& urls, CrawlOptions crawl,
             const OutputFlags& output) {
  absl::StatusOr<RuleSet> rules = LoadRules(output);
  if (!rules.ok()) {
    PrintError(rules.status());
    return kExitUsage;
  }
  SetUpCrawlProgress(output, &crawl);
  Report report;
  report.started_at = NowRfc3339();
  // Pages are analysed as they arrive and dropped, and the exposures go to
  // a temporary database past a threshold: memory stays flat.
  PageAnalysis analysis(*rules, BoundedMemory(PipelineOptions{}));
  crawl.on_page = [&analysis](Page&&, Document&& document) {
    analysis.Add(std::move(document));
  };
  CrawlResult crawled = Crawl(urls, crawl);
  report.targets = std::move(crawled.targets);
  absl::Status analysed = analysis.Finish(&report);
  if (!analysed.ok()) {
    PrintError(analysed);
    return kExitUsage;
  }
  report.finished_at = NowRfc3339();
  for (const TargetResult& target : report.targets) {
    if (target.status != "ok") {
      PrintError(StrCat(target.input, ": ", target.status, ": ", target.error));
    }
  }
  return Emit(report, output);
}

}  // namespace

absl::StatusOr<RuleSet> LoadReportRules(const OutputFlags& output) {
  return LoadRules(output);
}

int EmitReport(const Report& report, const OutputFlags& output) {
  return Emit(report, output);
}

void SetUpProgress(const OutputFlags& output, CrawlOptions* crawl) {
  SetUpCrawlProgress(output, crawl);
}

int RunScan(const ScanFlags& scan, const OutputFlags& output) {
  for (const std::string& url : scan.urls) {
    absl::Status valid = ValidateStartUrl(url);
    if (!valid.ok()) {
      PrintError(valid);
      return kExitUsage;
    }
  }
  if (!scan.case_name.empty()) return RunCaseScan(scan, output);
  if (!scan.db_path.empty()) {
    PrintError("--db stores scans in a case: give --case NAME too");
    return kExitUsage;
  }
  return ScanUrls(scan.urls, scan.crawl, output);
}

int RunExtract(const std::vector<std::string>& paths, int jobs,
               const OutputFlags& output) {
  absl::StatusOr<RuleSet> rules = LoadRules(output);
  if (!rules.ok()) {
    PrintError(rules.status());
    return kExitUsage;
  }
  Report report;
  report.started_at = NowRfc3339();
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    absl::StatusOr<std::vector<std::string>> listed = ListLocalFiles(path);
    if (!listed.ok()) {
      PrintError(listed.status());
      return kExitUsage;
    }
    TargetResult target;
    target.input = path;
    target.pages = static_cast<int>(listed->size());
    report.targets.push_back(target);
    files.insert(files.end(), listed->begin(), listed->end());
  }
  PipelineOptions options;
  options.jobs = jobs;
  int unreadable = 0;
  absl::Status analysed = AnalyzeLocalFiles(
      files, *rules, BoundedMemory(options), &report, &unreadable);
  if (!analysed.ok()) {
    PrintError(analysed);
    return kExitUsage;
  }
  if (unreadable > 0) {
    PrintError(StrCat(unreadable, " file", unreadable == 1 ? "" : "s",
                      " could not be read (see the report's warnings)"));
    for (TargetResult& target : report.targets) target.status = "partial";
  }
  report.finished_at = NowRfc3339();
  return Emit(report, output);
}

int RunDemo(const OutputFlags& output) {
  absl::StatusOr<std::unique_ptr<DemoServer>> server = DemoServer::Start();
  if (!server.ok()) {
    PrintError(server.status());
    return kExitUsage;
  }
  std::cerr << "exposure: demo profile served at " << (*server)->ProfileUrl()
            << "; scanning it\n";
  CrawlOptions crawl;
  crawl.allow_private_network = true;  // the demo site is on loopback
  crawl.rate = 50;
  return ScanUrls({(*server)->ProfileUrl()}, crawl, output);
}

int RunEval(const std::string& corpus_dir, double min_precision,
            double min_recall, const OutputFlags& output) {
  absl::StatusOr<RuleSet> rules = LoadRules(output);
  if (!rules.ok()) {
    PrintError(rules.status());
    return kExitUsage;
  }
  namespace fs = std::filesystem;
  std::error_code error;
  bool has_pages = fs::is_directory(fs::path(corpus_dir) / "pages", error);
  bool has_sites = fs::is_directory(fs::path(corpus_dir) / "sites", error);
  if (!has_pages && !has_sites) {
    PrintError(StrCat(corpus_dir, ": neither pages/ nor sites/ to evaluate"));
    return kExitUsage;
  }
  EvalScore total;
  if (has_pages) {
    absl::StatusOr<EvalScore> score = EvaluatePagesFolder(corpus_dir, *rules);
    if (!score.ok()) {
      PrintError(score.status());
      return kExitUsage;
    }
    total.Add(*score);
  }
  if (has_sites) {
    CrawlOptions crawl;
    crawl.rate = 50;  // the sites are served on loopback
    crawl.progress = Progress(output);
    absl::StatusOr<EvalScore> score =
        EvaluateSitesFolder(corpus_dir, *rules, crawl);
    if (!score.ok()) {
      PrintError(score.status());
      return kExitUsage;
    }
    total.Add(*score);
  }
  std::cout << FormatScore(total);
  ScoreSummary summary = Summarize(total);
  if (summary.precision < min_precision || summary.recall < min_recall) {
    PrintError(StrCat("below the minimum (precision ", min_precision,
                      ", recall ", min_recall, ")"));
    return 1;
  }
  return kExitOk;
}

int RunPatternsList(const OutputFlags& output) {
  absl::StatusOr<RuleSet> rules = LoadRules(output);
  if (!rules.ok()) {
    PrintError(rules.status());
    return kExitUsage;
  }
  std::string out;
  for (int i = 0; i < rules->size(); ++i) {
    const Rule& rule = rules->rule(i);
    StrAppend(&out, rule.id, "\t", CategoryName(rule.category), "\t",
              rule.validator.empty() ? "-" : rule.validator, "\t",
              rule.confidence, "\t", rule.examples.size(), " examples\t",
              rule.origin, "\n");
  }
  std::cout << out;
  return kExitOk;
}

int RunPatternsTest(const std::vector<std::string>& files,
                    const OutputFlags& output) {
  absl::StatusOr<RuleSet> rules = LoadRules(output);
  if (!rules.ok()) {
    PrintError(rules.status());
    return kExitUsage;
  }
  std::vector<std::string> failures = CheckRuleExamples(*rules);
  for (const std::string& failure : failures) {
    std::cerr << "example failed: " << failure << "\n";
  }
  Extractor extractor(*rules);
  for (const std::string& file : files) {
    absl::StatusOr<std::vector<Page>> pages = LoadLocalPages(file);
    if (!pages.ok()) {
      PrintError(pages.status());
      return kExitUsage;
    }
    for (const Page& page : *pages) {
      Document document = ParseDocument(page);
      std::cout << page.url << "\n";
      for (const Finding& finding : extractor.Extract(document)) {
        std::cout << "  " << finding.rule_id << "\t"
                  << CategoryName(finding.category) << "\t"
                  << (output.redact ? RedactValue(finding.value)
                                    : finding.value)
                  << "\t" << finding.confidence << "\t"
                  << SourceName(finding.source) << "\n";
      }
    }
  }
  return failures.empty() ? kExitOk : kExitUsage;
}

}  // namespace exposure::cli
