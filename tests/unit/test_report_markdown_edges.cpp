// Markdown reports of what the examples rarely hold: an error without a line
// or code, a single error among warnings, a result with a period and a date,
// a grade not reached, a rubric without grades.
#include <doctest/doctest.h>

#include <string>

#include "report/markdown.hpp"
#include "test_report_fixture.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;

TEST_SUITE("report::markdown edges") {
  TEST_CASE("errors: the list without a line or code; one error on its line") {
    scoring::ErrorResult error = fixture::error_result();
    error.errors[1].line = 0;
    error.errors[2].code.clear();
    std::string md = markdown_report({scoring::Outcome(error)}, Lang::en);
    CHECK(contains(md, "- Error:\n  - \\`1e2\\` is not a decimal (bad-decimal)\n  - 9:3: unknown clause \\`9.9\\`\n"));
    error.errors.pop_back();
    std::string one = markdown_report({scoring::Outcome(error)}, Lang::zh);
    CHECK(contains(one, "- 错误：\\`1e2\\` is not a decimal (bad-decimal)\n- 来源：units/bad.yaml"));
  }

  TEST_CASE("a result's period and date; no grade reached; a rubric without grades") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::eligible_result(rubric);
    result.grade.reset();
    result.period = util::parse_period("2025").period;
    result.assessed_on = util::Date{2025, 12, 31};
    std::string md = markdown_report({scoring::Outcome(result)}, Lang::en);
    CHECK(contains(md, "- Grade: none\n"));
    CHECK(contains(md, "- Source: units/b.yaml\n- Period: 2025\n- Assessed on: 2025-12-31\n"));
    rubric->grades.clear();
    std::string plain = markdown_report({scoring::Outcome(fixture::eligible_result(rubric))}, Lang::en);
    CHECK_FALSE(contains(plain, "Grade"));
  }
}
