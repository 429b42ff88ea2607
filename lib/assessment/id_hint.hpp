// Hints for an unknown clause, adjustment or prerequisite id in an assessment.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cepin::assessment {

// The known id that `id` becomes when the trailing zeros a spreadsheet or a
// YAML number drops are put back (`1.1` → `1.10`), or nothing.
std::optional<std::string> trailing_zero_match(std::string_view id,
                                               const std::vector<std::string>& known);

// A hint for an unknown id: the dropped-trailing-zero explanation when that
// fits, else "did you mean" among `known` (by edit distance, then the first
// id below it: `1.1` → `1.1.1`), else "". Ids in `answered` (the ones the
// input already answers) are suggested only when no other id fits.
std::string unknown_id_hint(std::string_view id, const std::vector<std::string>& known,
                            const std::set<std::string>& answered = {});

}  // namespace cepin::assessment
