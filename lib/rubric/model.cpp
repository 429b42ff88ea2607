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

const char* rule_type_name(RuleType type) {
  switch (type) {
    case RuleType::check:
      return "check";
    case RuleType::levels:
      return "levels";
    case RuleType::tiers:
      return "tiers";
    case RuleType::linear:
      return "linear";
    case RuleType::shortfall:
      return "shortfall";
    case RuleType::deduct:
      return "deduct";
    case RuleType::count:
      return "count";
    case RuleType::checklist:
      return "checklist";
    case RuleType::manual:
      return "manual";
  }
  return "manual";
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
  for (const Clause* clause : clauses()) {
    m_clause_index.emplace(clause->id, clause);
  }
}

const Clause* Rubric::find_clause(const std::string& id) const {
  auto it = m_clause_index.find(id);
  return it == m_clause_index.end() ? nullptr : it->second;
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
