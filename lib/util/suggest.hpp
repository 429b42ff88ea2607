// "Did you mean …": the closest known name by edit distance.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cepin::util {

// The edit distance between two texts, counted in code points: insertions,
// deletions, substitutions and swaps of two neighbours each count one.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is close enough to be a likely typo
// (distance ≤ max(1, length/3)); ties go to the earlier candidate.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// "did you mean `x`?" for the closest match, or "" when there is none.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace cepin::util
