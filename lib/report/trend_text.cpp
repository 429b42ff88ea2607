// trend's reports for people: text for terminals and Markdown, a table of
// units × periods per rubric with a sparkline per unit.
#include <fmt/format.h>

#include "report/change_labels.hpp"
#include "report/change_rows.hpp"
#include "report/markdown_blocks.hpp"
#include "report/markdown_escape.hpp"
#include "report/markdown_table.hpp"
#include "report/text_table.hpp"
#include "report/trend_report.hpp"
#include "util/utf8.hpp"

namespace cepin::report {


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
  std::string out = fmt::format("{}{}{}\n", l.trend_report, colon(lang), trend_intro(lang, report));
  for (const trend::RubricPeriods& rubric : report.rubrics) {
    TextTable table(trend_aligns(rubric.periods.size()));
    table.add_row(trend_header(lang, report, rubric));
    bool any = false;
    for (const trend::UnitTrend& u : report.units) {
      if (u.rubric_id == rubric.rubric_id) {
        table.add_row(trend_row(Medium::text, u, rubric));
        any = true;
      }
    }
    if (any) {
      out += fmt::format("\n{}\n{}", trend_rubric_title(Medium::text, rubric), table.render("  "));
    }
  }
  std::vector<std::string> errors = trend_error_lines(Medium::text, report);
  if (!errors.empty()) {
    out += fmt::format("\n{}\n", lang == Lang::zh ? "错误" : "Errors");
    for (const std::string& e : errors) {
      out += "  " + e + "\n";
    }
  }
  out += "\n";
  for (const std::string& note : trend_notes(Medium::text, lang, report)) {
    out += note + "\n";
  }
  return out;
}

std::string trend_markdown(const trend::TrendReport& report, Lang lang) {
  const ChangeLabels& l = change_labels(lang);
  MarkdownBlocks doc;
  doc.add(markdown_heading(1, l.trend_report));
  doc.add(trend_intro(lang, report));
  for (const trend::RubricPeriods& rubric : report.rubrics) {
    std::vector<std::vector<std::string>> rows;
    for (const trend::UnitTrend& u : report.units) {
      if (u.rubric_id == rubric.rubric_id) {
        rows.push_back(trend_row(Medium::markdown, u, rubric));
      }
    }
    if (rows.empty()) {
      continue;
    }
    doc.add(markdown_heading(2, trend_rubric_title(Medium::markdown, rubric)));
    doc.add(markdown_table(trend_header(lang, report, rubric), rows, trend_aligns(rubric.periods.size())));
  }
  std::vector<std::string> errors = trend_error_lines(Medium::markdown, report);
  if (!errors.empty()) {
    doc.add(markdown_heading(2, lang == Lang::zh ? "错误" : "Errors"));
    std::string list;
    for (const std::string& e : errors) {
      list += (list.empty() ? "- " : "\n- ") + e;
    }
    doc.add(list);
  }
  std::string list;
  for (const std::string& note : trend_notes(Medium::markdown, lang, report)) {
    list += (list.empty() ? "- " : "\n- ") + note;
  }
  doc.add(list);
  return doc.join();
}

}  // namespace cepin::report
