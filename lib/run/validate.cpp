#include "run/validate.hpp"

#include <algorithm>

#include <memory>

#include <fmt/format.h>

#include "assessment/loader.hpp"
#include "rubric/loader.hpp"
#include "rubrictest/loader.hpp"
#include "run/builtin.hpp"
#include "run/catalog.hpp"
#include "run/csv_input.hpp"
#include "run/inputs.hpp"
#include "run/resolve.hpp"
#include "run/exit_codes.hpp"
#include "run/outputs.hpp"
#include "run/rubric_argument.hpp"
#include "util/file.hpp"

namespace cepin::run {

namespace {

using report::CheckedFile;
using report::CheckedKind;

std::string rubric_summary(const rubric::Rubric& rubric) {
  std::size_t items = 0;
  for (const rubric::Node& category : rubric.categories) {
    items += category.items.size();
  }
  auto count = [](std::size_t n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); };
  return fmt::format("rubric {}: {}, {}, {}, {} points, pass at {}", rubric.id,
                     count(rubric.categories.size(), "category", "categories"), count(items, "item", "items"),
                     count(rubric.clause_count(), "clause", "clauses"), rubric.total.to_string(),
                     rubric.threshold.to_string());
}

struct Pending {
  CheckedFile file;
  std::unique_ptr<yaml::Input> input;  // assessments, checked in the second pass
  std::unique_ptr<Input> csv;          // CSV/TSV inputs, checked in the second pass
};

// Every problem of a CSV input, unit by unit, and a one-line summary.
void check_csv(const Input& input, const ValidateOptions& options, RubricCatalog& catalog, CheckedFile& file,
               bool& usage) {
  CsvInput opened = open_csv(input, util::read_file(input.path), options.load.csv, catalog);
  file.diagnostics = opened.notes;
  if (opened.status == CsvInput::Status::skipped) {
    file.kind = CheckedKind::skipped;
    return;
  }
  if (opened.status == CsvInput::Status::file_error) {
    file.diagnostics.insert(file.diagnostics.end(), opened.file_errors.begin(), opened.file_errors.end());
    usage = usage || opened.usage;
    diag::sort_diagnostics(file.diagnostics);
    return;
  }
  for (std::size_t u = 0; u < opened.units.size(); ++u) {
    Loaded unit = load_csv_unit(opened, u, options.load);
    file.diagnostics.insert(file.diagnostics.end(), unit.diagnostics.begin(), unit.diagnostics.end());
  }
  diag::sort_diagnostics(file.diagnostics);
  file.summary = fmt::format("{} unit{} in a {} sheet", opened.units.size(), opened.units.size() == 1 ? "" : "s",
                             opened.table->layout == csv::Layout::long_form ? "long" : "wide");
}

// The built-in rubrics, checked already, for a run without paths.
std::vector<Pending> builtin_files() {
  std::vector<Pending> pending;
  for (const BuiltinSummary& builtin : RubricCatalog::builtins()) {
    Pending p;
    p.file.path = builtin.path;
    p.file.kind = CheckedKind::rubric;
    p.file.diagnostics = builtin.diagnostics;
    if (builtin.rubric) {
      p.file.summary = rubric_summary(*builtin.rubric);
    }
    pending.push_back(std::move(p));
  }
  return pending;
}

// An input that could not be found or listed; a named one is a usage problem.
Pending missing_input(const Input& input, bool& usage) {
  Pending p;
  p.file.path = input.path;
  p.file.kind = CheckedKind::missing;
  diag::Diagnostic d = *input.problem;
  d.message = "cannot read this input: " + d.message;
  p.file.diagnostics.push_back(std::move(d));
  usage = usage || input.origin == Origin::named;
  return p;
}

// A CSV/TSV input, checked in the second pass, against every rubric.
Pending csv_input(const Input& input) {
  Pending p;
  p.file.path = input.path;
  p.file.kind = CheckedKind::csv;
  p.csv = std::make_unique<Input>(input);
  return p;
}

// A rubric test file: its shape (`cepin test` runs it), and a one-line summary.
void check_test_file(std::unique_ptr<yaml::Input> parsed, CheckedFile& file) {
  file.kind = CheckedKind::test;
  rubrictest::LoadResult loaded = rubrictest::load(std::move(parsed));
  file.diagnostics = std::move(loaded.diagnostics);
  if (loaded.file) {
    std::size_t cases = loaded.file->cases.size();
    file.summary = fmt::format("rubric test file, {} case{}", cases, cases == 1 ? "" : "s");
  }
}

// A YAML input: a rubric is checked now and joins the catalog; an assessment
// is parsed and kept for the second pass.
Pending yaml_input(const Input& input, RubricCatalog& catalog, bool& usage) {
  Pending p;
  p.file.path = input.path;
  util::ReadResult read = util::read_file(input.path);
  if (read.error != util::ReadError::none) {
    p.file.kind = CheckedKind::missing;
    p.file.diagnostics.push_back(read_failure(input, read, usage));
    return p;
  }
  auto parsed = std::make_unique<yaml::Input>(yaml::parse_input(input.path, std::move(read.bytes)));
  rubric::Header header = rubric::peek_header(*parsed);
  if (header.schema == assessment::k_assessment_schema) {
    p.file.kind = CheckedKind::assessment;
    p.input = std::move(parsed);
    return p;
  }
  if (header.schema == rubrictest::k_test_schema) {
    check_test_file(std::move(parsed), p.file);
    return p;
  }
  rubric::LoadResult loaded = rubric::load(*parsed);
  p.file.kind = CheckedKind::rubric;
  p.file.diagnostics = std::move(loaded.diagnostics);
  if (loaded.rubric) {
    p.file.summary = rubric_summary(*loaded.rubric);
    catalog.add_loaded(loaded.rubric);
  }
  return p;
}

// First pass over one input, by kind: rubrics are checked and join the catalog
// so that the assessments and CSV inputs of the second pass can use them.
Pending first_pass(const Input& input, RubricCatalog& catalog, bool& usage) {
  if (input.problem) {
    return missing_input(input, usage);
  }
  if (input.kind != FileKind::yaml) {
    return csv_input(input);
  }
  return yaml_input(input, catalog, usage);
}

// Every problem of a parsed assessment against its rubric, and a one-line summary.
void check_assessment(const yaml::Input& input, const ValidateOptions& options, RubricCatalog& catalog,
                      CheckedFile& file) {
  Loaded loaded = load_yaml_assessment(input, input.source->path(), catalog, options.load);
  file.diagnostics = std::move(loaded.diagnostics);
  if (loaded.status == Loaded::Status::ready) {
    const assessment::Unit& unit = loaded.assessment->unit;
    file.summary = fmt::format("assessment of {}{}{} against {}", unit.id, unit.name.empty() ? "" : " ", unit.name,
                               loaded.rubric->id);
  }
}

// Second pass over one file: assessments and CSV inputs, now that the catalog
// holds every rubric of the run.
void second_pass(Pending& p, const ValidateOptions& options, RubricCatalog& catalog, bool& usage) {
  if (p.csv) {
    check_csv(*p.csv, options, catalog, p.file, usage);
  } else if (p.input && !p.input->document) {
    p.file.diagnostics = p.input->diagnostics;
  } else if (p.input) {
    check_assessment(*p.input, options, catalog, p.file);
  }
}

// -Werror: every warning becomes an error, and says so.
void promote_warnings(std::vector<diag::Diagnostic>& diagnostics) {
  for (diag::Diagnostic& d : diagnostics) {
    if (d.severity == diag::Severity::warning) {
      d.severity = diag::Severity::error;
      d.message += " (warnings are errors)";
    }
  }
}

}  // namespace

report::Validation check_inputs(const ValidateOptions& options, bool& usage) {
  report::Validation validation;
  RubricCatalog catalog;
  CatalogSetup setup = set_up_catalog(options.rubrics, catalog, Builtins::always);
  validation.setup = std::move(setup.diagnostics);
  usage = usage || setup.usage;
  std::vector<Pending> pending;
  if (options.paths.empty()) {
    pending = builtin_files();
  }
  for (const Input& input : collect_inputs(options.paths)) {
    pending.push_back(first_pass(input, catalog, usage));
  }
  for (Pending& p : pending) {
    second_pass(p, options, catalog, usage);
    validation.files.push_back(std::move(p.file));
  }
  return validation;
}

int validate(const ValidateOptions& options, const ValidateSinks& sinks) {
  OutputPlan outputs = plan_outputs(options.outputs, options.format, report::validation_formats(),
                                    report::Format::text, options.paths);
  if (!outputs.error.empty()) {
    sinks.errors(fmt::format("cepin validate: {}\n", outputs.error));
    return k_exit_usage;
  }
  bool usage = false;
  report::Validation validation = check_inputs(options, usage);
  if (options.warnings_as_errors) {
    promote_warnings(validation.setup);
    for (CheckedFile& file : validation.files) {
      promote_warnings(file.diagnostics);
    }
  }
  std::vector<diag::Diagnostic> all = validation.all();
  int exit_code = usage ? k_exit_usage : k_exit_ok;
  if (diag::has_errors(all)) {
    exit_code = worse(exit_code, k_exit_findings);
  }
  // Diagnostics go to stderr unless a machine-readable report on stdout carries them.
  if (!diagnostics_in_report(outputs.targets)) {
    std::string text;
    for (const diag::Diagnostic& d : all) {
      text += diag::render_text(d, sinks.diagnostics_color);
    }
    sinks.errors(text);
  }
  auto render = [&](report::Format format, report::WithDiagnostics with) {
    return report::render_validation(validation, format, with, options.version);
  };
  if (!write_reports(outputs.targets, render, sinks.errors, "validate")) {
    exit_code = k_exit_usage;
  }
  return exit_code;
}

}  // namespace cepin::run
