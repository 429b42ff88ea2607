// Whole-node and whole-rubric checks: full marks, caps, declared subtotals,
// `total`, `threshold` and grades.
#pragma once

#include <optional>
#include <vector>

#include "rubric/context.hpp"
#include "rubric/model.hpp"

namespace cepin::rubric::detail {

// Whether a node is a category (大类) or an item (项), for messages.
enum class NodeLevel { category, item };

// Sets `node.full_marks` to min(cap, Σ children — with `best: K`, of the K
// largest) and checks `best` (best-above-children), `cap`
// (cap-above-children), the declared `points` (subtotal-mismatch, at the
// `points` key) and `min` (floor-above-full-marks). `map` is the node's YAML
// map. Returns whether the full marks are known: false, reporting nothing
// more, when a child's are not (`children_known` false), and on
// best-above-children, cap-above-children or an overflow; true after a
// subtotal-mismatch (the computed full marks stand, so `total` and the
// parents are still checked against them).
bool settle_full_marks(Context& context, Node& node, const yaml::Node& map, NodeLevel level, bool children_known);

// Sets the hint of the note attached to the last diagnostic, when it has one
// (an error in a base, caused by the extending file): how to fix it there.
void hint_note(Context& context, std::string hint);

// Checks that `total` (whose key is at `total_at`) equals the sum of the
// categories' computed full marks, not their declared `points` (total-mismatch).
void check_total(Context& context, Decimal total, const std::vector<Node>& categories, diag::Position total_at);

// Checks `threshold ≤ total + bonus room`, where the bonus room is `bonus_cap`,
// else the sum of the bonus entries' caps (unbounded if one has none), else 0
// without bonus entries (threshold-too-high, at the `threshold` key).
void check_threshold(Context& context, Decimal threshold, Decimal total, std::optional<Decimal> bonus_cap,
                     const std::vector<Adjustment>& adjustments, diag::Position threshold_at);

}  // namespace cepin::rubric::detail
