// Evidence checks in the scoring engine (missing evidence, items not found or
// outside the root, the zero policy) and a rubric loaded from YAML text.
#include <doctest/doctest.h>

#include "report/why.hpp"
#include "rubric/loader.hpp"
#include "scoring/engine.hpp"
#include "test_scoring_support.hpp"

using cepin::rubric::AdjustmentKind;
using cepin::rubric::RuleType;
using cepin::scoring::ClauseStatus;
using cepin::scoring::EvidenceStatus;
using cepin::scoring::Verdict;
using namespace scoring_test;

namespace {

using Strings = std::vector<std::string>;

// A clause's why in SPEC §6's neutral grammar.
std::string en(const cepin::scoring::Why& why) { return cepin::report::why_text(why, cepin::report::Lang::en); }

}  // namespace

TEST_SUITE("scoring::score evidence") {
  TEST_CASE("evidence") {
    auto c = clause("c", "3", RuleType::check);
    c.evidence.min_items = 1;
    auto k = clause("k", "3", RuleType::check);
    k.evidence.min_items = 2;
    k.evidence.kinds = {"pdf", "docx"};
    auto v = clause("v", "3", RuleType::check);
    v.veto = true;
    v.evidence.min_items = 1;
    auto r = make_rubric({node("1", {c, k, v})}, "1");
    auto bonus = adjustment("model", AdjustmentKind::bonus, "1");
    bonus.evidence.min_items = 1;
    auto penalty = adjustment("criticized", AdjustmentKind::penalty, "1");
    penalty.evidence.min_items = 1;
    r->adjustments = {bonus, penalty};
    r->prerequisites = {gate("title", 1)};
    assessment::Assessment a;
    a.base_directory = "/data/units";
    a.evidence_root = "evidence";
    answer(a, *r, "c") = met(true, {"missing.pdf", "../out.pdf"});
    answer(a, *r, "k") = met(true, {"plan.PDF", "notes.txt", "学习记录"});
    answer(a, *r, "v") = met(true);
    a.adjustments["model"] = times(1);
    a.adjustments["criticized"] = times(2);
    a.prerequisites["title"] = prerequisite(true);
    assessment::Warning pinned;
    pinned.kind = assessment::WarningKind::rubric_version;
    pinned.text = "2019";
    a.warnings.push_back(pinned);
    FakeChecker checker;
    checker.statuses["missing.pdf"] = EvidenceStatus::not_found;
    checker.statuses["../out.pdf"] = EvidenceStatus::outside_root;
    SUBCASE("warn: every code, in order; scores stand") {
      auto result = cepin::scoring::score(a, r, {}, checker);
      CHECK(warning_codes(result) == Strings{"rubric-version", "evidence-not-found:c",
                                             "evidence-outside-root:c", "missing-evidence:c",
                                             "missing-evidence:k", "missing-evidence:v",
                                             "missing-evidence:model", "missing-evidence:title"});
      CHECK(warning_message(result, 1) ==
            "evidence `missing.pdf` of `c` was not found under the evidence root");
      CHECK(warning_message(result, 2) ==
            "evidence `../out.pdf` of `c` lies outside the evidence root");
      CHECK(warning_message(result, 3) == "clause `c` needs 1 evidence item");
      CHECK(warning_message(result, 4) == "clause `k` needs 2 evidence items of kind pdf, docx");
      CHECK(warning_message(result, 6) == "bonus `model` needs 1 evidence item");
      CHECK(warning_message(result, 7) == "prerequisite `title` needs 1 evidence item");
      CHECK(result.score.to_string() == "8");
      CHECK(result.verdict == Verdict::eligible);
      CHECK(checker.asked.front() == "/data/units/evidence|missing.pdf");
    }
    SUBCASE("zero policy: zeroed clause, bonus counts 0, prerequisite unmet; no veto") {
      r->evidence_policy = cepin::rubric::EvidencePolicy::zero;
      auto result = cepin::scoring::score(a, r, {}, checker);
      const auto& clauses = result.categories[0].clauses;
      CHECK(clauses[0].status == ClauseStatus::zeroed);
      CHECK(en(clauses[0].why) == "zeroed: missing evidence");
      CHECK(clauses[0].score.to_string() == "0");
      CHECK(clauses[2].status == ClauseStatus::zeroed);
      CHECK(result.adjustments[0].count == 0);
      CHECK(result.adjustments[0].points.to_string() == "0");
      CHECK(result.adjustments[1].points.to_string() == "2");
      CHECK(result.prerequisites[0].met == std::optional<bool>(false));
      CHECK(reason_codes(result) == Strings{"prerequisite:title", "below-threshold"});
      CHECK(reason_message(result, 0) == "prerequisite `title` lacks the evidence it needs");
      CHECK(result.score.to_string() == "0");
      // Zeroed clauses take part in the gap plan, in rubric order on ties.
      CHECK(result.gap.blocking == Strings{"prerequisite:title"});
      REQUIRE(result.gap.plan.size() == 1);
      CHECK(result.gap.plan[0].id == "c");
      CHECK(result.gap.plan[0].score.to_string() == "0");
      CHECK(result.gap.plan[0].recoverable.to_string() == "1");
    }
    SUBCASE("--strict-evidence acts as the zero policy") {
      cepin::scoring::Options options;
      options.strict_evidence = true;
      answer(a, *r, "k") = met(true, {"plan.pdf", "https://example.org/x", "memo.docx"});
      auto result = cepin::scoring::score(a, r, options, checker);
      CHECK(result.categories[0].clauses[0].status == ClauseStatus::zeroed);
      CHECK(result.categories[0].clauses[1].status == ClauseStatus::scored);
      CHECK(result.categories[0].clauses[1].score.to_string() == "3");
    }
    SUBCASE("a response that earns nothing needs no evidence") {
      answer(a, *r, "c") = met(false);
      answer(a, *r, "k") = met(false);
      answer(a, *r, "v") = met(false);
      a.adjustments["model"] = times(0);
      a.prerequisites["title"] = prerequisite(false);
      auto result = cepin::scoring::score(a, r, {}, checker);
      CHECK(warning_codes(result) == Strings{"rubric-version"});
    }
    SUBCASE("the evidence root is the base directory when none is set") {
      a.evidence_root = "";
      a.base_directory = "";
      cepin::scoring::score(a, r, {}, checker);
      CHECK(checker.asked.front() == ".|missing.pdf");
    }
  }

  TEST_CASE("a rubric loaded from YAML") {
    auto loaded = cepin::rubric::load_from_bytes("r.yaml", R"(schema: cepin/rubric/1
id: demo
title: demo
total: 10
threshold: 8
categories:
  - id: "1"
    title: A
    items:
      - id: "1.1"
        title: B
        cap: 4
        clauses:
          - {id: "1.1.1", text: t, points: 3, rule: check}
          - {id: "1.1.2", text: t, points: 3, rule: {type: tiers, tiers: [{max: 1, points: 3}, {max: 3, points: 1}]}}
      - id: "1.2"
        title: C
        clauses:
          - {id: "1.2.1", text: t, points: 6, rule: {type: shortfall, target: 90%, per: 0.2, whole_steps: true}}
)");
    REQUIRE(static_cast<bool>(loaded.rubric));
    assessment::Assessment a;
    answer(a, *loaded.rubric, "1.1.1") = met(true);
    answer(a, *loaded.rubric, "1.1.2") = value("2");
    answer(a, *loaded.rubric, "1.2.1") = value("87.5");
    FakeChecker checker;
    auto result = cepin::scoring::score(a, loaded.rubric, {}, checker);
    const auto& items = result.categories[0].items;
    CHECK(en(items[0].clauses[1].why) == "tiers: 2 ≤ 3 → 1");
    CHECK(items[0].score.to_string() == "4");
    CHECK(en(items[1].clauses[0].why) == "shortfall: 87.5 < 90, 2 whole steps, 0.2 per 1 → 5.6");
    CHECK(result.score.to_string() == "9.6");
    CHECK(result.verdict == Verdict::eligible);
  }
}
