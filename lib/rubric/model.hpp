// The rubric (测评指标体系): a tree of categories, items and clauses with
// points and rules, plus adjustments (奖惩清单), prerequisites and grades.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/source.hpp"
#include "util/decimal.hpp"

namespace cepin::rubric {

using util::Decimal;

// How a criterion is assessed (测评方法).
enum class Method { report, documents, inspection, monitoring, survey, interview, quiz };

// The English name of a method ("report").
const char* method_name(Method method);
// The Chinese name of a method ("听取汇报").
const char* method_name_zh(Method method);

// What evidence a response needs: at least `min_items` counted items, of the
// given file extensions when `kinds` is not empty. min_items 0: none needed.
struct EvidenceRequirement {
  int min_items = 0;
  std::vector<std::string> kinds;  // lower-case extensions without the dot
};

// The scoring rules of SPEC §2.
enum class RuleType { check, levels, tiers, linear, shortfall, deduct, count, checklist, manual };

// "check", "levels", ….
const char* rule_type_name(RuleType type);

// The rule type named `word` exactly; nothing for an unknown word.
std::optional<RuleType> parse_rule_type(std::string_view word);

// Every rule type's name, in the order of RuleType.
std::vector<std::string> rule_type_names();

// One level of a `levels` rule.
struct Level {
  std::string label;
  Decimal points;
};

// One tier: the bound (`min` or `max`) and the points it earns. Checklist tiers
// use `bound` as the number of elements met.
struct Tier {
  Decimal bound;
  Decimal points;
};

// Whether tiers are `min:` (higher is better) or `max:` (lower is better).
enum class TierKind { min, max };

// One checklist element; `points` only in a weighted checklist.
struct Element {
  std::string label;
  std::optional<Decimal> points;
};

// A clause's scoring rule with its parameters; only those of `type` are set.
struct Rule {
  RuleType type = RuleType::manual;
  std::vector<Level> levels;    // levels
  std::vector<Tier> tiers;      // tiers; checklist tiers (bound = number met)
  TierKind tier_kind = TierKind::min;
  Decimal from, to;             // linear
  Decimal target;               // shortfall
  Decimal per;                  // shortfall, deduct, count
  Decimal step = Decimal::from_int(1);  // shortfall (default 1)
  bool whole_steps = false;     // shortfall
  Decimal floor;                // deduct (default 0)
  std::optional<int64_t> min_count;  // count: a count below it scores 0 (key `min`)
  std::vector<Element> elements;  // checklist
  bool weighted = false;          // checklist: elements carry points
  std::optional<Decimal> manual_step;  // manual
};

// A clause (条): the leaf that is scored.
struct Clause {
  std::string id;
  std::string text;
  Decimal points;
  Rule rule;
  std::vector<Method> methods;
  EvidenceRequirement evidence;
  bool optional = false;  // may be answered n/a
  bool veto = false;      // an answered response below full marks vetoes
  diag::Position position;  // of the clause's `id` key
  // Its place in rubric order (0 for the first clause), set by
  // Rubric::build_index: where an assessment keeps its response. Until then
  // k_unnumbered, which no response is kept at.
  static constexpr std::size_t k_unnumbered = static_cast<std::size_t>(-1);
  std::size_t ordinal = k_unnumbered;
};

// A category (大类, level 1) or item (项, level 2). Exactly one of `items` and
// `clauses` is non-empty.
struct Node {
  std::string id;
  std::string title;
  std::optional<Decimal> declared_points;  // the transcribed subtotal, checked
  std::optional<Decimal> cap;
  std::optional<Decimal> floor;  // key `min`: the node must score at least this (section floor)
  std::optional<int> best;       // only the `best` highest-scoring children count (best k of n)
  std::vector<Node> items;
  std::vector<Clause> clauses;
  // min(cap, Σ children's full marks — with `best`, of the K largest), computed on load.
  Decimal full_marks;
  diag::Position position;

  // The number of children (items or clauses).
  std::size_t child_count() const { return items.empty() ? clauses.size() : items.size(); }
};

// The kinds of 奖惩清单 entries.
enum class AdjustmentKind { bonus, penalty, veto };

// "bonus", "penalty" or "veto".
const char* adjustment_kind_name(AdjustmentKind kind);

// One entry of the reward/penalty list.
struct Adjustment {
  std::string id;
  AdjustmentKind kind = AdjustmentKind::bonus;
  std::string text;
  Decimal per;                 // bonus/penalty points per occurrence
  std::optional<Decimal> cap;  // bonus/penalty: the entry's cap
  EvidenceRequirement evidence;
  diag::Position position;
};

// A hard gate (e.g. already holding the provincial title).
struct Prerequisite {
  std::string id;
  std::string text;
  EvidenceRequirement evidence;
  diag::Position position;
};

// A score band: the first whose `min ≤ final` names the grade.
struct Grade {
  Decimal min;
  std::string label;
};

// Missing evidence: warn only, or zero the response.
enum class EvidencePolicy { warn, zero };

// A whole, validated rubric. Build one with rubric::load (loader.hpp); every
// invariant of SPEC §2 holds for a rubric that loaded without errors.
struct Rubric {
  std::string path;  // where it was loaded from ("builtin:<id>" for built-ins)
  std::string id;
  std::string title;
  std::optional<std::string> version;
  std::string issuer;
  std::string lang = "zh";
  std::vector<std::string> applies_to;
  Decimal total;
  Decimal threshold;
  int precision_digits = 2;  // precision = 10^-precision_digits
  bool normalize = false;
  EvidencePolicy evidence_policy = EvidencePolicy::warn;
  std::optional<Decimal> bonus_cap;
  std::optional<Decimal> penalty_cap;
  std::optional<int> validity_years;
  std::vector<Grade> grades;
  std::vector<Prerequisite> prerequisites;
  std::vector<Node> categories;
  std::vector<Adjustment> adjustments;
  // The chain of bases it `extends`, nearest first ([] when none), and the
  // nearest base itself, merged and validated (for `cepin show`'s changes).
  std::vector<std::string> extends;
  std::shared_ptr<const Rubric> base;
  // The texts of the bases' files, which positions in the tree may point into.
  std::vector<std::shared_ptr<const diag::SourceText>> sources;

  // The precision as a decimal step (0.01 by default).
  Decimal precision() const { return util::precision_step(precision_digits); }
  // Every clause in rubric order (depth-first), pointing into `categories`.
  std::vector<const Clause*> clauses() const;
  // The number of clauses.
  std::size_t clause_count() const;
  // The clause, adjustment or prerequisite with this id, or null.
  const Clause* find_clause(const std::string& id) const;
  const Adjustment* find_adjustment(const std::string& id) const;
  const Prerequisite* find_prerequisite(const std::string& id) const;
  // The category or item with this id, or null.
  const Node* find_node(const std::string& id) const;
  // Every id of the rubric (for "did you mean").
  std::vector<std::string> all_ids() const;
  // The ids an assessment answers, in rubric order: clauses, adjustments,
  // prerequisites.
  std::vector<std::string> answer_ids() const;

  // Rebuilds the clause index and numbers the clauses (Clause::ordinal); the
  // loader calls it once the tree is final. The index holds positions in the
  // tree, not pointers, so a copy of a rubric finds its own clauses.
  void build_index();

  // How many nodes (categories and items) and clauses build_index counted:
  // room for a scorer to reserve once per rubric (0 before it runs).
  struct TreeSize {
    std::size_t nodes = 0;
    std::size_t clauses = 0;
  };
  TreeSize tree_size() const { return m_tree_size; }

 private:
  // Where a clause sits: its category, its item (-1: directly under the
  // category) and its place in that node's clauses.
  struct ClauseAt {
    std::size_t category;
    int item;
    std::size_t clause;
  };
  std::unordered_map<std::string, ClauseAt> m_clause_index;  // by id: looked up once per answer
  TreeSize m_tree_size;
};

}  // namespace cepin::rubric
