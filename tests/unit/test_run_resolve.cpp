#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rubric/loader.hpp"
#include "run/resolve.hpp"
#include "test_run_support.hpp"

using namespace cepin;
using run_test::rubric_text;
using run_test::described;
using run_test::TempDir;

namespace {

const diag::SourceText k_source("a.yaml", "schema: cepin/assessment/1\nrubric: unit-generc\n");

}  // namespace

TEST_SUITE("run::resolve_rubric") {
  TEST_CASE("the -r rubric wins over the id the input names") {
    run::RubricCatalog catalog;
    catalog.add_builtins();
    auto forced = rubric::load_from_bytes("f.yaml", rubric_text("forced")).rubric;
    REQUIRE(forced);
    catalog.force({"f.yaml", forced});
    run::Resolved resolved = run::resolve_rubric(catalog, std::string("unit-generic"), {2, 9}, k_source);
    CHECK(resolved.rubric == forced);
    CHECK(resolved.diagnostics.empty());
  }
  TEST_CASE("an invalid -r rubric is an error at the rubric value, or at 1:1 without one") {
    run::RubricCatalog catalog;
    catalog.force({"bad.yaml", nullptr});
    run::Resolved at_value = run::resolve_rubric(catalog, std::string("x"), {2, 9}, k_source);
    CHECK_FALSE(at_value.rubric);
    CHECK(described(at_value.diagnostics) ==
          std::vector<std::string>{"a.yaml:2:9 error invalid-rubric the -r rubric bad.yaml is not valid | "
                                   "run `cepin validate` on it to see its problems"});
    REQUIRE(at_value.diagnostics.size() == 1);
    CHECK(at_value.diagnostics[0].source_line == "rubric: unit-generc");
    run::Resolved nowhere = run::resolve_rubric(catalog, std::nullopt, {}, k_source);
    CHECK(described(nowhere.diagnostics) ==
          std::vector<std::string>{"a.yaml:1:1 error invalid-rubric the -r rubric bad.yaml is not valid | "
                                   "run `cepin validate` on it to see its problems"});
  }
  TEST_CASE("an input that names no rubric, or an empty one, is missing-rubric") {
    run::RubricCatalog catalog;
    catalog.add_builtins();
    const std::string expected =
        "a.yaml:1:1 error missing-rubric the input names no rubric | add `rubric: <id>` (see `cepin rubrics`), or "
        "pass -r FILE";
    CHECK(described(run::resolve_rubric(catalog, std::nullopt, {}, k_source).diagnostics) ==
          std::vector<std::string>{expected});
    CHECK(described(run::resolve_rubric(catalog, std::string(), {0, 0}, k_source).diagnostics) ==
          std::vector<std::string>{expected});
    CHECK(described(run::resolve_rubric(catalog, std::string(), {2, 1}, k_source).diagnostics) ==
          std::vector<std::string>{
              "a.yaml:2:1 error missing-rubric the input names no rubric | add `rubric: <id>` (see `cepin rubrics`), "
              "or pass -r FILE"});
  }
  TEST_CASE("a built-in id is found") {
    run::RubricCatalog catalog;
    catalog.add_builtins();
    run::Resolved resolved = run::resolve_rubric(catalog, std::string("unit-generic"), {2, 9}, k_source);
    REQUIRE(resolved.rubric);
    CHECK(resolved.rubric->id == "unit-generic");
    CHECK(resolved.diagnostics.empty());
  }
  TEST_CASE("an unknown id says the closest id, or where the ids are") {
    run::RubricCatalog catalog;
    catalog.add_builtins();
    CHECK(described(run::resolve_rubric(catalog, std::string("unit-generc"), {2, 9}, k_source).diagnostics) ==
          std::vector<std::string>{
              "a.yaml:2:9 error unknown-rubric no rubric has the id `unit-generc` | did you mean `unit-generic`?"});
    CHECK(described(run::resolve_rubric(catalog, std::string("zzzzzzzz"), {2, 9}, k_source).diagnostics) ==
          std::vector<std::string>{
              "a.yaml:2:9 error unknown-rubric no rubric has the id `zzzzzzzz` | see `cepin rubrics` for the built-in "
              "ids, or pass --rubrics DIR or -r FILE"});
  }
  TEST_CASE("an id defined twice in the --rubrics folders is ambiguous and names both files") {
    TempDir t;
    t.dir("r");
    std::string first = t.write("r/a.yaml", rubric_text("dup"));
    std::string second = t.write("r/b.yaml", rubric_text("dup"));
    run::RubricCatalog catalog;
    std::vector<diag::Diagnostic> notes;
    REQUIRE(catalog.add_folder(t.path + "/r", notes));
    CHECK(notes.empty());
    CHECK(described(run::resolve_rubric(catalog, std::string("dup"), {2, 9}, k_source).diagnostics) ==
          std::vector<std::string>{"a.yaml:2:9 error ambiguous-rubric the rubric id `dup` is defined more than once: " +
                                   first + ", " + second +
                                   " | keep one file per rubric id in the --rubrics folders"});
  }
  TEST_CASE("an invalid rubric is an error at the value followed by the rubric's own diagnostics") {
    TempDir t;
    t.dir("r");
    std::string bad = t.write("r/bad.yaml", "schema: cepin/rubric/1\nid: broken\ntitle: 坏\n");
    run::RubricCatalog catalog;
    std::vector<diag::Diagnostic> notes;
    REQUIRE(catalog.add_folder(t.path + "/r", notes));
    run::Resolved resolved = run::resolve_rubric(catalog, std::string("broken"), {2, 9}, k_source);
    CHECK_FALSE(resolved.rubric);
    std::vector<std::string> all = described(resolved.diagnostics);
    REQUIRE(all.size() >= 2);
    CHECK(all[0] == "a.yaml:2:9 error invalid-rubric the rubric `broken` is not valid | run `cepin validate` on it "
                    "to see its problems");
    auto own = rubric::load_from_bytes(bad, "schema: cepin/rubric/1\nid: broken\ntitle: 坏\n").diagnostics;
    REQUIRE(own.size() == all.size() - 1);
    std::vector<std::string> rest(all.begin() + 1, all.end());
    CHECK(rest == described(own));
    CHECK(resolved.diagnostics[1].path == bad);
  }
}
