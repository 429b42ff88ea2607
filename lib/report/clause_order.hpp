// The order in which reports list the clause results of a category.
#pragma once

#include <vector>

#include "scoring/result.hpp"

namespace cepin::report {

// The clause results under `node` in report order: those of its items first
// (depth first, in rubric order), then its own. Pointers into `node`.
std::vector<const scoring::ClauseResult*> clauses_in_order(const scoring::NodeResult& node);

}  // namespace cepin::report
