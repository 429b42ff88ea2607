#include "run/load.hpp"

#include <fmt/format.h>

#include "assessment/loader.hpp"
#include "csv/answers.hpp"
#include "report/messages.hpp"
#include "rubric/loader.hpp"
#include "rubrictest/model.hpp"
#include "run/resolve.hpp"
#include "util/path.hpp"

namespace cepin::run {

namespace {

// Whether `root` (relative, already checked by its text) stays inside `base`
// once symlinks are resolved; a root that does not exist is inside (its
// evidence is simply not found).
bool evidence_root_inside(const std::string& base, const std::string& root) {
  if (root.empty()) {
    return true;
  }
  std::string base_dir = base.empty() ? "." : base;
  std::optional<std::string> real_base = util::real_path(base_dir);
  std::optional<std::string> real_root = util::real_path(base_dir + "/" + root);
  return !real_base || !real_root || util::real_path_inside(*real_base, *real_root);
}

// The loader's warnings as stderr diagnostics, added to `out`.
void add_warnings(const std::vector<assessment::Warning>& warnings, const rubric::Rubric* rubric,
                  const diag::SourceText& source, std::vector<diag::Diagnostic>& out) {
  for (const assessment::Warning& warning : warnings) {
    out.push_back(report::warning_diagnostic(warning, rubric, source));
  }
}

// The last step for every kind of input: --evidence-root, or the check that
// `evidence_root` stays inside the file's folder.
void finish(Loaded& loaded, assessment::Assessment assessment, const LoadOptions& options) {
  if (options.evidence_root) {
    assessment.base_directory = *options.evidence_root;
    assessment.evidence_root.clear();
  } else if (!evidence_root_inside(assessment.base_directory, assessment.evidence_root)) {
    loaded.diagnostics.push_back(diag::file_diagnostic(
        assessment.source, diag::Severity::error, "evidence-root-outside",
        fmt::format("evidence_root `{}` resolves (through a symlink) outside this file's folder",
                    assessment.evidence_root)));
    loaded.unit = assessment.unit;
    return;
  }
  loaded.status = Loaded::Status::ready;
  loaded.assessment = std::move(assessment);
}

// Whether text read as YAML looks like a CSV or TSV sheet: its first
// non-empty line holds a separator and a unit id column name.
bool looks_like_sheet(const std::string& bytes) {
  std::size_t start = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (start < bytes.size() && (bytes[start] == '\n' || bytes[start] == '\r')) {
    ++start;
  }
  std::string line = bytes.substr(start, bytes.find('\n', start) - start);
  bool separated = line.find(',') != std::string::npos || line.find('\t') != std::string::npos;
  return separated && (line.find("unit_id") != std::string::npos || line.find("单位编码") != std::string::npos);
}

}  // namespace

Loaded failed_input(std::string source, std::vector<diag::Diagnostic> errors, bool usage) {
  Loaded loaded;
  loaded.source = std::move(source);
  loaded.diagnostics = std::move(errors);
  loaded.usage = usage;
  return loaded;
}

Loaded load_yaml_assessment(const yaml::Input& parsed, const std::string& source, RubricCatalog& catalog,
                            const LoadOptions& options) {
  Loaded loaded;
  loaded.source = source;
  auto ref = assessment::peek_rubric(parsed);
  Resolved resolved = resolve_rubric(catalog, ref ? std::optional<std::string>(ref->id) : std::nullopt,
                                     ref ? ref->position : diag::Position{1, 1}, *parsed.source);
  if (!resolved.rubric) {
    loaded.diagnostics = parsed.diagnostics;
    loaded.diagnostics.insert(loaded.diagnostics.end(), resolved.diagnostics.begin(), resolved.diagnostics.end());
    diag::sort_diagnostics(loaded.diagnostics);
    return loaded;
  }
  loaded.rubric = resolved.rubric;
  assessment::LoadResult result =
      assessment::load(parsed, *resolved.rubric, source, source == "-" ? "." : directory_of(source));
  loaded.diagnostics = std::move(result.diagnostics);
  add_warnings(result.warnings, resolved.rubric.get(), *parsed.source, loaded.diagnostics);
  loaded.unit = result.unit;
  if (result.assessment) {
    finish(loaded, std::move(*result.assessment), options);
  }
  diag::sort_diagnostics(loaded.diagnostics);
  return loaded;
}

Loaded load_yaml(const Input& input, std::string bytes, RubricCatalog& catalog, const LoadOptions& options) {
  if (input.path == "-" && looks_like_sheet(bytes)) {
    diag::Diagnostic sheet = diag::file_diagnostic(
        "-", diag::Severity::error, "stdin-sheet",
        "standard input looks like a CSV sheet, but without --input-format it is read as YAML");
    sheet.hint = "pass --input-format csv (or tsv for a tab-separated sheet): cepin score --input-format csv -";
    return failed_input(input.path, {std::move(sheet)}, false);
  }
  yaml::Input parsed = yaml::parse_input(input.path, std::move(bytes));
  if (!parsed.document) {
    return failed_input(input.path, parsed.diagnostics, false);
  }
  rubric::Header header = rubric::peek_header(parsed);
  if (input.origin == Origin::named && header.schema == rubric::k_rubric_schema) {
    diag::Diagnostic rubric = diag::file_diagnostic(
        input.path, diag::Severity::error, "rubric-as-assessment",
        header.id.empty() ? std::string("this file is a rubric, not an assessment")
                          : fmt::format("this file is rubric `{}`, not an assessment", header.id));
    rubric.hint = fmt::format(
        "to score assessments against it, pass it with -r: cepin score -r {} ASSESSMENT...; to check it, "
        "run cepin validate {}",
        input.path, input.path);
    return failed_input(input.path, {std::move(rubric)}, false);
  }
  if (input.origin == Origin::found &&
      (header.schema == rubric::k_rubric_schema || header.schema == rubrictest::k_test_schema)) {
    Loaded skipped;
    skipped.status = Loaded::Status::skipped;
    skipped.source = input.path;
    skipped.diagnostics.push_back(diag::file_diagnostic(
        input.path, diag::Severity::note, "skipped",
        header.schema == rubric::k_rubric_schema ? "skipped: a rubric, not an assessment"
                                                 : "skipped: a rubric test file, not an assessment (`cepin test` runs it)"));
    return skipped;
  }
  return load_yaml_assessment(parsed, input.path, catalog, options);
}

Loaded load_csv_unit(const CsvInput& opened, std::size_t index, const LoadOptions& options) {
  const csv::Table& table = *opened.table;
  const csv::UnitRows& rows = table.units[index];
  const CsvUnitPlan& plan = opened.units[index];
  Loaded loaded;
  loaded.source = table.path;
  loaded.line = rows.position.line;
  if (!rows.unit.id.empty()) {
    loaded.unit = rows.unit;
  }
  if (!plan.rubric) {
    loaded.diagnostics = *plan.resolve_errors;
    return loaded;
  }
  loaded.rubric = plan.rubric;
  csv::CsvUnit unit = csv::load_unit(table, rows, plan.rubric.get(), plan.targets.get());
  loaded.diagnostics = std::move(unit.diagnostics);
  add_warnings(unit.warnings, plan.rubric.get(), *table.source, loaded.diagnostics);
  if (unit.unit) {
    loaded.unit = unit.unit;
  }
  if (unit.assessment) {
    finish(loaded, std::move(*unit.assessment), options);
  }
  diag::sort_diagnostics(loaded.diagnostics);
  return loaded;
}

}  // namespace cepin::run
