// A flat copy of a scored rubric tree for the gap plan: it re-scores a
// changed clause through its ancestors only, each node summing its children
// (with `best: K`, its K highest-scoring candidates), then its cap. A node
// without `best` keeps its children's uncapped sum, so a changed child
// re-scores it in one step. Ids are views: the rubric outlives the tree.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "util/decimal.hpp"

namespace cepin::scoring {

using util::Decimal;

class ScoreTree {
 public:
  // Makes room for `nodes` nodes and `clauses` clauses (no reallocation while adding).
  void reserve(std::size_t nodes, std::size_t clauses) {
    m_nodes.reserve(nodes);
    m_clauses.reserve(clauses);
    m_children.reserve(nodes + clauses);
  }
  // Adds a category (parent -1) or item; returns its index. Nodes come in
  // rubric pre-order, so an index is a node's pre-order rank.
  int add_node(int parent, std::optional<Decimal> cap, std::optional<int> best = std::nullopt,
               std::string_view id = {});
  // Adds a clause under node `parent`; `takes_part` is false for n/a clauses.
  void add_clause(int parent, std::string_view id, Decimal score, Decimal max, bool takes_part);
  // Sets node `index`'s floor (already scaled to what is applicable).
  void set_floor(int index, Decimal floor) { m_nodes[static_cast<std::size_t>(index)].floor = floor; }
  // Marks node `index` as having nothing applicable: never a best-k candidate.
  void set_takes_part(int index, bool takes_part) {
    m_nodes[static_cast<std::size_t>(index)].takes_part = takes_part;
  }
  // Groups each node's children and sums the tree, once all nodes and clauses are added.
  void finish();

  // The sum of the categories' scores.
  Decimal base_raw() const { return m_base_raw; }
  // base_raw if clause `index` scored `score` instead.
  Decimal base_raw_if(std::size_t index, Decimal score) const;
  // Node `node`'s score if clause `index` scored `score` instead.
  Decimal node_score_if(int node, std::size_t index, Decimal score) const;
  // Sets clause `index` to `score` and updates its ancestors.
  void set(std::size_t index, Decimal score);

  // A child of a node: a clause or a node, by index.
  struct Child {
    bool clause = true;
    std::size_t index = 0;
  };
  // A node's children, in the order they were added (a view into the tree).
  struct Children {
    const Child* first = nullptr;
    std::size_t count = 0;
    const Child* begin() const { return first; }
    const Child* end() const { return first + count; }
    std::size_t size() const { return count; }
    const Child& operator[](std::size_t i) const { return first[i]; }
  };
  struct ClauseSlot {
    int parent = -1;
    std::string_view id;
    Decimal score;
    Decimal max;
    bool takes_part = true;
  };
  struct NodeSlot {
    int parent = -1;
    std::optional<Decimal> cap;
    std::optional<int> best;
    std::optional<Decimal> floor;
    std::string_view id;
    bool takes_part = true;
    std::size_t first_child = 0;  // its children: [first_child, first_child + child_count) of the tree's list
    std::size_t child_count = 0;
    Decimal score;
    Decimal sum;  // without `best`: the children's scores summed, before the cap
  };
  const std::vector<ClauseSlot>& clauses() const { return m_clauses; }
  const std::vector<NodeSlot>& nodes() const { return m_nodes; }
  // The children of a node (once finished).
  Children children(const NodeSlot& node) const { return Children{m_children.data() + node.first_child, node.child_count}; }

  // Whether node `node` holds its floor (a node without one always does).
  bool holds_floor(int node) const;
  // Whether clause `clause` lies under node `node`.
  bool contains(int node, std::size_t clause) const;
  // Whether node `inner` is `node` or lies under it.
  bool contains_node(int node, int inner) const;
  // Which children of node `node` count now: with `best`, its K highest
  // candidates (ties: the earlier); without, every child.
  std::vector<bool> counted(int node) const;
  // The clauses under child `child` (itself, when it is a clause), in rubric order.
  std::vector<std::size_t> clauses_under(Child child) const;

 private:
  // A node's cap applied to `sum`.
  static Decimal capped(const NodeSlot& node, Decimal sum) { return node.cap ? util::min(*node.cap, sum) : sum; }
  // A node's children's scores summed (with `best`, its K highest), with the
  // score of child `changed` (when not null) replaced by `changed_score`.
  Decimal children_sum(const NodeSlot& node, const Child* changed = nullptr, Decimal changed_score = {}) const;
  // A node's score with one child's score replaced.
  Decimal score_with(const NodeSlot& node, const Child& changed, Decimal changed_score) const;
  Decimal child_score(Child child) const {
    return child.clause ? m_clauses[child.index].score : m_nodes[child.index].score;
  }
  bool child_takes_part(Child child) const {
    return child.clause ? m_clauses[child.index].takes_part : m_nodes[child.index].takes_part;
  }
  // The node a child belongs to.
  int parent_of(Child child) const;
  // Orders m_children by parent, keeping each node's children in the order they were added.
  void group_children();
  // Walks up from a changed child: each ancestor's new score, until `stop`
  // (a node index; -1: the root), and the base_raw change.
  Decimal rise(Child child, Decimal score, int stop, Decimal* stop_score) const;

  std::vector<NodeSlot> m_nodes;
  std::vector<ClauseSlot> m_clauses;
  // Every node's children in one list, grouped by parent (finish() groups
  // them); until then, each child in the order it was added.
  std::vector<Child> m_children;
  Decimal m_base_raw;
};

}  // namespace cepin::scoring
