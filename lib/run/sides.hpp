// What `compare` takes for each side and `trend` for all its paths (SPEC
// §9 "Sides"): assessments scored exactly as `score` scores them, and saved
// results read as saved, in input order, as result summaries.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "results/summary.hpp"
#include "run/catalog.hpp"
#include "run/plan.hpp"
#include "scoring/engine.hpp"

namespace cepin::run {

// How a side is read and scored.
struct SideOptions {
  InputOptions inputs;  // the side's paths, --input-format, CSV and evidence options
  scoring::Options scoring;
  unsigned jobs = 0;  // 0: the CPUs this process may use
};

// One side's results and what reading it said.
struct Side {
  std::vector<results::ResultSummary> results;  // input order; error results in place
  std::vector<std::string> paths;               // as given (for the report's `sources`)
  std::vector<diag::Diagnostic> diagnostics;    // for stderr, in input order
  bool usage = false;                           // a named path that cannot be read (exit 2)
};

// Reads one side. A file whose first non-blank character is `{` or `[` (and
// any .json/.jsonl file found in a folder) is saved results; a results CSV
// is refused with a hint to save results as jsonl; everything else is
// scored. Never throws for bad input.
Side load_side(const SideOptions& options, RubricCatalog& catalog);

}  // namespace cepin::run
