// Loading and validating a rubric file (SPEC §2).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "rubric/extends.hpp"
#include "rubric/model.hpp"
#include "yaml/input.hpp"

namespace cepin::rubric {

// The schema every rubric declares.
inline constexpr const char* k_rubric_schema = "cepin/rubric/1";

// A loaded rubric, or why not. `rubric` is null when there is any error;
// warnings may accompany a rubric. Diagnostics are sorted.
struct LoadResult {
  std::shared_ptr<const Rubric> rubric;
  std::vector<diag::Diagnostic> diagnostics;
};

// Validates a parsed YAML input as a rubric: every key, type, rule and
// subtotal, reporting all problems at once with stable codes. A rubric that
// `extends` another is merged onto its base (found through
// `options.resolver`; none: no base is found) and the merged tree validated;
// its diagnostics come in the order input, then its chain of bases (SPEC §7).
LoadResult load(const yaml::Input& input, const LoadOptions& options = {});

// Parses `bytes` (named `path` in diagnostics) and loads the rubric.
LoadResult load_from_bytes(std::string path, std::string bytes, const LoadOptions& options = {});

// The top-level `id` and `schema` of a YAML text if they can be read cheaply
// (for indexing --rubrics folders and skipping files in folder walks).
struct Header {
  std::string schema;
  std::string id;
};
Header peek_header(const yaml::Input& input);

}  // namespace cepin::rubric
