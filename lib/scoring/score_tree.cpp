#include "scoring/score_tree.hpp"

#include <algorithm>

namespace cepin::scoring {

int ScoreTree::add_node(int parent, std::optional<Decimal> cap, std::optional<int> best, std::string_view id) {
  NodeSlot node;
  node.parent = parent;
  node.cap = cap;
  node.best = best;
  node.id = id;
  m_nodes.push_back(node);
  const int index = static_cast<int>(m_nodes.size()) - 1;
  if (parent >= 0) {
    m_children.push_back(Child{false, static_cast<std::size_t>(index)});
  }
  return index;
}

void ScoreTree::add_clause(int parent, std::string_view id, Decimal score, Decimal max, bool takes_part) {
  m_clauses.push_back(ClauseSlot{parent, id, score, max, takes_part});
  m_children.push_back(Child{true, m_clauses.size() - 1});
}

int ScoreTree::parent_of(Child child) const {
  return child.clause ? m_clauses[child.index].parent : m_nodes[child.index].parent;
}

void ScoreTree::group_children() {
  for (NodeSlot& node : m_nodes) {
    node.child_count = 0;
  }
  for (const Child& child : m_children) {
    ++m_nodes[static_cast<std::size_t>(parent_of(child))].child_count;
  }
  std::size_t first = 0;
  for (NodeSlot& node : m_nodes) {
    node.first_child = first;
    first += node.child_count;
    node.child_count = 0;
  }
  std::vector<Child> grouped(m_children.size());
  for (const Child& child : m_children) {
    NodeSlot& parent = m_nodes[static_cast<std::size_t>(parent_of(child))];
    grouped[parent.first_child + parent.child_count++] = child;
  }
  m_children = std::move(grouped);
}

Decimal ScoreTree::children_sum(const NodeSlot& node, const Child* changed, Decimal changed_score) const {
  auto value_of = [&](const Child& child) {
    const bool is_changed = changed != nullptr && changed->clause == child.clause && changed->index == child.index;
    return is_changed ? changed_score : child_score(child);
  };
  Decimal sum;
  if (!node.best) {
    for (const Child& child : children(node)) {
      sum += value_of(child);
    }
    return sum;
  }
  std::vector<Decimal> values;
  for (const Child& child : children(node)) {
    if (child_takes_part(child)) {
      values.push_back(value_of(child));
    }
  }
  std::stable_sort(values.begin(), values.end(), [](Decimal a, Decimal b) { return a > b; });
  std::size_t k = std::min(values.size(), static_cast<std::size_t>(*node.best));
  for (std::size_t i = 0; i < k; ++i) {
    sum += values[i];
  }
  return sum;
}

Decimal ScoreTree::score_with(const NodeSlot& node, const Child& changed, Decimal changed_score) const {
  // Exact decimals: without `best`, the kept sum with one child swapped equals a fresh sum.
  return capped(node, node.best ? children_sum(node, &changed, changed_score)
                                : node.sum - child_score(changed) + changed_score);
}

void ScoreTree::finish() {
  group_children();
  // Children come after their parents, so a reverse walk sums bottom-up.
  for (std::size_t i = m_nodes.size(); i-- > 0;) {
    m_nodes[i].sum = children_sum(m_nodes[i]);
    m_nodes[i].score = capped(m_nodes[i], m_nodes[i].sum);
  }
  m_base_raw = Decimal();
  for (const NodeSlot& node : m_nodes) {
    if (node.parent < 0) {
      m_base_raw += node.score;
    }
  }
}

Decimal ScoreTree::rise(Child child, Decimal score, int stop, Decimal* stop_score) const {
  Child current = child;
  Decimal value = score;
  int at = child.clause ? m_clauses[child.index].parent : m_nodes[child.index].parent;
  while (at >= 0) {
    const NodeSlot& node = m_nodes[static_cast<std::size_t>(at)];
    const Decimal updated = score_with(node, current, value);
    if (at == stop) {
      *stop_score = updated;
      return Decimal();
    }
    if (updated == node.score) {
      // Nothing above changes.
      if (stop >= 0) {
        *stop_score = m_nodes[static_cast<std::size_t>(stop)].score;
      }
      return Decimal();
    }
    current = Child{false, static_cast<std::size_t>(at)};
    value = updated;
    at = node.parent;
  }
  return value - child_score(current);
}

Decimal ScoreTree::base_raw_if(std::size_t index, Decimal score) const {
  return m_base_raw + rise(Child{true, index}, score, -1, nullptr);
}

Decimal ScoreTree::node_score_if(int node, std::size_t index, Decimal score) const {
  if (!contains(node, index)) {
    return m_nodes[static_cast<std::size_t>(node)].score;
  }
  Decimal out;
  rise(Child{true, index}, score, node, &out);
  return out;
}

void ScoreTree::set(std::size_t index, Decimal score) {
  Decimal before = m_clauses[index].score;
  Decimal after = score;
  m_clauses[index].score = score;
  for (int at = m_clauses[index].parent; at >= 0;) {
    NodeSlot& node = m_nodes[static_cast<std::size_t>(at)];
    node.sum = node.best ? children_sum(node) : node.sum - before + after;
    const Decimal updated = capped(node, node.sum);
    if (updated == node.score) {
      break;
    }
    if (node.parent < 0) {
      m_base_raw += updated - node.score;
    }
    before = node.score;
    after = updated;
    node.score = updated;
    at = node.parent;
  }
}

bool ScoreTree::holds_floor(int node) const {
  const NodeSlot& slot = m_nodes[static_cast<std::size_t>(node)];
  return !slot.floor || slot.score >= *slot.floor;
}

bool ScoreTree::contains(int node, std::size_t clause) const {
  for (int at = m_clauses[clause].parent; at >= 0; at = m_nodes[static_cast<std::size_t>(at)].parent) {
    if (at == node) {
      return true;
    }
  }
  return false;
}

bool ScoreTree::contains_node(int node, int inner) const {
  for (int at = inner; at >= 0; at = m_nodes[static_cast<std::size_t>(at)].parent) {
    if (at == node) {
      return true;
    }
  }
  return false;
}

std::vector<bool> ScoreTree::counted(int node) const {
  const NodeSlot& slot = m_nodes[static_cast<std::size_t>(node)];
  const Children kids = children(slot);
  std::vector<bool> out(kids.size(), !slot.best);
  if (!slot.best) {
    return out;
  }
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < kids.size(); ++i) {
    if (child_takes_part(kids[i])) {
      order.push_back(i);
    }
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return child_score(kids[a]) > child_score(kids[b]);
  });
  for (std::size_t i = 0; i < order.size() && i < static_cast<std::size_t>(*slot.best); ++i) {
    out[order[i]] = true;
  }
  return out;
}

std::vector<std::size_t> ScoreTree::clauses_under(Child child) const {
  if (child.clause) {
    return {child.index};
  }
  std::vector<std::size_t> out;
  for (const Child& inner : children(m_nodes[child.index])) {
    std::vector<std::size_t> below = clauses_under(inner);
    out.insert(out.end(), below.begin(), below.end());
  }
  return out;
}

}  // namespace cepin::scoring
