#include <doctest/doctest.h>

#include "report/csv.hpp"
#include "util/period.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::csv") {
  TEST_CASE("csv_text_cell") {
    SUBCASE("the formula guard") {
      CHECK(csv_text_cell("=HYPERLINK(\"http://x\")") == R"X("'=HYPERLINK(""http://x"")")X");
      CHECK(csv_text_cell("+1-2") == "'+1-2");
      CHECK(csv_text_cell("@SUM(A1)") == "'@SUM(A1)");
      CHECK(csv_text_cell("-x") == "'-x");
      CHECK(csv_text_cell("\tx") == "'\tx");
      CHECK(csv_text_cell("\rx") == "\"'\rx\"");
      CHECK(csv_text_cell("a=b") == "a=b");
    }
    SUBCASE("RFC 4180 quoting") {
      CHECK(csv_text_cell("") == "");
      CHECK(csv_text_cell("鄂尔多斯市") == "鄂尔多斯市");
      CHECK(csv_text_cell("a,b") == "\"a,b\"");
      CHECK(csv_text_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
      CHECK(csv_text_cell("a\nb") == "\"a\nb\"");
    }
  }

  TEST_CASE("CsvLayout") {
    auto rubric = fixture::demo_rubric();
    SUBCASE("one rubric: columns by category id; an error row") {
      CsvLayout layout({rubric});
      CHECK(layout.header(Bom::no) + layout.row(fixture::ineligible_result(rubric)) +
                layout.row(fixture::eligible_result(rubric)) +
                layout.row(fixture::error_result()) ==
            R"EOS(source,unit_id,unit_name,rubric,score,max,verdict,grade,reasons,warnings,unit_kind,period,base,bonus,penalty,threshold,needed,1,2
units/a.yaml,150600,鄂尔多斯市,demo,5.50,20.00,ineligible,,veto:incident;prerequisite:provincial-title;below-threshold,3,prefecture,,4.50,2.00,1.00,18.00,12.50,4.50,0.00
units/b.yaml,150200,包头市,demo,19.00,20.00,eligible,优秀,,0,prefecture,,19.00,0.00,0.00,18.00,0.00,9.00,10.00
units/bad.yaml,150700,呼伦贝尔市,,,,error,,`1e2` is not a decimal,,,,,,,,,,
)EOS");
    }
    SUBCASE("two rubrics mixed, repeated ids once, with a BOM") {
      auto other = fixture::demo_rubric("other");
      CsvLayout layout({rubric, other, rubric, nullptr});
      CHECK(
          layout.header(Bom::yes) + layout.row(fixture::ineligible_result(rubric)) +
              layout.row(fixture::eligible_result(other)) ==
          R"EOS(﻿source,unit_id,unit_name,rubric,score,max,verdict,grade,reasons,warnings,unit_kind,period,base,bonus,penalty,threshold,needed,demo:1,demo:2,other:1,other:2
units/a.yaml,150600,鄂尔多斯市,demo,5.50,20.00,ineligible,,veto:incident;prerequisite:provincial-title;below-threshold,3,prefecture,,4.50,2.00,1.00,18.00,12.50,4.50,0.00,,
units/b.yaml,150200,包头市,other,19.00,20.00,eligible,优秀,,0,prefecture,,19.00,0.00,0.00,18.00,0.00,,,9.00,10.00
)EOS");
    }
    SUBCASE("unit names that look like formulas are guarded; numbers are not") {
      CsvLayout layout({rubric});
      std::string rows;
      for (const char* name : {"=HYPERLINK(\"http://x\")", "+1-2", "@SUM(A1)", "-x", "a,b\nc"}) {
        rows += layout.row(fixture::eligible_result(rubric, "g.yaml", name, "19"));
      }
      CHECK(
          rows ==
          R"EOS(g.yaml,150200,"'=HYPERLINK(""http://x"")",demo,19.00,20.00,eligible,优秀,,0,prefecture,,19.00,0.00,0.00,18.00,0.00,9.00,10.00
g.yaml,150200,'+1-2,demo,19.00,20.00,eligible,优秀,,0,prefecture,,19.00,0.00,0.00,18.00,0.00,9.00,10.00
g.yaml,150200,'@SUM(A1),demo,19.00,20.00,eligible,优秀,,0,prefecture,,19.00,0.00,0.00,18.00,0.00,9.00,10.00
g.yaml,150200,'-x,demo,19.00,20.00,eligible,优秀,,0,prefecture,,19.00,0.00,0.00,18.00,0.00,9.00,10.00
g.yaml,150200,"a,b
c",demo,19.00,20.00,eligible,优秀,,0,prefecture,,19.00,0.00,0.00,18.00,0.00,9.00,10.00
)EOS");
    }
    SUBCASE("an error row with a resolved rubric keeps its category columns empty") {
      scoring::ErrorResult error = fixture::error_result();
      error.rubric = rubric;
      error.unit.reset();
      CHECK(CsvLayout({rubric}).row(error) ==
            "units/bad.yaml,,,demo,,,error,,`1e2` is not a decimal,,,,,,,,,,\n");
    }
    SUBCASE("one row per clause, then the adjustments and prerequisites") {
      CsvLayout layout({rubric}, CsvRows::clauses);
      scoring::Result result = fixture::ineligible_result(rubric);
      result.period = util::parse_period("2025-06").period;
      CHECK(layout.header(Bom::no) + layout.row(result) + layout.row(fixture::error_result()) == R"EOS(source,unit_id,unit_name,rubric,period,category,item,clause,score,max,status,counted,response,evidence,why
units/a.yaml,150600,鄂尔多斯市,demo,2025-06,1,1.1,1.1.1,3.00,3.00,scored,true,true,学习记录.pdf;https://example.org/a,check: met → 3
units/a.yaml,150600,鄂尔多斯市,demo,2025-06,1,1.1,1.1.2,0.00,3.00,zeroed,true,2.5,,zeroed: missing evidence
units/a.yaml,150600,鄂尔多斯市,demo,2025-06,1,1.2,1.2.1,1.50,4.00,scored,true,计划,方案.docx,checklist: 3 of 8 → 1.5
units/a.yaml,150600,鄂尔多斯市,demo,2025-06,2,,2.1,0.00,5.00,n/a,true,n/a,,n/a
units/a.yaml,150600,鄂尔多斯市,demo,2025-06,2,,2.2,0.00,5.00,unanswered,true,,,unanswered → 0
units/a.yaml,150600,鄂尔多斯市,demo,2025-06,adjustments,bonus,national-model,2.00,4.00,scored,,1,,
units/a.yaml,150600,鄂尔多斯市,demo,2025-06,adjustments,penalty,criticized,1.00,,scored,,1,,
units/a.yaml,150600,鄂尔多斯市,demo,2025-06,adjustments,veto,incident,,,occurred,,true,,
units/a.yaml,150600,鄂尔多斯市,demo,2025-06,prerequisites,,provincial-title,,,unmet,,false,,
units/bad.yaml,150700,呼伦贝尔市,,,,,,,,error,,,,`1e2` is not a decimal
)EOS");
    }
    SUBCASE("no rubric: the fixed columns only") {
      CHECK(CsvLayout({}).header(Bom::no) ==
            "source,unit_id,unit_name,rubric,score,max,verdict,grade,reasons,warnings,unit_kind,period,base,bonus,penalty,threshold,needed\n");
    }
  }
}
