// Section floors and best k of n in the scoring engine (SPEC §8), from
// rubrics written as YAML text.
#include <doctest/doctest.h>

#include "report/why.hpp"
#include "rubric/loader.hpp"
#include "scoring/engine.hpp"
#include "test_scoring_support.hpp"

using cepin::rubric::AdjustmentKind;
using cepin::rubric::RuleType;
using cepin::scoring::ClauseStatus;
using cepin::scoring::EvidenceStatus;
using cepin::scoring::ResponseValue;
using cepin::scoring::Verdict;
using namespace scoring_test;

namespace {

using Strings = std::vector<std::string>;

}  // namespace

namespace {

// A rubric from YAML text; the test fails when it does not load cleanly.
std::shared_ptr<const rubric::Rubric> rubric_from(const std::string& text) {
  auto loaded = cepin::rubric::load_from_bytes("t.yaml", text);
  std::string problems;
  for (const auto& d : loaded.diagnostics) {
    problems += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.message + "\n";
  }
  INFO(problems);
  REQUIRE(static_cast<bool>(loaded.rubric));
  return loaded.rubric;
}

scoring::Result score_with(const std::shared_ptr<const rubric::Rubric>& r, const assessment::Assessment& a) {
  FakeChecker checker;
  return cepin::scoring::score(a, r, {}, checker);
}

// Category 1 (25, floor 20: 1.1 of 20 and an optional 1.2 of 5), category 2
// with item 2.1 (25, floor 10).
const char* k_floors = R"(schema: cepin/rubric/1
id: f
title: F
total: 50
threshold: 30
categories:
  - id: "1"
    title: 甲
    min: 20
    clauses:
      - {id: "1.1", text: t, points: 20, rule: {type: manual, step: 0.01}}
      - {id: "1.2", text: t, points: 5, optional: true, rule: check}
  - id: "2"
    title: 乙
    items:
      - id: "2.1"
        title: 丙
        min: 10
        clauses:
          - {id: "2.1.1", text: t, points: 25, rule: {type: manual, step: 0.01}}
)";

assessment::Assessment floors_answered(const rubric::Rubric& r, const char* c11, bool c12, const char* c211) {
  assessment::Assessment a;
  answer(a, r, "1.1") = value(c11);
  answer(a, r, "1.2") = met(c12);
  answer(a, r, "2.1.1") = value(c211);
  return a;
}

// Category 1: the best 2 of three 3-point clauses (1.2 may be n/a).
const char* k_best = R"(schema: cepin/rubric/1
id: b
title: B
total: 6
threshold: 6
categories:
  - id: "1"
    title: 甲
    points: 6
    best: 2
    clauses:
      - {id: "1.1", text: t, points: 3, rule: {type: manual, step: 0.5}}
      - {id: "1.2", text: t, points: 3, optional: true, rule: {type: manual, step: 0.5}}
      - {id: "1.3", text: t, points: 3, rule: {type: manual, step: 0.5}}
)";

std::vector<std::string> counted_of(const scoring::NodeResult& node) {
  std::vector<std::string> out;
  for (const auto& c : node.clauses) {
    out.push_back(c.counted ? (*c.counted ? "yes" : "no") : "-");
  }
  for (const auto& i : node.items) {
    out.push_back(i.counted ? (*i.counted ? "yes" : "no") : "-");
  }
  return out;
}

}  // namespace

TEST_SUITE("scoring::score floors (SPEC §8)") {
  TEST_CASE("a floor exactly met holds; 0.01 short is below-floor, before below-threshold") {
    auto r = rubric_from(k_floors);
    auto met_exactly = score_with(r, floors_answered(*r, "15", true, "10"));
    CHECK(met_exactly.categories[0].score.to_string() == "20");
    CHECK(met_exactly.categories[0].floor->to_string() == "20");
    CHECK(met_exactly.verdict == Verdict::eligible);
    CHECK(met_exactly.reasons.empty());
    CHECK(met_exactly.gap.plan.empty());

    auto short_by_a_cent = score_with(r, floors_answered(*r, "14.99", true, "10"));
    CHECK(reason_codes(short_by_a_cent) == Strings{"below-floor:1", "below-threshold"});
    CHECK(reason_message(short_by_a_cent, 0) == "category `1` scored 19.99, below its floor 20");
    CHECK(cepin::report::reason_text(short_by_a_cent.reasons[0], r.get(), cepin::report::Lang::zh) ==
          "1 甲 得分 19.99，低于分项底线 20.00");
    CHECK(short_by_a_cent.verdict == Verdict::ineligible);
  }

  TEST_CASE("floors are reported in pre-order, an item's by its id") {
    auto r = rubric_from(k_floors);
    auto both = score_with(r, floors_answered(*r, "10", true, "9.99"));
    CHECK(reason_codes(both) == Strings{"below-floor:1", "below-floor:2.1", "below-threshold"});
    CHECK(reason_message(both, 1) == "item `2.1` scored 9.99, below its floor 10");
  }

  TEST_CASE("under n/a a floor scales with what remains, rounded to the precision") {
    auto r = rubric_from(k_floors);
    assessment::Assessment a = floors_answered(*r, "16", true, "10");
    answer(a, *r, "1.2") = not_applicable();
    auto scaled = score_with(r, a);
    CHECK(scaled.categories[0].floor->to_string() == "16");  // 20 × 20 ÷ 25
    CHECK(scaled.reasons.empty() == false);  // 26 < 30: below-threshold only
    CHECK(reason_codes(scaled) == Strings{"below-threshold"});
    answer(a, *r, "1.1") = value("15.99");
    CHECK(reason_codes(score_with(r, a)) == Strings{"below-floor:1", "below-threshold"});

    auto thirds = rubric_from(R"(schema: cepin/rubric/1
id: t
title: T
total: 3
threshold: 0
categories:
  - id: "1"
    title: 甲
    min: 2
    clauses:
      - {id: "1.1", text: t, points: 1, rule: check}
      - {id: "1.2", text: t, points: 1, rule: check}
      - {id: "1.3", text: t, points: 1, optional: true, rule: check}
)");
    assessment::Assessment b;
    answer(b, *thirds, "1.1") = met(true);
    answer(b, *thirds, "1.2") = met(false);
    answer(b, *thirds, "1.3") = not_applicable();
    auto rounded = score_with(thirds, b);
    CHECK(rounded.categories[0].floor->to_string() == "1.33");  // 2 × 2 ÷ 3
    CHECK(reason_codes(rounded) == Strings{"below-floor:1"});
  }

  TEST_CASE("a node with nothing applicable has no floor") {
    auto r = rubric_from(R"(schema: cepin/rubric/1
id: t
title: T
total: 2
threshold: 0
categories:
  - id: "1"
    title: 甲
    min: 1
    clauses:
      - {id: "1.1", text: t, points: 1, optional: true, rule: check}
  - id: "2"
    title: 乙
    clauses:
      - {id: "2.1", text: t, points: 1, rule: check}
)");
    assessment::Assessment a;
    answer(a, *r, "1.1") = not_applicable();
    answer(a, *r, "2.1") = met(true);
    auto result = score_with(r, a);
    CHECK_FALSE(result.categories[0].floor.has_value());
    CHECK(result.verdict == Verdict::eligible);
  }
}

TEST_SUITE("scoring::score best k of n (SPEC §8)") {
  TEST_CASE("the K highest count; ties go to the earlier child") {
    auto r = rubric_from(k_best);
    auto scored = [&](const char* a, const char* b, const char* c) {
      assessment::Assessment out;
      answer(out, *r, "1.1") = value(a);
      answer(out, *r, "1.2") = value(b);
      answer(out, *r, "1.3") = value(c);
      return score_with(r, out);
    };
    auto all_equal = scored("3", "3", "3");
    CHECK(counted_of(all_equal.categories[0]) == Strings{"yes", "yes", "no"});
    CHECK(all_equal.categories[0].score.to_string() == "6");
    auto tie_at_the_edge = scored("2", "1", "2");
    CHECK(counted_of(tie_at_the_edge.categories[0]) == Strings{"yes", "no", "yes"});
    CHECK(tie_at_the_edge.categories[0].score.to_string() == "4");
    auto tie_left_out = scored("1", "2", "2");
    CHECK(counted_of(tie_left_out.categories[0]) == Strings{"no", "yes", "yes"});
    auto three_way = scored("2", "2", "2");
    CHECK(counted_of(three_way.categories[0]) == Strings{"yes", "yes", "no"});
    CHECK(three_way.categories[0].max.to_string() == "6");
  }

  TEST_CASE("n/a children are never candidates; vetoes and warnings apply to every child") {
    auto r = rubric_from(k_best);
    assessment::Assessment a;
    answer(a, *r, "1.1") = value("0.5");
    answer(a, *r, "1.2") = not_applicable();
    answer(a, *r, "1.3") = value("0");
    auto result = score_with(r, a);
    CHECK(counted_of(result.categories[0]) == Strings{"yes", "no", "yes"});
    CHECK(result.categories[0].score.to_string() == "0.5");
  }

  TEST_CASE("unanswered children raise no warning while K siblings are answered") {
    auto r = rubric_from(k_best);
    assessment::Assessment two;
    answer(two, *r, "1.1") = value("3");
    answer(two, *r, "1.3") = value("2");
    CHECK(warning_codes(score_with(r, two)).empty());
    assessment::Assessment one;
    answer(one, *r, "1.1") = value("3");
    CHECK(warning_codes(score_with(r, one)) == Strings{"unanswered:1.2", "unanswered:1.3"});
  }

  TEST_CASE("a cap bounds the K best; full marks are the K largest children's, then the cap") {
    auto r = rubric_from(R"(schema: cepin/rubric/1
id: c
title: C
total: 5
threshold: 5
categories:
  - id: "1"
    title: 甲
    points: 5
    best: 2
    cap: 5
    clauses:
      - {id: "1.1", text: t, points: 4, rule: {type: manual, step: 0.5}}
      - {id: "1.2", text: t, points: 2, rule: {type: manual, step: 0.5}}
      - {id: "1.3", text: t, points: 3, rule: {type: manual, step: 0.5}}
)");
    CHECK(r->categories[0].full_marks.to_string() == "5");  // min(5, 4 + 3)
    assessment::Assessment a;
    answer(a, *r, "1.1") = value("4");
    answer(a, *r, "1.2") = value("2");
    answer(a, *r, "1.3") = value("3");
    auto result = score_with(r, a);
    CHECK(counted_of(result.categories[0]) == Strings{"yes", "no", "yes"});
    CHECK(result.categories[0].score.to_string() == "5");
  }

  TEST_CASE("with normalize, the denominator takes the K largest remaining children") {
    auto r = rubric_from(R"(schema: cepin/rubric/1
id: n
title: N
total: 7
threshold: 0
normalize: true
categories:
  - id: "1"
    title: 甲
    best: 2
    items:
      - id: "1.1"
        title: a
        clauses:
          - {id: "1.1.1", text: t, points: 4, optional: true, rule: check}
      - id: "1.2"
        title: b
        clauses:
          - {id: "1.2.1", text: t, points: 3, rule: check}
      - id: "1.3"
        title: c
        clauses:
          - {id: "1.3.1", text: t, points: 2, rule: check}
)");
    assessment::Assessment a;
    answer(a, *r, "1.1.1") = not_applicable();
    answer(a, *r, "1.2.1") = met(true);
    answer(a, *r, "1.3.1") = met(false);
    auto result = score_with(r, a);
    CHECK(counted_of(result.categories[0]) == Strings{"no", "yes", "yes"});
    CHECK(result.categories[0].max.to_string() == "7");  // the rubric's, unscaled
    CHECK(result.base_raw.to_string() == "3");
    CHECK(result.base.to_string() == "4.2");  // 3 × 7 ÷ (3 + 2)
    answer(a, *r, "1.3.1") = not_applicable();
    auto one_left = score_with(r, a);
    CHECK(one_left.base.to_string() == "7");  // fewer than K remain: all of them, 3 × 7 ÷ 3
  }
}
