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
  TEST_CASE("zero and out-of-range years, halves, quarters and months are not periods") {
    const std::string forms =
        "write YYYY, YYYY-H1, YYYY-Q2 or YYYY-MM (or 2025年, 2025年上半年, 2025年第二季度, 2025年6月)";
    for (const char* text : {"0000", "0000年", "2025-00", "2025-H0", "2025-Q0", "2025年0月", "2025年13月", "2025年第5季度",
                             "2025年第五季度", "0000-Q1", "2025-6", "2025年上", ""}) {
      CAPTURE(std::string(text));
      CHECK(canonical(text) == "error: `" + std::string(text) + "` is not a period (" + forms + ")");
    }
    CHECK(canonical("0001") == "0001");
    CHECK(canonical("2025年06月份") == "2025-06");
    CHECK(canonical("2025年第1季度") == "2025-Q1");
    CHECK(canonical("2025年三季度") == "2025-Q3");
    CHECK(canonical("2025年第四季度") == "2025-Q4");
  }
  TEST_CASE("every date form a spreadsheet makes of a period gets the spreadsheet hint") {
    const std::string sheet =
        "it looks like a date a spreadsheet reformatted: format the column as text and write YYYY, YYYY-H1, YYYY-Q2 "
        "or YYYY-MM (or 2025年, 2025年上半年, 2025年第二季度, 2025年6月)";
    for (const char* text : {"Jun-2025", "25-Jun", "1-Jun-25", "6/1", "6/1/2025", "45809.5", "2025-6-1"}) {
      CAPTURE(std::string(text));
      CHECK(canonical(text) == "error: `" + std::string(text) + "` is not a period (" + sheet + ")");
    }
  }
  TEST_CASE("granularity names, and each period's start") {
    CHECK(std::string(granularity_name(Granularity::year)) == "year");
    CHECK(std::string(granularity_name(Granularity::half)) == "half");
    CHECK(std::string(granularity_name(Granularity::quarter)) == "quarter");
    CHECK(std::string(granularity_name(Granularity::month)) == "month");
    CHECK(parse_period("2025").period->start() == Date{2025, 1, 1});
    CHECK(parse_period("2025-H1").period->start() == Date{2025, 1, 1});
    CHECK(parse_period("2025-H2").period->start() == Date{2025, 7, 1});
    CHECK(parse_period("2025-11").period->start() == Date{2025, 11, 1});
    CHECK(period_of(Date{2025, 6, 30}, Granularity::half).canonical() == "2025-H1");
    CHECK(period_of(Date{2025, 1, 1}, Granularity::quarter).canonical() == "2025-Q1");
    CHECK(period_of(Date{2025, 12, 31}, Granularity::quarter).canonical() == "2025-Q4");
  }
}
