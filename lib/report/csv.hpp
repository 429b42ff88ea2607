// Results as CSV (SPEC §6): one row per unit, RFC 4180 quoting, LF line ends,
// and a guard against spreadsheet formula injection.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "scoring/result.hpp"

namespace cepin::report {

// Whether the header starts with a UTF-8 byte order mark (`--bom`).
enum class Bom { no, yes };

// The encoding of CSV output (`--output-encoding`): UTF-8, or GB18030 for
// Excel on Chinese Windows.
enum class CsvEncoding { utf8, gb18030 };

// One text cell: a leading `'` when it begins with `=`, `+`, `-`, `@`, tab or
// carriage return (so a spreadsheet never runs it; a lone `-` is left alone), then quoted when it holds
// `,`, `"`, CR or LF (quotes doubled).
std::string csv_text_cell(std::string_view text);

// One row per unit (SPEC §14's columns, then one per category), or one row
// per clause, adjustment and prerequisite (`--csv-layout clauses`).
enum class CsvRows { units, clauses };

// Cells joined by `,`, ending in "\n" (each cell already quoted as it must be).
std::string csv_line(const std::vector<std::string>& cells);

// The clauses layout's rows of one result: `source, unit_id, unit_name,
// rubric, period, category, item, clause, score, max, status, counted,
// response, evidence, why` per clause in rubric order, then a row per
// adjustment (category `adjustments`, item its kind, score its points;
// status `scored`, or for a veto `occurred` / `not-occurred` / `unanswered`)
// and per prerequisite (category `prerequisites`; status `met` / `unmet` /
// `unanswered`). An ErrorResult is one row with status `error` and the
// first error's message as its why.
std::string csv_clause_rows(const scoring::Outcome& outcome);

// The columns of a run, fixed before the first row so rows can stream.
// Category columns are named by category id when the run has one rubric, and
// `<rubric id>:<category id>` when it has several. Numbers (scores, max) are
// written as plain decimals and never guarded: scores are never negative, and
// a `'` would turn a number into text.
class CsvLayout {
 public:
  // `rubrics` in first-seen order; nulls and repeated ids are skipped.
  explicit CsvLayout(const std::vector<std::shared_ptr<const rubric::Rubric>>& rubrics,
                     CsvRows rows = CsvRows::units);

  // The header line, ending in "\n", after a BOM when asked.
  std::string header(Bom bom) const;

  // One unit's line, ending in "\n" (or its clause rows). A Result fills its
  // own rubric's category columns (others stay empty); an ErrorResult leaves
  // every score empty, has verdict `error`, the first error's message in
  // `reasons`, `warnings` empty.
  std::string row(const scoring::Outcome& outcome) const;

 private:
  // One category column: the rubric it belongs to and the category's id.
  struct Column {
    std::string rubric_id;
    std::string category_id;
  };
  CsvRows m_rows;
  std::vector<Column> m_columns;
  bool m_several = false;
};

}  // namespace cepin::report
