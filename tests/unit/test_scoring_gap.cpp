#include <doctest/doctest.h>

#include "scoring/gap.hpp"
#include "test_scoring_support.hpp"

using cepin::rubric::AdjustmentKind;
using cepin::rubric::RuleType;
using cepin::scoring::Gap;
using cepin::scoring::plan_gap;
using cepin::scoring::ScoreTree;
using cepin::scoring::Totals;
using namespace scoring_test;

namespace {

using Strings = std::vector<std::string>;

// "id score/max +recoverable" per pick.
Strings picks(const Gap& gap) {
  Strings out;
  for (const auto& pick : gap.plan) {
    out.push_back(pick.id + " " + pick.score.to_string() + "/" + pick.max.to_string() + " +" +
                  pick.recoverable.to_string());
  }
  return out;
}

// 1.1 capped at 3 holds a (3, met) and b (3); 1.2 holds c (2) and d (4, manual 1)
// and e (5, optional).
std::shared_ptr<rubric::Rubric> capped_rubric(const char* threshold) {
  auto e = clause("e", "5", RuleType::check);
  e.optional = true;
  return make_rubric(
      {category("1", {node("1.1", {clause("a", "3"), clause("b", "3")}, d("3")),
                      node("1.2", {clause("c", "2"), clause("d", "4", RuleType::manual), e})})},
      threshold);
}

assessment::Assessment capped_answers() {
  assessment::Assessment a;
  a.responses["a"] = met(true);
  a.responses["d"] = value("1");
  a.responses["e"] = not_applicable();
  return a;
}

}  // namespace

TEST_SUITE("scoring::plan_gap") {
  TEST_CASE("largest recoverable first; a capped node gains nothing") {
    auto result = run(capped_answers(), capped_rubric("8"));
    CHECK(result.score.to_string() == "4");
    CHECK(result.gap.needed.to_string() == "4");
    CHECK(picks(result.gap) == Strings{"d 1/4 +3", "c 0/2 +2"});
    CHECK(result.gap.reachable);
    CHECK(result.gap.blocking.empty());
  }

  TEST_CASE("unreachable: the capped clause and the n/a clause never help") {
    auto result = run(capped_answers(), capped_rubric("10"));
    CHECK(result.gap.needed.to_string() == "6");
    CHECK(picks(result.gap) == Strings{"d 1/4 +3", "c 0/2 +2"});
    CHECK_FALSE(result.gap.reachable);
  }

  TEST_CASE("ties in rubric order; stops once needed is met") {
    auto r = make_rubric({node("1", {clause("x", "2"), clause("y", "2"), clause("z", "2")})}, "2");
    assessment::Assessment a;
    a.responses["x"] = met(false);
    auto result = run(a, r);
    CHECK(picks(result.gap) == Strings{"x 0/2 +2"});
    CHECK(result.gap.reachable);
  }

  TEST_CASE("a capped item: a partial recovery") {
    auto r = make_rubric({node("1", {clause("p", "3"), clause("q", "3")}, d("4"))}, "4");
    assessment::Assessment a;
    a.responses["p"] = met(true);
    auto result = run(a, r);
    CHECK(picks(result.gap) == Strings{"q 0/3 +1"});
  }

  TEST_CASE("adjustments are held fixed: a penalty can swallow a recovery") {
    auto r = make_rubric({node("1", {clause("p", "1"), clause("q", "3")})}, "3");
    r->adjustments = {
        [] {
          cepin::rubric::Adjustment out;
          out.id = "criticized";
          out.kind = AdjustmentKind::penalty;
          out.per = d("2");
          return out;
        }(),
    };
    assessment::Assessment a;
    a.adjustments["criticized"].count = 1;
    auto result = run(a, r);
    CHECK(result.score.to_string() == "0");
    CHECK(picks(result.gap) == Strings{"q 0/3 +1", "p 0/1 +1"});
    CHECK_FALSE(result.gap.reachable);
  }

  TEST_CASE("reached: nothing to plan") {
    auto r = make_rubric({node("1", {clause("p", "1")})}, "1");
    assessment::Assessment a;
    a.responses["p"] = met(true);
    auto result = run(a, r);
    CHECK(result.gap.needed.to_string() == "0");
    CHECK(result.gap.reachable);
    CHECK(result.gap.plan.empty());
  }

  TEST_CASE("ScoreTree re-scores only a clause's ancestors") {
    ScoreTree tree;
    const int category = tree.add_node(-1, d("5"));
    const int item = tree.add_node(category, std::nullopt);
    tree.add_clause(item, "a", d("2"), d("4"), true);
    tree.add_clause(category, "b", d("1"), d("3"), true);
    tree.finish();
    CHECK(tree.base_raw().to_string() == "3");
    CHECK(tree.base_raw_if(0, d("4")).to_string() == "5");
    CHECK(tree.base_raw_if(1, d("3")).to_string() == "5");
    tree.set(0, d("4"));
    CHECK(tree.base_raw().to_string() == "5");
    CHECK(tree.base_raw_if(1, d("3")).to_string() == "5");
    tree.set(0, d("1"));
    CHECK(tree.base_raw().to_string() == "2");
    Totals totals;
    totals.precision = d("0.01");
    totals.total = d("5");
    Gap gap = plan_gap(tree, totals, d("5"), {"veto:x"});
    CHECK(picks(gap) == Strings{"a 1/4 +3"});
    CHECK(gap.blocking == Strings{"veto:x"});
  }

  TEST_CASE("58 clauses × 2000 units stays fast") {
    std::vector<cepin::rubric::Node> items;
    for (int i = 0; i < 58; ++i) {
      items.push_back(node("n" + std::to_string(i),
                           {clause("c" + std::to_string(i), "1.5", RuleType::manual)}));
    }
    auto r = make_rubric({category("1", items)}, "87");
    assessment::Assessment a;
    for (int i = 0; i < 58; ++i) {
      a.responses["c" + std::to_string(i)] = value(i % 2 == 0 ? "0.5" : "1");
    }
    std::size_t picked = 0;
    for (int unit = 0; unit < 2000; ++unit) {
      picked += run(a, r).gap.plan.size();
    }
    CHECK(picked == 2000u * 58u);
  }
}
