// RenderHtml: one self-contained HTML report that loads nothing from the
// network (a strict Content-Security-Policy, inline styles, inline SVG).
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "common/strings.h"
#include "exposure/report.h"
#include "report/report_buffer.h"

namespace exposure {
namespace {

// The snippet, escaped, with the value as written marked up.
std::string Highlighted(const std::string& shown, const std::string& matched) {
  std::size_t at = matched.empty() ? std::string::npos : shown.find(matched);
  if (at == std::string::npos) return EscapeHtml(shown);
  return StrCat(EscapeHtml(shown.substr(0, at)), "<mark>", EscapeHtml(matched),
                "</mark>", EscapeHtml(shown.substr(at + matched.size())));
}

constexpr const char* kStyle = R"css(
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:60em;
color:#1b1b1b;padding:0 1em}
h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td,th{padding:.3em .5em;
text-align:left;border-bottom:1px solid #e3e3e3;vertical-align:top}
.level{font-weight:600;border-radius:3px;padding:0 .4em;color:#fff}
.critical{background:#a4161a}.high{background:#d9480f}
.medium{background:#b08900}.low{background:#1c7c8c}
.exposure{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;
margin:1em 0;break-inside:avoid}
.snippet{font-family:ui-monospace,monospace;font-size:.9em;color:#333}
mark{background:#ffe066}ul.steps{list-style:none;padding-left:1em}
ul.steps li::before{content:"\2610  "}.why{color:#444}
.note{background:#f4f4f4;padding:.6em 1em;border-radius:6px}
@media print{body{margin:0}.exposure{border-color:#999}}
)css";

absl::StatusOr<std::string> LevelChart(const Report& report) {
  // One bar per category, its length the number of exposures, coloured by
  // the highest level among them.
  std::map<std::string, std::pair<int, std::string>> rows;
  absl::Status read = ForEachExposure(report, [&rows](const Exposure& e) {
    auto& row = rows[std::string(CategoryName(e.category))];
    if (row.first == 0) row.second = e.level;  // sorted by risk
    ++row.first;
    return true;
  });
  if (!read.ok()) return read;
  int most = 1;
  for (const auto& [name, row] : rows) most = std::max(most, row.first);
  static const std::map<std::string, std::string> kColors = {
      {"critical", "#a4161a"},
      {"high", "#d9480f"},
      {"medium", "#b08900"},
      {"low", "#1c7c8c"}};
  const int bar_height = 22;
  std::string svg = StrCat(
      "<svg role=\"img\" aria-label=\"Exposures by category\" width=\"520\" "
      "height=\"",
      rows.size() * bar_height + 10,
      "\" xmlns=\"http://www.w3.org/2000/svg\">");
  int y = 5;
  for (const auto& [name, row] : rows) {
    int width = 300 * row.first / most;
    StrAppend(&svg, "<text x=\"0\" y=\"", y + 15, "\" font-size=\"13\">",
              EscapeHtml(name), "</text><rect x=\"130\" y=\"", y + 3,
              "\" width=\"", width, "\" height=\"15\" fill=\"",
              kColors.at(row.second), "\"/><text x=\"", 136 + width, "\" y=\"",
              y + 15, "\" font-size=\"13\">", row.first, "</text>");
    y += bar_height;
  }
  svg += "</svg>";
  return svg;
}

}  // namespace

namespace report_internal {

void RenderHtmlTo(const Report& report, const RenderOptions& options,
                  ReportBuffer* buffer) {
  std::optional<std::vector<std::string>> masked =
      SecretsToMask(report, options, buffer);
  if (!masked) return;
  const std::vector<std::string>& secrets = *masked;
  const std::size_t count = ExposureCount(report);
  std::string& out = buffer->text();
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
      "'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
      "form-action 'none'\">\n<meta name=\"referrer\" content=\"no-referrer\">"
      "\n<meta name=\"viewport\" content=\"width=device-width\">\n"
      "<title>Exposure report</title>\n<style>";
  out += kStyle;
  out += "</style></head>\n<body>\n<h1>Exposure report</h1>\n";
  StrAppend(&out, "<p>", count,
            count == 1 ? " exposure found in " : " exposures found in ",
            report.pages, report.pages == 1 ? " page. Scan " : " pages. Scan ",
            EscapeHtml(report.started_at), " to ",
            EscapeHtml(report.finished_at),
            report.case_name.empty()
                ? std::string()
                : StrCat(", case ", EscapeHtml(report.case_name)),
            ".</p>\n<ul>");
  for (const TargetResult& target : report.targets) {
    StrAppend(
        &out, "<li>", EscapeHtml(target.input), ": ", EscapeHtml(target.status),
        ", ", target.pages, target.pages == 1 ? " page" : " pages",
        target.error.empty() ? "" : StrCat(" (", EscapeHtml(target.error), ")"),
        "</li>");
  }
  out += "</ul>\n";
  out +=
      "<p class=\"note\">This report maps a person's life. Keep it private. "
      "If you are in danger, plan any changes with an advocate: removing "
      "details can alert someone who is watching, and saving dated copies "
      "first keeps the evidence.</p>\n";
  if (count > 0) {
    absl::StatusOr<std::string> chart = LevelChart(report);
    if (!chart.ok()) return buffer->Fail(chart.status());
    StrAppend(&out, "<h2>By category</h2>\n", *chart, "\n");
  }
  if (!report.combinations.empty()) {
    out += "<h2>Together, these are worse</h2>\n<ul>";
    for (const Combination& combination : report.combinations) {
      std::string names;
      for (Category category : combination.categories) {
        StrAppend(&names, names.empty() ? "" : " + ", CategoryName(category));
      }
      StrAppend(&out, "<li><strong>", EscapeHtml(names), "</strong> (risk ",
                combination.risk, "): ", EscapeHtml(combination.why), "</li>");
    }
    out += "</ul>\n";
  }
  out += "<h2>Exposures, highest risk first</h2>\n";
  int rank = 0;
  absl::Status read = ForEachExposure(report, [&](const Exposure& exposure) {
    const std::string& value =
        exposure.display.empty() ? exposure.value : exposure.display;
    std::string shown = options.redact ? RedactValue(value) : value;
    StrAppend(
        &out, "<section class=\"exposure\" id=\"e", exposure.id, "\"><h3>",
        ++rank, ". <span class=\"level ", exposure.level, "\">", exposure.level,
        "</span> ", EscapeHtml(CategoryName(exposure.category)),
        ": <span class=\"value\">", EscapeHtml(shown), "</span> <small>risk ",
        exposure.risk, ", confidence ", exposure.confidence,
        exposure.status.empty()
            ? std::string()
            : StrCat(", ", EscapeHtml(exposure.status == "resolved"
                                          ? "removal verified"
                                          : exposure.status)),
        exposure.status == "resolved" && !exposure.last_seen.empty()
            ? StrCat(", last seen ",
                     EscapeHtml(exposure.last_seen.substr(0, 10)))
            : std::string(),
        exposure.known ? ", known identifier" : "",
        "</small></h3>\n<p class=\"why\">", EscapeHtml(exposure.why),
        "</p>\n<ul>");
    for (const Occurrence& occurrence : exposure.occurrences) {
      std::string snippet = options.redact
                                ? RedactText(occurrence.snippet, secrets)
                                : occurrence.snippet;
      std::string matched =
          options.redact ? RedactValue(occurrence.matched) : occurrence.matched;
      StrAppend(&out, "<li><span class=\"snippet\">",
                Highlighted(snippet, matched), "</span><br><small>",
                EscapeHtml(occurrence.url), " · ",
                SourceName(occurrence.source), " · ",
                EscapeHtml(occurrence.rule_id), "</small></li>");
    }
    if (exposure.occurrence_count >
        static_cast<int>(exposure.occurrences.size())) {
      StrAppend(&out, "<li class=\"more\"><small>Seen in ",
                exposure.occurrence_count, " places on ", exposure.page_count,
                " pages; the first ", exposure.occurrences.size(),
                " are listed.</small></li>");
    }
    out += "</ul>\n";
    for (const Advice& advice : exposure.advice) {
      StrAppend(&out, "<h4>", EscapeHtml(advice.title),
                "</h4><ul class=\"steps\">");
      for (const std::string& step : advice.steps) {
        StrAppend(&out, "<li>", EscapeHtml(step), "</li>");
      }
      out += "</ul>\n";
    }
    out += "</section>\n";
    return buffer->Flush();
  });
  if (!read.ok()) return buffer->Fail(read);
  if (!buffer->Flush()) return;
  if (count == 0) {
    out += "<p>No identifying details were found.</p>\n";
  }
  out += "</body></html>\n";
}

}  // namespace report_internal

std::string RenderHtml(const Report& report, const RenderOptions& options) {
  return Render(report, ReportFormat::kHtml, options);
}

}  // namespace exposure
