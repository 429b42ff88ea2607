// Chart cases the reports rarely draw: a hatched legend, a bar without full
// marks (no track, only its number), a histogram without a threshold line.
#include <doctest/doctest.h>

#include <string>

#include "report/charts.hpp"
#include "test_report_fixture.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using fixture::dec;
using test_text::contains;
using test_text::count;

TEST_SUITE("report::charts edges") {
  TEST_CASE("a hatched legend, and a bar with no full marks is only its number") {
    ShareChart chart{"Category averages", {}, "Average", "Full marks", "not counted"};
    chart.bars.push_back({"A", dec("3"), dec("4"), "3.00 / 4.00", BarFill::solid});
    chart.bars.push_back({"B", dec("2"), dec("0"), "2.00", BarFill::hatched});
    std::string svg = svg_share_chart(chart);
    CHECK(contains(svg, ">not counted</text>"));
    CHECK(count(svg, "class=\"c-track\"") == 2);  // the legend's swatch and A's track
    CHECK(count(svg, "class=\"c-hatch\"") == 1);  // the legend's swatch only: B has no bar
    CHECK(contains(svg, "y=\"66\">2.00</text>"));
  }

  TEST_CASE("a histogram without a threshold has no dashed line nor its legend") {
    HistogramChart chart;
    chart.label = "Scores";
    chart.bins = {{"0–50", 1, 0, "0–50"}, {"50–100", 0, 0, "50–100"}};
    chart.line_legend = "Threshold 60.00";
    chart.solid_legend = "eligible";
    chart.hatched_legend = "ineligible";
    std::string svg = svg_histogram(chart);
    CHECK_FALSE(contains(svg, "c-line"));
    CHECK_FALSE(contains(svg, "Threshold 60.00"));
    CHECK(count(svg, "class=\"c-strong\"") == 1);  // only the bin with units has a count above it
  }
}
