// How reports name units and rubrics in plain text (HTML escapes it, a
// Markdown code block shows it as it is).
#pragma once

#include <optional>
#include <string>

#include "scoring/result.hpp"

namespace cepin::report {

// "鄂尔多斯市 (150600)": the unit's name and id, the name or id alone when the
// other is missing, the source when the unit has neither.
std::string unit_title(const std::optional<assessment::Unit>& unit, const std::string& source);

// "Title (id)".
std::string rubric_title(const rubric::Rubric& rubric);

}  // namespace cepin::report
