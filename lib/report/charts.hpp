// The charts of HTML reports, drawn with SvgWriter from plain data: the
// caller gives numbers and words (in its language), a chart lays them out.
// Every chart reads in black and white: solid and hatched bars, a dashed
// threshold, a legend in words, numbers written beside the bars.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "util/decimal.hpp"

namespace cepin::report {

// How a bar is filled: solid (eligible, counted) or hatched (the others).
enum class BarFill { solid, hatched };

// One horizontal bar of a value against its full marks.
struct ShareBar {
  std::string label;       // left of the bar, cut to fit; the whole text is the tooltip
  util::Decimal value;     // ≥ 0; may exceed `full`, and is drawn longer then
  util::Decimal full;      // the track's length; a bar with full ≤ 0 has no track
  std::string value_text;  // right of the bar ("13.75 / 15.00")
  BarFill fill = BarFill::solid;
};

// Bars against full marks, one row each (a unit's categories, a batch's
// category averages). The track of each row is its full marks; when a value
// exceeds its full marks, every row is scaled so that it fits.
struct ShareChart {
  std::string label;           // what the chart shows, for readers that cannot see it
  std::vector<ShareBar> bars;
  std::string value_legend;    // the solid swatch's word ("得分")
  std::string full_legend;     // the track's word ("满分")
  std::string hatched_legend;  // the hatched swatch's word; "" leaves it out
};

// The chart as an <svg> element.
std::string svg_share_chart(const ShareChart& chart);

// One column of a histogram: units in a score range, eligible (solid, at
// the bottom) and not (hatched, on top).
struct HistogramBin {
  std::string label;    // "90–100"
  std::size_t solid = 0;
  std::size_t hatched = 0;
  std::string tooltip;  // "90–100: 12 eligible, 3 not"
};

// A score distribution: a column per bin, the count above it, a dashed line
// at the threshold (the left edge of bin `line_at`).
struct HistogramChart {
  std::string label;
  std::vector<HistogramBin> bins;
  std::optional<std::size_t> line_at;
  std::string line_legend;     // "申报线 90.00"
  std::string solid_legend;    // "符合申报条件"
  std::string hatched_legend;  // "不符合申报条件"
  std::string x_title;         // "分数段"
  std::string y_title;         // "单位数"
};

// The chart as an <svg> element.
std::string svg_histogram(const HistogramChart& chart);

// A score as a small bar for a table cell: the track is full marks, the bar
// the score, a dashed tick the threshold; `scale` (≥ total) is the longest
// score of the table, so that scores above full marks run past the track.
struct ScoreBar {
  util::Decimal score;
  util::Decimal total;
  util::Decimal threshold;
  util::Decimal scale;
  BarFill fill = BarFill::solid;
  std::string label;  // "91.88 / 100.00"
};

// The bar as an <svg class="mini"> element.
std::string svg_score_bar(const ScoreBar& bar);

}  // namespace cepin::report
