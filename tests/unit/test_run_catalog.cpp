#include <doctest/doctest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "rubric/loader.hpp"
#include "run/catalog.hpp"
#include "test_run_support.hpp"

using namespace cepin;
using run_test::rubric_text;
using run_test::described;
using run_test::TempDir;

TEST_SUITE("run::RubricCatalog") {
  TEST_CASE("an id nobody defines is not found, with nothing to say") {
    run::RubricCatalog catalog;
    catalog.add_builtins();
    run::Lookup lookup = catalog.find("no-such-rubric");
    CHECK(lookup.status == run::LookupStatus::not_found);
    CHECK_FALSE(lookup.rubric);
    CHECK(lookup.diagnostics.empty());
    CHECK(lookup.places.empty());
  }
  TEST_CASE("the built-ins are indexed by id and loaded once") {
    run::RubricCatalog catalog;
    catalog.add_builtins();
    std::vector<std::string> ids = catalog.ids();
    CHECK(ids == std::vector<std::string>{"baoshan-organ-2021", "hohhot-monthly-2025", "neac-prefecture-2020",
                                          "nmg-county-120", "nmg-prefecture-120", "unit-community", "unit-enterprise",
                                          "unit-generic", "unit-religious-venue", "unit-school",
                                          "unit-township-village"});
    run::Lookup first = catalog.find("unit-school");
    REQUIRE(first.status == run::LookupStatus::found);
    CHECK(first.rubric->id == "unit-school");
    CHECK(catalog.find("unit-school").rubric == first.rubric);
    CHECK(run::RubricCatalog::find_builtin("unit-school").rubric->id == "unit-school");
    CHECK(run::RubricCatalog::find_builtin("unit-schol").status == run::LookupStatus::not_found);
  }
  TEST_CASE("every built-in is listed valid, by file name") {
    std::vector<run::BuiltinSummary> builtins = run::RubricCatalog::builtins();
    REQUIRE(builtins.size() == 11);
    CHECK(builtins[0].path == "rubrics/baoshan-organ-2021.yaml");
    CHECK(builtins[0].id == "baoshan-organ-2021");
    CHECK(builtins[10].path == "rubrics/unit-township-village.yaml");
    for (const run::BuiltinSummary& builtin : builtins) {
      INFO(builtin.path);
      REQUIRE(builtin.rubric);
      CHECK(builtin.rubric->id == builtin.id);
      CHECK_FALSE(diag::has_errors(builtin.diagnostics));
    }
  }
  TEST_CASE("a folder's rubrics are found; other files are skipped or warned about") {
    TempDir t;
    t.dir("r");
    t.dir("r/sub");
    std::string own = t.write("r/sub/own.yaml", rubric_text("own"));
    t.write("r/sheet.csv", "unit_id\n");
    t.write("r/assessment.yaml", "schema: cepin/assessment/1\nrubric: own\n");
    std::string no_id = t.write("r/no-id.yaml", "schema: cepin/rubric/1\ntitle: 无\n");
    std::string no_schema = t.write("r/plain.yaml", "a: 1\n");
    run::RubricCatalog catalog;
    std::vector<diag::Diagnostic> diagnostics;
    CHECK(catalog.add_folder(t.path + "/r", diagnostics));
    const std::string ignored =
        ":0:0 warning rubric-unreadable this file in a --rubrics folder has no readable rubric `id`; it is ignored | ";
    CHECK(described(diagnostics) == std::vector<std::string>{no_id + ignored, no_schema + ignored});
    CHECK(catalog.ids() == std::vector<std::string>{"own"});
    run::Lookup lookup = catalog.find("own");
    REQUIRE(lookup.status == run::LookupStatus::found);
    CHECK(lookup.rubric->id == "own");
    CHECK(lookup.rubric->total.to_string() == "10");
  }
  TEST_CASE("a folder rubric shadowing a built-in gets one note and wins") {
    TempDir t;
    t.dir("r");
    std::string path = t.write("r/a.yaml", rubric_text("unit-generic"));
    run::RubricCatalog catalog;
    catalog.add_builtins();
    std::vector<diag::Diagnostic> diagnostics;
    CHECK(catalog.add_folder(t.path + "/r", diagnostics));
    CHECK(described(diagnostics) ==
          std::vector<std::string>{path + ":0:0 note rubric-shadows-builtin rubric `unit-generic` here shadows the "
                                          "built-in rubric of that id | "});
    run::Lookup lookup = catalog.find("unit-generic");
    REQUIRE(lookup.status == run::LookupStatus::found);
    CHECK(lookup.rubric->title == "测试");
  }
  TEST_CASE("the same id in two folder files is ambiguous, noted once against the built-in") {
    TempDir t;
    t.dir("r");
    std::string first = t.write("r/a.yaml", rubric_text("unit-generic"));
    std::string second = t.write("r/b.yaml", rubric_text("unit-generic"));
    run::RubricCatalog catalog;
    catalog.add_builtins();
    std::vector<diag::Diagnostic> diagnostics;
    CHECK(catalog.add_folder(t.path + "/r", diagnostics));
    CHECK(diagnostics.size() == 1);
    run::Lookup lookup = catalog.find("unit-generic");
    CHECK(lookup.status == run::LookupStatus::ambiguous);
    CHECK(lookup.places == std::vector<std::string>{first, second});
    CHECK_FALSE(lookup.rubric);
  }
  TEST_CASE("an empty --rubrics folder says it holds no rubric file") {
    TempDir t;
    t.dir("empty");
    run::RubricCatalog catalog;
    std::vector<diag::Diagnostic> diagnostics;
    CHECK_FALSE(catalog.add_folder(t.path + "/empty", diagnostics));
    CHECK(described(diagnostics) ==
          std::vector<std::string>{t.path + "/empty:0:0 error rubrics-folder the --rubrics folder holds no rubric file "
                                            "(no .yaml or .yml file) | name the folder that holds the rubric files"});
  }
  TEST_CASE("a --rubrics folder that does not exist is an error and returns false") {
    TempDir t;
    run::RubricCatalog catalog;
    std::vector<diag::Diagnostic> diagnostics;
    CHECK_FALSE(catalog.add_folder(t.path + "/nowhere", diagnostics));
    CHECK(described(diagnostics) ==
          std::vector<std::string>{t.path + "/nowhere:0:0 error rubrics-folder cannot read the --rubrics folder: no "
                                            "such file or folder | "});
  }
  TEST_CASE("a folder file removed before it is loaded is invalid and says why") {
    TempDir t;
    t.dir("r");
    std::string path = t.write("r/gone.yaml", rubric_text("gone"));
    run::RubricCatalog catalog;
    std::vector<diag::Diagnostic> diagnostics;
    REQUIRE(catalog.add_folder(t.path + "/r", diagnostics));
    REQUIRE(std::remove(path.c_str()) == 0);
    run::Lookup lookup = catalog.find("gone");
    CHECK(lookup.status == run::LookupStatus::invalid);
    CHECK(described(lookup.diagnostics) ==
          std::vector<std::string>{path + ":0:0 error rubric-unreadable cannot read this rubric: No such file or "
                                          "directory | "});
  }
  TEST_CASE("a rubric loaded on the command line wins over a folder file of its id") {
    TempDir t;
    t.dir("r");
    t.write("r/a.yaml", rubric_text("dup"));
    t.write("r/b.yaml", rubric_text("dup"));
    run::RubricCatalog catalog;
    std::vector<diag::Diagnostic> diagnostics;
    REQUIRE(catalog.add_folder(t.path + "/r", diagnostics));
    CHECK(catalog.find("dup").status == run::LookupStatus::ambiguous);
    auto loaded = rubric::load_from_bytes("named.yaml", rubric_text("dup")).rubric;
    REQUIRE(loaded);
    catalog.add_loaded(loaded);
    run::Lookup lookup = catalog.find("dup");
    CHECK(lookup.status == run::LookupStatus::found);
    CHECK(lookup.rubric == loaded);
  }
  TEST_CASE("a rubric named on the command line is a base for another one") {
    TempDir t;
    t.dir("a");
    t.dir("b");
    std::string base = t.write("a/base.yaml", rubric_text("base-one"));
    std::string child = t.write("b/child.yaml", "schema: cepin/rubric/1\nid: child\nextends: base-one\ntitle: 子\n");
    run::RubricCatalog catalog;
    auto without = rubric::load_from_bytes(child, "schema: cepin/rubric/1\nid: child\nextends: base-one\ntitle: 子\n",
                                           catalog.load_options(child));
    CHECK_FALSE(without.rubric);
    catalog.add_named(base, "base-one");
    auto with = rubric::load_from_bytes(child, "schema: cepin/rubric/1\nid: child\nextends: base-one\ntitle: 子\n",
                                        catalog.load_options(child));
    INFO(described(with.diagnostics).size());
    REQUIRE(with.rubric);
    CHECK(with.rubric->id == "child");
    CHECK(with.rubric->title == "子");
    CHECK(with.rubric->total.to_string() == "10");
  }
  TEST_CASE("peek_id reads the id and schema of plain lines, else by parsing") {
    std::string schema;
    CHECK(run::peek_id("a.yaml", "schema: cepin/rubric/1\nid: quick\n", schema) == "quick");
    CHECK(schema == "cepin/rubric/1");
    schema.clear();
    CHECK(run::peek_id("a.yaml", "{schema: cepin/rubric/1, id: flow}\n", schema) == "flow");
    CHECK(schema == "cepin/rubric/1");
    schema = "stale";
    CHECK(run::peek_id("a.yaml", "- not a mapping\n", schema).empty());
    CHECK(schema.empty());
  }
}
