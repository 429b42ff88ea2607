// `cepin validate` reports with a skipped input, warnings beside errors and
// a clean file with warnings, in text (with and without diagnostics) and JUnit.
#include <doctest/doctest.h>

#include <string>

#include "report/validation.hpp"
#include "test_diag_support.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;

namespace {

Validation validation_with_skip() {
  Validation v;
  CheckedFile skipped;
  skipped.path = "notes.txt";
  skipped.kind = CheckedKind::skipped;
  skipped.diagnostics = {test::diagnostic("notes.txt", 0, 0, diag::Severity::warning, "skipped-file",
                                          "not a YAML or CSV file")};
  CheckedFile broken;
  broken.path = "r.yaml";
  broken.diagnostics = {test::diagnostic("r.yaml", 2, 1, diag::Severity::warning, "w1", "first warning"),
                        test::diagnostic("r.yaml", 3, 1, diag::Severity::error, "e1", "first error"),
                        test::diagnostic("r.yaml", 4, 1, diag::Severity::error, "e2", "second error")};
  CheckedFile warned;
  warned.path = "a.yaml";
  warned.kind = CheckedKind::assessment;
  warned.summary = "assessment of 150600";
  warned.diagnostics = {test::diagnostic("a.yaml", 5, 2, diag::Severity::warning, "w2", "a & warning")};
  v.files = {skipped, broken, warned};
  return v;
}

}  // namespace

TEST_SUITE("report::validation") {
  TEST_CASE("text: a skipped input has no status line but its diagnostic is shown") {
    CHECK(render_validation(validation_with_skip(), Format::text, WithDiagnostics::no, "1.0") ==
          "r.yaml: 2 errors, 1 warning\n"
          "a.yaml: ok with 1 warning (assessment of 150600)\n"
          "3 files checked, 1 with errors\n");
    CHECK(render_validation(validation_with_skip(), Format::text, WithDiagnostics::yes, "1.0") ==
          "notes.txt: warning: not a YAML or CSV file [skipped-file]\n"
          "r.yaml:2:1: warning: first warning [w1]\n"
          "r.yaml:3:1: error: first error [e1]\n"
          "r.yaml:4:1: error: second error [e2]\n"
          "a.yaml:5:2: warning: a & warning [w2]\n"
          "r.yaml: 2 errors, 1 warning\n"
          "a.yaml: ok with 1 warning (assessment of 150600)\n"
          "3 files checked, 1 with errors\n");
  }

  TEST_CASE("JUnit: no case for a skipped input; the first error is the failure; warnings go to system-out") {
    std::string xml = render_validation(validation_with_skip(), Format::junit, WithDiagnostics::no, "1.0");
    CHECK_FALSE(contains(xml, "notes.txt"));
    CHECK(contains(xml, "<failure message=\"first error\" type=\"e1\">r.yaml:3:1: error: first error [e1]\n"
                        "r.yaml:4:1: error: second error [e2]\n</failure>"));
    CHECK(contains(xml, "<system-out>r.yaml:2:1: warning: first warning [w1]\n</system-out>"));
    CHECK(contains(xml, "<system-out>assessment of 150600\na.yaml:5:2: warning: a &amp; warning [w2]\n"
                        "</system-out>"));
  }
}
