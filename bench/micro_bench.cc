// micro_bench: Google Benchmark timings of the per-block steps of extraction
// (NormalizeText, RuleSet::Prefilter, FindAll, Extractor) and of one page
// through Gumbo and ParseDocument, to find where extraction spends its time.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "exposure/document.h"
#include "exposure/extract.h"
#include "exposure/page.h"
#include "exposure/rules.h"
#include "gumbo.h"
#include "profile_pages.h"

namespace {

constexpr uint64_t kSeed = 20240601;

const exposure::RuleSet& Rules() {
  static const exposure::RuleSet* rules = [] {
    exposure::RuleSetBuilder builder;
    if (!builder.AddDefaults().ok()) std::abort();
    absl::StatusOr<exposure::RuleSet> compiled = builder.Compile();
    if (!compiled.ok()) std::abort();
    return new exposure::RuleSet(*std::move(compiled));
  }();
  return *rules;
}

// A normalised block of prose of about `bytes` bytes, as the extractor sees.
std::string Block(std::size_t bytes) {
  return exposure::NormalizeText(exposure::bench::GenerateProse(kSeed, bytes));
}

exposure::Page ProfilePage(std::size_t bytes) {
  exposure::bench::PageOptions options;
  options.min_bytes = bytes;
  options.max_bytes = bytes + bytes / 10;
  exposure::Page page;
  page.url = "file:///bench/page.html";
  page.content_type = "text/html";
  page.body = exposure::bench::GenerateProfilePage(kSeed, options);
  return page;
}

void BM_NormalizeText(benchmark::State& state) {
  const std::string raw = exposure::bench::GenerateProse(
      kSeed, static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    benchmark::DoNotOptimize(exposure::NormalizeText(raw));
  }
  state.SetBytesProcessed(state.iterations() * raw.size());
}
BENCHMARK(BM_NormalizeText)->Arg(64)->Arg(600)->Arg(4096)->Arg(65536);

void BM_Prefilter(benchmark::State& state) {
  const std::string text = Block(static_cast<std::size_t>(state.range(0)));
  const exposure::RuleSet& rules = Rules();
  std::vector<int> candidates;
  rules.Prefilter(text, &candidates);  // let RE2 build its DFA
  for (auto _ : state) {
    candidates.clear();
    rules.Prefilter(text, &candidates);
    benchmark::DoNotOptimize(candidates.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
  state.counters["candidates"] = static_cast<double>(candidates.size());
}
BENCHMARK(BM_Prefilter)->Arg(64)->Arg(600)->Arg(4096)->Arg(65536);

// Every rule's FindAll over the same block (what a block pays when the
// prefilter names all rules).
void BM_FindAllRules(benchmark::State& state) {
  const std::string text = Block(static_cast<std::size_t>(state.range(0)));
  const exposure::RuleSet& rules = Rules();
  std::vector<exposure::RuleSet::Span> spans;
  for (auto _ : state) {
    for (int i = 0; i < rules.size(); ++i) {
      spans.clear();
      rules.FindAll(i, text, 200, &spans);
    }
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_FindAllRules)->Arg(600)->Arg(4096);

void BM_ExtractText(benchmark::State& state) {
  const std::string raw = exposure::bench::GenerateProse(
      kSeed, static_cast<std::size_t>(state.range(0)));
  const exposure::Extractor extractor(Rules());
  for (auto _ : state) {
    benchmark::DoNotOptimize(extractor.ExtractText(raw));
  }
  state.SetBytesProcessed(state.iterations() * raw.size());
}
BENCHMARK(BM_ExtractText)->Arg(600)->Arg(4096);

void BM_GumboPage(benchmark::State& state) {
  const exposure::Page page =
      ProfilePage(static_cast<std::size_t>(state.range(0)));
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  for (auto _ : state) {
    GumboOutput* output =
        gumbo_parse_with_options(&options, page.body.data(), page.body.size());
    benchmark::DoNotOptimize(output);
    gumbo_destroy_output(&options, output);
  }
  state.SetBytesProcessed(state.iterations() * page.body.size());
}
BENCHMARK(BM_GumboPage)->Arg(100 * 1024);

void BM_ParseDocumentPage(benchmark::State& state) {
  const exposure::Page page =
      ProfilePage(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    benchmark::DoNotOptimize(exposure::ParseDocument(page));
  }
  state.SetBytesProcessed(state.iterations() * page.body.size());
}
BENCHMARK(BM_ParseDocumentPage)->Arg(100 * 1024);

void BM_ExtractPage(benchmark::State& state) {
  const exposure::Page page =
      ProfilePage(static_cast<std::size_t>(state.range(0)));
  const exposure::Document document = exposure::ParseDocument(page);
  const exposure::Extractor extractor(Rules());
  for (auto _ : state) {
    benchmark::DoNotOptimize(extractor.Extract(document));
  }
  state.SetBytesProcessed(state.iterations() * page.body.size());
  state.counters["blocks"] = static_cast<double>(document.blocks.size());
}
BENCHMARK(BM_ExtractPage)->Arg(100 * 1024);

}  // namespace

BENCHMARK_MAIN();
