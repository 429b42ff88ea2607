// `cepin test` reports for runs the shipped tests never make: cases that
// could not run, an invalid test file, the diagnostics in a text report.
#include <doctest/doctest.h>

#include <string>

#include "report/test_report.hpp"
#include "rubrictest/check.hpp"
#include "test_diag_support.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;

namespace {

CaseReport case_of(const char* name, CaseStatus status, const char* code = "", const char* message = "") {
  CaseReport c;
  c.name = name;
  c.rubric = "demo";
  c.status = status;
  c.summary = status == CaseStatus::error ? "" : "90.00 of 100, eligible";
  if (status != CaseStatus::passed) {
    c.diagnostics.push_back(test::diagnostic("t.yaml", 3, 5, diag::Severity::error, code, message));
  }
  return c;
}

// One file whose cases could not run, one with a failure and an error, one invalid file.
TestRun run_with_trouble() {
  TestRun run;
  TestFileReport missing;
  missing.path = "missing.yaml";
  missing.cases = {case_of("a", CaseStatus::error, "rubric-not-found", "no rubric `x`"),
                   case_of("b", CaseStatus::passed)};
  TestFileReport mixed;
  mixed.path = "mixed.yaml";
  mixed.cases = {case_of("c", CaseStatus::failed, "test-failed", "score is 90, expected 91"),
                 case_of("d", CaseStatus::error, "file-not-found", "cannot read `u.yaml`")};
  TestFileReport invalid;
  invalid.path = "bad.yaml";
  invalid.diagnostics = {test::diagnostic("bad.yaml", 1, 1, diag::Severity::warning, "w", "a warning"),
                         test::diagnostic("bad.yaml", 2, 3, diag::Severity::error, "yaml-syntax", "bad <yaml>")};
  run.files = {missing, mixed, invalid};
  return run;
}

}  // namespace

TEST_SUITE("report::test_report") {
  TEST_CASE("text: cases that could not run, counted per file and in all") {
    CHECK(render_tests(run_with_trouble(), Format::text, WithDiagnostics::no) ==
          "missing.yaml: 1 of 2 cases could not run\n"
          "mixed.yaml: 1 of 2 cases failed, 1 could not run\n"
          "bad.yaml: invalid (1 error)\n"
          "4 cases in 3 test files: 1 passed, 1 failed, 2 could not run, 1 file invalid\n");
  }

  TEST_CASE("text with diagnostics: every diagnostic first, in order") {
    std::string text = render_tests(run_with_trouble(), Format::text, WithDiagnostics::yes);
    CHECK(text.rfind("t.yaml:3:5: error: no rubric `x` [rubric-not-found]\n"
                     "t.yaml:3:5: error: score is 90, expected 91 [test-failed]\n"
                     "t.yaml:3:5: error: cannot read `u.yaml` [file-not-found]\n"
                     "bad.yaml:1:1: warning: a warning [w]\n"
                     "bad.yaml:2:3: error: bad <yaml> [yaml-syntax]\n"
                     "missing.yaml: 1 of 2 cases could not run\n",
                     0) == 0);
  }

  TEST_CASE("JUnit: an invalid file is one failing case named by its path, with its first error") {
    std::string xml = render_tests(run_with_trouble(), Format::junit, WithDiagnostics::no);
    CHECK(contains(xml, "<testcase classname=\"cepin\" name=\"bad.yaml\" file=\"bad.yaml\">\n"
                        "      <failure message=\"bad &lt;yaml&gt;\" type=\"yaml-syntax\">"
                        "bad.yaml:1:1: warning: a warning [w]\n"
                        "bad.yaml:2:3: error: bad &lt;yaml&gt; [yaml-syntax]\n</failure>"));
    CHECK(contains(xml, "<error message=\"cannot read `u.yaml`\" type=\"file-not-found\">"));
    CHECK(contains(xml, "<testcase classname=\"demo\" name=\"a\" file=\"missing.yaml\">\n"
                        "      <error message=\"no rubric `x`\" type=\"rubric-not-found\">"));
  }

  TEST_CASE("JSON: each kind of expected and actual value, an id only where the key names one") {
    using rubrictest::Field;
    using rubrictest::Value;
    CaseReport c = case_of("e", CaseStatus::failed, "test-failed", "grade");
    c.assessment = "u.yaml";
    c.at = {4, 3};
    auto failure = [](Field field, const char* id, Value expected, Value actual) {
      rubrictest::Failure f;
      f.expectation.field = field;
      f.expectation.id = id;
      f.expectation.at = {5, 7};
      f.expectation.expected = std::move(expected);
      f.actual = std::move(actual);
      f.message = "differs";
      return f;
    };
    c.failures = {failure(Field::grade, "", Value::of_text("优秀"), Value::null()),
                  failure(Field::clause, "1.1", Value::of(*util::parse_decimal("2.5").value),
                          Value::of(*util::parse_decimal("3").value)),
                  failure(Field::gap_reachable, "", Value::of(true), Value::of(false)),
                  failure(Field::reasons, "", Value::of_codes({"veto:x", "below-threshold"}), Value::of_codes({}))};
    TestRun run;
    TestFileReport file;
    file.path = "t.yaml";
    file.cases = {c};
    run.files = {file};
    std::string json = render_tests(run, Format::json, WithDiagnostics::no);
    CHECK(contains(json, R"J({"name":"e","line":4,"column":3,"rubric":"demo","assessment":"u.yaml","status":"failed",)J"
                         R"J("summary":"90.00 of 100, eligible","failures":[)J"
                         R"J({"key":"grade","line":5,"column":7,"message":"differs","expected":"优秀","actual":null},)J"
                         R"J({"key":"clauses","id":"1.1","line":5,"column":7,"message":"differs","expected":2.5,)J"
                         R"J("actual":3},)J"
                         R"J({"key":"gap.reachable","line":5,"column":7,"message":"differs","expected":true,)J"
                         R"J("actual":false},)J"
                         R"J({"key":"reasons","line":5,"column":7,"message":"differs",)J"
                         R"J("expected":["veto:x","below-threshold"],"actual":[]}],)J"));
    CHECK(contains(json, R"J("summary":{"files":1,"invalid_files":0,"cases":1,"passed":0,"failed":1,"errors":0})J"));
  }
}
