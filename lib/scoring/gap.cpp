#include "scoring/gap.hpp"

#include <utility>

namespace cepin::scoring {

Decimal Totals::base(Decimal base_raw) const {
  if (!normalize || applicable_full.is_zero()) {
    return base_raw;
  }
  return util::round_to_step(
      util::Fraction{util::checked_mul(base_raw.units(), total.units()), applicable_full.units()},
      precision);
}

Decimal Totals::final_score(Decimal base_raw) const {
  return util::max(Decimal(), base(base_raw) + bonus - penalty);
}

int ScoreTree::add_node(int parent, std::optional<Decimal> cap) {
  m_nodes.push_back(NodeSlot{parent, cap, Decimal(), Decimal()});
  return static_cast<int>(m_nodes.size()) - 1;
}

void ScoreTree::add_clause(int parent, std::string id, Decimal score, Decimal max,
                           bool takes_part) {
  m_clauses.push_back(ClauseSlot{parent, std::move(id), score, max, takes_part});
}

void ScoreTree::finish() {
  for (NodeSlot& node : m_nodes) {
    node.sum = Decimal();
    node.score = Decimal();
  }
  m_base_raw = Decimal();
  // Children come after their parents, so a reverse walk sums bottom-up.
  for (const ClauseSlot& clause : m_clauses) {
    m_nodes[clause.parent].sum += clause.score;
  }
  for (std::size_t i = m_nodes.size(); i-- > 0;) {
    NodeSlot& node = m_nodes[i];
    node.score = node.cap ? util::min(*node.cap, node.sum) : node.sum;
    if (node.parent < 0) {
      m_base_raw += node.score;
    } else {
      m_nodes[node.parent].sum += node.score;
    }
  }
}

Decimal ScoreTree::rise(int index, Decimal delta) const {
  while (index >= 0 && !delta.is_zero()) {
    const NodeSlot& node = m_nodes[index];
    const Decimal sum = node.sum + delta;
    delta = (node.cap ? util::min(*node.cap, sum) : sum) - node.score;
    index = node.parent;
  }
  return delta;
}

Decimal ScoreTree::base_raw_if(std::size_t index, Decimal score) const {
  const ClauseSlot& clause = m_clauses[index];
  return m_base_raw + rise(clause.parent, score - clause.score);
}

void ScoreTree::set(std::size_t index, Decimal score) {
  ClauseSlot& clause = m_clauses[index];
  Decimal delta = score - clause.score;
  clause.score = score;
  int at = clause.parent;
  while (at >= 0 && !delta.is_zero()) {
    NodeSlot& node = m_nodes[at];
    node.sum += delta;
    const Decimal updated = node.cap ? util::min(*node.cap, node.sum) : node.sum;
    delta = updated - node.score;
    node.score = updated;
    at = node.parent;
  }
  m_base_raw += delta;
}

Gap plan_gap(ScoreTree tree, const Totals& totals, Decimal threshold,
             std::vector<std::string> blocking) {
  Gap gap;
  gap.blocking = std::move(blocking);
  Decimal final_score = totals.final_score(tree.base_raw());
  if (final_score >= threshold) {
    return gap;
  }
  gap.needed = threshold - final_score;
  std::vector<bool> picked(tree.clauses().size(), false);
  while (final_score < threshold) {
    std::size_t best = tree.clauses().size();
    Decimal best_gain;
    for (std::size_t i = 0; i < tree.clauses().size(); ++i) {
      const ScoreTree::ClauseSlot& clause = tree.clauses()[i];
      if (picked[i] || !clause.takes_part || clause.score >= clause.max) {
        continue;
      }
      const Decimal gain = totals.final_score(tree.base_raw_if(i, clause.max)) - final_score;
      if (gain > best_gain) {
        best = i;
        best_gain = gain;
      }
    }
    if (best == tree.clauses().size()) {
      break;
    }
    const ScoreTree::ClauseSlot& clause = tree.clauses()[best];
    gap.plan.push_back(GapPick{clause.id, clause.score, clause.max, best_gain});
    picked[best] = true;
    tree.set(best, clause.max);
    final_score = totals.final_score(tree.base_raw());
  }
  gap.reachable = final_score >= threshold;
  return gap;
}

}  // namespace cepin::scoring
