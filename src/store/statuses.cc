// ApplyStatuses: new, persisting and resolved against the previous scan.
#include <algorithm>
#include <set>
#include <string>

#include "common/strings.h"
#include "exposure/store.h"

namespace exposure {

void ApplyStatuses(const std::vector<Exposure>& previous, bool complete,
                   const std::string& seen_at, Report* report) {
  std::set<std::string> before;
  for (const Exposure& exposure : previous) {
    if (exposure.status != "resolved") before.insert(exposure.id);
  }
  std::set<std::string> now;
  for (Exposure& exposure : report->exposures) {
    now.insert(exposure.id);
    exposure.status = before.count(exposure.id) > 0 ? "persisting" : "new";
    exposure.last_seen = seen_at;
  }
  int unverified = 0;
  for (const Exposure& exposure : previous) {
    if (exposure.status == "resolved" || now.count(exposure.id) > 0) continue;
    Exposure gone = exposure;
    if (complete) {
      gone.status = "resolved";
    } else {
      // A target failed: absence proves nothing.
      gone.status = "persisting";
      ++unverified;
    }
    report->exposures.push_back(std::move(gone));
  }
  if (unverified > 0) {
    report->warnings.push_back(StrCat(
        unverified, " exposure", unverified == 1 ? "" : "s",
        " of the previous scan not found this time are kept as persisting: "
        "some targets failed, so their removal is not verified"));
  }
  std::stable_sort(
      report->exposures.begin(), report->exposures.end(),
      [](const Exposure& a, const Exposure& b) { return a.risk > b.risk; });
}

}  // namespace exposure
