// The charts of the compare and trend HTML reports, drawn with SvgWriter
// from plain data (numbers and words in the report's language). Like every
// chart of cepin they read in black and white: the two sides of a comparison
// are hatched and solid bars, ineligible points are hollow, the threshold is
// dashed, and every number is written beside its mark.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/charts.hpp"
#include "util/decimal.hpp"

namespace cepin::report {

// One unit of a base-against-new chart: two bars on one track of full marks.
struct PairRow {
  std::string label;                  // left of the bars, cut to fit; the whole text is the tooltip
  std::optional<util::Decimal> base;  // none: not on that side, or not scored
  std::optional<util::Decimal> next;
  util::Decimal total;      // the track's length (full marks); ≤ 0: no track
  util::Decimal threshold;  // a dashed tick across the row
  std::string base_text;    // "93.50" (or "—")
  std::string next_text;
  std::string tooltip;      // "示例县教育体育局：自评 93.50 → 第三方评估 82.50（-11.00）"
};

// Base against new per unit: the base hatched above, the new solid below,
// each with its score beside it; rows are scaled as svg_share_chart does.
struct PairChart {
  std::string label;
  std::vector<PairRow> rows;
  std::string base_legend;  // "自评"
  std::string next_legend;  // "第三方评估"
  std::string full_legend;  // "满分"
  std::string line_legend;  // "申报线 90.00"
};

// The chart as an <svg> element.
std::string svg_pair_chart(const PairChart& chart);

// One period of a unit's series: its score and whether it was eligible
// (solid marker) or not (hollow).
struct SeriesPoint {
  util::Decimal score;
  BarFill fill = BarFill::solid;
  std::string tooltip;  // "2025-03: 76.7 不达标"
};

// One unit's small chart over the periods.
struct SeriesPanel {
  std::string label;                               // the unit, as the panel's title
  std::vector<std::optional<SeriesPoint>> points;  // one per period; none where it has no result
  util::Decimal total;                             // full marks: the top of the scale at least
  util::Decimal threshold;                         // the dashed line
  int digits = 2;                                  // how the axis' scores are written
};

// Small multiples, one panel per unit on a common set of periods: a line
// through the unit's scores (broken where a period is missing), a marker
// per period, the threshold dashed, the first and last period named below.
struct SeriesChart {
  std::string label;
  std::vector<std::string> periods;  // "2025-01", … (the x axis)
  std::vector<SeriesPanel> panels;
  std::string solid_legend;    // "达标"
  std::string hatched_legend;  // "不达标"
  std::string line_legend;     // "申报线"
};

// The legend as one <svg>, then one <svg class="panel"> per panel.
std::string svg_series_panels(const SeriesChart& chart);

}  // namespace cepin::report
