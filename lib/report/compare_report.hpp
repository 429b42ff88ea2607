// `cepin compare` reports (SPEC §9, §11): JSON, JSON Lines, CSV and JUnit
// for scripts and CI; text and Markdown for people. Renderers only: the
// comparison is computed in lib/compare.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "compare/compare.hpp"
#include "report/csv.hpp"
#include "report/format.hpp"
#include "report/labels.hpp"

namespace cepin::report {

// How a compare or trend report looks.
struct ChangeOptions {
  Lang lang = Lang::zh;  // text, md, html labels
  Bom bom = Bom::no;     // csv
};

// Where a report goes, piece by piece (a large JSON report is never held whole).
using ReportSink = std::function<void(std::string_view)>;

// One object: `{"schema": "cepin/compare/1", "base", "new", "tolerance",
// "summary", "units"}`, ending with a newline; written unit by unit.
void compare_json(const compare::CompareReport& report, const ReportSink& out);

// One unit object per line.
void compare_jsonl(const compare::CompareReport& report, const ReportSink& out);

// One row per unit: rubric, unit_id, unit_name, status, base_score,
// new_score, delta, base_verdict, new_verdict, flip, clauses_changed.
std::string compare_csv(const compare::CompareReport& report, Bom bom);

// One suite per rubric, one case per unit, failing when it regressed; an
// error entry is an `<error>`.
std::string compare_junit(const compare::CompareReport& report);

// The counts, a table of every unit by |delta|, then each changed unit's
// clause differences.
std::string compare_text(const compare::CompareReport& report, Lang lang);

// The same as Markdown (passes markdownlint).
std::string compare_markdown(const compare::CompareReport& report, Lang lang);

// One self-contained HTML page (SPEC §11): what the Markdown report says,
// plus a chart of base against new per unit.
std::string compare_html(const compare::CompareReport& report, Lang lang);

// The formats `compare` writes.
const std::vector<Format>& compare_formats();

// Writes the report in `format` (one of compare_formats()) to `out`.
void render_compare(Format format, const compare::CompareReport& report, const ChangeOptions& options,
                    const ReportSink& out);

}  // namespace cepin::report
