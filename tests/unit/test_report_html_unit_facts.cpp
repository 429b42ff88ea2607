// A unit's HTML section: the facts of a CSV unit (its row, period, date and
// assessor), an error without a line or code, which sections are wanted.
#include <doctest/doctest.h>

#include <string>

#include "report/html.hpp"
#include "test_report_fixture.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;

TEST_SUITE("report::html unit") {
  TEST_CASE("a CSV unit's facts: the source with its row, period, date and assessor") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::eligible_result(rubric, "units.csv");
    result.line = 12;
    result.period = util::parse_period("2025-H1").period;
    result.assessed_on = util::Date{2025, 6, 30};
    result.assessor = "第三方 <评估组>";
    std::string zh = html_unit_body(scoring::Outcome(result), Lang::zh, 2);
    CHECK(contains(zh, "<dt>来源</dt><dd>units.csv（第 12 行）</dd><dt>考评周期</dt><dd>2025-H1</dd>"
                       "<dt>测评日期</dt><dd>2025-06-30</dd><dt>评估主体</dt><dd>第三方 &lt;评估组&gt;</dd></dl>"));
    std::string en = html_unit_body(scoring::Outcome(result), Lang::en, 2);
    CHECK(contains(en, "<dd>units.csv (line 12)</dd>"));
  }

  TEST_CASE("an error without a line or a code; warnings are not listed") {
    scoring::ErrorResult error = fixture::error_result();
    error.errors[1].line = 0;
    error.errors[2].code.clear();
    std::string html = html_unit_body(scoring::Outcome(error), Lang::en, 2);
    CHECK(contains(html, "<ul class=\"reasons\"><li>`1e2` is not a decimal (bad-decimal)</li>"
                         "<li>9:3: unknown clause `9.9`</li></ul>\n"
                         "<dl class=\"facts\"><dt>Source</dt><dd>units/bad.yaml</dd></dl>\n"));
    CHECK_FALSE(contains(html, "unit kind mismatch"));
  }

  TEST_CASE("which outcomes get a section under each --html-units") {
    auto rubric = fixture::demo_rubric();
    scoring::Outcome eligible(fixture::eligible_result(rubric));
    scoring::Outcome ineligible(fixture::ineligible_result(rubric));
    scoring::Outcome error(fixture::error_result());
    for (HtmlUnits units : {HtmlUnits::automatic, HtmlUnits::all}) {
      CHECK(html_section_wanted(eligible, units));
      CHECK(html_section_wanted(error, units));
    }
    CHECK_FALSE(html_section_wanted(eligible, HtmlUnits::ineligible));
    CHECK(html_section_wanted(ineligible, HtmlUnits::ineligible));
    CHECK(html_section_wanted(error, HtmlUnits::ineligible));
    CHECK_FALSE(html_section_wanted(ineligible, HtmlUnits::none));
    CHECK_FALSE(html_section_wanted(error, HtmlUnits::none));
  }
}
