// HTML pages for the rarer inputs: one input that could not be scored, units
// known by a name or an id only, a batch with no known rubric, and tables
// without a class or with more cells than columns.
#include <doctest/doctest.h>

#include "report/html.hpp"
#include "report/html_page.hpp"
#include "test_report_fixture.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;

TEST_SUITE("report::html") {
  TEST_CASE("one input that could not be scored: a page about it, titled by its unit") {
    std::string page =
        html_report({scoring::Outcome(fixture::error_result())}, {Lang::en, std::nullopt, HtmlUnits::automatic});
    CHECK(contains(page, "<title>Assessment report: 呼伦贝尔市 (150700)</title>"));
    CHECK(contains(page, "<h1>Assessment report: 呼伦贝尔市 <span class=\"uid\">(150700)</span></h1>"));
    CHECK(contains(page, "<section class=\"unit-only\" id=\"u1\">"));
  }

  TEST_CASE("units known by a name or an id only are headed by what is known, or by the source") {
    auto rubric = fixture::demo_rubric();
    scoring::Result named = fixture::eligible_result(rubric);
    named.unit.id.clear();
    scoring::Result numbered = fixture::eligible_result(rubric, "units/c.yaml");
    numbered.unit.name.clear();
    scoring::ErrorResult unknown = fixture::error_result();
    unknown.unit.reset();
    std::string page = html_report({scoring::Outcome(named), scoring::Outcome(numbered), scoring::Outcome(unknown)},
                                   {Lang::en, std::nullopt, HtmlUnits::automatic});
    CHECK(contains(page, "<h2>1. 包头市</h2>"));
    CHECK(contains(page, "<h2>2. 150200</h2>"));
    CHECK(contains(page, "<h2>3. units/bad.yaml</h2>"));
  }

  TEST_CASE("a batch whose results have no known rubric lists no rubric in its header") {
    auto rubric = fixture::demo_rubric();
    scoring::Result a = fixture::eligible_result(rubric);
    scoring::Result b = fixture::eligible_result(rubric, "units/c.yaml", "赤峰市");
    a.rubric.reset();
    b.rubric.reset();
    std::string page =
        html_report({scoring::Outcome(a), scoring::Outcome(b)}, {Lang::en, std::nullopt, HtmlUnits::none});
    CHECK_FALSE(contains(page, "href=\"#r1\""));
    CHECK(contains(page, "<h3>none</h3>"));
    CHECK_FALSE(contains(page, "<section class=\"unit\""));
  }

  TEST_CASE("html_table: no class, row classes, and cells past the columns left unaligned") {
    std::string table = html_table({{"ID"}, {"Points", Align::right}},
                                   {{{"a", "1", "extra"}, ""}, {{"b", "2"}, "ineligible"}}, "");
    CHECK(table ==
          "<table><thead><tr><th>ID</th><th class=\"num\">Points</th></tr></thead>\n<tbody>\n"
          "<tr><td>a</td><td class=\"num\">1</td><td>extra</td></tr>\n"
          "<tr class=\"ineligible\"><td>b</td><td class=\"num\">2</td></tr>\n</tbody></table>\n");
  }
}
