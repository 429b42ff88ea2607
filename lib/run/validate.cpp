#include "run/validate.hpp"

#include <memory>

#include <fmt/format.h>

#include "assessment/loader.hpp"
#include "rubric/loader.hpp"
#include "run/builtin.hpp"
#include "run/catalog.hpp"
#include "run/csv_input.hpp"
#include "run/inputs.hpp"
#include "run/resolve.hpp"
#include "run/rubric_argument.hpp"
#include "util/file.hpp"

namespace cepin::run {

namespace {

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
               bool& usage_problem) {
  CsvSettings settings{options.encoding, options.ignore_unknown_columns};
  CsvInput opened = open_csv(input, settings, catalog);
  file.diagnostics = opened.notes;
  if (opened.status == CsvInput::Status::skipped) {
    file.kind = CheckedKind::skipped;
    return;
  }
  if (opened.status == CsvInput::Status::file_error) {
    file.diagnostics.insert(file.diagnostics.end(), opened.file_errors.begin(), opened.file_errors.end());
    usage_problem = usage_problem || opened.usage;
    diag::sort_diagnostics(file.diagnostics);
    return;
  }
  std::size_t good = 0;
  for (std::size_t u = 0; u < opened.units.size(); ++u) {
    const CsvUnitPlan& plan = opened.units[u];
    if (!plan.rubric) {
      file.diagnostics.insert(file.diagnostics.end(), plan.resolve_errors->begin(), plan.resolve_errors->end());
      continue;
    }
    csv::CsvUnit unit = csv::load_unit(*opened.table, opened.table->units[u], plan.rubric.get());
    good += unit.assessment.has_value();
    file.diagnostics.insert(file.diagnostics.end(), unit.diagnostics.begin(), unit.diagnostics.end());
  }
  diag::sort_diagnostics(file.diagnostics);
  file.summary = fmt::format("{} unit{} in a {} sheet", opened.units.size(), opened.units.size() == 1 ? "" : "s",
                             opened.table->layout == csv::Layout::long_form ? "long" : "wide");
}

// The catalog: the built-in rubrics, those of `--rubric-dir` folders and a
// forced `-r` file; problems go to the report's setup diagnostics.
void set_up_catalog(const ValidateOptions& options, RubricCatalog& catalog, ValidateReport& report) {
  catalog.add_builtins();
  for (const std::string& dir : options.rubric_dirs) {
    if (!catalog.add_folder(dir, report.setup)) {
      report.usage_problem = true;
    }
  }
  if (options.rubric_file) {
    RubricArgument loaded = load_rubric_file(*options.rubric_file);
    catalog.force({*options.rubric_file, loaded.lookup.rubric});
    report.usage_problem = report.usage_problem || loaded.unreadable;
    report.setup.insert(report.setup.end(), loaded.lookup.diagnostics.begin(), loaded.lookup.diagnostics.end());
  }
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
Pending missing_input(const Input& input, ValidateReport& report) {
  Pending p;
  p.file.path = input.path;
  p.file.kind = CheckedKind::missing;
  diag::Diagnostic d = *input.problem;
  d.message = "cannot read this input: " + d.message;
  p.file.diagnostics.push_back(std::move(d));
  if (input.origin == Origin::named) {
    report.usage_problem = true;
  }
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

// A YAML input: a rubric is checked now and joins the catalog; an assessment
// is parsed and kept for the second pass.
Pending yaml_input(const Input& input, RubricCatalog& catalog, ValidateReport& report) {
  Pending p;
  p.file.path = input.path;
  util::ReadResult read = util::read_file(input.path);
  if (read.error != util::ReadError::none) {
    p.file.kind = CheckedKind::missing;
    p.file.diagnostics.push_back(read_failure(input, read, report.usage_problem));
    return p;
  }
  auto parsed = std::make_unique<yaml::Input>(yaml::parse_input(input.path, std::move(read.bytes)));
  rubric::Header header = rubric::peek_header(*parsed);
  if (header.schema == assessment::k_assessment_schema) {
    p.file.kind = CheckedKind::assessment;
    p.input = std::move(parsed);
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
Pending first_pass(const Input& input, RubricCatalog& catalog, ValidateReport& report) {
  if (input.problem) {
    return missing_input(input, report);
  }
  if (input.kind != FileKind::yaml) {
    return csv_input(input);
  }
  return yaml_input(input, catalog, report);
}

// Every problem of a parsed assessment against its rubric, and a one-line summary.
void check_assessment(const yaml::Input& input, RubricCatalog& catalog, CheckedFile& file) {
  auto ref = assessment::peek_rubric(input);
  Resolved resolved = resolve_rubric(catalog, ref ? std::optional<std::string>(ref->id) : std::nullopt,
                                     ref ? ref->position : diag::Position{1, 1}, *input.source);
  if (!resolved.rubric) {
    file.diagnostics = input.diagnostics;
    for (auto& d : resolved.diagnostics) {
      file.diagnostics.push_back(std::move(d));
    }
    diag::sort_diagnostics(file.diagnostics);
    return;
  }
  assessment::LoadResult loaded =
      assessment::load(input, *resolved.rubric, input.source->path(), directory_of(input.source->path()));
  file.diagnostics = std::move(loaded.diagnostics);
  if (loaded.assessment) {
    const assessment::Unit& unit = loaded.assessment->unit;
    file.summary = fmt::format("assessment of {}{}{} against {}", unit.id, unit.name.empty() ? "" : " ", unit.name,
                               resolved.rubric->id);
  }
}

// Second pass over one file: assessments and CSV inputs, now that the catalog
// holds every rubric of the run.
void second_pass(Pending& p, const ValidateOptions& options, RubricCatalog& catalog, ValidateReport& report) {
  if (p.csv) {
    check_csv(*p.csv, options, catalog, p.file, report.usage_problem);
  } else if (p.input && !p.input->document) {
    p.file.diagnostics = p.input->diagnostics;
  } else if (p.input) {
    check_assessment(*p.input, catalog, p.file);
  }
}

}  // namespace

ValidateReport validate(const ValidateOptions& options) {
  ValidateReport report;
  RubricCatalog catalog;
  set_up_catalog(options, catalog, report);
  std::vector<Pending> pending;
  if (options.paths.empty()) {
    pending = builtin_files();
  }
  for (const Input& input : collect_inputs(options.paths)) {
    pending.push_back(first_pass(input, catalog, report));
  }
  for (Pending& p : pending) {
    second_pass(p, options, catalog, report);
    report.files.push_back(std::move(p.file));
  }
  return report;
}

}  // namespace cepin::run
