#include "scoring/gap.hpp"

#include <string_view>
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

namespace {

// One planning run: the tree as fixed so far, and the plan being written.
class Planner {
 public:
  Planner(ScoreTree& tree, const Totals& totals, Gap& gap) : m_tree(tree), m_totals(totals), m_gap(gap) {}

  Decimal final_score() const { return m_totals.final_score(m_tree.base_raw()); }

  // Picks what raises node `node` most (SPEC §8: floors first); false when nothing does.
  bool pick_for_floor(int node) {
    const Decimal now = m_tree.nodes()[static_cast<std::size_t>(node)].score;
    auto raw_rise_of = [&](std::size_t clause) {
      return m_tree.node_score_if(node, clause, m_tree.clauses()[clause].max) - now;
    };
    auto worth = [](Decimal raw_rise) { return raw_rise; };
    auto joint_rise = [&](const ScoreTree& raised) {
      return raised.nodes()[static_cast<std::size_t>(node)].score - now;
    };
    return pick(node, raw_rise_of, worth, joint_rise, m_tree.nodes()[static_cast<std::size_t>(node)].id);
  }

  // Picks what raises the final score most; false when nothing does.
  bool pick_for_threshold() {
    const Decimal now = final_score();
    const Decimal base_raw = m_tree.base_raw();
    auto raw_rise_of = [&](std::size_t clause) {
      return m_tree.base_raw_if(clause, m_tree.clauses()[clause].max) - base_raw;
    };
    auto worth = [&](Decimal raw_rise) { return m_totals.final_score(base_raw + raw_rise) - now; };
    auto joint_rise = [&](const ScoreTree& raised) { return m_totals.final_score(raised.base_raw()) - now; };
    return pick(-1, raw_rise_of, worth, joint_rise, "");
  }

 private:
  bool open(std::size_t clause) const {
    const ScoreTree::ClauseSlot& slot = m_tree.clauses()[clause];
    return slot.takes_part && slot.score < slot.max;
  }

  // The first single clause under `within` (-1: anywhere) of the greatest
  // positive `worth(raw_rise_of(clause))`; else the best uncounted best-k
  // child by `joint_rise` with all its clauses at full marks. Records the
  // picks with `floor`. `raw_rise_of` is the rise of the node (or base)
  // score, never more than the clause's own rise (caps and best-k only take
  // away), and `worth` never falls as it grows: so a clause whose own rise is
  // no more than the best's raw rise cannot win and is not scored at all.
  template <typename RawRise, typename Worth, typename JointRise>
  bool pick(int within, RawRise raw_rise_of, Worth worth, JointRise joint_rise, std::string_view floor) {
    std::size_t best = m_tree.clauses().size();
    Decimal best_rise;
    Decimal best_raw;
    for (std::size_t i = 0; i < m_tree.clauses().size(); ++i) {
      if (!open(i) || (within >= 0 && !m_tree.contains(within, i))) {
        continue;
      }
      const ScoreTree::ClauseSlot& slot = m_tree.clauses()[i];
      if (best < m_tree.clauses().size() && slot.max - slot.score <= best_raw) {
        continue;
      }
      const Decimal raw = raw_rise_of(i);
      const Decimal rise = worth(raw);
      if (rise > best_rise) {
        best = i;
        best_rise = rise;
        best_raw = raw;
      }
    }
    if (best < m_tree.clauses().size()) {
      record({best}, floor, "");
      return true;
    }
    std::vector<std::size_t> group;
    std::string_view group_id;
    Decimal group_rise;
    for (std::size_t n = 0; n < m_tree.nodes().size(); ++n) {
      const ScoreTree::NodeSlot& node = m_tree.nodes()[n];
      if (!node.best || (within >= 0 && !m_tree.contains_node(within, static_cast<int>(n)))) {
        continue;
      }
      std::vector<bool> counted = m_tree.counted(static_cast<int>(n));
      const ScoreTree::Children children = m_tree.children(node);
      for (std::size_t c = 0; c < children.size(); ++c) {
        const ScoreTree::Child child = children[c];
        if (counted[c]) {
          continue;
        }
        std::vector<std::size_t> clauses;
        for (std::size_t clause : m_tree.clauses_under(child)) {
          if (open(clause)) {
            clauses.push_back(clause);
          }
        }
        if (clauses.empty()) {
          continue;
        }
        ScoreTree raised = m_tree;
        for (std::size_t clause : clauses) {
          raised.set(clause, raised.clauses()[clause].max);
        }
        const Decimal rise = joint_rise(raised);
        if (rise > group_rise) {
          group = clauses;
          group_rise = rise;
          group_id = child.clause ? m_tree.clauses()[child.index].id : m_tree.nodes()[child.index].id;
        }
      }
    }
    if (group.empty()) {
      return false;
    }
    record(group, floor, group.size() > 1 ? group_id : "");
    return true;
  }

  // Fixes each clause at full marks, in order, listing it with the final
  // score's rise it brings.
  void record(const std::vector<std::size_t>& clauses, std::string_view floor, std::string_view group) {
    for (std::size_t clause : clauses) {
      const ScoreTree::ClauseSlot slot = m_tree.clauses()[clause];
      const Decimal before = final_score();
      m_tree.set(clause, slot.max);
      m_gap.plan.push_back(GapPick{std::string(slot.id), slot.score, slot.max, final_score() - before,
                                     std::string(floor), std::string(group)});
    }
  }

  ScoreTree& m_tree;
  const Totals& m_totals;
  Gap& m_gap;
};

// Whether the threshold and every floor hold with every clause that is not
// n/a at full marks.
bool reachable(ScoreTree tree, const Totals& totals, Decimal threshold) {
  for (std::size_t i = 0; i < tree.clauses().size(); ++i) {
    if (tree.clauses()[i].takes_part) {
      tree.set(i, tree.clauses()[i].max);
    }
  }
  for (std::size_t n = 0; n < tree.nodes().size(); ++n) {
    if (!tree.holds_floor(static_cast<int>(n))) {
      return false;
    }
  }
  return totals.final_score(tree.base_raw()) >= threshold;
}

}  // namespace

Gap plan_gap(ScoreTree tree, const Totals& totals, Decimal threshold, std::vector<std::string> blocking) {
  Gap gap;
  gap.blocking = std::move(blocking);
  bool floors_hold = true;
  for (std::size_t n = 0; n < tree.nodes().size(); ++n) {
    floors_hold = floors_hold && tree.holds_floor(static_cast<int>(n));
  }
  Planner planner(tree, totals, gap);
  const Decimal final_score = planner.final_score();
  if (final_score >= threshold && floors_hold) {
    return gap;
  }
  gap.needed = final_score < threshold ? threshold - final_score : Decimal();
  gap.reachable = reachable(tree, totals, threshold);
  for (std::size_t n = 0; n < tree.nodes().size(); ++n) {
    const int node = static_cast<int>(n);
    while (!tree.holds_floor(node) && planner.pick_for_floor(node)) {
    }
  }
  for (std::size_t n = 0; n < tree.nodes().size(); ++n) {
    if (!tree.holds_floor(static_cast<int>(n))) {
      gap.blocking.push_back("below-floor:" + std::string(tree.nodes()[n].id));
    }
  }
  while (planner.final_score() < threshold && planner.pick_for_threshold()) {
  }
  return gap;
}

}  // namespace cepin::scoring
