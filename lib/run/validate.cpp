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
#include "util/text.hpp"

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

// Warnings for the answer ids a CSV sheet cannot take as columns: the names
// it reserves (period, assessor, …) win over an id spelled so.
void warn_reserved_ids(const rubric::Rubric& rubric, const yaml::Input& parsed, std::vector<diag::Diagnostic>& out) {
  if (!parsed.source) {
    return;
  }
  auto check = [&](const std::string& id, diag::Position at, const char* what) {
    const auto& reserved = csv::reserved_column_names();
    if (std::find(reserved.begin(), reserved.end(), util::ascii_lower(id)) == reserved.end()) {
      return;
    }
    out.push_back(parsed.source->make(
        at, diag::Severity::warning, "reserved-id",
        fmt::format("{} id `{}` is also the name of a CSV column, which wins: a sheet cannot answer it", what, id),
        "rename the id (a CSV column named so holds the unit's detail, not an answer)"));
  };
  for (const rubric::Clause* clause : rubric.clauses()) {
    check(clause->id, clause->position, "clause");
  }
  for (const rubric::Adjustment& adjustment : rubric.adjustments) {
    check(adjustment.id, adjustment.position, "adjustment");
  }
  for (const rubric::Prerequisite& prerequisite : rubric.prerequisites) {
    check(prerequisite.id, prerequisite.position, "prerequisite");
  }
}

struct Pending {
  CheckedFile file;
  std::unique_ptr<yaml::Input> input;  // assessments, checked in the second pass
  std::unique_ptr<Input> csv;          // CSV/TSV inputs, checked in the second pass
  std::shared_ptr<const diag::Diagnostic> notice;  // the walk's note or warning about the file
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
  bool unreadable = problem_is_usage(input) || input.problem->code == "input-not-found";
  if (unreadable) {
    d.message = "cannot read this input: " + d.message;
  }
  p.file.diagnostics.push_back(std::move(d));
  usage = usage || problem_is_usage(input);
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
  rubric::LoadResult loaded = rubric::load(*parsed, catalog.load_options(input.path));
  p.file.kind = CheckedKind::rubric;
  p.file.diagnostics = std::move(loaded.diagnostics);
  if (loaded.rubric) {
    warn_reserved_ids(*loaded.rubric, *parsed, p.file.diagnostics);
    diag::sort_diagnostics(p.file.diagnostics);
    p.file.summary = rubric_summary(*loaded.rubric);
    catalog.add_loaded(loaded.rubric);
  }
  return p;
}

// Indexes the rubric files named on the command line before any is loaded,
// so that one of them can extend another named later (SPEC §7).
void index_named_rubrics(const std::vector<Input>& inputs, RubricCatalog& catalog) {
  for (const Input& input : inputs) {
    if (input.problem || input.origin != Origin::named || input.kind != FileKind::yaml || input.path == "-") {
      continue;
    }
    util::ReadResult read = util::read_file(input.path);
    std::string schema;
    std::string id = read.error == util::ReadError::none ? peek_rubric_id(input.path, read.bytes, schema) : "";
    if (!id.empty() && schema == rubric::k_rubric_schema) {
      catalog.add_named(input.path, id);
    }
  }
}

// First pass over one input, by kind: rubrics are checked and join the catalog
// so that the assessments and CSV inputs of the second pass can use them.
Pending first_pass(const Input& input, RubricCatalog& catalog, bool& usage) {
  if (input.problem) {
    return missing_input(input, usage);
  }
  if (input.kind == FileKind::skipped) {
    Pending p;
    p.file.path = input.path;
    p.file.kind = CheckedKind::skipped;
    return p;
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
  std::vector<Input> inputs = collect_inputs(options.paths);
  index_named_rubrics(inputs, catalog);
  for (const Input& input : inputs) {
    pending.push_back(first_pass(input, catalog, usage));
    pending.back().notice = input.notice;
  }
  for (Pending& p : pending) {
    second_pass(p, options, catalog, usage);
    if (p.notice) {
      p.file.diagnostics.insert(p.file.diagnostics.begin(), *p.notice);
    }
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
      if (!options.quiet || d.severity != diag::Severity::note) {
        text += diag::render_text(d, sinks.diagnostics_color);
      }
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
