// CSV/TSV self-assessments (SPEC §4): many units per file, in a long layout
// (one row per answer) or a wide layout (one row per unit).
//
// Use in three steps, so the caller can find the rubrics in between:
//   Table table = read_table(path, bytes, options);        // whole-file errors
//   table.rubric_ids() → resolve (or use -r)
//   check_columns(table, rubrics)                          // whole-file errors
//   load_unit(table, table.units[i], rubric) for each unit // per-unit results
// `load` does all of it with one rubric.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/loader.hpp"
#include "assessment/model.hpp"
#include "csv/decode.hpp"
#include "csv/reader.hpp"
#include "diag/diagnostic.hpp"
#include "diag/source.hpp"
#include "rubric/model.hpp"

namespace cepin::csv {

// Whether a column the loader does not know is an error or ignored.
enum class UnknownColumns { error, ignore };

// How to read a CSV input.
struct Options {
  Separator separator = Separator::comma;
  Encoding encoding = Encoding::automatic;
  UnknownColumns unknown_columns = UnknownColumns::error;
};

// Long: a `clause` column, one row per answer. Wide: one row per unit, one
// column per clause, adjustment or prerequisite id.
enum class Layout { long_form, wide_form };

// What a column holds. `answer*` are the wide layout's `<id>`,
// `<id>:evidence` and `<id>:note` columns; `unnamed` has an empty header.
enum class ColumnKind {
  unit_id,
  unit_name,
  unit_kind,
  rubric,
  clause,
  response,
  evidence,
  note,
  answer,
  answer_evidence,
  answer_note,
  unnamed,
  ignored
};

// One header cell, as written and as understood.
struct Column {
  ColumnKind kind = ColumnKind::ignored;
  std::string id;      // the clause/adjustment/prerequisite id of answer* columns
  std::string header;  // the header text as written (for messages)
  diag::Position position;
};

// The rows of one unit (data rows, in file order) and what grouping found.
struct UnitRows {
  assessment::Unit unit;                        // id empty: the row had none
  std::optional<assessment::RubricRef> rubric;  // from the `rubric` column
  diag::Position position;                      // of its first unit_id cell
  diag::Position kind_position;                 // of its first unit_kind cell
  std::vector<std::size_t> rows;                // indexes into Table::rows
  std::vector<diag::Diagnostic> diagnostics;    // per-unit errors: ragged-row, text-after-quote, …
};

// A read CSV file: its header and units, or whole-file errors.
struct Table {
  std::string path;
  std::string base_directory;  // the file's directory ("." for stdin or a bare name)
  Options options;
  std::shared_ptr<const diag::SourceText> source;  // the decoded text
  Layout layout = Layout::wide_form;
  // False only when the header was read and has no unit id column, or the
  // file has no rows: a folder walk skips such a file with a note. (True on a
  // decoding or quoting error: such a file is reported, not skipped.)
  bool has_unit_id_column = true;
  std::vector<Column> columns;
  std::vector<Row> rows;                      // data rows, the header excluded
  std::vector<UnitRows> units;                // in order of first appearance
  std::vector<diag::Diagnostic> diagnostics;  // notes and whole-file errors

  // Whether the file can go on to its units (no whole-file error).
  bool ok() const { return !diag::has_errors(diagnostics); }
  // The distinct rubric ids of the `rubric` column, in order of first use.
  std::vector<std::string> rubric_ids() const;
};

// Decodes, reads the records and the header, and groups rows into units.
// Whole-file errors (bad-encoding, unclosed-quote, text-after-quote in the
// header, empty-file, missing-unit-id-column, unknown-column,
// duplicate-column) leave `units` empty; text-after-quote in a data row is an
// error of that row's unit. Never throws.
Table read_table(std::string path, std::string_view bytes, const Options& options);

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

// Builds one unit's Assessment against `rubric` (null: none was found for it,
// a `no-rubric` error). Every cell is normalised as its YAML shorthand would be.
CsvUnit load_unit(const Table& table, const UnitRows& unit, const rubric::Rubric* rubric);

// A whole file loaded against one rubric: whole-file diagnostics, then units.
struct LoadResult {
  std::vector<diag::Diagnostic> diagnostics;  // notes and whole-file errors
  std::vector<CsvUnit> units;                 // empty on a whole-file error
};

// read_table, check_columns and load_unit with one rubric for every unit.
LoadResult load(std::string path, std::string_view bytes, const Options& options,
                const rubric::Rubric& rubric);

}  // namespace cepin::csv
