// What `cepin test` found, as data, and its reports (SPEC §11, §12): text
// (a line per test file and a summary; the diagnostics go to stderr, or into
// a text file), JSON (`cepin/test-report/1`) and JUnit XML (a suite per test
// file, a case per test case).
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "report/format.hpp"
#include "report/validation.hpp"
#include "rubrictest/check.hpp"

namespace cepin::report {

// How one test case ended: every expectation held; one did not; or the case
// could not run (its rubric or assessment could not be found or read).
enum class CaseStatus { passed, failed, error };

// "passed", "failed", "error".
const char* case_status_name(CaseStatus status);

// One test case's outcome.
struct CaseReport {
  std::string name;
  diag::Position at;  // the case in its test file
  std::string rubric;  // the rubric's id when found, else as the case names it
  std::string assessment;  // the assessment's source as results name it; "" when inline or not found
  CaseStatus status = CaseStatus::passed;
  std::vector<rubrictest::Failure> failures;  // failed
  // failed: one test-failed diagnostic per failure; error: why it could not run.
  std::vector<diag::Diagnostic> diagnostics;
  std::string summary;  // what the assessment scored: "91.88 of 100, eligible, 良好" (or its error code)
};

// One test file's outcome: its cases, or the problems that kept it from running.
struct TestFileReport {
  std::string path;
  std::vector<diag::Diagnostic> diagnostics;  // an invalid file's problems (no case ran)
  std::vector<CaseReport> cases;

  // Whether the file could not be read as a test file.
  bool invalid() const { return diag::has_errors(diagnostics); }
};

// Everything a run of `cepin test` found.
struct TestRun {
  std::vector<diag::Diagnostic> setup;  // about --rubrics, or a folder without test files
  std::vector<TestFileReport> files;

  // Every diagnostic in order: the setup's, then each file's and its cases'.
  std::vector<diag::Diagnostic> all() const;
  // Whether every case passed and every file was valid (and the setup had no error).
  bool passed() const;
};

// The formats `cepin test` writes.
const std::vector<Format>& test_formats();

// The report in `format` (one of test_formats()); a text report holds the
// diagnostics too when `with` says so.
std::string render_tests(const TestRun& run, Format format, WithDiagnostics with);

}  // namespace cepin::report
