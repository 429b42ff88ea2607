// Scoring one answered clause by its rule (SPEC §2 "Scoring rules"): one
// exact fraction of millionths, rounded once to the rubric's precision.
#pragma once

#include <string>

#include "assessment/model.hpp"
#include "rubric/model.hpp"
#include "util/decimal.hpp"

namespace cepin::scoring {

// A clause's rounded score and its `why` (SPEC §6 grammar, e.g. "check: met → 3").
struct RuleOutcome {
  util::Decimal score;
  std::string why;
};

// Scores an answered `response` to `clause` at the precision step `precision`.
// Beyond SPEC §6's examples, `why` reads: `tiers: 3 ≤ 5 → 2` and
// `tiers: 12 above every tier → 0` for max tiers; `shortfall: 92 ≥ 90 → 4` at
// or above the target; `… 0 whole steps …` / `2 whole steps`; and
// `deduct: 10 × 0.5 deducted, floored → 0` when the floor applies.
// A label the rule does not know (a loader matter) scores 0. Throws
// util::DecimalOverflow only for absurd constants.
RuleOutcome evaluate_rule(const rubric::Clause& clause, const assessment::Response& response,
                          util::Decimal precision);

}  // namespace cepin::scoring
