#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "run/validate.hpp"
#include "test_run_support.hpp"

using namespace cepin;
using report::CheckedKind;
using run_test::rubric_text;
using run_test::TempDir;

namespace {

// "line:col severity code message" of each diagnostic of a file.
std::vector<std::string> described(const report::CheckedFile& file) {
  std::vector<std::string> out;
  for (const diag::Diagnostic& d : file.diagnostics) {
    out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + diag::severity_name(d.severity) +
                  " " + d.code + " " + d.message);
  }
  return out;
}

run::ValidateOptions options_for(std::vector<std::string> paths) {
  run::ValidateOptions options;
  options.paths = std::move(paths);
  return options;
}

// What `validate` wrote to stderr, and its exit code.
struct Ran {
  int exit_code;
  std::string errors;
};
Ran ran(const run::ValidateOptions& options) {
  std::string errors;
  run::ValidateSinks sinks;
  sinks.errors = [&](const std::string& text) { errors += text; };
  int code = run::validate(options, sinks);
  return {code, errors};
}

}  // namespace

TEST_SUITE("run::check_inputs") {
  TEST_CASE("a named path that does not exist is missing and bad usage") {
    TempDir t;
    bool usage = false;
    report::Validation v = run::check_inputs(options_for({t.path + "/none.yaml"}), usage);
    CHECK(usage);
    REQUIRE(v.files.size() == 1);
    CHECK(v.files[0].kind == CheckedKind::missing);
    CHECK(described(v.files[0]) ==
          std::vector<std::string>{"0:0 error input-not-found cannot read this input: no such file or folder"});
  }
  TEST_CASE("a named workbook is a finding, not bad usage; a found one is skipped with its warning") {
    TempDir t;
    t.dir("in");
    std::string named = t.write("book.xlsx", "PK");
    t.write("in/found.xlsx", "PK");
    t.write("in/rubric.yaml", rubric_text("r"));
    bool usage = false;
    report::Validation v = run::check_inputs(options_for({named, t.path + "/in"}), usage);
    CHECK_FALSE(usage);
    REQUIRE(v.files.size() == 3);
    CHECK(v.files[0].kind == CheckedKind::missing);
    CHECK(described(v.files[0]) ==
          std::vector<std::string>{"0:0 error workbook a spreadsheet workbook, which cepin cannot read"});
    CHECK(v.files[1].path == t.path + "/in/found.xlsx");
    CHECK(v.files[1].kind == CheckedKind::skipped);
    REQUIRE(v.files[1].diagnostics.size() == 1);
    CHECK(v.files[1].diagnostics[0].code == "workbook");
    CHECK(v.files[1].diagnostics[0].severity == diag::Severity::warning);
    CHECK(v.files[2].kind == CheckedKind::rubric);
    CHECK(v.files[2].summary == "rubric r: 1 category, 0 items, 1 clause, 10 points, pass at 6");
  }
  TEST_CASE("a CSV sheet that cannot be read as one reports why") {
    TempDir t;
    std::string empty = t.write("empty.csv", "");
    bool usage = false;
    report::Validation v = run::check_inputs(options_for({empty}), usage);
    CHECK_FALSE(usage);
    REQUIRE(v.files.size() == 1);
    CHECK(v.files[0].kind == CheckedKind::csv);
    CHECK(v.files[0].summary.empty());
    CHECK(described(v.files[0]) == std::vector<std::string>{"1:1 error empty-file the file has no header row"});
  }
  TEST_CASE("a sheet is checked against the rubrics named before it, unit by unit") {
    TempDir t;
    std::string rubric = t.write("r.yaml", rubric_text("r"));
    std::string sheet = t.write("s.csv", "unit_id,rubric,1.1\nu1,r,yes\nu2,r,maybe\n");
    bool usage = false;
    report::Validation v = run::check_inputs(options_for({sheet, rubric}), usage);
    REQUIRE(v.files.size() == 2);
    CHECK(v.files[0].kind == CheckedKind::csv);
    CHECK(v.files[0].summary == "2 units in a wide sheet");
    CHECK(described(v.files[0]) ==
          std::vector<std::string>{"3:6 error bad-boolean column \"1.1\": `maybe` is not a boolean"});
  }
  TEST_CASE("a rubric test file is checked for its shape") {
    TempDir t;
    std::string tests = t.write(
        "tests.yaml", "schema: cepin/test/1\nrubric: unit-generic\ncases:\n  - name: one\n    assessment: a.yaml\n"
                      "    expect: {score: 1}\n  - name: two\n    assessment: a.yaml\n    expect: {score: 2}\n");
    bool usage = false;
    report::Validation v = run::check_inputs(options_for({tests}), usage);
    REQUIRE(v.files.size() == 1);
    CHECK(v.files[0].kind == CheckedKind::test);
    CHECK(v.files[0].summary == "rubric test file, 2 cases");
    CHECK(v.files[0].diagnostics.empty());
  }
  TEST_CASE("an assessment whose YAML does not parse reports the syntax error only") {
    TempDir t;
    std::string bad = t.write("a.yaml", "schema: cepin/assessment/1\nrubric: unit-generic\nunit: [\n");
    bool usage = false;
    report::Validation v = run::check_inputs(options_for({bad}), usage);
    REQUIRE(v.files.size() == 1);
    CHECK(v.files[0].summary.empty());
    CHECK(described(v.files[0]) == std::vector<std::string>{"3:7 error yaml-syntax this `[` is never closed"});
  }
  TEST_CASE("without paths the built-in rubrics are checked") {
    bool usage = false;
    report::Validation v = run::check_inputs(options_for({}), usage);
    CHECK_FALSE(usage);
    REQUIRE(v.files.size() == 11);
    CHECK(v.files[10].path == "rubrics/unit-township-village.yaml");
    CHECK(v.files[10].kind == CheckedKind::rubric);
    CHECK(v.files[10].summary.rfind("rubric unit-township-village: ", 0) == 0);
  }
}

TEST_SUITE("run::validate") {
  TEST_CASE("an -o that cannot be planned is bad usage before anything is read") {
    run::ValidateOptions options = options_for({"/nonexistent/a.yaml"});
    options.outputs = {"-", "json:-"};
    Ran r = ran(options);
    CHECK(r.exit_code == 2);
    CHECK(r.errors == "cepin validate: -o -: standard output can take only one report\n");
  }
  TEST_CASE("a report that cannot be written is bad usage, after the diagnostics") {
    TempDir t;
    std::string rubric = t.write("r.yaml", rubric_text("r"));
    run::ValidateOptions options = options_for({rubric});
    options.outputs = {t.path + "/no/folder/out.json"};
    Ran r = ran(options);
    CHECK(r.exit_code == 2);
    CHECK(r.errors == "cepin validate: cannot write " + t.path + "/no/folder/out.json: No such file or directory\n");
  }
  TEST_CASE("--warnings-as-errors turns the setup's and the files' warnings into errors; -q drops notes") {
    TempDir t;
    t.dir("r");
    std::string shadow = t.write("r/generic.yaml", rubric_text("unit-generic"));
    std::string stray = t.write("r/stray.yaml", "schema: cepin/rubric/1\ntitle: 无\n");
    std::string rubric = t.write("ok.yaml", rubric_text("ok"));
    run::ValidateOptions options = options_for({rubric});
    options.rubrics.rubric_dirs = {t.path + "/r"};
    options.outputs = {t.path + "/out.txt"};
    Ran plain = ran(options);
    CHECK(plain.exit_code == 0);
    CHECK(plain.errors ==
          shadow + ": note: rubric `unit-generic` here shadows the built-in rubric of that id [rubric-shadows-builtin]\n" +
              stray + ": warning: this file in a --rubrics folder has no readable rubric `id`; it is ignored "
                      "[rubric-unreadable]\n");
    options.quiet = true;
    options.warnings_as_errors = true;
    Ran strict = ran(options);
    CHECK(strict.exit_code == 1);
    CHECK(strict.errors == stray +
                               ": error: this file in a --rubrics folder has no readable rubric `id`; it is ignored "
                               "(warnings are errors) [rubric-unreadable]\n");
  }
}
