// The clause rows of the results CSV (`--csv-layout clauses`) for what the
// fixture's units do not have: other answers, unanswered vetoes and
// prerequisites, errors without a unit, results without a rubric.
#include <doctest/doctest.h>

#include "report/csv.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;
using scoring::ClauseStatus;

TEST_SUITE("report::csv") {
  TEST_CASE("clause rows: a false answer, no answer, vetoes not occurred or unanswered, prerequisites met or not") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::eligible_result(rubric);
    scoring::ClauseResult& check = result.categories[0].items[0].clauses[0];
    check.response.kind = scoring::ResponseValue::Kind::boolean;
    check.response.boolean = false;
    check.score = fixture::dec("0");
    check.status = ClauseStatus::zeroed;
    check.why = fixture::why(scoring::WhyKind::not_met);
    result.categories[0].items[0].clauses.resize(1);
    result.categories[0].items.resize(1);
    result.categories.resize(1);
    result.adjustments = {{&rubric->adjustments[2], 0, {}, false}, {&rubric->adjustments[2], 0, {}, std::nullopt}};
    result.prerequisites = {{&rubric->prerequisites[0], true}, {&rubric->prerequisites[0], std::nullopt}};
    CHECK(csv_clause_rows(result) == R"EOS(units/b.yaml,150200,包头市,demo,,1,1.1,1.1.1,0.00,3.00,zeroed,true,false,,check: not met → 0
units/b.yaml,150200,包头市,demo,,adjustments,veto,incident,,,not-occurred,,false,,
units/b.yaml,150200,包头市,demo,,adjustments,veto,incident,,,unanswered,,,,
units/b.yaml,150200,包头市,demo,,prerequisites,,provincial-title,,,met,,true,,
units/b.yaml,150200,包头市,demo,,prerequisites,,provincial-title,,,unanswered,,,,
)EOS");
  }

  TEST_CASE("clause rows: a text answer that needs quoting and a formula-like evidence name") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::eligible_result(rubric);
    scoring::ClauseResult& manual = result.categories[0].items[0].clauses[1];
    manual.response.kind = scoring::ResponseValue::Kind::text;
    manual.response.text = "good, \"mostly\"";
    manual.evidence = {"=cmd.pdf", "b.pdf"};
    result.categories[0].items[0].clauses = {manual};
    result.categories[0].items.resize(1);
    result.categories.resize(1);
    result.adjustments.clear();
    result.prerequisites.clear();
    CHECK(csv_clause_rows(result) ==
          "units/b.yaml,150200,包头市,demo,,1,1.1,1.1.2,2.00,3.00,scored,true,\"good, \"\"mostly\"\"\",'=cmd.pdf;b.pdf,"
          "manual: 2\n");
  }

  TEST_CASE("clause rows: an error row names the rubric that resolved, and no unit when none was read") {
    auto rubric = fixture::demo_rubric();
    scoring::ErrorResult error = fixture::error_result();
    error.unit.reset();
    error.rubric = rubric;
    CHECK(csv_clause_rows(error) == "units/bad.yaml,,,demo,,,,,,,error,,,,`1e2` is not a decimal\n");
  }

  TEST_CASE("clause rows: a result without a rubric keeps two decimals and an empty rubric cell") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::eligible_result(rubric);
    result.rubric.reset();
    result.categories.resize(1);
    result.categories[0].items.resize(1);
    result.categories[0].items[0].clauses.resize(1);
    result.categories[0].items[0].clauses[0].score = fixture::dec("2.5");
    result.adjustments = {{nullptr, 2, fixture::dec("1.5"), {}}};
    result.prerequisites = {{nullptr, false}};
    CHECK(csv_clause_rows(result) == R"EOS(units/b.yaml,150200,包头市,,,1,1.1,1.1.1,2.50,3.00,scored,true,,,check: met → 3
units/b.yaml,150200,包头市,,,adjustments,bonus,,1.50,,scored,,2,,
units/b.yaml,150200,包头市,,,prerequisites,,,,,unmet,,false,,
)EOS");
  }
}
