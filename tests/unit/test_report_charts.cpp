#include <doctest/doctest.h>

#include "report/charts.hpp"
#include "test_report_fixture.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using fixture::dec;
using test_text::contains;
using test_text::count;


TEST_SUITE("report::charts") {
  TEST_CASE("bars against full marks") {
    ShareChart chart{"分类得分", {}, "得分", "满分", ""};
    chart.bars.push_back({"1 加强党的领导", dec("12.5"), dec("15"), "12.50 / 15.00", BarFill::solid});
    chart.bars.push_back({"2 共建美丽家园", dec("8"), dec("8"), "8.00 / 8.00", BarFill::hatched});
    std::string svg = svg_share_chart(chart);
    SUBCASE("the track is full marks, the bar the score, the numbers written beside it") {
      // labels: 2 × 7 + 6 × 12 = 86px + 10 = 96px; values: 13 × 7 + 12 = 103px; the bars get
      // 680 − 96 − 103 − 6 = 475px, and 12.5 of 15 is 395.83px
      CHECK(contains(svg, "<text x=\"0\" y=\"42\">1 加强党的领导</text>"));
      CHECK(contains(svg, "<rect x=\"96\" y=\"31\" width=\"475\" height=\"14\" class=\"c-track\"></rect>"));
      CHECK(contains(svg, "<rect x=\"96\" y=\"31\" width=\"395.8\" height=\"14\" class=\"c-solid\"></rect>"));
      CHECK(contains(svg, "<text x=\"577\" y=\"42\">12.50 / 15.00</text>"));
      CHECK(contains(svg, "<rect x=\"96\" y=\"55\" width=\"475\" height=\"14\" class=\"c-hatch\"></rect>"));
      CHECK(svg.rfind("<svg class=\"chart\" viewBox=\"0 0 680 80\"", 0) == 0);
    }
    SUBCASE("a legend in words") {
      CHECK(contains(svg, ">得分</text>"));
      CHECK(contains(svg, ">满分</text>"));
    }
    SUBCASE("a value above full marks scales every row, so it is drawn longer than its track") {
      chart.bars[1].value = dec("10");  // 125% of 8
      std::string over = svg_share_chart(chart);
      CHECK(contains(over, "width=\"380\" height=\"14\" class=\"c-track\""));  // 475 ÷ 1.25
      CHECK(contains(over, "width=\"475\" height=\"14\" class=\"c-hatch\""));
    }
  }

  TEST_CASE("a histogram of scores, eligible solid and the others hatched, the threshold dashed") {
    HistogramChart chart;
    chart.label = "得分分布";
    chart.bins = {{"70–80", 0, 3, "70–80"}, {"80–90", 0, 2, "80–90"}, {"90–100", 4, 1, "90–100"}};
    chart.line_at = 2;
    chart.line_legend = "申报线 90.00";
    chart.solid_legend = "符合申报条件";
    chart.hatched_legend = "不符合申报条件";
    chart.x_title = "分数段";
    chart.y_title = "单位数";
    std::string svg = svg_histogram(chart);
    CHECK(count(svg, "class=\"c-solid\"") == 2);  // the legend's swatch and one column
    CHECK(count(svg, "class=\"c-hatch\"") == 4);
    // three columns stay 90px wide (bars of 63px); the threshold at the third's left edge, 44 + 2 × 90
    CHECK(contains(svg, "<text x=\"269\" y=\"52\" text-anchor=\"middle\" class=\"c-strong\">5</text>"));
    CHECK(contains(svg, "<line x1=\"224\" y1=\"50\" x2=\"224\" y2=\"228\" class=\"c-line\"></line>"));
    CHECK(contains(svg, "<rect x=\"237.5\" y=\"89.6\" width=\"63\" height=\"134.4\" class=\"c-solid\"></rect>"
                        "<rect x=\"237.5\" y=\"56\" width=\"63\" height=\"33.6\" class=\"c-hatch\"></rect>"));
    CHECK(contains(svg, "<line x1=\"44\" y1=\"224\" x2=\"314\" y2=\"224\" class=\"c-axis\"></line>"));
    CHECK(contains(svg, ">申报线 90.00</text>"));
    CHECK(contains(svg, "<title>90–100</title>"));
  }

  TEST_CASE("a score bar for a table cell") {
    std::string svg = svg_score_bar({dec("103.59"), dec("100"), dec("90"), dec("103.59"), BarFill::solid, "103.59 / 100.00"});
    CHECK(svg == "<svg class=\"mini\" viewBox=\"0 0 140 14\" width=\"140\" height=\"14\" role=\"img\" "
                 "aria-label=\"103.59 / 100.00\"><rect x=\"1\" y=\"3\" width=\"133.2\" height=\"8\" class=\"c-track\">"
                 "</rect><rect x=\"1\" y=\"3\" width=\"138\" height=\"8\" class=\"c-solid\"></rect>"
                 "<line x1=\"120.9\" y1=\"0\" x2=\"120.9\" y2=\"14\" class=\"c-line\"></line></svg>");
  }
}
