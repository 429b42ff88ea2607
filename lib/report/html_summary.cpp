#include "report/html_summary.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "report/charts.hpp"
#include "report/html_page.hpp"
#include "report/markdown_blocks.hpp"
#include "report/messages.hpp"
#include "report/naming.hpp"
#include "report/page_labels.hpp"

namespace cepin::report {

namespace {

using util::Decimal;

std::string heading(int level, const std::string& text, std::string_view id = "") {
  std::string attr = id.empty() ? "" : fmt::format(" id=\"{}\"", id);
  return fmt::format("<h{}{}>{}</h{}>\n", level, attr, html_escape(text), level);
}

std::string tile(const char* css_class, const std::string& label, std::size_t n) {
  return fmt::format("<li class=\"{}\"><b>{}</b>{}</li>", css_class, n, html_escape(label));
}

std::string count_blocks(const BatchSummary& summary, Lang lang) {
  const Labels& l = labels(lang);
  std::string out = heading(3, l.by_verdict) + "<ul class=\"tiles\">";
  out += tile("total", page_labels(lang).units_total, summary.units());
  out += tile("good", l.eligible, summary.eligible);
  out += tile("bad", l.ineligible, summary.ineligible);
  out += tile("error", l.error, summary.errors);
  if (summary.duplicates > 0) {
    out += tile("duplicate", l.duplicates, summary.duplicates);
  }
  out += "</ul>\n";
  if (!summary.reasons.empty()) {
    std::vector<HtmlRow> rows;
    for (const ReasonCount& counted : summary.reasons) {
      rows.push_back({{html_escape(reason_label(*counted.first, counted.rubric, lang)), std::to_string(counted.units)},
                      ""});
    }
    out += heading(3, l.by_reason) + html_table({{l.reasons}, {l.count, Align::right}}, rows, "reasons");
  }
  return out;
}

std::string bin_label(const ScoreBin& bin) {
  if (!bin.to) {
    return (bin.above ? "> " : "≥ ") + bin.from.to_string();
  }
  return bin.from.to_string() + "–" + bin.to->to_string();
}

std::string distribution_chart(const RubricSummary& group, Lang lang) {
  const Labels& l = labels(lang);
  const PageLabels& p = page_labels(lang);
  const rubric::Rubric& rubric = *group.rubric;
  HistogramChart chart;
  chart.label = p.distribution;
  chart.solid_legend = l.eligible;
  chart.hatched_legend = l.ineligible;
  chart.line_legend = std::string(p.reached) + " " + rubric.threshold.to_fixed(rubric.precision_digits);
  chart.x_title = p.score_range;
  chart.y_title = p.units_total;
  Decimal line = util::max(Decimal(), util::min(rubric.threshold, rubric.total));
  // From the lowest bin that holds a unit up, and at least the two bins below
  // the threshold's.
  std::size_t first = 0;
  while (first + 1 < group.distribution.size() && group.distribution[first].eligible == 0 &&
         group.distribution[first].ineligible == 0) {
    ++first;
  }
  for (std::size_t i = 0; i < group.distribution.size(); ++i) {
    if (!group.distribution[i].above && group.distribution[i].from == line) {
      first = std::min(first, i >= 2 ? i - 2 : 0);
    }
  }
  for (std::size_t i = first; i < group.distribution.size(); ++i) {
    const ScoreBin& bin = group.distribution[i];
    std::string label = bin_label(bin);
    std::string tooltip =
        lang == Lang::zh
            ? fmt::format("{}：{} {}，{} {}", label, l.eligible, bin.eligible, l.ineligible, bin.ineligible)
            : fmt::format("{}: {} {}, {} {}", label, bin.eligible, l.eligible, bin.ineligible, l.ineligible);
    chart.bins.push_back({label, bin.eligible, bin.ineligible, tooltip});
    if (!chart.line_at && !bin.above && bin.from == line) {
      chart.line_at = i - first;
    }
  }
  return "<figure>" + svg_histogram(chart) + "<figcaption>" + html_escape(p.distribution) + "</figcaption></figure>\n";
}

std::string averages_chart(const RubricSummary& group, Lang lang) {
  const Labels& l = labels(lang);
  const PageLabels& p = page_labels(lang);
  int digits = group.rubric->precision_digits;
  ShareChart chart;
  chart.label = p.averages_chart;
  chart.value_legend = l.average;
  chart.full_legend = p.full_marks;
  for (const CategoryAverage& average : group.averages) {
    Decimal value = average.average.value_or(Decimal());
    std::string text = (average.average ? average.average->to_fixed(digits) : std::string("—")) + " / " +
                       average.category->full_marks.to_fixed(digits);
    chart.bars.push_back({average.category->id + " " + average.category->title, value,
                          average.category->full_marks, text, BarFill::solid});
  }
  return "<figure>" + svg_share_chart(chart) + "<figcaption>" + html_escape(p.averages_chart) +
         "</figcaption></figure>\n";
}

std::string unit_link(const scoring::Result& result, const SectionNumbers& sections) {
  std::string name = html_escape(unit_title(result.unit, result.source));
  auto it = sections.find(&result);
  return it == sections.end() ? name : fmt::format("<a href=\"#u{}\">{}</a>", it->second, name);
}

std::string ranking_table(const RubricSummary& group, const SectionNumbers& sections, Lang lang) {
  const Labels& l = labels(lang);
  const PageLabels& p = page_labels(lang);
  bool grades = group.has_grades();
  Decimal scale;
  for (const RankedResult& ranked : group.ranking) {
    scale = std::max(scale, std::max(ranked.result->score, ranked.result->max));
  }
  std::vector<HtmlRow> rows;
  for (const RankedResult& ranked : group.ranking) {
    const scoring::Result& r = *ranked.result;
    int digits = digits_of(r);
    bool eligible = r.verdict == scoring::Verdict::eligible;
    std::string unit = unit_link(r, sections);
    if (ranked.duplicate) {
      unit += html_escape(fmt::format(lang == Lang::zh ? "（{}）" : " ({})", l.duplicate));
    }
    std::string bar = svg_score_bar({r.score, r.max, r.rubric ? r.rubric->threshold : r.max, scale,
                                     eligible ? BarFill::solid : BarFill::hatched,
                                     r.score.to_fixed(digits) + " / " + r.max.to_fixed(digits)});
    std::vector<std::string> cells = {ranked.duplicate ? "—" : std::to_string(ranked.rank), unit, r.score.to_fixed(digits),
                                      r.max.to_fixed(digits), bar, html_escape(verdict_label(lang, r.verdict))};
    if (grades) {
      cells.push_back(html_escape(r.grade ? *r.grade : l.none));
    }
    std::string reasons;
    for (const scoring::Reason& reason : r.reasons) {
      reasons += (reasons.empty() ? "" : "<br>") + html_escape(reason_label(reason, r.rubric.get(), lang));
    }
    cells.push_back(reasons);
    rows.push_back({std::move(cells), eligible ? "" : "ineligible"});
  }
  std::vector<HtmlColumn> columns = {{l.rank, Align::right}, {l.unit}, {l.score, Align::right},
                                     {l.max, Align::right},  {p.bar},  {l.verdict}};
  if (grades) {
    columns.push_back({l.grade});
  }
  columns.push_back({l.reasons});
  return html_table(columns, rows, "ranking");
}

std::string average_table(const RubricSummary& group, Lang lang) {
  const Labels& l = labels(lang);
  int digits = group.rubric->precision_digits;
  std::vector<HtmlRow> rows;
  for (const CategoryAverage& average : group.averages) {
    rows.push_back({{html_escape(average.category->id), html_escape(average.category->title),
                     average.average ? average.average->to_fixed(digits) : "",
                     average.category->full_marks.to_fixed(digits),
                     average.average ? share_text(*average.average, average.category->full_marks) : "",
                     std::to_string(average.units)},
                    ""});
  }
  return html_table({{l.id},
                     {l.title},
                     {l.average, Align::right},
                     {l.max, Align::right},
                     {l.share, Align::right},
                     {l.units, Align::right}},
                    rows, "averages");
}

std::string group_blocks(const RubricSummary& group, std::size_t index, const SectionNumbers& sections, Lang lang) {
  const Labels& l = labels(lang);
  if (group.rubric == nullptr) {
    return heading(3, l.none) + heading(4, l.ranking) + ranking_table(group, sections, lang);
  }
  const rubric::Rubric& rubric = *group.rubric;
  int digits = rubric.precision_digits;
  std::string out = heading(3, rubric_title(rubric), fmt::format("r{}", index + 1));
  std::string facts;
  for (const auto& [label, value] : std::vector<std::pair<std::string, std::string>>{
           {l.total, rubric.total.to_fixed(digits)},
           {l.threshold, rubric.threshold.to_fixed(digits)},
           {page_labels(lang).units_total, std::to_string(group.eligible + group.ineligible)},
           {l.eligible, std::to_string(group.eligible)},
           {l.ineligible, std::to_string(group.ineligible)}}) {
    facts += (facts.empty() ? "" : " · ") + html_escape(label + colon(lang)) + "<b>" + value + "</b>";
  }
  out += "<p class=\"meta\">" + facts + "</p>\n";
  out += distribution_chart(group, lang);
  out += averages_chart(group, lang);
  out += heading(4, l.ranking) + ranking_table(group, sections, lang);
  out += heading(4, l.averages) + average_table(group, lang);
  return out;
}

std::string failed_blocks(const BatchSummary& summary, const SectionNumbers& sections, Lang lang) {
  if (summary.failed.empty()) {
    return "";
  }
  const Labels& l = labels(lang);
  std::vector<HtmlRow> rows;
  for (const scoring::ErrorResult* error : summary.failed) {
    std::string unit = html_escape(unit_title(error->unit, error->source));
    auto it = sections.find(error);
    if (it != sections.end()) {
      unit = fmt::format("<a href=\"#u{}\">{}</a>", it->second, unit);
    }
    const diag::Diagnostic& first = error->first_error();
    rows.push_back({{unit, html_escape(error->source), html_escape(first.message + " (" + first.code + ")")}, ""});
  }
  return heading(3, page_labels(lang).error_results) +
         html_table({{l.unit}, {l.source}, {l.error}}, rows, "failed");
}

}  // namespace

std::string html_summary(const BatchSummary& summary, const SectionNumbers& sections, Lang lang) {
  std::string out = "<section class=\"summary\">\n" + heading(2, labels(lang).summary);
  out += count_blocks(summary, lang);
  for (std::size_t i = 0; i < summary.rubrics.size(); ++i) {
    out += group_blocks(summary.rubrics[i], i, sections, lang);
  }
  out += failed_blocks(summary, sections, lang);
  return out + "</section>\n";
}

}  // namespace cepin::report
