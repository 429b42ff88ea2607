#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "util/period.hpp"

using namespace cepin::util;

namespace {

std::string canonical(const char* text) {
  PeriodParse parsed = parse_period(text);
  return parsed.period ? parsed.period->canonical() : "error: " + parsed.message + " (" + parsed.hint + ")";
}

}  // namespace

TEST_SUITE("util::period") {
  TEST_CASE("every form, in canonical form") {
    CHECK(canonical("2025") == "2025");
    CHECK(canonical(" 2025-h1 ") == "2025-H1");
    CHECK(canonical("2025-H2") == "2025-H2");
    CHECK(canonical("2025-q3") == "2025-Q3");
    CHECK(canonical("2025-06") == "2025-06");
    CHECK(canonical("2025年") == "2025");
    CHECK(canonical("2025年度") == "2025");
    CHECK(canonical("2025年上半年") == "2025-H1");
    CHECK(canonical("2025年下半年") == "2025-H2");
    CHECK(canonical("2025年第二季度") == "2025-Q2");
    CHECK(canonical("2025年二季度") == "2025-Q2");
    CHECK(canonical("2025年第4季度") == "2025-Q4");
    CHECK(canonical("2025年6月") == "2025-06");
    CHECK(canonical("2025年12月") == "2025-12");
  }
  TEST_CASE("malformed periods, and the spreadsheet's dates") {
    const std::string forms =
        "write YYYY, YYYY-H1, YYYY-Q2 or YYYY-MM (or 2025年, 2025年上半年, 2025年第二季度, 2025年6月)";
    CHECK(canonical("2025-13") == "error: `2025-13` is not a period (" + forms + ")");
    CHECK(canonical("2025-Q5") == "error: `2025-Q5` is not a period (" + forms + ")");
    CHECK(canonical("2025-H3") == "error: `2025-H3` is not a period (" + forms + ")");
    CHECK(canonical("June") == "error: `June` is not a period (" + forms + ")");
    const std::string sheet = "it looks like a date a spreadsheet reformatted: format the column as text and " + forms;
    CHECK(canonical("Jun-25") == "error: `Jun-25` is not a period (" + sheet + ")");
    CHECK(canonical("2025/6/1") == "error: `2025/6/1` is not a period (" + sheet + ")");
    CHECK(canonical("45809") == "error: `45809` is not a period (" + sheet + ")");
    CHECK(canonical("2025-06-01") == "error: `2025-06-01` is not a period (" + sheet + ")");
  }
  TEST_CASE("order: by start, coarser first") {
    std::vector<Period> periods;
    for (const char* text : {"2025-02", "2025-Q1", "2024", "2025-H1", "2025", "2025-01", "2025-Q2"}) {
      periods.push_back(*parse_period(text).period);
    }
    std::sort(periods.begin(), periods.end());
    std::string order;
    for (const Period& p : periods) {
      order += p.canonical() + " ";
    }
    CHECK(order == "2024 2025 2025-H1 2025-Q1 2025-01 2025-02 2025-Q2 ");
  }
  TEST_CASE("the period of a date") {
    Date date{2025, 8, 31};
    CHECK(period_of(date, Granularity::year).canonical() == "2025");
    CHECK(period_of(date, Granularity::half).canonical() == "2025-H2");
    CHECK(period_of(date, Granularity::quarter).canonical() == "2025-Q3");
    CHECK(period_of(date, Granularity::month).canonical() == "2025-08");
    CHECK(parse_period("2025-Q3").period->start() == Date{2025, 7, 1});
  }
}
