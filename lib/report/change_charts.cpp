#include "report/change_charts.hpp"

#include <algorithm>

#include "report/svg.hpp"

namespace cepin::report {

namespace {

using util::Decimal;
using util::Int128;

// A panel's vertical scale: from a round step below the lowest score (or the
// threshold) to full marks (or the highest score above them).
struct Scale {
  int64_t low = 0;
  int64_t high = 1;

  Px y(Decimal value, Px top, Px height) const {
    return top + height - scaled(static_cast<Int128>(value.units() - low), static_cast<Int128>(high - low), height);
  }
};

Scale panel_scale(const SeriesPanel& panel) {
  int64_t high = std::max<int64_t>(panel.total.units(), 1);
  int64_t lowest = panel.threshold.units();
  for (const std::optional<SeriesPoint>& p : panel.points) {
    if (p) {
      high = std::max(high, p->score.units());
      lowest = std::min(lowest, p->score.units());
    }
  }
  int64_t step = std::max<int64_t>(panel.total.units() / 10, 1);
  int64_t low = lowest - step;
  low = (low >= 0 ? low / step : -((-low + step - 1) / step)) * step;
  if (low < 0 && lowest >= 0) {
    low = 0;
  }
  return {low, std::max(high, low + 1)};
}

// The x of period `i` of `n` across `width` from `left`.
Px period_x(std::size_t i, std::size_t n, Px left, Px width) {
  if (n <= 1) {
    return left + Px{width.tenths / 2};
  }
  return left + scaled(static_cast<Int128>(i), static_cast<Int128>(n - 1), width);
}

std::string panel_svg(const SeriesChart& chart, const SeriesPanel& panel) {
  constexpr Px k_w = px(330);
  constexpr Px k_h = px(150);
  constexpr Px k_left = px(42);
  constexpr Px k_top = px(26);
  constexpr Px k_plot_w = k_w - k_left - px(44);  // room for the last score on the right
  constexpr Px k_plot_h = k_h - k_top - px(24);
  Scale scale = panel_scale(panel);
  std::size_t n = panel.points.size();
  SvgWriter svg(k_w, k_h, panel.label, "panel");
  svg.text(px(0), px(15), fit_text(panel.label, k_w), Anchor::start, "c-strong");
  Px bottom = k_top + k_plot_h;
  svg.line(k_left, bottom, k_left + k_plot_w, bottom, "c-axis");
  svg.text(k_left - px(5), bottom + px(4), Decimal::from_units(scale.low).to_string(), Anchor::end, "c-muted");
  Px full_y = scale.y(panel.total, k_top, k_plot_h);
  svg.line(k_left, full_y, k_left + k_plot_w, full_y, "c-grid");
  svg.text(k_left - px(5), full_y + px(4), panel.total.to_string(), Anchor::end, "c-muted");
  Px line_y = scale.y(panel.threshold, k_top, k_plot_h);
  svg.line(k_left, line_y, k_left + k_plot_w, line_y, "c-line");
  for (std::size_t i = 0; i < n; ++i) {
    Px x = period_x(i, n, k_left, k_plot_w);
    svg.line(x, bottom, x, bottom + px(4), "c-axis");
  }
  if (!chart.periods.empty()) {
    svg.text(period_x(0, n, k_left, k_plot_w), bottom + px(17), chart.periods.front(),
             n <= 1 ? Anchor::middle : Anchor::start, "c-muted");
    if (n > 1) {
      svg.text(period_x(n - 1, n, k_left, k_plot_w), bottom + px(17), chart.periods.back(), Anchor::end, "c-muted");
    }
  }
  // The line, broken where a period has no result.
  std::vector<std::pair<Px, Px>> run;
  auto flush = [&] {
    if (run.size() >= 2) {
      svg.polyline(run, "c-series");
    }
    run.clear();
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (!panel.points[i]) {
      flush();
      continue;
    }
    run.emplace_back(period_x(i, n, k_left, k_plot_w), scale.y(panel.points[i]->score, k_top, k_plot_h));
  }
  flush();
  std::optional<std::size_t> last;
  for (std::size_t i = 0; i < n; ++i) {
    if (const std::optional<SeriesPoint>& p = panel.points[i]) {
      Px x = period_x(i, n, k_left, k_plot_w);
      svg.begin_group(p->tooltip);
      if (p->fill == BarFill::solid) {
        svg.marker(x, scale.y(p->score, k_top, k_plot_h), 1, "c-dot");
      } else {
        svg.marker(x, scale.y(p->score, k_top, k_plot_h), 2, "c-hollow");
      }
      svg.end_group();
      last = i;
    }
  }
  if (last) {
    const SeriesPoint& p = *panel.points[*last];
    svg.text(period_x(*last, n, k_left, k_plot_w) + px(7), scale.y(p.score, k_top, k_plot_h) + px(4),
             p.score.to_fixed(panel.digits), Anchor::start, "c-strong");
  }
  return svg.finish();
}

}  // namespace

std::string svg_pair_chart(const PairChart& chart) {
  constexpr Px k_row = px(36);
  constexpr Px k_bar = px(11);
  std::vector<std::string> labels;
  std::vector<std::string> values;
  ChartStretch stretch;
  for (const PairRow& row : chart.rows) {
    labels.push_back(row.label);
    values.push_back(row.base_text);
    values.push_back(row.next_text);
    for (const std::optional<Decimal>& value : {row.base, row.next}) {
      if (value) {
        stretch.include(*value, row.total);
      }
    }
  }
  BarColumns columns = bar_columns(labels, values, px(120));
  Px label_w = columns.label_width;
  Px x0 = columns.bars_x;
  Px area = columns.bars_width;
  Px height = k_legend_height + Px{k_row.tenths * static_cast<int64_t>(chart.rows.size())} + px(6);
  SvgWriter svg(k_chart_width, height, chart.label, "chart");
  Px x = legend_swatch(svg, px(0), "c-hatch", chart.base_legend);
  x = legend_swatch(svg, x, "c-solid", chart.next_legend);
  x = legend_swatch(svg, x, "c-track", chart.full_legend);
  legend_line(svg, x, "c-line", chart.line_legend);
  Px y = k_legend_height;
  for (const PairRow& row : chart.rows) {
    svg.begin_group(row.tooltip);
    svg.text(px(0), y + px(22), fit_text(row.label, label_w - px(10)));
    Px track = row.total > Decimal() ? stretch.length(row.total, row.total, area) : Px{};
    Px base = row.base && row.total > Decimal() ? stretch.length(*row.base, row.total, area) : Px{};
    Px next = row.next && row.total > Decimal() ? stretch.length(*row.next, row.total, area) : Px{};
    svg.rect(x0, y + px(4), track, px(28), "c-track");
    svg.rect(x0, y + px(6), base, k_bar, "c-hatch");
    svg.rect(x0, y + px(19), next, k_bar, "c-solid");
    if (row.total > Decimal()) {
      svg.line(x0 + track, y + px(2), x0 + track, y + px(34), "c-full");
      Px tick = x0 + stretch.length(row.threshold, row.total, area);
      svg.line(tick, y + px(1), tick, y + px(35), "c-line");
    }
    Px text_x = x0 + std::max(track, std::max(base, next)) + px(6);
    svg.text(text_x, y + px(15), row.base_text, Anchor::start, "c-muted");
    svg.text(text_x, y + px(28), row.next_text, Anchor::start, "c-strong");
    svg.end_group();
    y = y + k_row;
  }
  return svg.finish();
}

std::string svg_series_panels(const SeriesChart& chart) {
  SvgWriter legend(k_chart_width, k_legend_height, chart.label, "chart legend");
  legend.marker(px(7), px(12), 1, "c-dot");
  Px x = px(16);
  legend.text(x, px(16), chart.solid_legend, Anchor::start, "c-muted");
  x = x + text_width(chart.solid_legend) + px(20);
  legend.marker(x + px(7), px(12), 2, "c-hollow");
  x = x + px(16);
  legend.text(x, px(16), chart.hatched_legend, Anchor::start, "c-muted");
  x = x + text_width(chart.hatched_legend) + px(20);
  legend_line(legend, x, "c-line", chart.line_legend);
  std::string out = legend.finish();
  for (const SeriesPanel& panel : chart.panels) {
    out += panel_svg(chart, panel);
  }
  return out;
}

}  // namespace cepin::report
