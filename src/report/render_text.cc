// RenderText and RenderMarkdown: reports for people, ranked, with the
// first steps to take.
#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "absl/strings/str_format.h"
#include "common/strings.h"
#include "exposure/report.h"
#include "report/report_buffer.h"

namespace exposure {
namespace {

// Number of characters (not bytes) in UTF-8 text.
std::size_t Columns(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// Cuts UTF-8 text to at most `width` characters, with "…" when cut.
std::string Fit(std::string_view text, std::size_t width) {
  if (Columns(text) <= width) return std::string(text);
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool starts_char = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_char && ++count > width - 1) break;
    out.push_back(text[i]);
  }
  return out + "…";
}

std::string Pad(std::string_view text, std::size_t width) {
  std::string out = Fit(text, width);
  out.append(width - std::min(width, Columns(out)), ' ');
  return out;
}

std::string_view LevelColor(const std::string& level) {
  if (level == "critical") return "\033[1;31m";
  if (level == "high") return "\033[31m";
  if (level == "medium") return "\033[33m";
  return "\033[36m";
}

std::string Shown(const Exposure& exposure, const RenderOptions& options) {
  const std::string& value =
      exposure.display.empty() ? exposure.value : exposure.display;
  return options.redact ? RedactValue(value) : value;
}

int DistinctPages(const Exposure& exposure) {
  std::set<std::string> urls;
  for (const Occurrence& occurrence : exposure.occurrences) {
    urls.insert(occurrence.url);
  }
  // page_count also counts the pages beyond the occurrences kept.
  return std::max(exposure.page_count, static_cast<int>(urls.size()));
}

// "Seen in 57 places on 41 pages; the first 20 are listed." when the
// occurrences were cut at kMaxOccurrencesPerExposure; "" otherwise.
std::string MorePlaces(const Exposure& exposure) {
  int listed = static_cast<int>(exposure.occurrences.size());
  if (exposure.occurrence_count <= listed) return "";
  return StrCat("Seen in ", exposure.occurrence_count, " places on ",
                DistinctPages(exposure), " pages; the first ", listed,
                " are listed.");
}

// The status against the previous scan of a case, as a person reads it:
// "new", "persisting", "removal verified, last seen 2026-11-20"; "known"
// added for a known identifier; "" outside a case.
std::string StatusLabel(const Exposure& exposure) {
  std::string label = exposure.status;
  if (exposure.status == "resolved") {
    label = "removal verified";
    if (!exposure.last_seen.empty()) {
      StrAppend(&label, ", last seen ", exposure.last_seen.substr(0, 10));
    }
  }
  if (exposure.known) {
    StrAppend(&label, label.empty() ? "" : ", ", "known identifier");
  }
  return label;
}

// One of the first things to do: an advice and the exposure it is for.
struct Action {
  Advice advice;
  Category category;
};

// The advice titles to act on first, most urgent exposure first, each once.
// Resolved exposures need no action.
absl::StatusOr<std::vector<Action>> TopActions(const Report& report,
                                               std::size_t limit) {
  std::vector<Action> actions;
  std::set<std::string> seen;
  absl::Status read = ForEachExposure(report, [&](const Exposure& exposure) {
    if (exposure.status == "resolved") return true;
    for (const Advice& advice : exposure.advice) {
      if (!seen.insert(advice.title).second) continue;
      actions.push_back({advice, exposure.category});
      return actions.size() < limit;
      // one action per exposure first
    }
    return true;
  });
  if (!read.ok()) return read;
  return actions;
}

}  // namespace

namespace report_internal {

void RenderTextTo(const Report& report, const RenderOptions& options,
                  ReportBuffer* buffer) {
  std::string& out = buffer->text();
  int width = std::max(60, options.width);
  const std::size_t count = ExposureCount(report);
  StrAppend(&out, "Exposure report: ", count, " exposure",
            count == 1 ? "" : "s", " found in ", report.pages, " page",
            report.pages == 1 ? "" : "s", "\n");
  for (const TargetResult& target : report.targets) {
    StrAppend(&out, "  ", Fit(target.input, width - 30), "  ", target.status,
              " (", target.pages, " page", target.pages == 1 ? "" : "s", ")",
              target.error.empty() ? "" : ": " + target.error, "\n");
  }
  if (count == 0) {
    StrAppend(&out, "\nNo identifying details were found.\n");
    return;
  }
  // Columns: # level risk category value where
  std::size_t value_width =
      static_cast<std::size_t>(std::max(16, width - 4 - 10 - 6 - 16 - 22));
  StrAppend(&out, "\n", Pad("#", 4), Pad("LEVEL", 10), Pad("RISK", 6),
            Pad("CATEGORY", 16), Pad("VALUE", value_width), "WHERE\n");
  int rank = 0;
  absl::Status read = ForEachExposure(report, [&](const Exposure& exposure) {
    ++rank;
    std::string level = Pad(exposure.level, 10);
    if (options.color) {
      level = StrCat(LevelColor(exposure.level), level, "\033[0m");
    }
    int pages = DistinctPages(exposure);
    std::string where =
        StrCat(SourceName(exposure.occurrences.empty()
                              ? Source::kPost
                              : exposure.occurrences[0].source),
               pages > 1 ? StrCat(", ", pages, " pages") : std::string());
    std::string status = StatusLabel(exposure);
    if (!status.empty()) StrAppend(&where, " [", status, "]");
    StrAppend(&out, Pad(StrCat(rank), 4), level, Pad(StrCat(exposure.risk), 6),
              Pad(CategoryName(exposure.category), 16),
              Pad(Shown(exposure, options), value_width), where, "\n");
    return buffer->Flush();
  });
  if (!read.ok()) return buffer->Fail(read);
  if (!buffer->Flush()) return;
  if (!report.combinations.empty()) {
    StrAppend(&out, "\nTogether, these are worse:\n");
    for (const Combination& combination : report.combinations) {
      std::string names;
      for (Category category : combination.categories) {
        StrAppend(&names, names.empty() ? "" : " + ", CategoryName(category));
      }
      StrAppend(&out, "  ", names, " (risk ", combination.risk,
                "): ", Fit(combination.why, width - 20), "\n");
    }
  }
  StrAppend(&out, "\nWhat to do first:\n");
  absl::StatusOr<std::vector<Action>> actions = TopActions(report, 5);
  if (!actions.ok()) return buffer->Fail(actions.status());
  int step = 0;
  for (const Action& action : *actions) {
    StrAppend(&out, "  ", ++step, ". ", action.advice.title, " (",
              CategoryName(action.category), ")\n     ",
              Fit(action.advice.steps.front(), width - 5), "\n");
  }
  StrAppend(&out,
            "\nFull details, snippets and advice: --format json or md.\n");
  for (const std::string& warning : report.warnings) {
    StrAppend(&out, "warning: ", warning, "\n");
  }
}

void RenderMarkdownTo(const Report& report, const RenderOptions& options,
                      ReportBuffer* buffer) {
  std::optional<std::vector<std::string>> masked =
      SecretsToMask(report, options, buffer);
  if (!masked) return;
  const std::vector<std::string>& secrets = *masked;
  std::string& out = buffer->text();
  out += "# Exposure report\n\n";
  StrAppend(&out, "- Scan: ", report.started_at, " to ", report.finished_at,
            "\n");
  if (!report.case_name.empty()) {
    StrAppend(&out, "- Case: ", report.case_name, "\n");
  }
  StrAppend(&out, "- Pages scanned: ", report.pages, "\n");
  for (const TargetResult& target : report.targets) {
    StrAppend(&out, "- Target `", target.input, "`: ", target.status, ", ",
              target.pages, " pages",
              target.error.empty() ? "" : ", " + target.error, "\n");
  }
  StrAppend(&out, "\n## Exposures (", ExposureCount(report),
            ", highest risk first)\n\n");
  StrAppend(&out, "| # | level | risk | category | value |\n");
  StrAppend(&out, "|---|---|---|---|---|\n");
  int rank = 0;
  absl::Status read = ForEachExposure(report, [&](const Exposure& exposure) {
    StrAppend(&out, "| ", ++rank, " | ", exposure.level, " | ", exposure.risk,
              " | ", CategoryName(exposure.category), " | ",
              Shown(exposure, options), " |\n");
    return buffer->Flush();
  });
  if (!read.ok()) return buffer->Fail(read);
  if (!buffer->Flush()) return;
  if (!report.combinations.empty()) {
    StrAppend(&out, "\n## Combinations\n\n");
    for (const Combination& combination : report.combinations) {
      std::string names;
      for (Category category : combination.categories) {
        StrAppend(&names, names.empty() ? "" : " + ", CategoryName(category));
      }
      StrAppend(&out, "- **", names, "** (risk ", combination.risk,
                "): ", combination.why, "\n");
    }
  }
  rank = 0;
  read = ForEachExposure(report, [&](const Exposure& exposure) {
    StrAppend(&out, "\n### ", ++rank, ". ", CategoryName(exposure.category),
              ": ", Shown(exposure, options), "\n\n", exposure.why, "\n\n");
    std::string status = StatusLabel(exposure);
    if (!status.empty()) StrAppend(&out, "Status: ", status, "\n\n");
    for (const Occurrence& occurrence : exposure.occurrences) {
      StrAppend(&out, "- ", occurrence.url, " (", SourceName(occurrence.source),
                "): \"",
                options.redact ? RedactText(occurrence.snippet, secrets)
                               : occurrence.snippet,
                "\"\n");
    }
    std::string more = MorePlaces(exposure);
    if (!more.empty()) StrAppend(&out, "- ", more, "\n");
    for (const Advice& advice : exposure.advice) {
      StrAppend(&out, "\n**", advice.title, "**\n\n");
      for (const std::string& step : advice.steps) {
        StrAppend(&out, "- [ ] ", step, "\n");
      }
    }
    return buffer->Flush();
  });
  if (!read.ok()) buffer->Fail(read);
}

}  // namespace report_internal

std::string RenderText(const Report& report, const RenderOptions& options) {
  return Render(report, ReportFormat::kText, options);
}

std::string RenderMarkdown(const Report& report, const RenderOptions& options) {
  return Render(report, ReportFormat::kMarkdown, options);
}

}  // namespace exposure
