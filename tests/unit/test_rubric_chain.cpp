// Finding an `extends` base: what the resolver reports (unreadable, notes,
// nothing), built-in bases' hints, and a version pin on a base without one.
#include <doctest/doctest.h>

#include <string>

#include "rubric/loader.hpp"

using namespace cepin;

namespace {

const std::string k_base_text =
    "schema: cepin/rubric/1\nid: base\ntitle: 基础\ntotal: 4\nthreshold: 2\n"
    "categories:\n  - id: \"1\"\n    title: 甲\n    clauses:\n      - {id: \"1.1\", text: 条, points: 4, rule: check}\n";

// "path:line:col code message | hint" for each diagnostic, one a line.
std::string rendered(const rubric::LoadResult& result) {
  std::string out;
  for (const diag::Diagnostic& d : result.diagnostics) {
    out += d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message +
           " | " + d.hint + "\n";
  }
  return out;
}

// Loads a rubric extending `reference` whose base the resolver finds as `found`.
rubric::LoadResult load_with(const std::string& reference, const rubric::BaseFound& found, bool builtin = false) {
  rubric::LoadOptions options;
  options.resolver = [found](const rubric::BaseRequest&) { return found; };
  options.builtin = builtin;
  return rubric::load_from_bytes("d.yaml", "schema: cepin/rubric/1\nid: d\nextends: " + reference + "\n", options);
}

rubric::BaseFound found_base(const std::string& text, bool builtin = false) {
  rubric::BaseFound found;
  found.status = rubric::BaseFound::Status::found;
  found.path = builtin ? "builtin:base" : "base.yaml";
  found.bytes = text;
  found.builtin = builtin;
  return found;
}

}  // namespace

TEST_SUITE("rubric::chain") {
  TEST_CASE("a base the resolver cannot read is rubric-unreadable, with the reason") {
    rubric::BaseFound found;
    found.status = rubric::BaseFound::Status::unreadable;
    found.path = "base.yaml";
    found.problem = "Permission denied";
    CHECK(rendered(load_with("base", found)) ==
          "d.yaml:3:10 rubric-unreadable cannot read the base rubric base.yaml: Permission denied | check the file's "
          "permissions\n");
  }

  TEST_CASE("the resolver's notes come before the merge's diagnostics") {
    rubric::BaseFound found = found_base(k_base_text);
    diag::Diagnostic note;
    note.path = "base.yaml";
    note.line = 1;
    note.column = 1;
    note.severity = diag::Severity::warning;
    note.code = "rubric-shadows-builtin";
    note.message = "base.yaml has the id of a built-in rubric";
    found.notes.push_back(note);
    auto result = load_with("base", found);
    CHECK(rendered(result) == "base.yaml:1:1 rubric-shadows-builtin base.yaml has the id of a built-in rubric | \n");
    CHECK(static_cast<bool>(result.rubric));
  }

  TEST_CASE("without a resolver no base is found; a built-in's hint names only built-ins") {
    auto alone = rubric::load_from_bytes("d.yaml", "schema: cepin/rubric/1\nid: d\nextends: base\n");
    CHECK(rendered(alone) ==
          "d.yaml:3:10 unknown-rubric no rubric has the id `base` to extend | put the base in the same folder, name it "
          "on the command line, pass --rubrics DIR, or use a built-in id (see `cepin rubrics`)\n");
    CHECK(rendered(load_with("base", rubric::BaseFound{}, true)) ==
          "d.yaml:3:10 unknown-rubric no rubric has the id `base` to extend | a built-in rubric extends only built-in "
          "rubrics (see `cepin rubrics`)\n");
  }

  TEST_CASE("an invalid built-in base points at `cepin validate`") {
    CHECK(rendered(load_with("base", found_base("schema: cepin/rubric/1\nid: base\n", true), true)) ==
          "d.yaml:3:10 invalid-rubric the base rubric `base` (builtin:base) is not valid | run `cepin validate` to see "
          "the built-in rubrics' problems\n");
    CHECK(rendered(load_with("base", found_base("schema: cepin/rubric/1\nid: base\n"))) ==
          "d.yaml:3:10 invalid-rubric the base rubric `base` (base.yaml) is not valid | run `cepin validate base.yaml` "
          "to see its problems\n");
  }

  TEST_CASE("a version pin on a base that declares no version") {
    CHECK(rendered(load_with("base@3", found_base(k_base_text))) ==
          "d.yaml:3:10 extends-version the base rubric `base` has no version to match 3 | write `extends: base` "
          "without a version\n");
    CHECK(rendered(load_with("base@1", found_base(k_base_text + "version: \"1\"\n"))) == "");
  }
}
