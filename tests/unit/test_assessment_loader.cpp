#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "assessment/loader.hpp"
#include "report/messages.hpp"
#include "rubric/loader.hpp"
#include "test_responses.hpp"

using namespace cepin;
using assessment::ResponseState;

namespace {

constexpr const char* k_rubric = R"(schema: cepin/rubric/1
id: demo
title: 示例
version: "2020"
applies_to: [prefecture]
total: 30
threshold: 20
prerequisites:
  - {id: provincial-title, text: 省级}
  - {id: third-party-report, text: 报告}
categories:
  - id: "1"
    title: 领导
    items:
      - id: "1.1"
        title: 组织
        clauses:
          - {id: "1.1.1", text: 学习, points: 3, rule: check}
          - {id: "1.1.2", text: 议程, points: 3, rule: {type: manual, step: 0.5}}
          - {id: "1.1.10", text: 机构, points: 2, rule: check}
      - id: "1.2"
        title: 机制
        clauses:
          - {id: "1.2.1", text: 八有, points: 8, rule: {type: checklist, elements: [计划, 方案, 部署, 专栏, 检查, 成效, 总结, 经费保障]}}
  - id: "2"
    title: 成效
    clauses:
      - {id: "2.1", text: 满意度, points: 4, rule: {type: tiers, tiers: [{min: 95, points: 4}, {min: 90, points: 3}]}}
      - {id: "2.2", text: 等级, points: 4, rule: {type: levels, levels: {优秀: 4, 良好: 3, 一般: 1}}}
      - {id: "2.3", text: 制度, points: 2, rule: {type: deduct, per: 0.5}}
      - {id: "2.4", text: 活动, points: 2, rule: {type: count, per: 0.5}}
      - {id: "2.5", text: 线性, points: 1, rule: {type: linear, from: 0, to: 100}, optional: true}
      - {id: "2.60", text: 短缺, points: 1, rule: {type: shortfall, target: 90, per: 0.2}}
adjustments:
  - {id: national-model, kind: bonus, text: 表彰, per: 2, cap: 4}
  - {id: criticized, kind: penalty, text: 通报, per: 1}
  - {id: ethnic-incident, kind: veto, text: 事件}
)";

const rubric::Rubric& demo_rubric(const char* text = k_rubric) {
  static std::shared_ptr<const rubric::Rubric> loaded;
  if (!loaded) {
    auto result = rubric::load_from_bytes("demo.yaml", text);
    REQUIRE(static_cast<bool>(result.rubric));
    loaded = result.rubric;
  }
  return *loaded;
}

const char* k_head =
    "schema: cepin/assessment/1\nrubric: demo\nunit: {id: \"150600\", name: 鄂尔多斯市, kind: "
    "prefecture}\n";

assessment::LoadResult load(const std::string& text, const rubric::Rubric& rubric = demo_rubric()) {
  yaml::Input input = yaml::parse_input("a.yaml", text);
  return assessment::load(input, rubric, "dir/a.yaml", "dir");
}

// "line:col severity code: message (hint)" for every diagnostic.
// The texts of evidence items.
std::vector<std::string> texts(const std::vector<assessment::EvidenceItem>& items) {
  std::vector<std::string> out;
  for (const assessment::EvidenceItem& item : items) {
    out.push_back(item.text);
  }
  return out;
}

// Every diagnostic and warning as "line:col severity code: message (hint)",
// in position order (warnings worded as on stderr).
std::vector<std::string> shown(const assessment::LoadResult& result) {
  std::vector<std::string> out;
  std::vector<diag::Diagnostic> all = result.diagnostics;
  for (const assessment::Warning& w : result.warnings) {
    diag::Diagnostic d;
    d.path = result.diagnostics.empty() ? std::string() : result.diagnostics.front().path;  // one file
    d.line = w.position.line;
    d.column = w.position.column;
    d.severity = diag::Severity::warning;
    d.code = w.code();
    d.message = report::warning_text(w, &demo_rubric(), report::Lang::en);
    d.hint = report::warning_hint(w);
    all.push_back(d);
  }
  diag::sort_diagnostics(all);
  for (const diag::Diagnostic& d : all) {
    std::string line = std::to_string(d.line) + ":" + std::to_string(d.column) + " " +
                       diag::severity_name(d.severity) + " " + d.code + ": " + d.message;
    if (!d.hint.empty()) {
      line += " (" + d.hint + ")";
    }
    out.push_back(line);
  }
  return out;
}

// The single diagnostic of a file whose responses are `body`.
std::string one_error(const std::string& body) {
  auto result = load(std::string(k_head) + body);
  CHECK_FALSE(result.assessment);
  auto all = shown(result);
  REQUIRE(all.size() == 1);
  return all[0];
}

const assessment::Response& response(const assessment::LoadResult& result, const std::string& id) {
  REQUIRE(result.assessment);
  const assessment::Response* found = responses_test::response_to(*result.assessment, demo_rubric(), id);
  REQUIRE(found != nullptr);
  return *found;
}

util::Decimal dec(const char* text) {
  return *util::parse_decimal(text).value;
}

}  // namespace

TEST_SUITE("assessment::load") {
  TEST_CASE("a complete file") {
    auto result = load(std::string(k_head) + R"(assessed_on: 2025-06-30
assessor: self
title: {named_on: 2020-12-01}
evidence_root: ./evidence//2025/
prerequisites: {provincial-title: true, third-party-report: {met: 是, evidence: 评估报告.pdf, note: 已出具}}
responses:
  "1.1.1": {met: true, evidence: [学习记录.pdf, 2023年学习记录]}
  "1.1.2": 2.5
  "1.2.1": {met: [总结, 计划, 方案], evidence: [工作方案.docx], note: 三项}
  "2.1": {value: 96.5%}
  "2.2": {level: 良好}
  "2.3": {count: 2, note: 两项制度未建立}
  "2.5": n/a
adjustments: {national-model: 1, criticized: {count: 0}, ethnic-incident: false}
)");
    CHECK(shown(result).empty());
    REQUIRE(result.assessment);
    const auto& a = *result.assessment;
    CHECK(a.source == "dir/a.yaml");
    CHECK(a.base_directory == "dir");
    CHECK(a.rubric_id == "demo");
    CHECK_FALSE(a.rubric_version);
    CHECK(a.unit.id == "150600");
    CHECK(a.unit.name == "鄂尔多斯市");
    CHECK(a.unit.kind == "prefecture");
    REQUIRE(result.unit);
    CHECK(result.unit->id == "150600");
    CHECK(util::format_date(*a.assessed_on) == "2025-06-30");
    CHECK(a.assessor == "self");
    CHECK(util::format_date(*a.title_named_on) == "2020-12-01");
    CHECK(a.evidence_root == "evidence/2025");
    CHECK(a.prerequisites.at("provincial-title").met == std::optional<bool>(true));
    CHECK(a.prerequisites.at("provincial-title").position.line == 8);
    CHECK(a.prerequisites.at("provincial-title").position.column == 17);
    CHECK(a.prerequisites.at("third-party-report").met == std::optional<bool>(true));
    CHECK(texts(a.prerequisites.at("third-party-report").evidence) ==
          std::vector<std::string>{"评估报告.pdf"});
    const auto& r111 = response(result, "1.1.1");
    CHECK(r111.state == ResponseState::answered);
    CHECK(r111.met);
    CHECK(texts(r111.evidence) == std::vector<std::string>{"学习记录.pdf", "2023年学习记录"});
    CHECK(r111.position.line == 10);
    CHECK(r111.position.column == 3);
    CHECK(response(result, "1.1.2").value == dec("2.5"));
    const auto& r121 = response(result, "1.2.1");
    CHECK(r121.labels == std::vector<std::string>{"计划", "方案", "总结"});
    CHECK(texts(r121.evidence) == std::vector<std::string>{"工作方案.docx"});
    CHECK(r121.note == "三项");
    CHECK(response(result, "2.1").value == dec("96.5"));
    CHECK(response(result, "2.2").level == "良好");
    CHECK(response(result, "2.3").count == 2);
    CHECK(response(result, "2.3").note == "两项制度未建立");
    CHECK(response(result, "2.5").state == ResponseState::not_applicable);
    CHECK(responses_test::response_to(a, demo_rubric(), "2.4") == nullptr);
    CHECK(a.adjustments.at("national-model").count == 1);
    CHECK(a.adjustments.at("criticized").count == 0);
    CHECK(a.adjustments.at("ethnic-incident").occurred == std::optional<bool>(false));
    CHECK(a.warnings.empty());
  }

  TEST_CASE("shorthand for every rule type") {
    auto result = load(std::string(k_head) + R"(responses:
  "1.1.1": 是
  "1.1.10": no
  "1.1.2": 3
  "1.2.1": 计划；方案;专栏
  "2.1": 96.5%
  "2.2": 一般
  "2.3": 1
  "2.4": 4
  "2.5": 55.5
  "2.60": "88"
)");
    CHECK(shown(result).empty());
    CHECK(response(result, "1.1.1").met);
    CHECK_FALSE(response(result, "1.1.10").met);
    CHECK(response(result, "1.1.10").state == ResponseState::answered);
    CHECK(response(result, "1.1.2").value == dec("3"));
    CHECK(response(result, "1.2.1").labels == std::vector<std::string>{"计划", "方案", "专栏"});
    CHECK(response(result, "2.1").value == dec("96.5"));
    CHECK(response(result, "2.2").level == "一般");
    CHECK(response(result, "2.3").count == 1);
    CHECK(response(result, "2.4").count == 4);
    CHECK(response(result, "2.5").value == dec("55.5"));
    CHECK(response(result, "2.60").value == dec("88"));
  }

  TEST_CASE("full form for every rule type") {
    auto result = load(std::string(k_head) + R"(responses:
  "1.1.1": {met: 达到, evidence: 记录.pdf}
  "1.1.2": {points: 1.5, note: 部分}
  "1.2.1": {met: {计划: true, 方案: 否, 总结: yes}}
  "2.1": {value: 90}
  "2.2": {level: 优秀}
  "2.3": {count: 0}
  "2.4": {count: 3}
  "2.5": {value: n/a}
  "2.60": {value: 89.5％}
)");
    CHECK(shown(result).empty());
    CHECK(response(result, "1.1.1").met);
    CHECK(texts(response(result, "1.1.1").evidence) == std::vector<std::string>{"记录.pdf"});
    CHECK(response(result, "1.1.2").value == dec("1.5"));
    CHECK(response(result, "1.1.2").note == "部分");
    CHECK(response(result, "1.2.1").labels == std::vector<std::string>{"计划", "总结"});
    CHECK(response(result, "2.1").value == dec("90"));
    CHECK(response(result, "2.2").level == "优秀");
    CHECK(response(result, "2.3").count == 0);
    CHECK(response(result, "2.3").state == ResponseState::answered);
    CHECK(response(result, "2.4").count == 3);
    CHECK(response(result, "2.5").state == ResponseState::not_applicable);
    CHECK(response(result, "2.60").value == dec("89.5"));
  }

  TEST_CASE("evidence: one text, a list, empty items dropped") {
    auto result = load(std::string(k_head) + R"(responses:
  "1.1.1": {met: true, evidence: 学习记录.pdf}
  "1.1.10": {met: true, evidence: [a.pdf, "", ~, b.pdf]}
  "2.2": {level: 良好, evidence: "  "}
)");
    CHECK(shown(result).empty());
    CHECK(texts(response(result, "1.1.1").evidence) == std::vector<std::string>{"学习记录.pdf"});
    CHECK(texts(response(result, "1.1.10").evidence) == std::vector<std::string>{"a.pdf", "b.pdf"});
    CHECK(response(result, "2.2").evidence.empty());
    CHECK(one_error("responses:\n  \"1.1.1\": {met: true, evidence: [[a]]}\n") ==
          "5:35 error wrong-type: an evidence item must be a text, not a list");
  }

  TEST_CASE("a checklist as a YAML list, empty or not") {
    auto result = load(std::string(k_head) + "responses:\n  \"1.2.1\": [经费保障, 计划]\n");
    CHECK(response(result, "1.2.1").labels == std::vector<std::string>{"计划", "经费保障"});
    auto none = load(std::string(k_head) + "responses:\n  \"1.2.1\": {met: []}\n");
    CHECK(response(none, "1.2.1").state == ResponseState::answered);
    CHECK(response(none, "1.2.1").labels.empty());
  }

  TEST_CASE("null and empty values are unanswered") {
    auto result = load(std::string(k_head) + R"(responses:
  "1.1.1":
  "1.1.2": ~
  "2.2": ""
  "2.3": {count: , evidence: 制度.pdf}
prerequisites: {provincial-title: }
adjustments: {national-model: , ethnic-incident: {occurred: ~}}
)");
    CHECK(shown(result).empty());
    for (const char* id : {"1.1.1", "1.1.2", "2.2", "2.3"}) {
      CAPTURE(id);
      CHECK(response(result, id).state == ResponseState::unanswered);
    }
    CHECK(texts(response(result, "2.3").evidence) == std::vector<std::string>{"制度.pdf"});
    CHECK(result.assessment->prerequisites.at("provincial-title").met == std::nullopt);
    CHECK(result.assessment->adjustments.at("national-model").count == 0);
    CHECK(result.assessment->adjustments.at("ethnic-incident").occurred == std::nullopt);
  }

  TEST_CASE("value errors point at the value") {
    SUBCASE("boolean") {
      CHECK(one_error("responses: {\"1.1.1\": maybe}\n") ==
            "4:22 error bad-boolean: `maybe` is not a boolean "
            "(write true/false, yes/no, y/n, 1/0, 是/否, 有/无, 达到/未达到, 符合/不符合, √/×, ✓/✗ or ✔/✘)");
    }
    SUBCASE("n/a on a clause that is not optional") {
      CHECK(one_error("responses:\n  \"1.1.1\": NA\n") ==
            "5:12 error not-optional: clause 1.1.1 is not optional and cannot be answered `NA` "
            "(answer it, or mark the clause `optional: true` in the rubric)");
    }
    SUBCASE("level label") {
      CHECK(one_error("responses:\n  \"2.2\": {level: 良}\n") ==
            "5:18 error unknown-label: `良` is not a level of clause 2.2 (did you mean `良好`?)");
    }
    SUBCASE("checklist label in a list") {
      CHECK(one_error("responses:\n  \"1.2.1\": [计划, 计画]\n") ==
            "5:17 error unknown-label: `计画` is not an element of clause 1.2.1 (did you mean "
            "`计划`?)");
    }
    SUBCASE("checklist duplicate in a list") {
      CHECK(one_error("responses:\n  \"1.2.1\": {met: [计划, 方案, 计划]}\n") ==
            "5:27 error duplicate-label: element `计划` of clause 1.2.1 is listed twice (list each "
            "element once)");
    }
    SUBCASE("checklist map key") {
      CHECK(one_error("responses:\n  \"1.2.1\": {met: {计化: true}}\n") ==
            "5:19 error unknown-label: `计化` is not an element of clause 1.2.1 (did you mean "
            "`计划`?)");
    }
    SUBCASE("checklist map value") {
      CHECK(one_error("responses:\n  \"1.2.1\": {met: {计划: 可以}}\n") ==
            "5:23 error bad-boolean: `可以` is not a boolean "
            "(write true/false, yes/no, y/n, 1/0, 是/否, 有/无, 达到/未达到, 符合/不符合, √/×, ✓/✗ or ✔/✘)");
    }
    SUBCASE("count") {
      CHECK(one_error("responses:\n  \"2.3\": {count: -1}\n") ==
            "5:18 error bad-count: a count cannot be negative, not `-1` (write a whole number from "
            "0 to 1000000000)");
      CHECK(one_error("responses:\n  \"2.4\": 1.5\n") ==
            "5:10 error bad-count: a count must be a whole number, not `1.5` "
            "(write a whole number from 0 to 1000000000)");
      CHECK(one_error("responses:\n  \"2.4\": 1000000001\n") ==
            "5:10 error bad-count: a count cannot be above 1000000000, not `1000000001` "
            "(write a whole number from 0 to 1000000000)");
    }
    SUBCASE("manual points") {
      CHECK(one_error("responses:\n  \"1.1.2\": 3.5\n") ==
            "5:12 error points-out-of-range: points `3.5` are outside the range of clause 1.1.2: 0 to 3 "
            "(give a number from 0 to 3 in steps of 0.5)");
      CHECK(one_error("responses:\n  \"1.1.2\": {points: 1.2}\n") ==
            "5:21 error points-off-step: points `1.2` are not a multiple of 0.5 for clause 1.1.2 "
            "(use a multiple of 0.5, such as 1 or 1.5)");
    }
    SUBCASE("decimal") {
      CHECK(one_error("responses:\n  \"2.1\": {value: 1e2}\n") ==
            "5:18 error bad-decimal: `1e2` is not a decimal (write the number out in full, without "
            "an exponent)");
    }
    SUBCASE("a list where a scalar belongs") {
      CHECK(one_error("responses:\n  \"2.1\": [1, 2]\n") ==
            "5:10 error wrong-type: the answer to clause 2.1 must be a number, not a list");
    }
    SUBCASE("evidence of the wrong type") {
      CHECK(one_error("responses:\n  \"1.1.1\": {met: true, evidence: {a: b}}\n") ==
            "5:34 error wrong-type: `evidence` must be a list of texts or one text, not a map");
    }
  }

  TEST_CASE("key errors point at the key") {
    SUBCASE("wrong response kind") {
      CHECK(one_error("responses:\n  \"1.1.1\": {level: 良好}\n") ==
            "5:13 error wrong-response-kind: clause 1.1.1 is scored by `check`, which takes `met`, "
            "not `level` "
            "(write `met:` (a boolean))");
    }
    SUBCASE("unknown key in a response") {
      CHECK(one_error("responses:\n  \"1.1.1\": {met: true, evidense: a.pdf}\n") ==
            "5:24 error unknown-key: unknown key `evidense` in the response to clause 1.1.1 (did "
            "you mean `evidence`?)");
    }
    SUBCASE("unknown clause with did you mean") {
      CHECK(one_error("responses:\n  \"1.1.3\": true\n") ==
            "5:3 error unknown-clause: unknown clause `1.1.3` (did you mean `1.1.1`?)");
    }
    SUBCASE("unknown clause with a dropped trailing zero") {
      CHECK(one_error("responses:\n  2.6: 88\n") ==
            "5:3 error unknown-clause: unknown clause `2.6` (did you mean `2.60`? a trailing zero "
            "looks dropped "
            "(a spreadsheet or an unquoted number does that); write the id as text: \"2.60\")");
    }
    SUBCASE("an item is not a clause") {
      CHECK(one_error("responses:\n  \"1.1\": true\n") ==
            "5:3 error unknown-clause: unknown clause `1.1` (`1.1` is a category or item: answer "
            "its clauses)");
    }
    SUBCASE("an adjustment under responses") {
      CHECK(one_error("responses:\n  criticized: 1\n") ==
            "5:3 error unknown-clause: unknown clause `criticized` (`criticized` is an adjustment: "
            "put it under "
            "`adjustments`)");
    }
    SUBCASE("unknown adjustment") {
      CHECK(one_error("adjustments: {national-modle: 1}\n") ==
            "4:15 error unknown-adjustment: unknown adjustment `national-modle` (did you mean "
            "`national-model`?)");
    }
    SUBCASE("unknown prerequisite") {
      CHECK(one_error("prerequisites: {provincal-title: true}\n") ==
            "4:17 error unknown-prerequisite: unknown prerequisite `provincal-title` (did you mean "
            "`provincial-title`?)");
    }
    SUBCASE("a clause under prerequisites") {
      CHECK(one_error("prerequisites: {\"1.1.1\": true}\n") ==
            "4:17 error unknown-prerequisite: unknown prerequisite `1.1.1` (`1.1.1` is a clause: "
            "put it under "
            "`responses`)");
    }
    SUBCASE("unknown top-level key") {
      CHECK(one_error("response: {}\n") ==
            "4:1 error unknown-key: unknown key `response` in the assessment (did you mean "
            "`responses`?)");
    }
  }

  TEST_CASE("sections of the wrong shape") {
    CHECK(one_error("responses: [1, 2]\n") ==
          "4:12 error wrong-type: `responses` must be a map of ids to answers, not a list");
    CHECK(one_error("adjustments: 3\n") ==
          "4:14 error wrong-type: `adjustments` must be a map of ids to answers, not a text");
    CHECK(one_error("responses: {[a]: true}\n") ==
          "4:13 error wrong-type: an id must be a text, not a list");
    CHECK(one_error("prerequisites: {provincial-title: [true]}\n") ==
          "4:35 error wrong-type: `provincial-title` must be a boolean, not a list");
    CHECK(
        shown(load("schema: cepin/assessment/1\nrubric: demo\nunit: 150600\n")) ==
        std::vector<std::string>{
            "3:7 error wrong-type: `unit` must be a map with `id`, `name` and `kind`, not a text"});
  }

  TEST_CASE("YAML spellings of booleans reach the response as text") {
    auto result = load(std::string(k_head) + R"(responses:
  "1.1.1": "Yes"
  "1.1.10": N
prerequisites: {provincial-title: 有, third-party-report: {met: 无}}
)");
    CHECK(shown(result).empty());
    CHECK(response(result, "1.1.1").met);
    CHECK_FALSE(response(result, "1.1.10").met);
    CHECK(result.assessment->prerequisites.at("provincial-title").met == std::optional<bool>(true));
    CHECK(result.assessment->prerequisites.at("third-party-report").met ==
          std::optional<bool>(false));
  }

  TEST_CASE("adjustments and prerequisites") {
    SUBCASE("wrong key for the kind") {
      CHECK(one_error("adjustments: {ethnic-incident: {count: 1}}\n") ==
            "4:33 error wrong-response-kind: adjustment ethnic-incident is a veto, which takes "
            "`occurred`, not `count` "
            "(write `occurred:` (a boolean))");
      CHECK(one_error("adjustments: {criticized: {occurred: true}}\n") ==
            "4:28 error wrong-response-kind: adjustment criticized is a penalty, which takes "
            "`count`, not `occurred` "
            "(write `count:` (a whole number))");
    }
    SUBCASE("bad values") {
      CHECK(one_error("adjustments: {national-model: 两次}\n") ==
            "4:31 error bad-count: `两次` is not a count (write a whole number from 0 to "
            "1000000000)");
      CHECK(one_error("adjustments: {ethnic-incident: 2}\n") ==
            "4:32 error bad-boolean: `2` is not a boolean "
            "(write true/false, yes/no, y/n, 1/0, 是/否, 有/无, 达到/未达到, 符合/不符合, √/×, ✓/✗ or ✔/✘)");
      CHECK(one_error("prerequisites: {provincial-title: {met: 也许}}\n") ==
            "4:41 error bad-boolean: `也许` is not a boolean "
            "(write true/false, yes/no, y/n, 1/0, 是/否, 有/无, 达到/未达到, 符合/不符合, √/×, ✓/✗ or ✔/✘)");
    }
    SUBCASE("full forms") {
      auto result = load(std::string(k_head) +
                         "adjustments: {national-model: {count: 2, evidence: [表彰.pdf]}, "
                         "ethnic-incident: {occurred: 否}}\n");
      CHECK(shown(result).empty());
      REQUIRE(result.assessment);
      CHECK(result.assessment->adjustments.at("national-model").count == 2);
      CHECK(texts(result.assessment->adjustments.at("national-model").evidence) ==
            std::vector<std::string>{"表彰.pdf"});
      CHECK(result.assessment->adjustments.at("ethnic-incident").occurred ==
            std::optional<bool>(false));
    }
  }

  TEST_CASE("the header fields") {
    SUBCASE("schema missing") {
      auto result = load("rubric: demo\nunit: {id: u1}\n");
      CHECK(shown(result) ==
            std::vector<std::string>{
                "1:1 error missing-key: the assessment has no `schema` (add `schema:`)"});
    }
    SUBCASE("a rubric's schema") {
      auto result = load("schema: cepin/rubric/1\nrubric: demo\nunit: {id: u1}\n");
      CHECK(shown(result) ==
            std::vector<std::string>{
                "1:9 error unknown-schema: unknown schema `cepin/rubric/1` (this file is a rubric; "
                "an assessment declares `schema: cepin/assessment/1`)"});
    }
    SUBCASE("another schema") {
      auto result = load("schema: cepin/assessment/2\nrubric: demo\nunit: {id: u1}\n");
      CHECK(shown(result) ==
            std::vector<std::string>{"1:9 error unknown-schema: unknown schema "
                                     "`cepin/assessment/2` (write `schema: cepin/assessment/1`)"});
    }
    SUBCASE("rubric mismatch") {
      auto result = load("schema: cepin/assessment/1\nrubric: neac-county-2020\nunit: {id: u1}\n");
      CHECK(shown(result) ==
            std::vector<std::string>{
                "2:9 error rubric-mismatch: the assessment is for rubric `neac-county-2020`, not "
                "`demo` (score it against its own rubric, or correct `rubric:`)"});
      REQUIRE(result.unit);
      CHECK(result.unit->id == "u1");
    }
    SUBCASE("a rubric mismatch skips the answers") {
      auto result = load(
          "schema: cepin/assessment/1\nrubric: other\nunit: {id: u1, kind: county}\nresponses: "
          "{\"9.9\": 1}\n"
          "adjustments: {x: 1}\nprerequisites: {y: true}\n");
      CHECK(shown(result) ==
            std::vector<std::string>{
                "2:9 error rubric-mismatch: the assessment is for rubric `other`, not `demo` "
                "(score it against its own rubric, or correct `rubric:`)"});
    }
    SUBCASE("a rubric file is not read as an assessment") {
      auto result = load("schema: cepin/rubric/1\nid: demo\ntitle: x\ncategories: []\n");
      CHECK(shown(result) ==
            std::vector<std::string>{
                "1:9 error unknown-schema: unknown schema `cepin/rubric/1` (this file is a rubric; "
                "an assessment declares `schema: cepin/assessment/1`)"});
      CHECK_FALSE(result.unit);
    }
    SUBCASE("a misspelt schema still reads the rest") {
      auto result = load(
          "schema: cepin/asessment/1\nrubric: demo\nunit: {id: u1}\nresponses: {\"1.1.1\": "
          "perhaps}\n");
      CHECK(shown(result).size() == 2);
      REQUIRE(result.unit);
      CHECK(result.unit->id == "u1");
    }
    SUBCASE("a bad rubric reference") {
      auto result = load("schema: cepin/assessment/1\nrubric: \"@2020\"\nunit: {id: u1}\n");
      CHECK(shown(result) ==
            std::vector<std::string>{"2:9 error bad-rubric-ref: `@2020` does not name a rubric "
                                     "(write `rubric: id` or `rubric: id@version`)"});
    }
    SUBCASE("a pinned version that matches") {
      auto result = load("schema: cepin/assessment/1\nrubric: demo@2020\nunit: {id: u1}\n");
      CHECK(shown(result).empty());
      REQUIRE(result.assessment);
      CHECK(result.assessment->rubric_version == std::optional<std::string>("2020"));
    }
    SUBCASE("a pinned version that differs") {
      auto result = load("schema: cepin/assessment/1\nrubric: demo@2019\nunit: {id: u1}\n");
      CHECK(shown(result) ==
            std::vector<std::string>{
                "2:9 warning rubric-version: the assessment pins version 2019 but rubric demo is "
                "version 2020"});
      REQUIRE(result.assessment);
      REQUIRE(result.assessment->warnings.size() == 1);
      CHECK(result.assessment->warnings[0].code() == std::string("rubric-version"));
      CHECK(result.assessment->warnings[0].text == "2019");
      CHECK(result.assessment->warnings[0].version == std::optional<std::string>("2020"));
    }
    SUBCASE("a pin on a rubric without version") {
      rubric::Rubric unversioned = demo_rubric();
      unversioned.version.reset();
      unversioned.build_index();
      auto result =
          load("schema: cepin/assessment/1\nrubric: demo@2019\nunit: {id: u1}\n", unversioned);
      CHECK(shown(result) ==
            std::vector<std::string>{
                "2:9 warning rubric-version: the assessment pins version 2019 but rubric demo has "
                "no version"});
      REQUIRE(result.assessment);
      CHECK(result.assessment->warnings.size() == 1);
    }
    SUBCASE("a unit kind the rubric does not apply to") {
      auto result =
          load("schema: cepin/assessment/1\nrubric: demo\nunit: {id: u1, kind: county}\n");
      CHECK(shown(result) ==
            std::vector<std::string>{
                "3:22 warning unit-kind: unit kind `county` is not one rubric demo applies to "
                "(prefecture)"});
      REQUIRE(result.assessment);
      REQUIRE(result.assessment->warnings.size() == 1);
      CHECK(result.assessment->warnings[0].code() == std::string("unit-kind"));
    }
    SUBCASE("no applies_to: any kind") {
      rubric::Rubric any = demo_rubric();
      any.applies_to.clear();
      any.build_index();
      auto result =
          load("schema: cepin/assessment/1\nrubric: demo\nunit: {id: u1, kind: county}\n", any);
      CHECK(shown(result).empty());
    }
    SUBCASE("unit problems") {
      auto result =
          load("schema: cepin/assessment/1\nrubric: demo\nunit: {name: 某市, type: city}\n");
      CHECK(shown(result) ==
            std::vector<std::string>{"3:1 error missing-key: `unit` has no `id` (add `id:`)",
                                     "3:18 error unknown-key: unknown key `type` in `unit`"});
      REQUIRE(result.unit);
      CHECK(result.unit->name == "某市");
      auto missing = load("schema: cepin/assessment/1\nrubric: demo\n");
      CHECK(shown(missing) ==
            std::vector<std::string>{
                "1:1 error missing-key: the assessment has no `unit` (add `unit:`)"});
      CHECK_FALSE(missing.unit);
    }
    SUBCASE("dates") {
      auto result =
          load(std::string(k_head) + "assessed_on: 2025-6-31\ntitle: {named_on: 2025-02-29}\n");
      CHECK(
          shown(result) ==
          std::vector<std::string>{
              "4:14 error bad-date: `2025-6-31` is not a date (write YYYY-MM-DD, as in 2025-06-30)",
              "5:19 error bad-date: `2025-02-29` is not a date (write YYYY-MM-DD, as in "
              "2025-06-30)"});
      auto empty_title = load(std::string(k_head) + "title: {}\n");
      CHECK(shown(empty_title) ==
            std::vector<std::string>{
                "4:1 error missing-key: `title` has no `named_on` (add `named_on:`)"});
    }
    SUBCASE("evidence_root must stay inside") {
      for (const char* root : {"/srv/evidence", "../evidence", "a/../../b", "\\\\server\\share",
                               "C:/evidence", "a\\..\\..\\b"}) {
        CAPTURE(root);
        auto result = load(std::string(k_head) + "evidence_root: '" + root + "'\n");
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].code == "evidence-root-outside");
        CHECK(result.diagnostics[0].line == 4);
        CHECK(result.diagnostics[0].column == 16);
      }
      CHECK(shown(load(std::string(k_head) + "evidence_root: ../x\n")) ==
            std::vector<std::string>{
                "4:16 error evidence-root-outside: `evidence_root` `../x` is not inside the "
                "assessment's folder (give a relative path that stays inside this file's "
                "folder, such as `evidence`)"});
      auto inside = load(std::string(k_head) + "evidence_root: 'a\\b/../c/.'\n");
      REQUIRE(inside.assessment);
      CHECK(inside.assessment->evidence_root == "a/c");
      auto itself = load(std::string(k_head) + "evidence_root: a/..\n");
      REQUIRE(itself.assessment);
      CHECK(itself.assessment->evidence_root == "");
    }
    SUBCASE("not a map") {
      auto result = load("- a\n- b\n");
      CHECK(shown(result) == std::vector<std::string>{
                                 "1:1 error wrong-type: an assessment must be a map, not a list "
                                 "(start with `schema: cepin/assessment/1`)"});
    }
  }

  TEST_CASE("every problem of a file at once, in order") {
    auto result = load(R"(schema: cepin/assessment/1
rubric: demo@2019
unit: {id: u1, kind: county}
responses:
  "1.1.1": {level: 良好}
  "1.1.2": 9
  "1.1.9": true
  "1.2.1": 计划;计划
  "2.2": 良
  "2.3": -1
  "2.5": n/a
  "2.60": n/a
  "2.3": 2
adjustments: {national-model: 1.5, ethnic-incident: maybe}
prerequisites: {provincal-title: 是}
)");
    CHECK_FALSE(result.assessment);
    REQUIRE(result.unit);
    CHECK(result.unit->id == "u1");
    CHECK(shown(result) ==
          std::vector<std::string>{
              "2:9 warning rubric-version: the assessment pins version 2019 but rubric demo is "
              "version 2020",
              "3:22 warning unit-kind: unit kind `county` is not one rubric demo applies to "
              "(prefecture)",
              "5:13 error wrong-response-kind: clause 1.1.1 is scored by `check`, which takes "
              "`met`, not `level` "
              "(write `met:` (a boolean))",
              "6:12 error points-out-of-range: points `9` are outside the range of clause 1.1.2: 0 to 3 "
              "(give a number from 0 to 3 in steps of 0.5)",
              "7:3 error unknown-clause: unknown clause `1.1.9` (did you mean `1.1.1`?)",
              "8:12 error duplicate-label: element `计划` of clause 1.2.1 is listed twice (list "
              "each element once)",
              "9:10 error unknown-label: `良` is not a level of clause 2.2 (did you mean `良好`?)",
              "10:10 error bad-count: a count cannot be negative, not `-1` (write a whole number "
              "from 0 to 1000000000)",
              "12:11 error not-optional: clause 2.60 is not optional and cannot be answered `n/a` "
              "(answer it, or mark "
              "the clause `optional: true` in the rubric)",
              "13:3 error duplicate-key: duplicate key `2.3` (each key may appear once in a map; "
              "remove or merge the repeated one)",
              "14:31 error bad-count: a count must be a whole number, not `1.5` (write a whole "
              "number from 0 to "
              "1000000000)",
              "14:53 error bad-boolean: `maybe` is not a boolean (write true/false, yes/no, y/n, "
              "1/0, 是/否, 有/无, 达到/未达到, 符合/不符合, √/×, ✓/✗ or ✔/✘)",
              "15:17 error unknown-prerequisite: unknown prerequisite `provincal-title` (did you "
              "mean `provincial-title`?)",
          });
  }
}

TEST_SUITE("assessment::peek_rubric") {
  TEST_CASE("id and version") {
    auto input = yaml::parse_input("a.yaml", "schema: cepin/assessment/1\nrubric: demo@2020\n");
    auto ref = assessment::peek_rubric(input);
    REQUIRE(ref);
    CHECK(ref->id == "demo");
    CHECK(ref->version == std::optional<std::string>("2020"));
    CHECK(ref->position.line == 2);
    CHECK(ref->position.column == 9);
  }
  TEST_CASE("id alone") {
    auto ref = assessment::peek_rubric(yaml::parse_input("a.yaml", "rubric: demo\n"));
    REQUIRE(ref);
    CHECK(ref->id == "demo");
    CHECK_FALSE(ref->version);
  }
  TEST_CASE("nothing readable") {
    CHECK_FALSE(assessment::peek_rubric(yaml::parse_input("a.yaml", "schema: x\n")));
    CHECK_FALSE(assessment::peek_rubric(yaml::parse_input("a.yaml", "rubric: [a]\n")));
    CHECK_FALSE(assessment::peek_rubric(yaml::parse_input("a.yaml", "- a\n")));
    CHECK_FALSE(assessment::peek_rubric(yaml::parse_input("a.yaml", "rubric: \"@1\"\n")));
    CHECK_FALSE(assessment::peek_rubric(yaml::parse_input("a.yaml", "a: [\n")));
  }
}
