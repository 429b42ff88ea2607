// Loading a YAML self-assessment against its rubric (SPEC §3).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment/model.hpp"
#include "assessment/unit_checks.hpp"
#include "diag/diagnostic.hpp"
#include "rubric/model.hpp"
#include "yaml/input.hpp"

namespace cepin::assessment {

// The schema every assessment declares.
inline constexpr const char* k_assessment_schema = "cepin/assessment/1";

// The rubric an assessment names, read before the rubric is known; nothing
// when the input has no readable `rubric` (the full load reports why).
std::optional<RubricRef> peek_rubric(const yaml::Input& input);

// A loaded assessment, or why not (`assessment` empty on any error).
struct LoadResult {
  std::optional<Assessment> assessment;
  std::optional<Unit> unit;  // when readable, even on error
  std::vector<diag::Diagnostic> diagnostics;  // sorted errors (warnings are data, below)
  std::vector<Warning> warnings;  // rubric-version, unit-kind, even on error (also in `assessment`)
};

// Reads and checks every field against `rubric`, normalising each response
// for its clause's rule. `source` is the name results carry; `base_directory`
// is where evidence paths start (the file's directory, or "." for stdin).
LoadResult load(const yaml::Input& input, const rubric::Rubric& rubric, std::string source,
                std::string base_directory);

}  // namespace cepin::assessment
