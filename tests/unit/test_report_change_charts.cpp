#include <doctest/doctest.h>

#include "report/change_charts.hpp"
#include "test_report_fixture.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using fixture::dec;
using test_text::contains;
using test_text::count;


TEST_SUITE("report::change_charts") {
  TEST_CASE("base against new: hatched above, solid below, on one track of full marks") {
    PairChart chart{"各单位得分对比", {}, "自评", "第三方评估", "满分", "申报线 90.00"};
    chart.rows.push_back({"A (1)", dec("93.5"), dec("82.5"), dec("100"), dec("90"), "93.50", "82.50", "A: 93.50 → 82.50"});
    chart.rows.push_back({"B <2>", dec("105"), std::nullopt, dec("100"), dec("90"), "105.00", "—", "B"});
    std::string svg = svg_pair_chart(chart);
    // labels 5 × 7 + 10 = 45px; values "105.00" 42 + 12 = 54px; bars get 680 − 45 − 54 − 6 = 575px,
    // and 105 of 100 stretches every row by 100/105: the track is 547.6px
    CHECK(svg.rfind("<svg class=\"chart\" viewBox=\"0 0 680 104\"", 0) == 0);
    CHECK(contains(svg, "<rect x=\"45\" y=\"30\" width=\"547.6\" height=\"28\" class=\"c-track\"></rect>"));
    CHECK(contains(svg, "<rect x=\"45\" y=\"32\" width=\"512\" height=\"11\" class=\"c-hatch\"></rect>"));
    CHECK(contains(svg, "<rect x=\"45\" y=\"45\" width=\"451.8\" height=\"11\" class=\"c-solid\"></rect>"));
    CHECK(contains(svg, "<line x1=\"537.9\" y1=\"27\" x2=\"537.9\" y2=\"61\" class=\"c-line\"></line>"));
    SUBCASE("a score above full marks runs past the track; a side without a score has no bar") {
      CHECK(contains(svg, "<rect x=\"45\" y=\"68\" width=\"575\" height=\"11\" class=\"c-hatch\"></rect>"));
      CHECK(!contains(svg, "y=\"81\" width"));
      CHECK(contains(svg, "<text x=\"626\" y=\"77\" class=\"c-muted\">105.00</text>"));
      CHECK(contains(svg, "<text x=\"626\" y=\"90\" class=\"c-strong\">—</text>"));
    }
    SUBCASE("a legend in words; labels escaped") {
      CHECK(contains(svg, ">自评</text>"));
      CHECK(contains(svg, ">第三方评估</text>"));
      CHECK(contains(svg, ">申报线 90.00</text>"));
      CHECK(contains(svg, "<text x=\"0\" y=\"84\">B &lt;2&gt;</text>"));
      CHECK(count(svg, "<g><title>") == 2);
    }
  }

  TEST_CASE("small multiples: a line per unit, broken where a period is missing") {
    SeriesChart chart{"各单位走势", {"2025-01", "2025-02", "2025-03", "2025-04"}, {}, "达标", "不达标", "申报线"};
    SeriesPanel panel{"新城区 (150102)", {}, dec("100"), dec("75"), 2};
    panel.points.push_back(SeriesPoint{dec("80"), BarFill::solid, "2025-01：80.00 达标"});
    panel.points.push_back(SeriesPoint{dec("85"), BarFill::solid, "2025-02：85.00 达标"});
    panel.points.emplace_back();
    panel.points.push_back(SeriesPoint{dec("70"), BarFill::hatched, "2025-04：70.00 不达标"});
    chart.panels.push_back(panel);
    std::string out = svg_series_panels(chart);
    // the scale runs from 60 (a step of a tenth of full marks below 70) to 100 over 100px
    CHECK(count(out, "<svg ") == 2);
    CHECK(count(out, "<polyline") == 1);
    CHECK(contains(out, "<polyline points=\"42,76 123.3,63.5\" class=\"c-series\"></polyline>"));
    CHECK(contains(out, "<polygon points=\"286,96.5 290.5,104.5 281.5,104.5\" class=\"c-hollow\"></polygon>"));
    CHECK(contains(out, "<text x=\"37\" y=\"130\" text-anchor=\"end\" class=\"c-muted\">60</text>"));
    CHECK(contains(out, "<line x1=\"42\" y1=\"101\" x2=\"286\" y2=\"101\" class=\"c-line\"></line>") == false);
    CHECK(contains(out, "<line x1=\"42\" y1=\"88.5\" x2=\"286\" y2=\"88.5\" class=\"c-line\"></line>"));
    CHECK(contains(out, "<text x=\"293\" y=\"105\" class=\"c-strong\">70.00</text>"));
    CHECK(contains(out, ">2025-01</text>"));
    CHECK(contains(out, ">2025-04</text>"));
    CHECK(!contains(out, ">2025-02</text>"));
    CHECK(contains(out, "<title>2025-04：70.00 不达标</title>"));
  }
}
