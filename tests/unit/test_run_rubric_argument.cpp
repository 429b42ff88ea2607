#include <doctest/doctest.h>

#include <unistd.h>

#include <string>
#include <vector>

#include "run/rubric_argument.hpp"
#include "test_run_support.hpp"

using namespace cepin;
using run_test::rubric_text;
using run_test::described;
using run_test::TempDir;

TEST_SUITE("run::load_rubric_argument") {
  TEST_CASE("an existing file is loaded as the rubric") {
    TempDir t;
    std::string path = t.write("mine.yaml", rubric_text("mine"));
    run::RubricArgument argument = run::load_rubric_argument(path);
    REQUIRE(argument.lookup.status == run::LookupStatus::found);
    CHECK(argument.lookup.rubric->id == "mine");
    CHECK(argument.lookup.diagnostics.empty());
    CHECK_FALSE(argument.unreadable);
  }
  TEST_CASE("a built-in id is found when no file has that name") {
    run::RubricArgument argument = run::load_rubric_argument("unit-enterprise");
    REQUIRE(argument.lookup.status == run::LookupStatus::found);
    CHECK(argument.lookup.rubric->id == "unit-enterprise");
    CHECK_FALSE(argument.unreadable);
  }
  TEST_CASE("builtin:<id> takes the built-in even when a file of that name exists") {
    TempDir t;
    char here[4096];
    REQUIRE(::getcwd(here, sizeof here) != nullptr);
    REQUIRE(::chdir(t.path.c_str()) == 0);
    t.write("unit-school", rubric_text("not-the-builtin"));
    CHECK(run::load_rubric_argument("unit-school").lookup.rubric->id == "not-the-builtin");
    run::RubricArgument forced = run::load_rubric_argument("builtin:unit-school");
    REQUIRE(forced.lookup.status == run::LookupStatus::found);
    CHECK(forced.lookup.rubric->id == "unit-school");
    REQUIRE(::chdir(here) == 0);
  }
  TEST_CASE("neither a file nor a built-in id: unknown-rubric with the closest id, or where the ids are") {
    run::RubricArgument close = run::load_rubric_argument("unit-scool");
    CHECK(close.lookup.status == run::LookupStatus::not_found);
    CHECK_FALSE(close.unreadable);
    CHECK(described(close.lookup.diagnostics) ==
          std::vector<std::string>{"unit-scool:0:0 error unknown-rubric `unit-scool` is neither a file nor a built-in "
                                   "rubric id | did you mean `unit-school`?"});
    run::RubricArgument far = run::load_rubric_argument("builtin:zzzzzzzz");
    CHECK(described(far.lookup.diagnostics) ==
          std::vector<std::string>{"builtin:zzzzzzzz:0:0 error unknown-rubric `builtin:zzzzzzzz` is neither a file "
                                   "nor a built-in rubric id | see `cepin rubrics` for the built-in ids"});
  }
  TEST_CASE("an invalid rubric file is invalid with its own diagnostics") {
    TempDir t;
    std::string path = t.write("bad.yaml", "schema: cepin/rubric/1\nid: bad\n");
    run::RubricArgument argument = run::load_rubric_argument(path);
    CHECK(argument.lookup.status == run::LookupStatus::invalid);
    CHECK_FALSE(argument.lookup.rubric);
    CHECK_FALSE(argument.unreadable);
    REQUIRE_FALSE(argument.lookup.diagnostics.empty());
    CHECK(argument.lookup.diagnostics[0].path == path);
    CHECK(argument.lookup.diagnostics[0].line == 1);
  }
}

TEST_SUITE("run::load_rubric_file") {
  TEST_CASE("a folder is unreadable, and that is bad usage") {
    TempDir t;
    run::RubricArgument argument = run::load_rubric_file(t.path, {});
    CHECK(argument.lookup.status == run::LookupStatus::invalid);
    CHECK(argument.unreadable);
    CHECK(described(argument.lookup.diagnostics) ==
          std::vector<std::string>{t.path + ":0:0 error rubric-unreadable cannot read this rubric: is a directory | "});
  }
  TEST_CASE("a missing file is unreadable") {
    TempDir t;
    run::RubricArgument argument = run::load_rubric_file(t.path + "/none.yaml", {});
    CHECK(argument.unreadable);
    CHECK(described(argument.lookup.diagnostics) ==
          std::vector<std::string>{t.path +
                                   "/none.yaml:0:0 error rubric-unreadable cannot read this rubric: No such file or "
                                   "directory | "});
  }
  TEST_CASE("a file over the size limit is invalid, not bad usage") {
    TempDir t;
    std::string path = t.write("huge.yaml", "");
    REQUIRE(::truncate(path.c_str(), 17 * 1024 * 1024) == 0);
    run::RubricArgument argument = run::load_rubric_file(path, {});
    CHECK(argument.lookup.status == run::LookupStatus::invalid);
    CHECK_FALSE(argument.unreadable);
    CHECK(described(argument.lookup.diagnostics) ==
          std::vector<std::string>{path + ":0:0 error rubric-unreadable cannot read this rubric: larger than 16 MiB | "});
  }
}
