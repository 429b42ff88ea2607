// Rule parameters beyond test_rubric_loader.cpp: optional keys set to null,
// bad optional values that fail the rule, a missing parameter list, and the
// values each rule keeps.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "rubric/loader.hpp"

using namespace cepin;

namespace {

// A rubric whose clause "1.1" is worth 10 and has `rule` (on line 13, column 15).
std::string with_rule(const std::string& rule) {
  return "schema: cepin/rubric/1\nid: t\ntitle: 测试\ntotal: 10\nthreshold: 1\n"
         "categories:\n  - id: \"1\"\n    title: 甲\n    clauses:\n      - id: \"1.1\"\n        text: 条\n"
         "        points: 10\n        rule: " + rule + "\n";
}

// Every diagnostic as "line:col code message", joined by " | ".
std::string shown(const std::string& text) {
  rubric::LoadResult result = rubric::load_from_bytes("t.yaml", text);
  std::string out;
  for (const diag::Diagnostic& d : result.diagnostics) {
    out += (out.empty() ? "" : " | ") + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code +
           " " + d.message;
  }
  return out;
}

// The rule of clause 1.1 of a rubric that must load.
rubric::Rule rule_of(const std::string& rule) {
  rubric::LoadResult result = rubric::load_from_bytes("t.yaml", with_rule(rule));
  INFO(shown(with_rule(rule)));
  REQUIRE(static_cast<bool>(result.rubric));
  return result.rubric->categories.at(0).clauses.at(0).rule;
}

}  // namespace

TEST_SUITE("rubric rules") {
  TEST_CASE("optional parameters set to null are as if absent") {
    CHECK_FALSE(rule_of("{type: manual, step: null}").manual_step.has_value());
    rubric::Rule shortfall = rule_of("{type: shortfall, target: 90, per: 1, step: null, whole_steps: null}");
    CHECK(shortfall.target.to_string() == "90");
    CHECK_FALSE(shortfall.whole_steps);
    CHECK(rule_of("{type: deduct, per: 2, floor: null}").floor.to_string() == "0");
    CHECK(rule_of("{type: deduct, per: 2, floor: 4}").floor.to_string() == "4");
    CHECK(rule_of("{type: shortfall, target: 90%, per: 1, step: 5%, whole_steps: true}").whole_steps);
  }

  TEST_CASE("a bad optional parameter fails the rule, reported once") {
    const std::pair<const char*, const char*> cases[] = {
        {"{type: manual, step: x}", "13:36 bad-decimal `x` is not a decimal"},
        {"{type: manual, step: 3}",
         "13:36 unreachable-full-marks the clause's 10 points are not a multiple of `step` 3"},
        {"{type: shortfall, target: 90, per: 1, step: -1}", "13:59 step-not-positive `step` must be above 0, not -1"},
        {"{type: shortfall, target: 90, per: 1, whole_steps: sometimes}",
         "13:66 wrong-type `whole_steps` must be `true` or `false`, not a text"},
        {"{type: deduct, per: 1, floor: 11}",
         "13:45 points-above-clause `floor` is worth 11, more than the 10 points of clause 1.1"},
        {"{type: deduct, per: 1, floor: -1}", "13:45 bad-value `floor` must not be negative, not -1"},
        {"{type: count, per: 1, min: 0}", "13:42 bad-value `min` of a count rule must be at least 1"},
        {"{type: count, per: 1, min: two}",
         "13:42 wrong-type `min` must be a whole number from 0 to 1000000000, not `two`"},
        {"{type: linear, from: 0}", "13:9 missing-key the rule of clause 1.1 has no `to`"},
    };
    for (const auto& [rule, expected] : cases) {
      CAPTURE(std::string(rule));
      CHECK(shown(with_rule(rule)) == expected);
    }
  }

  TEST_CASE("a rule without its parameter list") {
    const std::pair<const char*, const char*> cases[] = {
        {"{type: levels}", "13:9 missing-key the rule of clause 1.1 has no `levels`"},
        {"{type: tiers}", "13:9 missing-key the rule of clause 1.1 has no `tiers`"},
        {"{type: checklist}", "13:9 missing-key the rule of clause 1.1 has no `elements`"},
        {"{type: checklist, elements: null}", "13:33 missing-key `elements` of the rule of clause 1.1 is empty"},
        {"{type: levels, levels: {好: x, 差: 0}}", "13:42 bad-decimal `x` is not a decimal"},
        {"{type: levels, levels: {好: 10, 差: -1}}", "13:49 bad-value `差` must not be negative, not -1"},
        {"{type: checklist, elements: [{label: 甲}, {points: 5}]}",
         "13:45 missing-key a checklist element has no `points` | 13:57 missing-key a checklist element has no "
         "`label`"},
    };
    for (const auto& [rule, expected] : cases) {
      CAPTURE(std::string(rule));
      CHECK(shown(with_rule(rule)) == expected);
    }
  }
}
