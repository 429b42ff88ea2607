// A clause's `evidence` and `methods`, and the `tiers` of a tiers rule and of a
// checklist: every shape each accepts, and each wrong shape's exact diagnostic.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "rubric/loader.hpp"

using namespace cepin;

namespace {

// A rubric with one clause "1.1" worth 10 points; `clause_body` follows its
// `points` line (so its first line is line 13).
std::string with_clause(const std::string& clause_body) {
  return "schema: cepin/rubric/1\nid: t\ntitle: 测试\ntotal: 10\nthreshold: 1\n"
         "categories:\n  - id: \"1\"\n    title: 甲\n    clauses:\n      - id: \"1.1\"\n        text: 条\n"
         "        points: 10\n" + clause_body;
}

// Every diagnostic as "line:col code message", joined by " | ".
std::string diagnostics_of(const std::string& text) {
  auto result = rubric::load_from_bytes("t.yaml", text);
  std::string out;
  for (const auto& d : result.diagnostics) {
    out += (out.empty() ? "" : " | ") + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " +
           d.message;
  }
  return out;
}

// The hint of the first diagnostic of loading `text`.
std::string first_hint(const std::string& text) {
  auto result = rubric::load_from_bytes("t.yaml", text);
  return result.diagnostics.empty() ? std::string("(none)") : result.diagnostics.front().hint;
}

// The clause 1.1 of `text`, which must load.
rubric::Clause clause_of(const std::string& text) {
  auto result = rubric::load_from_bytes("t.yaml", text);
  INFO(diagnostics_of(text));
  REQUIRE(static_cast<bool>(result.rubric));
  return result.rubric->categories.at(0).clauses.at(0);
}

}  // namespace

TEST_SUITE("rubric::fields") {
  TEST_CASE("evidence: required, a whole number, a map, or null") {
    CHECK(clause_of(with_clause("        rule: check\n        evidence: required\n")).evidence.min_items == 1);
    CHECK(clause_of(with_clause("        rule: check\n        evidence: 0\n")).evidence.min_items == 0);
    CHECK(clause_of(with_clause("        rule: check\n        evidence: null\n")).evidence.min_items == 0);
    CHECK(clause_of(with_clause("        rule: check\n")).evidence.min_items == 0);
    auto map_min = clause_of(with_clause("        rule: check\n        evidence: {min: 3}\n")).evidence;
    CHECK(map_min.min_items == 3);
    CHECK(map_min.kinds.empty());
    auto map_kinds =
        clause_of(with_clause("        rule: check\n        evidence: {kinds: [Pdf, .XLSX, mp4]}\n")).evidence;
    CHECK(map_kinds.min_items == 1);
    CHECK(map_kinds.kinds == std::vector<std::string>{"pdf", "xlsx", "mp4"});
    auto null_kinds =
        clause_of(with_clause("        rule: check\n        evidence: {min: 2, kinds: null}\n")).evidence;
    CHECK(null_kinds.min_items == 2);
    CHECK(null_kinds.kinds.empty());
  }

  TEST_CASE("evidence of the wrong shape, located at the value") {
    const std::pair<const char*, const char*> cases[] = {
        {"        evidence: maybe\n",
         "14:19 bad-value `evidence` must be `required`, a whole number or `{min: N, kinds: [...]}`"},
        {"        evidence: -1\n",
         "14:19 bad-value `evidence` must be `required`, a whole number or `{min: N, kinds: [...]}`"},
        {"        evidence: 1234567890\n",
         "14:19 bad-value `evidence` must be `required`, a whole number or `{min: N, kinds: [...]}`"},
        {"        evidence: [pdf]\n",
         "14:19 bad-value `evidence` must be `required`, a whole number or `{min: N, kinds: [...]}`"},
        {"        evidence: {min: many}\n",
         "14:25 wrong-type `min` must be a whole number from 0 to 1000000000, not `many`"},
        {"        evidence: {kinds: pdf}\n",
         "14:27 wrong-type `kinds` must be a list of file extensions, not a text"},
        {"        evidence: {kinds: [pdf, \"\", \".\", p-d-f, [doc], 文档]}\n",
         "14:33 bad-value an evidence kind must be a file extension like `pdf` | "
         "14:37 bad-value an evidence kind must be a file extension like `pdf` | "
         "14:42 bad-value an evidence kind must be a file extension like `pdf` | "
         "14:49 bad-value an evidence kind must be a file extension like `pdf` | "
         "14:56 bad-value an evidence kind must be a file extension like `pdf`"},
        {"        evidence: {min: 1, kind: [pdf]}\n", "14:28 unknown-key unknown key `kind` in `evidence`"},
    };
    for (const auto& [body, expected] : cases) {
      CAPTURE(std::string(body));
      CHECK(diagnostics_of(with_clause("        rule: check\n" + std::string(body))) == expected);
    }
    CHECK(first_hint(with_clause("        rule: check\n        evidence: maybe\n")) ==
          "write `evidence: required` for at least one item");
  }

  TEST_CASE("methods: null or an empty list is none; repeats count once") {
    CHECK(clause_of(with_clause("        rule: check\n        methods: null\n")).methods.empty());
    CHECK(clause_of(with_clause("        rule: check\n        methods: []\n")).methods.empty());
    CHECK(clause_of(with_clause("        rule: check\n        methods: [quiz, 测试, quiz]\n")).methods ==
          std::vector<rubric::Method>{rubric::Method::quiz});
  }

  TEST_CASE("methods of the wrong shape, with the list of methods or \"did you mean\"") {
    CHECK(diagnostics_of(with_clause("        rule: check\n        methods: report\n")) ==
          "14:18 wrong-type `methods` must be a list of methods, not a text");
    CHECK(diagnostics_of(with_clause("        rule: check\n        methods: [{report: 1}, xyzzy]\n")) ==
          "14:19 bad-value a method must be a word, not a map | 14:32 bad-value unknown method `xyzzy`");
    CHECK(first_hint(with_clause("        rule: check\n        methods: [xyzzy]\n")) ==
          "methods are report, documents, inspection, monitoring, survey, interview and quiz");
    CHECK(first_hint(with_clause("        rule: check\n        methods: [[report]]\n")) ==
          "methods are report, documents, inspection, monitoring, survey, interview and quiz");
    CHECK(first_hint(with_clause("        rule: check\n        methods: [reprot]\n")) == "did you mean `report`?");
  }

  TEST_CASE("tiers of the wrong shape") {
    const std::pair<const char*, const char*> cases[] = {
        {"        rule: {type: tiers, tiers: []}\n", "13:36 empty-node `tiers` lists no tier"},
        {"        rule: {type: tiers, tiers: null}\n",
         "13:29 missing-key `tiers` of the rule of clause 1.1 is empty"},
        {"        rule: {type: tiers, tiers: {min: 1, points: 1}}\n",
         "13:36 wrong-type `tiers` must be a list of tiers, not a map"},
        {"        rule: {type: tiers, tiers: [90, {min: 80, points: 5}]}\n",
         "13:37 wrong-type a tier must be a map like `{min: 90, points: 3}`, not a text"},
        {"        rule: {type: tiers, tiers: [{points: 5}]}\n", "13:38 missing-key a tier has no `min`"},
        {"        rule: {type: tiers, tiers: [{max: 1, min: 2, points: 5}]}\n",
         "13:46 tiers-mixed a tier has both `min` and `max`"},
        {"        rule: {type: tiers, tiers: [{max: 3, points: 10}, {min: 5, points: 5}]}\n",
         "13:60 tiers-mixed this tier uses `min` but the first uses `max`"},
        {"        rule: {type: tiers, tiers: [{max: 3, points: 10}, {max: 3, points: 5}]}\n",
         "13:65 tiers-order tier `max: 3` is not above the tier before it (3)"},
        {"        rule: {type: tiers, tiers: [{max: 3, points: 5}, {max: 4, points: 10}]}\n",
         "13:75 tiers-increasing this tier earns 10, more than the better tier before it (5)"},
        {"        rule: {type: tiers, tiers: [{min: 90, points: 5}, {min: 80, points: 6}]}\n",
         "13:77 tiers-increasing this tier earns 6, more than the better tier before it (5)"},
        {"        rule: {type: tiers, tiers: [{min: 90, points: 5}, {min: x, points: 4}, {min: 95, points: 3}]}\n",
         "13:65 bad-decimal `x` is not a decimal"},
    };
    for (const auto& [body, expected] : cases) {
      CAPTURE(std::string(body));
      CHECK(diagnostics_of(with_clause(body)) == expected);
    }
    CHECK(first_hint(with_clause("        rule: {type: tiers, tiers: [{max: 3, points: 10}, {max: 3, points: 5}]}\n"))
          == "list tiers from the lowest `max` up");
    CHECK(first_hint(with_clause("        rule: {type: tiers, tiers: [{max: 3, points: 10}, {min: 5, points: 5}]}\n"))
          == "use `min:` on every tier (higher is better) or `max:` on every tier");
  }

  TEST_CASE("a checklist's tiers count met elements: `min` only, a whole number") {
    auto clause = clause_of(with_clause(
        "        rule: {type: checklist, elements: [甲, 乙, 丙], tiers: [{min: 3, points: 10}, {min: 1, points: 4}]}\n"));
    REQUIRE(clause.rule.tiers.size() == 2);
    CHECK(clause.rule.tiers[1].bound.to_string() == "1");
    CHECK(clause.rule.tiers[1].points.to_string() == "4");
    CHECK(diagnostics_of(with_clause(
              "        rule: {type: checklist, elements: [甲, 乙], tiers: [{max: 1, points: 10}]}\n")) ==
          "13:60 missing-key a tier has no `min` | 13:60 unknown-key unknown key `max` in a tier");
    CHECK(diagnostics_of(with_clause(
              "        rule: {type: checklist, elements: [甲, 乙], tiers: [{min: 1.5, points: 10}]}\n")) ==
          "13:65 wrong-type `min` must be a whole number from 0 to 1000000000, not `1.5`");
  }
}
