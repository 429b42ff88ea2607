#include "report/markdown_summary.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "report/markdown_escape.hpp"
#include "report/markdown_table.hpp"
#include "report/messages.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

using util::Decimal;

// 20 cells of eighths: "████▌".
std::string bar(Decimal score, Decimal max) {
  static const char* const k_eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  util::Int128 eighths = 0;
  if (max > Decimal() && score > Decimal()) {
    eighths = (static_cast<util::Int128>(score.units()) * 160 * 2 + max.units()) / (2 * max.units());
    eighths = std::min<util::Int128>(eighths, 160);
  }
  std::string out;
  for (int i = 0; i < static_cast<int>(eighths / 8); ++i) {
    out += "█";
  }
  return out + k_eighths[static_cast<int>(eighths % 8)];
}

std::string ranking_table(const RubricSummary& group, Lang lang) {
  const Labels& l = labels(lang);
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
    rows.push_back({ranked.duplicate ? "—" : std::to_string(ranked.rank), unit,
                    r.score.to_fixed(digits_of(r)), r.max.to_fixed(digits_of(r)), verdict_label(lang, r.verdict),
                    r.grade ? escape_markdown(*r.grade) : l.none});
  }
  return markdown_table({l.rank, l.unit, l.score, l.max, l.verdict, l.grade}, rows,
                        {Align::right, Align::left, Align::right, Align::right, Align::left, Align::left});
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
  doc.add(markdown_heading(3, l.by_verdict));
  doc.add(markdown_table({l.verdict, l.count}, rows, {Align::left, Align::right}));
  if (summary.reasons.empty()) {
    return;
  }
  rows.clear();
  for (const auto& [code, n] : summary.reasons) {
    rows.push_back({escape_markdown(reason_name(code, lang)), std::to_string(n)});
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

// A bar chart of scores in input order, labels aligned by display width, in a
// fence longer than any run of backticks in the labels.
void chart_blocks(MarkdownBlocks& doc, const BatchSummary& summary, Lang lang) {
  const std::vector<const scoring::Result*>& results = summary.results;
  if (results.empty()) {
    return;
  }
  std::vector<std::string> names;
  std::size_t width = 0;
  for (const scoring::Result* r : results) {
    std::string name = util::escape_for_terminal(!r->unit.name.empty() ? r->unit.name : r->unit.id);
    width = std::max(width, util::display_width(name));
    names.push_back(name);
  }
  std::string body;
  std::size_t ticks = 0;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const scoring::Result& r = *results[i];
    std::string b = bar(r.score, r.max);
    body += names[i] + std::string(width - util::display_width(names[i]), ' ') + " | " + b +
            std::string(20 - util::code_point_count(b), ' ') + " | " + r.score.to_fixed(digits_of(r)) + "\n";
    std::size_t run = 0;
    for (char ch : names[i]) {
      run = ch == '`' ? run + 1 : 0;
      ticks = std::max(ticks, run);
    }
  }
  std::string fence(std::max<std::size_t>(3, ticks + 1), '`');
  doc.add(markdown_heading(3, labels(lang).chart));
  doc.add(fence + "text\n" + body + fence);
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
