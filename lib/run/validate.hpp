// `cepin validate`: rubrics and assessments checked without scoring, with the
// command's policy (warnings as errors, exit code) and its reports.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/render.hpp"
#include "report/validation.hpp"
#include "run/load.hpp"
#include "run/setup.hpp"

namespace cepin::run {

// What `validate` was asked to do.
struct ValidateOptions {
  std::vector<std::string> paths;  // files and folders; empty: the built-in rubrics
  RubricOptions rubrics;           // -r, --rubrics
  LoadOptions load;                // CSV: --encoding, --ignore-unknown-columns
  std::vector<std::string> outputs;      // -o [FORMAT:]PATH; none: stdout
  std::optional<report::Format> format;  // --format
  bool warnings_as_errors = false;
  bool quiet = false;   // -q: no notes on stderr
  std::string version;  // cepin's, for SARIF
};

// Where diagnostics go when no report on standard output carries them.
struct ValidateSinks {
  std::function<void(const std::string&)> errors;
  diag::Color diagnostics_color = diag::Color::no;
};

// Checks every input: rubric files first (so assessments can name them), then
// assessments and CSV sheets against their rubrics, in input order. `usage`
// turns true for a named path that is missing or an unreadable -r/--rubrics.
report::Validation check_inputs(const ValidateOptions& options, bool& usage);

// Checks, applies the policy (with --warnings-as-errors every warning is
// reported and counted as an error, as a compiler's -Werror), writes every
// report and returns the exit code (SPEC §5).
int validate(const ValidateOptions& options, const ValidateSinks& sinks);

}  // namespace cepin::run
