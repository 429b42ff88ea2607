// A scored result as CI systems see it: a JUnit test case, SARIF results,
// GitHub annotations (SPEC §11). Messages are English, as in JSON.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "report/junit.hpp"
#include "scoring/result.hpp"

namespace cepin::report {

// The JUnit suite of results whose rubric is not known; it comes last.
inline const char* const k_unknown_rubric_suite = "cepin";

// The JUnit suite a result belongs to: its rubric's id, else "cepin".
std::string junit_suite(const scoring::Outcome& outcome);

// A result as a test case: an ineligible unit fails with its reasons, an
// unscorable input is an error with its diagnostics; score, grade and
// warnings go to system-out.
JunitCase junit_case(const scoring::Outcome& outcome);

// What SARIF and GitHub report of a result: an unscorable input's diagnostics,
// a scored unit's located warnings (at its source), in order.
std::vector<diag::Diagnostic> located_findings(const scoring::Outcome& outcome);

// GitHub annotations of a result: one `::error` per unscorable input (its
// first error), one `::warning` per located warning, one `::notice` per
// ineligible unit naming its reasons.
std::string github_annotations(const scoring::Outcome& outcome);

}  // namespace cepin::report
