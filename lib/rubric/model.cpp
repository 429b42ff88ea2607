#include "rubric/model.hpp"

namespace cepin::rubric {

const char* method_name(Method method) {
  switch (method) {
    case Method::report:
      return "report";
    case Method::documents:
      return "documents";
    case Method::inspection:
      return "inspection";
    case Method::monitoring:
      return "monitoring";
    case Method::survey:
      return "survey";
    case Method::interview:
      return "interview";
    case Method::quiz:
      return "quiz";
  }
  return "report";
}

const char* method_name_zh(Method method) {
  switch (method) {
    case Method::report:
      return "听取汇报";
    case Method::documents:
      return "材料审核";
    case Method::inspection:
      return "实地检查";
    case Method::monitoring:
      return "日常掌握";
    case Method::survey:
      return "问卷调查";
    case Method::interview:
      return "座谈访谈";
    case Method::quiz:
      return "抽查提问";
  }
  return "听取汇报";
}

namespace {

// Every rule type with its name: the one list the loader, messages and
// templates use.
struct RuleTypeName {
  RuleType type;
  const char* name;
};
constexpr RuleTypeName k_rule_types[] = {
    {RuleType::check, "check"},         {RuleType::levels, "levels"}, {RuleType::tiers, "tiers"},
    {RuleType::linear, "linear"},       {RuleType::shortfall, "shortfall"}, {RuleType::deduct, "deduct"},
    {RuleType::count, "count"},         {RuleType::checklist, "checklist"}, {RuleType::manual, "manual"},
};

}  // namespace

const char* rule_type_name(RuleType type) {
  for (const RuleTypeName& known : k_rule_types) {
    if (known.type == type) {
      return known.name;
    }
  }
  return "manual";
}

std::optional<RuleType> parse_rule_type(std::string_view word) {
  for (const RuleTypeName& known : k_rule_types) {
    if (word == known.name) {
      return known.type;
    }
  }
  return std::nullopt;
}

std::vector<std::string> rule_type_names() {
  std::vector<std::string> names;
  for (const RuleTypeName& known : k_rule_types) {
    names.emplace_back(known.name);
  }
  return names;
}

const char* adjustment_kind_name(AdjustmentKind kind) {
  switch (kind) {
    case AdjustmentKind::bonus:
      return "bonus";
    case AdjustmentKind::penalty:
      return "penalty";
    case AdjustmentKind::veto:
      return "veto";
  }
  return "bonus";
}

namespace {

void collect(const Node& node, std::vector<const Clause*>& out) {
  for (const Node& item : node.items) {
    collect(item, out);
  }
  for (const Clause& clause : node.clauses) {
    out.push_back(&clause);
  }
}

void collect_ids(const Node& node, std::vector<std::string>& out) {
  out.push_back(node.id);
  for (const Node& item : node.items) {
    collect_ids(item, out);
  }
  for (const Clause& clause : node.clauses) {
    out.push_back(clause.id);
  }
}

}  // namespace

std::vector<const Clause*> Rubric::clauses() const {
  std::vector<const Clause*> out;
  for (const Node& category : categories) {
    collect(category, out);
  }
  return out;
}

std::size_t Rubric::clause_count() const { return clauses().size(); }

void Rubric::build_index() {
  m_clause_index.clear();
  m_tree_size = TreeSize{};
  std::size_t ordinal = 0;
  auto number = [&](std::vector<Clause>& clauses, std::size_t category, int item) {
    for (std::size_t k = 0; k < clauses.size(); ++k) {
      clauses[k].ordinal = ordinal++;
      m_clause_index.emplace(clauses[k].id, ClauseAt{category, item, k});
    }
  };
  for (std::size_t c = 0; c < categories.size(); ++c) {
    Node& category = categories[c];
    m_tree_size.nodes += 1 + category.items.size();
    for (std::size_t i = 0; i < category.items.size(); ++i) {
      number(category.items[i].clauses, c, static_cast<int>(i));
    }
    number(category.clauses, c, -1);
  }
  m_tree_size.clauses = ordinal;
}

const Clause* Rubric::find_clause(const std::string& id) const {
  auto it = m_clause_index.find(id);
  if (it == m_clause_index.end()) {
    return nullptr;
  }
  const ClauseAt& at = it->second;
  const Node& category = categories[at.category];
  const Node& node = at.item < 0 ? category : category.items[static_cast<std::size_t>(at.item)];
  return &node.clauses[at.clause];
}

const Adjustment* Rubric::find_adjustment(const std::string& id) const {
  for (const Adjustment& adjustment : adjustments) {
    if (adjustment.id == id) {
      return &adjustment;
    }
  }
  return nullptr;
}

const Prerequisite* Rubric::find_prerequisite(const std::string& id) const {
  for (const Prerequisite& prerequisite : prerequisites) {
    if (prerequisite.id == id) {
      return &prerequisite;
    }
  }
  return nullptr;
}

const Node* Rubric::find_node(const std::string& id) const {
  for (const Node& category : categories) {
    if (category.id == id) {
      return &category;
    }
    for (const Node& item : category.items) {
      if (item.id == id) {
        return &item;
      }
    }
  }
  return nullptr;
}

std::vector<std::string> Rubric::answer_ids() const {
  std::vector<std::string> ids;
  for (const Clause* clause : clauses()) {
    ids.push_back(clause->id);
  }
  for (const Adjustment& adjustment : adjustments) {
    ids.push_back(adjustment.id);
  }
  for (const Prerequisite& prerequisite : prerequisites) {
    ids.push_back(prerequisite.id);
  }
  return ids;
}

std::vector<std::string> Rubric::all_ids() const {
  std::vector<std::string> out;
  for (const Node& category : categories) {
    collect_ids(category, out);
  }
  for (const Adjustment& adjustment : adjustments) {
    out.push_back(adjustment.id);
  }
  for (const Prerequisite& prerequisite : prerequisites) {
    out.push_back(prerequisite.id);
  }
  return out;
}

}  // namespace cepin::rubric
