#include <doctest/doctest.h>

#include "report/why.hpp"
#include "scoring/rules.hpp"
#include "test_scoring_support.hpp"

using cepin::rubric::RuleType;
using cepin::rubric::TierKind;
using cepin::scoring::evaluate_rule;
using namespace scoring_test;

namespace {

// "why" of scoring `response` at precision 0.01 (or `precision`).
std::string why(const cepin::rubric::Clause& c, const cepin::assessment::Response& response,
                const char* precision = "0.01") {
  return cepin::report::why_text(evaluate_rule(c, response, d(precision)).why, cepin::report::Lang::en);
}

std::string score(const cepin::rubric::Clause& c, const cepin::assessment::Response& response,
                  const char* precision = "0.01") {
  return evaluate_rule(c, response, d(precision)).score.to_string();
}

cepin::rubric::Tier tier(const char* bound, const char* points) {
  return {d(bound), d(points)};
}

}  // namespace

TEST_SUITE("scoring::evaluate_rule") {
  TEST_CASE("check") {
    auto c = clause("1", "3", RuleType::check);
    CHECK(why(c, met(true)) == "check: met → 3");
    CHECK(why(c, met(false)) == "check: not met → 0");
  }

  TEST_CASE("levels") {
    auto c = clause("1", "3", RuleType::levels);
    c.rule.levels = {{"优秀", d("3")}, {"良好", d("2.5")}, {"一般", d("1")}};
    CHECK(why(c, level("良好")) == "levels: 良好 → 2.5");
    CHECK(why(c, level("优秀")) == "levels: 优秀 → 3");
  }

  TEST_CASE("tiers") {
    SUBCASE("min tiers: on a boundary, just below, below every tier") {
      auto c = clause("1", "4", RuleType::tiers);
      c.rule.tiers = {tier("95", "4"), tier("90", "3")};
      CHECK(why(c, value("96.5")) == "tiers: 96.5 ≥ 95 → 4");
      CHECK(why(c, value("95")) == "tiers: 95 ≥ 95 → 4");
      CHECK(why(c, value("94.999999")) == "tiers: 94.999999 ≥ 90 → 3");
      CHECK(why(c, value("90")) == "tiers: 90 ≥ 90 → 3");
      CHECK(why(c, value("89.99")) == "tiers: 89.99 below every tier → 0");
      CHECK(why(c, value("79")) == "tiers: 79 below every tier → 0");
    }
    SUBCASE("max tiers (lower is better)") {
      auto c = clause("1", "4", RuleType::tiers);
      c.rule.tier_kind = TierKind::max;
      c.rule.tiers = {tier("1", "4"), tier("3", "2")};
      CHECK(why(c, value("0")) == "tiers: 0 ≤ 1 → 4");
      CHECK(why(c, value("1")) == "tiers: 1 ≤ 1 → 4");
      CHECK(why(c, value("1.01")) == "tiers: 1.01 ≤ 3 → 2");
      CHECK(why(c, value("3.01")) == "tiers: 3.01 above every tier → 0");
    }
  }

  TEST_CASE("linear") {
    SUBCASE("ascending, clamped") {
      auto c = clause("1", "4", RuleType::linear);
      c.rule.from = d("0");
      c.rule.to = d("100");
      CHECK(why(c, value("96.5")) == "linear: 96.5 of 0..100 → 3.86");
      CHECK(why(c, value("100")) == "linear: 100 of 0..100 → 4");
      CHECK(why(c, value("120")) == "linear: 120 of 0..100 → 4");
      CHECK(why(c, value("0")) == "linear: 0 of 0..100 → 0");
      CHECK(why(c, value("-5")) == "linear: -5 of 0..100 → 0");
    }
    SUBCASE("descending") {
      auto c = clause("1", "5", RuleType::linear);
      c.rule.from = d("10");
      c.rule.to = d("0");
      CHECK(why(c, value("2")) == "linear: 2 of 10..0 → 4");
      CHECK(why(c, value("12")) == "linear: 12 of 10..0 → 0");
      CHECK(why(c, value("-1")) == "linear: -1 of 10..0 → 5");
      CHECK(why(c, value("7.5")) == "linear: 7.5 of 10..0 → 1.25");
    }
    SUBCASE("one rounding, half away from zero") {
      auto c = clause("1", "1", RuleType::linear);
      c.rule.from = d("0");
      c.rule.to = d("3");
      CHECK(score(c, value("1")) == "0.33");
      CHECK(score(c, value("2")) == "0.67");
      c.rule.to = d("8");
      CHECK(score(c, value("1")) == "0.13");
      CHECK(score(c, value("1"), "0.001") == "0.125");
      CHECK(score(c, value("4"), "1") == "1");
    }
  }

  TEST_CASE("shortfall") {
    auto c = clause("1", "4", RuleType::shortfall);
    c.rule.target = d("90");
    c.rule.per = d("0.2");
    SUBCASE("fractional steps") {
      CHECK(why(c, value("88.5")) == "shortfall: 88.5 < 90, 1.5 short, 0.2 per 1 → 3.7");
      CHECK(why(c, value("92")) == "shortfall: 92 ≥ 90 → 4");
      CHECK(why(c, value("90")) == "shortfall: 90 ≥ 90 → 4");
      CHECK(why(c, value("89.99")) == "shortfall: 89.99 < 90, 0.01 short, 0.2 per 1 → 4");
      CHECK(why(c, value("50")) == "shortfall: 50 < 90, 40 short, 0.2 per 1 → 0");
    }
    SUBCASE("whole steps") {
      c.rule.whole_steps = true;
      CHECK(why(c, value("88.5")) == "shortfall: 88.5 < 90, 1 whole step, 0.2 per 1 → 3.8");
      CHECK(why(c, value("87.5")) == "shortfall: 87.5 < 90, 2 whole steps, 0.2 per 1 → 3.6");
      CHECK(why(c, value("89.5")) == "shortfall: 89.5 < 90, 0 whole steps, 0.2 per 1 → 4");
      CHECK(why(c, value("88")) == "shortfall: 88 < 90, 2 whole steps, 0.2 per 1 → 3.6");
      CHECK(why(c, value("60")) == "shortfall: 60 < 90, 30 whole steps, 0.2 per 1 → 0");
    }
    SUBCASE("another step") {
      c.rule.step = d("0.5");
      CHECK(why(c, value("89")) == "shortfall: 89 < 90, 1 short, 0.2 per 0.5 → 3.6");
      c.rule.step = d("3");
      c.rule.per = d("0.1");
      CHECK(why(c, value("89")) == "shortfall: 89 < 90, 1 short, 0.1 per 3 → 3.97");
      c.rule.whole_steps = true;
      CHECK(why(c, value("89")) == "shortfall: 89 < 90, 0 whole steps, 0.1 per 3 → 4");
      CHECK(why(c, value("84")) == "shortfall: 84 < 90, 2 whole steps, 0.1 per 3 → 3.8");
    }
  }

  TEST_CASE("deduct") {
    auto c = clause("1", "2", RuleType::deduct);
    c.rule.per = d("0.5");
    CHECK(why(c, count(0)) == "deduct: 0 × 0.5 deducted → 2");
    CHECK(why(c, count(3)) == "deduct: 3 × 0.5 deducted → 0.5");
    CHECK(why(c, count(4)) == "deduct: 4 × 0.5 deducted → 0");
    CHECK(why(c, count(10)) == "deduct: 10 × 0.5 deducted, floored → 0");
    c.rule.floor = d("0.5");
    CHECK(why(c, count(3)) == "deduct: 3 × 0.5 deducted → 0.5");
    CHECK(why(c, count(4)) == "deduct: 4 × 0.5 deducted, floored → 0.5");
    CHECK(why(c, count(1'000'000'000)) == "deduct: 1000000000 × 0.5 deducted, floored → 0.5");
  }

  TEST_CASE("count") {
    auto c = clause("1", "2", RuleType::count);
    c.rule.per = d("0.5");
    CHECK(why(c, count(0)) == "count: 0 × 0.5 = 0 → 0");
    CHECK(why(c, count(3)) == "count: 3 × 0.5 = 1.5 → 1.5");
    CHECK(why(c, count(4)) == "count: 4 × 0.5 = 2 → 2");
    CHECK(why(c, count(5)) == "count: 5 × 0.5 = 2.5, capped → 2");
    CHECK(why(c, count(10)) == "count: 10 × 0.5 = 5, capped → 2");
  }

  TEST_CASE("checklist") {
    SUBCASE("equal shares: one exact fraction") {
      auto c = clause("1", "10", RuleType::checklist);
      for (const char* label :
           {"计划", "方案", "部署", "专栏", "检查", "成效", "总结", "经费保障"}) {
        c.rule.elements.push_back({label, std::nullopt});
      }
      CHECK(why(c, labels({"计划", "方案", "总结"})) == "checklist: 3 of 8 → 3.75");
      CHECK(why(c, labels({"计划", "方案", "部署", "专栏", "检查"})) == "checklist: 5 of 8 → 6.25");
      CHECK(why(c, labels({})) == "checklist: 0 of 8 → 0");
      c.points = d("5");
      CHECK(why(c, labels({"计划", "方案", "部署", "专栏", "检查"})) == "checklist: 5 of 8 → 3.13");
      c.points = d("1");
      c.rule.elements.resize(3);
      CHECK(score(c, labels({"计划"})) == "0.33");
      CHECK(score(c, labels({"计划", "方案"})) == "0.67");
      CHECK(score(c, labels({"计划", "方案", "部署"})) == "1");
    }
    SUBCASE("weighted: capped at points") {
      auto c = clause("1", "5", RuleType::checklist);
      c.rule.weighted = true;
      c.rule.elements = {{"a", d("2")}, {"b", d("2")}, {"c", d("3")}};
      CHECK(why(c, labels({"a"})) == "checklist: 1 of 3 → 2");
      CHECK(why(c, labels({"a", "b"})) == "checklist: 2 of 3 → 4");
      CHECK(why(c, labels({"a", "c"})) == "checklist: 2 of 3 → 5");
      CHECK(why(c, labels({"a", "b", "c"})) == "checklist: 3 of 3 → 5");
    }
    SUBCASE("tiers on the number met") {
      auto c = clause("1", "15", RuleType::checklist);
      for (const char* label : {"a", "b", "c", "d", "e", "f"}) {
        c.rule.elements.push_back({label, std::nullopt});
      }
      c.rule.tiers = {tier("5", "15"), tier("4", "10")};
      CHECK(why(c, labels({"a", "b", "c", "d", "e", "f"})) == "checklist: 6 of 6 → 15");
      CHECK(why(c, labels({"a", "b", "c", "d", "e"})) == "checklist: 5 of 6 → 15");
      CHECK(why(c, labels({"a", "b", "c", "d"})) == "checklist: 4 of 6 → 10");
      CHECK(why(c, labels({"a", "b", "c"})) == "checklist: 3 of 6 → 0");
    }
  }

  TEST_CASE("manual") {
    auto c = clause("1", "10", RuleType::manual);
    CHECK(why(c, value("6.5")) == "manual: 6.5");
    CHECK(why(c, value("0")) == "manual: 0");
    CHECK(why(c, value("10")) == "manual: 10");
    CHECK(score(c, value("6.5")) == "6.5");
  }
}
