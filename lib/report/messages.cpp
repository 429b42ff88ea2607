#include "report/messages.hpp"

#include <fmt/format.h>

namespace cepin::report {

namespace {

int digits_of(const scoring::Result& result) { return result.rubric ? result.rubric->precision_digits : 2; }

const scoring::ClauseResult* find_clause(const std::vector<scoring::NodeResult>& nodes, const std::string& id) {
  for (const scoring::NodeResult& node : nodes) {
    for (const scoring::ClauseResult& clause : node.clauses) {
      if (clause.clause != nullptr && clause.clause->id == id) {
        return &clause;
      }
    }
    if (const scoring::ClauseResult* found = find_clause(node.items, id)) {
      return found;
    }
  }
  return nullptr;
}

}  // namespace

std::string reason_text(const scoring::Result& result, const scoring::Reason& reason, Lang lang) {
  if (lang == Lang::en || !result.rubric) {
    return reason.message;
  }
  const rubric::Rubric& rubric = *result.rubric;
  int digits = digits_of(result);
  if (reason.code == "below-threshold") {
    return fmt::format("总分 {} 低于申报线 {}", result.score.to_fixed(digits), rubric.threshold.to_fixed(digits));
  }
  if (const rubric::Prerequisite* prerequisite = rubric.find_prerequisite(reason.id)) {
    for (const scoring::PrerequisiteResult& outcome : result.prerequisites) {
      if (outcome.prerequisite == prerequisite && !outcome.met.has_value()) {
        return fmt::format("前置条件未作答：{}", prerequisite->text);
      }
    }
    return fmt::format("前置条件未满足：{}", prerequisite->text);
  }
  if (const rubric::Adjustment* adjustment = rubric.find_adjustment(reason.id)) {
    return fmt::format("发生一票否决事项：{}", adjustment->text);
  }
  if (const scoring::ClauseResult* clause = find_clause(result.categories, reason.id)) {
    return fmt::format("否决项 {} 得分 {}，未达满分 {}", reason.id, clause->score.to_fixed(digits),
                       clause->max.to_fixed(digits));
  }
  return reason.message;
}

std::string warning_text(const scoring::Warning& warning, Lang lang) {
  if (lang == Lang::en) {
    return warning.message;
  }
  static const std::pair<const char*, const char*> k_summaries[] = {
      {"unanswered", "未作答，按 0 分计"},
      {"veto-unanswered", "否决项未作答"},
      {"missing-evidence", "佐证材料不足"},
      {"evidence-not-found", "佐证材料未找到"},
      {"evidence-outside-root", "佐证材料不在材料目录内，不予认定"},
      {"prerequisite-unanswered", "前置条件未作答，按未满足处理"},
      {"title-expired", "已命名称号超过有效期"},
      {"rubric-version", "指标体系版本与自评表注明的不一致"},
      {"unit-kind", "单位类型不在本指标体系的适用范围内"},
      {"unit-id-scientific", "单位编码疑似被 Excel 转为科学计数法"},
  };
  for (const auto& [code, summary] : k_summaries) {
    if (warning.code == code) {
      if (warning.code == "unanswered" || warning.code == "veto-unanswered" ||
          warning.code == "prerequisite-unanswered") {
        return summary;
      }
      return fmt::format("{}（{}）", summary, warning.message);
    }
  }
  return warning.message;
}

}  // namespace cepin::report
