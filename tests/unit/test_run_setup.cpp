#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "run/setup.hpp"
#include "test_run_support.hpp"

using namespace cepin;
using run_test::rubric_text;
using run_test::described;
using run_test::TempDir;

TEST_SUITE("run::set_up_catalog") {
  TEST_CASE("without -r the built-ins and the --rubrics folders are indexed") {
    TempDir t;
    t.dir("r");
    t.write("r/a.yaml", rubric_text("extra"));
    run::RubricCatalog catalog;
    run::CatalogSetup setup = run::set_up_catalog({std::nullopt, {t.path + "/r"}}, catalog);
    CHECK(setup.diagnostics.empty());
    CHECK_FALSE(setup.usage);
    CHECK_FALSE(setup.forced_invalid);
    CHECK_FALSE(catalog.forced());
    CHECK(catalog.ids().size() == 12);
    CHECK(catalog.find("extra").status == run::LookupStatus::found);
  }
  TEST_CASE("-r FILE forces that rubric; the built-ins are indexed only when asked") {
    TempDir t;
    std::string path = t.write("mine.yaml", rubric_text("mine"));
    run::RubricCatalog plain;
    run::CatalogSetup setup = run::set_up_catalog({path, {}}, plain);
    CHECK(setup.diagnostics.empty());
    CHECK_FALSE(setup.usage);
    REQUIRE(plain.forced());
    CHECK(plain.forced()->path == path);
    REQUIRE(plain.forced()->rubric);
    CHECK(plain.forced()->rubric->id == "mine");
    CHECK(plain.ids().empty());
    run::RubricCatalog always;
    run::set_up_catalog({path, {}}, always, run::Builtins::always);
    CHECK(always.ids().size() == 11);
  }
  TEST_CASE("-r with a built-in id forces the built-in") {
    run::RubricCatalog catalog;
    run::CatalogSetup setup = run::set_up_catalog({std::string("builtin:unit-generic"), {}}, catalog);
    CHECK_FALSE(setup.usage);
    REQUIRE(catalog.forced());
    REQUIRE(catalog.forced()->rubric);
    CHECK(catalog.forced()->rubric->id == "unit-generic");
  }
  TEST_CASE("-r naming neither a file nor a built-in id is bad usage, with the closest id") {
    run::RubricCatalog catalog;
    run::CatalogSetup setup = run::set_up_catalog({std::string("unit-generik"), {}}, catalog);
    CHECK(setup.usage);
    CHECK_FALSE(setup.forced_invalid);
    CHECK(described(setup.diagnostics) ==
          std::vector<std::string>{
              "unit-generik:0:0 error rubric-unreadable -r unit-generik: no such file, and no built-in rubric has that id | "
              "did you mean `unit-generic`?"});
    REQUIRE(setup.diagnostics.size() == 1);
    CHECK(setup.diagnostics[0].hint == "did you mean `unit-generic`?");
    REQUIRE(catalog.forced());
    CHECK_FALSE(catalog.forced()->rubric);
  }
  TEST_CASE("an invalid -r rubric makes its inputs error results, not bad usage") {
    TempDir t;
    std::string path = t.write("bad.yaml", "schema: cepin/rubric/1\nid: bad\n");
    run::RubricCatalog catalog;
    run::CatalogSetup setup = run::set_up_catalog({path, {}}, catalog);
    CHECK_FALSE(setup.usage);
    CHECK(setup.forced_invalid);
    REQUIRE_FALSE(setup.diagnostics.empty());
    CHECK(setup.diagnostics[0].path == path);
  }
  TEST_CASE("an unreadable -r and a missing --rubrics folder are bad usage, folders reported first") {
    TempDir t;
    run::RubricCatalog catalog;
    run::CatalogSetup setup = run::set_up_catalog({t.path, {t.path + "/none"}}, catalog);
    CHECK(setup.usage);
    CHECK_FALSE(setup.forced_invalid);
    CHECK(described(setup.diagnostics) ==
          std::vector<std::string>{
              t.path + "/none:0:0 error rubrics-folder cannot read the --rubrics folder: no such file or folder | ",
              t.path + ":0:0 error rubric-unreadable cannot read this rubric: is a directory | "});
  }
}
