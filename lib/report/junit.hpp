// JUnit XML reports (SPEC §11), read by CI systems: suites of test cases,
// each passed, failed or in error, with their counts.
#pragma once

#include <string>
#include <vector>

namespace cepin::report {

// How a test case ended.
enum class CaseOutcome { passed, failure, error };

// One `<testcase>`.
struct JunitCase {
  std::string classname;
  std::string name;
  std::string file;
  CaseOutcome outcome = CaseOutcome::passed;
  std::string message;     // failure/error: the attribute
  std::string type;        // failure/error: the first code
  std::string text;        // failure/error: the element's text (reasons, diagnostics)
  std::string system_out;  // score, grade, warnings …; may be empty
};

// A JUnit document built case by case; suites keep the order in which they
// first appear. Text is escaped for XML (util::xml_escape).
class JunitReport {
 public:
  // Adds a case to the suite named `suite` (created on first use).
  void add(const std::string& suite, JunitCase testcase);
  // The whole document, `<?xml …?>` first, ending with a newline; the suite
  // named `last` (if any) comes after the others. An empty report is
  // `<testsuites … tests="0" …>` with no suite.
  std::string render(const std::string& last = "") const;

 private:
  struct Suite {
    std::string name;
    std::vector<JunitCase> cases;
  };
  std::vector<Suite> m_suites;
};

}  // namespace cepin::report
