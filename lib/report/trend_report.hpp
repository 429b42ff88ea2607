// `cepin trend` reports (SPEC §10, §11): JSON and CSV for scripts; text and
// Markdown, with a sparkline per unit, for people. Renderers only: the
// trend is computed in lib/trend.
#pragma once

#include <string>
#include <vector>

#include "report/compare_report.hpp"
#include "trend/trend.hpp"

namespace cepin::report {

// One object: `{"schema": "cepin/trend/1", "rollup", "periods", "units",
// "errors"}`, ending with a newline.
std::string trend_json(const trend::TrendReport& report);

// One row per unit: rubric, unit_id, unit_name, a column per period (sorted
// by start, coarser first), rollup, change, declines, ineligible_periods,
// last_rank.
std::string trend_csv(const trend::TrendReport& report, Bom bom);

// Per rubric, a table of units × periods (an ineligible score marked `*`),
// rollup, change, declines, ineligible periods, rank and rank change in the
// last period, and a sparkline; then the error entries.
std::string trend_text(const trend::TrendReport& report, Lang lang);

// The same as Markdown (passes markdownlint).
std::string trend_markdown(const trend::TrendReport& report, Lang lang);

// A unit's sparkline over `periods`: one glyph per period, a space where
// the unit has no result.
std::string sparkline(const trend::UnitTrend& unit, const std::vector<util::Period>& periods);

// One self-contained HTML page (SPEC §11): per rubric the table of units ×
// periods and a small line chart per unit, then the error entries and notes.
std::string trend_html(const trend::TrendReport& report, Lang lang);

// The formats `trend` writes.
const std::vector<Format>& trend_formats();

// Writes the report in `format` (one of trend_formats()) to `out`.
void render_trend(Format format, const trend::TrendReport& report, const ChangeOptions& options,
                  const ReportSink& out);

}  // namespace cepin::report
