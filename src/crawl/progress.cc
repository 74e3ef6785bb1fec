// Crawl progress: a sliding-window rate, the status line and how it is
// shown on a terminal or in a log.
#include <algorithm>
#include <cstdio>
#include <string>

#include "common/strings.h"
#include "exposure/crawl.h"

namespace exposure {

void RateMeter::Add(double seconds, int fetched) {
  samples_.emplace_back(seconds, fetched);
  // Keep one sample at or before the window's start, so the rate spans
  // the whole window once the crawl is that old.
  while (samples_.size() > 2 && samples_[1].first <= seconds - window_) {
    samples_.pop_front();
  }
}

double RateMeter::PagesPerSecond() const {
  if (samples_.size() < 2) return 0;
  const auto& [first_time, first_count] = samples_.front();
  const auto& [last_time, last_count] = samples_.back();
  double span = last_time - first_time;
  if (span <= 0) return 0;
  return std::max(0, last_count - first_count) / span;
}

std::string FormatCrawlProgress(const CrawlProgress& progress) {
  char rate[32];
  std::snprintf(rate, sizeof(rate), "%.1f", progress.pages_per_second);
  std::string line =
      StrCat(progress.fetched, " fetched, ", progress.queued, " queued");
  if (progress.in_flight > 0)
    StrAppend(&line, ", ", progress.in_flight, " in flight");
  StrAppend(&line, ", ", progress.failed, " failed, ", rate, " pages/s");
  if (progress.finished) StrAppend(&line, " (done)");
  return line;
}

void ProgressDisplay::Message(std::string_view message) {
  if (terminal_ && !status_.empty()) *out_ << "\r\033[K";
  *out_ << "exposure: " << message << "\n";
  if (terminal_ && !status_.empty()) *out_ << status_;
  out_->flush();
}

void ProgressDisplay::Update(const CrawlProgress& progress) {
  std::string line = StrCat("exposure: ", FormatCrawlProgress(progress));
  if (terminal_) {
    *out_ << "\r\033[K" << line;
    status_ = line;
    if (progress.finished) {
      *out_ << "\n";
      status_.clear();
    }
    out_->flush();
    return;
  }
  if (!progress.finished && progress.elapsed_seconds < next_line_at_) return;
  next_line_at_ = progress.elapsed_seconds + kProgressLineSeconds;
  *out_ << line << "\n";
  out_->flush();
}

}  // namespace exposure
