#include "run/test.hpp"

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "assessment/loader.hpp"
#include "rubric/loader.hpp"
#include "rubrictest/loader.hpp"
#include "run/builtin.hpp"
#include "run/exit_codes.hpp"
#include "run/inputs.hpp"
#include "run/outputs.hpp"
#include "run/setup.hpp"
#include "run/test_case.hpp"
#include "util/file.hpp"

namespace cepin::run {

namespace {

using report::TestFileReport;

// Everything one run shares.
struct TestRunner {
  report::TestRun run;
  RubricCatalog shared;
  std::unique_ptr<CaseRubrics> rubrics;
  LoadOptions load;
  bool usage = false;
};

// Loads a parsed test file and runs its cases.
void run_file(TestRunner& r, std::shared_ptr<const yaml::Input> parsed, TestOrigin origin) {
  TestFileReport file;
  file.path = parsed->source ? parsed->source->path() : "";
  rubrictest::LoadResult loaded = rubrictest::load(std::move(parsed));
  file.diagnostics = std::move(loaded.diagnostics);
  if (loaded.file) {
    for (const rubrictest::TestCase& test_case : loaded.file->cases) {
      file.cases.push_back(run_case(*loaded.file, test_case, origin, *r.rubrics, r.load));
    }
  }
  r.run.files.push_back(std::move(file));
}

// A file that cannot be a test file: its one problem.
void fail_file(TestRunner& r, const std::string& path, diag::Diagnostic problem) {
  TestFileReport file;
  file.path = path;
  file.diagnostics.push_back(std::move(problem));
  r.run.files.push_back(std::move(file));
}

// One input of a named path; returns whether it was a test file (or meant as one).
bool run_input(TestRunner& r, const Input& input) {
  if (input.problem) {
    fail_file(r, input.path, *input.problem);
    r.usage = r.usage || input.origin == Origin::named;
    return true;
  }
  if (input.kind != FileKind::yaml) {
    if (input.origin == Origin::found) {
      return false;  // a sheet beside the tests: an assessment
    }
    diag::Diagnostic d = diag::file_diagnostic(input.path, diag::Severity::error, "unknown-schema",
                                               "a CSV sheet is not a test file");
    d.hint = fmt::format("a test file is YAML starting with `schema: {}`; name the sheet in a case's `assessment:`",
                         rubrictest::k_test_schema);
    fail_file(r, input.path, std::move(d));
    return true;
  }
  util::ReadResult read = util::read_file(input.path);
  if (read.error != util::ReadError::none) {
    fail_file(r, input.path, read_failure(input, read, r.usage));
    return true;
  }
  auto parsed = std::make_shared<yaml::Input>(yaml::parse_input(input.path, std::move(read.bytes)));
  if (input.origin == Origin::found && parsed->document) {
    std::string schema = rubric::peek_header(*parsed).schema;
    if (schema == rubric::k_rubric_schema || schema == assessment::k_assessment_schema) {
      return false;  // the rubrics and assessments the tests name
    }
  }
  run_file(r, std::move(parsed), TestOrigin::file);
  return true;
}

void run_builtin_tests(TestRunner& r) {
  for (const EmbeddedFile& embedded : builtin_test_files()) {
    std::string path = "rubrics/" + std::string(embedded.name);
    run_file(r, std::make_shared<yaml::Input>(yaml::parse_input(path, std::string(embedded.data, embedded.size))),
             TestOrigin::builtin);
  }
}

}  // namespace

report::TestRun run_test_files(const TestOptions& options, bool& usage) {
  TestRunner r;
  RubricOptions rubric_options;
  rubric_options.rubric_dirs = options.rubric_dirs;
  CatalogSetup setup = set_up_catalog(rubric_options, r.shared);
  r.run.setup = std::move(setup.diagnostics);
  r.usage = setup.usage;
  r.rubrics = std::make_unique<CaseRubrics>(r.shared);
  if (options.paths.empty()) {
    run_builtin_tests(r);
  }
  for (const std::string& path : options.paths) {
    bool any = false;
    std::vector<Input> inputs = collect_inputs({path});
    for (const Input& input : inputs) {
      any = run_input(r, input) || any;
    }
    if (!any) {
      diag::Diagnostic d = diag::file_diagnostic(path, diag::Severity::error, "no-inputs",
                                                 "this folder holds no test file");
      d.hint = fmt::format("a test file is YAML starting with `schema: {}`", rubrictest::k_test_schema);
      r.run.setup.push_back(std::move(d));
    }
  }
  usage = usage || r.usage;
  return std::move(r.run);
}

int test(const TestOptions& options, const TestSinks& sinks) {
  OutputPlan outputs =
      plan_outputs(options.outputs, options.format, report::test_formats(), report::Format::text, options.paths);
  if (!outputs.error.empty()) {
    sinks.errors(fmt::format("cepin test: {}\n", outputs.error));
    return k_exit_usage;
  }
  bool usage = false;
  report::TestRun run = run_test_files(options, usage);
  int exit_code = usage ? k_exit_usage : run.passed() ? k_exit_ok : k_exit_findings;
  // Diagnostics go to stderr unless a machine-readable report on stdout carries them.
  if (!diagnostics_in_report(outputs.targets)) {
    std::string text;
    for (const diag::Diagnostic& d : run.all()) {
      text += diag::render_text(d, sinks.diagnostics_color);
    }
    sinks.errors(text);
  }
  auto render = [&](report::Format format, report::WithDiagnostics with) { return report::render_tests(run, format, with); };
  if (!write_reports(outputs.targets, render, sinks.errors, "test")) {
    exit_code = k_exit_usage;
  }
  return exit_code;
}

}  // namespace cepin::run
