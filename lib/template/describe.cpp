#include "template/describe.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

namespace cepin::tmpl {

std::string points_phrase(const util::Decimal& points) {
  return points.to_string() + (points == util::Decimal::from_int(1) ? " point" : " points");
}


namespace {

std::string tier_list(const rubric::Rule& rule, const char* bound_word) {
  std::vector<std::string> parts;
  for (const rubric::Tier& tier : rule.tiers) {
    parts.push_back(
        fmt::format("{} {} → {}", bound_word, tier.bound.to_string(), tier.points.to_string()));
  }
  return util::join(parts, ", ");
}

}  // namespace

std::string one_line(const std::string& text) {
  std::string out;
  for (char c : text) {
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  return util::escape_for_terminal(out);  // rubric text never puts a control character in a template
}

std::string describe_rule(const rubric::Rule& rule) {
  const char* name = rubric::rule_type_name(rule.type);
  switch (rule.type) {
    case rubric::RuleType::check:
      return name;
    case rubric::RuleType::levels: {
      std::vector<std::string> parts;
      for (const rubric::Level& level : rule.levels) {
        parts.push_back(fmt::format("{} {}", one_line(level.label), level.points.to_string()));
      }
      return fmt::format("{}: {}", name, util::join(parts, ", "));
    }
    case rubric::RuleType::tiers:
      return fmt::format("{}: {}", name,
                         tier_list(rule, rule.tier_kind == rubric::TierKind::min ? "≥" : "≤"));
    case rubric::RuleType::linear:
      return fmt::format("{}: {}..{}", name, rule.from.to_string(), rule.to.to_string());
    case rubric::RuleType::shortfall:
      return fmt::format("{}: target {}, {} off per {}{}", name, rule.target.to_string(),
                         rule.per.to_string(), rule.step.to_string(),
                         rule.whole_steps ? " (whole steps)" : "");
    case rubric::RuleType::deduct:
      return fmt::format("{}: {} off each, floor {}", name, rule.per.to_string(),
                         rule.floor.to_string());
    case rubric::RuleType::count:
      return rule.min_count ? fmt::format("{}: {} each, nothing below {}", name, rule.per.to_string(), *rule.min_count)
                            : fmt::format("{}: {} each", name, rule.per.to_string());
    case rubric::RuleType::checklist: {
      std::string text = fmt::format("{}: {} elements", name, rule.elements.size());
      if (!rule.tiers.empty()) {
        text += fmt::format(", tiers {}", tier_list(rule, "≥"));
      }
      return text;
    }
    case rubric::RuleType::manual:
      return rule.manual_step ? fmt::format("{}: step {}", name, rule.manual_step->to_string())
                              : name;
  }
  return name;
}

std::string describe_response(const rubric::Clause& clause) {
  const rubric::Rule& rule = clause.rule;
  std::string text;
  switch (rule.type) {
    case rubric::RuleType::check:
      text = "true or false (met)";
      break;
    case rubric::RuleType::levels: {
      std::vector<std::string> labels;
      for (const rubric::Level& level : rule.levels) {
        labels.push_back(one_line(level.label));
      }
      text = fmt::format("one of {}", util::join(labels, ", "));
      break;
    }
    case rubric::RuleType::tiers:
    case rubric::RuleType::linear:
    case rubric::RuleType::shortfall:
      text = "a number (value; a trailing % is allowed)";
      break;
    case rubric::RuleType::deduct:
    case rubric::RuleType::count:
      text = "a whole number (count)";
      break;
    case rubric::RuleType::checklist: {
      std::vector<std::string> labels;
      for (const rubric::Element& element : rule.elements) {
        labels.push_back(one_line(element.label));
      }
      text = fmt::format("the elements met, separated by ; — {}", util::join(labels, "; "));
      break;
    }
    case rubric::RuleType::manual:
      text = rule.manual_step
                 ? fmt::format("points from 0 to {}, in steps of {}", clause.points.to_string(),
                               rule.manual_step->to_string())
                 : fmt::format("points from 0 to {}", clause.points.to_string());
      break;
  }
  if (clause.optional) {
    text += ", or n/a";
  }
  return text;
}

std::string describe_node_rules(const rubric::Node& node) {
  std::vector<std::string> parts;
  if (node.floor) {
    parts.push_back(fmt::format("must reach {}", node.floor->to_string()));
  }
  if (node.best) {
    parts.push_back(fmt::format("only the best {} of its {} {} count", *node.best, node.child_count(),
                                node.items.empty() ? "clauses" : "items"));
  }
  return util::join(parts, "; ");
}

std::string describe_adjustment(const rubric::Adjustment& adjustment) {
  if (adjustment.kind == rubric::AdjustmentKind::veto) {
    return "true or false (occurred)";
  }
  std::string text =
      fmt::format("a whole number (count), {} per occurrence", points_phrase(adjustment.per));
  if (adjustment.cap) {
    text += fmt::format(", at most {}", adjustment.cap->to_string());
  }
  return text;
}

std::string describe_evidence(const rubric::EvidenceRequirement& evidence) {
  if (evidence.min_items == 0) {
    return "";
  }
  std::string text = evidence.min_items == 1
                         ? "evidence: at least 1 item"
                         : fmt::format("evidence: at least {} items", evidence.min_items);
  if (!evidence.kinds.empty()) {
    text += fmt::format(" ({})", util::join(evidence.kinds, ", "));
  }
  return text;
}

}  // namespace cepin::tmpl
