// A CSV/TSV input opened for a run: read, decoded, its units matched to their
// rubrics (SPEC §4 "What fails what"). Used by `score` and `validate`.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "csv/answers.hpp"
#include "run/catalog.hpp"
#include "run/inputs.hpp"
#include "util/file.hpp"

namespace cepin::run {

// How CSV inputs are read (from the command line).
struct CsvSettings {
  std::optional<std::string> encoding;  // --encoding
  bool ignore_unknown_columns = false;
};

// One unit of a CSV input and the rubric it is scored against.
struct CsvUnitPlan {
  std::shared_ptr<const rubric::Rubric> rubric;  // null: see resolve_errors
  std::shared_ptr<const csv::ColumnTargets> targets;  // the sheet's columns in `rubric` (wide sheets)
  std::shared_ptr<const std::vector<diag::Diagnostic>> resolve_errors;  // located at the unit's row
};

// What opening a CSV input gave.
struct CsvInput {
  enum class Status { units, file_error, skipped } status = Status::units;
  bool usage = false;  // the file was named on the command line but cannot be read (exit 2)
  std::shared_ptr<const csv::Table> table;
  std::vector<diag::Diagnostic> file_errors;  // file_error: the whole file is one error result
  std::vector<diag::Diagnostic> notes;        // e.g. decoded-gb18030, or why it was skipped
  std::vector<CsvUnitPlan> units;             // units: one per table unit, in file order
};

// Decodes the bytes of `input` (`read`: what reading it gave), resolves each unit's rubric (-r wins, else the `rubric` column,
// through the catalog) and checks the columns. A file found in
// a folder without a unit id column is skipped with a note.
CsvInput open_csv(const Input& input, util::ReadResult read, const CsvSettings& settings, RubricCatalog& catalog);

}  // namespace cepin::run
