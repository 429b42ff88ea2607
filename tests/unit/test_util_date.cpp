#include <doctest/doctest.h>

#include <string>

#include "util/date.hpp"

using namespace cepin;

TEST_SUITE("util::parse_sheet_date") {
  TEST_CASE("the forms a spreadsheet cell holds") {
    const util::Date june_30{2025, 6, 30};
    CHECK(util::parse_sheet_date("2025-06-30") == june_30);
    CHECK(util::parse_sheet_date("2025/6/30") == june_30);
    CHECK(util::parse_sheet_date("2025/06/30") == june_30);
    CHECK(util::parse_sheet_date("2025年6月30日") == june_30);
    CHECK(util::parse_sheet_date(" 2025年06月30日 ") == june_30);
    CHECK(util::parse_sheet_date("2024/2/29") == util::Date{2024, 2, 29});
  }

  TEST_CASE("not dates") {
    CHECK(util::parse_sheet_date("2025/2/30") == std::nullopt);  // the calendar lacks it
    CHECK(util::parse_sheet_date("2023/2/29") == std::nullopt);
    CHECK(util::parse_sheet_date("2025/13/1") == std::nullopt);
    CHECK(util::parse_sheet_date("2025/6/300") == std::nullopt);
    CHECK(util::parse_sheet_date("2025年6月30") == std::nullopt);
    CHECK(util::parse_sheet_date("30/6/2025") == std::nullopt);
    CHECK(util::parse_sheet_date("") == std::nullopt);
  }

  TEST_CASE("YAML dates stay strict") {
    CHECK(util::parse_date("2025/6/30") == std::nullopt);
    CHECK(util::parse_date("2025-06-30") == util::Date{2025, 6, 30});
  }

  TEST_CASE("strict dates: digits in place, a real day, leap years by the century rule") {
    for (const char* bad : {"2025-6-30", "2025/06/30", "2025-06-3x", "x025-06-30", "0000-06-30", "2025-00-10",
                            "2025-13-10", "2025-06-00", "2025-06-31", "1900-02-29", "2025-06-30 "}) {
      CAPTURE(std::string(bad));
      CHECK(util::parse_date(bad) == std::nullopt);
    }
    CHECK(util::parse_date("2000-02-29") == util::Date{2000, 2, 29});
    CHECK(util::parse_date("2024-02-29") == util::Date{2024, 2, 29});
    CHECK(util::parse_date("2025-12-31") == util::Date{2025, 12, 31});
  }

  TEST_CASE("sheet dates: tabs trimmed, zero parts and stray text rejected") {
    CHECK(util::parse_sheet_date("\t2025/6/30\t") == util::Date{2025, 6, 30});
    for (const char* bad : {"0000/6/30", "2025/0/30", "2025/6/0", "2025年0月1日", "2025/6/30x", "2025/6", "2025/",
                            "25/6/30", "2025年6日30日", "2025年6月日", "2025-6-30"}) {
      CAPTURE(std::string(bad));
      CHECK(util::parse_sheet_date(bad) == std::nullopt);
    }
  }

  TEST_CASE("formatting, and adding years from 29 February") {
    CHECK(util::format_date(util::Date{825, 3, 4}) == "0825-03-04");
    CHECK(util::add_years(util::Date{2024, 2, 29}, 1) == util::Date{2025, 2, 28});
    CHECK(util::add_years(util::Date{2024, 2, 29}, 4) == util::Date{2028, 2, 29});
    CHECK(util::add_years(util::Date{2096, 2, 29}, 4) == util::Date{2100, 2, 28});
    CHECK(util::add_years(util::Date{1996, 2, 29}, 4) == util::Date{2000, 2, 29});
    CHECK(util::add_years(util::Date{2025, 6, 30}, -5) == util::Date{2020, 6, 30});
  }
}
