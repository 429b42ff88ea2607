// Reading a clause's scoring rule (SPEC §2, "Scoring rules") and checking its
// parameters against the clause's points.
#pragma once

#include <optional>
#include <string>

#include "rubric/context.hpp"
#include "rubric/model.hpp"

namespace cepin::rubric::detail {

// Reads the required `rule` of a clause: a word (`check`, `manual`) or a map
// with `type` and the type's parameters. `points` is the clause's points when
// they were read (the checks against them are skipped otherwise); `clause_id`
// names the clause in messages. Null when anything was reported.
std::optional<Rule> read_rule(yaml::MapReader& clause, Context& context, std::optional<Decimal> points,
                              const std::string& clause_id);

}  // namespace cepin::rubric::detail
