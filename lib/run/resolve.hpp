// Choosing the rubric an assessment is scored against.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "assessment/loader.hpp"
#include "diag/source.hpp"
#include "rubric/model.hpp"
#include "run/catalog.hpp"

namespace cepin::run {

// The rubric for one input, or the diagnostics that say why there is none.
struct Resolved {
  std::shared_ptr<const rubric::Rubric> rubric;
  std::vector<diag::Diagnostic> diagnostics;
};

// The catalog's -r rubric wins; else the id the input names is looked up in
// the catalog. Problems are located at the `rubric` value of `source` (or 1:1):
// unknown-rubric (with "did you mean"), ambiguous-rubric, invalid-rubric (with
// the rubric's own diagnostics), missing rubric.
Resolved resolve_rubric(RubricCatalog& catalog, const std::optional<std::string>& id, diag::Position at,
                        const diag::SourceText& source);

}  // namespace cepin::run
