// Reading a CSV/TSV sheet into a table (SPEC §4): decoding, the header and
// its columns, rows grouped into units. It knows no rubric: the answers are
// read against one by csv/answers.hpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/model.hpp"
#include "assessment/unit_checks.hpp"
#include "csv/decode.hpp"
#include "csv/reader.hpp"
#include "diag/diagnostic.hpp"
#include "diag/source.hpp"

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
// `<id>:evidence` and `<id>:note` columns; `guidance` the long layout's
// columns a template fills for the unit to read (测评内容, 分值, 填写说明),
// ignored when read back; `unnamed` has an empty header.
enum class ColumnKind {
  unit_id,
  unit_name,
  unit_kind,
  period,
  assessed_on,
  named_on,
  assessor,
  rubric,
  clause,
  response,
  evidence,
  note,
  guidance,
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

// The wide layout's columns of one answer id: indexes into Table::columns, -1 when the sheet lacks one.
struct AnswerColumns {
  std::size_t first = 0;  // the id's first column (its `id` names the answer)
  int response = -1;      // `<id>`
  int evidence = -1;      // `<id>:evidence`
  int note = -1;          // `<id>:note`
};

// The answer columns grouped by id, in order of each id's first column (once per file, not per row).
std::vector<AnswerColumns> group_answer_columns(const std::vector<Column>& columns);

// The rows of one unit (data rows, in file order) and what grouping found.
struct UnitRows {
  assessment::Unit unit;                        // id empty: the row had none
  std::optional<assessment::RubricRef> rubric;  // from the `rubric` column
  std::optional<Field> period;                  // the `period` (考评周期) cell, when not empty
  std::optional<Field> assessed_on;             // the first non-empty 测评日期 cell
  std::optional<Field> named_on;                // the first non-empty 命名日期 cell (the title's)
  std::optional<Field> assessor;                // the first non-empty 评估主体 cell
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
  std::shared_ptr<std::deque<std::string>> unquoted;  // field texts not in `source` (Records::unquoted)
  Layout layout = Layout::wide_form;
  // False only when the header was read and has no unit id column, or the
  // file has no rows: a folder walk skips such a file with a note. (True on a
  // decoding or quoting error: such a file is reported, not skipped.)
  bool has_unit_id_column = true;
  std::vector<Column> columns;
  std::vector<AnswerColumns> answer_columns;  // the wide layout's answer columns, by id
  std::vector<Row> rows;                      // data rows, the header excluded
  std::vector<UnitRows> units;                // in order of first appearance
  std::vector<diag::Diagnostic> diagnostics;  // notes and whole-file errors

  // Whether the file can go on to its units (no whole-file error).
  bool ok() const { return !diag::has_errors(diagnostics); }
  // The distinct rubric ids of the `rubric` column, in order of first use.
  std::vector<std::string> rubric_ids() const;
};

// The unit id cell of a wide template's guidance row (填写说明 / guidance),
// which a sheet may keep directly under its header: it is skipped.
bool is_guidance_row_id(std::string_view unit_id);

// The names of the columns a sheet reserves beyond the answers (English,
// lower case: unit_id, …, assessed_on, named_on, assessor, text, points,
// guidance): an answer id spelled so cannot have a wide-layout column.
const std::vector<std::string>& reserved_column_names();

// Decodes, reads the records and the header, and groups rows into units.
// Rows above the header (a sheet title) are skipped with a `title-rows`
// note: the header is the first of the first 20 rows that holds a unit id
// column (else the first row).
// Whole-file errors (bad-encoding, unclosed-quote, text-after-quote in the
// header, empty-file, missing-unit-id-column, unknown-column,
// duplicate-column) leave `units` empty; text-after-quote in a data row is an
// error of that row's unit. Never throws.
Table read_table(std::string path, std::string_view bytes, const Options& options);

// Every fixed column name, English then Chinese, for "did you mean".
std::vector<std::string> fixed_names();

// The index of the first column of `kind`, or -1.
int find_column(const std::vector<Column>& columns, ColumnKind kind);

// The field of `row` at column `index`, or null when the row is shorter.
const Field* field_at(const Row& row, int index);

}  // namespace cepin::csv
