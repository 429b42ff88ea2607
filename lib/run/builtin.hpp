// The files compiled into the binary: the built-in rubrics (every YAML file
// under `rubrics/` but `rubrics/tests/`), their tests (`rubrics/tests/`) and
// the JSON Schemas (`schemas/`).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace cepin::run {

// One embedded file: its path under its folder and its bytes.
struct EmbeddedFile {
  std::string_view name;
  const char* data;
  std::size_t size;
};

// The built-in rubric files, sorted by name (generated at build time).
const std::vector<EmbeddedFile>& builtin_rubric_files();

// The built-in rubrics' test files, named `tests/…` under rubrics/, sorted.
const std::vector<EmbeddedFile>& builtin_test_files();

// The JSON Schemas, named `<name>.schema.json`, sorted.
const std::vector<EmbeddedFile>& builtin_schema_files();

}  // namespace cepin::run
