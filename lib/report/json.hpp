// Results as JSON (SPEC §6): one compact object per result, decimals exact.
#pragma once

#include <string>
#include <vector>

#include "scoring/result.hpp"

namespace cepin::report {

// A scored unit as one compact `cepin/result/1` object, without a newline:
// every field of SPEC §6 in its order; a clause also has `note` when its
// response carried one.
std::string json_result(const scoring::Result& result);

// An unscored input as `{"schema","source","unit"?,"error","errors"}`, compact,
// without a newline. `unit` appears only when known; each diagnostic has
// path, line, column, severity, code, message (and hint when it has one).
std::string json_error(const scoring::ErrorResult& error);

// Either of the above.
std::string json_outcome(const scoring::Outcome& outcome);


}  // namespace cepin::report
