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

assessment::Assessment capped_answers(const rubric::Rubric& r) {
  assessment::Assessment a;
  answer(a, r, "a") = met(true);
  answer(a, r, "d") = value("1");
  answer(a, r, "e") = not_applicable();
  return a;
}

}  // namespace

TEST_SUITE("scoring::plan_gap") {
  TEST_CASE("largest recoverable first; a capped node gains nothing") {
    auto r = capped_rubric("8");
    auto result = run(capped_answers(*r), r);
    CHECK(result.score.to_string() == "4");
    CHECK(result.gap.needed.to_string() == "4");
    CHECK(picks(result.gap) == Strings{"d 1/4 +3", "c 0/2 +2"});
    CHECK(result.gap.reachable);
    CHECK(result.gap.blocking.empty());
  }

  TEST_CASE("unreachable: the capped clause and the n/a clause never help") {
    auto r = capped_rubric("10");
    auto result = run(capped_answers(*r), r);
    CHECK(result.gap.needed.to_string() == "6");
    CHECK(picks(result.gap) == Strings{"d 1/4 +3", "c 0/2 +2"});
    CHECK_FALSE(result.gap.reachable);
  }

  TEST_CASE("ties in rubric order; stops once needed is met") {
    auto r = make_rubric({node("1", {clause("x", "2"), clause("y", "2"), clause("z", "2")})}, "2");
    assessment::Assessment a;
    answer(a, *r, "x") = met(false);
    auto result = run(a, r);
    CHECK(picks(result.gap) == Strings{"x 0/2 +2"});
    CHECK(result.gap.reachable);
  }

  TEST_CASE("a clause's own rise is not its rise: a cap makes the larger clause wait") {
    // a's 3 points rise its category by only 2 (the cap); b and c, scored
    // after it, each rise 2.5 and come first, each one compared in full.
    auto r = make_rubric({node("1", {clause("a", "3")}, d("2")), node("2", {clause("b", "2.5"), clause("c", "2.5")})},
                         "7");
    auto result = run(assessment::Assessment{}, r);
    CHECK(result.gap.needed.to_string() == "7");
    CHECK(picks(result.gap) == Strings{"b 0/2.5 +2.5", "c 0/2.5 +2.5", "a 0/3 +2"});
    CHECK(result.gap.reachable);
  }

  TEST_CASE("a capped item: a partial recovery") {
    auto r = make_rubric({node("1", {clause("p", "3"), clause("q", "3")}, d("4"))}, "4");
    assessment::Assessment a;
    answer(a, *r, "p") = met(true);
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
    answer(a, *r, "p") = met(true);
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

  TEST_CASE("ScoreTree keeps a capped node's uncapped sum, so a fall below the cap shows") {
    ScoreTree tree;
    const int category = tree.add_node(-1, d("5"));
    tree.add_clause(category, "a", d("4"), d("4"), true);
    tree.add_clause(category, "b", d("3"), d("3"), true);
    const int best = tree.add_node(-1, std::nullopt, 1);
    tree.add_clause(best, "c", d("1"), d("2"), true);
    tree.add_clause(best, "d", d("0"), d("2"), true);
    tree.finish();
    CHECK(tree.base_raw().to_string() == "6");             // min(5, 7) + best of (1, 0)
    CHECK(tree.base_raw_if(0, d("3")).to_string() == "6");  // 6 is still above the cap
    CHECK(tree.base_raw_if(0, d("1")).to_string() == "5");  // 4 falls below it
    CHECK(tree.base_raw_if(3, d("2")).to_string() == "7");  // d becomes the best one
    tree.set(0, d("3"));
    CHECK(tree.base_raw().to_string() == "6");
    tree.set(1, d("0"));
    CHECK(tree.base_raw().to_string() == "4");
    tree.set(3, d("2"));
    CHECK(tree.base_raw().to_string() == "5");
    tree.set(3, d("0"));
    CHECK(tree.base_raw().to_string() == "4");
  }

  TEST_CASE("floors first: the clause that raises the failing node most, until the floor holds") {
    ScoreTree tree;
    const int a = tree.add_node(-1, std::nullopt, std::nullopt, "A");
    tree.add_clause(a, "a1", d("0"), d("4"), true);
    tree.add_clause(a, "a2", d("2"), d("5"), true);
    const int b = tree.add_node(-1, std::nullopt, std::nullopt, "B");
    tree.add_clause(b, "b1", d("0"), d("10"), true);
    tree.set_floor(a, d("8"));
    tree.finish();
    Totals totals;
    totals.precision = d("0.01");
    totals.total = d("19");
    Gap gap = plan_gap(tree, totals, d("5"), {});
    CHECK(gap.needed.to_string() == "3");
    CHECK(picks(gap) == Strings{"a1 0/4 +4", "a2 2/5 +3"});
    CHECK(gap.plan[0].floor == "A");
    CHECK(gap.plan[1].floor == "A");
    CHECK(gap.reachable);
    CHECK(gap.blocking.empty());

    // Above the threshold, a failing floor still makes a plan, with nothing needed.
    Gap floor_only = plan_gap(tree, totals, d("1"), {});
    CHECK(floor_only.needed.to_string() == "0");
    CHECK(picks(floor_only) == Strings{"a1 0/4 +4", "a2 2/5 +3"});
  }

  TEST_CASE("a floor nothing can repair is blocking, and the plan is unreachable") {
    ScoreTree tree;
    const int a = tree.add_node(-1, std::nullopt, std::nullopt, "A");
    tree.add_clause(a, "a1", d("0"), d("5"), true);
    tree.set_floor(a, d("6"));
    tree.finish();
    Totals totals;
    totals.precision = d("0.01");
    totals.total = d("5");
    Gap gap = plan_gap(tree, totals, d("1"), {"veto:x"});
    CHECK(picks(gap) == Strings{"a1 0/5 +5"});
    CHECK(gap.blocking == Strings{"veto:x", "below-floor:A"});
    CHECK_FALSE(gap.reachable);
  }

  TEST_CASE("best k: when no single clause helps, all clauses of an uncounted child together") {
    ScoreTree tree;
    const int a = tree.add_node(-1, std::nullopt, 1, "A");
    const int x = tree.add_node(a, std::nullopt, std::nullopt, "X");
    tree.add_clause(x, "x1", d("4"), d("5"), true);
    const int y = tree.add_node(a, std::nullopt, std::nullopt, "Y");
    tree.add_clause(y, "y1", d("0"), d("3"), true);
    tree.add_clause(y, "y2", d("0"), d("3"), true);
    tree.finish();
    CHECK(tree.base_raw().to_string() == "4");
    CHECK(tree.counted(a) == std::vector<bool>{true, false});
    Totals totals;
    totals.precision = d("0.01");
    totals.total = d("6");
    Gap gap = plan_gap(tree, totals, d("6"), {});
    // x1 alone rises 1; then neither y alone beats X: both at once rise 1 more.
    CHECK(picks(gap) == Strings{"x1 4/5 +1", "y1 0/3 +0", "y2 0/3 +1"});
    CHECK(gap.plan[1].group == "Y");
    CHECK(gap.plan[2].group == "Y");
    CHECK(gap.plan[0].group.empty());
    CHECK(gap.reachable);
  }

  TEST_CASE("best k under a floor: the group is sought only inside the failing node") {
    ScoreTree tree;
    const int a = tree.add_node(-1, std::nullopt, 1, "A");
    const int x = tree.add_node(a, std::nullopt, std::nullopt, "X");
    tree.add_clause(x, "x1", d("4"), d("5"), true);
    const int y = tree.add_node(a, std::nullopt, std::nullopt, "Y");
    tree.add_clause(y, "y1", d("0"), d("3"), true);
    tree.add_clause(y, "y2", d("0"), d("3"), true);
    const int z = tree.add_node(a, std::nullopt, std::nullopt, "Z");
    tree.add_clause(z, "z1", d("2"), d("2"), true);  // already at full marks: nothing to raise
    const int b = tree.add_node(-1, std::nullopt, 1, "B");
    tree.add_clause(b, "b1", d("0"), d("1"), true);
    tree.add_clause(b, "b2", d("0"), d("1"), true);
    tree.set_floor(a, d("6"));
    tree.finish();
    Totals totals;
    totals.precision = d("0.01");
    totals.total = d("7");
    Gap gap = plan_gap(tree, totals, d("1"), {});
    // x1 raises A to 5; then only Y's two clauses together beat X: A reaches 6. B is never looked at.
    CHECK(picks(gap) == Strings{"x1 4/5 +1", "y1 0/3 +0", "y2 0/3 +1"});
    CHECK(gap.plan.at(0).floor == "A");
    CHECK(gap.plan.at(0).group.empty());
    CHECK(gap.plan.at(1).group == "Y");
    CHECK(gap.plan.at(2).floor == "A");
    CHECK(gap.reachable);
  }

  TEST_CASE("ScoreTree: a best-k node re-scores from its K best children, n/a ones left out") {
    ScoreTree tree;
    const int a = tree.add_node(-1, d("5"), 2, "A");
    tree.add_clause(a, "a1", d("1"), d("3"), true);
    tree.add_clause(a, "a2", d("3"), d("3"), false);
    tree.add_clause(a, "a3", d("2"), d("3"), true);
    tree.add_clause(a, "a4", d("2"), d("3"), true);
    tree.finish();
    CHECK(tree.base_raw().to_string() == "4");
    CHECK(tree.counted(a) == std::vector<bool>{false, false, true, true});
    CHECK(tree.base_raw_if(0, d("3")).to_string() == "5");  // 3 + 2, capped at 5
    CHECK(tree.node_score_if(a, 0, d("1.5")).to_string() == "4");
    tree.set(0, d("3"));
    CHECK(tree.counted(a) == std::vector<bool>{true, false, true, false});
    CHECK(tree.base_raw().to_string() == "5");
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
      answer(a, *r, "c" + std::to_string(i)) = value(i % 2 == 0 ? "0.5" : "1");
    }
    std::size_t picked = 0;
    for (int unit = 0; unit < 2000; ++unit) {
      picked += run(a, r).gap.plan.size();
    }
    CHECK(picked == 2000u * 58u);
  }
}
