// An assessment written inline in a test case, read by the assessment loader
// as if it were a file of its own.
#pragma once

#include <string>

#include "rubrictest/model.hpp"
#include "yaml/input.hpp"

namespace cepin::rubrictest {

// The map `assessment` of a case of `file` as a YAML input: its own keys,
// with `schema: cepin/assessment/1` and `rubric: <rubric_id>` added when it
// leaves them out. Positions (and so diagnostics) point into the test file,
// which must outlive the result: the map's nodes are shared, not copied.
yaml::Input inline_assessment(const TestFile& file, const yaml::Node& assessment, const std::string& rubric_id);

}  // namespace cepin::rubrictest
