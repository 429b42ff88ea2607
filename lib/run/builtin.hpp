// The rubrics compiled into the binary: every YAML file under `rubrics/`.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace cepin::run {

// One embedded file: its path under rubrics/ and its bytes.
struct EmbeddedFile {
  std::string_view name;
  const char* data;
  std::size_t size;
};

// The built-in rubric files, sorted by name (generated at build time).
const std::vector<EmbeddedFile>& builtin_rubric_files();

}  // namespace cepin::run
