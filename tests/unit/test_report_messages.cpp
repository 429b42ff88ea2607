#include <doctest/doctest.h>

#include "report/messages.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;
using assessment::Subject;
using assessment::Warning;
using assessment::WarningKind;
using scoring::Reason;
using scoring::ReasonKind;

namespace {

Warning warning(WarningKind kind, const char* id = "", const char* text = "") {
  Warning w;
  w.kind = kind;
  w.id = id;
  w.text = text;
  return w;
}

// "en | zh" of a warning, against the fixture's rubric.
std::string both(const Warning& w) {
  auto r = fixture::demo_rubric();
  return warning_text(w, r.get(), Lang::en) + " | " + warning_text(w, r.get(), Lang::zh);
}

std::string both(const Reason& reason) {
  auto r = fixture::demo_rubric();
  return reason_text(reason, r.get(), Lang::en) + " | " + reason_text(reason, r.get(), Lang::zh);
}

}  // namespace

TEST_SUITE("report::messages") {
  TEST_CASE("every reason in both languages, details written in") {
    CHECK(both(Reason{ReasonKind::clause_veto, "2.2", fixture::dec("1.5"), fixture::dec("5")}) ==
          "veto clause `2.2` scored 1.5 of 5 | 一票否决：否决项 2.2 得分 1.50，未达满分 5.00");
    CHECK(both(Reason{ReasonKind::event_veto, "incident", {}, {}}) == "veto event `incident` occurred | 一票否决：重大事件");
    CHECK(both(Reason{ReasonKind::prerequisite, "provincial-title", {}, {}, scoring::Unmet::not_met}) ==
          "prerequisite `provincial-title` is not met | 前置条件未满足：已获省级命名");
    CHECK(both(Reason{ReasonKind::prerequisite, "provincial-title", {}, {}, scoring::Unmet::unanswered}) ==
          "prerequisite `provincial-title` is unanswered | 前置条件未作答：已获省级命名");
    CHECK(both(Reason{ReasonKind::prerequisite, "provincial-title", {}, {}, scoring::Unmet::lacks_evidence}) ==
          "prerequisite `provincial-title` lacks the evidence it needs | 前置条件缺少佐证材料：已获省级命名");
    CHECK(both(Reason{ReasonKind::below_threshold, "", fixture::dec("85.2"), fixture::dec("90")}) ==
          "the score 85.2 is below the threshold 90 | 总分 85.20 低于申报线 90.00");
  }

  TEST_CASE("every warning in both languages") {
    CHECK(both(warning(WarningKind::unanswered, "1.1.2")) == "clause `1.1.2` is unanswered | 条款 1.1.2 未作答，按 0 分计");
    CHECK(both(warning(WarningKind::veto_unanswered, "2.2")) == "veto clause `2.2` is unanswered | 否决项 2.2 未作答");
    Warning event = warning(WarningKind::veto_unanswered, "incident");
    event.subject = Subject::event;
    CHECK(both(event) == "veto event `incident` is unanswered and taken as not occurred | 否决事项 incident 未作答，按未发生处理");
    Warning missing = warning(WarningKind::missing_evidence, "1.2.1");
    missing.needed = 2;
    missing.kinds = {"pdf", "docx"};
    CHECK(both(missing) == "clause `1.2.1` needs 2 evidence items of kind pdf, docx | 条款 1.2.1 需要 2 项佐证材料（pdf、docx 格式）");
    missing.subject = Subject::bonus;
    missing.needed = 1;
    missing.kinds.clear();
    CHECK(both(missing) == "bonus `1.2.1` needs 1 evidence item | 加分项 1.2.1 需要 1 项佐证材料");
    CHECK(both(warning(WarningKind::evidence_not_found, "1.1.1", "a.pdf")) ==
          "evidence `a.pdf` of `1.1.1` was not found under the evidence root | 1.1.1 的佐证材料“a.pdf”未找到");
    CHECK(both(warning(WarningKind::evidence_outside_root, "1.1.1", "../a.pdf")) ==
          "evidence `../a.pdf` of `1.1.1` lies outside the evidence root | 1.1.1 的佐证材料“../a.pdf”不在材料目录内，不予认定");
    CHECK(both(warning(WarningKind::prerequisite_unanswered, "provincial-title")) ==
          "prerequisite `provincial-title` is unanswered and taken as unmet | 前置条件 provincial-title 未作答，按未满足处理");
    Warning expired = warning(WarningKind::title_expired);
    expired.expiry = assessment::Expiry{{2019, 9, 27}, 5, {2024, 9, 27}, {2025, 4, 20}};
    CHECK(both(expired) ==
          "the title named on 2019-09-27 was valid for 5 years, until 2024-09-27; the reference date is 2025-04-20 | "
          "称号于 2019-09-27 命名，有效期 5 年，至 2024-09-27 届满；参照日期为 2025-04-20");
    Warning version = warning(WarningKind::rubric_version, "", "2019");
    version.version = "2020";
    CHECK(both(version) == "the assessment pins version 2019 but rubric demo is version 2020 | 自评表注明指标体系版本 2019，但 demo 的版本为 2020");
    version.version.reset();
    CHECK(both(version) == "the assessment pins version 2019 but rubric demo has no version | 自评表注明指标体系版本 2019，但 demo 未标注版本");
    Warning kind = warning(WarningKind::unit_kind, "", "county");
    kind.kinds = {"prefecture", "agency"};
    CHECK(both(kind) == "unit kind `county` is not one rubric demo applies to (prefecture, agency) | 单位类型“县(市、区、旗)”不在指标体系 demo 的适用范围（州(地、市、盟)；机关）内");
    kind.text = "cooperative";
    CHECK(both(kind) == "unit kind `cooperative` is not one rubric demo applies to (prefecture, agency) | 单位类型“cooperative”不在指标体系 demo 的适用范围（州(地、市、盟)；机关）内");
    CHECK(both(warning(WarningKind::unit_id_scientific, "", "9.1E+17")) ==
          "unit id \"9.1E+17\" looks like a number a spreadsheet wrote in scientific notation | 单位编码“9.1E+17”疑似被电子表格转为科学计数法");
    Warning fraction = warning(WarningKind::value_looks_like_fraction, "2.3.1", "0.96");
    CHECK(both(fraction) == "value 0.96 of clause `2.3.1` looks like a fraction, but the rule counts in percent | 条款 2.3.1 的数值 0.96 像是小数形式的比例，但该规则按百分数计分");
    CHECK(warning_hint(fraction) == "if you meant a percentage, write `96%`");
    Warning duplicate = warning(WarningKind::duplicate_result, "990100", "units.csv");
    duplicate.line = 3;
    CHECK(both(duplicate) == "unit `990100` was already scored from units.csv (line 3) | 单位 990100 已在 units.csv（第 3 行）评分，本结果重复");
    duplicate.line = 0;
    duplicate.text = "a.yaml";
    CHECK(both(duplicate) == "unit `990100` was already scored from a.yaml | 单位 990100 已在 a.yaml 评分，本结果重复");
  }

  TEST_CASE("codes and names") {
    for (int k = 0; k <= static_cast<int>(WarningKind::duplicate_result); ++k) {
      auto kind = static_cast<WarningKind>(k);
      CHECK(assessment::parse_warning_code(assessment::warning_code(kind)) == kind);
      CHECK(warning_name(assessment::warning_code(kind), Lang::zh) != assessment::warning_code(kind));
    }
    CHECK(reason_name("veto:5.3.1", Lang::zh) == "一票否决：5.3.1");
    CHECK(reason_name("prerequisite:title", Lang::zh) == "前置条件：title");
    CHECK(reason_name("below-threshold", Lang::zh) == "低于申报线");
    CHECK(reason_name("below-threshold", Lang::en) == "below-threshold");
    CHECK(note_line("below-threshold", "总分低", Lang::zh) == "总分低");
    CHECK(note_line("below-threshold", "too low", Lang::en) == "below-threshold: too low");
  }
}
