#include <doctest/doctest.h>

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
}
