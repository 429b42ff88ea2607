#include "report/markdown.hpp"

#include "report/messages.hpp"
#include "report/page_labels.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "report/clause_order.hpp"
#include "report/markdown_escape.hpp"
#include "report/markdown_blocks.hpp"
#include "report/markdown_summary.hpp"
#include "report/markdown_table.hpp"
#include "report/summary.hpp"
#include "report/tailored_labels.hpp"
#include "report/why.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

using util::Decimal;

std::string field(Lang lang, const char* label, const std::string& value) {
  return std::string("- ") + label + colon(lang) + value;
}

std::vector<std::string> node_row(const scoring::NodeResult& node, int digits, Lang lang) {
  return {escape_markdown(node.node ? node.node->id : ""),
          escape_markdown((node.node ? node.node->title : "") + node_marks(node, lang, digits)),
          node.score.to_fixed(digits), node.max.to_fixed(digits), share_text(node.score, node.max)};
}

// A sub-heading of a unit's section. In a batch report `number` ("3.")
// prefixes it with "3.n", so that every heading of the document is unique
// (markdownlint MD024); in a one-unit report `number` is empty.
struct SubHeadings {
  int level;
  std::string number;

  std::string operator()(int n, const char* label) const {
    return markdown_heading(level, number.empty() ? std::string(label)
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
      head += "\n  - " + escape_markdown(note_line(reason.code(), reason_text(reason, result.rubric.get(), lang), lang));
    }
  }
  head += "\n" + field(lang, l.score,
                       fmt::format("**{} / {}**", result.score.to_fixed(digits),
                                   result.max.to_fixed(digits)));
  head += "\n" + field(lang, l.base, result.base.to_fixed(digits));
  head += "\n" + field(lang, l.bonus, result.bonus.to_fixed(digits));
  head += "\n" + field(lang, l.penalty, result.penalty.to_fixed(digits));
  if (result.rubric && !result.rubric->grades.empty()) {
    head += "\n" + field(lang, l.grade, result.grade ? escape_markdown(*result.grade) : l.none);
  }
  if (result.rubric) {
    head += "\n" + field(lang, l.rubric, markdown_rubric_name(*result.rubric));
  }
  if (!result.unit.kind.empty()) {
    head += "\n" + field(lang, l.unit_kind, escape_markdown(unit_kind_text(lang, result.unit.kind)));
  }
  head += "\n" + field(lang, l.source, escape_markdown(result.source));
  if (result.period) {
    head += "\n" + field(lang, l.period, result.period->canonical());
  }
  if (result.assessed_on) {
    head += "\n" + field(lang, page_labels(lang).assessed_on, util::format_date(*result.assessed_on));
  }
  return head;
}

// One row per category and item: id, title, score, max, share.
std::vector<std::vector<std::string>> category_rows(const scoring::Result& result, Lang lang) {
  std::vector<std::vector<std::string>> rows;
  for (const scoring::NodeResult& category : result.categories) {
    rows.push_back(node_row(category, digits_of(result), lang));
    for (const scoring::NodeResult& item : category.items) {
      rows.push_back(node_row(item, digits_of(result), lang));
    }
  }
  return rows;
}

// id, criterion, score, max, why, evidence (items joined by "; ").
std::vector<std::string> clause_row(const scoring::ClauseResult& clause, int digits, Lang lang) {
  std::string evidence;
  for (const std::string& item : clause.evidence) {
    evidence += (evidence.empty() ? "" : "; ") + escape_markdown(item);
  }
  return {escape_markdown(clause.clause ? clause.clause->id : ""),
          escape_markdown(clause.clause ? clause.clause->text : ""),
          clause.score.to_fixed(digits),
          clause.max.to_fixed(digits),
          escape_markdown(why_text(clause.why, lang) + (clause.counted == false ? not_counted_mark(lang) : "")),
          evidence};
}

// The categories with their items, then every clause.
void score_blocks(MarkdownBlocks& doc, const scoring::Result& result, Lang lang, const SubHeadings& titled) {
  const Labels& l = labels(lang);
  doc.add(titled(1, l.categories));
  doc.add(markdown_table({l.id, l.title, l.earned, l.max, l.share}, category_rows(result, lang),
                         {Align::left, Align::left, Align::right, Align::right, Align::right}));
  std::vector<std::vector<std::string>> rows;
  for (const scoring::NodeResult& category : result.categories) {
    for (const scoring::ClauseResult* clause : clauses_in_order(category)) {
      rows.push_back(clause_row(*clause, digits_of(result), lang));
    }
  }
  doc.add(titled(2, l.clauses));
  doc.add(markdown_table(
      {l.id, l.criterion, l.earned, l.max, l.why, l.evidence}, rows,
      {Align::left, Align::left, Align::right, Align::right, Align::left, Align::left}));
}

// The warnings as a list; nothing when there are none.
void warning_blocks(MarkdownBlocks& doc, const scoring::Result& result, Lang lang,
                    const SubHeadings& titled) {
  if (result.warnings.empty()) {
    return;
  }
  std::string list;
  for (const assessment::Warning& warning : result.warnings) {
    list += (list.empty() ? "- " : "\n- ") +
            escape_markdown(note_line(warning.code(), warning_text(warning, result.rubric.get(), lang), lang));
  }
  doc.add(titled(3, labels(lang).warnings));
  doc.add(list);
}

// The gap plan as a to-do list; nothing when the unit needs no points and
// nothing blocks it.
void gap_blocks(MarkdownBlocks& doc, const scoring::Result& result, Lang lang, const SubHeadings& titled) {
  const Labels& l = labels(lang);
  int digits = digits_of(result);
  const scoring::Gap& gap = result.gap;
  if (gap.needed <= Decimal() && gap.blocking.empty() && gap.plan.empty()) {
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
      codes += (codes.empty() ? "" : ", ") + escape_markdown(reason_name(code, lang));
    }
    doc.add(std::string(l.blocking) + colon(lang) + codes);
  }
  if (!gap.plan.empty()) {
    std::string list;
    for (const scoring::GapPick& pick : gap.plan) {
      const rubric::Clause* clause = result.rubric ? result.rubric->find_clause(pick.id) : nullptr;
      std::string text = clause ? " " + escape_markdown(clause->text) : "";
      std::string purpose = pick_purpose(lang, pick.floor, pick.group);
      if (!purpose.empty()) {
        purpose = lang == Lang::zh ? "（" + escape_markdown(purpose) + "）" : " (" + escape_markdown(purpose) + ")";
      }
      list += (list.empty() ? "" : "\n") +
              fmt::format("- [ ] {}{}{}{} / {}, {} +{}{}", escape_markdown(pick.id), text,
                          colon(lang), pick.score.to_fixed(digits), pick.max.to_fixed(digits),
                          l.recoverable, pick.recoverable.to_fixed(digits), purpose);
    }
    doc.add(list);
  }
}

// One unit's section below its heading; sub-headings at `level`, numbered
// with `number` ("3.") in a batch report.
void result_blocks(MarkdownBlocks& doc, const scoring::Result& result, Lang lang, int level, const std::string& number) {
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

void error_blocks(MarkdownBlocks& doc, const scoring::ErrorResult& error, Lang lang) {
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
    return markdown_unit_title(result->unit, result->source);
  }
  const auto& error = std::get<scoring::ErrorResult>(outcome);
  return markdown_unit_title(error.unit, error.source);
}

// The title (batch_title_text), then the rubrics when there are several, the
// dates and the number of units.
void batch_title(MarkdownBlocks& doc, const BatchSummary& summary, Lang lang) {
  const Labels& l = labels(lang);
  std::vector<const rubric::Rubric*> rubrics = summary.known_rubrics();
  std::string dates = dates_text(summary.dates, lang);
  std::string title = escape_markdown(batch_title_text(summary, lang));
  doc.add(markdown_heading(1, title));
  std::string fields;
  if (rubrics.size() > 1) {
    fields = field(lang, l.rubric, "");
    while (!fields.empty() && fields.back() == ' ') {
      fields.pop_back();
    }
    for (const rubric::Rubric* rubric : rubrics) {
      fields += "\n  - " + markdown_rubric_name(*rubric);
    }
    fields += "\n";
  }
  fields += field(lang, dates_label(summary.dates, lang), dates.empty() ? page_labels(lang).not_given : dates);
  std::string undated = undated_text(summary.dates.undated, lang);
  if (!summary.dates.as_of && !undated.empty() && !dates.empty()) {
    fields += "\n- " + undated;
  }
  fields += "\n" + field(lang, page_labels(lang).units_total,
                          std::to_string(summary.units()));
  doc.add(fields);
}

}  // namespace

std::string markdown_report(const std::vector<const scoring::Outcome*>& outcomes, Lang lang,
                            std::optional<util::Date> as_of) {
  const Labels& l = labels(lang);
  MarkdownBlocks doc;
  if (outcomes.size() == 1) {
    doc.add(markdown_heading(1, std::string(l.report) + colon(lang) + outcome_title(*outcomes[0])));
    if (const auto* result = std::get_if<scoring::Result>(outcomes[0])) {
      result_blocks(doc, *result, lang, 2, "");
    } else {
      error_blocks(doc, std::get<scoring::ErrorResult>(*outcomes[0]), lang);
    }
    return doc.join();
  }
  BatchSummary summary = summarize(outcomes, as_of);
  batch_title(doc, summary, lang);
  markdown_summary(doc, summary, lang);
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    doc.add(markdown_heading(2, fmt::format("{}. {}", i + 1, outcome_title(*outcomes[i]))));
    if (const auto* result = std::get_if<scoring::Result>(outcomes[i])) {
      result_blocks(doc, *result, lang, 3, fmt::format("{}.", i + 1));
    } else {
      error_blocks(doc, std::get<scoring::ErrorResult>(*outcomes[i]), lang);
    }
  }
  return doc.join();
}

std::string markdown_report(const std::vector<scoring::Outcome>& outcomes, Lang lang,
                            std::optional<util::Date> as_of) {
  std::vector<const scoring::Outcome*> pointers;
  for (const scoring::Outcome& outcome : outcomes) {
    pointers.push_back(&outcome);
  }
  return markdown_report(pointers, lang, as_of);
}

}  // namespace cepin::report
