// RenderJson: the exposure-report/1 document of DESIGN.md; and Render /
// RenderTo, which pick the renderer for a format.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "exposure/report.h"
#include "nlohmann/json.hpp"
#include "report/report_buffer.h"

namespace exposure {
namespace {

using json = nlohmann::ordered_json;

json NullIfEmpty(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

}  // namespace

std::optional<ReportFormat> ParseReportFormat(std::string_view name) {
  if (name == "text") return ReportFormat::kText;
  if (name == "json") return ReportFormat::kJson;
  if (name == "md" || name == "markdown") return ReportFormat::kMarkdown;
  if (name == "html") return ReportFormat::kHtml;
  return std::nullopt;
}

std::string RedactValue(std::string_view value) {
  // Keep about a fifth at each end (at most 3 characters), mask the middle;
  // '@', '.', ',' and spaces stay so the shape is recognisable.
  std::size_t keep = std::min<std::size_t>(3, value.size() / 5);
  std::string masked;
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    bool edge = i < keep || i >= value.size() - keep;
    bool shape = c == '@' || c == '.' || c == ',' || c == ' ' || c == '+' ||
                 c == '-' || c == '(' || c == ')';
    if (edge || shape) {
      masked.push_back(c);
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      masked.push_back('*');  // one star per character, not per byte
    }
  }
  return masked;
}

absl::StatusOr<std::vector<std::string>> SecretsOf(const Report& report) {
  std::vector<std::string> secrets;
  absl::Status read =
      ForEachExposure(report, [&secrets](const Exposure& exposure) {
        secrets.push_back(exposure.value);
        secrets.push_back(exposure.display);
        for (const Occurrence& occurrence : exposure.occurrences) {
          secrets.push_back(occurrence.matched);
        }
        return true;
      });
  if (!read.ok()) return read;
  std::sort(secrets.begin(), secrets.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  secrets.erase(std::unique(secrets.begin(), secrets.end()), secrets.end());
  secrets.erase(std::remove(secrets.begin(), secrets.end(), std::string()),
                secrets.end());
  return secrets;
}

std::string RedactText(std::string_view text,
                       const std::vector<std::string>& secrets) {
  std::string result(text);
  for (const std::string& secret : secrets) {
    std::string masked = RedactValue(secret);
    for (std::size_t at = result.find(secret); at != std::string::npos;
         at = result.find(secret, at + masked.size())) {
      result.replace(at, secret.size(), masked);
    }
  }
  return result;
}

namespace {

// The JSON object of one exposure.
json ExposureJson(const Exposure& exposure, const RenderOptions& options,
                  const std::vector<std::string>& secrets) {
  auto shown = [&options](const std::string& value) {
    return options.redact ? RedactValue(value) : value;
  };
  json occurrences = json::array();
  for (const Occurrence& occurrence : exposure.occurrences) {
    std::string snippet = options.redact
                              ? RedactText(occurrence.snippet, secrets)
                              : occurrence.snippet;
    occurrences.push_back(
        {{"url", occurrence.url},
         {"source", std::string(SourceName(occurrence.source))},
         {"snippet", snippet},
         {"rule", occurrence.rule_id},
         {"posted_at", NullIfEmpty(occurrence.posted_at)}});
  }
  json advice = json::array();
  for (const Advice& item : exposure.advice) {
    advice.push_back({{"title", item.title},
                      {"steps", item.steps},
                      {"platform", NullIfEmpty(item.platform)}});
  }
  json entry = {{"id", exposure.id},
                {"category", std::string(CategoryName(exposure.category))},
                {"value", shown(exposure.value)},
                {"display", shown(exposure.display)},
                {"risk", exposure.risk},
                {"level", exposure.level},
                {"confidence", exposure.confidence},
                {"why", exposure.why},
                {"occurrences", occurrences},
                {"occurrence_count",
                 std::max(exposure.occurrence_count,
                          static_cast<int>(exposure.occurrences.size()))},
                {"advice", advice}};
  if (!exposure.status.empty()) entry["status"] = exposure.status;
  if (!exposure.last_seen.empty()) entry["last_seen"] = exposure.last_seen;
  if (exposure.known) entry["known"] = true;
  if (!exposure.pattern.empty()) entry["pattern"] = exposure.pattern;
  return entry;
}

}  // namespace

namespace report_internal {

std::optional<std::vector<std::string>> SecretsToMask(
    const Report& report, const RenderOptions& options, ReportBuffer* out) {
  if (!options.redact) return std::vector<std::string>();
  absl::StatusOr<std::vector<std::string>> secrets = SecretsOf(report);
  if (!secrets.ok()) {
    out->Fail(secrets.status());
    return std::nullopt;
  }
  return *std::move(secrets);
}

void RenderJsonTo(const Report& report, const RenderOptions& options,
                  ReportBuffer* buffer) {
  std::optional<std::vector<std::string>> masked =
      SecretsToMask(report, options, buffer);
  if (!masked) return;
  const std::vector<std::string>& secrets = *masked;
  json targets = json::array();
  for (const TargetResult& target : report.targets) {
    targets.push_back({{"input", target.input},
                       {"status", target.status},
                       {"pages", target.pages},
                       {"error", NullIfEmpty(target.error)}});
  }
  json combinations = json::array();
  for (const Combination& combination : report.combinations) {
    json categories = json::array();
    for (Category category : combination.categories) {
      categories.push_back(std::string(CategoryName(category)));
    }
    combinations.push_back({{"categories", categories},
                            {"risk", combination.risk},
                            {"why", combination.why}});
  }
  json by_category = json::object();
  {
    std::map<std::string, int> counts;
    absl::Status read = ForEachExposure(report, [&counts](const Exposure& e) {
      ++counts[std::string(CategoryName(e.category))];
      return true;
    });
    if (!read.ok()) return buffer->Fail(read);
    for (const auto& [name, count] : counts) by_category[name] = count;
  }
  // The report is written member by member, and the exposures one at a
  // time, exactly as json::dump(2) would lay out the whole document: a DOM
  // of every exposure took about five times the report's size in memory.
  // Invalid UTF-8 cannot reach here (the document stage repairs it), but a
  // report must never fail to render: replace rather than throw. The text
  // goes to the sink between exposures, so only one exposure's text and
  // JSON are in memory at a time.
  std::string& out = buffer->text();
  nlohmann::detail::serializer<json> serializer(
      nlohmann::detail::output_adapter<char, std::string>(out), ' ',
      json::error_handler_t::replace);
  bool first_member = true;
  auto member = [&](std::string_view key) {
    out += first_member ? "{\n  \"" : ",\n  \"";
    first_member = false;
    out += key;
    out += "\": ";
  };
  auto value = [&](const json& item) {
    serializer.dump(item, true, false, 2, 2);
  };
  member("schema");
  value("exposure-report/1");
  member("tool");
  value({{"name", "exposure"}, {"version", EXPOSURE_VERSION}});
  member("scan");
  value({{"started_at", report.started_at},
         {"finished_at", report.finished_at},
         {"case", NullIfEmpty(report.case_name)},
         {"targets", targets}});
  member("exposures");
  if (ExposureCount(report) == 0) {
    out += "[]";
  } else {
    out += "[\n";
    bool first = true;
    absl::Status read = ForEachExposure(report, [&](const Exposure& exposure) {
      out += first ? "    " : ",\n    ";
      first = false;
      serializer.dump(ExposureJson(exposure, options, secrets), true, false, 2,
                      4);
      return buffer->Flush();
    });
    if (!read.ok()) return buffer->Fail(read);
    if (!buffer->Flush()) return;
    out += "\n  ]";
  }
  member("combinations");
  value(combinations);
  member("summary");
  value({{"pages", report.pages}, {"by_category", by_category}});
  if (!report.warnings.empty()) {
    member("warnings");
    value(report.warnings);
  }
  out += "\n}\n";
}

}  // namespace report_internal

absl::Status RenderTo(const Report& report, ReportFormat format,
                      const RenderOptions& options, const ReportSink& sink) {
  report_internal::ReportBuffer buffer(sink);
  switch (format) {
    case ReportFormat::kJson:
      report_internal::RenderJsonTo(report, options, &buffer);
      break;
    case ReportFormat::kMarkdown:
      report_internal::RenderMarkdownTo(report, options, &buffer);
      break;
    case ReportFormat::kHtml:
      report_internal::RenderHtmlTo(report, options, &buffer);
      break;
    case ReportFormat::kText:
      report_internal::RenderTextTo(report, options, &buffer);
      break;
  }
  return buffer.Finish();
}

std::string Render(const Report& report, ReportFormat format,
                   const RenderOptions& options) {
  std::string out;
  // Appending to a string cannot fail.
  RenderTo(report, format, options, [&out](std::string_view piece) {
    out.append(piece.data(), piece.size());
    return absl::OkStatus();
  }).IgnoreError();
  return out;
}

std::string RenderJson(const Report& report, const RenderOptions& options) {
  return Render(report, ReportFormat::kJson, options);
}

}  // namespace exposure
