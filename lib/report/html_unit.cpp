// One unit's section of the HTML report (report/html.hpp).
#include <fmt/format.h>

#include "report/charts.hpp"
#include "report/clause_order.hpp"
#include "report/html.hpp"
#include "report/html_page.hpp"
#include "report/markdown_blocks.hpp"
#include "report/messages.hpp"
#include "report/naming.hpp"
#include "report/page_labels.hpp"
#include "report/tailored_labels.hpp"
#include "report/why.hpp"

namespace cepin::report {

namespace {

using util::Decimal;

std::string heading(int level, const std::string& text) {
  return fmt::format("<h{}>{}</h{}>\n", level, html_escape(text), level);
}

// The verdict as a badge: its class says how it prints (solid, dashed, dotted).
std::string verdict_badge(const char* css_class, const char* words) {
  return fmt::format("<span class=\"verdict {}\">{}</span>", css_class, html_escape(words));
}

std::string headline(const scoring::Result& result, Lang lang) {
  int digits = digits_of(result);
  bool eligible = result.verdict == scoring::Verdict::eligible;
  std::string out = "<div class=\"headline\">";
  out += verdict_badge(eligible ? "good" : "bad", verdict_label(lang, result.verdict));
  out += fmt::format("<span class=\"score\">{}<small> / {}</small></span>", result.score.to_fixed(digits),
                     result.max.to_fixed(digits));
  if (result.rubric && !result.rubric->grades.empty()) {
    const Labels& l = labels(lang);
    out += "<span>" + html_escape(std::string(l.grade) + colon(lang) + (result.grade ? *result.grade : l.none)) +
           "</span>";
  }
  out += "</div>\n";
  if (!result.reasons.empty()) {
    out += "<ul class=\"reasons\">";
    for (const scoring::Reason& reason : result.reasons) {
      out += "<li>" +
             html_escape(note_line(reason.code(), reason_text(reason, result.rubric.get(), lang), lang)) + "</li>";
    }
    out += "</ul>\n";
  }
  return out;
}

std::string facts(const scoring::Result& result, Lang lang) {
  const Labels& l = labels(lang);
  const PageLabels& p = page_labels(lang);
  int digits = digits_of(result);
  std::vector<std::pair<std::string, std::string>> fields = {
      {l.base, result.base.to_fixed(digits)},
      {l.bonus, result.bonus.to_fixed(digits)},
      {l.penalty, result.penalty.to_fixed(digits)},
  };
  if (result.rubric) {
    fields.emplace_back(l.rubric, html_escape(rubric_title(*result.rubric)));
  }
  std::string source = result.source + (result.line > 0 ? fmt::format(lang == Lang::zh ? "（第 {} 行）" : " (line {})",
                                                                       result.line)
                                                        : "");
  fields.emplace_back(l.source, html_escape(source));
  if (result.period) {
    fields.emplace_back(l.period, html_escape(result.period->canonical()));
  }
  if (result.assessed_on) {
    fields.emplace_back(p.assessed_on, util::format_date(*result.assessed_on));
  }
  if (!result.assessor.empty()) {
    fields.emplace_back(p.assessor, html_escape(result.assessor));
  }
  return html_facts(fields);
}

std::string node_label(const scoring::NodeResult& node) {
  return node.node ? node.node->id + " " + node.node->title : "";
}

// The categories against their full marks.
std::string category_chart(const scoring::Result& result, Lang lang) {
  const PageLabels& p = page_labels(lang);
  const Labels& l = labels(lang);
  int digits = digits_of(result);
  ShareChart chart;
  chart.label = p.category_chart;
  chart.value_legend = l.earned;
  chart.full_legend = p.full_marks;
  for (const scoring::NodeResult& category : result.categories) {
    chart.bars.push_back({node_label(category), category.score, category.max,
                          category.score.to_fixed(digits) + " / " + category.max.to_fixed(digits), BarFill::solid});
  }
  return "<figure>" + svg_share_chart(chart) + "<figcaption>" + html_escape(p.category_chart) +
         "</figcaption></figure>\n";
}

// A category or item row; its title carries the node's floor and, for a
// best-k child left out, the "not counted" mark.
HtmlRow node_row(const scoring::NodeResult& node, int digits, const char* css_class, Lang lang) {
  return {{html_escape(node.node ? node.node->id : ""),
           html_escape((node.node ? node.node->title : "") + node_marks(node, lang, digits)),
           node.score.to_fixed(digits), node.max.to_fixed(digits), share_text(node.score, node.max)},
          css_class};
}

std::string category_table(const scoring::Result& result, Lang lang) {
  const Labels& l = labels(lang);
  std::vector<HtmlRow> rows;
  for (const scoring::NodeResult& category : result.categories) {
    rows.push_back(node_row(category, digits_of(result), "category", lang));
    for (const scoring::NodeResult& item : category.items) {
      rows.push_back(node_row(item, digits_of(result), "item", lang));
    }
  }
  return html_table({{l.id}, {l.title}, {l.earned, Align::right}, {l.max, Align::right}, {l.share, Align::right}},
                    rows, "categories");
}

std::string clause_table(const scoring::Result& result, Lang lang) {
  const Labels& l = labels(lang);
  int digits = digits_of(result);
  std::vector<HtmlRow> rows;
  for (const scoring::NodeResult& category : result.categories) {
    for (const scoring::ClauseResult* clause : clauses_in_order(category)) {
      std::string evidence;
      for (const std::string& item : clause->evidence) {
        evidence += (evidence.empty() ? "" : "<br>") + html_escape(item);
      }
      rows.push_back({{html_escape(clause->clause ? clause->clause->id : ""),
                       html_escape(clause->clause ? clause->clause->text : ""), clause->score.to_fixed(digits),
                       clause->max.to_fixed(digits),
                       html_escape(why_text(clause->why, lang) +
                                   (clause->counted == false ? not_counted_mark(lang) : "")),
                       evidence},
                      ""});
    }
  }
  return html_table({{l.id}, {l.criterion}, {l.earned, Align::right}, {l.max, Align::right}, {l.why}, {l.evidence}},
                    rows, "clauses");
}

std::string warnings(const scoring::Result& result, Lang lang, int level) {
  if (result.warnings.empty()) {
    return "";
  }
  std::string out = heading(level, labels(lang).warnings) + "<ul class=\"warnings\">";
  for (const assessment::Warning& warning : result.warnings) {
    out += "<li>" +
           html_escape(note_line(warning.code(), warning_text(warning, result.rubric.get(), lang), lang)) + "</li>";
  }
  return out + "</ul>\n";
}

std::string gap(const scoring::Result& result, Lang lang, int level) {
  const Labels& l = labels(lang);
  const scoring::Gap& g = result.gap;
  int digits = digits_of(result);
  if (g.needed <= Decimal() && g.blocking.empty()) {
    return "";
  }
  std::string out = heading(level, l.gap);
  if (g.needed > Decimal()) {
    out += fmt::format(lang == Lang::zh ? "<p>{}{}<b>{}</b>（{}）</p>\n" : "<p>{}{}<b>{}</b> ({})</p>\n",
                       html_escape(l.needed), colon(lang), g.needed.to_fixed(digits),
                       html_escape(g.reachable ? l.reachable : l.unreachable));
  }
  if (!g.blocking.empty()) {
    std::string codes;
    for (const std::string& code : g.blocking) {
      codes += (codes.empty() ? "" : lang == Lang::zh ? "；" : "; ") + reason_name(code, lang);
    }
    out += "<p>" + html_escape(std::string(l.blocking) + colon(lang) + codes) + "</p>\n";
  }
  if (!g.plan.empty()) {
    out += "<ol class=\"plan\">";
    for (const scoring::GapPick& pick : g.plan) {
      const rubric::Clause* clause = result.rubric ? result.rubric->find_clause(pick.id) : nullptr;
      std::string what = pick.id + (clause ? " " + clause->text : "");
      out += fmt::format("<li>{}{}{} / {}{}{} +{}</li>", html_escape(what), colon(lang), pick.score.to_fixed(digits),
                         pick.max.to_fixed(digits), lang == Lang::zh ? "，" : ", ", html_escape(l.recoverable),
                         pick.recoverable.to_fixed(digits));
    }
    out += "</ol>\n";
  }
  return out;
}

std::string result_body(const scoring::Result& result, Lang lang, int level) {
  const Labels& l = labels(lang);
  std::string out = headline(result, lang) + facts(result, lang) + category_chart(result, lang);
  out += heading(level, l.categories) + category_table(result, lang);
  out += heading(level, l.clauses) + clause_table(result, lang);
  out += warnings(result, lang, level);
  out += gap(result, lang, level);
  return out;
}

std::string error_body(const scoring::ErrorResult& error, Lang lang) {
  const Labels& l = labels(lang);
  std::string out = "<div class=\"headline\">" + verdict_badge("error", l.error) + "</div>\n<ul class=\"reasons\">";
  for (const diag::Diagnostic& d : error.errors) {
    if (d.severity != diag::Severity::error) {
      continue;
    }
    std::string where = d.line > 0 ? fmt::format("{}:{}: ", d.line, d.column) : "";
    std::string code = d.code.empty() ? "" : " (" + d.code + ")";
    out += "<li>" + html_escape(where + d.message + code) + "</li>";
  }
  out += "</ul>\n";
  return out + html_facts({{l.source, html_escape(error.source)}});
}

}  // namespace

bool html_section_wanted(const scoring::Outcome& outcome, HtmlUnits units) {
  switch (units) {
    case HtmlUnits::automatic:
    case HtmlUnits::all:
      return true;
    case HtmlUnits::ineligible: {
      const auto* result = std::get_if<scoring::Result>(&outcome);
      return result == nullptr || result->verdict == scoring::Verdict::ineligible;
    }
    case HtmlUnits::none:
      return false;
  }
  return false;
}

std::string html_unit_body(const scoring::Outcome& outcome, Lang lang, int level) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return result_body(*result, lang, level);
  }
  return error_body(std::get<scoring::ErrorResult>(outcome), lang);
}

}  // namespace cepin::report
