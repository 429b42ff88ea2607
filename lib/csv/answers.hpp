// The answers of one CSV unit read against its rubric (SPEC §4): the CSV
// sibling of assessment/yaml_answers.hpp. Use in three steps, so the caller
// can find the rubrics in between:
//   Table table = read_table(path, bytes, options);        // whole-file errors
//   table.rubric_ids() → resolve (or use -r)
//   check_columns(table, rubrics)                          // whole-file errors
//   load_unit(table, table.units[i], rubric) for each unit // per-unit results
// `load` does all of it with one rubric.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/model.hpp"
#include "csv/table.hpp"
#include "diag/diagnostic.hpp"
#include "rubric/model.hpp"

namespace cepin::csv {

// Checks the wide layout's id columns against the rubrics the file uses:
// a column no rubric knows is an `unknown-column` error (whole file) with
// "did you mean", unless unknown columns are ignored. Nothing for the long layout.
std::vector<diag::Diagnostic> check_columns(const Table& table,
                                            const std::vector<const rubric::Rubric*>& rubrics);

// One unit's result: the assessment, or its errors (with the unit if known).
struct CsvUnit {
  std::optional<assessment::Assessment> assessment;
  std::optional<assessment::Unit> unit;
  std::vector<diag::Diagnostic> diagnostics;  // sorted errors (warnings are data, below)
  std::vector<assessment::Warning> warnings;  // rubric-version, unit-id-scientific, unit-kind
};

// What an answer id names in a rubric: a clause, an adjustment, a prerequisite, or nothing.
struct AnswerTarget {
  const rubric::Clause* clause = nullptr;
  const rubric::Adjustment* adjustment = nullptr;
  const rubric::Prerequisite* prerequisite = nullptr;

  explicit operator bool() const { return clause || adjustment || prerequisite; }
};

// What each answer column group of a wide sheet names in one rubric, looked
// up once for the sheet rather than once a row.
struct ColumnTargets {
  const Table* table = nullptr;
  const rubric::Rubric* rubric = nullptr;
  std::vector<AnswerTarget> targets;  // by index in table.answer_columns
};

// The targets of `table`'s answer columns in `rubric`.
ColumnTargets column_targets(const Table& table, const rubric::Rubric& rubric);

// Builds one unit's Assessment against `rubric` (null: none was found for it,
// a `no-rubric` error). Every cell is normalised as its YAML shorthand would be.
// `targets`, when made for this table and rubric, saves looking the columns up.
CsvUnit load_unit(const Table& table, const UnitRows& unit, const rubric::Rubric* rubric,
                  const ColumnTargets* targets = nullptr);

// A whole file loaded against one rubric: whole-file diagnostics, then units.
struct LoadResult {
  std::vector<diag::Diagnostic> diagnostics;  // notes and whole-file errors
  std::vector<CsvUnit> units;                 // empty on a whole-file error
};

// read_table, check_columns and load_unit with one rubric for every unit.
LoadResult load(std::string path, std::string_view bytes, const Options& options,
                const rubric::Rubric& rubric);

}  // namespace cepin::csv
