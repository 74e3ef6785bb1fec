// Reports: rendering a Report as JSON (exposure-report/1), text or Markdown,
// and writing it to a file safely.
#ifndef EXPOSURE_REPORT_H_
#define EXPOSURE_REPORT_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
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

// Receives a report being rendered, piece by piece and in order. Returning
// an error stops the rendering; RenderTo() then returns that error.
using ReportSink = std::function<absl::Status(std::string_view piece)>;

// Pieces handed to a ReportSink are about this size (one exposure may make
// a piece longer), so a report of any size is rendered in bounded memory.
inline constexpr std::size_t kReportPieceBytes = 64 * 1024;

// Renders `report` as Render() does, but hands the text to `sink` in pieces
// of about kReportPieceBytes as it is produced instead of building it whole:
// the pieces put together are exactly Render()'s result. Returns the sink's
// first error, after which nothing more is rendered.
absl::Status RenderTo(const Report& report, ReportFormat format,
                      const RenderOptions& options, const ReportSink& sink);

// Masks a value for --redact: keeps a few leading and trailing characters.
std::string RedactValue(std::string_view value);

// Every value as written anywhere in the report (matched text, display and
// normalised forms), longest first: what --redact must mask in snippets.
// Fails only when the report's spilled exposures cannot be read.
absl::StatusOr<std::vector<std::string>> SecretsOf(const Report& report);

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

// A file written piece by piece with WriteFileAtomically's guarantees: the
// text goes to a temporary owner-only (0600) file beside `path`, and only
// Commit() (fsync, rename) makes it `path`. Destroying an AtomicFile that
// was not committed, or a failed Append() or Commit(), removes the
// temporary file: `path` is then untouched (the old file, if any, stays).
// Not thread-safe. Errors name `path`: NotFound (no such folder),
// PermissionDenied, ResourceExhausted (disk full, file too large),
// Internal otherwise; FailedPrecondition for use after a failure or Commit.
class AtomicFile {
 public:
  // Creates the temporary file beside `path`.
  static absl::StatusOr<std::unique_ptr<AtomicFile>> Create(
      const std::string& path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Writes `data` at the end of the temporary file.
  absl::Status Append(std::string_view data);
  // Flushes to disk and renames the temporary file to `path`.
  absl::Status Commit();

 private:
  AtomicFile(std::string path, std::string temporary, int fd);
  // Records the error of `action` (from errno), closes and removes the
  // temporary file, and returns the error.
  absl::Status Fail(std::string_view action);

  std::string path_;
  std::string temporary_;
  int fd_ = -1;  // -1 once committed or failed
  absl::Status status_;
};

// Renders `report` (RenderTo) straight into `path` through an AtomicFile:
// memory does not grow with the report, the file is owner-only, and on any
// error (the folder, a write, the disk) `path` is left as it was and the
// error names it.
absl::Status WriteReportFile(const std::string& path, const Report& report,
                             ReportFormat format, const RenderOptions& options);

}  // namespace exposure

#endif  // EXPOSURE_REPORT_H_
