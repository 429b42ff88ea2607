// The trend reports for what the shipped examples never hold: a rubric
// version change inside a series, error entries without a rubric or unit,
// units without names, a byte-order mark, more units than the page draws.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "report/change_rows.hpp"
#include "report/compare_report.hpp"
#include "report/trend_report.hpp"
#include "test_results_support.hpp"
#include "test_text_support.hpp"
#include "trend/trend.hpp"

using namespace cepin;
using namespace cepin::report;
using test::summary;
using test_text::contains;
using test_text::count;

namespace {

// Unit "a" over 2025-01..2025-02 with the rubric's version changing to 2;
// an unnamed unit "b"; an error read from line 0 of a file, with neither
// rubric nor unit.
std::vector<results::ResultSummary> results_with_change() {
  std::vector<results::ResultSummary> out = {summary("r", "a", "80", "2025-01"), summary("r", "a", "85", "2025-02"),
                                             summary("r", "b", "70", "2025-02")};
  out[1].rubric.version = "2";
  out[2].unit->name.clear();
  results::ResultSummary error;
  error.error = true;
  error.error_message = "";
  error.file = "bad.yaml";
  out.push_back(error);
  return out;
}

std::string rendered(Format format, const trend::TrendReport& report, Lang lang, Bom bom = Bom::no) {
  std::string out;
  ChangeOptions options;
  options.lang = lang;
  options.bom = bom;
  render_trend(format, report, options, [&](std::string_view part) { out += part; });
  return out;
}

}  // namespace

TEST_SUITE("trend reports") {
  TEST_CASE("JSON: the version warning, an unnamed unit, an error without rubric, unit or line") {
    std::vector<results::ResultSummary> results = results_with_change();
    trend::TrendReport report = trend::trend(results, trend::Rollup::mean);
    std::string json = trend_json(report);
    CHECK(contains(json, R"("warnings":[{"code":"rubric-version-changed","message":"the rubric's version changed )"
                         R"(from 1 to 2 in 2025-02"}])"));
    CHECK(contains(json, R"("unit":{"id":"b","name":null})"));
    CHECK(contains(json, R"("errors":[{"code":"bad-result","message":"","rubric":null,"unit":null,)"
                         R"("sources":[{"source":"bad.yaml"}]}])"));
  }

  TEST_CASE("notes and error lines: the version change per unit, the code for an empty message") {
    std::vector<results::ResultSummary> results = results_with_change();
    trend::TrendReport report = trend::trend(results, trend::Rollup::mean);
    CHECK(trend_notes(Medium::text, Lang::en, report) ==
          std::vector<std::string>{"a score marked * is ineligible", "Warnings: a rubric version changed (2025-02)"});
    CHECK(trend_notes(Medium::text, Lang::zh, report)[1] == "警告：a 指标体系版本变化 (2025-02)");
    CHECK(trend_error_lines(Medium::html, report) == std::vector<std::string>{"bad-result [bad-result]"});
    CHECK(trend_unit_name(Medium::text, report.units[1]) == "(b)");
  }

  TEST_CASE("CSV with a byte-order mark") {
    std::vector<results::ResultSummary> results = results_with_change();
    trend::TrendReport report = trend::trend(results, trend::Rollup::mean);
    CHECK(rendered(Format::csv, report, Lang::en, Bom::yes) ==
          "\xEF\xBB\xBF"
          "rubric,unit_id,unit_name,2025-01,2025-02,rollup,change,declines,ineligible_periods,last_rank\n"
          "r,a,Na,80.00,85.00,82.50,5.00,0,0,1\n"
          "r,b,,,70.00,70.00,0.00,0,0,2\n");
  }

  TEST_CASE("HTML: the errors section, the notes, and at most 60 small charts with a note") {
    std::vector<results::ResultSummary> results = results_with_change();
    for (int i = 0; i < 60; ++i) {
      results.push_back(summary("r", "u" + std::to_string(100 + i), "60", "2025-01"));
    }
    trend::TrendReport report = trend::trend(results, trend::Rollup::mean);
    REQUIRE(report.units.size() == 62);
    std::string en = rendered(Format::html, report, Lang::en);
    CHECK(contains(en, "<h2>Errors</h2>\n<ul class=\"reasons\"><li>bad-result [bad-result]</li></ul>"));
    CHECK(contains(en, "<p class=\"note\">The chart shows the first 60 units (of 62); the table lists all.</p>"));
    CHECK(contains(en, "<li>Warnings: a rubric version changed (2025-02)</li>"));
    std::string zh = rendered(Format::html, report, Lang::zh);
    CHECK(contains(zh, "<h2>错误</h2>"));
    CHECK(contains(zh, "<p class=\"note\">图中只画前 60 个单位（共 62 个），表中列出全部单位。</p>"));
  }
}
