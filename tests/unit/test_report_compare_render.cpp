// The compare reports for the entries the shipped examples never hold: veto
// and prerequisite changes, rubric version warnings, error sides, charts
// with more units than they draw.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compare/compare.hpp"
#include "report/change_rows.hpp"
#include "report/compare_report.hpp"
#include "test_results_support.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test::dec;
using test::summary;
using test_text::contains;
using test_text::count;

namespace {

// The summaries must outlive the report (it points into them).
compare::CompareReport run(const std::vector<results::ResultSummary>& base,
                           const std::vector<results::ResultSummary>& next) {
  compare::CompareOptions options;
  options.tolerance = dec("0");
  return compare::compare(base, next, options);
}

// Unit "a" under version 1: veto not occurred, prerequisite met, reason "low".
results::ResultSummary base_a() {
  results::ResultSummary r = summary("r", "a", "90");
  r.adjustments = {{"incident", rubric::AdjustmentKind::veto, dec("0"), false}};
  r.prerequisites = {{"title", true}};
  r.reasons = {"below-threshold"};
  return r;
}

// Unit "a" under version 2: the veto occurred, the prerequisite unanswered.
results::ResultSummary next_a() {
  results::ResultSummary r = summary("r", "a", "80");
  r.rubric.version = "2";
  r.adjustments = {{"incident", rubric::AdjustmentKind::veto, dec("0"), true}};
  r.prerequisites = {{"title", std::nullopt}};
  r.reasons = {"veto"};
  return r;
}

// An error result for unit `unit`, read from line `line` of a saved file.
results::ResultSummary error_of(const std::string& unit, int line) {
  results::ResultSummary r = summary("r", unit, "0");
  r.error = true;
  r.error_code = "yaml-syntax";
  r.error_message = "bad <yaml>";
  r.file = "saved.jsonl";
  r.file_line = line;
  r.source = unit + ".yaml";
  r.line = 3;
  return r;
}

// Lines joined, so that a failing check shows them.
std::string lines(const std::vector<std::string>& notes) {
  std::string out;
  for (const std::string& note : notes) {
    out += note + "\n";
  }
  return out;
}

std::string joined(Format format, const compare::CompareReport& report, Lang lang = Lang::en) {
  std::string out;
  ChangeOptions options;
  options.lang = lang;
  render_compare(format, report, options, [&](std::string_view part) { out += part; });
  return out;
}

}  // namespace

TEST_SUITE("compare reports") {
  TEST_CASE("veto and prerequisite changes, reasons and a version warning in the detail") {
    std::vector<results::ResultSummary> base{base_a()};
    std::vector<results::ResultSummary> next{next_a()};
    compare::CompareReport report = run(base, next);
    REQUIRE(report.units.size() == 1);
    const compare::UnitComparison& u = report.units[0];
    Detail en = detail_of(Medium::text, Lang::en, u);
    CHECK(lines(en.notes) ==
          "Veto incident: did not occur → occurred\n"
          "Prerequisite title: met → unanswered\n"
          "Reasons added: veto\n"
          "Reasons removed: below-threshold\n"
          "Warnings: rubric version changed（1 → 2）\n");
    Detail zh = detail_of(Medium::markdown, Lang::zh, u);
    CHECK(lines(zh.notes) ==
          "否决 incident：未发生 → 发生\n"
          "前置条件 title：满足 → 未作答\n"
          "新增原因：veto\n"
          "消除原因：below-threshold\n"
          "警告：指标体系版本变化（1 → 2）\n");
  }

  TEST_CASE("a rubric change is worded as such; an unmet prerequisite") {
    results::ResultSummary base = base_a();
    base.prerequisites = {{"title", false}};
    results::ResultSummary next = next_a();
    next.rubric.id = "s";
    next.prerequisites = {{"title", true}};
    compare::CompareOptions options;
    options.tolerance = dec("0");
    options.match = compare::Match::unit;
    std::vector<results::ResultSummary> base_side{base};
    std::vector<results::ResultSummary> new_side{next};
    compare::CompareReport report = compare::compare(base_side, new_side, options);
    REQUIRE(report.units.size() == 1);
    Detail d = detail_of(Medium::html, Lang::en, report.units[0]);
    REQUIRE(d.notes.size() == 5);
    CHECK(d.notes[1] == "Prerequisite title: not met → met");
    CHECK(d.notes[4] == "Warnings: rubric changed（r → s）");
  }

  TEST_CASE("JSON: an error side has no score, its warnings and error sources are listed") {
    std::vector<results::ResultSummary> base{base_a(), summary("r", "b", "70")};
    std::vector<results::ResultSummary> next{next_a(), error_of("b", 7)};
    compare::CompareReport report = run(base, next);
    std::string json = joined(Format::json, report);
    CHECK(contains(json, "\"warnings\":[{\"code\":\"rubric-version-changed\",\"message\":\"the rubric's version "
                         "changed from 1 to 2\"}]"));
    CHECK(contains(json, "\"new\":{\"source\":\"b.yaml\",\"line\":3,\"period\":null,\"score\":null,"
                         "\"verdict\":\"error\",\"grade\":null,\"reasons\":[]}"));
    CHECK(contains(json, "\"error\":{\"code\":\"yaml-syntax\",\"message\":\"bad <yaml>\","
                         "\"sources\":[{\"source\":\"saved.jsonl\",\"line\":7}]}"));
  }

  TEST_CASE("JUnit: an error entry is an <error> with its code; a regression lists its reasons") {
    std::vector<results::ResultSummary> base{base_a(), summary("r", "b", "70")};
    std::vector<results::ResultSummary> next{next_a(), error_of("b", 7)};
    compare::CompareReport report = run(base, next);
    std::string xml = joined(Format::junit, report);
    CHECK(contains(xml, "<error message=\"bad &lt;yaml&gt;\" type=\"yaml-syntax\">bad &lt;yaml&gt;</error>"));
    CHECK(contains(xml, "<failure message=\"90.00 → 80.00 (-10.00)\" type=\"regressed\">reason added: veto"
                        "</failure>"));
    CHECK(contains(xml, "status: error\nbase: 70.00\nnew: -"));
  }

  TEST_CASE("text: an error without a unit is named by its source and line") {
    results::ResultSummary lost = error_of("", 4);
    lost.unit.reset();
    lost.rubric.id.clear();
    std::vector<results::ResultSummary> base{summary("r", "a", "90")};
    std::vector<results::ResultSummary> next{summary("r", "a", "90"), lost};
    compare::CompareReport report = run(base, next);
    REQUIRE(report.units.size() == 2);
    CHECK(unit_title(Medium::text, report.units[1], false) == "(saved.jsonl:4)");
    std::string text = joined(Format::text, report);
    CHECK(contains(text, "  (saved.jsonl:4): error\n    errors: bad <yaml> [yaml-syntax]\n"));
    std::string jsonl = joined(Format::jsonl, report);
    CHECK(contains(jsonl, "\n{\"rubric\":null,\"unit\":null,\"status\":\"error\",\"base\":null,\"new\":{"));
  }

  TEST_CASE("HTML: no chart when no unit has a score on either side") {
    std::vector<results::ResultSummary> base{error_of("a", 2)};
    std::vector<results::ResultSummary> next{error_of("a", 5)};
    compare::CompareReport report = run(base, next);
    REQUIRE(report.units.size() == 1);
    std::string html = joined(Format::html, report);
    CHECK_FALSE(contains(html, "<figure>"));
    CHECK(contains(html, "bad &lt;yaml&gt; [yaml-syntax]"));
  }

  TEST_CASE("HTML: the chart draws the 60 units of largest |delta| and says so; thresholds differ") {
    std::vector<results::ResultSummary> base;
    std::vector<results::ResultSummary> next;
    for (int i = 0; i < 61; ++i) {
      std::string unit = "u" + std::to_string(100 + i);
      base.push_back(summary("r", unit, "50"));
      next.push_back(summary("r", unit, std::to_string(50 + i % 50)));
      next.back().rubric.threshold = dec(i == 0 ? "60" : "70");
    }
    compare::CompareReport report = run(base, next);
    std::string en = joined(Format::html, report, Lang::en);
    CHECK(contains(en, "<figcaption>Scores by unit, base and new. The chart shows the 60 units of largest |delta| "
                       "(of 61); the table lists all.</figcaption>"));
    std::string zh = joined(Format::html, report, Lang::zh);
    CHECK(contains(zh, "<figcaption>各单位得分对比。图中只画差值绝对值最大的 60 个单位（共 61 个），表中列出全部单位。"
                       "</figcaption>"));
  }

  TEST_CASE("CSV with a byte-order mark: an error side has empty score and verdict cells") {
    std::vector<results::ResultSummary> base{base_a(), summary("r", "b", "70")};
    std::vector<results::ResultSummary> next{next_a(), error_of("b", 7)};
    compare::CompareReport report = run(base, next);
    ChangeOptions options;
    options.bom = Bom::yes;
    std::string csv;
    render_compare(Format::csv, report, options, [&](std::string_view part) { csv += part; });
    CHECK(csv ==
          "\xEF\xBB\xBF"
          "rubric,unit_id,unit_name,status,base_score,new_score,delta,base_verdict,new_verdict,flip,clauses_changed\n"
          "r,a,Na,regressed,90.00,80.00,-10.00,eligible,eligible,none,0\n"
          "r,b,Nb,error,70.00,,,eligible,error,none,0\n");
  }

  TEST_CASE("HTML: a unit whose new side is an error is charted with its base score") {
    std::vector<results::ResultSummary> base{base_a(), summary("r", "b", "70")};
    std::vector<results::ResultSummary> next{next_a(), error_of("b", 7)};
    compare::CompareReport report = run(base, next);
    std::string html = joined(Format::html, report);
    CHECK(contains(html, "<title>Nb (b): base 70.00 → new —</title>"));
  }

  TEST_CASE("HTML of an empty comparison: the counts, no units, no changes") {
    std::vector<results::ResultSummary> base{};
    std::vector<results::ResultSummary> next{};
    compare::CompareReport report = run(base, next);
    std::string html = joined(Format::html, report);
    CHECK(contains(html, "<h2>Summary</h2>"));
    CHECK_FALSE(contains(html, "<h2>Units</h2>"));
    CHECK_FALSE(contains(html, "<h2>Changes</h2>"));
    CHECK(contains(html, "<b>0</b>"));
  }

  TEST_CASE("unit titles: with the rubric, without a name, an error with no source at all") {
    compare::UnitComparison u;
    u.unit_id = "150600";
    u.rubric_id = "neac_2020";
    CHECK(unit_title(Medium::markdown, u, true) == "(150600, neac\\_2020)");
    u.unit_name = "鄂尔多斯市";
    CHECK(unit_title(Medium::text, u, true) == "鄂尔多斯市 (150600, neac_2020)");
    CHECK(unit_title(Medium::html, u, false) == "鄂尔多斯市 (150600)");
    compare::UnitComparison lost;
    lost.status = compare::Status::error;
    CHECK(unit_title(Medium::text, lost, false) == "(?)");
    lost.error_sources = {{"<stdin>", 0}};
    CHECK(unit_title(Medium::html, lost, false) == "(&lt;stdin&gt;)");
  }

  TEST_CASE("clauses on one side only: a dash for the missing side and no delta") {
    results::ResultSummary before = base_a();
    before.clauses = {{"1.1", dec("5"), dec("10")}, {"1.3", dec("2"), dec("2")}};
    results::ResultSummary after = next_a();
    after.clauses = {{"1.1", dec("3"), dec("10")}, {"1.2", dec("1"), dec("1")}};
    std::vector<results::ResultSummary> base{before};
    std::vector<results::ResultSummary> next{after};
    compare::CompareReport report = run(base, next);
    REQUIRE(report.units.size() == 1);
    Detail d = detail_of(Medium::text, Lang::en, report.units[0]);
    CHECK(d.rows == std::vector<std::vector<std::string>>{
                        {"1.1", "5.00", "3.00", "-2.00"}, {"1.2", "—", "1.00", "—"}, {"1.3", "2.00", "—", "—"}});
    std::string xml = joined(Format::junit, report);
    CHECK(contains(xml, "type=\"regressed\">1.1: 5 → 3\n1.2: - → 1\n1.3: 2 → -\nreason added: veto</failure>"));
  }

  TEST_CASE("JUnit: an error without a unit or rubric is a case of class cepin named by nothing, in its file") {
    results::ResultSummary lost = error_of("", 4);
    lost.unit.reset();
    lost.rubric.id.clear();
    std::vector<results::ResultSummary> base{};
    std::vector<results::ResultSummary> next{lost};
    compare::CompareReport report = run(base, next);
    std::string xml = joined(Format::junit, report);
    CHECK(contains(xml, "<testcase classname=\"cepin\" name=\"\" file=\".yaml\">"));
    CHECK(contains(xml, "<system-out>status: error\nbase: -\nnew: -</system-out>"));
  }
}
