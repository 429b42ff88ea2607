#include "report/markdown_summary.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "report/markdown_escape.hpp"
#include "report/markdown_table.hpp"
#include "report/messages.hpp"
#include "report/naming.hpp"
#include "report/page_labels.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

using util::Decimal;

constexpr int k_cells = 20;  // a bar of full marks

// `value` in eighths of a cell, where `total` is k_cells cells (rounded).
util::Int128 eighths_of(Decimal value, Decimal total) {
  if (total <= Decimal() || value <= Decimal()) {
    return 0;
  }
  return (static_cast<util::Int128>(value.units()) * k_cells * 8 * 2 + total.units()) / (2 * total.units());
}

// `eighths` as full blocks and one partial block: "████▌".
std::string blocks(util::Int128 eighths) {
  static const char* const k_eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  std::string out;
  for (util::Int128 i = 0; i < eighths / 8; ++i) {
    out += "█";
  }
  return out + k_eighths[static_cast<int>(eighths % 8)];
}

// `text` padded with spaces to `cells` columns.
std::string pad(std::string text, std::size_t cells) {
  std::size_t width = util::display_width(text);
  return width < cells ? text + std::string(cells - width, ' ') : text;
}

std::string reasons_cell(const scoring::Result& result, Lang lang) {
  std::string cell;
  for (const scoring::Reason& reason : result.reasons) {
    cell += (cell.empty() ? "" : lang == Lang::zh ? "；" : "; ") +
            escape_markdown(reason_label(reason, result.rubric.get(), lang));
  }
  return cell;
}

// Rank, unit (name and id), score, max, verdict, grade (when the rubric has
// grades), reasons.
std::string ranking_table(const RubricSummary& group, Lang lang) {
  const Labels& l = labels(lang);
  bool grades = group.has_grades();
  std::vector<std::vector<std::string>> rows;
  for (const RankedResult& ranked : group.ranking) {
    const scoring::Result& r = *ranked.result;
    std::string unit = markdown_unit_title(r.unit, r.source);
    if (r.period) {
      unit += " " + r.period->canonical();
    }
    if (ranked.duplicate) {
      unit += lang == Lang::zh ? std::string("（") + l.duplicate + "）" : std::string(" (") + l.duplicate + ")";
    }
    std::vector<std::string> row = {ranked.duplicate ? "—" : std::to_string(ranked.rank), unit,
                                    r.score.to_fixed(digits_of(r)), r.max.to_fixed(digits_of(r)),
                                    verdict_label(lang, r.verdict)};
    if (grades) {
      row.push_back(r.grade ? escape_markdown(*r.grade) : l.none);
    }
    row.push_back(reasons_cell(r, lang));
    rows.push_back(std::move(row));
  }
  std::vector<std::string> header = {l.rank, l.unit, l.score, l.max, l.verdict};
  std::vector<Align> aligns = {Align::right, Align::left, Align::right, Align::right, Align::left};
  if (grades) {
    header.push_back(l.grade);
  }
  header.push_back(l.reasons);
  return markdown_table(header, rows, aligns);
}

// One table, or with several rubrics one table per rubric (totals differ)
// under "#### Ranking: Title (id)", unique beside the averages' headings.
void ranking_blocks(MarkdownBlocks& doc, const BatchSummary& summary, Lang lang) {
  const Labels& l = labels(lang);
  doc.add(markdown_heading(3, l.ranking));
  if (summary.rubrics.size() <= 1) {
    doc.add(ranking_table(summary.rubrics.empty() ? RubricSummary{} : summary.rubrics.front(), lang));
    return;
  }
  for (const RubricSummary& group : summary.rubrics) {
    doc.add(markdown_heading(4, std::string(l.ranking) + colon(lang) +
                                    (group.rubric ? markdown_rubric_name(*group.rubric) : std::string(l.none))));
    doc.add(ranking_table(group, lang));
  }
}

void count_blocks(MarkdownBlocks& doc, const BatchSummary& summary, Lang lang) {
  const Labels& l = labels(lang);
  std::vector<std::vector<std::string>> rows = {{l.eligible, std::to_string(summary.eligible)},
                                                {l.ineligible, std::to_string(summary.ineligible)},
                                                {l.error, std::to_string(summary.errors)}};
  if (summary.duplicates > 0) {
    rows.push_back({l.duplicates, std::to_string(summary.duplicates)});
  }
  doc.add(markdown_heading(3, l.by_verdict));
  doc.add(markdown_table({l.verdict, l.count}, rows, {Align::left, Align::right}));
  if (summary.reasons.empty()) {
    return;
  }
  rows.clear();
  for (const ReasonCount& counted : summary.reasons) {
    rows.push_back({escape_markdown(reason_label(*counted.first, counted.rubric, lang)), std::to_string(counted.units)});
  }
  doc.add(markdown_heading(3, l.by_reason));
  doc.add(markdown_table({l.reasons, l.count}, rows, {Align::left, Align::right}));
}

std::string average_table(const RubricSummary& group, Lang lang) {
  const Labels& l = labels(lang);
  int digits = group.rubric->precision_digits;
  std::vector<std::vector<std::string>> rows;
  for (const CategoryAverage& average : group.averages) {
    rows.push_back({escape_markdown(average.category->id), escape_markdown(average.category->title),
                    average.average ? average.average->to_fixed(digits) : "",
                    average.category->full_marks.to_fixed(digits), std::to_string(average.units)});
  }
  return markdown_table({l.id, l.title, l.average, l.max, l.units}, rows,
                        {Align::left, Align::left, Align::right, Align::right, Align::right});
}

void average_blocks(MarkdownBlocks& doc, const BatchSummary& summary, Lang lang) {
  bool any = std::any_of(summary.rubrics.begin(), summary.rubrics.end(),
                         [](const RubricSummary& group) { return group.rubric != nullptr; });
  if (!any) {
    return;
  }
  doc.add(markdown_heading(3, labels(lang).averages));
  for (const RubricSummary& group : summary.rubrics) {
    if (group.rubric != nullptr) {
      doc.add(markdown_heading(4, markdown_rubric_name(*group.rubric)));
      doc.add(average_table(group, lang));
    }
  }
}

// The name a chart row shows: "name (id)" and the period, as the ranking
// shows them, as plain text for a code block.
std::string chart_name(const scoring::Result& r) {
  return util::escape_for_terminal(unit_title(r.unit, r.source) + (r.period ? " " + r.period->canonical() : ""));
}

// A group's bars in ranking order, 20 cells for full marks (scores above full
// marks run longer), split by │ at the threshold: a bar crosses the line
// exactly when its score reaches the threshold; ✗ marks a unit not eligible.
// In a fence longer than any
// run of backticks in the names.
void chart_group(MarkdownBlocks& doc, const RubricSummary& group, Lang lang) {
  const rubric::Rubric& rubric = *group.rubric;
  Decimal threshold = util::max(Decimal(), rubric.threshold);
  util::Int128 line = (eighths_of(threshold, rubric.total) + 4) / 8 * 8;  // at a cell's edge
  std::vector<std::string> names;
  std::vector<std::pair<util::Int128, util::Int128>> bars;  // eighths before and after the line
  std::size_t width = 0;
  util::Int128 after_cells = 0;
  std::size_t ticks = 0;
  std::vector<const scoring::Result*> shown;  // a duplicate is no bar of its own
  for (const RankedResult& ranked : group.ranking) {
    if (ranked.duplicate) {
      continue;
    }
    const scoring::Result& r = *ranked.result;
    shown.push_back(&r);
    util::Int128 e = eighths_of(r.score, rubric.total);
    e = r.score < threshold ? std::min(e, std::max<util::Int128>(line - 1, 0)) : std::max(e, line);
    util::Int128 before = std::min(e, line);
    bars.emplace_back(before, e - before);
    after_cells = std::max(after_cells, (e - before + 7) / 8);
    names.push_back(chart_name(r));
    width = std::max(width, util::display_width(names.back()));
    std::size_t run = 0;
    for (char ch : names.back()) {
      run = ch == '`' ? run + 1 : 0;
      ticks = std::max(ticks, run);
    }
  }
  std::string body;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const scoring::Result& r = *shown[i];
    body += pad(names[i], width) + "  " + pad(blocks(bars[i].first), static_cast<std::size_t>(line / 8)) + "│" +
            pad(blocks(bars[i].second), static_cast<std::size_t>(after_cells)) + " " +
            r.score.to_fixed(digits_of(r)) + (r.verdict == scoring::Verdict::eligible ? "" : " ✗") + "\n";
  }
  int digits = rubric.precision_digits;
  Decimal cell = Decimal::from_units(rubric.total.units() / k_cells);
  std::string cell_text = cell.is_multiple_of(rubric.precision()) ? cell.to_fixed(digits) : cell.to_string();
  doc.add(chart_legend(cell_text, threshold.to_fixed(digits), rubric.total.to_fixed(digits), k_cells, lang));
  std::string fence(std::max<std::size_t>(3, ticks + 1), '`');
  doc.add(fence + "text\n" + body + fence);
}

// The chart of scores, one per rubric in ranking order.
void chart_blocks(MarkdownBlocks& doc, const BatchSummary& summary, Lang lang) {
  std::vector<const RubricSummary*> groups;
  for (const RubricSummary& group : summary.rubrics) {
    if (group.rubric != nullptr && !group.ranking.empty()) {
      groups.push_back(&group);
    }
  }
  if (groups.empty()) {
    return;
  }
  const Labels& l = labels(lang);
  doc.add(markdown_heading(3, l.chart));
  for (const RubricSummary* group : groups) {
    if (groups.size() > 1) {
      doc.add(markdown_heading(4, std::string(l.chart) + colon(lang) + markdown_rubric_name(*group->rubric)));
    }
    chart_group(doc, *group, lang);
  }
}

}  // namespace

void markdown_summary(MarkdownBlocks& doc, const BatchSummary& summary, Lang lang) {
  doc.add(markdown_heading(2, labels(lang).summary));
  ranking_blocks(doc, summary, lang);
  count_blocks(doc, summary, lang);
  average_blocks(doc, summary, lang);
  chart_blocks(doc, summary, lang);
}

}  // namespace cepin::report
