// Running one rubric test case: its rubric found (test_rubrics.hpp), its
// assessment loaded and scored through the same stages as `cepin score`
// (load.hpp, plan.hpp), and what it expects checked (rubrictest/check.hpp).
#pragma once

#include "report/test_report.hpp"
#include "rubrictest/model.hpp"
#include "run/load.hpp"
#include "run/test_rubrics.hpp"

namespace cepin::run {

// Runs `test_case` of `file`. Never throws for bad input: a rubric or an
// assessment that cannot be found or read makes the case an error, located
// at the key that names it; a failed expectation is a `test-failed`
// diagnostic at its key.
report::CaseReport run_case(const rubrictest::TestFile& file, const rubrictest::TestCase& test_case,
                            TestOrigin origin, CaseRubrics& rubrics, const LoadOptions& options);

}  // namespace cepin::run
