// Loading one input: standard input that is a sheet, rubric and test files among assessments, evidence roots.
#include <doctest/doctest.h>

#include <unistd.h>

#include <string>
#include <vector>

#include "run/load.hpp"
#include "run/plan.hpp"
#include "test_run_support.hpp"

using namespace cepin;
using run_test::TempDir;

namespace {

run::Input input_of(const std::string& path, run::Origin origin = run::Origin::named) {
  run::Input input;
  input.path = path;
  input.origin = origin;
  return input;
}

const char* status_name(run::Loaded::Status status) {
  switch (status) {
    case run::Loaded::Status::ready:
      return "ready";
    case run::Loaded::Status::failed:
      return "failed";
    case run::Loaded::Status::skipped:
      return "skipped";
  }
  return "?";
}

// "status" then each diagnostic.
std::vector<std::string> loaded_lines(const run::Loaded& loaded) {
  std::vector<std::string> out{status_name(loaded.status)};
  for (const std::string& line : run_test::described(loaded.diagnostics)) {
    out.push_back(line);
  }
  return out;
}

using Fixture = run_test::OneRubricFixture;

const std::string k_assessment =
    "schema: cepin/assessment/1\nrubric: r\nunit: {id: u1, name: N}\nresponses: {\"1.1\": true}\n";

}  // namespace

TEST_SUITE("run::load_yaml") {
  TEST_CASE("standard input that looks like a sheet is refused with the option to pass") {
    Fixture f;
    const std::string hint =
        " | pass --input-format csv (or tsv for a tab-separated sheet): cepin score --input-format csv -";
    const std::string refused =
        "-:0:0 error stdin-sheet standard input looks like a CSV sheet, but without --input-format it is read as YAML";
    CHECK(loaded_lines(run::load_yaml(input_of("-"), "\xEF\xBB\xBF\r\n\nunit_id,unit_name\nu,N\n", f.catalog, {})) ==
          std::vector<std::string>{"failed", refused + hint});
    CHECK(loaded_lines(run::load_yaml(input_of("-"), "单位编码\t单位名称\n", f.catalog, {})) ==
          std::vector<std::string>{"failed", refused + hint});
    run::Loaded yaml = run::load_yaml(input_of("-"), "# unit_id is below\n" + k_assessment, f.catalog, {});
    CHECK(yaml.status == run::Loaded::Status::ready);
    CHECK(yaml.assessment->base_directory == ".");
    CHECK(run::load_yaml(input_of("-"), "a: [unit_id]\n", f.catalog, {}).diagnostics.at(0).code != "stdin-sheet");
  }

  TEST_CASE("a rubric named as an assessment is refused; one found in a folder is skipped with a note") {
    Fixture f;
    std::string hint = " | to score assessments against it, pass it with -r: cepin score -r x.yaml ASSESSMENT...; to "
                       "check it, run cepin validate x.yaml";
    CHECK(loaded_lines(run::load_yaml(input_of("x.yaml"), run_test::rubric_text("q"), f.catalog, {})) ==
          std::vector<std::string>{"failed",
                                   "x.yaml:0:0 error rubric-as-assessment this file is rubric `q`, not an assessment" +
                                       hint});
    CHECK(loaded_lines(run::load_yaml(input_of("x.yaml"), "schema: cepin/rubric/1\ntitle: T\n", f.catalog, {})) ==
          std::vector<std::string>{
              "failed", "x.yaml:0:0 error rubric-as-assessment this file is a rubric, not an assessment" + hint});
    CHECK(loaded_lines(run::load_yaml(input_of("d/x.yaml", run::Origin::found), run_test::rubric_text("q"), f.catalog,
                                      {})) ==
          std::vector<std::string>{"skipped", "d/x.yaml:0:0 note skipped skipped: a rubric, not an assessment | "});
    CHECK(loaded_lines(run::load_yaml(input_of("d/t.yaml", run::Origin::found), "schema: cepin/test/1\ncases: []\n",
                                      f.catalog, {})) ==
          std::vector<std::string>{"skipped", "d/t.yaml:0:0 note skipped skipped: a rubric test file, not an "
                                              "assessment (`cepin test` runs it) | "});
  }

  TEST_CASE("a YAML syntax error fails the input with the parser's diagnostic") {
    Fixture f;
    run::Loaded loaded = run::load_yaml(input_of("bad.yaml"), "a: [1\n", f.catalog, {});
    CHECK(loaded.status == run::Loaded::Status::failed);
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "yaml-syntax");
    CHECK_FALSE(loaded.rubric);
  }

  TEST_CASE("an assessment naming no rubric fails at 1:1") {
    Fixture f;
    run::Loaded loaded =
        run::load_yaml(input_of("a.yaml"), "schema: cepin/assessment/1\nunit: {id: u}\n", f.catalog, {});
    CHECK(loaded.status == run::Loaded::Status::failed);
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics[0].line == 1);
    CHECK(loaded.diagnostics[0].column == 1);
  }

  TEST_CASE("--evidence-root replaces the file's own root; a root leaving the folder through a symlink is an error") {
    Fixture f;
    f.t.dir("in");
    f.t.dir("outside");
    REQUIRE(::symlink((f.t.path + "/outside").c_str(), (f.t.path + "/in/proofs").c_str()) == 0);
    f.t.dir("in/inside");
    std::string through = k_assessment + "evidence_root: proofs\n";
    run::Loaded outside = run::load_yaml(input_of(f.t.path + "/in/a.yaml"), through, f.catalog, {});
    CHECK(outside.status == run::Loaded::Status::failed);
    CHECK(run_test::described(outside.diagnostics) ==
          std::vector<std::string>{f.t.path + "/in/a.yaml:0:0 error evidence-root-outside evidence_root `proofs` "
                                              "resolves (through a symlink) outside this file's folder | "});
    REQUIRE(outside.unit);
    CHECK(outside.unit->id == "u1");
    run::LoadOptions options;
    options.evidence_root = "/srv/evidence";
    run::Loaded forced = run::load_yaml(input_of(f.t.path + "/in/a.yaml"), through, f.catalog, options);
    REQUIRE(forced.status == run::Loaded::Status::ready);
    CHECK(forced.assessment->base_directory == "/srv/evidence");
    CHECK(forced.assessment->evidence_root == "");
    run::Loaded inside =
        run::load_yaml(input_of(f.t.path + "/in/a.yaml"), k_assessment + "evidence_root: inside\n", f.catalog, {});
    CHECK(inside.status == run::Loaded::Status::ready);
    run::Loaded missing =
        run::load_yaml(input_of(f.t.path + "/in/a.yaml"), k_assessment + "evidence_root: none-yet\n", f.catalog, {});
    CHECK(missing.status == run::Loaded::Status::ready);
  }
}

TEST_SUITE("run::load_csv_unit") {
  TEST_CASE("a unit whose rubric is unknown fails with the lookup's diagnostics; a unit without an id has none") {
    Fixture f;
    std::string sheet = f.t.write("s.csv", "unit_id,unit_name,rubric,1.1\nu1,N,nobody,true\n,N2,r,true\n");
    run::InputOptions options;
    options.paths = {sheet};
    run::ScoringPlan plan(options, f.catalog);
    std::vector<run::WorkItem> items = run_test::drain(plan);
    REQUIRE(plan.size() == 2);
    run::Scored unknown = plan.score(items.at(0), {});
    REQUIRE(unknown.outcome);
    const auto& error = std::get<scoring::ErrorResult>(*unknown.outcome);
    CHECK(error.line == 2);
    REQUIRE(error.unit);
    CHECK(error.unit->id == "u1");
    CHECK(error.first_error().code == "unknown-rubric");
    run::Scored no_id = plan.score(items.at(1), {});
    const auto& second = std::get<scoring::ErrorResult>(*no_id.outcome);
    CHECK(second.line == 3);
    CHECK_FALSE(second.unit);
  }
}
