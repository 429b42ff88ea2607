#include "run/csv_input.hpp"

#include <map>

#include <fmt/format.h>

#include "run/resolve.hpp"
#include "util/file.hpp"

namespace cepin::run {

namespace {

// The resolution errors of one unit, moved to that unit's row.
std::shared_ptr<const std::vector<diag::Diagnostic>> located_at(const std::vector<diag::Diagnostic>& errors,
                                                                const csv::Table& table, const csv::UnitRows& unit) {
  auto located = std::make_shared<std::vector<diag::Diagnostic>>(errors);
  diag::Position at = unit.rubric ? unit.rubric->position : unit.position;
  for (diag::Diagnostic& d : *located) {
    if (d.line == 0 || d.path != table.path) {
      continue;
    }
    d.line = at.line;
    d.column = at.column;
    d.source_line = std::string(table.source->line_text(at.line));
  }
  return located;
}

}  // namespace

CsvInput open_csv(const Input& input, util::ReadResult read, const CsvSettings& settings, RubricCatalog& catalog) {
  CsvInput out;
  if (read.error != util::ReadError::none) {
    out.status = CsvInput::Status::file_error;
    out.file_errors.push_back(read_failure(input, read, out.usage));
    return out;
  }
  csv::Options options;
  options.separator = input.kind == FileKind::tsv ? csv::Separator::tab : csv::Separator::comma;
  if (settings.encoding) {
    options.encoding = csv::parse_encoding(*settings.encoding).value_or(csv::Encoding::automatic);
  }
  options.unknown_columns = settings.ignore_unknown_columns ? csv::UnknownColumns::ignore : csv::UnknownColumns::error;
  auto table = std::make_shared<csv::Table>(csv::read_table(input.path, read.bytes, options));
  out.table = table;
  if (!table->ok()) {
    if (input.origin == Origin::found && !table->has_unit_id_column) {
      out.status = CsvInput::Status::skipped;
      out.notes.push_back(diag::file_diagnostic(input.path, diag::Severity::note, "skipped",
                                     "skipped: no unit id column, so not a cepin assessment sheet"));
      return out;
    }
    out.status = CsvInput::Status::file_error;
    out.file_errors = table->diagnostics;
    return out;
  }
  out.notes = table->diagnostics;
  // Resolve every rubric the file uses once, then check the columns against them.
  std::map<std::string, Resolved> by_id;
  std::vector<const rubric::Rubric*> used;
  for (const csv::UnitRows& unit : table->units) {
    std::optional<std::string> id = unit.rubric ? std::optional<std::string>(unit.rubric->id) : std::nullopt;
    auto [it, inserted] = by_id.try_emplace(id.value_or(""));
    if (inserted) {
      diag::Position at = unit.rubric ? unit.rubric->position : unit.position;
      it->second = resolve_rubric(catalog, id, at, *table->source);
      if (it->second.rubric) {
        used.push_back(it->second.rubric.get());
      }
    }
  }
  if (table->units.empty()) {
    // Headers only (a template not yet filled in): the columns are checked
    // against the rubric -r gives, if any; without one there is nothing to
    // check them against, and nothing to score.
    Resolved fallback = resolve_rubric(catalog, std::nullopt, {1, 1}, *table->source);
    if (!fallback.rubric && catalog.forced()) {
      out.status = CsvInput::Status::file_error;  // an invalid -r rubric, reported for this file too
      out.file_errors = std::move(fallback.diagnostics);
      return out;
    }
    if (!fallback.rubric) {
      return out;
    }
    used.push_back(fallback.rubric.get());
    by_id.emplace("", std::move(fallback));  // owns the rubric `used` points to
  }
  std::vector<diag::Diagnostic> column_errors = csv::check_columns(*table, used);
  if (diag::has_errors(column_errors)) {
    out.status = CsvInput::Status::file_error;
    out.file_errors = std::move(column_errors);
    return out;
  }
  std::map<const rubric::Rubric*, std::shared_ptr<const csv::ColumnTargets>> targets;
  if (table->layout == csv::Layout::wide_form) {
    for (const rubric::Rubric* rubric : used) {
      targets[rubric] = std::make_shared<const csv::ColumnTargets>(csv::column_targets(*table, *rubric));
    }
  }
  for (const csv::UnitRows& unit : table->units) {
    const Resolved& resolved = by_id[unit.rubric ? unit.rubric->id : ""];
    CsvUnitPlan plan;
    plan.rubric = resolved.rubric;
    if (auto found = targets.find(resolved.rubric.get()); found != targets.end()) {
      plan.targets = found->second;
    }
    if (!resolved.rubric) {
      plan.resolve_errors = located_at(resolved.diagnostics, *table, unit);
    }
    out.units.push_back(std::move(plan));
  }
  return out;
}

}  // namespace cepin::run
