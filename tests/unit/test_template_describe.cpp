#include <doctest/doctest.h>

#include <string>

#include "template/describe.hpp"

using namespace cepin;
using rubric::RuleType;
using tmpl::Words;
using util::Decimal;

namespace {

Decimal dec(const char* text) { return *util::parse_decimal(text).value; }

rubric::Rule rule_of(RuleType type) {
  rubric::Rule rule;
  rule.type = type;
  return rule;
}

rubric::Clause clause_of(rubric::Rule rule, const char* points = "4") {
  rubric::Clause clause;
  clause.id = "1.1";
  clause.points = dec(points);
  clause.rule = std::move(rule);
  return clause;
}

rubric::Rule tiers_rule() {
  rubric::Rule rule = rule_of(RuleType::tiers);
  rule.tiers = {{dec("90"), dec("4")}, {dec("80"), dec("2")}};
  return rule;
}

rubric::Rule checklist_rule(bool with_tiers) {
  rubric::Rule rule = rule_of(RuleType::checklist);
  rule.elements = {{"计划", std::nullopt}, {"总\n结", std::nullopt}};
  if (with_tiers) {
    rule.tiers = {{dec("2"), dec("3")}, {dec("1"), dec("1.5")}};
  }
  return rule;
}

}  // namespace

TEST_SUITE("tmpl::describe_rule") {
  TEST_CASE("check and levels") {
    CHECK(tmpl::describe_rule(rule_of(RuleType::check), Words::en) == "check");
    CHECK(tmpl::describe_rule(rule_of(RuleType::check), Words::zh) == "达标即得满分（check）");
    rubric::Rule levels = rule_of(RuleType::levels);
    levels.levels = {{"优秀", dec("3")}, {"良\t好", dec("1.5")}};
    CHECK(tmpl::describe_rule(levels, Words::en) == "levels: 优秀 3, 良 好 1.5");
    CHECK(tmpl::describe_rule(levels, Words::zh) == "分等级（levels）：优秀 3 分、良 好 1.5 分");
  }
  TEST_CASE("tiers, higher or lower is better") {
    rubric::Rule rule = tiers_rule();
    CHECK(tmpl::describe_rule(rule, Words::en) == "tiers: ≥ 90 → 4, ≥ 80 → 2");
    CHECK(tmpl::describe_rule(rule, Words::zh) == "分档（tiers）：≥ 90 得 4 分、≥ 80 得 2 分");
    rule.tier_kind = rubric::TierKind::max;
    CHECK(tmpl::describe_rule(rule, Words::en) == "tiers: ≤ 90 → 4, ≤ 80 → 2");
    CHECK(tmpl::describe_rule(rule, Words::zh) == "分档（tiers）：≤ 90 得 4 分、≤ 80 得 2 分");
  }
  TEST_CASE("linear, shortfall and deduct") {
    rubric::Rule linear = rule_of(RuleType::linear);
    linear.from = dec("60");
    linear.to = dec("100");
    CHECK(tmpl::describe_rule(linear, Words::en) == "linear: 60..100");
    CHECK(tmpl::describe_rule(linear, Words::zh) == "按区间折算（linear）：60～100");
    rubric::Rule shortfall = rule_of(RuleType::shortfall);
    shortfall.target = dec("90");
    shortfall.per = dec("0.5");
    shortfall.step = dec("2");
    CHECK(tmpl::describe_rule(shortfall, Words::en) == "shortfall: target 90, 0.5 off per 2");
    CHECK(tmpl::describe_rule(shortfall, Words::zh) == "差额扣分（shortfall）：目标 90，每差 2 扣 0.5 分");
    shortfall.whole_steps = true;
    CHECK(tmpl::describe_rule(shortfall, Words::en) == "shortfall: target 90, 0.5 off per 2 (whole steps)");
    CHECK(tmpl::describe_rule(shortfall, Words::zh) == "差额扣分（shortfall）：目标 90，每差 2 扣 0.5 分（按整档）");
    rubric::Rule deduct = rule_of(RuleType::deduct);
    deduct.per = dec("1");
    deduct.floor = dec("2");
    CHECK(tmpl::describe_rule(deduct, Words::en) == "deduct: 1 off each, floor 2");
    CHECK(tmpl::describe_rule(deduct, Words::zh) == "扣分（deduct）：每项扣 1 分，最低 2 分");
  }
  TEST_CASE("count, with and without a minimum") {
    rubric::Rule count = rule_of(RuleType::count);
    count.per = dec("0.5");
    CHECK(tmpl::describe_rule(count, Words::en) == "count: 0.5 each");
    CHECK(tmpl::describe_rule(count, Words::zh) == "计次（count）：每次 0.5 分");
    count.min_count = 3;
    CHECK(tmpl::describe_rule(count, Words::en) == "count: 0.5 each, nothing below 3");
    CHECK(tmpl::describe_rule(count, Words::zh) == "计次（count）：每次 0.5 分，不足 3 次不得分");
  }
  TEST_CASE("checklist, with and without tiers") {
    CHECK(tmpl::describe_rule(checklist_rule(false), Words::en) == "checklist: 2 elements");
    CHECK(tmpl::describe_rule(checklist_rule(false), Words::zh) == "要素清单（checklist）：共 2 项要素");
    CHECK(tmpl::describe_rule(checklist_rule(true), Words::en) == "checklist: 2 elements, tiers ≥ 2 → 3, ≥ 1 → 1.5");
    CHECK(tmpl::describe_rule(checklist_rule(true), Words::zh) ==
          "要素清单（checklist）：共 2 项要素，按符合项数分档：≥ 2 得 3 分、≥ 1 得 1.5 分");
  }
  TEST_CASE("manual, with and without a step") {
    rubric::Rule manual = rule_of(RuleType::manual);
    CHECK(tmpl::describe_rule(manual, Words::en) == "manual");
    CHECK(tmpl::describe_rule(manual, Words::zh) == "人工评分（manual）");
    manual.manual_step = dec("0.5");
    CHECK(tmpl::describe_rule(manual, Words::en) == "manual: step 0.5");
    CHECK(tmpl::describe_rule(manual, Words::zh) == "人工评分（manual），步长 0.5");
  }
}

TEST_SUITE("tmpl::describe_response") {
  TEST_CASE("what each rule takes, in both languages") {
    CHECK(tmpl::describe_response(clause_of(rule_of(RuleType::check)), Words::en) == "true or false (met)");
    CHECK(tmpl::describe_response(clause_of(rule_of(RuleType::check)), Words::zh) == "是 或 否");
    rubric::Rule levels = rule_of(RuleType::levels);
    levels.levels = {{"优秀", dec("3")}, {"良好", dec("1")}};
    CHECK(tmpl::describe_response(clause_of(levels), Words::en) == "one of 优秀, 良好");
    CHECK(tmpl::describe_response(clause_of(levels), Words::zh) == "优秀、良好 之一");
    for (RuleType type : {RuleType::tiers, RuleType::linear, RuleType::shortfall}) {
      CHECK(tmpl::describe_response(clause_of(rule_of(type)), Words::en) == "a number (value; a trailing % is allowed)");
      CHECK(tmpl::describe_response(clause_of(rule_of(type)), Words::zh) == "数值（百分数可带 %）");
    }
    for (RuleType type : {RuleType::deduct, RuleType::count}) {
      CHECK(tmpl::describe_response(clause_of(rule_of(type)), Words::en) == "a whole number (count)");
      CHECK(tmpl::describe_response(clause_of(rule_of(type)), Words::zh) == "次数（整数）");
    }
    CHECK(tmpl::describe_response(clause_of(checklist_rule(false)), Words::en) ==
          "the elements met, separated by ; — 计划; 总 结");
    CHECK(tmpl::describe_response(clause_of(checklist_rule(false)), Words::zh) == "已做到的要素，用；分隔：计划；总 结");
  }
  TEST_CASE("manual: the range and the step; optional clauses take n/a") {
    rubric::Clause manual = clause_of(rule_of(RuleType::manual), "2.5");
    CHECK(tmpl::describe_response(manual, Words::en) == "points from 0 to 2.5");
    CHECK(tmpl::describe_response(manual, Words::zh) == "0 到 2.5 之间的分数");
    manual.rule.manual_step = dec("0.5");
    CHECK(tmpl::describe_response(manual, Words::en) == "points from 0 to 2.5, in steps of 0.5");
    CHECK(tmpl::describe_response(manual, Words::zh) == "0 到 2.5 之间的分数，步长 0.5");
    manual.optional = true;
    CHECK(tmpl::describe_response(manual, Words::en) == "points from 0 to 2.5, in steps of 0.5, or n/a");
    CHECK(tmpl::describe_response(manual, Words::zh) == "0 到 2.5 之间的分数，步长 0.5，或 不适用");
  }
}

TEST_SUITE("tmpl::describe_node_rules and the rest") {
  TEST_CASE("a node's floor and best-k rule, over clauses or items") {
    rubric::Node node;
    CHECK(tmpl::describe_node_rules(node, Words::en).empty());
    node.clauses = {clause_of(rule_of(RuleType::check)), clause_of(rule_of(RuleType::check)),
                    clause_of(rule_of(RuleType::check))};
    node.floor = dec("20");
    CHECK(tmpl::describe_node_rules(node, Words::en) == "must reach 20");
    CHECK(tmpl::describe_node_rules(node, Words::zh) == "须达到 20 分");
    node.best = 2;
    CHECK(tmpl::describe_node_rules(node, Words::en) == "must reach 20; only the best 2 of its 3 clauses count");
    CHECK(tmpl::describe_node_rules(node, Words::zh) == "须达到 20 分；3 条中只计得分最高的 2 条");
    rubric::Node parent;
    parent.items = {node, node};
    parent.best = 1;
    CHECK(tmpl::describe_node_rules(parent, Words::en) == "only the best 1 of its 2 items count");
    CHECK(tmpl::describe_node_rules(parent, Words::zh) == "2 项中只计得分最高的 1 项");
  }
  TEST_CASE("adjustments: veto, count with and without a cap") {
    rubric::Adjustment veto;
    veto.kind = rubric::AdjustmentKind::veto;
    CHECK(tmpl::describe_adjustment(veto, Words::en) == "true or false (occurred)");
    CHECK(tmpl::describe_adjustment(veto, Words::zh) == "是 或 否（是否发生）");
    rubric::Adjustment bonus;
    bonus.per = dec("1");
    CHECK(tmpl::describe_adjustment(bonus, Words::en) == "a whole number (count), 1 point per occurrence");
    CHECK(tmpl::describe_adjustment(bonus, Words::zh) == "次数（整数），每次 1 分");
    bonus.per = dec("0.5");
    bonus.cap = dec("2");
    CHECK(tmpl::describe_adjustment(bonus, Words::en) == "a whole number (count), 0.5 points per occurrence, at most 2");
    CHECK(tmpl::describe_adjustment(bonus, Words::zh) == "次数（整数），每次 0.5 分，最多 2 分");
    CHECK(tmpl::describe_prerequisite(Words::en) == "true or false (met)");
    CHECK(tmpl::describe_prerequisite(Words::zh) == "是 或 否");
  }
  TEST_CASE("evidence: none, one, several, with kinds") {
    rubric::EvidenceRequirement evidence;
    CHECK(tmpl::describe_evidence(evidence, Words::en).empty());
    CHECK(tmpl::describe_evidence(evidence, Words::zh).empty());
    evidence.min_items = 1;
    CHECK(tmpl::describe_evidence(evidence, Words::en) == "evidence: at least 1 item");
    CHECK(tmpl::describe_evidence(evidence, Words::zh) == "佐证材料：至少 1 项");
    evidence.min_items = 2;
    evidence.kinds = {"pdf", "docx"};
    CHECK(tmpl::describe_evidence(evidence, Words::en) == "evidence: at least 2 items (pdf, docx)");
    CHECK(tmpl::describe_evidence(evidence, Words::zh) == "佐证材料：至少 2 项（pdf、docx）");
  }
  TEST_CASE("adjustment kinds, languages, points and one-line text") {
    CHECK(tmpl::adjustment_kind_words(rubric::AdjustmentKind::bonus, Words::en) == "bonus");
    CHECK(tmpl::adjustment_kind_words(rubric::AdjustmentKind::penalty, Words::en) == "penalty");
    CHECK(tmpl::adjustment_kind_words(rubric::AdjustmentKind::veto, Words::en) == "veto");
    CHECK(tmpl::adjustment_kind_words(rubric::AdjustmentKind::bonus, Words::zh) == "加分");
    CHECK(tmpl::adjustment_kind_words(rubric::AdjustmentKind::penalty, Words::zh) == "减分");
    CHECK(tmpl::adjustment_kind_words(rubric::AdjustmentKind::veto, Words::zh) == "一票否决");
    CHECK(tmpl::words_for("zh") == Words::zh);
    CHECK(tmpl::words_for("en") == Words::en);
    CHECK(tmpl::words_for("") == Words::en);
    CHECK(tmpl::points_phrase(dec("1"), Words::en) == "1 point");
    CHECK(tmpl::points_phrase(dec("1.5"), Words::en) == "1.5 points");
    CHECK(tmpl::points_phrase(dec("1"), Words::zh) == "1 分");
    CHECK(tmpl::one_line("a\r\nb\tc") == "a  b c");
  }
}
