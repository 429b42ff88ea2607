// What the reports for people (text, Markdown, HTML) of `compare` and `trend`
// say, as rows and lines of cells made inert for one medium: built once
// here from the computed comparison or trend, so that each renderer only
// lays them out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "compare/compare.hpp"
#include "report/change_labels.hpp"
#include "report/labels.hpp"
#include "report/text_table.hpp"
#include "trend/trend.hpp"

namespace cepin::report {

// Where the cells go: a terminal, Markdown or HTML; input text is made
// inert for that medium (terminal escapes, Markdown escapes, HTML entities).
enum class Medium { text, markdown, html };

// `text` from an input file, made inert for `medium`.
std::string inert(Medium medium, const std::string& text);

// A decimal at `digits`, "—" for none.
std::string fixed(const std::optional<util::Decimal>& value, int digits);

// The same with a "+" before a positive value.
std::string signed_fixed(const std::optional<util::Decimal>& value, int digits);

// A side's score, none when the side is absent or an error.
std::optional<util::Decimal> score_of(const results::ResultSummary* side);

// Whether the comparison's units come from more than one rubric.
bool several_rubrics(const compare::CompareReport& report);

// "鄂尔多斯市 (150600)", with the rubric when `with_rubric`; an error without
// a unit is named by its first source.
std::string unit_title(Medium medium, const compare::UnitComparison& u, bool with_rubric);

// Everything one changed unit's section says beyond its status.
struct Detail {
  std::vector<std::vector<std::string>> rows;  // clause or adjustment, base, new, delta
  std::vector<std::string> notes;              // vetoes, prerequisites, reasons, warnings, errors
};

// The detail of one unit.
Detail detail_of(Medium medium, Lang lang, const compare::UnitComparison& u);

// The units with something to show beyond the table, largest |delta| first.
std::vector<const compare::UnitComparison*> changed_units(const compare::CompareReport& report);

// The table of every unit, largest |delta| first: unit, base, new, delta,
// flip, status.
std::vector<std::vector<std::string>> unit_rows(Medium medium, Lang lang, const compare::CompareReport& report);

// The counts in the order reports show them, with their words.
std::vector<std::pair<const char*, std::size_t>> count_list(Lang lang, const compare::CompareCounts& c);

// "第三方评估：保山市……评估组；examples/…": the side's name, its detail, then
// its sources.
std::string side_line(Medium medium, Lang lang, const SideName& name, const compare::SideLabel& side);

// The heading row of a rubric's units × periods table: unit, each period,
// rollup, change, declines, ineligible periods, rank, rank change, trend.
std::vector<std::string> trend_header(Lang lang, const trend::TrendReport& report, const trend::RubricPeriods& rubric);

// The alignment of that table's columns for `periods` periods.
std::vector<Align> trend_aligns(std::size_t periods);

// One unit's row of that table (an ineligible score marked `*`, a missing
// period "—").
std::vector<std::string> trend_row(Medium medium, const trend::UnitTrend& u, const trend::RubricPeriods& rubric);

// "新城区 (150102)", "(150102)" without a name.
std::string trend_unit_name(Medium medium, const trend::UnitTrend& u);

// "Title (id)", or "(id)" without a title.
std::string trend_rubric_title(Medium medium, const trend::RubricPeriods& rubric);

// One line per error entry: "message [code]".
std::vector<std::string> trend_error_lines(Medium medium, const trend::TrendReport& report);

// The notes below the tables: the ineligible mark, periods taken from dates,
// rubric version changes.
std::vector<std::string> trend_notes(Medium medium, Lang lang, const trend::TrendReport& report);

// "10 个单位，12 个考评周期，汇总值：平均".
std::string trend_intro(Lang lang, const trend::TrendReport& report);

}  // namespace cepin::report
