#include "rubric/checks.hpp"

#include <fmt/format.h>

namespace cepin::rubric::detail {

namespace {

const char* level_word(NodeLevel level) { return level == NodeLevel::category ? "category" : "item"; }

}  // namespace

bool settle_full_marks(Context& context, Node& node, const yaml::Node& map, NodeLevel level, bool children_known) {
  if (!children_known) {
    return false;
  }
  Decimal sum;
  try {
    for (const Node& item : node.items) {
      sum += item.full_marks;
    }
    for (const Clause& clause : node.clauses) {
      sum += clause.points;
    }
  } catch (const util::DecimalOverflow&) {
    context.diagnostics.error(node.position, "decimal-overflow",
                              fmt::format("the points of {} {} are too large to add up", level_word(level), node.id));
    return false;
  }
  node.full_marks = sum;
  if (node.cap) {
    if (*node.cap > sum) {
      context.diagnostics.error(value_at(map, "cap", node.position), "cap-above-children",
                                fmt::format("the cap {} of {} {} is above the {} its {} sum to", node.cap->to_string(),
                                            level_word(level), node.id, sum.to_string(), node.items.empty() ? "clauses" : "items"),
                                "lower `cap`, or remove it if the node is not capped");
      return false;
    }
    node.full_marks = *node.cap;
  }
  if (node.declared_points && *node.declared_points != node.full_marks) {
    diag::Position at = key_at(map, "points", node.position);
    if (node.cap) {
      context.diagnostics.error(at, "subtotal-mismatch",
                                fmt::format("{} {} is capped at {}, but it declares {}", level_word(level), node.id,
                                            node.full_marks.to_string(), node.declared_points->to_string()));
    } else {
      std::string hint;
      if (sum > *node.declared_points) {
        hint = fmt::format("add `cap: {}` if the {} is capped", node.declared_points->to_string(), level_word(level));
      }
      context.diagnostics.error(at, "subtotal-mismatch",
                                fmt::format("the {} of {} sum to {}, but it declares {}",
                                            node.items.empty() ? "clauses" : "items", node.id, sum.to_string(),
                                            node.declared_points->to_string()),
                                hint);
    }
    // The full marks are computed from the children all the same: checks
    // above this node (a parent's `points`, `total`) go on with them.
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
    }
  } catch (const util::DecimalOverflow&) {
    context.diagnostics.error(threshold_at, "decimal-overflow", "`total` and the bonuses are too large to add up");
  }
}

}  // namespace cepin::rubric::detail
