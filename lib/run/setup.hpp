// Setting up the rubric catalog from the command line's rubric options, the
// same way for every command that scores or checks assessments.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "run/catalog.hpp"

namespace cepin::run {

// The rubric options of `score`, `validate`, `compare`, `trend` and `test`.
struct RubricOptions {
  std::optional<std::string> rubric_file;  // -r: a path, else a built-in id
  std::vector<std::string> rubric_dirs;    // --rubrics (repeatable)
};

// Whether the built-in rubrics are indexed when -r forces one rubric.
enum class Builtins { unless_forced, always };

// What setting up the catalog found.
struct CatalogSetup {
  std::vector<diag::Diagnostic> diagnostics;  // about -r and --rubrics, in that order
  bool usage = false;           // an unreadable -r or --rubrics, an unknown -r id: cannot run (exit 2)
  bool forced_invalid = false;  // an invalid -r rubric: its inputs become error results (exit 1)
};

// Fills `catalog` with the built-ins, the --rubrics folders and the -r rubric.
// `-r` takes a path when one exists, else a built-in id (`builtin:<id>` forces
// it), else it is bad usage with "did you mean".
CatalogSetup set_up_catalog(const RubricOptions& options, RubricCatalog& catalog,
                            Builtins builtins = Builtins::unless_forced);

}  // namespace cepin::run
