// The gap plan (SPEC §2 "Gap plan"): which clauses, fixed greedily, would
// lift a unit's final score to the threshold.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scoring/result.hpp"
#include "scoring/score_tree.hpp"
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

// The gap plan (SPEC §2, §8) for a unit whose final score is
// `totals.final_score(tree.base_raw())`; `blocking` are the reason codes
// points cannot fix. Made when the threshold or a floor fails: first each
// unmet floor in pre-order is repaired with the clauses under its node that
// raise it most, then the clause with the largest recoverable (ties in rubric
// order) is picked until the threshold is met. Where no single clause helps,
// all clauses of one uncounted best-k child are picked together. Floors still
// unmet go to `blocking` as `below-floor:<id>`.
Gap plan_gap(ScoreTree tree, const Totals& totals, Decimal threshold,
             std::vector<std::string> blocking);

}  // namespace cepin::scoring
