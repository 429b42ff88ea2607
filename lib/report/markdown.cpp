#include "report/markdown.hpp"

#include "report/messages.hpp"

#include <algorithm>
#include <iterator>
#include <map>

#include <fmt/format.h>

#include "report/clause_order.hpp"
#include "report/markdown_escape.hpp"
#include "report/markdown_table.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

using util::Decimal;

// Blocks joined by one blank line; the document ends with one newline.
class Blocks {
 public:
  void add(std::string block) { m_blocks.push_back(std::move(block)); }
  std::string join() const {
    std::string out;
    for (const std::string& block : m_blocks) {
      out += (out.empty() ? "" : "\n\n") + block;
    }
    return out + "\n";
  }

 private:
  std::vector<std::string> m_blocks;
};

std::string heading(int level, const std::string& text) {
  return std::string(level, '#') + " " + text;
}

int digits_of(const scoring::Result& result) {
  return result.rubric ? result.rubric->precision_digits : 2;
}

// Always ends with ")" so a heading never ends in punctuation (MD026).
std::string unit_title(const std::optional<assessment::Unit>& unit, const std::string& source) {
  std::string name = unit ? unit->name : "";
  std::string id = unit ? unit->id : "";
  std::string primary = !name.empty() ? name : id;
  std::string secondary = !name.empty() && !id.empty() ? id : source;
  if (primary.empty()) {
    return "(" + escape_markdown(secondary) + ")";
  }
  return escape_markdown(primary) + " (" + escape_markdown(secondary) + ")";
}

std::string field(Lang lang, const char* label, const std::string& value) {
  return std::string("- ") + label + colon(lang) + value;
}

// score ÷ max as a percentage with one decimal, exact.
std::string share(Decimal score, Decimal max) {
  if (max <= Decimal()) {
    return "—";
  }
  util::Fraction f{static_cast<util::Int128>(score.units()) * 100, max.units()};
  f.num *= Decimal::k_scale;
  return util::round_to_step(f, util::precision_step(1)).to_fixed(1) + "%";
}

std::vector<std::string> node_row(const scoring::NodeResult& node, int digits) {
  return {escape_markdown(node.node ? node.node->id : ""),
          escape_markdown(node.node ? node.node->title : ""), node.score.to_fixed(digits),
          node.max.to_fixed(digits), share(node.score, node.max)};
}

// "Title (id)", as the rubric is named in headings and fields.
std::string rubric_name(const rubric::Rubric& rubric) {
  return escape_markdown(rubric.title) + " (" + escape_markdown(rubric.id) + ")";
}

// A sub-heading of a unit's section. In a batch report `number` ("3.")
// prefixes it with "3.n", so that every heading of the document is unique
// (markdownlint MD024); in a one-unit report `number` is empty.
struct SubHeadings {
  int level;
  std::string number;

  std::string operator()(int n, const char* label) const {
    return heading(level, number.empty() ? std::string(label)
                                         : fmt::format("{}{} {}", number, n, label));
  }
};

// The list of fields that opens a unit's section: verdict, reasons, scores,
// grade, rubric, source.
std::string head_block(const scoring::Result& result, Lang lang) {
  const Labels& l = labels(lang);
  int digits = digits_of(result);
  std::string head =
      field(lang, l.verdict, std::string("**") + verdict_label(lang, result.verdict) + "**");
  if (!result.reasons.empty()) {
    head += "\n" + field(lang, l.reasons, "");
    while (!head.empty() && head.back() == ' ') {
      head.pop_back();
    }
    for (const scoring::Reason& reason : result.reasons) {
      std::string text = reason_text(result, reason, lang);
      head += "\n  - " + escape_markdown(reason.code) + (text.empty() ? "" : colon(lang) + escape_markdown(text));
    }
  }
  head += "\n" + field(lang, l.score,
                       fmt::format("**{} / {}**", result.score.to_fixed(digits),
                                   result.max.to_fixed(digits)));
  head += "\n" + field(lang, l.base, result.base.to_fixed(digits));
  head += "\n" + field(lang, l.bonus, result.bonus.to_fixed(digits));
  head += "\n" + field(lang, l.penalty, result.penalty.to_fixed(digits));
  head += "\n" + field(lang, l.grade, result.grade ? escape_markdown(*result.grade) : l.none);
  if (result.rubric) {
    head += "\n" + field(lang, l.rubric, rubric_name(*result.rubric));
  }
  head += "\n" + field(lang, l.source, escape_markdown(result.source));
  return head;
}

// One row per category and item: id, title, score, max, share.
std::vector<std::vector<std::string>> category_rows(const scoring::Result& result) {
  std::vector<std::vector<std::string>> rows;
  for (const scoring::NodeResult& category : result.categories) {
    rows.push_back(node_row(category, digits_of(result)));
    for (const scoring::NodeResult& item : category.items) {
      rows.push_back(node_row(item, digits_of(result)));
    }
  }
  return rows;
}

// id, criterion, score, max, why, evidence (items joined by "; ").
std::vector<std::string> clause_row(const scoring::ClauseResult& clause, int digits) {
  std::string evidence;
  for (const std::string& item : clause.evidence) {
    evidence += (evidence.empty() ? "" : "; ") + escape_markdown(item);
  }
  return {escape_markdown(clause.clause ? clause.clause->id : ""),
          escape_markdown(clause.clause ? clause.clause->text : ""),
          clause.score.to_fixed(digits),
          clause.max.to_fixed(digits),
          escape_markdown(clause.why),
          evidence};
}

// The categories with their items, then every clause.
void score_blocks(Blocks& doc, const scoring::Result& result, Lang lang, const SubHeadings& titled) {
  const Labels& l = labels(lang);
  doc.add(titled(1, l.categories));
  doc.add(markdown_table({l.id, l.title, l.earned, l.max, l.share}, category_rows(result),
                         {Align::left, Align::left, Align::right, Align::right, Align::right}));
  std::vector<std::vector<std::string>> rows;
  for (const scoring::NodeResult& category : result.categories) {
    for (const scoring::ClauseResult* clause : clauses_in_order(category)) {
      rows.push_back(clause_row(*clause, digits_of(result)));
    }
  }
  doc.add(titled(2, l.clauses));
  doc.add(markdown_table(
      {l.id, l.criterion, l.earned, l.max, l.why, l.evidence}, rows,
      {Align::left, Align::left, Align::right, Align::right, Align::left, Align::left}));
}

// The warnings as a list; nothing when there are none.
void warning_blocks(Blocks& doc, const scoring::Result& result, Lang lang,
                    const SubHeadings& titled) {
  if (result.warnings.empty()) {
    return;
  }
  std::string list;
  for (const assessment::Warning& warning : result.warnings) {
    std::string where = warning.id.empty() ? "" : " (" + escape_markdown(warning.id) + ")";
    list += (list.empty() ? "- " : "\n- ") + escape_markdown(warning.code) + where + colon(lang) +
            escape_markdown(warning_text(warning, lang));
  }
  doc.add(titled(3, labels(lang).warnings));
  doc.add(list);
}

// The gap plan as a to-do list; nothing when the unit needs no points and
// nothing blocks it.
void gap_blocks(Blocks& doc, const scoring::Result& result, Lang lang, const SubHeadings& titled) {
  const Labels& l = labels(lang);
  int digits = digits_of(result);
  const scoring::Gap& gap = result.gap;
  if (gap.needed <= Decimal() && gap.blocking.empty()) {
    return;
  }
  doc.add(titled(4, l.gap));
  if (gap.needed > Decimal()) {
    doc.add(fmt::format("{}{}**{}** ({})", l.needed, colon(lang), gap.needed.to_fixed(digits),
                        gap.reachable ? l.reachable : l.unreachable));
  }
  if (!gap.blocking.empty()) {
    std::string codes;
    for (const std::string& code : gap.blocking) {
      codes += (codes.empty() ? "" : ", ") + escape_markdown(code);
    }
    doc.add(std::string(l.blocking) + colon(lang) + codes);
  }
  if (!gap.plan.empty()) {
    std::string list;
    for (const scoring::GapPick& pick : gap.plan) {
      const rubric::Clause* clause = result.rubric ? result.rubric->find_clause(pick.id) : nullptr;
      std::string text = clause ? " " + escape_markdown(clause->text) : "";
      list += (list.empty() ? "" : "\n") +
              fmt::format("- [ ] {}{}{}{} / {}, {} +{}", escape_markdown(pick.id), text,
                          colon(lang), pick.score.to_fixed(digits), pick.max.to_fixed(digits),
                          l.recoverable, pick.recoverable.to_fixed(digits));
    }
    doc.add(list);
  }
}

// One unit's section below its heading; sub-headings at `level`, numbered
// with `number` ("3.") in a batch report.
void result_blocks(Blocks& doc, const scoring::Result& result, Lang lang, int level, const std::string& number) {
  SubHeadings titled{level, number};
  doc.add(head_block(result, lang));
  score_blocks(doc, result, lang, titled);
  warning_blocks(doc, result, lang, titled);
  gap_blocks(doc, result, lang, titled);
}

std::string error_line(const diag::Diagnostic& d) {
  std::string where = d.line > 0 ? fmt::format("{}:{}: ", d.line, d.column) : "";
  std::string code = d.code.empty() ? "" : " (" + escape_markdown(d.code) + ")";
  return where + escape_markdown(d.message) + code;
}

void error_blocks(Blocks& doc, const scoring::ErrorResult& error, Lang lang) {
  const Labels& l = labels(lang);
  std::vector<const diag::Diagnostic*> errors;
  for (const diag::Diagnostic& d : error.errors) {
    if (d.severity == diag::Severity::error) {
      errors.push_back(&d);
    }
  }
  std::string what;
  if (errors.size() > 1) {
    what = field(lang, l.error, "");
    while (!what.empty() && what.back() == ' ') {
      what.pop_back();
    }
    for (const diag::Diagnostic* d : errors) {
      what += "\n  - " + error_line(*d);
    }
  } else {
    what = field(lang, l.error, error_line(error.first_error()));
  }
  doc.add(field(lang, l.verdict, std::string("**") + l.error + "**") + "\n" + what + "\n" +
          field(lang, l.source, escape_markdown(error.source)));
}

std::string outcome_title(const scoring::Outcome& outcome) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return unit_title(result->unit, result->source);
  }
  const auto& error = std::get<scoring::ErrorResult>(outcome);
  return unit_title(error.unit, error.source);
}

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

// The rubrics of `results` in first-seen order, one per id.
std::vector<const rubric::Rubric*> rubrics_of(const std::vector<const scoring::Result*>& results) {
  std::vector<const rubric::Rubric*> rubrics;
  for (const scoring::Result* r : results) {
    if (r->rubric && std::none_of(rubrics.begin(), rubrics.end(), [&](const rubric::Rubric* seen) {
          return seen->id == r->rubric->id;
        })) {
      rubrics.push_back(r->rubric.get());
    }
  }
  return rubrics;
}

// Whether `result` was scored with `rubric` (null: with no rubric).
bool scored_with(const scoring::Result& result, const rubric::Rubric* rubric) {
  if (rubric == nullptr) {
    return !result.rubric;
  }
  return result.rubric && result.rubric->id == rubric->id;
}

// A ranking table: by score, highest first; equal scores share a rank.
std::string ranking_table(std::vector<const scoring::Result*> ranked, Lang lang) {
  const Labels& l = labels(lang);
  std::stable_sort(
      ranked.begin(), ranked.end(),
      [](const scoring::Result* a, const scoring::Result* b) { return a->score > b->score; });
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    std::size_t rank = i + 1;
    while (rank > 1 && ranked[rank - 2]->score == ranked[i]->score) {
      --rank;
    }
    const scoring::Result& r = *ranked[i];
    rows.push_back({std::to_string(rank), unit_title(r.unit, r.source),
                    r.score.to_fixed(digits_of(r)), r.max.to_fixed(digits_of(r)),
                    verdict_label(lang, r.verdict), r.grade ? escape_markdown(*r.grade) : l.none});
  }
  return markdown_table(
      {l.rank, l.unit, l.score, l.max, l.verdict, l.grade}, rows,
      {Align::right, Align::left, Align::right, Align::right, Align::left, Align::left});
}

// The ranking: one table, or with several rubrics one table per rubric (totals
// differ) under "#### Ranking: Title (id)", unique beside the averages'
// headings. Units without a rubric, if any, come last.
void ranking_blocks(Blocks& doc, const std::vector<const scoring::Result*>& results, Lang lang) {
  const Labels& l = labels(lang);
  doc.add(heading(3, l.ranking));
  std::vector<const rubric::Rubric*> rubrics = rubrics_of(results);
  if (rubrics.size() <= 1) {
    doc.add(ranking_table(results, lang));
    return;
  }
  rubrics.push_back(nullptr);
  for (const rubric::Rubric* rubric : rubrics) {
    std::vector<const scoring::Result*> group;
    std::copy_if(results.begin(), results.end(), std::back_inserter(group),
                 [&](const scoring::Result* r) { return scored_with(*r, rubric); });
    if (group.empty()) {
      continue;
    }
    doc.add(heading(4, std::string(l.ranking) + colon(lang) +
                           (rubric ? rubric_name(*rubric) : std::string(l.none))));
    doc.add(ranking_table(group, lang));
  }
}

// Counts by verdict (errors included) and by reason code.
void count_blocks(Blocks& doc, const std::vector<const scoring::Result*>& results,
                  std::size_t errors, Lang lang) {
  const Labels& l = labels(lang);
  std::size_t eligible = 0;
  std::vector<std::pair<std::string, std::size_t>> reasons;
  for (const scoring::Result* r : results) {
    eligible += r->verdict == scoring::Verdict::eligible ? 1 : 0;
    for (const scoring::Reason& reason : r->reasons) {
      auto it = std::find_if(reasons.begin(), reasons.end(),
                             [&](const auto& p) { return p.first == reason.code; });
      if (it == reasons.end()) {
        reasons.emplace_back(reason.code, 1);
      } else {
        ++it->second;
      }
    }
  }
  std::vector<std::vector<std::string>> rows = {
      {l.eligible, std::to_string(eligible)},
      {l.ineligible, std::to_string(results.size() - eligible)},
      {l.error, std::to_string(errors)}};
  doc.add(heading(3, l.by_verdict));
  doc.add(markdown_table({l.verdict, l.count}, rows, {Align::left, Align::right}));
  if (!reasons.empty()) {
    rows.clear();
    for (const auto& [code, n] : reasons) {
      rows.push_back({escape_markdown(code), std::to_string(n)});
    }
    doc.add(heading(3, l.by_reason));
    doc.add(markdown_table({l.reasons, l.count}, rows, {Align::left, Align::right}));
  }
}

// One rubric's category averages over the units scored with it, exact, and
// the number of units; empty average when no unit has the category.
std::string average_table(const rubric::Rubric& rubric,
                          const std::vector<const scoring::Result*>& results, Lang lang) {
  const Labels& l = labels(lang);
  std::vector<std::vector<std::string>> rows;
  for (const rubric::Node& category : rubric.categories) {
    util::Int128 sum = 0;
    int64_t n = 0;
    for (const scoring::Result* r : results) {
      if (!scored_with(*r, &rubric)) {
        continue;
      }
      for (const scoring::NodeResult& node : r->categories) {
        if (node.node && node.node->id == category.id) {
          sum += node.score.units();
          ++n;
        }
      }
    }
    std::string average = n == 0
                              ? ""
                              : util::round_to_step(util::Fraction{sum, n}, rubric.precision())
                                    .to_fixed(rubric.precision_digits);
    rows.push_back({escape_markdown(category.id), escape_markdown(category.title), average,
                    category.full_marks.to_fixed(rubric.precision_digits), std::to_string(n)});
  }
  return markdown_table({l.id, l.title, l.average, l.max, l.units}, rows,
                        {Align::left, Align::left, Align::right, Align::right, Align::right});
}

// Per-category averages per rubric, in first-seen order.
void average_blocks(Blocks& doc, const std::vector<const scoring::Result*>& results, Lang lang) {
  std::vector<const rubric::Rubric*> rubrics = rubrics_of(results);
  if (rubrics.empty()) {
    return;
  }
  doc.add(heading(3, labels(lang).averages));
  for (const rubric::Rubric* rubric : rubrics) {
    doc.add(heading(4, rubric_name(*rubric)));
    doc.add(average_table(*rubric, results, lang));
  }
}

// A bar chart of scores in input order, labels aligned by display width, in a
// fence longer than any run of backticks in the labels.
void chart_blocks(Blocks& doc, const std::vector<const scoring::Result*>& results, Lang lang) {
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
            std::string(20 - util::code_point_count(b), ' ') + " | " +
            r.score.to_fixed(digits_of(r)) + "\n";
    std::size_t run = 0;
    for (char ch : names[i]) {
      run = ch == '`' ? run + 1 : 0;
      ticks = std::max(ticks, run);
    }
  }
  std::string fence(std::max<std::size_t>(3, ticks + 1), '`');
  doc.add(heading(3, labels(lang).chart));
  doc.add(fence + "text\n" + body + fence);
}

// The summary of a batch report: ranking, counts, averages, chart.
void summary_blocks(Blocks& doc, const std::vector<scoring::Outcome>& outcomes, Lang lang) {
  std::vector<const scoring::Result*> results;
  for (const scoring::Outcome& outcome : outcomes) {
    if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
      results.push_back(result);
    }
  }
  doc.add(heading(2, labels(lang).summary));
  ranking_blocks(doc, results, lang);
  count_blocks(doc, results, outcomes.size() - results.size(), lang);
  average_blocks(doc, results, lang);
  chart_blocks(doc, results, lang);
}

}  // namespace

std::string markdown_report(const std::vector<scoring::Outcome>& outcomes, Lang lang) {
  const Labels& l = labels(lang);
  Blocks doc;
  if (outcomes.size() == 1) {
    doc.add(heading(1, std::string(l.report) + colon(lang) + outcome_title(outcomes[0])));
    if (const auto* result = std::get_if<scoring::Result>(&outcomes[0])) {
      result_blocks(doc, *result, lang, 2, "");
    } else {
      error_blocks(doc, std::get<scoring::ErrorResult>(outcomes[0]), lang);
    }
    return doc.join();
  }
  doc.add(heading(1, l.report));
  summary_blocks(doc, outcomes, lang);
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    doc.add(heading(2, fmt::format("{}. {}", i + 1, outcome_title(outcomes[i]))));
    if (const auto* result = std::get_if<scoring::Result>(&outcomes[i])) {
      result_blocks(doc, *result, lang, 3, fmt::format("{}.", i + 1));
    } else {
      error_blocks(doc, std::get<scoring::ErrorResult>(outcomes[i]), lang);
    }
  }
  return doc.join();
}

}  // namespace cepin::report
