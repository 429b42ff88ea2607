// Rubric test files: each value `expect` takes, the hints of misspelt keys, and files missing their parts.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "rubrictest/loader.hpp"

using namespace cepin;
using rubrictest::Field;
using rubrictest::Value;

namespace {

rubrictest::LoadResult load(const std::string& text) {
  return rubrictest::load(std::make_shared<yaml::Input>(yaml::parse_input("t.yaml", text)));
}

// Every diagnostic as "line:column code message | hint".
std::string problems(const rubrictest::LoadResult& result) {
  std::string out;
  for (const diag::Diagnostic& d : result.diagnostics) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message +
           (d.hint.empty() ? "" : " | " + d.hint) + "\n";
  }
  return out;
}

// "field id=text@line:column" of each expectation of a case.
std::string expectations(const rubrictest::TestCase& test_case) {
  std::string out;
  for (const rubrictest::Expectation& e : test_case.expectations) {
    out += std::to_string(static_cast<int>(e.field)) + " " + e.id + "=" + e.expected.to_text() + "@" +
           std::to_string(e.at.line) + ":" + std::to_string(e.at.column) + "\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("rubrictest::loader values") {
  TEST_CASE("every kind of expectation reads, in file order") {
    rubrictest::LoadResult result = load(R"(schema: cepin/test/1
rubric: r
cases:
  - name: all
    assessment: a.yaml
    expect:
      base: 80
      base_raw: 79.5
      bonus: 2
      penalty: null
      verdict: null
      period: 2025-H1
      reasons: [below-threshold, veto:a, prerequisite:b, below-floor:c]
      warnings: null
      categories: {"1": 10, "2": null}
      gap: {needed: 1.5, reachable: false}
      error: null
  - name: gap needed null
    assessment: a.yaml
    expect: {gap: {needed: null}, period: ~}
)");
    CHECK(problems(result) == "");
    REQUIRE(result.file.has_value());
    REQUIRE(result.file->cases.size() == 2);
    CHECK(expectations(result.file->cases[0]) ==
          "1 =80@7:7\n2 =79.5@8:7\n3 =2@9:7\n4 =null@10:7\n5 =null@11:7\n7 =2025-H1@12:7\n"
          "8 =[below-threshold, veto:a, prerequisite:b, below-floor:c]@13:7\n9 =null@14:7\n11 1=10@15:20\n"
          "11 2=null@15:29\n13 =1.5@16:13\n12 =false@16:26\n14 =null@17:7\n");
    CHECK(expectations(result.file->cases[1]) == "13 =null@20:20\n7 =null@20:35\n");
  }

  TEST_CASE("misspelt values and keys get a near name or the list of names") {
    CHECK(problems(load(R"(schema: cepin/test/1
rubric: r
cases:
  - name: a
    assessment: a.yaml
    expect:
      verdict: eligable
      warnings: [zzz-nothing]
      reasons: ["veto:", "prerequisite:", below-floor]
      error: [x]
      frobnicate: 1
      gap: {reachabel: true, zzz: 1, needed: [1]}
      clauses: {"1.1": abc}
  - name: ""
    assessment: a.yaml
    expect: {score: 1}
  - name: ""
    assessment: a.yaml
    expect: {score: 1}
colour: red
)")) == "7:16 bad-value `verdict` must be eligible or ineligible, not `eligable` | did you mean `eligible`?\n"
           "8:18 bad-value `zzz-nothing` is not a warning code | see the README's list of warning codes\n"
           "9:17 bad-value `veto:` is not a reason code | reason codes are veto:<id>, prerequisite:<id>, "
           "below-floor:<id> and below-threshold\n"
           "9:26 bad-value `prerequisite:` is not a reason code | reason codes are veto:<id>, prerequisite:<id>, "
           "below-floor:<id> and below-threshold\n"
           "9:43 bad-value `below-floor` is not a reason code | reason codes are veto:<id>, prerequisite:<id>, "
           "below-floor:<id> and below-threshold\n"
           "10:14 wrong-type `error` must be a text, not a list\n"
           "11:7 unknown-key unknown key `frobnicate` in `expect` | `expect` takes score, base, base_raw, bonus, "
           "penalty, verdict, grade, period, reasons, warnings, clauses, categories, gap, error\n"
           "12:13 unknown-key unknown key `reachabel` in `gap` | did you mean `reachable`?\n"
           "12:30 unknown-key unknown key `zzz` in `gap` | `gap` takes reachable, needed\n"
           "12:46 wrong-type `needed` must be a number, not a list\n"
           "13:24 bad-decimal `abc` is not a decimal | a decimal looks like 90, 2.5 or -0.25\n"
           "20:1 unknown-key unknown key `colour` in the test file | a test file takes schema, rubric, cases\n");
  }

  TEST_CASE("a file or case missing its parts") {
    CHECK(problems(load("rubric: r\n")) ==
          "1:1 missing-key the test file has no `schema` | add `schema:`\n"
          "1:1 missing-key the test file has no `cases` | add `cases:`\n");
    CHECK(problems(load("schema: something/else\ncases: []\n")) ==
          "1:9 unknown-schema `something/else` is not a test file schema | a test file starts with `schema: "
          "cepin/test/1`\n");
    CHECK(problems(load("schema: cepin/test/1\nrubric: ~\ncases:\n  - name: a\n    rubric: ~\n  - {rubric: [x]}\n")) ==
          "4:5 missing-key case \"a\" names no rubric | add `rubric: <id or file>` to the case, or once at the top "
          "of the file\n"
          "4:5 missing-key a test case has no `assessment` | add `assessment:`\n"
          "4:5 missing-key a test case has no `expect` | add `expect:`\n"
          "6:6 missing-key a test case has no `name` | add `name:`\n"
          "6:6 missing-key a test case has no `assessment` | add `assessment:`\n"
          "6:6 missing-key a test case has no `expect` | add `expect:`\n"
          "6:14 wrong-type `rubric` must be a text, not a list\n");
    CHECK(problems(load("~\n")) ==
          "1:1 wrong-type a test file must be a map, not nothing | start with `schema: cepin/test/1`\n");
    CHECK(problems(load("")) == "1:1 empty-file the file is empty | start with `schema:`\n");
    rubrictest::LoadResult broken = load("schema: cepin/test/1\ncases: [{name: a\n");
    CHECK(problems(broken) == "2:9 yaml-syntax this `{` is never closed | add the missing `}`\n");
    CHECK_FALSE(broken.file.has_value());
  }

  TEST_CASE("an inline assessment with a merge key is refused for the key alone, not for a missing unit") {
    rubrictest::LoadResult result = load(R"(schema: cepin/test/1
rubric: r
cases:
  - name: a
    assessment: &base {unit: {id: u}}
    expect: {score: 1}
  - name: b
    assessment: {<<: *base, responses: {}}
    expect: {score: 2}
)");
    CHECK(problems(result) ==
          "8:18 merge-key merge keys (`<<`) are not supported | repeat the values, or give the whole map an anchor and "
          "use its alias\n");
    CHECK_FALSE(result.file.has_value());
  }
}
