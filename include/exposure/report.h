// Reports: rendering a Report as JSON (exposure-report/1), text or Markdown,
// and writing it to a file safely.
#ifndef EXPOSURE_REPORT_H_
#define EXPOSURE_REPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "exposure/rank.h"

namespace exposure {

enum class ReportFormat { kText, kJson, kMarkdown, kHtml };

// Parses "text", "json", "md" or "html"; nullopt otherwise.
std::optional<ReportFormat> ParseReportFormat(std::string_view name);

struct RenderOptions {
  // Mask values ("(503) 5**-**42"), keeping enough to recognise them.
  bool redact = false;
  // Use ANSI colour in text reports (only when writing to a terminal).
  bool color = false;
  // Terminal width for text reports; default 100.
  int width = 100;
};

// The exposure-report/1 JSON document, pretty-printed.
std::string RenderJson(const Report& report, const RenderOptions& options);
// A ranked, human-readable report.
std::string RenderText(const Report& report, const RenderOptions& options);
// Markdown for case notes.
std::string RenderMarkdown(const Report& report, const RenderOptions& options);
// One self-contained HTML file: a Content-Security-Policy that forbids every
// network load, inline styles and SVG, values highlighted in their
// snippets, advice as checklists; prints cleanly.
std::string RenderHtml(const Report& report, const RenderOptions& options);

std::string Render(const Report& report, ReportFormat format,
                   const RenderOptions& options);

// Masks a value for --redact: keeps a few leading and trailing characters.
std::string RedactValue(std::string_view value);

// Every value as written anywhere in the report (matched text, display and
// normalised forms), longest first: what --redact must mask in snippets.
std::vector<std::string> SecretsOf(const Report& report);

// `text` with every copy of each of `secrets` masked by RedactValue(). A
// snippet often holds other found values too, so pass SecretsOf(report).
std::string RedactText(std::string_view text,
                       const std::vector<std::string>& secrets);

// Writes `contents` to `path` owner-only (0600), atomically: a temporary
// file in the same folder, fsync, rename. On failure (no such folder, disk
// full, permission) the old file, if any, is untouched and the error names
// the path.
absl::Status WriteFileAtomically(const std::string& path,
                                 std::string_view contents);

}  // namespace exposure

#endif  // EXPOSURE_REPORT_H_
