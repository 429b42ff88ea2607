#include "report/show.hpp"

#include <fmt/format.h>

#include "report/markdown_escape.hpp"
#include "report/markdown_table.hpp"
#include "report/show_changes.hpp"
#include "report/tailored_labels.hpp"
#include "report/text_table.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

using rubric::Rubric;
using util::Decimal;

const char* pick(Lang lang, const char* zh, const char* en) {
  return lang == Lang::zh ? zh : en;
}

const char* list_separator(Lang lang) {
  return pick(lang, "、", ", ");
}

const char* kind_label(Lang lang, rubric::AdjustmentKind kind) {
  switch (kind) {
    case rubric::AdjustmentKind::bonus:
      return pick(lang, "加分", "bonus");
    case rubric::AdjustmentKind::penalty:
      return pick(lang, "减分", "penalty");
    case rubric::AdjustmentKind::veto:
      return pick(lang, "一票否决", "veto");
  }
  return "";
}

std::string tiers_in_words(const std::vector<rubric::Tier>& tiers, rubric::TierKind kind, Lang lang,
                           const char* unit) {
  std::string out;
  const char* op = kind == rubric::TierKind::min ? "≥" : "≤";
  for (const rubric::Tier& tier : tiers) {
    out += out.empty() ? "" : pick(lang, "；", "; ");
    out +=
        lang == Lang::zh
            ? fmt::format("{}{}{}得{}", op, tier.bound.to_string(), unit, tier.points.to_string())
            : fmt::format("{} {}{}: {}", op, tier.bound.to_string(), unit, tier.points.to_string());
  }
  return out + pick(lang, "；否则得0", "; otherwise 0");
}

std::string methods_in_words(const rubric::Clause& clause, Lang lang) {
  std::string out;
  for (rubric::Method method : clause.methods) {
    out += (out.empty() ? "" : list_separator(lang));
    out += lang == Lang::zh ? rubric::method_name_zh(method) : rubric::method_name(method);
  }
  return out;
}

std::string evidence_in_words(const rubric::EvidenceRequirement& evidence, Lang lang) {
  if (evidence.min_items == 0) {
    return "";
  }
  std::string out = lang == Lang::zh ? fmt::format("至少{}项", evidence.min_items)
                                     : fmt::format("at least {}", evidence.min_items);
  if (!evidence.kinds.empty()) {
    std::string kinds;
    for (const std::string& kind : evidence.kinds) {
      kinds += (kinds.empty() ? "" : list_separator(lang)) + kind;
    }
    out += lang == Lang::zh ? "（" + kinds + "）" : " (" + kinds + ")";
  }
  return out;
}

std::string points_of(const Rubric& rubric, Decimal value) {
  return value.to_fixed(rubric.precision_digits);
}

// " (上限 5.00) (底线 20.00) (取最高 2 项)": a node's cap, floor and best k.
std::string node_rules(const Rubric& rubric, const rubric::Node& node, Lang lang) {
  std::string out = node.cap ? fmt::format(" ({} {})", labels(lang).cap, points_of(rubric, *node.cap)) : "";
  if (node.floor) {
    out += " (" + floor_phrase(lang, *node.floor, rubric.precision_digits) + ")";
  }
  if (node.best) {
    out += " (" + best_phrase(lang, *node.best) + ")";
  }
  return out;
}

void tree_rows(TextTable& table, const Rubric& rubric, const rubric::Node& node,
               const std::string& indent, Lang lang) {
  std::string cap = node_rules(rubric, node, lang);
  table.add_row({indent + util::escape_for_terminal(node.id), points_of(rubric, node.full_marks),
                 util::escape_for_terminal(node.title) + cap});
  for (const rubric::Node& item : node.items) {
    tree_rows(table, rubric, item, indent + "  ", lang);
  }
  for (const rubric::Clause& clause : node.clauses) {
    std::string flags;
    if (clause.veto) {
      flags += pick(lang, " [一票否决]", " [veto]");
    }
    if (clause.optional) {
      flags += pick(lang, " [可不适用]", " [may be n/a]");
    }
    table.add_row({indent + "  " + util::escape_for_terminal(clause.id), points_of(rubric, clause.points),
                   util::escape_for_terminal(clause.text) + flags});
  }
}

std::string adjustment_amount(const Rubric& rubric, const rubric::Adjustment& a, Lang lang) {
  if (a.kind == rubric::AdjustmentKind::veto) {
    return "";
  }
  std::string out = lang == Lang::zh ? fmt::format("每次{}", points_of(rubric, a.per))
                                     : fmt::format("{} each", points_of(rubric, a.per));
  if (a.cap) {
    out += lang == Lang::zh ? fmt::format("，上限{}", points_of(rubric, *a.cap))
                            : fmt::format(", cap {}", points_of(rubric, *a.cap));
  }
  return out;
}

std::string clause_table(const Rubric& rubric, const rubric::Node& node, Lang lang) {
  const Labels& l = labels(lang);
  std::vector<std::vector<std::string>> rows;
  for (const rubric::Clause& clause : node.clauses) {
    rows.push_back({escape_markdown(clause.id), escape_markdown(clause.text),
                    points_of(rubric, clause.points),
                    escape_markdown(methods_in_words(clause, lang)),
                    escape_markdown(evidence_in_words(clause.evidence, lang)),
                    escape_markdown(rule_in_words(clause, lang))});
  }
  return markdown_table({l.id, l.criterion, l.points, l.methods, l.evidence, l.rule}, rows);
}

std::string node_heading(int level, const Rubric& rubric, const rubric::Node& node, Lang lang) {
  std::string rules;
  if (node.floor) {
    rules += "; " + floor_phrase(lang, *node.floor, rubric.precision_digits);
  }
  if (node.best) {
    rules += "; " + best_phrase(lang, *node.best);
  }
  return std::string(level, '#') + " " + escape_markdown(node.id) + " " + escape_markdown(node.title) + " (" +
         points_of(rubric, node.full_marks) + rules + ")";
}

}  // namespace

std::string rule_in_words(const rubric::Clause& clause, Lang lang) {
  const rubric::Rule& rule = clause.rule;
  std::string out;
  switch (rule.type) {
    case rubric::RuleType::check:
      out = pick(lang, "达标得满分", "met: full marks");
      break;
    case rubric::RuleType::levels:
      for (const rubric::Level& level : rule.levels) {
        out += (out.empty() ? "" : list_separator(lang));
        out += level.label + " " + level.points.to_string();
      }
      out = pick(lang, "按等级：", "by level: ") + out;
      break;
    case rubric::RuleType::tiers:
      out = tiers_in_words(rule.tiers, rule.tier_kind, lang, "");
      break;
    case rubric::RuleType::linear:
      out = lang == Lang::zh
                ? fmt::format("{}至{}之间按比例得分", rule.from.to_string(), rule.to.to_string())
                : fmt::format("in proportion from {} to {}", rule.from.to_string(),
                              rule.to.to_string());
      break;
    case rubric::RuleType::shortfall:
      out = lang == Lang::zh
                ? fmt::format("达到{}得满分，每低{}扣{}", rule.target.to_string(),
                              rule.step.to_string(), rule.per.to_string())
                : fmt::format("full marks at {} or above; {} off per {} short",
                              rule.target.to_string(), rule.per.to_string(), rule.step.to_string());
      if (rule.whole_steps) {
        out += pick(lang, "（只计整数步）", " (whole steps only)");
      }
      break;
    case rubric::RuleType::deduct:
      out =
          lang == Lang::zh
              ? fmt::format("每项扣{}，最低{}", rule.per.to_string(), rule.floor.to_string())
              : fmt::format("{} off each, floor {}", rule.per.to_string(), rule.floor.to_string());
      break;
    case rubric::RuleType::count:
      out = lang == Lang::zh
                ? fmt::format("每次得{}，最高{}", rule.per.to_string(), clause.points.to_string())
                : fmt::format("{} each, up to {}", rule.per.to_string(), clause.points.to_string());
      if (rule.min_count) {
        out += lang == Lang::zh ? fmt::format("；不少于{}次，否则得0", *rule.min_count)
                                : fmt::format("; 0 below {}", *rule.min_count);
      }
      break;
    case rubric::RuleType::checklist: {
      std::string elements;
      for (const rubric::Element& element : rule.elements) {
        elements += (elements.empty() ? "" : list_separator(lang)) + element.label;
        if (element.points) {
          elements += " " + element.points->to_string();
        }
      }
      if (!rule.tiers.empty()) {
        out = pick(lang, "要素：", "elements: ") + elements + pick(lang, "；", "; ") +
              tiers_in_words(rule.tiers, rubric::TierKind::min, lang, pick(lang, "项", " met"));
      } else if (rule.weighted) {
        out = pick(lang, "逐项得分：", "points per element: ") + elements;
      } else {
        out = pick(lang, "按要素均分：", "equal shares: ") + elements;
      }
      break;
    }
    case rubric::RuleType::manual:
      out = pick(lang, "评估人员打分", "assessor's points");
      if (rule.manual_step) {
        out += lang == Lang::zh ? fmt::format("（步长{}）", rule.manual_step->to_string())
                                : fmt::format(" (step {})", rule.manual_step->to_string());
      }
      break;
  }
  if (clause.optional) {
    out += pick(lang, "；可不适用", "; may be n/a");
  }
  if (clause.veto) {
    out += pick(lang, "；一票否决", "; veto");
  }
  return out;
}

std::string show_text(const Rubric& rubric, Lang lang) {
  const Labels& l = labels(lang);
  const char* c = colon(lang);
  std::string out =
      util::escape_for_terminal(rubric.title) + " (" + util::escape_for_terminal(rubric.id) + ")\n";
  if (!rubric.extends.empty()) {
    out += std::string(tailored_labels(lang).based_on) + c + util::escape_for_terminal(util::join(rubric.extends, " → ")) + "\n";
  }
  if (rubric.version) {
    out += std::string(l.version) + c + util::escape_for_terminal(*rubric.version) + "\n";
  }
  if (!rubric.issuer.empty()) {
    out += std::string(l.issuer) + c + util::escape_for_terminal(rubric.issuer) + "\n";
  }
  out += fmt::format("{}{}{}  {}{}{}", l.total, c, points_of(rubric, rubric.total), l.threshold, c,
                     points_of(rubric, rubric.threshold));
  if (rubric.bonus_cap) {
    out += fmt::format("  {}{}{}", pick(lang, "加分上限", "Bonus cap"), c, points_of(rubric, *rubric.bonus_cap));
  }
  if (rubric.penalty_cap) {
    out += fmt::format("  {}{}{}", pick(lang, "减分上限", "Penalty cap"), c, points_of(rubric, *rubric.penalty_cap));
  }
  out += "\n";
  if (rubric.validity_years) {
    out += fmt::format("{}{}{}\n", pick(lang, "称号有效期", "Title valid for"), c,
                       fmt::format(lang == Lang::zh ? "{}年" : "{} years", *rubric.validity_years));
  }

  TextTable tree({Align::left, Align::right, Align::left});  // id, points, title
  for (const rubric::Node& category : rubric.categories) {
    tree_rows(tree, rubric, category, "", lang);
  }
  out += "\n" + tree.render("  ");

  if (!rubric.adjustments.empty()) {
    TextTable table({Align::left, Align::left, Align::left, Align::left});
    for (const rubric::Adjustment& a : rubric.adjustments) {
      table.add_row({util::escape_for_terminal(a.id), kind_label(lang, a.kind),
                     util::escape_for_terminal(a.text), adjustment_amount(rubric, a, lang)});
    }
    out += "\n" + std::string(l.adjustments) + "\n" + table.render("  ");
  }
  if (!rubric.prerequisites.empty()) {
    TextTable table({Align::left, Align::left});
    for (const rubric::Prerequisite& p : rubric.prerequisites) {
      table.add_row({util::escape_for_terminal(p.id), util::escape_for_terminal(p.text)});
    }
    out += "\n" + std::string(l.prerequisites) + "\n" + table.render("  ");
  }
  if (!rubric.grades.empty()) {
    TextTable table({Align::left, Align::left});
    for (const rubric::Grade& grade : rubric.grades) {
      table.add_row({util::escape_for_terminal(grade.label), "≥ " + points_of(rubric, grade.min)});
    }
    out += "\n" + std::string(l.grades) + "\n" + table.render("  ");
  }
  return out;
}

std::string show_markdown(const Rubric& rubric, Lang lang) {
  const Labels& l = labels(lang);
  const char* c = colon(lang);
  std::vector<std::string> blocks;
  blocks.push_back("# " + escape_markdown(rubric.title) + " (" + escape_markdown(rubric.id) + ")");
  std::string facts;
  auto fact = [&](const char* label, const std::string& value) {
    facts += (facts.empty() ? "- " : "\n- ") + std::string(label) + c + value;
  };
  if (!rubric.extends.empty()) {
    fact(tailored_labels(lang).based_on, escape_markdown(util::join(rubric.extends, " → ")));
  }
  if (rubric.version) {
    fact(l.version, escape_markdown(*rubric.version));
  }
  if (!rubric.issuer.empty()) {
    fact(l.issuer, escape_markdown(rubric.issuer));
  }
  fact(l.total, points_of(rubric, rubric.total));
  fact(l.threshold, points_of(rubric, rubric.threshold));
  if (rubric.bonus_cap) {
    fact(pick(lang, "加分上限", "Bonus cap"), points_of(rubric, *rubric.bonus_cap));
  }
  if (rubric.penalty_cap) {
    fact(pick(lang, "减分上限", "Penalty cap"), points_of(rubric, *rubric.penalty_cap));
  }
  if (rubric.validity_years) {
    fact(pick(lang, "称号有效期", "Title valid for"),
         fmt::format(lang == Lang::zh ? "{}年" : "{} years", *rubric.validity_years));
  }
  blocks.push_back(facts);

  for (const rubric::Node& category : rubric.categories) {
    blocks.push_back(node_heading(2, rubric, category, lang));
    for (const rubric::Node& item : category.items) {
      blocks.push_back(node_heading(3, rubric, item, lang));
      blocks.push_back(clause_table(rubric, item, lang));
    }
    if (!category.clauses.empty()) {
      blocks.push_back(clause_table(rubric, category, lang));
    }
  }
  if (!rubric.adjustments.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const rubric::Adjustment& a : rubric.adjustments) {
      rows.push_back({escape_markdown(a.id), kind_label(lang, a.kind), escape_markdown(a.text),
                      adjustment_amount(rubric, a, lang),
                      escape_markdown(evidence_in_words(a.evidence, lang))});
    }
    blocks.push_back(std::string("## ") + l.adjustments);
    blocks.push_back(markdown_table({l.id, l.kind, l.text, l.points, l.evidence}, rows));
  }
  if (!rubric.prerequisites.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const rubric::Prerequisite& p : rubric.prerequisites) {
      rows.push_back({escape_markdown(p.id), escape_markdown(p.text),
                      escape_markdown(evidence_in_words(p.evidence, lang))});
    }
    blocks.push_back(std::string("## ") + l.prerequisites);
    blocks.push_back(markdown_table({l.id, l.text, l.evidence}, rows));
  }
  if (!rubric.grades.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const rubric::Grade& grade : rubric.grades) {
      rows.push_back({escape_markdown(grade.label), "≥ " + points_of(rubric, grade.min)});
    }
    blocks.push_back(std::string("## ") + l.grades);
    blocks.push_back(markdown_table({l.grade, pick(lang, "最低分", "Minimum")}, rows));
  }
  for (std::string& block : changes_markdown(rubric, lang)) {
    blocks.push_back(std::move(block));
  }
  std::string out;
  for (const std::string& block : blocks) {
    out += (out.empty() ? "" : "\n\n") + block;
  }
  return out + "\n";
}

}  // namespace cepin::report
