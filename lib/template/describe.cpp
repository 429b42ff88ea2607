#include "template/describe.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

namespace cepin::tmpl {

namespace {

bool zh(Words words) { return words == Words::zh; }

std::string num(const util::Decimal& value) { return value.to_string(); }

std::string tier_list(const rubric::Rule& rule, const char* bound_word, Words words) {
  std::vector<std::string> parts;
  for (const rubric::Tier& tier : rule.tiers) {
    parts.push_back(zh(words) ? fmt::format("{} {} 得 {} 分", bound_word, num(tier.bound), num(tier.points))
                              : fmt::format("{} {} → {}", bound_word, num(tier.bound), num(tier.points)));
  }
  return util::join(parts, zh(words) ? "、" : ", ");
}

// The labels of a rule's levels or elements, each on one line.
template <typename Entries>
std::vector<std::string> labels_of(const Entries& entries) {
  std::vector<std::string> labels;
  for (const auto& entry : entries) {
    labels.push_back(one_line(entry.label));
  }
  return labels;
}

std::string rule_en(const rubric::Rule& rule) {
  const char* name = rubric::rule_type_name(rule.type);
  switch (rule.type) {
    case rubric::RuleType::check:
      return name;
    case rubric::RuleType::levels: {
      std::vector<std::string> parts;
      for (const rubric::Level& level : rule.levels) {
        parts.push_back(fmt::format("{} {}", one_line(level.label), num(level.points)));
      }
      return fmt::format("{}: {}", name, util::join(parts, ", "));
    }
    case rubric::RuleType::tiers:
      return fmt::format("{}: {}", name,
                         tier_list(rule, rule.tier_kind == rubric::TierKind::min ? "≥" : "≤", Words::en));
    case rubric::RuleType::linear:
      return fmt::format("{}: {}..{}", name, num(rule.from), num(rule.to));
    case rubric::RuleType::shortfall:
      return fmt::format("{}: target {}, {} off per {}{}", name, num(rule.target), num(rule.per), num(rule.step),
                         rule.whole_steps ? " (whole steps)" : "");
    case rubric::RuleType::deduct:
      return fmt::format("{}: {} off each, floor {}", name, num(rule.per), num(rule.floor));
    case rubric::RuleType::count:
      return fmt::format("{}: {} each", name, num(rule.per));
    case rubric::RuleType::checklist: {
      std::string text = fmt::format("{}: {} elements", name, rule.elements.size());
      if (!rule.tiers.empty()) {
        text += fmt::format(", tiers {}", tier_list(rule, "≥", Words::en));
      }
      return text;
    }
    case rubric::RuleType::manual:
      return rule.manual_step ? fmt::format("{}: step {}", name, num(*rule.manual_step)) : name;
  }
  return name;
}

std::string rule_zh(const rubric::Rule& rule) {
  const char* name = rubric::rule_type_name(rule.type);
  switch (rule.type) {
    case rubric::RuleType::check:
      return fmt::format("达标即得满分（{}）", name);
    case rubric::RuleType::levels: {
      std::vector<std::string> parts;
      for (const rubric::Level& level : rule.levels) {
        parts.push_back(fmt::format("{} {} 分", one_line(level.label), num(level.points)));
      }
      return fmt::format("分等级（{}）：{}", name, util::join(parts, "、"));
    }
    case rubric::RuleType::tiers:
      return fmt::format("分档（{}）：{}", name,
                         tier_list(rule, rule.tier_kind == rubric::TierKind::min ? "≥" : "≤", Words::zh));
    case rubric::RuleType::linear:
      return fmt::format("按区间折算（{}）：{}～{}", name, num(rule.from), num(rule.to));
    case rubric::RuleType::shortfall:
      return fmt::format("差额扣分（{}）：目标 {}，每差 {} 扣 {} 分{}", name, num(rule.target), num(rule.step),
                         num(rule.per), rule.whole_steps ? "（按整档）" : "");
    case rubric::RuleType::deduct:
      return fmt::format("扣分（{}）：每项扣 {} 分，最低 {} 分", name, num(rule.per), num(rule.floor));
    case rubric::RuleType::count:
      return fmt::format("计次（{}）：每次 {} 分", name, num(rule.per));
    case rubric::RuleType::checklist: {
      std::string text = fmt::format("要素清单（{}）：共 {} 项要素", name, rule.elements.size());
      if (!rule.tiers.empty()) {
        text += fmt::format("，按符合项数分档：{}", tier_list(rule, "≥", Words::zh));
      }
      return text;
    }
    case rubric::RuleType::manual:
      return rule.manual_step ? fmt::format("人工评分（{}），步长 {}", name, num(*rule.manual_step))
                              : fmt::format("人工评分（{}）", name);
  }
  return name;
}

std::string response_en(const rubric::Clause& clause) {
  const rubric::Rule& rule = clause.rule;
  switch (rule.type) {
    case rubric::RuleType::check:
      return "true or false (met)";
    case rubric::RuleType::levels:
      return fmt::format("one of {}", util::join(labels_of(rule.levels), ", "));
    case rubric::RuleType::tiers:
    case rubric::RuleType::linear:
    case rubric::RuleType::shortfall:
      return "a number (value; a trailing % is allowed)";
    case rubric::RuleType::deduct:
    case rubric::RuleType::count:
      return "a whole number (count)";
    case rubric::RuleType::checklist:
      return fmt::format("the elements met, separated by ; — {}", util::join(labels_of(rule.elements), "; "));
    case rubric::RuleType::manual:
      return rule.manual_step ? fmt::format("points from 0 to {}, in steps of {}", num(clause.points),
                                            num(*rule.manual_step))
                              : fmt::format("points from 0 to {}", num(clause.points));
  }
  return "";
}

std::string response_zh(const rubric::Clause& clause) {
  const rubric::Rule& rule = clause.rule;
  switch (rule.type) {
    case rubric::RuleType::check:
      return "是 或 否";
    case rubric::RuleType::levels:
      return fmt::format("{} 之一", util::join(labels_of(rule.levels), "、"));
    case rubric::RuleType::tiers:
    case rubric::RuleType::linear:
    case rubric::RuleType::shortfall:
      return "数值（百分数可带 %）";
    case rubric::RuleType::deduct:
    case rubric::RuleType::count:
      return "次数（整数）";
    case rubric::RuleType::checklist:
      return fmt::format("已做到的要素，用；分隔：{}", util::join(labels_of(rule.elements), "；"));
    case rubric::RuleType::manual:
      return rule.manual_step
                 ? fmt::format("0 到 {} 之间的分数，步长 {}", num(clause.points), num(*rule.manual_step))
                 : fmt::format("0 到 {} 之间的分数", num(clause.points));
  }
  return "";
}

}  // namespace

Words words_for(const std::string& lang) { return lang == "zh" ? Words::zh : Words::en; }

std::string points_phrase(const util::Decimal& points, Words words) {
  if (zh(words)) {
    return num(points) + " 分";
  }
  return num(points) + (points == util::Decimal::from_int(1) ? " point" : " points");
}

std::string one_line(const std::string& text) {
  std::string out;
  for (char c : text) {
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  return util::escape_for_terminal(out);  // rubric text never puts a control character in a template
}

std::string describe_rule(const rubric::Rule& rule, Words words) {
  return zh(words) ? rule_zh(rule) : rule_en(rule);
}

std::string describe_response(const rubric::Clause& clause, Words words) {
  std::string text = zh(words) ? response_zh(clause) : response_en(clause);
  if (clause.optional) {
    text += zh(words) ? "，或 不适用" : ", or n/a";
  }
  return text;
}

std::string describe_adjustment(const rubric::Adjustment& adjustment, Words words) {
  if (adjustment.kind == rubric::AdjustmentKind::veto) {
    return zh(words) ? "是 或 否（是否发生）" : "true or false (occurred)";
  }
  std::string text = zh(words) ? fmt::format("次数（整数），每次 {}", points_phrase(adjustment.per, words))
                               : fmt::format("a whole number (count), {} per occurrence",
                                             points_phrase(adjustment.per, words));
  if (adjustment.cap) {
    text += zh(words) ? fmt::format("，最多 {} 分", num(*adjustment.cap))
                      : fmt::format(", at most {}", num(*adjustment.cap));
  }
  return text;
}

std::string describe_prerequisite(Words words) { return zh(words) ? "是 或 否" : "true or false (met)"; }

std::string describe_evidence(const rubric::EvidenceRequirement& evidence, Words words) {
  if (evidence.min_items == 0) {
    return "";
  }
  if (zh(words)) {
    std::string text = fmt::format("佐证材料：至少 {} 项", evidence.min_items);
    return evidence.kinds.empty() ? text : text + fmt::format("（{}）", util::join(evidence.kinds, "、"));
  }
  std::string text = evidence.min_items == 1 ? "evidence: at least 1 item"
                                             : fmt::format("evidence: at least {} items", evidence.min_items);
  if (!evidence.kinds.empty()) {
    text += fmt::format(" ({})", util::join(evidence.kinds, ", "));
  }
  return text;
}

std::string adjustment_kind_words(rubric::AdjustmentKind kind, Words words) {
  if (!zh(words)) {
    return rubric::adjustment_kind_name(kind);
  }
  switch (kind) {
    case rubric::AdjustmentKind::bonus:
      return "加分";
    case rubric::AdjustmentKind::penalty:
      return "减分";
    case rubric::AdjustmentKind::veto:
      return "一票否决";
  }
  return "";
}

}  // namespace cepin::tmpl
