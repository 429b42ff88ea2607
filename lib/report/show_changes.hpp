// What a tailored rubric changes against its base (SPEC §7), for the end of
// `cepin show --format md`.
#pragma once

#include <string>
#include <vector>

#include "report/labels.hpp"
#include "rubric/model.hpp"

namespace cepin::report {

// The Markdown blocks of the changes against the nearest base: a heading,
// `total` and `threshold` when they differ, then a table of the ids added,
// changed and removed (in that rubric's order, the removed ones last), each
// with old and new points. Nothing for a rubric that extends none.
std::vector<std::string> changes_markdown(const rubric::Rubric& rubric, Lang lang);

}  // namespace cepin::report
