// The messages when the rubric is unknown (an input whose rubric did not
// resolve), for ids the rubric does not hold, and for warnings without their
// details.
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

// "en | zh" of a warning or a reason with no rubric at hand.
std::string without_rubric(const Warning& w) {
  return warning_text(w, nullptr, Lang::en) + " | " + warning_text(w, nullptr, Lang::zh);
}

std::string without_rubric(const Reason& reason) {
  return reason_text(reason, nullptr, Lang::en) + " | " + reason_text(reason, nullptr, Lang::zh);
}

}  // namespace

TEST_SUITE("report::messages") {
  TEST_CASE("reasons without a rubric: ids instead of texts, two decimals") {
    CHECK(without_rubric(Reason{ReasonKind::clause_veto, "2.2", fixture::dec("1.5"), fixture::dec("5")}) ==
          "veto clause `2.2` scored 1.5 of 5 | 一票否决：否决项 2.2 得分 1.50，未达满分 5.00");
    CHECK(without_rubric(Reason{ReasonKind::event_veto, "incident", {}, {}}) ==
          "veto event `incident` occurred | 一票否决：incident");
    CHECK(without_rubric(Reason{ReasonKind::prerequisite, "title", {}, {}, scoring::Unmet::lacks_evidence}) ==
          "prerequisite `title` lacks the evidence it needs | 前置条件缺少佐证材料：title");
    CHECK(without_rubric(Reason{ReasonKind::below_floor, "3", fixture::dec("2"), fixture::dec("4")}) ==
          "item `3` scored 2, below its floor 4 | 3 得分 2.00，低于分项底线 4.00");
  }

  TEST_CASE("a floor names its node: category or item, with the title the rubric gives") {
    auto r = fixture::demo_rubric();
    Reason category{ReasonKind::below_floor, "1", fixture::dec("4.5"), fixture::dec("6")};
    CHECK(reason_text(category, r.get(), Lang::en) == "category `1` scored 4.5, below its floor 6");
    CHECK(reason_text(category, r.get(), Lang::zh) == "1 党的领导 得分 4.50，低于分项底线 6.00");
    Reason item{ReasonKind::below_floor, "1.2", fixture::dec("1"), fixture::dec("2")};
    CHECK(reason_text(item, r.get(), Lang::en) == "item `1.2` scored 1, below its floor 2");
    CHECK(reason_text(item, r.get(), Lang::zh) == "1.2 工作机制 得分 1.00，低于分项底线 2.00");
    Reason unknown{ReasonKind::below_floor, "9", fixture::dec("0"), fixture::dec("1")};
    CHECK(reason_text(unknown, r.get(), Lang::zh) == "9 得分 0.00，低于分项底线 1.00");
  }

  TEST_CASE("reason labels: the rubric's texts in Chinese, the code in English") {
    auto r = fixture::demo_rubric();
    Reason event{ReasonKind::event_veto, "incident", {}, {}};
    Reason gate{ReasonKind::prerequisite, "provincial-title", {}, {}};
    Reason floor{ReasonKind::below_floor, "1", fixture::dec("4.5"), fixture::dec("6")};
    CHECK(reason_label(event, r.get(), Lang::zh) == "一票否决：重大事件");
    CHECK(reason_label(event, nullptr, Lang::zh) == "一票否决：incident");
    CHECK(reason_label(event, r.get(), Lang::en) == "veto:incident");
    CHECK(reason_label(gate, r.get(), Lang::zh) == "前置条件：已获省级命名");
    CHECK(reason_label(gate, nullptr, Lang::zh) == "前置条件：provincial-title");
    CHECK(reason_label(floor, r.get(), Lang::zh) == "低于分项底线：1");
    CHECK(reason_label(floor, r.get(), Lang::en) == "below-floor:1");
  }

  TEST_CASE("warnings without a rubric name it `?`") {
    Warning version = warning(WarningKind::rubric_version, "", "2019");
    version.version = "2020";
    CHECK(without_rubric(version) ==
          "the assessment pins version 2019 but rubric ? is version 2020 | "
          "自评表注明指标体系版本 2019，但 ? 的版本为 2020");
    version.version.reset();
    CHECK(without_rubric(version) ==
          "the assessment pins version 2019 but rubric ? has no version | "
          "自评表注明指标体系版本 2019，但 ? 未标注版本");
    Warning kind = warning(WarningKind::unit_kind, "", "hamlet");
    kind.kinds = {"county"};
    CHECK(without_rubric(kind) ==
          "unit kind `hamlet` is not one rubric ? applies to (county) | "
          "单位类型“hamlet”不在指标体系 ? 的适用范围（县(市、区、旗)）内");
  }

  TEST_CASE("the evidence a prerequisite or a veto event needs") {
    Warning missing = warning(WarningKind::missing_evidence, "provincial-title");
    missing.subject = Subject::prerequisite;
    missing.needed = 3;
    CHECK(without_rubric(missing) ==
          "prerequisite `provincial-title` needs 3 evidence items | 前置条件 provincial-title 需要 3 项佐证材料");
    missing.subject = Subject::event;
    missing.needed = 1;
    missing.kinds = {"pdf"};
    CHECK(without_rubric(missing) ==
          "veto event `provincial-title` needs 1 evidence item of kind pdf | "
          "否决事项 provincial-title 需要 1 项佐证材料（pdf 格式）");
  }

  TEST_CASE("an expired title without its dates falls back to the warning's code or name") {
    Warning expired = warning(WarningKind::title_expired);
    CHECK(without_rubric(expired) == "title-expired | 称号已过有效期");
  }

  TEST_CASE("hints") {
    CHECK(warning_hint(warning(WarningKind::unit_id_scientific, "", "9.1E+17")) ==
          "format the unit id column as text and type the ids again; the digits are lost");
    CHECK(warning_hint(warning(WarningKind::value_looks_like_fraction, "2.3.1", "0.125")) ==
          "if you meant a percentage, write `12.5%`");
    CHECK(warning_hint(warning(WarningKind::value_looks_like_fraction, "2.3.1", "about half")) == "");
    CHECK(warning_hint(warning(WarningKind::unanswered, "1.1.1")) == "");
  }

  TEST_CASE("the diagnostic of a warning: its position, code, English text and hint") {
    diag::SourceText source("units/a.csv", "unit_id\n9.1E+17\n");
    Warning scientific = warning(WarningKind::unit_id_scientific, "", "9.1E+17");
    scientific.position = {2, 1};
    diag::Diagnostic d = warning_diagnostic(scientific, nullptr, source);
    CHECK(d.path == "units/a.csv");
    CHECK(d.line == 2);
    CHECK(d.column == 1);
    CHECK(d.severity == diag::Severity::warning);
    CHECK(d.code == "unit-id-scientific");
    CHECK(d.message == "unit id \"9.1E+17\" looks like a number a spreadsheet wrote in scientific notation");
    CHECK(d.hint == "format the unit id column as text and type the ids again; the digits are lost");
  }

  TEST_CASE("names of codes that are not known stay as they are") {
    CHECK(warning_name("rubric-version-changed", Lang::zh) == "指标体系版本变化");
    CHECK(warning_name("rubric-version-changed", Lang::en) == "rubric version changed");
    CHECK(warning_name("missing-evidence", Lang::en) == "missing evidence");
    CHECK(warning_name("no-such-warning", Lang::zh) == "no-such-warning");
    CHECK(reason_name("below-floor:2.1", Lang::zh) == "低于分项底线：2.1");
    CHECK(reason_name("something-else", Lang::zh) == "something-else");
    CHECK(reason_name("veto:5.3.1", Lang::en) == "veto:5.3.1");
  }
}
