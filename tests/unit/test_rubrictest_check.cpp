// The expectation checker of `cepin test`: every `expect` key compared
// exactly with a real scored result (a small rubric and assessment read from
// strings), with the exact message and hint of each failure.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "assessment/loader.hpp"
#include "rubric/loader.hpp"
#include "rubrictest/check.hpp"
#include "rubrictest/loader.hpp"
#include "scoring/engine.hpp"
#include "scoring/evidence.hpp"

using namespace cepin;
using rubrictest::Failure;

namespace {

constexpr const char* k_rubric = R"(schema: cepin/rubric/1
id: mini
title: 小表
total: 10
threshold: 8
grades: [{min: 9, label: 优秀}, {min: 0, label: 合格}]
prerequisites:
  - {id: title, text: 已命名}
categories:
  - id: "1"
    title: 领导
    items:
      - id: "1.1"
        title: 组织
        clauses:
          - {id: "1.1.1", text: 学习, points: 4, rule: check}
          - {id: "1.1.2", text: 八有, points: 4, rule: {type: checklist, elements: [计划, 方案, 部署, 总结]}}
  - id: "2"
    title: 成效
    clauses:
      - {id: "2.1", text: 满意度, points: 2, rule: {type: manual, step: 0.5}, veto: true}
adjustments:
  - {id: incident, kind: veto, text: 事件}
)";

// Accepts every evidence item without touching the disk.
class NoFiles : public scoring::EvidenceChecker {
 public:
  scoring::EvidenceStatus check(const std::string&, const std::string&) const override {
    return scoring::EvidenceStatus::found;
  }
};

// The outcome of scoring `responses` (a YAML flow map) against the rubric above.
scoring::Outcome score(const std::string& responses, const std::string& more = "") {
  static std::shared_ptr<const rubric::Rubric> rubric = rubric::load_from_bytes("mini.yaml", k_rubric).rubric;
  REQUIRE(static_cast<bool>(rubric));
  yaml::Input input = yaml::parse_input(
      "a.yaml", "schema: cepin/assessment/1\nrubric: mini\nunit: {id: u1}\nresponses: " + responses + "\n" + more);
  assessment::LoadResult loaded = assessment::load(input, *rubric, "a.yaml", ".");
  REQUIRE(loaded.assessment.has_value());
  return scoring::score_outcome(*loaded.assessment, rubric, scoring::Options{}, NoFiles{});
}

// The test file holding one case with `expect` (a YAML flow map), loaded.
rubrictest::TestFile test_file(const std::string& expect) {
  auto input = std::make_shared<yaml::Input>(yaml::parse_input(
      "t.yaml", "schema: cepin/test/1\nrubric: mini\ncases:\n  - name: c\n    assessment: a.yaml\n    expect: " +
                    expect + "\n"));
  rubrictest::LoadResult loaded = rubrictest::load(input);
  std::string problems;
  for (const diag::Diagnostic& d : loaded.diagnostics) {
    problems += d.code + " " + d.message + "\n";
  }
  CHECK(problems == "");
  REQUIRE(loaded.file.has_value());
  return std::move(*loaded.file);
}

// Each failure as "line:column message | hint", one a line.
std::string failures(const scoring::Outcome& outcome, const std::string& expect) {
  rubrictest::TestFile file = test_file(expect);
  const rubrictest::TestCase& c = file.cases.front();
  std::string out;
  for (const Failure& f : rubrictest::check(outcome, c.expectations, c.expect_at)) {
    out += std::to_string(f.expectation.at.line) + ":" + std::to_string(f.expectation.at.column) + " " + f.message +
           " | " + f.hint + "\n";
  }
  return out;
}

const std::string k_eligible = R"({"1.1.1": true, "1.1.2": {met: [计划, 方案, 部署]}, "2.1": 2})";
const std::string k_met = "prerequisites: {title: true}\nadjustments: {incident: false}\n";

}  // namespace

TEST_SUITE("rubrictest::check") {
  TEST_CASE("every key that holds passes, decimals by value") {
    scoring::Outcome outcome = score(k_eligible, k_met);
    CHECK(failures(outcome, R"({score: 9, base: 9.00, base_raw: 9, bonus: 0, penalty: 0.0, verdict: eligible,
        grade: 优秀, period: null, reasons: [], warnings: [], clauses: {"1.1.2": 3, "2.1": "2"},
        categories: {"1": 7, "1.1": 7, "2": 2}, gap: {reachable: true, needed: 0}, error: null})") == "");
  }

  TEST_CASE("a score that differs: the message of SPEC §12 and the line to write") {
    CHECK(failures(score(k_eligible, k_met), "{score: 101.5}") ==
          "6:14 score is 9, expected 101.5 | if the new outcome is right, write `score: 9`\n");
  }

  TEST_CASE("verdict, grade and an explicit null") {
    scoring::Outcome outcome = score(R"({"1.1.1": true})", k_met);
    CHECK(failures(outcome, "{verdict: eligible, grade: null, period: 2025-06}") ==
          "6:14 verdict is ineligible, expected eligible | if the new outcome is right, write `verdict: ineligible`\n"
          "6:33 grade is 合格, expected null | if the new outcome is right, write `grade: 合格`\n"
          "6:46 period is null, expected 2025-06 | if the new outcome is right, write `period: null`\n");
  }

  TEST_CASE("reasons are an ordered list") {
    scoring::Outcome outcome = score(R"({"2.1": 1})", "adjustments: {incident: true}\n");
    CHECK(failures(outcome, "{reasons: [veto:2.1, veto:incident, prerequisite:title, below-threshold]}") == "");
    CHECK(failures(outcome, "{reasons: [veto:incident, veto:2.1, prerequisite:title, below-threshold]}") ==
          "6:14 reasons are [veto:2.1, veto:incident, prerequisite:title, below-threshold], expected [veto:incident, "
          "veto:2.1, prerequisite:title, below-threshold] | if the new outcome is right, write `reasons: [veto:2.1, "
          "veto:incident, prerequisite:title, below-threshold]`\n");
  }

  TEST_CASE("warnings are a multiset: order does not matter, counts do") {
    scoring::Outcome outcome = score(R"({"1.1.1": true})", k_met);  // 1.1.2 unanswered, 2.1 veto-unanswered
    CHECK(failures(outcome, "{warnings: [veto-unanswered, unanswered]}") == "");
    CHECK(failures(outcome, "{warnings: [unanswered, unanswered, title-expired]}") ==
          "6:14 warnings are [unanswered, veto-unanswered], expected [unanswered, unanswered, title-expired] | not "
          "expected: veto-unanswered; expected but absent: title-expired, unanswered; if the new outcome is right, "
          "write `warnings: [unanswered, veto-unanswered]`\n");
  }

  TEST_CASE("clauses and categories by id, items too; an id the result lacks") {
    scoring::Outcome outcome = score(k_eligible, k_met);
    CHECK(failures(outcome, R"({clauses: {"1.1.2": 3.5, "1.1.3": 1, "1.1.9": null}, categories: {"1.1": 8, "2": 2}})") ==
          "6:24 clause 1.1.2 is 3, expected 3.5 | if the new outcome is right, write `\"1.1.2\": 3`\n"
          "6:38 the result has no clause 1.1.3, expected 1 | did you mean `1.1.1`?\n"
          "6:79 item 1.1 is 7, expected 8 | if the new outcome is right, write `\"1.1\": 7`\n");
  }

  TEST_CASE("gap.reachable and gap.needed") {
    scoring::Outcome outcome = score(R"({"1.1.1": true})", k_met);
    CHECK(failures(outcome, "{gap: {reachable: false, needed: 4}}") ==
          "6:20 gap.reachable is true, expected false | if the new outcome is right, write `gap: {reachable: true}`\n");
  }

  TEST_CASE("an expected error, and an error that was not expected") {
    scoring::ErrorResult error;
    error.source = "a.yaml";
    diag::Diagnostic d;
    d.code = "rubric-mismatch";
    d.message = "the assessment is for rubric `x`, not `mini`";
    error.errors.push_back(d);
    scoring::Outcome outcome = error;
    CHECK(failures(outcome, "{error: rubric-mismatch, score: null}") == "");
    CHECK(failures(outcome, "{error: missing-key, verdict: eligible}") ==
          "6:14 error is rubric-mismatch, expected missing-key | if the new outcome is right, write "
          "`error: rubric-mismatch`\n"
          "6:34 verdict is null, expected eligible (the assessment could not be scored) | if the new outcome is "
          "right, write `verdict: null`\n");
    CHECK(failures(outcome, "{score: 9, verdict: eligible}") ==
          "6:5 the assessment could not be scored (rubric-mismatch): the assessment is for rubric `x`, not `mini` | "
          "fix the assessment, or expect it: `error: rubric-mismatch`\n");
    CHECK(failures(score(k_eligible, k_met), "{error: rubric-mismatch}") ==
          "6:14 error is null: it scored 9 (eligible), expected rubric-mismatch | if the new outcome is right, write "
          "`error: null`\n");
  }

  TEST_CASE("an id like none of the result's names the rubric; categories of an error result are categories") {
    scoring::Outcome outcome = score(k_eligible, k_met);
    CHECK(failures(outcome, R"({clauses: {"zz-none": 1}, categories: {"yy-none": 2}})") ==
          "6:24 the result has no clause zz-none, expected 1 | rubric mini has no such id; correct it, or write "
          "`\"zz-none\": null`\n"
          "6:52 the result has no category or item yy-none, expected 2 | rubric mini has no such id; correct it, or "
          "write `\"yy-none\": null`\n");
    scoring::ErrorResult error;
    diag::Diagnostic d;
    d.code = "rubric-mismatch";
    d.message = "m";
    error.errors.push_back(d);
    CHECK(failures(error, R"({error: null, categories: {"1.1": 7}})") ==
          "6:14 error is rubric-mismatch, expected null | if the new outcome is right, write `error: rubric-mismatch`\n"
          "6:40 category 1.1 is null, expected 7 (the assessment could not be scored) | if the new outcome is right, "
          "write `\"1.1\": null`\n");
  }

  TEST_CASE("gap.needed, a period that differs, and warnings only extra or only absent") {
    scoring::Outcome outcome = score(R"({"1.1.1": true})", k_met + "period: 2025-06\n");
    CHECK(failures(outcome, "{gap: {needed: 9}, period: 2025-07}") ==
          "6:20 gap.needed is 4, expected 9 | if the new outcome is right, write `gap: {needed: 4}`\n"
          "6:32 period is 2025-06, expected 2025-07 | if the new outcome is right, write `period: 2025-06`\n");
    CHECK(failures(outcome, "{warnings: []}") ==
          "6:14 warnings are [unanswered, veto-unanswered], expected [] | not expected: unanswered, veto-unanswered; "
          "if the new outcome is right, write `warnings: [unanswered, veto-unanswered]`\n");
    CHECK(failures(score(k_eligible, k_met), "{warnings: [unanswered, unanswered]}") ==
          "6:14 warnings are [], expected [unanswered, unanswered] | expected but absent: unanswered, unanswered; if "
          "the new outcome is right, write `warnings: []`\n");
  }
}
