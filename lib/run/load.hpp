// Stage one of every run: from an input to an assessment and its rubric, or
// to the diagnostics that say why not. One loader per input kind: a YAML file
// (or standard input), a unit of a CSV sheet. `score`, `validate`, `compare`,
// `trend` and `test` all load through here.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "assessment/model.hpp"
#include "diag/diagnostic.hpp"
#include "rubric/model.hpp"
#include "run/catalog.hpp"
#include "run/csv_input.hpp"
#include "run/inputs.hpp"
#include "yaml/input.hpp"

namespace cepin::run {

// How inputs are read (from the command line).
struct LoadOptions {
  std::optional<std::string> evidence_root;  // --evidence-root: overrides every input's root
  CsvSettings csv;                           // --encoding, --ignore-unknown-columns
};

// One loaded input.
struct Loaded {
  enum class Status { ready, failed, skipped } status = Status::failed;
  std::string source;                            // as results name it
  int line = 0;                                  // a CSV unit's first row
  std::optional<assessment::Assessment> assessment;  // ready
  std::shared_ptr<const rubric::Rubric> rubric;  // ready; failed, when the rubric was found
  std::optional<assessment::Unit> unit;          // failed: when readable
  // Everything to show on stderr, sorted: errors, the loader's warnings
  // (worded from their data), notes.
  std::vector<diag::Diagnostic> diagnostics;
  bool usage = false;  // a path named on the command line that cannot be read (exit 2)
};

// A YAML assessment from its bytes: parsed, its rubric found through the
// catalog, loaded and checked (evidence_root may not leave the file's folder,
// even through a symlink). A rubric found in a folder is skipped with a note.
Loaded load_yaml(const Input& input, std::string bytes, RubricCatalog& catalog, const LoadOptions& options);

// The same from a YAML input already parsed (validate parses every file first).
Loaded load_yaml_assessment(const yaml::Input& parsed, const std::string& source, RubricCatalog& catalog,
                            const LoadOptions& options);

// Unit `index` of an opened CSV input.
Loaded load_csv_unit(const CsvInput& opened, std::size_t index, const LoadOptions& options);

// An input that failed before it could be loaded (a missing path, an
// unreadable or too large file, a whole CSV file in error).
Loaded failed_input(std::string source, std::vector<diag::Diagnostic> errors, bool usage);

}  // namespace cepin::run
