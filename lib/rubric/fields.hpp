// Fields shared by clauses, adjustments and prerequisites: evidence
// requirements and assessment methods.
#pragma once

#include <optional>
#include <vector>

#include "rubric/context.hpp"
#include "rubric/model.hpp"

namespace cepin::rubric::detail {

// Reads `evidence`: `required`, a whole number N, or `{min: N, kinds: [pdf, …]}`.
// Absent: nothing needed. Null when the value was reported (bad-value, wrong-type).
std::optional<EvidenceRequirement> read_evidence(yaml::MapReader& reader, Context& context);

// The method named by an English word or a Chinese synonym, or null.
std::optional<Method> parse_method(std::string_view word);

// Reads `methods`: a list of method names (bad-value with "did you mean" for
// an unknown one). Absent: an empty list.
std::vector<Method> read_methods(yaml::MapReader& reader, Context& context);

}  // namespace cepin::rubric::detail
