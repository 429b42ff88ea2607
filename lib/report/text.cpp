#include "report/text.hpp"

#include "report/messages.hpp"

#include <fmt/format.h>

#include "report/clause_order.hpp"
#include "report/text_table.hpp"
#include "report/why.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

constexpr const char* k_bold = "\x1b[1m";
constexpr const char* k_red = "\x1b[31m";
constexpr const char* k_green = "\x1b[32m";
constexpr const char* k_yellow = "\x1b[33m";
constexpr const char* k_reset = "\x1b[0m";

std::string esc(const std::string& text) {
  return util::escape_for_terminal(text);
}

std::string paint(const TextOptions& options, const char* code, const std::string& text) {
  if (options.color == Color::off) {
    return text;
  }
  return code + text + k_reset;
}

// "鄂尔多斯市 (150600)", or whichever part is known.
std::string unit_line(const assessment::Unit& unit) {
  if (unit.name.empty()) {
    return esc(unit.id);
  }
  if (unit.id.empty()) {
    return esc(unit.name);
  }
  return esc(unit.name) + " (" + esc(unit.id) + ")";
}

// "label：value\n", without trailing spaces when the value is empty.
std::string field(const TextOptions& options, const char* label, const std::string& value) {
  std::string line = std::string(label) + colon(options.lang) + value;
  return std::string(util::trim_spaces(line)) + "\n";
}

void add_node_rows(TextTable& table, const scoring::NodeResult& node, int digits,
                   const std::string& indent) {
  table.add_row({indent + esc(node.node ? node.node->id : ""),
                 esc(node.node ? node.node->title : ""), node.score.to_fixed(digits),
                 node.max.to_fixed(digits)});
}

std::string explain_section(const scoring::Result& result, const TextOptions& options, int digits) {
  const Labels& l = labels(options.lang);
  TextTable table({Align::left, Align::right, Align::right, Align::left, Align::left});
  table.add_row({l.id, l.earned, l.max, l.status, l.why});
  for (const scoring::NodeResult& category : result.categories) {
    for (const scoring::ClauseResult* clause : clauses_in_order(category)) {
      table.add_row({esc(clause->clause ? clause->clause->id : ""), clause->score.to_fixed(digits),
                     clause->max.to_fixed(digits), status_label(options.lang, clause->status),
                     esc(why_text(clause->why, options.lang))});
    }
  }
  return "\n" + paint(options, k_bold, l.clauses) + "\n" + table.render("  ");
}

std::string gap_section(const scoring::Result& result, const TextOptions& options, int digits) {
  const Labels& l = labels(options.lang);
  const scoring::Gap& gap = result.gap;
  std::string out = "\n" + paint(options, k_bold, l.gap) + "\n";
  if (gap.needed > util::Decimal()) {
    out += fmt::format("  {}{}{} — {}\n", l.needed, colon(options.lang),
                       gap.needed.to_fixed(digits), gap.reachable ? l.reachable : l.unreachable);
  }
  if (!gap.blocking.empty()) {
    std::string codes;
    for (const std::string& code : gap.blocking) {
      codes += (codes.empty() ? "" : ", ") + esc(reason_name(code, options.lang));
    }
    out += fmt::format("  {}{}{}\n", l.blocking, colon(options.lang), codes);
  }
  if (!gap.plan.empty()) {
    TextTable table({Align::right, Align::left, Align::right, Align::right, Align::right});
    table.add_row({"#", l.id, l.earned, l.max, l.recoverable});
    int n = 0;
    for (const scoring::GapPick& pick : gap.plan) {
      table.add_row({std::to_string(++n), esc(pick.id), pick.score.to_fixed(digits),
                     pick.max.to_fixed(digits), "+" + pick.recoverable.to_fixed(digits)});
    }
    out += table.render("  ");
  }
  return out;
}

}  // namespace

std::string text_result(const scoring::Result& result, const TextOptions& options) {
  const Labels& l = labels(options.lang);
  int digits = result.rubric ? result.rubric->precision_digits : 2;
  std::string out = paint(options, k_bold, unit_line(result.unit)) + "\n";
  if (result.rubric) {
    out +=
        field(options, l.rubric, esc(result.rubric->title) + " (" + esc(result.rubric->id) + ")");
  }
  if (!result.unit.kind.empty()) {
    out += field(options, l.unit_kind, esc(unit_kind_text(options.lang, result.unit.kind)));
  }
  out += field(options, l.source, esc(result.source));
  if (result.period) {
    out += field(options, l.period, result.period->canonical());
  }
  out += field(
      options, l.score,
      paint(options, k_bold, result.score.to_fixed(digits) + " / " + result.max.to_fixed(digits)));
  out += fmt::format("{}{}{}  {}{}{}  {}{}{}\n", l.base, colon(options.lang),
                     result.base.to_fixed(digits), l.bonus, colon(options.lang),
                     result.bonus.to_fixed(digits), l.penalty, colon(options.lang),
                     result.penalty.to_fixed(digits));
  bool eligible = result.verdict == scoring::Verdict::eligible;
  out += field(
      options, l.verdict,
      paint(options, eligible ? k_green : k_red, verdict_label(options.lang, result.verdict)));
  if (!result.reasons.empty()) {
    out += field(options, l.reasons, "");
    for (const scoring::Reason& reason : result.reasons) {
      out += "  - " + esc(note_line(reason.code(), reason_text(reason, result.rubric.get(), options.lang), options.lang)) + "\n";
    }
  }
  out += field(options, l.grade, result.grade ? esc(*result.grade) : std::string(l.none));

  TextTable table({Align::left, Align::left, Align::right, Align::right});
  table.add_row({l.id, l.title, l.earned, l.max});
  for (const scoring::NodeResult& category : result.categories) {
    add_node_rows(table, category, digits, "");
    for (const scoring::NodeResult& item : category.items) {
      add_node_rows(table, item, digits, "  ");
    }
  }
  out += "\n" + paint(options, k_bold, l.categories) + "\n" + table.render("  ");

  if (options.explain == Explain::yes) {
    out += explain_section(result, options, digits);
  }
  if (!result.warnings.empty()) {
    out += "\n" +
           paint(options, k_yellow, fmt::format("{} ({})", l.warnings, result.warnings.size())) +
           "\n";
    for (const assessment::Warning& warning : result.warnings) {
      out += "  - " + esc(note_line(warning.code(), warning_text(warning, result.rubric.get(), options.lang), options.lang)) + "\n";
    }
  }
  if (result.gap.needed > util::Decimal() || !result.gap.blocking.empty()) {
    out += gap_section(result, options, digits);
  }
  return out;
}

std::string text_error(const scoring::ErrorResult& error, const TextOptions& options) {
  const Labels& l = labels(options.lang);
  std::string out;
  if (error.unit) {
    out += paint(options, k_bold, unit_line(*error.unit)) + "\n";
    out += field(options, l.source, esc(error.source));
  } else {
    out += paint(options, k_bold, esc(error.source)) + "\n";
  }
  auto line_of = [](const diag::Diagnostic& d) {
    std::string where = d.line > 0 ? fmt::format("{}:{}: ", d.line, d.column) : "";
    return where + esc(d.message) + (d.code.empty() ? "" : " [" + esc(d.code) + "]");
  };
  out += field(options, l.verdict, paint(options, k_red, l.error));
  std::size_t errors = 0;
  for (const diag::Diagnostic& d : error.errors) {
    errors += d.severity == diag::Severity::error;
  }
  if (errors <= 1) {
    out += field(options, l.error, line_of(error.first_error()));
    return out;
  }
  out += field(options, l.error, "");
  for (const diag::Diagnostic& d : error.errors) {
    if (d.severity == diag::Severity::error) {
      out += "  - " + line_of(d) + "\n";
    }
  }
  return out;
}

std::string text_outcome(const scoring::Outcome& outcome, const TextOptions& options) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return text_result(*result, options);
  }
  return text_error(std::get<scoring::ErrorResult>(outcome), options);
}


}  // namespace cepin::report
