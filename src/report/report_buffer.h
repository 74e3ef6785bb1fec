// ReportBuffer: the text of a report being rendered, handed to a ReportSink
// in pieces so that no renderer holds a whole report in memory.
#ifndef EXPOSURE_REPORT_REPORT_BUFFER_H_
#define EXPOSURE_REPORT_REPORT_BUFFER_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "exposure/report.h"

namespace exposure::report_internal {

// Renderers append to text() and call Flush() between exposures; once the
// sink has failed, Flush() returns false and the renderer stops. The sink
// must outlive the buffer. Not thread-safe.
class ReportBuffer {
 public:
  explicit ReportBuffer(const ReportSink& sink) : sink_(sink) {
    text_.reserve(kReportPieceBytes + kReportPieceBytes / 4);
  }
  ReportBuffer(const ReportBuffer&) = delete;
  ReportBuffer& operator=(const ReportBuffer&) = delete;

  // Where the renderer appends; the same string for the buffer's life (the
  // JSON serializer keeps a reference to it).
  std::string& text() { return text_; }

  // Hands the text so far to the sink once it holds kReportPieceBytes or
  // more. False once the sink has failed: stop rendering.
  bool Flush() {
    if (text_.size() >= kReportPieceBytes) Hand();
    return status_.ok();
  }

  // Stops the rendering with `status` (reading the report failed): nothing
  // more is handed to the sink, and Finish() returns it.
  void Fail(absl::Status status) {
    if (status_.ok()) status_ = std::move(status);
  }

  // Hands over what is left; the sink's first error, if any.
  absl::Status Finish() {
    if (!text_.empty()) Hand();
    return status_;
  }

 private:
  void Hand() {
    if (status_.ok()) status_ = sink_(text_);
    text_.clear();
  }

  const ReportSink& sink_;
  std::string text_;
  absl::Status status_;
};

// The secrets the renderers mask: SecretsOf(report) when `options.redact`,
// none otherwise. On error, fails `out` and returns nullopt: stop.
std::optional<std::vector<std::string>> SecretsToMask(
    const Report& report, const RenderOptions& options, ReportBuffer* out);

// Each renderer, writing into `out` (render_json.cc, render_text.cc,
// render_html.cc). Reading the report's spilled exposures may fail: the
// renderer then stops and `out` has the error.
void RenderJsonTo(const Report& report, const RenderOptions& options,
                  ReportBuffer* out);
void RenderTextTo(const Report& report, const RenderOptions& options,
                  ReportBuffer* out);
void RenderMarkdownTo(const Report& report, const RenderOptions& options,
                      ReportBuffer* out);
void RenderHtmlTo(const Report& report, const RenderOptions& options,
                  ReportBuffer* out);

}  // namespace exposure::report_internal

#endif  // EXPOSURE_REPORT_REPORT_BUFFER_H_
