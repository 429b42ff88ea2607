// SARIF for diagnostics with several notes: a note in a built-in rubric has
// no location, the others are related locations numbered from 0; note
// severity, paths that need escaping, a line without a column.
#include <doctest/doctest.h>

#include <string>

#include "report/sarif.hpp"
#include "test_diag_support.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;

TEST_SUITE("report::sarif notes") {
  TEST_CASE("related locations skip built-in files and keep counting") {
    diag::Diagnostic d = test::diagnostic("./r 1.yaml", 4, 0, diag::Severity::note, "subtotal-mismatch", "sums to 5");
    d.notes = {test::diagnostic("builtin:neac.yaml", 9, 3, diag::Severity::note, "", "in the base"),
               test::diagnostic("./ext.yaml", 0, 0, diag::Severity::note, "", "extended here"),
               test::diagnostic("/abs/b#c.yaml", 2, 7, diag::Severity::note, "", "and here", "look")};
    SarifReport report;
    report.add(d);
    std::string sarif = report.render("0.2.0");
    CHECK(contains(sarif, R"J("level":"note","message":{"text":"sums to 5"},"locations":[{"physicalLocation":)J"
                          R"J({"artifactLocation":{"uri":"r%201.yaml","uriBaseId":"%SRCROOT%"},)J"
                          R"J("region":{"startLine":4,"startColumn":1}}}],)J"));
    CHECK(contains(sarif, R"J("relatedLocations":[{"id":0,"message":{"text":"extended here"},"physicalLocation":)J"
                          R"J({"artifactLocation":{"uri":"ext.yaml","uriBaseId":"%SRCROOT%"}}},)J"
                          R"J({"id":1,"message":{"text":"and here (hint: look)"},"physicalLocation":)J"
                          R"J({"artifactLocation":{"uri":"file:///abs/b%23c.yaml"},)J"
                          R"J("region":{"startLine":2,"startColumn":7}}}])J"));
    CHECK_FALSE(contains(sarif, "neac"));
  }
}
