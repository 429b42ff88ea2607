#include <doctest/doctest.h>

#include <string>

#include "assessment/loader.hpp"
#include "csv/answers.hpp"
#include "rubric/loader.hpp"
#include "template/blank.hpp"
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
    std::string text = tmpl::yaml_template(mini());
    CHECK(text == R"(# A blank self-assessment for 小型测评 (mini).
# Fill in the answers; an empty answer is unanswered. Any answer may also be written
# {<response key>: …, evidence: [file.pdf, …], note: …}.
schema: cepin/assessment/1
rubric: "mini"
unit: {id: "000000", name: "单位名称", kind: "county"}
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

TEST_SUITE("tmpl::csv_template") {
  TEST_CASE("layouts") {
    SUBCASE("long") {
      std::string text = tmpl::csv_template(mini(), tmpl::CsvLayout::long_form);
      CHECK(text ==
            "\xEF\xBB\xBF单位编码,单位名称,单位类型,指标体系,指标编号,自评结果,佐证材料,备注\n"
            "000000,单位名称,county,mini,1.1,,,\n"
            "000000,单位名称,county,mini,1.2,,,\n"
            "000000,单位名称,county,mini,1.3,,,\n"
            "000000,单位名称,county,mini,model,,,\n"
            "000000,单位名称,county,mini,incident,,,\n"
            "000000,单位名称,county,mini,provincial-title,,,\n");
      CHECK(tmpl::csv_template(mini(), tmpl::CsvLayout::long_form, "en")
                .find("unit_id,unit_name,unit_kind,rubric,"
                      "clause,response,evidence,note\n") == 3);
      check_loads(text);
    }
    SUBCASE("wide") {
      std::string text = tmpl::csv_template(mini(), tmpl::CsvLayout::wide_form, "en");
      CHECK(text ==
            "\xEF\xBB\xBFunit_id,unit_name,unit_kind,rubric,1.1,1.1:evidence,1.2,1.3,model,"
            "incident,provincial-title,"
            "provincial-title:evidence\n"
            "000000,Unit name,county,mini,,,,,,,,\n");
      check_loads(text);
      std::string zh = tmpl::csv_template(mini(), tmpl::CsvLayout::wide_form);
      CHECK(zh.find(",1.1,1.1：佐证材料,") != std::string::npos);
      check_loads(zh);
    }
  }
}
