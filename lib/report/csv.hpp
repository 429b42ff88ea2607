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

// One text cell: a leading `'` when it begins with `=`, `+`, `-`, `@`, tab or
// carriage return (so a spreadsheet never runs it; a lone `-` is left alone), then quoted when it holds
// `,`, `"`, CR or LF (quotes doubled).
std::string csv_text_cell(std::string_view text);

// The columns of a run, fixed before the first row so rows can stream.
// Category columns are named by category id when the run has one rubric, and
// `<rubric id>:<category id>` when it has several. Numbers (scores, max) are
// written as plain decimals and never guarded: scores are never negative, and
// a `'` would turn a number into text.
class CsvLayout {
 public:
  // `rubrics` in first-seen order; nulls and repeated ids are skipped.
  explicit CsvLayout(const std::vector<std::shared_ptr<const rubric::Rubric>>& rubrics);

  // The header line, ending in "\n", after a BOM when asked.
  std::string header(Bom bom) const;

  // One unit's line, ending in "\n". A Result fills its own rubric's category
  // columns (others stay empty); an ErrorResult leaves every score empty, has
  // verdict `error`, the first error's message in `reasons`, `warnings` empty.
  std::string row(const scoring::Outcome& outcome) const;

 private:
  // One category column: the rubric it belongs to and the category's id.
  struct Column {
    std::string rubric_id;
    std::string category_id;
  };
  std::vector<Column> m_columns;
  bool m_several = false;
};

}  // namespace cepin::report
