#include <doctest/doctest.h>

#include <string>

#include "assessment/loader.hpp"
#include "csv/answers.hpp"
#include "rubric/loader.hpp"
#include "template/blank.hpp"
#include "test_responses.hpp"
#include "yaml/input.hpp"

using namespace cepin;

namespace {

const char* const k_rubric = R"(schema: cepin/rubric/1
id: mini
title: 小型测评
lang: zh
applies_to: [county]
total: 10
threshold: 6
prerequisites:
  - {id: provincial-title, text: 已被命名为省级示范区, evidence: required}
categories:
  - id: "1"
    title: 领导
    clauses:
      - {id: "1.1", text: "学习\n制度", points: 4, evidence: 2, rule: check}
      - {id: "1.2", text: 评级, points: 3, optional: true, rule: {type: levels, levels: {优秀: 3, 良好: 2}}}
      - {id: "1.3", text: 自评, points: 3, rule: {type: manual, step: 0.5}}
adjustments:
  - {id: model, kind: bonus, text: 模范集体, per: 1, cap: 2}
  - {id: incident, kind: veto, text: 重大事件}
)";

const rubric::Rubric& mini() {
  static std::shared_ptr<const rubric::Rubric> rubric = [] {
    rubric::LoadResult loaded = rubric::load_from_bytes("mini.yaml", k_rubric);
    REQUIRE(static_cast<bool>(loaded.rubric));
    return loaded.rubric;
  }();
  return *rubric;
}

// A CSV template loads as one unit with nothing answered.
void check_loads(const std::string& text) {
  csv::LoadResult loaded = csv::load("blank.csv", text, {}, mini());
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.units.size() == 1);
  REQUIRE(loaded.units[0].assessment);
  CHECK(loaded.units[0].diagnostics.empty());
  CHECK(loaded.units[0].assessment->unit.id == tmpl::k_placeholder_unit_id);
  CHECK(loaded.units[0].assessment->responses.empty());
  CHECK(loaded.units[0].assessment->adjustments.empty());
}

}  // namespace

TEST_SUITE("tmpl::yaml_template") {
  TEST_CASE("every question, commented, unanswered") {
    SUBCASE("Chinese comments for a Chinese rubric") {
      std::string text = tmpl::yaml_template(mini());
      CHECK(text == R"(# 小型测评（mini）自评表。
# 逐项填写作答，留空即未作答。任一作答也可写成
# {<作答键>: …, evidence: [材料.pdf, …], note: …}（佐证材料、备注）。
schema: cepin/assessment/1
rubric: "mini"
unit: {id: "000000", name: "单位名称", kind: "county"}
# assessed_on: 2025-06-30   # 测评日期
# assessor: self            # 评估主体：self（自评）或评估机构名称
prerequisites:
  # 已被命名为省级示范区；作答：是 或 否
  #   佐证材料：至少 1 项
  "provincial-title":
adjustments:
  # 加分 模范集体；作答：次数（整数），每次 1 分，最多 2 分
  "model":
  # 一票否决 重大事件；作答：是 或 否（是否发生）
  "incident":
responses:
  # 1 领导（10 分）
  # 1.1（4 分）学习 制度
  #   评分规则：达标即得满分（check）；作答：是 或 否
  #   佐证材料：至少 2 项
  "1.1":
  # 1.2（3 分）评级
  #   评分规则：分等级（levels）：优秀 3 分、良好 2 分；作答：优秀、良好 之一，或 不适用
  #   可选：可答“不适用”
  "1.2":
  # 1.3（3 分）自评
  #   评分规则：人工评分（manual），步长 0.5；作答：0 到 3 之间的分数，步长 0.5
  "1.3":
)");
      yaml::Input input = yaml::parse_input("blank.yaml", text);
      assessment::LoadResult loaded = assessment::load(input, mini(), "blank.yaml", ".");
      CHECK(loaded.diagnostics.empty());
      REQUIRE(loaded.assessment);
    }
    SUBCASE("English comments with --lang en") {
      std::string text = tmpl::yaml_template(mini(), "en");
      CHECK(text == R"(# A blank self-assessment for 小型测评 (mini).
# Fill in the answers; an empty answer is unanswered. Any answer may also be written
# {<response key>: …, evidence: [file.pdf, …], note: …}.
schema: cepin/assessment/1
rubric: "mini"
unit: {id: "000000", name: "Unit name", kind: "county"}
# assessed_on: 2025-06-30
# assessor: self
prerequisites:
  # 已被命名为省级示范区; response: true or false (met)
  #   evidence: at least 1 item
  "provincial-title":
adjustments:
  # bonus 模范集体; response: a whole number (count), 1 point per occurrence, at most 2
  "model":
  # veto 重大事件; response: true or false (occurred)
  "incident":
responses:
  # 1 领导 (10 points)
  # 1.1 (4 points) 学习 制度
  #   rule check; response: true or false (met)
  #   evidence: at least 2 items
  "1.1":
  # 1.2 (3 points) 评级
  #   rule levels: 优秀 3, 良好 2; response: one of 优秀, 良好, or n/a
  #   optional: may be answered n/a (不适用)
  "1.2":
  # 1.3 (3 points) 自评
  #   rule manual: step 0.5; response: points from 0 to 3, in steps of 0.5
  "1.3":
)");
      yaml::Input input = yaml::parse_input("blank.yaml", text);
      assessment::LoadResult loaded = assessment::load(input, mini(), "blank.yaml", ".");
      CHECK(loaded.diagnostics.empty());
      REQUIRE(loaded.assessment);
    }
  }
}

TEST_SUITE("tmpl::csv_template") {
  TEST_CASE("layouts") {
    SUBCASE("long: the unit columns, then the clause, its text, points and guidance, then the answer") {
      std::string text = tmpl::csv_template(mini(), tmpl::CsvLayout::long_form);
      CHECK(text ==
            "\xEF\xBB\xBF单位编码,单位名称,单位类型,指标体系,指标编号,测评内容,分值,填写说明,自评结果,佐证材料,备注\n"
            "000000,单位名称,县(市、区、旗),mini,1.1,学习 制度,4,作答：是 或 否；佐证材料：至少 2 项,,,\n"
            "000000,单位名称,县(市、区、旗),mini,1.2,评级,3,作答：优秀、良好 之一，或 不适用,,,\n"
            "000000,单位名称,县(市、区、旗),mini,1.3,自评,3,作答：0 到 3 之间的分数，步长 0.5,,,\n"
            "000000,单位名称,县(市、区、旗),mini,model,模范集体,加分,作答：次数（整数），每次 1 分，最多 2 分,,,\n"
            "000000,单位名称,县(市、区、旗),mini,incident,重大事件,一票否决,作答：是 或 否（是否发生）,,,\n"
            "000000,单位名称,县(市、区、旗),mini,provincial-title,已被命名为省级示范区,前置条件,作答：是 或 否；佐证材料：至少 1 项,,,\n");
      check_loads(text);
      std::string en = tmpl::csv_template(mini(), tmpl::CsvLayout::long_form, "en");
      CHECK(en.substr(0, en.find('\n', 3) + 1) ==
            "\xEF\xBB\xBFunit_id,unit_name,unit_kind,rubric,clause,text,points,guidance,response,evidence,note\n");
      CHECK(en.find("000000,Unit name,county,mini,1.2,评级,3,\"answer: one of 优秀, 良好, or n/a\",,,\n") !=
            std::string::npos);
      check_loads(en);
    }
    SUBCASE("wide: a guidance row under the header") {
      std::string text = tmpl::csv_template(mini(), tmpl::CsvLayout::wide_form, "en");
      CHECK(text ==
            "\xEF\xBB\xBFunit_id,unit_name,unit_kind,rubric,1.1,1.1:evidence,1.2,1.3,model,"
            "incident,provincial-title,provincial-title:evidence\n"
            "guidance,the unit's full name,e.g. county,leave as it is,"
            "学习 制度 (4 points). answer: true or false (met); evidence: at least 2 items,"
            "\"evidence for 1.1: at least 2, separated by ;\","
            "\"评级 (3 points). answer: one of 优秀, 良好, or n/a\","
            "\"自评 (3 points). answer: points from 0 to 3, in steps of 0.5\","
            "\"模范集体 (bonus). answer: a whole number (count), 1 point per occurrence, at most 2\","
            "重大事件 (veto). answer: true or false (occurred),"
            "已被命名为省级示范区 (prerequisite). answer: true or false (met); evidence: at least 1 item,"
            "\"evidence for provincial-title: at least 1, separated by ;\"\n"
            "000000,Unit name,county,mini,,,,,,,,\n");
      check_loads(text);
      std::string zh = tmpl::csv_template(mini(), tmpl::CsvLayout::wide_form);
      CHECK(zh.find(",1.1,1.1：佐证材料,") != std::string::npos);
      CHECK(zh.find("\n填写说明,填写单位全称,如：县(市、区、旗),勿改动,学习 制度（4 分）。作答：是 或 否；佐证材料：至少 2 项,") !=
            std::string::npos);
      check_loads(zh);
    }
  }

  TEST_CASE("a filled template reads back: guidance columns ignored, the guidance row skipped") {
    SUBCASE("long") {
      std::string text = tmpl::csv_template(mini(), tmpl::CsvLayout::long_form);
      std::string filled;
      for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        std::string line = text.substr(start, end - start);
        start = end + 1;
        if (line.find(",1.1,") != std::string::npos) {
          line.replace(line.size() - 3, 3, ",符合,学习记录;制度汇编,");
        } else if (line.find(",model,") != std::string::npos) {
          line.replace(line.size() - 3, 3, ",2,,");
        }
        filled += line + "\r\n";
      }
      csv::LoadResult loaded = csv::load("filled.csv", filled, {}, mini());
      CHECK(loaded.diagnostics.empty());
      REQUIRE(loaded.units.size() == 1);
      REQUIRE(loaded.units[0].assessment);
      const assessment::Assessment& a = *loaded.units[0].assessment;
      CHECK(a.unit.kind == "county");
      const assessment::Response* first = responses_test::response_to(a, mini(), "1.1");
      REQUIRE(first != nullptr);
      CHECK(first->met);
      CHECK(first->evidence.size() == 2);
      CHECK(a.adjustments.at("model").count == 2);
    }
    SUBCASE("wide") {
      std::string text = tmpl::csv_template(mini(), tmpl::CsvLayout::wide_form);
      std::string filled = text.substr(0, text.rfind("000000")) + "150600,示例县,县,mini,√,学习记录;制度汇编,良好,2.5,1,×,✓,命名文件\n";
      csv::LoadResult loaded = csv::load("filled.csv", filled, {}, mini());
      CHECK(loaded.diagnostics.empty());
      REQUIRE(loaded.units.size() == 1);
      REQUIRE(loaded.units[0].assessment);
      const assessment::Assessment& a = *loaded.units[0].assessment;
      CHECK(a.unit.id == "150600");
      CHECK(a.unit.kind == "county");
      REQUIRE(responses_test::response_to(a, mini(), "1.1") != nullptr);
      CHECK(responses_test::response_to(a, mini(), "1.1")->met);
      REQUIRE(responses_test::response_to(a, mini(), "1.2") != nullptr);
      CHECK(responses_test::response_to(a, mini(), "1.2")->level == "良好");
      CHECK(a.adjustments.at("incident").occurred == false);
      CHECK(a.prerequisites.at("provincial-title").met == true);
    }
  }
}
