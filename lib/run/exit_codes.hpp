// cepin's exit codes (SPEC §5): the most severe wins.
#pragma once

#include <algorithm>

namespace cepin::run {

// Done, nothing gated.
constexpr int k_exit_ok = 0;
// Inputs were read but found wanting (validation errors, unscorable inputs,
// unknown rubric ids, or a verdict/warning gated by --fail-on).
constexpr int k_exit_findings = 1;
// Cannot run: bad usage, a missing named path, an unreadable -r/--rubrics, a
// write failure.
constexpr int k_exit_usage = 2;

// The more severe of two exit codes.
inline int worse(int a, int b) { return std::max(a, b); }

}  // namespace cepin::run
