// compare's reports for people: text for terminals and Markdown, built from
// the same rows, escaped for each.
#include <fmt/format.h>

#include "report/change_labels.hpp"
#include "report/change_rows.hpp"
#include "report/compare_report.hpp"
#include "report/markdown_blocks.hpp"
#include "report/markdown_escape.hpp"
#include "report/markdown_table.hpp"
#include "report/text_table.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

using compare::UnitComparison;


std::string compare_text(const compare::CompareReport& report, Lang lang) {
  const ChangeLabels& l = change_labels(lang);
  const char* sep = colon(lang);
  SideName base_name = side_name(lang, report.base, report.next, true);
  SideName next_name = side_name(lang, report.next, report.base, false);
  std::string base = util::escape_for_terminal(base_name.name);
  std::string next = util::escape_for_terminal(next_name.name);
  std::string out = fmt::format("{}{}{} → {}\n", l.compare_report, sep, base, next);
  out += fmt::format("  {}\n", side_line(Medium::text, lang, base_name, report.base));
  out += fmt::format("  {}\n", side_line(Medium::text, lang, next_name, report.next));
  out += fmt::format("  {}{}{}\n\n", l.tolerance, sep, report.tolerance.to_string());
  std::vector<std::string> counts;
  for (const auto& [label, n] : count_list(lang, report.counts)) {
    counts.push_back(fmt::format("{} {}", label, n));
  }
  out += fmt::format("{}{}{}\n\n", l.counts, sep, fmt::join(counts, lang == Lang::zh ? "，" : ", "));
  if (report.units.empty()) {
    return out;
  }
  TextTable table({Align::left, Align::right, Align::right, Align::right, Align::left, Align::left});
  table.add_row({lang == Lang::zh ? "单位" : "Unit", base, next, l.delta, l.flip, l.status});
  for (auto& row : unit_rows(Medium::text, lang, report)) {
    table.add_row(std::move(row));
  }
  out += fmt::format("{}\n{}", l.units, table.render("  "));
  bool with_rubric = several_rubrics(report);
  std::vector<const UnitComparison*> changed = changed_units(report);
  if (!changed.empty()) {
    out += fmt::format("\n{}\n", l.changes);
  }
  for (const UnitComparison* unit : changed) {
    const UnitComparison& u = *unit;
    out += fmt::format("  {}{}{}", unit_title(Medium::text, u, with_rubric), sep, status_label(lang, u.status));
    out += u.delta ? fmt::format(" {}\n", signed_fixed(u.delta, u.precision_digits)) : "\n";
    Detail d = detail_of(Medium::text, lang, u);
    if (!d.rows.empty()) {
      TextTable clauses({Align::left, Align::right, Align::right, Align::right});
      clauses.add_row({l.clause, base, next, l.delta});
      for (auto& row : d.rows) {
        clauses.add_row(std::move(row));
      }
      out += clauses.render("    ");
    }
    for (const std::string& note : d.notes) {
      out += "    " + note + "\n";
    }
  }
  return out;
}

std::string compare_markdown(const compare::CompareReport& report, Lang lang) {
  const ChangeLabels& l = change_labels(lang);
  const char* sep = colon(lang);
  SideName base_name = side_name(lang, report.base, report.next, true);
  SideName next_name = side_name(lang, report.next, report.base, false);
  std::string base = escape_markdown(base_name.name);
  std::string next = escape_markdown(next_name.name);
  MarkdownBlocks doc;
  doc.add(markdown_heading(1, fmt::format("{}{}{} → {}", l.compare_report, sep, base, next)));
  doc.add(fmt::format("- {}\n- {}\n- {}{}{}", side_line(Medium::markdown, lang, base_name, report.base),
                      side_line(Medium::markdown, lang, next_name, report.next), l.tolerance, sep,
                      report.tolerance.to_string()));
  doc.add(markdown_heading(2, l.counts));
  std::vector<std::string> header;
  std::vector<std::string> values;
  std::vector<Align> aligns;
  for (const auto& [label, n] : count_list(lang, report.counts)) {
    header.emplace_back(label);
    values.push_back(std::to_string(n));
    aligns.push_back(Align::right);
  }
  doc.add(markdown_table(header, {values}, aligns));
  if (!report.units.empty()) {
    doc.add(markdown_heading(2, l.units));
    doc.add(markdown_table({lang == Lang::zh ? "单位" : "Unit", base, next, l.delta, l.flip, l.status},
                           unit_rows(Medium::markdown, lang, report),
                           {Align::left, Align::right, Align::right, Align::right, Align::left, Align::left}));
  }
  bool with_rubric = several_rubrics(report);
  std::vector<const UnitComparison*> changed = changed_units(report);
  if (!changed.empty()) {
    doc.add(markdown_heading(2, l.changes));
  }
  for (const UnitComparison* unit : changed) {
    const UnitComparison& u = *unit;
    doc.add(markdown_heading(3, unit_title(Medium::markdown, u, with_rubric)));
    std::string status = status_label(lang, u.status);
    if (u.delta) {
      status += " " + signed_fixed(u.delta, u.precision_digits);
    }
    doc.add(fmt::format("{}{}{}", l.status, sep, status));
    Detail d = detail_of(Medium::markdown, lang, u);
    if (!d.rows.empty()) {
      doc.add(markdown_table({l.clause, base, next, l.delta}, d.rows,
                             {Align::left, Align::right, Align::right, Align::right}));
    }
    if (!d.notes.empty()) {
      std::string list;
      for (const std::string& note : d.notes) {
        list += (list.empty() ? "- " : "\n- ") + note;
      }
      doc.add(list);
    }
  }
  return doc.join();
}

}  // namespace cepin::report
