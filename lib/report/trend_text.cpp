// trend's reports for people: text for terminals and Markdown, a table of
// units × periods per rubric with a sparkline per unit.
#include <fmt/format.h>

#include "report/change_labels.hpp"
#include "report/markdown_blocks.hpp"
#include "report/markdown_escape.hpp"
#include "report/markdown_table.hpp"
#include "report/text_table.hpp"
#include "report/trend_report.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

enum class Medium { text, markdown };

std::string inert(Medium medium, const std::string& text) {
  return medium == Medium::text ? util::escape_for_terminal(text) : escape_markdown(text);
}

std::string signed_text(util::Decimal value, int digits) {
  std::string text = value.to_fixed(digits);
  return value.units() > 0 ? "+" + text : text;
}

std::string rank_change_text(const std::optional<long long>& change) {
  if (!change) {
    return "—";
  }
  return *change > 0 ? fmt::format("+{}", *change) : std::to_string(*change);
}

std::string unit_name(Medium medium, const trend::UnitTrend& u) {
  std::string id = inert(medium, u.unit_id);
  return u.unit_name.empty() ? "(" + id + ")" : fmt::format("{} ({})", inert(medium, u.unit_name), id);
}

std::vector<std::string> header(Lang lang, const trend::TrendReport& report, const trend::RubricPeriods& rubric) {
  const ChangeLabels& l = change_labels(lang);
  std::vector<std::string> out = {lang == Lang::zh ? "单位" : "Unit"};
  for (const util::Period& p : rubric.periods) {
    out.push_back(p.canonical());
  }
  out.push_back(fmt::format("{}（{}）", l.rollup, rollup_label(lang, report.rollup)));
  if (lang == Lang::en) {
    out.back() = fmt::format("{} ({})", l.rollup, rollup_label(lang, report.rollup));
  }
  for (const char* label : {l.change, l.declines, l.ineligible_periods, l.rank, l.rank_change, l.trend_line}) {
    out.emplace_back(label);
  }
  return out;
}

std::vector<Align> aligns(std::size_t periods) {
  std::vector<Align> out(periods + 8, Align::right);
  out.front() = Align::left;
  out.back() = Align::left;
  return out;
}

std::vector<std::string> row(Medium medium, const trend::UnitTrend& u, const trend::RubricPeriods& rubric) {
  std::vector<std::string> out = {unit_name(medium, u)};
  std::size_t next = 0;
  for (const util::Period& p : rubric.periods) {
    if (next < u.series.size() && u.series[next].period == p) {
      const results::ResultSummary& r = *u.series[next].result;
      std::string score = r.score.to_fixed(u.precision_digits);
      if (r.verdict == scoring::Verdict::ineligible) {
        score += medium == Medium::markdown ? "\\*" : "*";
      }
      out.push_back(std::move(score));
      ++next;
    } else {
      out.emplace_back("—");
    }
  }
  const trend::Point& last = u.series.back();
  out.push_back(u.rollup.to_fixed(u.precision_digits));
  out.push_back(signed_text(u.change, u.precision_digits));
  out.push_back(std::to_string(u.declines));
  out.push_back(std::to_string(u.ineligible_periods));
  out.push_back(std::to_string(last.rank));
  out.push_back(rank_change_text(last.rank_change));
  std::string line = sparkline(u, rubric.periods);
  if (medium == Medium::markdown) {
    // A figure space (U+2007) for a missing period: Markdown keeps it where
    // it would trim or collapse a plain one.
    std::string kept;
    for (char c : line) {
      kept += c == ' ' ? std::string("\xE2\x80\x87") : std::string(1, c);
    }
    line = kept;
  }
  out.push_back(std::move(line));
  return out;
}

std::string rubric_title(Medium medium, const trend::RubricPeriods& rubric) {
  std::string id = inert(medium, rubric.rubric_id);
  return rubric.title.empty() ? "(" + id + ")" : fmt::format("{} ({})", inert(medium, rubric.title), id);
}

std::vector<std::string> error_lines(Medium medium, const trend::TrendReport& report) {
  std::vector<std::string> out;
  for (const trend::TrendError& e : report.errors) {
    out.push_back(fmt::format("{} [{}]", inert(medium, e.message.empty() ? e.code : e.message), inert(medium, e.code)));
  }
  return out;
}

std::vector<std::string> notes(Medium medium, Lang lang, const trend::TrendReport& report) {
  const ChangeLabels& l = change_labels(lang);
  std::vector<std::string> out;
  out.push_back(inert(medium, l.ineligible_mark));
  if (report.periods_from_dates > 0) {
    out.push_back(fmt::format("{} {}", report.periods_from_dates, inert(medium, l.from_dates)));
  }
  for (const trend::UnitTrend& u : report.units) {
    for (const trend::TrendWarning& w : u.warnings) {
      out.push_back(fmt::format("{}{}{} {} ({})", l.warnings, colon(lang), inert(medium, u.unit_id),
                                l.version_changed, w.period.canonical()));
    }
  }
  return out;
}

std::string intro(Lang lang, const trend::TrendReport& report) {
  const ChangeLabels& l = change_labels(lang);
  std::size_t units = report.units.size();
  if (lang == Lang::zh) {
    return fmt::format("{} 个单位，{} 个考评周期，{}：{}", units, report.periods.size(), l.rollup,
                       rollup_label(lang, report.rollup));
  }
  return fmt::format("{} unit(s), {} period(s), rollup: {}", units, report.periods.size(),
                     rollup_label(lang, report.rollup));
}

}  // namespace

std::string sparkline(const trend::UnitTrend& unit, const std::vector<util::Period>& periods) {
  std::string out;
  std::size_t next = 0;
  for (const util::Period& p : periods) {
    if (next < unit.series.size() && unit.series[next].period == p) {
      out += trend::spark_glyph(unit.series[next].result->score, unit.total);
      ++next;
    } else {
      out += ' ';
    }
  }
  return out;
}

std::string trend_text(const trend::TrendReport& report, Lang lang) {
  const ChangeLabels& l = change_labels(lang);
  std::string out = fmt::format("{}{}{}\n", l.trend_report, colon(lang), intro(lang, report));
  for (const trend::RubricPeriods& rubric : report.rubrics) {
    TextTable table(aligns(rubric.periods.size()));
    table.add_row(header(lang, report, rubric));
    bool any = false;
    for (const trend::UnitTrend& u : report.units) {
      if (u.rubric_id == rubric.rubric_id) {
        table.add_row(row(Medium::text, u, rubric));
        any = true;
      }
    }
    if (any) {
      out += fmt::format("\n{}\n{}", rubric_title(Medium::text, rubric), table.render("  "));
    }
  }
  std::vector<std::string> errors = error_lines(Medium::text, report);
  if (!errors.empty()) {
    out += fmt::format("\n{}\n", lang == Lang::zh ? "错误" : "Errors");
    for (const std::string& e : errors) {
      out += "  " + e + "\n";
    }
  }
  out += "\n";
  for (const std::string& note : notes(Medium::text, lang, report)) {
    out += note + "\n";
  }
  return out;
}

std::string trend_markdown(const trend::TrendReport& report, Lang lang) {
  const ChangeLabels& l = change_labels(lang);
  MarkdownBlocks doc;
  doc.add(markdown_heading(1, l.trend_report));
  doc.add(intro(lang, report));
  for (const trend::RubricPeriods& rubric : report.rubrics) {
    std::vector<std::vector<std::string>> rows;
    for (const trend::UnitTrend& u : report.units) {
      if (u.rubric_id == rubric.rubric_id) {
        rows.push_back(row(Medium::markdown, u, rubric));
      }
    }
    if (rows.empty()) {
      continue;
    }
    doc.add(markdown_heading(2, rubric_title(Medium::markdown, rubric)));
    doc.add(markdown_table(header(lang, report, rubric), rows, aligns(rubric.periods.size())));
  }
  std::vector<std::string> errors = error_lines(Medium::markdown, report);
  if (!errors.empty()) {
    doc.add(markdown_heading(2, lang == Lang::zh ? "错误" : "Errors"));
    std::string list;
    for (const std::string& e : errors) {
      list += (list.empty() ? "- " : "\n- ") + e;
    }
    doc.add(list);
  }
  std::string list;
  for (const std::string& note : notes(Medium::markdown, lang, report)) {
    list += (list.empty() ? "- " : "\n- ") + note;
  }
  doc.add(list);
  return doc.join();
}

}  // namespace cepin::report
