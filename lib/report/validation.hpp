// What `cepin validate` found, as data, and its reports: text (the
// diagnostics and a summary line per file), JSON, JUnit, SARIF and GitHub
// annotations (SPEC §5, §11).
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "report/format.hpp"

namespace cepin::report {

// What one input turned out to be.
enum class CheckedKind { rubric, assessment, test, csv, skipped, missing };

// The outcome for one input, in input order.
struct CheckedFile {
  std::string path;
  CheckedKind kind = CheckedKind::rubric;
  std::string summary;                        // "rubric x: 7 categories, …" (text)
  std::vector<diag::Diagnostic> diagnostics;  // sorted
};

// Everything validate found.
struct Validation {
  std::vector<diag::Diagnostic> setup;  // about -r / --rubrics, before any file
  std::vector<CheckedFile> files;

  // Every diagnostic: the setup's, then each file's.
  std::vector<diag::Diagnostic> all() const;
};

// The formats validate writes.
const std::vector<Format>& validation_formats();

// The report in `format` (one of validation_formats()). `version` is cepin's (SARIF).
std::string render_validation(const Validation& validation, Format format, WithDiagnostics with,
                              const std::string& version);

}  // namespace cepin::report
