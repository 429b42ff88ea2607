// compare's reports for people: text for terminals and Markdown, built from
// the same rows, escaped for each.
#include <fmt/format.h>

#include "report/change_labels.hpp"
#include "report/compare_report.hpp"
#include "report/markdown_blocks.hpp"
#include "report/markdown_escape.hpp"
#include "report/markdown_table.hpp"
#include "report/text_table.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

using compare::UnitComparison;

// How untrusted text is made inert: for a terminal or for Markdown.
enum class Medium { text, markdown };

std::string inert(Medium medium, const std::string& text) {
  return medium == Medium::text ? util::escape_for_terminal(text) : escape_markdown(text);
}

std::string fixed(const std::optional<util::Decimal>& value, int digits) {
  return value ? value->to_fixed(digits) : "—";
}

std::string signed_fixed(const std::optional<util::Decimal>& value, int digits) {
  if (!value) {
    return "—";
  }
  std::string text = value->to_fixed(digits);
  return value->units() > 0 ? "+" + text : text;
}

std::optional<util::Decimal> score_of(const results::ResultSummary* side) {
  return side == nullptr || side->error ? std::nullopt : std::optional<util::Decimal>(side->score);
}

bool several_rubrics(const compare::CompareReport& report) {
  for (const UnitComparison& u : report.units) {
    if (!u.rubric_id.empty() && u.rubric_id != report.units.front().rubric_id) {
      return true;
    }
  }
  return false;
}

// "鄂尔多斯市 (150600)", with the rubric when the report has several; an
// error without a unit is named by its first source.
std::string unit_title(Medium medium, const UnitComparison& u, bool with_rubric) {
  if (u.unit_id.empty()) {
    std::string source = u.error_sources.empty() ? "?" : u.error_sources.front().source;
    if (!u.error_sources.empty() && u.error_sources.front().line > 0) {
      source += fmt::format(":{}", u.error_sources.front().line);
    }
    return "(" + inert(medium, source) + ")";
  }
  std::string id = inert(medium, u.unit_id);
  if (with_rubric && !u.rubric_id.empty()) {
    id += ", " + inert(medium, u.rubric_id);
  }
  return u.unit_name.empty() ? "(" + id + ")" : fmt::format("{} ({})", inert(medium, u.unit_name), id);
}

std::string flag_text(Lang lang, const std::optional<bool>& value, bool veto) {
  const ChangeLabels& l = change_labels(lang);
  if (!value) {
    return l.unanswered;
  }
  return veto ? (*value ? l.occurred : l.not_occurred) : (*value ? l.met : l.not_met);
}

// Everything one changed unit's section says, as lines of label and value.
struct Detail {
  std::vector<std::vector<std::string>> rows;  // id, base, new, delta
  std::vector<std::string> notes;              // vetoes, prerequisites, reasons, warnings, errors
};

Detail detail_of(Medium medium, Lang lang, const UnitComparison& u) {
  const ChangeLabels& l = change_labels(lang);
  const char* sep = colon(lang);
  Detail d;
  for (const compare::ScoreChange& c : u.clauses) {
    d.rows.push_back({inert(medium, c.id), fixed(c.base, u.precision_digits), fixed(c.next, u.precision_digits),
                      signed_fixed(c.delta, u.precision_digits)});
  }
  for (const compare::ScoreChange& c : u.adjustments) {
    d.rows.push_back({fmt::format("{} {}", l.adjustment, inert(medium, c.id)), fixed(c.base, u.precision_digits),
                      fixed(c.next, u.precision_digits), signed_fixed(c.delta, u.precision_digits)});
  }
  for (const compare::FlagChange& v : u.vetoes) {
    d.notes.push_back(fmt::format("{} {}{}{} → {}", l.veto, inert(medium, v.id), sep, flag_text(lang, v.base, true),
                                  flag_text(lang, v.next, true)));
  }
  for (const compare::FlagChange& p : u.prerequisites) {
    d.notes.push_back(fmt::format("{} {}{}{} → {}", l.prerequisite, inert(medium, p.id), sep,
                                  flag_text(lang, p.base, false), flag_text(lang, p.next, false)));
  }
  auto join = [&](const std::vector<std::string>& codes) {
    std::vector<std::string> shown;
    for (const std::string& code : codes) {
      shown.push_back(inert(medium, code));
    }
    return fmt::format("{}", fmt::join(shown, lang == Lang::zh ? "、" : ", "));
  };
  if (!u.reasons_added.empty()) {
    d.notes.push_back(fmt::format("{}{}{}", l.reasons_added, sep, join(u.reasons_added)));
  }
  if (!u.reasons_removed.empty()) {
    d.notes.push_back(fmt::format("{}{}{}", l.reasons_removed, sep, join(u.reasons_removed)));
  }
  for (const compare::CompareWarning& w : u.warnings) {
    const char* what = w.code == "rubric-changed" ? l.rubric_changed : l.version_changed;
    d.notes.push_back(fmt::format("{}{}{}（{} → {}）", l.warnings, sep, what, inert(medium, w.base_value),
                                  inert(medium, w.new_value)));
  }
  if (u.status == compare::Status::error) {
    d.notes.push_back(fmt::format("{}{}{} [{}]", l.errors, sep, inert(medium, u.error_message),
                                  inert(medium, u.error_code)));
  }
  return d;
}

bool has_detail(const UnitComparison& u) {
  return !u.clauses.empty() || !u.adjustments.empty() || !u.vetoes.empty() || !u.prerequisites.empty() ||
         !u.reasons_added.empty() || !u.reasons_removed.empty() || !u.warnings.empty() ||
         u.status == compare::Status::error;
}

// The units with something to show beyond the table, largest |delta| first.
std::vector<const UnitComparison*> changed_units(const compare::CompareReport& report) {
  std::vector<const UnitComparison*> out;
  for (std::size_t i : report.by_delta()) {
    if (has_detail(report.units[i])) {
      out.push_back(&report.units[i]);
    }
  }
  return out;
}

// The table of every unit, largest |delta| first.
std::vector<std::vector<std::string>> unit_rows(Medium medium, Lang lang, const compare::CompareReport& report) {
  bool with_rubric = several_rubrics(report);
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i : report.by_delta()) {
    const UnitComparison& u = report.units[i];
    rows.push_back({unit_title(medium, u, with_rubric), fixed(score_of(u.base), u.precision_digits),
                    fixed(score_of(u.next), u.precision_digits), signed_fixed(u.delta, u.precision_digits),
                    flip_label(lang, u.flip), status_label(lang, u.status)});
  }
  return rows;
}

std::vector<std::pair<const char*, std::size_t>> count_list(Lang lang, const compare::CompareCounts& c) {
  const ChangeLabels& l = change_labels(lang);
  return {{l.matched, c.matched}, {l.improved, c.improved}, {l.regressed, c.regressed},
          {l.unchanged, c.unchanged}, {l.added, c.added},   {l.removed, c.removed},
          {l.gained, c.gained},       {l.lost, c.lost},     {l.errors, c.errors}};
}

// "保山市……评估组, examples/…" : the side's detail, then its sources.
std::string side_line(Medium medium, Lang lang, const SideName& name, const compare::SideLabel& side) {
  std::vector<std::string> shown;
  if (!name.detail.empty()) {
    shown.push_back(inert(medium, name.detail));
  }
  for (const std::string& source : side.sources) {
    shown.push_back(inert(medium, source));
  }
  return fmt::format("{}{}{}", inert(medium, name.name), colon(lang), fmt::join(shown, lang == Lang::zh ? "；" : "; "));
}

}  // namespace

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
