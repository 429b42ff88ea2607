// `cepin validate`: checking rubrics and assessments without scoring.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace cepin::run {

// What `validate` was asked to check.
struct ValidateOptions {
  std::vector<std::string> paths;           // files and folders; empty: the built-ins
  std::optional<std::string> rubric_file;   // -r: the rubric for every assessment
  std::vector<std::string> rubric_dirs;     // --rubrics
  std::optional<std::string> encoding;      // CSV: --encoding
  bool ignore_unknown_columns = false;      // CSV: --ignore-unknown-columns
};

// What one file turned out to be.
enum class CheckedKind { rubric, assessment, csv, skipped, missing };

// The outcome for one input, in input order.
struct CheckedFile {
  std::string path;
  CheckedKind kind = CheckedKind::rubric;
  std::string summary;  // one line for the text output ("rubric x: 58 clauses, …")
  std::vector<diag::Diagnostic> diagnostics;  // sorted
};

// Everything `validate` found.
struct ValidateReport {
  std::vector<diag::Diagnostic> setup;  // about -r / --rubrics, before any file
  std::vector<CheckedFile> files;
  bool usage_problem = false;           // a named path missing, or -r/--rubrics unreadable (exit 2)
};

// Checks every input: rubric files first (so assessments can name them), then
// assessments against their rubric, reported in input order.
ValidateReport validate(const ValidateOptions& options);

}  // namespace cepin::run
