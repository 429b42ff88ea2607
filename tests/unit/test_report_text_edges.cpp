// The text report of a result whose rubric is not known or whose unit has
// only a name, a gap plan whose picks serve a floor or a group, and an error
// without a code.
#include <doctest/doctest.h>

#include "report/text.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::text") {
  TEST_CASE("a unit with a name only, no rubric: two decimals, no rubric line, no grade") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::eligible_result(rubric);
    result.rubric.reset();
    result.unit.id.clear();
    result.unit.kind.clear();
    result.grade.reset();
    result.categories.resize(1);
    result.categories[0].items.resize(1);
    result.score = result.base = fixture::dec("5");
    CHECK(text_result(result, {Lang::en, Color::off, Explain::no}) == R"EOS(包头市
Source: units/b.yaml
Score: 5.00 / 20.00
Base: 5.00  Bonus: 0.00  Penalty: 0.00
Verdict: eligible to apply
Grade: none

Categories
  ID     Title     Score    Max
  1      党的领导   9.00  10.00
    1.1  组织领导   5.00   6.00
)EOS");
  }

  TEST_CASE("a gap plan whose picks serve a floor or a best-k group says what for") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::ineligible_result(rubric);
    result.warnings.clear();
    result.reasons.resize(1);
    result.gap.blocking.clear();
    result.gap.reachable = true;
    result.gap.plan[0].floor = "2";
    result.gap.plan[1].group = "1";
    std::string en = text_result(result, {Lang::en, Color::off, Explain::no});
    CHECK(en.substr(en.find("\nGap")) == R"EOS(
Gap
  Needed: 12.50 — reachable with the plan
  #  ID     Score   Max  Recoverable  For
  1  2.2     0.00  5.00        +5.00  floor of 2
  2  1.1.2   0.00  3.00        +3.00  with 1
)EOS");
  }

  TEST_CASE("an error without a code shows no brackets") {
    scoring::ErrorResult error;
    error.source = "units/x.yaml";
    error.errors = {test::diagnostic("units/x.yaml", 3, 1, diag::Severity::error, "", "something broke")};
    CHECK(text_error(error, {Lang::en, Color::off, Explain::no}) ==
          "units/x.yaml\nVerdict: Error\nError: 3:1: something broke\n");
  }
}
