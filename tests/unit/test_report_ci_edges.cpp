// JUnit cases and GitHub annotations for the rarer outcomes: no rubric, no
// unit name, an ineligible unit without reasons, errors without a unit or a
// path, diagnostics and results without a line.
#include <doctest/doctest.h>

#include "report/ci.hpp"
#include "test_diag_support.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::junit") {
  TEST_CASE("a result without a rubric goes to the `cepin` suite, with two decimals") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::eligible_result(rubric);
    result.rubric.reset();
    result.unit.name.clear();
    result.grade.reset();
    result.score = fixture::dec("19.5");
    CHECK(junit_suite(result) == "cepin");
    JunitCase passed = junit_case(result);
    CHECK(passed.classname == "cepin");
    CHECK(passed.name == "150200");
    CHECK(passed.outcome == CaseOutcome::passed);
    CHECK(passed.system_out == "score 19.50 / 20.00, eligible\n");
  }

  TEST_CASE("an ineligible unit without a reason is no failure") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::ineligible_result(rubric);
    result.reasons.clear();
    result.warnings.clear();
    JunitCase testcase = junit_case(result);
    CHECK(testcase.outcome == CaseOutcome::passed);
    CHECK(testcase.type == "");
    CHECK(testcase.system_out == "score 5.50 / 20.00, ineligible\n");
  }

  TEST_CASE("an error without a unit is named by its source; a resolved rubric names the suite") {
    auto rubric = fixture::demo_rubric();
    scoring::ErrorResult error = fixture::error_result();
    error.unit.reset();
    error.rubric = rubric;
    error.errors = {test::diagnostic("units/bad.yaml", 0, 0, diag::Severity::error, "empty-file", "the file is empty")};
    CHECK(junit_suite(error) == "demo");
    JunitCase testcase = junit_case(error);
    CHECK(testcase.classname == "demo");
    CHECK(testcase.name == "units/bad.yaml");
    CHECK(testcase.outcome == CaseOutcome::error);
    CHECK(testcase.text == "units/bad.yaml: error: the file is empty [empty-file]\n");
  }
}

TEST_SUITE("report::ci") {
  TEST_CASE("github annotations: an error without a path takes the input's source") {
    scoring::ErrorResult error = fixture::error_result();
    error.errors = {test::diagnostic("", 0, 0, diag::Severity::error, "not-found", "no such file")};
    CHECK(github_annotations(error) == "::error file=units/bad.yaml,title=not-found::no such file\n");
  }

  TEST_CASE("github annotations: located warnings, then the ineligible notice on the result's line") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::ineligible_result(rubric);
    result.source = "units.csv";
    result.line = 4;
    result.reasons.resize(1);
    result.warnings.resize(1);
    CHECK(github_annotations(result) ==
          "::warning file=units.csv,line=12,col=5,title=missing-evidence::clause `1.1.2` needs 1 evidence item\n"
          "::notice file=units.csv,line=4,col=1,title=ineligible::150600 鄂尔多斯市 is ineligible: veto:incident\n");
    result.line = 0;
    result.warnings.clear();
    CHECK(github_annotations(result) ==
          "::notice file=units.csv,title=ineligible::150600 鄂尔多斯市 is ineligible: veto:incident\n");
  }

  TEST_CASE("located findings: only warnings with a position, with their hints") {
    auto rubric = fixture::demo_rubric();
    scoring::Result result = fixture::eligible_result(rubric);
    assessment::Warning unplaced;
    unplaced.kind = assessment::WarningKind::unanswered;
    unplaced.id = "2.1";
    assessment::Warning fraction;
    fraction.kind = assessment::WarningKind::value_looks_like_fraction;
    fraction.id = "2.1";
    fraction.text = "0.9";
    fraction.position = {3, 7};
    result.warnings = {unplaced, fraction};
    std::vector<diag::Diagnostic> found = located_findings(result);
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "units/b.yaml");
    CHECK(found[0].line == 3);
    CHECK(found[0].column == 7);
    CHECK(found[0].code == "value-looks-like-fraction");
    CHECK(found[0].hint == "if you meant a percentage, write `90%`");
    CHECK(located_findings(fixture::error_result()).size() == 3);
  }
}
