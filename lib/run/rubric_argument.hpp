// The RUBRIC argument of `show` and `template`: a path or a built-in id.
#pragma once

#include <string>

#include "run/catalog.hpp"

namespace cepin::run {

// An existing path wins over a built-in id; `builtin:<id>` forces the
// built-in. The lookup says whether it was found, invalid (with the rubric's
// diagnostics) or unknown (with a diagnostic naming close ids); an unreadable
// path is `invalid` with a `rubric-unreadable` diagnostic and sets `unreadable`.
struct RubricArgument {
  Lookup lookup;
  bool unreadable = false;
};
RubricArgument load_rubric_argument(const std::string& argument);

// Loads and validates the rubric file at `path` (for -r): found, invalid
// (with its diagnostics), or unreadable (a rubric-unreadable diagnostic).
// Its bases are found as `options` say.
RubricArgument load_rubric_file(const std::string& path, const rubric::LoadOptions& options);

}  // namespace cepin::run
