// RFC 4180 records from decoded CSV/TSV text, every field with its position.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"

namespace cepin::csv {

// The field separator: `,` for .csv, a tab for .tsv.
enum class Separator { comma, tab };

// The separator a file name implies: tab for `.tsv` (any case), else comma.
Separator separator_for_path(std::string_view path);

// Where a field starts, and whether it is malformed, in 8 bytes (a sheet
// has millions of fields); it becomes a diag::Position wherever one is wanted.
// `malformed`: text follows the field's closing quote (its row holds the
// error; the text is the quoted part then the text after it; not to be read
// further). It shares the column's word so that a Field takes 24 bytes.
struct FieldPosition {
  FieldPosition() : column(0), malformed(0) {}
  FieldPosition(int at_line, int at_column) : line(at_line), column(static_cast<unsigned>(at_column)), malformed(0) {}
  int column_number() const { return static_cast<int>(column); }
  operator diag::Position() const { return {line, column_number()}; }  // NOLINT: implicit by design

  int line = 0;
  unsigned column : 31;
  unsigned malformed : 1;
};

// One field: its text (unquoted, trimmed of ASCII and U+3000 spaces) and where
// it starts (the physical line, the code-point column of its first character).
// The text is a view into the decoded source, or, for a field whose quotes
// had to be undone (`""`, CRLF inside quotes, text after the quote), into
// its records' `unquoted` texts: both outlive the rows that hold them.
struct Field {
  std::string_view text;
  FieldPosition position;
  bool malformed() const { return position.malformed != 0; }
};

// One record that has at least one non-empty field, with the errors of its
// own cells (`text-after-quote`, at the first character after the quote).
struct Row {
  std::vector<Field> fields;
  int line = 0;  // the physical line where the record starts
  std::vector<diag::Diagnostic> diagnostics;
};

// The non-empty records of a text in order (the first is the header), or the
// error that stopped reading: `unclosed-quote` located at the opening quote.
struct Records {
  std::vector<Row> rows;
  // The texts of the fields that differ from their source bytes (shared, so
  // that copied rows keep them; a deque, so that they never move).
  std::shared_ptr<std::deque<std::string>> unquoted = std::make_shared<std::deque<std::string>>();
  std::vector<diag::Diagnostic> diagnostics;
};

// Reads `source`'s text (UTF-8, LF or CRLF line ends). Quotes open a quoted
// field only as its first character; a doubled quote inside is one quote.
Records read_records(const diag::SourceText& source, Separator separator);

}  // namespace cepin::csv
