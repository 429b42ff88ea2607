// Hand-built rubrics and results shared by the report tests (the renderers
// only print what a Result holds, so no scoring is needed here).
#pragma once

#include "test_diag_support.hpp"

#include <memory>
#include <string>
#include <vector>

#include "rubric/model.hpp"
#include "scoring/result.hpp"

namespace cepin::report::fixture {

using util::Decimal;

inline Decimal dec(const char* text) {
  return *util::parse_decimal(text).value;
}

inline rubric::Clause clause(const char* id, const char* text, const char* points,
                             rubric::RuleType type) {
  rubric::Clause c;
  c.id = id;
  c.text = text;
  c.points = dec(points);
  c.rule.type = type;
  return c;
}

inline rubric::Node node(const char* id, const char* title, const char* full_marks) {
  rubric::Node n;
  n.id = id;
  n.title = title;
  n.full_marks = dec(full_marks);
  return n;
}

// A two-category rubric with every kind of entry: items and direct clauses,
// bonus/penalty/veto adjustments, a prerequisite and grades.
inline std::shared_ptr<rubric::Rubric> demo_rubric(const char* id = "demo") {
  auto r = std::make_shared<rubric::Rubric>();
  r->id = id;
  r->title = "示范测评指标";
  r->version = "2020";
  r->issuer = "国家民委";
  r->total = dec("20");
  r->threshold = dec("18");
  rubric::Node c1 = node("1", "党的领导", "10");
  rubric::Node i11 = node("1.1", "组织领导", "6");
  rubric::Clause c111 = clause("1.1.1", "专题学习", "3", rubric::RuleType::check);
  c111.methods = {rubric::Method::documents, rubric::Method::report};
  c111.evidence.min_items = 1;
  i11.clauses = {c111, clause("1.1.2", "纳入议事日程", "3", rubric::RuleType::manual)};
  i11.clauses[1].rule.manual_step = dec("0.5");
  rubric::Node i12 = node("1.2", "工作机制", "4");
  rubric::Clause c121 = clause("1.2.1", "有计划、有方案", "4", rubric::RuleType::checklist);
  c121.rule.elements = {{"计划", {}}, {"方案", {}}};
  c121.evidence = {2, {"pdf", "docx"}};
  i12.clauses = {c121};
  c1.items = {i11, i12};
  rubric::Node c2 = node("2", "Outreach", "10");
  c2.cap = dec("10");
  rubric::Clause c21 = clause("2.1", "Survey rate", "5", rubric::RuleType::tiers);
  c21.rule.tiers = {{dec("95"), dec("5")}, {dec("90"), dec("3")}};
  c21.optional = true;
  rubric::Clause c22 = clause("2.2", "Coverage", "5", rubric::RuleType::shortfall);
  c22.rule.target = dec("90");
  c22.rule.per = dec("0.2");
  c22.veto = true;
  c2.clauses = {c21, c22};
  r->categories = {c1, c2};
  rubric::Adjustment bonus{
      "national-model", rubric::AdjustmentKind::bonus, "全国模范集体", dec("2"), dec("4"), {}, {}};
  rubric::Adjustment penalty{
      "criticized", rubric::AdjustmentKind::penalty, "通报批评", dec("1"), {}, {}, {}};
  rubric::Adjustment veto{"incident", rubric::AdjustmentKind::veto, "重大事件", {}, {}, {}, {}};
  r->adjustments = {bonus, penalty, veto};
  r->prerequisites = {{"provincial-title", "已获省级命名", {1, {}}, {}}};
  r->grades = {{dec("18"), "优秀"}, {dec("12"), "合格"}};
  r->build_index();
  return r;
}

// A why of `kind` with its score and, for the kinds that compare a value, the
// value and the bound (or, for a checklist, the number met and of).
inline scoring::Why why(scoring::WhyKind kind, const char* score = "0", const char* value = "0",
                        const char* bound = "0") {
  scoring::Why w;
  w.kind = kind;
  w.score = dec(score);
  w.value = dec(value);
  w.bound = dec(bound);
  w.count = dec(value).integer_part();
  w.of = dec(bound).integer_part();
  return w;
}

inline scoring::ClauseResult clause_result(const rubric::Rubric& r, const char* id,
                                           const char* score, scoring::ClauseStatus status,
                                           scoring::Why why) {
  scoring::ClauseResult c;
  c.clause = r.find_clause(id);
  c.score = dec(score);
  c.max = c.clause->points;
  c.status = status;
  c.why = why;
  return c;
}

inline scoring::NodeResult node_result(const rubric::Node& n, const char* score) {
  scoring::NodeResult result;
  result.node = &n;
  result.score = dec(score);
  result.max = n.full_marks;
  return result;
}

// A unit that has it all: every clause status, every adjustment kind, a
// veto, an unmet prerequisite, warnings and a gap plan.
inline scoring::Result ineligible_result(std::shared_ptr<const rubric::Rubric> r) {
  using scoring::ClauseStatus;
  scoring::Result result;
  result.source = "units/a.yaml";
  result.rubric = r;
  result.unit = {"150600", "鄂尔多斯市", "prefecture"};
  const auto& c1 = r->categories[0];
  const auto& c2 = r->categories[1];
  scoring::NodeResult n1 = node_result(c1, "4.5");
  scoring::NodeResult n11 = node_result(c1.items[0], "3");
  scoring::ClauseResult c111 =
      clause_result(*r, "1.1.1", "3", ClauseStatus::scored, why(scoring::WhyKind::met, "3"));
  c111.response.kind = scoring::ResponseValue::Kind::boolean;
  c111.response.boolean = true;
  c111.evidence = {"学习记录.pdf", "https://example.org/a"};
  scoring::ClauseResult c112 =
      clause_result(*r, "1.1.2", "0", ClauseStatus::zeroed, why(scoring::WhyKind::zeroed));
  c112.response.kind = scoring::ResponseValue::Kind::number;
  c112.response.number = dec("2.5");
  n11.clauses = {c111, c112};
  scoring::NodeResult n12 = node_result(c1.items[1], "1.5");
  scoring::ClauseResult c121 =
      clause_result(*r, "1.2.1", "1.5", ClauseStatus::scored, why(scoring::WhyKind::checklist, "1.5", "3", "8"));
  c121.response.kind = scoring::ResponseValue::Kind::list;
  c121.response.list = {"计划"};
  c121.evidence = {"方案.docx"};
  n12.clauses = {c121};
  n1.items = {n11, n12};
  scoring::NodeResult n2 = node_result(c2, "0");
  scoring::ClauseResult c21 = clause_result(*r, "2.1", "0", ClauseStatus::not_applicable, why(scoring::WhyKind::not_applicable));
  c21.response.kind = scoring::ResponseValue::Kind::text;
  c21.response.text = "n/a";
  scoring::ClauseResult c22 =
      clause_result(*r, "2.2", "0", ClauseStatus::unanswered, why(scoring::WhyKind::unanswered));
  n2.clauses = {c21, c22};
  result.categories = {n1, n2};
  result.base_raw = dec("4.5");
  result.base = dec("4.5");
  result.bonus = dec("2");
  result.penalty = dec("1");
  result.score = dec("5.5");
  result.max = dec("20");
  result.verdict = scoring::Verdict::ineligible;
  result.reasons = {{scoring::ReasonKind::event_veto, "incident", {}, {}},
                    {scoring::ReasonKind::prerequisite, "provincial-title", {}, {}},
                    {scoring::ReasonKind::below_threshold, "", dec("5.5"), dec("18")}};
  result.adjustments = {{&r->adjustments[0], 1, dec("2"), {}},
                        {&r->adjustments[1], 1, dec("1"), {}},
                        {&r->adjustments[2], 0, {}, true}};
  result.prerequisites = {{&r->prerequisites[0], false}};
  assessment::Warning missing;
  missing.kind = assessment::WarningKind::missing_evidence;
  missing.id = "1.1.2";
  missing.needed = 1;
  missing.position = {12, 5};
  assessment::Warning veto;
  veto.kind = assessment::WarningKind::veto_unanswered;
  veto.id = "2.2";
  assessment::Warning expired;
  expired.kind = assessment::WarningKind::title_expired;
  expired.expiry = assessment::Expiry{{2020, 12, 1}, 5, {2025, 12, 1}, {2026, 1, 15}};
  expired.position = {6, 19};
  result.warnings = {missing, veto, expired};
  result.gap.needed = dec("12.5");
  result.gap.reachable = false;
  result.gap.blocking = {"veto:incident", "prerequisite:provincial-title"};
  result.gap.plan = {{"2.2", dec("0"), dec("5"), dec("5")},
                     {"1.1.2", dec("0"), dec("3"), dec("3")}};
  return result;
}

// A unit that passes, with a grade and nothing to fix.
inline scoring::Result eligible_result(std::shared_ptr<const rubric::Rubric> r,
                                       const char* source = "units/b.yaml",
                                       const char* name = "包头市", const char* score = "19") {
  using scoring::ClauseStatus;
  scoring::Result result;
  result.source = source;
  result.rubric = r;
  result.unit = {"150200", name, "prefecture"};
  const auto& c1 = r->categories[0];
  const auto& c2 = r->categories[1];
  scoring::NodeResult n1 = node_result(c1, "9");
  scoring::NodeResult n11 = node_result(c1.items[0], "5");
  n11.clauses = {clause_result(*r, "1.1.1", "3", ClauseStatus::scored, why(scoring::WhyKind::met, "3")),
                 clause_result(*r, "1.1.2", "2", ClauseStatus::scored, why(scoring::WhyKind::manual, "2"))};
  scoring::NodeResult n12 = node_result(c1.items[1], "4");
  n12.clauses = {clause_result(*r, "1.2.1", "4", ClauseStatus::scored, why(scoring::WhyKind::checklist, "4", "8", "8"))};
  n1.items = {n11, n12};
  scoring::NodeResult n2 = node_result(c2, "10");
  n2.clauses = {clause_result(*r, "2.1", "5", ClauseStatus::scored, why(scoring::WhyKind::tier, "5", "96.5", "95")),
                clause_result(*r, "2.2", "5", ClauseStatus::scored, why(scoring::WhyKind::target_met, "5", "92", "90"))};
  result.categories = {n1, n2};
  result.base_raw = result.base = dec("19");
  result.score = dec(score);
  result.max = dec("20");
  result.verdict = scoring::Verdict::eligible;
  result.grade = "优秀";
  result.adjustments = {{&r->adjustments[0], 0, dec("0"), {}},
                        {&r->adjustments[1], 0, dec("0"), {}},
                        {&r->adjustments[2], 0, {}, std::nullopt}};
  result.prerequisites = {{&r->prerequisites[0], true}};
  return result;
}

// An input that could not be scored.
inline scoring::ErrorResult error_result() {
  scoring::ErrorResult error;
  error.source = "units/bad.yaml";
  error.unit = assessment::Unit{"150700", "呼伦贝尔市", ""};
  diag::Diagnostic warning = test::diagnostic("units/bad.yaml",     2,  1, diag::Severity::warning, "unit-kind",
                           "unit kind mismatch");
  diag::Diagnostic first = test::diagnostic("units/bad.yaml",         7,           12, diag::Severity::error, "bad-decimal",
      "`1e2` is not a decimal", "write 100");
  diag::Diagnostic second = test::diagnostic("units/bad.yaml",       9,  3, diag::Severity::error, "unknown-id",
                          "unknown clause `9.9`");
  error.errors = {warning, first, second};
  return error;
}

}  // namespace cepin::report::fixture
