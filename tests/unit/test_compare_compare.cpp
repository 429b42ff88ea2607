#include <doctest/doctest.h>

#include "compare/compare.hpp"
#include "test_results_support.hpp"

using namespace cepin;
using namespace cepin::compare;
using test::dec;
using test::summary;

namespace {

CompareReport run(const std::vector<ResultSummary>& base, const std::vector<ResultSummary>& next,
                  const std::string& tolerance = "0", Match match = Match::rubric_and_unit) {
  CompareOptions options;
  options.tolerance = dec(tolerance);
  options.match = match;
  return compare::compare(base, next, options);
}

}  // namespace

TEST_SUITE("compare") {
  TEST_CASE("matching by rubric and unit; added and removed; stable order") {
    std::vector<ResultSummary> base = {summary("r", "a", "90"), summary("r", "b", "80"), summary("s", "a", "70")};
    std::vector<ResultSummary> next = {summary("r", "c", "60"), summary("r", "a", "91.25"), summary("r", "b", "80")};
    CompareReport report = run(base, next);
    REQUIRE(report.units.size() == 4);
    CHECK(report.units[0].unit_id == "a");
    CHECK(report.units[0].status == Status::improved);
    CHECK(report.units[0].delta == dec("1.25"));
    CHECK(report.units[1].status == Status::unchanged);
    CHECK(report.units[1].delta == dec("0"));
    CHECK(report.units[2].rubric_id == "s");
    CHECK(report.units[2].status == Status::removed);
    CHECK_FALSE(report.units[2].delta);
    CHECK(report.units[3].unit_id == "c");
    CHECK(report.units[3].status == Status::added);
    CHECK(report.units[3].flip == Flip::none);
    CHECK(report.counts.matched == 2);
    CHECK(report.counts.improved == 1);
    CHECK(report.counts.unchanged == 1);
    CHECK(report.counts.added == 1);
    CHECK(report.counts.removed == 1);
  }

  TEST_CASE("--match unit matches across a rubric change and warns") {
    std::vector<ResultSummary> base = {summary("r", "a", "90")};
    std::vector<ResultSummary> next = {summary("s", "a", "85")};
    CompareReport by_rubric = run(base, next);
    CHECK(by_rubric.units.size() == 2);
    CompareReport by_unit = run(base, next, "0", Match::unit);
    REQUIRE(by_unit.units.size() == 1);
    CHECK(by_unit.units[0].status == Status::regressed);
    CHECK(by_unit.units[0].rubric_id == "s");
    REQUIRE(by_unit.units[0].warnings.size() == 1);
    CHECK(by_unit.units[0].warnings[0].code == "rubric-changed");
  }

  TEST_CASE("a flip wins over the delta; the tolerance decides the rest") {
    std::vector<ResultSummary> base = {summary("r", "a", "89.99", "", false), summary("r", "b", "90"),
                                       summary("r", "c", "90"), summary("r", "d", "90")};
    std::vector<ResultSummary> next = {summary("r", "a", "89.99"), summary("r", "b", "90.5", "", false),
                                       summary("r", "c", "90.5"), summary("r", "d", "89.4")};
    CompareReport report = run(base, next, "0.5");
    CHECK(report.units[0].flip == Flip::gained);
    CHECK(report.units[0].status == Status::improved);  // delta 0, but gained
    CHECK(report.units[1].flip == Flip::lost);
    CHECK(report.units[1].status == Status::regressed);  // delta +0.5, but lost
    CHECK(report.units[2].status == Status::unchanged);  // 0.5 is not beyond 0.5
    CHECK(report.units[3].status == Status::regressed);  // -0.6
    CHECK(report.counts.gained == 1);
    CHECK(report.counts.lost == 1);
    CompareReport strict = run(base, next);
    CHECK(strict.units[2].status == Status::improved);
  }

  TEST_CASE("clauses and adjustments beyond the tolerance, vetoes and prerequisites that differ") {
    ResultSummary b = summary("r", "a", "90");
    ResultSummary n = summary("r", "a", "88");
    b.clauses = {{"1", dec("3"), dec("3")}, {"2", dec("2"), dec("4")}, {"old", dec("1"), dec("1")}};
    n.clauses = {{"1", dec("2.9"), dec("3")}, {"2", dec("1"), dec("4")}, {"new", dec("0.5"), dec("1")}};
    b.adjustments = {{"bonus", rubric::AdjustmentKind::bonus, dec("2"), std::nullopt},
                     {"v", rubric::AdjustmentKind::veto, dec("0"), false}};
    n.adjustments = {{"bonus", rubric::AdjustmentKind::bonus, dec("0"), std::nullopt},
                     {"v", rubric::AdjustmentKind::veto, dec("0"), std::nullopt}};
    b.prerequisites = {{"p", true}};
    n.prerequisites = {{"p", false}};
    b.reasons = {"below-threshold"};
    n.reasons = {"prerequisite:p", "below-threshold"};
    CompareReport report = run({b}, {n}, "0.1");
    const UnitComparison& u = report.units[0];
    REQUIRE(u.clauses.size() == 3);
    CHECK(u.clauses[0].id == "2");
    CHECK(u.clauses[0].delta == dec("-1"));
    CHECK(u.clauses[1].id == "new");  // NEW's order first
    CHECK_FALSE(u.clauses[1].base);
    CHECK_FALSE(u.clauses[1].delta);
    CHECK(u.clauses[2].id == "old");  // then what only BASE has
    CHECK_FALSE(u.clauses[2].next);
    REQUIRE(u.adjustments.size() == 1);
    CHECK(u.adjustments[0].delta == dec("-2"));
    REQUIRE(u.vetoes.size() == 1);
    CHECK(u.vetoes[0].base == std::optional<bool>(false));
    CHECK(u.vetoes[0].next == std::nullopt);
    REQUIRE(u.prerequisites.size() == 1);
    CHECK(u.reasons_added == std::vector<std::string>{"prerequisite:p"});
    CHECK(u.reasons_removed.empty());
  }

  TEST_CASE("a rubric version change warns") {
    ResultSummary b = summary("r", "a", "90");
    ResultSummary n = summary("r", "a", "90");
    n.rubric.version = "2";
    CompareReport report = run({b}, {n});
    REQUIRE(report.units[0].warnings.size() == 1);
    CHECK(report.units[0].warnings[0].code == "rubric-version-changed");
    CHECK(report.units[0].warnings[0].message == "the rubric's version changed from 1 to 2");
  }

  TEST_CASE("a unit twice on one side is one error entry naming both, with a hint for periods") {
    ResultSummary first = summary("r", "a", "90", "2025-05");
    ResultSummary second = summary("r", "a", "91", "2025-06");
    first.file = "m.csv";
    first.file_line = 2;
    second.file = "m.csv";
    second.file_line = 9;
    CompareReport report = run({summary("r", "a", "88"), summary("r", "b", "70")}, {first, second, summary("r", "b", "71")});
    REQUIRE(report.units.size() == 2);
    CHECK(report.units[0].status == Status::error);
    CHECK(report.units[0].error_code == "duplicate-match");
    CHECK(report.units[0].error_message ==
          "unit a is on the NEW side 2 times (m.csv:2, m.csv:9); it holds several periods: compare one period with "
          "another, or use `cepin trend`");
    CHECK(report.units[0].error_sources.size() == 2);
    CHECK_FALSE(report.units[0].delta);
    CHECK(report.units[1].status == Status::improved);  // the others are still compared
    CHECK(report.counts.errors == 1);
  }

  TEST_CASE("an error result gives its unit status error; one without a unit stands alone") {
    ResultSummary broken = summary("", "a", "0");
    broken.error = true;
    broken.error_code = "rubric-not-found";
    broken.error_message = "no rubric";
    ResultSummary no_unit;
    no_unit.error = true;
    no_unit.file = "x.jsonl";
    no_unit.file_line = 4;
    no_unit.error_code = "results-syntax";
    CompareReport report = run({summary("r", "a", "90")}, {broken, no_unit});
    REQUIRE(report.units.size() == 2);
    CHECK(report.units[0].status == Status::error);  // matched despite the unknown rubric
    CHECK(report.units[0].error_code == "rubric-not-found");
    CHECK(report.units[1].status == Status::error);
    CHECK(report.units[1].unit_id.empty());
    CHECK(report.counts.errors == 2);
    CHECK(report.counts.matched == 0);
  }

  TEST_CASE("the table order: largest |delta| first, ties stable, nulls last") {
    CompareReport report = run({summary("r", "a", "90"), summary("r", "b", "90"), summary("r", "c", "90"),
                                summary("r", "d", "90")},
                               {summary("r", "a", "91"), summary("r", "b", "87"), summary("r", "c", "93"),
                                summary("r", "e", "50")});
    CHECK(report.by_delta() == std::vector<std::size_t>{1, 2, 0, 3, 4});
  }

  TEST_CASE("labels: flags, a common assessor, else base and new with their periods") {
    ResultSummary b = summary("r", "a", "90", "2025-05");
    ResultSummary n = summary("r", "a", "90", "2025-06");
    b.assessor = "self";
    n.assessor = "评估中心";
    CompareReport report = run({b}, {n});
    CHECK(report.base.label == "self");
    CHECK(report.base.origin == LabelOrigin::assessor);
    CHECK(report.next.label == "评估中心");
    n.assessor = "";
    report = run({b}, {n, summary("r", "b", "1", "2025-06")});
    CHECK(report.next.label == "new");
    CHECK(report.next.origin == LabelOrigin::fallback);
    CHECK(report.next.period->canonical() == "2025-06");
    CompareOptions options;
    options.base_label = "上报";
    CHECK(compare::compare({b}, {n}, options).base.label == "上报");
  }

  TEST_CASE("what only BASE has: a bonus, a veto and a prerequisite; what is the same is not listed") {
    ResultSummary b = summary("r", "a", "90");
    ResultSummary n = summary("r", "a", "80");
    b.adjustments = {{"gone", rubric::AdjustmentKind::bonus, dec("2"), std::nullopt},
                     {"old-veto", rubric::AdjustmentKind::veto, dec("0"), false},
                     {"same-veto", rubric::AdjustmentKind::veto, dec("0"), false}};
    n.adjustments = {{"same-veto", rubric::AdjustmentKind::veto, dec("0"), false},
                     {"fine", rubric::AdjustmentKind::penalty, dec("-1"), std::nullopt}};
    b.prerequisites = {{"kept", true}, {"dropped", std::nullopt}};
    n.prerequisites = {{"kept", true}, {"added", false}};
    n.rubric.version.reset();
    n.verdict = scoring::Verdict::ineligible;
    CompareReport report = run({b}, {n});
    REQUIRE(report.units.size() == 1);
    const UnitComparison& u = report.units[0];
    CHECK(u.status == Status::regressed);
    CHECK(u.flip == Flip::lost);
    CHECK(report.counts.lost == 1);
    CHECK(report.counts.regressed == 1);
    REQUIRE(u.adjustments.size() == 2);
    CHECK(u.adjustments[0].id == "fine");
    CHECK_FALSE(u.adjustments[0].base);
    CHECK(u.adjustments[0].next == dec("-1"));
    CHECK(u.adjustments[1].id == "gone");
    CHECK(u.adjustments[1].base == dec("2"));
    CHECK_FALSE(u.adjustments[1].next);
    CHECK_FALSE(u.adjustments[1].delta);
    REQUIRE(u.vetoes.size() == 1);
    CHECK(u.vetoes[0].id == "old-veto");
    CHECK(u.vetoes[0].base == std::optional<bool>(false));
    CHECK(u.vetoes[0].next == std::nullopt);
    REQUIRE(u.prerequisites.size() == 2);
    CHECK(u.prerequisites[0].id == "added");
    CHECK(u.prerequisites[0].base == std::nullopt);
    CHECK(u.prerequisites[0].next == std::optional<bool>(false));
    CHECK(u.prerequisites[1].id == "dropped");
    CHECK(u.prerequisites[1].next == std::nullopt);
    REQUIRE(u.warnings.size() == 1);
    CHECK(u.warnings[0].message == "the rubric's version changed from 1 to none");
    CHECK(compare::status_name(u.status) == std::string("regressed"));
    CHECK(compare::flip_name(u.flip) == std::string("lost"));
    CHECK(compare::flip_name(Flip::gained) == std::string("gained"));
    CHECK(compare::status_name(Status::removed) == std::string("removed"));
  }

  TEST_CASE("a unit twice on BASE in one period: no period hint; errors on both sides keep BASE's code") {
    ResultSummary first = summary("r", "a", "90", "2025-05");
    ResultSummary second = summary("r", "a", "91", "2025-05");
    first.file = "one.json";
    second.file = "two.json";
    CompareReport twice = run({first, second}, {summary("r", "a", "92")});
    REQUIRE(twice.units.size() == 1);
    CHECK(twice.units[0].error_message == "unit a is on the BASE side 2 times (one.json, two.json)");
    ResultSummary b = summary("r", "a", "0");
    b.error = true;
    b.error_code = "missing-key";
    b.error_message = "base broke";
    ResultSummary n = b;
    n.error_code = "bad-value";
    CompareReport both = run({b}, {n});
    REQUIRE(both.units.size() == 1);
    CHECK(both.units[0].error_code == "missing-key");
    CHECK(both.units[0].error_message == "base broke");
    CHECK(both.units[0].error_sources.size() == 2);
  }

  TEST_CASE("an error with an unknown rubric is not matched when the other side has its unit under two rubrics") {
    ResultSummary broken = summary("", "a", "0");
    broken.error = true;
    broken.error_code = "rubric-not-found";
    CompareReport report = run({summary("r", "a", "90"), summary("s", "a", "80")}, {broken});
    REQUIRE(report.units.size() == 3);
    CHECK(report.units[0].status == Status::removed);
    CHECK(report.units[1].status == Status::removed);
    CHECK(report.units[2].status == Status::error);
    CHECK(report.units[2].rubric_id == "");
  }
}
