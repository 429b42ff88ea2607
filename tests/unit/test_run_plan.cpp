// Planning a scoring run: YAML files, CSV units, standard input, failed paths, and what the plan tells about them.
#include <doctest/doctest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "run/plan.hpp"
#include "test_run_support.hpp"

using namespace cepin;
using run_test::TempDir;

namespace {

std::string assessment_text(const std::string& rubric, const std::string& unit, const std::string& answer = "true") {
  return "schema: cepin/assessment/1\nrubric: " + rubric + "\nunit: {id: " + unit +
         ", name: N}\nresponses: {\"1.1\": " + answer + "}\n";
}

// "score unit" of a result, "error code: message" of an error result, "skipped".
std::string outcome_of(const run::Scored& scored) {
  if (!scored.outcome) {
    return "skipped";
  }
  if (const auto* result = std::get_if<scoring::Result>(&*scored.outcome)) {
    return result->score.to_string() + " " + result->unit.id;
  }
  const auto& error = std::get<scoring::ErrorResult>(*scored.outcome);
  return "error " + error.first_error().code + ": " + error.first_error().message;
}

std::vector<std::string> outcomes(const run::ScoringPlan& plan, const std::vector<run::WorkItem>& items) {
  std::vector<std::string> out;
  for (const run::WorkItem& item : items) {
    out.push_back(outcome_of(plan.score(item, {})));
  }
  return out;
}

// A catalog holding the rubrics `r` (Chinese) and `e` (English) from a folder of `t`.
void add_rubrics(const TempDir& t, run::RubricCatalog& catalog) {
  t.dir("rubrics");
  t.write("rubrics/r.yaml", run_test::rubric_text("r"));
  t.write("rubrics/e.yaml", run_test::rubric_text("e") + "lang: en\n");
  std::vector<diag::Diagnostic> diagnostics;
  REQUIRE(catalog.add_folder(t.path + "/rubrics", diagnostics));
  REQUIRE(diagnostics.empty());
}

}  // namespace

TEST_SUITE("run::ScoringPlan") {
  TEST_CASE("standard input's kind by --input-format") {
    CHECK(run::stdin_kind(std::nullopt) == run::FileKind::yaml);
    CHECK(run::stdin_kind(std::string("csv")) == run::FileKind::csv);
    CHECK(run::stdin_kind(std::string("tsv")) == run::FileKind::tsv);
    CHECK(run::stdin_kind(std::string("yaml")) == run::FileKind::yaml);
  }

  TEST_CASE("a folder of YAML files and a sheet, and a missing path, each in its place") {
    TempDir t;
    run::RubricCatalog catalog;
    add_rubrics(t, catalog);
    t.dir("in");
    t.write("in/a.yaml", assessment_text("e@1", "u1"));
    t.write("in/b.yaml",
            "{schema: cepin/assessment/1, rubric: r, unit: {id: u2, name: N}, responses: {\"1.1\": false}}");
    t.write("in/c.csv", "unit_id,unit_name,rubric,1.1\nu3,N3,r,true\nu4,N4,r,false\n");
    t.write("in/d.xlsx", "PK");
    run::InputOptions options;
    options.paths = {t.path + "/in", t.path + "/missing.yaml"};
    run::ScoringPlan plan(options, catalog);
    std::vector<run::WorkItem> items = run_test::drain(plan);
    REQUIRE(plan.size() == 5);
    CHECK(outcomes(plan, items) == std::vector<std::string>{"10 u1", "0 u2", "10 u3", "0 u4",
                                                     "error input-not-found: no such file or folder"});
    CHECK(plan.folders() == std::vector<std::size_t>{0});
    CHECK(items.at(3).argument == 0);
    CHECK(items.at(4).argument == 1);
    CHECK(run_test::described(plan.notes()) ==
          std::vector<std::string>{t.path + "/in/d.xlsx:0:0 warning workbook skipped: a spreadsheet workbook, which "
                                            "cepin cannot read; save it as CSV (CSV UTF-8) to score it | "});
    std::vector<std::string> ids;
    for (const auto& rubric : plan.rubrics()) {
      ids.push_back(rubric->id);
    }
    CHECK(ids == std::vector<std::string>{"e", "r"});
    CHECK(plan.first_lang() == std::optional<std::string>("en"));
    CHECK_FALSE(plan.single_named_yaml());
    CHECK(plan.score(items.at(4), {}).usage);
  }

  TEST_CASE("the first language comes from the first item whose rubric is known") {
    TempDir t;
    run::RubricCatalog catalog;
    add_rubrics(t, catalog);
    std::string unknown = t.write("unknown.yaml", assessment_text("nobody", "u0"));
    std::string none = t.write("none.yaml", "{schema: cepin/assessment/1, unit: {id: u}}");
    std::string sheet = t.write("sheet.csv", "unit_id,unit_name,rubric,1.1\nu3,N3,r,true\n");
    run::InputOptions options;
    options.paths = {unknown, none, sheet};
    run::ScoringPlan plan(options, catalog);
    CHECK(plan.first_lang() == std::optional<std::string>("zh"));
    CHECK(plan.rubrics().size() == 1);
    run::InputOptions only_unknown;
    only_unknown.paths = {unknown};
    run::ScoringPlan alone(only_unknown, catalog);
    CHECK(alone.first_lang() == std::nullopt);
    CHECK(alone.rubrics().empty());
    CHECK(alone.single_named_yaml());
  }

  TEST_CASE("a forced rubric is every item's, even when its file was invalid") {
    TempDir t;
    run::RubricCatalog catalog;
    add_rubrics(t, catalog);
    std::string a = t.write("a.yaml", assessment_text("r", "u1"));
    run::InputOptions options;
    options.paths = {a, a};
    catalog.force({"e.yaml", catalog.find("e").rubric});
    run::ScoringPlan plan(options, catalog);
    CHECK(plan.first_lang() == std::optional<std::string>("en"));
    REQUIRE(plan.rubrics().size() == 1);
    CHECK(plan.rubrics()[0]->id == "e");
    catalog.force({"bad.yaml", nullptr});
    CHECK(plan.first_lang() == std::nullopt);
    CHECK(plan.rubrics().empty());
  }

  TEST_CASE("standard input is read once: naming it twice is an error in place") {
    TempDir t;
    run::RubricCatalog catalog;
    add_rubrics(t, catalog);
    run::InputOptions options;
    options.paths = {"-", "-"};
    options.stdin_bytes = std::make_shared<const std::string>(assessment_text("r", "s1"));
    run::ScoringPlan plan(options, catalog);
    std::vector<run::WorkItem> items = run_test::drain(plan);
    REQUIRE(plan.size() == 2);
    CHECK(outcomes(plan, items) ==
          std::vector<std::string>{"10 s1",
                                   "error input-unreadable: standard input is named twice; it can be read only once"});
    CHECK(plan.score(items.at(1), {}).usage);
    CHECK(plan.first_lang() == std::optional<std::string>("zh"));
    CHECK_FALSE(plan.single_named_yaml());
  }

  TEST_CASE("standard input as a sheet, and a sheet that cannot be read") {
    TempDir t;
    run::RubricCatalog catalog;
    add_rubrics(t, catalog);
    run::InputOptions options;
    options.paths = {"-", t.path + "/rubrics"};
    options.input_format = "tsv";
    options.stdin_bytes = std::make_shared<const std::string>("unit_id\tunit_name\trubric\t1.1\nt1\tT\tr\ttrue\n");
    std::vector<run::Input> inputs = run::collect_inputs({"-"}, run::FileKind::tsv);
    run::Input broken;
    broken.path = t.path + "/gone.csv";
    broken.kind = run::FileKind::csv;
    inputs.push_back(broken);
    run::ScoringPlan plan(options, catalog, inputs);
    std::vector<run::WorkItem> items = run_test::drain(plan);
    REQUIRE(plan.size() == 2);
    CHECK(outcome_of(plan.score(items.at(0), {})) == "10 t1");
    CHECK(outcome_of(plan.score(items.at(1), {})).rfind("error input-unreadable: cannot read this input: ", 0) == 0);
    CHECK(plan.first_lang() == std::optional<std::string>("zh"));
    CHECK(plan.rubrics().size() == 1);
  }

  TEST_CASE("a file that goes away between planning and scoring is an error in its place") {
    TempDir t;
    run::RubricCatalog catalog;
    add_rubrics(t, catalog);
    std::string a = t.write("a.yaml", assessment_text("r", "u1"));
    run::InputOptions options;
    options.paths = {a};
    run::ScoringPlan plan(options, catalog);
    std::vector<run::WorkItem> items = run_test::drain(plan);
    REQUIRE(std::remove(a.c_str()) == 0);
    run::Scored scored = plan.score(items.at(0), {});
    CHECK(outcome_of(scored) == "error input-unreadable: cannot read this input: No such file or directory");
    CHECK(scored.usage);
    REQUIRE(scored.diagnostics.size() == 1);
    CHECK(scored.diagnostics[0].hint == "the file went away while cepin ran; run again once it is back");
  }

  TEST_CASE("a normalized rubric with every clause n/a is an error result, the diagnostics end with it") {
    TempDir t;
    t.dir("rubrics");
    t.write("rubrics/n.yaml",
            "schema: cepin/rubric/1\nid: n\ntitle: N\ntotal: 10\nthreshold: 6\nnormalize: true\ncategories:\n"
            "  - id: \"1\"\n    title: A\n    clauses:\n      - {id: \"1.1\", text: T, points: 10, optional: true, "
            "rule: check}\n");
    run::RubricCatalog catalog;
    std::vector<diag::Diagnostic> diagnostics;
    REQUIRE(catalog.add_folder(t.path + "/rubrics", diagnostics));
    std::string a = t.write("a.yaml", assessment_text("n", "u1", "n/a"));
    run::InputOptions options;
    options.paths = {a};
    run::ScoringPlan plan(options, catalog);
    std::vector<run::WorkItem> items = run_test::drain(plan);
    run::Scored scored = plan.score(items.at(0), {});
    CHECK(outcome_of(scored).rfind("error all-not-applicable: ", 0) == 0);
    REQUIRE_FALSE(scored.diagnostics.empty());
    CHECK(scored.diagnostics.back().code == "all-not-applicable");
    const auto& error = std::get<scoring::ErrorResult>(*scored.outcome);
    CHECK(error.errors.size() == scored.diagnostics.size());
    CHECK(error.errors.back().code == "all-not-applicable");
  }
}
