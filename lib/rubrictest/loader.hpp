// Reading a rubric test file (SPEC §12), all problems of a file at once, each
// located. Codes, besides those of yaml::MapReader (missing-key, unknown-key,
// wrong-type, bad-decimal):
//   unknown-schema   `schema` is not cepin/test/1 (another cepin file gets its own hint)
//   bad-value        a verdict, reason or warning code, or period that cannot be;
//                    an empty `cases` list
//   duplicate-case   two cases of one file share a name
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "diag/diagnostic.hpp"
#include "rubrictest/model.hpp"
#include "yaml/input.hpp"

namespace cepin::rubrictest {

// A loaded test file, or why not (`file` empty on any error).
struct LoadResult {
  std::optional<TestFile> file;
  std::vector<diag::Diagnostic> diagnostics;  // sorted
};

// Reads and checks a parsed YAML input as a test file. Only the file's shape
// is checked here: rubrics and assessments are found when the cases run.
LoadResult load(std::shared_ptr<const yaml::Input> input);

// The names `expect` takes, in the order the README lists them.
const std::vector<std::string>& expect_keys();

}  // namespace cepin::rubrictest
