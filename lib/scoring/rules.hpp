// Scoring one answered clause by its rule (SPEC §2 "Scoring rules"): one
// exact fraction of millionths, rounded once to the rubric's precision.
#pragma once

#include <string>

#include "assessment/model.hpp"
#include "rubric/model.hpp"
#include "scoring/why.hpp"
#include "util/decimal.hpp"

namespace cepin::scoring {

// A clause's rounded score and why it scored that (worded by lib/report/why.hpp).
struct RuleOutcome {
  util::Decimal score;
  Why why;
};

// Scores an answered `response` to `clause` at the precision step `precision`.
// A label the rule does not know (a loader matter) scores 0. Throws
// util::DecimalOverflow only for absurd constants.
RuleOutcome evaluate_rule(const rubric::Clause& clause, const assessment::Response& response,
                          util::Decimal precision);

}  // namespace cepin::scoring
