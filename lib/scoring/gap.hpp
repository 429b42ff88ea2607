// The gap plan (SPEC §2 "Gap plan"): which clauses, fixed greedily, would
// lift a unit's final score to the threshold.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scoring/result.hpp"
#include "util/decimal.hpp"

namespace cepin::scoring {

// How a tree score (base_raw) becomes the final score: normalization, then the
// adjustments, which the gap plan holds fixed.
struct Totals {
  bool normalize = false;
  Decimal total;            // the rubric's total
  Decimal applicable_full;  // full marks without n/a clauses (caps applied); > 0 when normalizing
  Decimal precision;
  Decimal bonus;
  Decimal penalty;

  // base_raw, or base_raw × total ÷ applicable_full rounded once to precision.
  Decimal base(Decimal base_raw) const;
  // max(0, base + bonus − penalty).
  Decimal final_score(Decimal base_raw) const;
};

// A flat copy of the scored tree that re-scores one changed clause by walking
// only its ancestors (min(cap, Σ children) at each).
class ScoreTree {
 public:
  // Adds a category (parent -1) or item; returns its index.
  int add_node(int parent, std::optional<Decimal> cap);
  // Adds a clause under node `parent`; `takes_part` is false for n/a clauses.
  void add_clause(int parent, std::string id, Decimal score, Decimal max, bool takes_part);
  // Sums the tree once all nodes and clauses are added.
  void finish();

  // The sum of the categories' scores.
  Decimal base_raw() const { return m_base_raw; }
  // base_raw if clause `index` scored `score` instead.
  Decimal base_raw_if(std::size_t index, Decimal score) const;
  // Sets clause `index` to `score` and updates its ancestors.
  void set(std::size_t index, Decimal score);

  struct ClauseSlot {
    int parent = -1;
    std::string id;
    Decimal score;
    Decimal max;
    bool takes_part = true;
  };
  const std::vector<ClauseSlot>& clauses() const { return m_clauses; }

 private:
  struct NodeSlot {
    int parent = -1;
    std::optional<Decimal> cap;
    Decimal sum;
    Decimal score;
  };
  // The base_raw change when node `index`'s children sum changes by `delta`.
  Decimal rise(int index, Decimal delta) const;

  std::vector<NodeSlot> m_nodes;
  std::vector<ClauseSlot> m_clauses;
  Decimal m_base_raw;
};

// The gap plan for a unit whose final score is `totals.final_score(tree.base_raw())`;
// `blocking` are the reason codes points cannot fix. Picks the clause with the
// largest recoverable (ties in rubric order) until the threshold is met or
// nothing raises the final score.
Gap plan_gap(ScoreTree tree, const Totals& totals, Decimal threshold,
             std::vector<std::string> blocking);

}  // namespace cepin::scoring
