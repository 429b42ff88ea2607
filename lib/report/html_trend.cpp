// trend's HTML report (SPEC §10, §11): the page of html_page.hpp holding
// what the Markdown report says — per rubric a table of units × periods with
// rollup, change, declines, ranks — plus a small chart per unit over the
// periods, then the error entries and notes.
#include <fmt/format.h>

#include "report/change_charts.hpp"
#include "report/change_rows.hpp"
#include "report/html_page.hpp"
#include "report/page_labels.hpp"
#include "report/trend_report.hpp"

namespace cepin::report {

namespace {

// How many units of a rubric get a small chart at the most.
constexpr std::size_t k_panels = 60;

// One unit's panel: a point per period of its rubric, none where it has no
// result.
SeriesPanel panel_of(Lang lang, const trend::UnitTrend& u, const trend::RubricPeriods& rubric) {
  const ChangeLabels& l = change_labels(lang);
  SeriesPanel panel;
  panel.label = trend_unit_name(Medium::text, u);
  panel.total = u.total;
  panel.threshold = u.series.back().result->rubric.threshold;
  panel.digits = u.precision_digits;
  std::size_t next = 0;
  for (const util::Period& p : rubric.periods) {
    if (next < u.series.size() && u.series[next].period == p) {
      const results::ResultSummary& r = *u.series[next].result;
      bool eligible = r.verdict == scoring::Verdict::eligible;
      panel.points.push_back(SeriesPoint{r.score, eligible ? BarFill::solid : BarFill::hatched,
                                         fmt::format("{}{}{} {}", p.canonical(), colon(lang),
                                                     r.score.to_fixed(u.precision_digits),
                                                     eligible ? l.eligible_point : l.ineligible_point)});
      ++next;
    } else {
      panel.points.emplace_back();
    }
  }
  return panel;
}

// The small charts of a rubric's units (the first k_panels), with a note
// when some are left out.
std::string panels(Lang lang, const std::vector<const trend::UnitTrend*>& units, const trend::RubricPeriods& rubric) {
  const ChangeLabels& l = change_labels(lang);
  SeriesChart chart;
  chart.label = l.series_chart;
  for (const util::Period& p : rubric.periods) {
    chart.periods.push_back(p.canonical());
  }
  for (std::size_t i = 0; i < units.size() && i < k_panels; ++i) {
    chart.panels.push_back(panel_of(lang, *units[i], rubric));
  }
  chart.solid_legend = l.eligible_point;
  chart.hatched_legend = l.ineligible_point;
  chart.line_legend = page_labels(lang).reached;
  std::string out = "<h3>" + html_escape(l.series_chart) + "</h3>\n<div class=\"multiples\">" +
                    svg_series_panels(chart) + "</div>\n";
  if (units.size() > k_panels) {
    out += "<p class=\"note\">" + html_escape(chart_limit_text(k_panels, units.size(), ChartChoice::first, lang)) +
           "</p>\n";
  }
  return out;
}

// A rubric's table of units × periods.
std::string table(Lang lang, const trend::TrendReport& report, const std::vector<const trend::UnitTrend*>& units,
                  const trend::RubricPeriods& rubric) {
  std::vector<std::string> header = trend_header(lang, report, rubric);
  std::vector<Align> aligns = trend_aligns(rubric.periods.size());
  std::vector<HtmlColumn> columns;
  for (std::size_t i = 0; i < header.size(); ++i) {
    columns.push_back({header[i], aligns[i]});
  }
  std::vector<HtmlRow> rows;
  for (const trend::UnitTrend* u : units) {
    rows.push_back({trend_row(Medium::html, *u, rubric), u->last_declined ? "declined" : ""});
  }
  return "<div class=\"scroll\">" + html_table(columns, rows, "wide") + "</div>\n";
}

std::string list(const std::vector<std::string>& items, std::string_view css_class) {
  std::string out = css_class.empty() ? "<ul>" : fmt::format("<ul class=\"{}\">", css_class);
  for (const std::string& item : items) {
    out += "<li>" + item + "</li>";
  }
  return out + "</ul>\n";
}

}  // namespace

std::string trend_html(const trend::TrendReport& report, Lang lang) {
  const ChangeLabels& l = change_labels(lang);
  std::string body = "<header><h1>" + html_escape(l.trend_report) + "</h1>\n<p class=\"meta\">" +
                     html_escape(trend_intro(lang, report)) + "</p>\n</header>\n<main>\n";
  for (std::size_t r = 0; r < report.rubrics.size(); ++r) {
    const trend::RubricPeriods& rubric = report.rubrics[r];
    std::vector<const trend::UnitTrend*> units;
    for (const trend::UnitTrend& u : report.units) {
      if (u.rubric_id == rubric.rubric_id) {
        units.push_back(&u);
      }
    }
    if (units.empty()) {
      continue;
    }
    body += fmt::format("<section class=\"rubric\" id=\"r{}\">\n<h2>{}</h2>\n", r + 1,
                        trend_rubric_title(Medium::html, rubric));
    body += table(lang, report, units, rubric) + panels(lang, units, rubric) + "</section>\n";
  }
  std::vector<std::string> errors = trend_error_lines(Medium::html, report);
  if (!errors.empty()) {
    body += "<h2>" + html_escape(lang == Lang::zh ? "错误" : "Errors") + "</h2>\n" + list(errors, "reasons");
  }
  body += list(trend_notes(Medium::html, lang, report), "notes") + "</main>\n";
  return html_document(lang, l.trend_report, body, l.print_hint);
}

}  // namespace cepin::report
