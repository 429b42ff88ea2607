#include "rubric/checks.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cepin::rubric::detail {

namespace {

const char* level_word(NodeLevel level) { return level == NodeLevel::category ? "category" : "item"; }

}  // namespace

namespace {

// The sum of the children's full marks: of all of them, or of the `best` largest.
Decimal children_sum(const Node& node) {
  std::vector<Decimal> marks;
  for (const Node& item : node.items) {
    marks.push_back(item.full_marks);
  }
  for (const Clause& clause : node.clauses) {
    marks.push_back(clause.points);
  }
  std::size_t counted = marks.size();
  if (node.best && static_cast<std::size_t>(*node.best) < marks.size()) {
    counted = static_cast<std::size_t>(*node.best);
    std::stable_sort(marks.begin(), marks.end(), [](Decimal a, Decimal b) { return a > b; });
  }
  Decimal sum;
  for (std::size_t i = 0; i < counted; ++i) {
    sum += marks[i];
  }
  return sum;
}

// "clauses", or "2 best clauses" under `best`.
std::string children_words(const Node& node) {
  const char* kind = node.items.empty() ? "clauses" : "items";
  return node.best ? fmt::format("{} best {}", *node.best, kind) : std::string(kind);
}

}  // namespace

void hint_note(Context& context, std::string hint) {
  auto& items = context.diagnostics.items();
  if (!items.empty() && !items.back().notes.empty()) {
    items.back().notes.back().hint = std::move(hint);
  }
}

bool settle_full_marks(Context& context, Node& node, const yaml::Node& map, NodeLevel level, bool children_known) {
  if (!children_known) {
    return false;
  }
  const char* word = level_word(level);
  if (node.best && static_cast<std::size_t>(*node.best) > node.child_count()) {
    context.diagnostics.error(value_at(map, "best", node.position), "best-above-children",
                              fmt::format("`best` of {} {} is {}, but it has {} {}", word, node.id, *node.best,
                                          node.child_count(), node.items.empty() ? "clauses" : "items"),
                              fmt::format("lower `best` to at most {}, or add children", node.child_count()));
    hint_note(context, fmt::format("restate `best` of {} {} in the extending file", word, node.id));
    return false;
  }
  Decimal sum;
  try {
    sum = children_sum(node);
  } catch (const util::DecimalOverflow&) {
    context.diagnostics.error(node.position, "decimal-overflow",
                              fmt::format("the points of {} {} are too large to add up", word, node.id));
    return false;
  }
  node.full_marks = sum;
  if (node.cap) {
    if (*node.cap > sum) {
      context.diagnostics.error(value_at(map, "cap", node.position), "cap-above-children",
                                fmt::format("the cap {} of {} {} is above the {} its {} sum to", node.cap->to_string(),
                                            word, node.id, sum.to_string(), children_words(node)),
                                "lower `cap`, or remove it if the node is not capped");
      hint_note(context, fmt::format("restate `cap` of {} {} in the extending file, or delete it there with "
                                     "`cap: null`",
                                     word, node.id));
      return false;
    }
    node.full_marks = *node.cap;
  }
  if (node.declared_points && *node.declared_points != node.full_marks) {
    diag::Position at = key_at(map, "points", node.position);
    if (node.cap) {
      context.diagnostics.error(at, "subtotal-mismatch",
                                fmt::format("{} {} is capped at {}, but it declares {}", word, node.id,
                                            node.full_marks.to_string(), node.declared_points->to_string()));
    } else {
      std::string hint;
      if (sum > *node.declared_points) {
        hint = fmt::format("add `cap: {}` if the {} is capped", node.declared_points->to_string(), word);
      }
      context.diagnostics.error(at, "subtotal-mismatch",
                                fmt::format("the {} of {} sum to {}, but it declares {}", children_words(node),
                                            node.id, sum.to_string(), node.declared_points->to_string()),
                                hint);
    }
    hint_note(context, fmt::format("restate the subtotal in the extending file: `points: {}` for {} {}",
                                   node.full_marks.to_string(), word, node.id));
    // The full marks are computed from the children all the same: checks
    // above this node (a parent's `points`, `total`) go on with them.
  }
  if (node.floor && *node.floor > node.full_marks) {
    context.diagnostics.error(value_at(map, "min", node.position), "floor-above-full-marks",
                              fmt::format("`min` of {} {} is {}, above its full marks {}", word, node.id,
                                          node.floor->to_string(), node.full_marks.to_string()),
                              fmt::format("lower `min` to at most {}", node.full_marks.to_string()));
    hint_note(context, fmt::format("restate `min` of {} {} in the extending file, or delete it there with "
                                   "`min: null`",
                                   word, node.id));
  }
  return true;
}

void check_total(Context& context, Decimal total, const std::vector<Node>& categories, diag::Position total_at) {
  Decimal sum;
  try {
    for (const Node& category : categories) {
      sum += category.full_marks;
    }
  } catch (const util::DecimalOverflow&) {
    context.diagnostics.error(total_at, "decimal-overflow", "the categories' points are too large to add up");
    return;
  }
  if (sum != total) {
    context.diagnostics.error(total_at, "total-mismatch",
                              fmt::format("the categories sum to {}, but `total` is {}", sum.to_string(),
                                          total.to_string()),
                              "fix `total`, or the points of a category");
    hint_note(context, fmt::format("restate `total: {}` in the extending file", sum.to_string()));
  }
}

void check_threshold(Context& context, Decimal threshold, Decimal total, std::optional<Decimal> bonus_cap,
                     const std::vector<Adjustment>& adjustments, diag::Position threshold_at) {
  std::optional<Decimal> room = Decimal();  // null: unbounded
  bool any_bonus = false;
  try {
    for (const Adjustment& adjustment : adjustments) {
      if (adjustment.kind != AdjustmentKind::bonus) {
        continue;
      }
      any_bonus = true;
      if (!adjustment.cap) {
        room.reset();
        break;
      }
      *room += *adjustment.cap;
    }
    if (bonus_cap) {
      room = any_bonus ? (room ? util::min(*room, *bonus_cap) : *bonus_cap) : Decimal();
    }
    if (!room) {
      return;
    }
    if (threshold > total + *room) {
      context.diagnostics.error(threshold_at, "threshold-too-high",
                                room->is_zero()
                                    ? fmt::format("`threshold` is {}, above `total` {}", threshold.to_string(),
                                                  total.to_string())
                                    : fmt::format("`threshold` is {}, above `total` {} plus at most {} of bonuses",
                                                  threshold.to_string(), total.to_string(), room->to_string()),
                                "no unit could ever reach it");
      hint_note(context, "restate `threshold` in the extending file, or raise `total` or the bonuses there");
    }
  } catch (const util::DecimalOverflow&) {
    context.diagnostics.error(threshold_at, "decimal-overflow", "`total` and the bonuses are too large to add up");
  }
}

}  // namespace cepin::rubric::detail
