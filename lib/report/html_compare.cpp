// compare's HTML report (SPEC §9, §11): the page of html_page.hpp holding
// what the Markdown report says — the counts, every unit by |delta|, each
// changed unit's clause differences — plus a chart of base against new.
#include <unordered_map>

#include <fmt/format.h>

#include "report/change_charts.hpp"
#include "report/change_rows.hpp"
#include "report/compare_report.hpp"
#include "report/html_page.hpp"
#include "report/page_labels.hpp"

namespace cepin::report {

namespace {

using compare::UnitComparison;

// How many units the chart shows at the most, and how many rows one <svg>
// holds (a printed page takes about that many).
constexpr std::size_t k_chart_units = 60;
constexpr std::size_t k_rows_per_svg = 20;

// The counts as tiles: improvements and gains solid, regressions and losses
// dashed, errors dotted (the sheet's tile classes).
std::string count_tiles(Lang lang, const compare::CompareCounts& counts) {
  const ChangeLabels& l = change_labels(lang);
  std::string out = "<ul class=\"tiles\">";
  for (const auto& [label, n] : count_list(lang, counts)) {
    std::string_view word = label;
    const char* css = word == l.improved || word == l.gained    ? "good"
                      : word == l.regressed || word == l.lost ? "bad"
                      : word == l.errors                      ? "error"
                                                              : "";
    out += fmt::format("<li{}><b>{}</b>{}</li>", *css ? fmt::format(" class=\"{}\"", css) : "", n, html_escape(label));
  }
  return out + "</ul>\n";
}

const results::RubricRef* rubric_of(const UnitComparison& u) {
  if (u.next != nullptr && !u.next->error) {
    return &u.next->rubric;
  }
  return u.base != nullptr && !u.base->error ? &u.base->rubric : nullptr;
}

// The chart's rows: the units with a score on either side, largest |delta|
// first, at most k_chart_units.
std::vector<PairRow> pair_rows(Lang lang, const compare::CompareReport& report, const SideName& base,
                               const SideName& next) {
  bool with_rubric = several_rubrics(report);
  std::vector<PairRow> rows;
  for (std::size_t i : report.by_delta()) {
    const UnitComparison& u = report.units[i];
    const results::RubricRef* rubric = rubric_of(u);
    if (rubric == nullptr) {
      continue;
    }
    PairRow row;
    row.label = unit_title(Medium::text, u, with_rubric);
    row.base = score_of(u.base);
    row.next = score_of(u.next);
    row.total = rubric->total;
    row.threshold = rubric->threshold;
    row.base_text = fixed(row.base, u.precision_digits);
    row.next_text = fixed(row.next, u.precision_digits);
    row.tooltip = fmt::format("{}{}{} {} → {} {}", row.label, colon(lang), base.name, row.base_text, next.name,
                              row.next_text);
    if (u.delta) {
      row.tooltip += fmt::format(lang == Lang::zh ? "（{}）" : " ({})", signed_fixed(u.delta, u.precision_digits));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// The chart, in pieces of k_rows_per_svg rows, each with its legend; a note
// when some units are left out.
std::string pair_figure(Lang lang, const compare::CompareReport& report, const SideName& base,
                        const SideName& next) {
  const ChangeLabels& l = change_labels(lang);
  const PageLabels& p = page_labels(lang);
  std::vector<PairRow> rows = pair_rows(lang, report, base, next);
  if (rows.empty()) {
    return "";
  }
  std::size_t units = rows.size();
  if (rows.size() > k_chart_units) {
    rows.resize(k_chart_units);
  }
  bool one_threshold = true;
  for (const PairRow& row : rows) {
    one_threshold = one_threshold && row.threshold == rows.front().threshold;
  }
  PairChart chart;
  chart.label = l.pair_chart;
  chart.base_legend = base.name;
  chart.next_legend = next.name;
  chart.full_legend = p.full_marks;
  chart.line_legend = p.reached;
  if (one_threshold) {
    chart.line_legend += " " + rows.front().threshold.to_fixed(report.units.front().precision_digits);
  }
  std::string out = "<figure>";
  for (std::size_t from = 0; from < rows.size(); from += k_rows_per_svg) {
    std::size_t to = std::min(rows.size(), from + k_rows_per_svg);
    chart.rows.assign(rows.begin() + static_cast<std::ptrdiff_t>(from), rows.begin() + static_cast<std::ptrdiff_t>(to));
    out += svg_pair_chart(chart);
  }
  std::string caption = l.pair_chart;
  if (units > rows.size()) {
    caption += lang == Lang::zh ? "。" : ". ";
    caption += chart_limit_text(rows.size(), units, ChartChoice::largest_delta, lang);
  }
  return out + "<figcaption>" + html_escape(caption) + "</figcaption></figure>\n";
}

// Every unit, largest |delta| first; a unit with changes links to them.
std::string units_table(Lang lang, const compare::CompareReport& report, const SideName& base, const SideName& next,
                        const std::vector<const UnitComparison*>& changed) {
  const ChangeLabels& l = change_labels(lang);
  std::vector<std::vector<std::string>> cells = unit_rows(Medium::html, lang, report);
  std::vector<std::size_t> order = report.by_delta();
  std::unordered_map<const UnitComparison*, std::size_t> sections;
  for (std::size_t c = 0; c < changed.size(); ++c) {
    sections[changed[c]] = c + 1;
  }
  std::vector<HtmlRow> rows;
  for (std::size_t r = 0; r < cells.size(); ++r) {
    const UnitComparison* u = &report.units[order[r]];
    if (auto found = sections.find(u); found != sections.end()) {
      cells[r][0] = fmt::format("<a href=\"#c{}\">{}</a>", found->second, cells[r][0]);
    }
    rows.push_back({std::move(cells[r]), compare::status_name(u->status)});
  }
  return html_table({{lang == Lang::zh ? "单位" : "Unit"},
                     {base.name, Align::right},
                     {next.name, Align::right},
                     {l.delta, Align::right},
                     {l.flip},
                     {l.status}},
                    rows, "changes");
}

// One changed unit: its status and delta, the clauses and adjustments that
// differ, then the vetoes, prerequisites, reasons, warnings or error.
std::string change_section(Lang lang, const UnitComparison& u, std::size_t number, bool with_rubric,
                           const SideName& base, const SideName& next) {
  const ChangeLabels& l = change_labels(lang);
  std::string status = status_label(lang, u.status);
  if (u.delta) {
    status += " " + signed_fixed(u.delta, u.precision_digits);
  }
  std::string out = fmt::format("<section class=\"change\" id=\"c{}\">\n<h3>{}</h3>\n", number,
                                unit_title(Medium::html, u, with_rubric));
  out += "<p class=\"meta\"><b>" + html_escape(l.status) + "</b>" + colon(lang) + html_escape(status) + "</p>\n";
  Detail d = detail_of(Medium::html, lang, u);
  if (!d.rows.empty()) {
    std::vector<HtmlRow> rows;
    for (auto& row : d.rows) {
      rows.push_back({std::move(row), ""});
    }
    out += html_table({{l.clause}, {base.name, Align::right}, {next.name, Align::right}, {l.delta, Align::right}},
                      rows, "detail");
  }
  if (!d.notes.empty()) {
    out += "<ul>";
    for (const std::string& note : d.notes) {
      out += "<li>" + note + "</li>";
    }
    out += "</ul>\n";
  }
  return out + "</section>\n";
}

}  // namespace

std::string compare_html(const compare::CompareReport& report, Lang lang) {
  const ChangeLabels& l = change_labels(lang);
  SideName base = side_name(lang, report.base, report.next, true);
  SideName next = side_name(lang, report.next, report.base, false);
  std::string title = fmt::format("{}{}{} → {}", l.compare_report, colon(lang), base.name, next.name);
  std::string body = "<header><h1>" + html_escape(title) + "</h1>\n<ul class=\"sides\">";
  body += "<li>" + side_line(Medium::html, lang, base, report.base) + "</li>";
  body += "<li>" + side_line(Medium::html, lang, next, report.next) + "</li>";
  body += "<li>" + html_escape(l.tolerance) + colon(lang) + html_escape(report.tolerance.to_string()) + "</li>";
  body += "</ul>\n</header>\n<main>\n<h2>" + html_escape(l.counts) + "</h2>\n" + count_tiles(lang, report.counts);
  std::vector<const UnitComparison*> changed = changed_units(report);
  if (!report.units.empty()) {
    body += "<h2>" + html_escape(l.units) + "</h2>\n" + pair_figure(lang, report, base, next);
    body += units_table(lang, report, base, next, changed);
  }
  if (!changed.empty()) {
    body += "<h2>" + html_escape(l.changes) + "</h2>\n";
  }
  bool with_rubric = several_rubrics(report);
  for (std::size_t i = 0; i < changed.size(); ++i) {
    body += change_section(lang, *changed[i], i + 1, with_rubric, base, next);
  }
  body += "</main>\n";
  return html_document(lang, title, body, l.print_hint);
}

}  // namespace cepin::report
