#include <doctest/doctest.h>

#include "test_results_support.hpp"
#include "trend/trend.hpp"

using namespace cepin;
using namespace cepin::trend;
using test::dec;
using test::summary;

TEST_SUITE("trend") {
  TEST_CASE("series by period, first, last, change, declines, ineligible periods") {
    std::vector<ResultSummary> results = {
        summary("r", "a", "90", "2025-03"), summary("r", "a", "95", "2025-01"),
        summary("r", "a", "92", "2025-02"), summary("r", "a", "85", "2025-04", false),
        summary("r", "a", "86", "2025-05"),
    };
    TrendReport report = trend::trend(results, Rollup::mean);
    REQUIRE(report.units.size() == 1);
    const UnitTrend& u = report.units[0];
    REQUIRE(u.series.size() == 5);
    CHECK(u.series[0].period.canonical() == "2025-01");
    CHECK(u.first == dec("95"));
    CHECK(u.last == dec("86"));
    CHECK(u.change == dec("-9"));
    CHECK(u.declines == 3);  // 95 → 92 → 90 → 85
    CHECK(u.ineligible_periods == 1);
    CHECK_FALSE(u.last_declined);
    CHECK(u.rollup == dec("89.6"));
    CHECK(report.periods.size() == 5);
  }

  TEST_CASE("one period: change 0, no declines") {
    TrendReport report = trend::trend({summary("r", "a", "70", "2025")}, Rollup::mean);
    CHECK(report.units[0].change == dec("0"));
    CHECK(report.units[0].declines == 0);
    CHECK(report.units[0].series[0].rank == 1);
    CHECK_FALSE(report.units[0].series[0].rank_change);
  }

  TEST_CASE("rollups; the mean is one exact fraction rounded once") {
    std::vector<ResultSummary> results = {summary("r", "a", "90.01", "2025-Q1"), summary("r", "a", "90.02", "2025-Q2"),
                                          summary("r", "a", "90.02", "2025-Q3")};
    CHECK(trend::trend(results, Rollup::mean).units[0].rollup == dec("90.02"));  // 270.05 / 3 = 90.0166…
    CHECK(trend::trend(results, Rollup::sum).units[0].rollup == dec("270.05"));
    CHECK(trend::trend(results, Rollup::last).units[0].rollup == dec("90.02"));
    CHECK(trend::trend(results, Rollup::min).units[0].rollup == dec("90.01"));
    CHECK(trend::trend(results, Rollup::max).units[0].rollup == dec("90.02"));
    std::vector<ResultSummary> half = {summary("r", "a", "0.01", "2025"), summary("r", "a", "0.02", "2026")};
    CHECK(trend::trend(half, Rollup::mean).units[0].rollup == dec("0.02"));  // 0.015 half away from zero
    CHECK(parse_rollup("max") == Rollup::max);
    CHECK_FALSE(parse_rollup("median"));
  }

  TEST_CASE("ranks share ties (1-2-2-4); rank change against the rubric's previous period") {
    std::vector<ResultSummary> results = {
        summary("r", "a", "95", "2025-01"), summary("r", "b", "90", "2025-01"), summary("r", "c", "90", "2025-01"),
        summary("r", "d", "80", "2025-01"), summary("r", "a", "85", "2025-02"), summary("r", "b", "92", "2025-02"),
        summary("r", "d", "99", "2025-03"), summary("r", "a", "70", "2025-03"), summary("s", "x", "10", "2025-02"),
    };
    TrendReport report = trend::trend(results, Rollup::mean);
    REQUIRE(report.units.size() == 5);
    const UnitTrend& a = report.units[0];
    const UnitTrend& b = report.units[1];
    const UnitTrend& c = report.units[2];
    const UnitTrend& d = report.units[3];
    CHECK(a.series[0].rank == 1);
    CHECK(b.series[0].rank == 2);
    CHECK(c.series[0].rank == 2);
    CHECK(d.series[0].rank == 4);
    CHECK(b.series[1].rank == 1);
    CHECK(*b.series[1].rank_change == 1);
    CHECK(a.series[1].rank == 2);
    CHECK(*a.series[1].rank_change == -1);
    CHECK(a.series[2].rank == 2);
    CHECK(*a.series[2].rank_change == 0);
    CHECK(d.series[1].rank == 1);
    CHECK_FALSE(d.series[1].rank_change);  // no result in 2025-02
    CHECK(report.units[4].series[0].rank == 1);  // ranked within its own rubric
    CHECK(a.last_declined);
    CHECK(report.periods.size() == 3);
    REQUIRE(report.rubrics.size() == 2);
    CHECK(report.rubrics[1].periods.size() == 1);
  }

  TEST_CASE("a result without a period takes its assessed_on at the rubric's granularity, with a count for the note") {
    ResultSummary dated = summary("r", "a", "88", "");
    dated.assessed_on = util::parse_date("2025-05-20");
    std::vector<ResultSummary> results = {summary("r", "a", "80", "2025-Q1"), dated};
    TrendReport report = trend::trend(results, Rollup::mean);
    REQUIRE(report.units[0].series.size() == 2);
    CHECK(report.units[0].series[1].period.canonical() == "2025-Q2");
    CHECK(report.units[0].series[1].period_from_date);
    CHECK(report.periods_from_dates == 1);
    TrendReport alone = trend::trend({dated}, Rollup::mean);
    CHECK(alone.units[0].series[0].period.canonical() == "2025-05");  // month when there are no others
  }

  TEST_CASE("error entries: no period, duplicates, mixed granularity, unscorable inputs") {
    ResultSummary undated = summary("r", "b", "50", "");
    ResultSummary one = summary("r", "a", "80", "2025-01");
    ResultSummary two = summary("r", "a", "81", "2025-01");
    one.file = "jan.csv";
    one.file_line = 2;
    two.file = "jan-again.csv";
    two.file_line = 5;
    ResultSummary broken;
    broken.error = true;
    broken.error_code = "results-syntax";
    broken.error_message = "not JSON";
    std::vector<ResultSummary> results = {undated, one, two, summary("r", "a", "82", "2025-02"), broken,
                                          summary("m", "x", "1", "2025"), summary("m", "x", "2", "2025-06")};
    TrendReport report = trend::trend(results, Rollup::mean);
    REQUIRE(report.errors.size() == 4);
    CHECK(report.errors[0].code == "results-syntax");
    CHECK(report.errors[1].code == "no-period");
    CHECK(report.errors[1].message == "the result of unit b (b.yaml) has neither a period nor an assessed_on date");
    CHECK(report.errors[2].code == "duplicate-period");
    CHECK(report.errors[2].message == "unit a has 2 results for 2025-01 (jan.csv:2, jan-again.csv:5)");
    CHECK(report.errors[3].code == "period-mixed");
    CHECK(report.errors[3].message ==
          "the results of rubric m mix periods of different lengths (year, month); trend one length at a time");
    CHECK(report.errors[3].results.size() == 2);
    REQUIRE(report.units.size() == 1);
    CHECK(report.units[0].series.size() == 1);  // the duplicated period is left out
  }

  TEST_CASE("a version change within a series warns") {
    ResultSummary later = summary("r", "a", "80", "2025-02");
    later.rubric.version = "2";
    TrendReport report = trend::trend({summary("r", "a", "80", "2025-01"), later}, Rollup::mean);
    REQUIRE(report.units[0].warnings.size() == 1);
    CHECK(report.units[0].warnings[0].message == "the rubric's version changed from 1 to 2 in 2025-02");
  }

  TEST_CASE("sparkline glyphs") {
    CHECK(std::string(spark_glyph(dec("0"), dec("100"))) == "▁");
    CHECK(std::string(spark_glyph(dec("12.5"), dec("100"))) == "▂");
    CHECK(std::string(spark_glyph(dec("12.49"), dec("100"))) == "▁");
    CHECK(std::string(spark_glyph(dec("87.5"), dec("100"))) == "█");
    CHECK(std::string(spark_glyph(dec("87.49"), dec("100"))) == "▇");
    CHECK(std::string(spark_glyph(dec("100"), dec("100"))) == "█");
    CHECK(std::string(spark_glyph(dec("130"), dec("120"))) == "█");
  }

  TEST_CASE("a result without a unit is a bad-result entry; a version that appears warns from none") {
    ResultSummary no_unit = summary("r", "a", "1", "2025-01");
    no_unit.unit.reset();
    no_unit.error_message = "no unit";
    ResultSummary first = summary("r", "a", "80", "2025-01");
    first.rubric.version.reset();
    TrendReport report = trend::trend({no_unit, first, summary("r", "a", "70", "2025-02")}, Rollup::mean);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].code == "bad-result");
    CHECK(report.errors[0].message == "no unit");
    REQUIRE(report.units.size() == 1);
    REQUIRE(report.units[0].warnings.size() == 1);
    CHECK(report.units[0].warnings[0].message == "the rubric's version changed from none to 1 in 2025-02");
    CHECK(report.units[0].last_declined);
  }

  TEST_CASE("rollup names both ways; a glyph for a zero or negative total is the lowest") {
    for (Rollup r : {Rollup::mean, Rollup::sum, Rollup::last, Rollup::min, Rollup::max}) {
      CHECK(parse_rollup(rollup_name(r)) == r);
    }
    CHECK(std::string(rollup_name(Rollup::sum)) == "sum");
    CHECK(std::string(spark_glyph(dec("5"), dec("0"))) == "▁");
    CHECK(std::string(spark_glyph(dec("-5"), dec("10"))) == "▁");
  }
}
