// The report pages' sentences with numbers, in both languages.
#include <doctest/doctest.h>

#include "report/page_labels.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::page_labels") {
  TEST_CASE("the text bar chart's legend") {
    CHECK(chart_legend("2.5", "90.00", "100.00", 40, Lang::zh) ==
          "每格 2.5 分，满分 100.00 为 40 格；│ 为申报线 90.00，达到申报线的条形越过此线；✗ 为不符合申报条件。");
    CHECK(chart_legend("2.5", "90.00", "100.00", 40, Lang::en) ==
          "One cell is 2.5 points and full marks 100.00 are 40 cells; │ marks the threshold 90.00, and a bar "
          "crosses it when the score reaches it; ✗ marks a unit not eligible to apply.");
  }

  TEST_CASE("units left out of an HTML report, and units with a section") {
    CHECK(units_left_out_text(250, 200, Lang::en) ==
          "This report covers 250 units, more than 200, so it holds the summary alone; for a section per unit, "
          "write it again with --html-units all (every unit) or --html-units ineligible (units not eligible, and "
          "inputs that could not be scored).");
    CHECK(units_left_out_text(250, 200, Lang::zh) ==
          "本报告共 250 个单位，多于 200 个，只含汇总；需要每个单位的详情时，请用 --html-units all（全部单位）或 "
          "--html-units ineligible（不符合申报条件和无法评分的单位）重新生成。");
    CHECK(units_shown_text(12, 3, Lang::en) == "12 units; 3 of them (not eligible, or not scored) have a section.");
    CHECK(units_shown_text(12, 3, Lang::zh) == "共 12 个单位，其中 3 个（不符合申报条件或无法评分）列出详情。");
  }

  TEST_CASE("counts of rubrics and of undated units") {
    CHECK(rubric_count_text(3, Lang::zh) == "3 套指标体系");
    CHECK(rubric_count_text(3, Lang::en) == "3 rubrics");
    CHECK(undated_text(0, Lang::en).empty());
    CHECK(undated_text(2, Lang::en) == "units without a date: 2");
    CHECK(undated_text(2, Lang::zh) == "未注明测评日期的单位：2");
  }
}
