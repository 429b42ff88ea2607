#include "report/charts.hpp"

#include <algorithm>

#include "report/svg.hpp"

namespace cepin::report {

namespace {

using util::Decimal;
using util::Int128;

constexpr Px k_width = k_chart_width;

const char* fill_class(BarFill fill) { return fill == BarFill::solid ? "c-solid" : "c-hatch"; }

// A step of 1, 2 or 5 × 10^k giving at most 5 gridlines up to `top`.
std::size_t grid_step(std::size_t top) {
  std::size_t step = 1;
  while (true) {
    for (std::size_t m : {1, 2, 5}) {
      if (top <= step * m * 5) {
        return step * m;
      }
    }
    step *= 10;
  }
}

}  // namespace

std::string svg_share_chart(const ShareChart& chart) {
  constexpr Px k_row = px(24);
  constexpr Px k_bar = px(14);
  std::vector<std::string> labels;
  std::vector<std::string> values;
  ChartStretch stretch;
  for (const ShareBar& bar : chart.bars) {
    labels.push_back(bar.label);
    values.push_back(bar.value_text);
    stretch.include(bar.value, bar.full);
  }
  BarColumns columns = bar_columns(labels, values, px(160));
  Px label_w = columns.label_width;
  Px x0 = columns.bars_x;
  Px area = columns.bars_width;
  Px height = k_legend_height + Px{k_row.tenths * static_cast<int64_t>(chart.bars.size())} + px(6);
  SvgWriter svg(k_width, height, chart.label, "chart");
  Px x = legend_swatch(svg, px(0), "c-solid", chart.value_legend);
  x = legend_swatch(svg, x, "c-track", chart.full_legend);
  if (!chart.hatched_legend.empty()) {
    legend_swatch(svg, x, "c-hatch", chart.hatched_legend);
  }
  Px y = k_legend_height;
  for (const ShareBar& bar : chart.bars) {
    Px bar_y = y + px(5);
    svg.begin_group(bar.label + " " + bar.value_text);
    svg.text(px(0), y + px(16), fit_text(bar.label, label_w - px(10)));
    if (bar.full > Decimal()) {
      Px track = stretch.length(bar.full, bar.full, area);
      Px fill = stretch.length(bar.value, bar.full, area);
      svg.rect(x0, bar_y, track, k_bar, "c-track");
      svg.rect(x0, bar_y, fill, k_bar, fill_class(bar.fill));
      svg.line(x0 + track, bar_y - px(3), x0 + track, bar_y + k_bar + px(3), "c-full");
      svg.text(x0 + std::max(track, fill) + px(6), y + px(16), bar.value_text);
    } else {
      svg.text(x0, y + px(16), bar.value_text);
    }
    svg.end_group();
    y = y + k_row;
  }
  return svg.finish();
}

std::string svg_histogram(const HistogramChart& chart) {
  constexpr Px k_height = px(270);
  constexpr Px k_left = px(44);
  constexpr Px k_top = px(56);
  constexpr Px k_bottom = px(46);
  std::size_t top = 1;
  for (const HistogramBin& bin : chart.bins) {
    top = std::max(top, bin.solid + bin.hatched);
  }
  std::size_t step = grid_step(top);
  std::size_t y_max = (top + step - 1) / step * step;
  Px plot_h = k_height - k_top - k_bottom;
  Px plot_w = k_width - k_left - px(8);
  Px base = k_top + plot_h;
  SvgWriter svg(k_width, k_height, chart.label, "chart");
  Px x = legend_swatch(svg, px(0), "c-solid", chart.solid_legend);
  x = legend_swatch(svg, x, "c-hatch", chart.hatched_legend);
  if (chart.line_at) {
    legend_line(svg, x, "c-line", chart.line_legend);
  }
  std::size_t n = std::max<std::size_t>(chart.bins.size(), 1);
  Px slot = std::min(Px{plot_w.tenths / static_cast<int64_t>(n)}, px(90));  // a few bins stay narrow
  Px grid_w = Px{slot.tenths * static_cast<int64_t>(n)};
  for (std::size_t v = 0; v <= y_max; v += step) {
    Px gy = base - scaled(static_cast<Int128>(v), static_cast<Int128>(y_max), plot_h);
    svg.line(k_left, gy, k_left + grid_w, gy, v == 0 ? "c-axis" : "c-grid");
    svg.text(k_left - px(6), gy + px(4), std::to_string(v), Anchor::end, "c-muted");
  }
  svg.text(px(0), px(42), chart.y_title, Anchor::start, "c-muted");
  Px bar_w = Px{slot.tenths * 7 / 10};
  for (std::size_t i = 0; i < chart.bins.size(); ++i) {
    const HistogramBin& bin = chart.bins[i];
    Px left = k_left + Px{slot.tenths * static_cast<int64_t>(i)};
    Px bx = left + Px{(slot.tenths - bar_w.tenths) / 2};
    Px solid_h = scaled(static_cast<Int128>(bin.solid), static_cast<Int128>(y_max), plot_h);
    Px all_h = scaled(static_cast<Int128>(bin.solid + bin.hatched), static_cast<Int128>(y_max), plot_h);
    svg.begin_group(bin.tooltip);
    svg.rect(bx, base - solid_h, bar_w, solid_h, "c-solid");
    svg.rect(bx, base - all_h, bar_w, all_h - solid_h, "c-hatch");
    if (bin.solid + bin.hatched > 0) {
      svg.text(bx + Px{bar_w.tenths / 2}, base - all_h - px(4), std::to_string(bin.solid + bin.hatched),
               Anchor::middle, "c-strong");
    }
    svg.text(left + Px{slot.tenths / 2}, base + px(16), fit_text(bin.label, slot), Anchor::middle, "c-muted");
    svg.end_group();
  }
  if (chart.line_at) {
    Px lx = k_left + Px{slot.tenths * static_cast<int64_t>(*chart.line_at)};
    svg.line(lx, k_top - px(6), lx, base + px(4), "c-line");
  }
  svg.text(k_left + Px{grid_w.tenths / 2}, k_height - px(8), chart.x_title, Anchor::middle, "c-muted");
  return svg.finish();
}

std::string svg_score_bar(const ScoreBar& bar) {
  constexpr Px k_w = px(140);
  constexpr Px k_h = px(14);
  Decimal scale = std::max(bar.scale, bar.total);
  SvgWriter svg(k_w, k_h, bar.label, "mini");
  Px track = scaled(bar.total, scale, k_w - px(2));
  svg.rect(px(1), px(3), track, px(8), "c-track");
  svg.rect(px(1), px(3), scaled(bar.score, scale, k_w - px(2)), px(8), fill_class(bar.fill));
  Px line = px(1) + scaled(bar.threshold, scale, k_w - px(2));
  svg.line(line, px(0), line, k_h, "c-line");
  return svg.finish();
}

}  // namespace cepin::report
