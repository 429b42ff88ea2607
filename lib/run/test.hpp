// `cepin test`: runs rubric test files (SPEC §12) — named files, files found
// in folders, or without a path the built-in rubrics' tests — and writes the
// command's reports with its exit code.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/render.hpp"
#include "report/format.hpp"
#include "report/test_report.hpp"

namespace cepin::run {

// What `test` was asked to do.
struct TestOptions {
  std::vector<std::string> paths;        // test files and folders; empty: the built-in tests
  std::vector<std::string> rubric_dirs;  // --rubrics (repeatable)
  std::vector<std::string> outputs;      // -o [FORMAT:]PATH; none: stdout
  std::optional<report::Format> format;  // --format
};

// Where diagnostics go when no report on standard output carries them.
struct TestSinks {
  std::function<void(const std::string&)> errors;
  diag::Color diagnostics_color = diag::Color::no;
};

// Loads every test file and runs every case, in input order. In folders,
// YAML files of another cepin schema (rubrics, assessments) and CSV sheets
// are passed over; any other YAML file is read as a test file, so a broken
// one is reported. `usage` turns true for a named path that cannot be read
// or an unreadable --rubrics folder.
report::TestRun run_test_files(const TestOptions& options, bool& usage);

// Runs the tests and writes every report; returns the exit code: 0 when
// every case passed, 1 when one failed or could not run or a file is
// invalid, 2 for bad usage (SPEC §5).
int test(const TestOptions& options, const TestSinks& sinks);

}  // namespace cepin::run
