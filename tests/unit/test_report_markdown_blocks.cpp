// The Markdown pieces every report shares: a unit's title from what is known
// of it, a share of full marks, the precision of a result without a rubric.
#include <doctest/doctest.h>

#include "report/markdown_blocks.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;
using fixture::dec;

TEST_SUITE("report::markdown_blocks") {
  TEST_CASE("a unit's title: name and id, else whichever is known with the source, else the source") {
    CHECK(markdown_unit_title(assessment::Unit{"150600", "鄂尔多斯市", ""}, "a.yaml") == "鄂尔多斯市 (150600)");
    CHECK(markdown_unit_title(assessment::Unit{"", "鄂尔多斯市", ""}, "a_b.yaml") == "鄂尔多斯市 (a\\_b.yaml)");
    CHECK(markdown_unit_title(assessment::Unit{"150600", "", ""}, "a.yaml") == "150600 (a.yaml)");
    CHECK(markdown_unit_title(assessment::Unit{"", "", ""}, "a.yaml") == "(a.yaml)");
    CHECK(markdown_unit_title(std::nullopt, "*.yaml") == "(\\*.yaml)");
  }

  TEST_CASE("a share of full marks, none without full marks; two digits without a rubric") {
    CHECK(share_text(dec("13.75"), dec("15")) == "91.7%");
    CHECK(share_text(dec("0"), dec("0")) == "—");
    scoring::Result result;
    CHECK(digits_of(result) == 2);
    auto rubric = fixture::demo_rubric();
    rubric->precision_digits = 1;
    result.rubric = rubric;
    CHECK(digits_of(result) == 1);
  }
}
