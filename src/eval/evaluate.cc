// EvaluatePagesFolder: runs the pipeline on a corpus' single pages and scores
// each report against truth.json.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "eval/corpus_paths.h"
#include "exposure/eval.h"
#include "exposure/pipeline.h"
#include "exposure/source.h"

namespace exposure {

namespace fs = std::filesystem;
using internal::IsInsideFolder;

absl::StatusOr<EvalScore> EvaluatePagesFolder(const std::string& corpus_dir,
                                              const RuleSet& rules) {
  const fs::path corpus(corpus_dir);
  const std::string truth_path = (corpus / "truth.json").string();
  ASSIGN_OR_RETURN(CorpusTruth truth, LoadTruth(truth_path));
  auto pages = truth.kinds.find("pages");
  if (pages == truth.kinds.end()) {
    return absl::InvalidArgumentError(
        StrCat(truth_path, ": no \"pages\" to evaluate"));
  }
  EvalScore total;
  for (const auto& [name, entry] : pages->second) {
    if (!IsInsideFolder(fs::path(name))) {
      return absl::InvalidArgumentError(
          StrCat(truth_path, ": pages: \"", name,
                 "\" is not a file name inside pages/"));
    }
    ASSIGN_OR_RETURN(std::vector<Page> loaded,
                     LoadLocalPages((corpus / "pages" / name).string()));
    Report report;
    RETURN_IF_ERROR(AnalyzePages(loaded, rules, PipelineOptions{}, &report));
    total.Add(Score(entry, name, report));
  }
  return total;
}

}  // namespace exposure
