// The list of built-in rubrics (`cepin rubrics`) as a text table, JSON or CSV.
#pragma once

#include <string>
#include <vector>

#include "report/format.hpp"
#include "rubric/model.hpp"

namespace cepin::report {

// One rubric of the list; `rubric` is null when the file is not valid.
struct RubricListing {
  std::string id;    // "" when not even the id could be read
  std::string path;  // builtin:<file>
  const rubric::Rubric* rubric = nullptr;
};

// The formats `cepin rubrics` writes: text, json, csv.
const std::vector<Format>& rubric_list_formats();

// The list in `format` (one of rubric_list_formats()). Text: a table of id,
// title, unit kinds (Chinese names), clauses, total, threshold, terminal
// text escaped. JSON: an array of {"id", "title", "version", "issuer",
// "lang", "applies_to" (codes), "categories", "clauses", "total",
// "threshold"}, or {"id", "path", "valid": false} for an invalid file. CSV:
// id, title, unit_kinds (codes joined by `;`), clauses, total, threshold,
// with the formula guard; an invalid file has only id (or path).
std::string rubric_list(const std::vector<RubricListing>& rubrics, Format format);

}  // namespace cepin::report
