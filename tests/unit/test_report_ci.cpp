#include <doctest/doctest.h>

#include "report/ci.hpp"
#include "report/junit.hpp"
#include "report/sarif.hpp"
#include "test_diag_support.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::junit") {
  TEST_CASE("an empty report still has its root") {
    CHECK(JunitReport().render() ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cepin\" tests=\"0\" failures=\"0\" "
          "errors=\"0\">\n</testsuites>\n");
  }
  TEST_CASE("suites in order of first appearance, the named one last, text escaped") {
    JunitReport report;
    JunitCase failed;
    failed.classname = "demo";
    failed.name = "u1 <script>\x1b";
    failed.file = "a&b.yaml";
    failed.outcome = CaseOutcome::failure;
    failed.message = "too low";
    failed.type = "below-threshold";
    failed.text = "below-threshold: too low\n";
    report.add("cepin", JunitCase{});
    report.add("demo", failed);
    report.add("demo", JunitCase{"demo", "u2", "b.yaml", CaseOutcome::passed, "", "", "", "score 9"});
    CHECK(report.render("cepin") ==
          R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="cepin" tests="3" failures="1" errors="0">
  <testsuite name="demo" tests="2" failures="1" errors="0">
    <testcase classname="demo" name="u1 &lt;script&gt;\u{1b}" file="a&amp;b.yaml">
      <failure message="too low" type="below-threshold">below-threshold: too low
</failure>
    </testcase>
    <testcase classname="demo" name="u2" file="b.yaml">
      <system-out>score 9</system-out>
    </testcase>
  </testsuite>
  <testsuite name="cepin" tests="1" failures="0" errors="0">
    <testcase classname="" name="" file=""/>
  </testsuite>
</testsuites>
)");
  }
  TEST_CASE("a result as a test case") {
    auto rubric = fixture::demo_rubric();
    JunitCase failed = junit_case(fixture::ineligible_result(rubric));
    CHECK(failed.classname == "demo");
    CHECK(failed.name == "150600 鄂尔多斯市");
    CHECK(failed.outcome == CaseOutcome::failure);
    CHECK(failed.type == "veto:incident");
    CHECK(failed.message == "veto event `incident` occurred");
    CHECK(failed.text ==
          "veto:incident: veto event `incident` occurred\nprerequisite:provincial-title: prerequisite "
          "`provincial-title` is not met\nbelow-threshold: the score 5.5 is below the threshold 18\n");
    CHECK(failed.system_out.rfind("score 5.50 / 20.00, ineligible\nwarning missing-evidence: clause `1.1.2`", 0) == 0);
    JunitCase error = junit_case(fixture::error_result());
    CHECK(error.classname == "cepin");
    CHECK(error.outcome == CaseOutcome::error);
    CHECK(error.type == "bad-decimal");
    CHECK(error.text ==
          "units/bad.yaml:2:1: warning: unit kind mismatch [unit-kind]\nunits/bad.yaml:7:12: error: `1e2` is not a "
          "decimal [bad-decimal]\nunits/bad.yaml:9:3: error: unknown clause `9.9` [unknown-id]\n");
  }
}

TEST_SUITE("report::sarif") {
  TEST_CASE("uris") {
    CHECK(uri_escape("examples/鄂尔多斯 a.yaml") == "examples/%E9%84%82%E5%B0%94%E5%A4%9A%E6%96%AF%20a.yaml");
  }
  TEST_CASE("a result with a related location; stdin and built-ins have none") {
    SarifReport report;
    diag::Diagnostic error = test::diagnostic("builtin:demo", 12, 9, diag::Severity::error, "subtotal-mismatch", "sums to 5");
    error.notes.push_back(test::diagnostic("ext.yaml", 3, 5, diag::Severity::note, "extends-cause", "changed here"));
    report.add(error);
    report.add(test::diagnostic("/abs/x.yaml", 0, 0, diag::Severity::warning, "unit-kind", "kind", "fix it"));
    CHECK(report.render("0.2.0") ==
          R"EOS({"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"cepin","version":"0.2.0","rules":[{"id":"subtotal-mismatch","shortDescription":{"text":"A declared subtotal does not add up."},"help":{"text":"Fix `points`, or the children's points."}},{"id":"unit-kind","shortDescription":{"text":"The unit's kind is not one the rubric applies to."},"help":{"text":"Check the unit kind."}}]}},"columnKind":"unicodeCodePoints","results":[{"ruleId":"subtotal-mismatch","ruleIndex":0,"level":"error","message":{"text":"sums to 5"},"locations":[],"relatedLocations":[{"id":0,"message":{"text":"changed here"},"physicalLocation":{"artifactLocation":{"uri":"ext.yaml","uriBaseId":"%SRCROOT%"},"region":{"startLine":3,"startColumn":5}}}]},{"ruleId":"unit-kind","ruleIndex":1,"level":"warning","message":{"text":"kind (hint: fix it)"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"file:///abs/x.yaml"}}}]}]}]}
)EOS");
  }
}
