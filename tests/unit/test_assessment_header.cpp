// An assessment file's header keys of the wrong shape (schema, rubric,
// assessed_on, period, title, evidence_root), other cepin schemas, a root that
// is no map, and peek_rubric on what it cannot read.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <utility>

#include "assessment/loader.hpp"
#include "rubric/loader.hpp"

using namespace cepin;

namespace {

const rubric::Rubric& demo() {
  static std::shared_ptr<const rubric::Rubric> rubric = [] {
    rubric::LoadResult result = rubric::load_from_bytes(
        "demo.yaml",
        "schema: cepin/rubric/1\nid: demo\ntitle: 示例\ntotal: 3\nthreshold: 2\ncategories:\n  - id: \"1\"\n"
        "    title: 甲\n    clauses:\n      - {id: \"1.1\", text: 条, points: 3, rule: check}\n");
    REQUIRE(static_cast<bool>(result.rubric));
    return result.rubric;
  }();
  return *rubric;
}

// Every diagnostic of loading `text` as "line:col code: message (hint)", one a line.
std::string shown(const std::string& text) {
  yaml::Input input = yaml::parse_input("a.yaml", text);
  assessment::LoadResult result = assessment::load(input, demo(), "a.yaml", ".");
  std::string out;
  for (const diag::Diagnostic& d : result.diagnostics) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + ": " + d.message +
           (d.hint.empty() ? "" : " (" + d.hint + ")") + "\n";
  }
  return out;
}

const std::string k_schema = "schema: cepin/assessment/1\n";
const std::string k_unit = "unit: {id: u1}\n";

}  // namespace

TEST_SUITE("assessment header") {
  TEST_CASE("header keys of the wrong shape are wrong-type at the value") {
    const std::pair<std::string, const char*> cases[] = {
        {"schema: [cepin/assessment/1]\nrubric: demo\n" + k_unit,
         "1:9 wrong-type: `schema` must be a text, not a list\n"},
        {k_schema + "rubric: {id: demo}\n" + k_unit, "2:9 wrong-type: `rubric` must be a text, not a map\n"},
        {k_schema + "rubric: demo\n" + k_unit + "assessed_on: [2025-06-30]\n",
         "4:14 wrong-type: `assessed_on` must be a date, not a list\n"},
        {k_schema + "rubric: demo\n" + k_unit + "period: {year: 2025}\n",
         "4:9 wrong-type: `period` must be a period such as 2025-06, not a map\n"},
        {k_schema + "rubric: demo\n" + k_unit + "title: 2025-06-30\n",
         "4:8 wrong-type: `title` must be a map with `named_on`, not a text\n"},
        {k_schema + "rubric: demo\n" + k_unit + "evidence_root: [a, b]\n",
         "4:16 wrong-type: `evidence_root` must be a text, not a list\n"},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      CHECK(shown(text) == expected);
    }
  }

  TEST_CASE("null header values are as if absent") {
    CHECK(shown(k_schema + "rubric: demo\n" + k_unit + "period: null\ntitle: null\nevidence_root: null\n"
                           "assessed_on: null\n") == "");
  }

  TEST_CASE("other cepin schemas: a rubric test file has its own hint, a result file the general one") {
    CHECK(shown("schema: cepin/test/1\nrubric: demo\n" + k_unit) ==
          "1:9 unknown-schema: unknown schema `cepin/test/1` (this file is a rubric test file: run it with `cepin "
          "test`)\n");
    CHECK(shown("schema: cepin/result/1\nrubric: demo\n" + k_unit) ==
          "1:9 unknown-schema: unknown schema `cepin/result/1` (write `schema: cepin/assessment/1`)\n");
  }

  TEST_CASE("a rubric id close to the rubric's is a mismatch with \"did you mean\"") {
    CHECK(shown(k_schema + "rubric: demoo\n" + k_unit) ==
          "2:9 rubric-mismatch: the assessment is for rubric `demoo`, not `demo` (did you mean `demo`?)\n");
  }

  TEST_CASE("a root that is not a map") {
    CHECK(shown("~\n") ==
          "1:1 wrong-type: an assessment must be a map, not nothing (start with `schema: cepin/assessment/1`)\n");
    CHECK(shown("- schema\n") ==
          "1:1 wrong-type: an assessment must be a map, not a list (start with `schema: cepin/assessment/1`)\n");
    CHECK(shown("a: [\n") == "1:4 yaml-syntax: this `[` is never closed (add the missing `]`)\n");
  }

  TEST_CASE("peek_rubric reads `rubric` without loading, and nothing from what it cannot read") {
    auto peek = [](const std::string& text) {
      std::optional<assessment::RubricRef> ref = assessment::peek_rubric(yaml::parse_input("a.yaml", text));
      return ref ? ref->id + "@" + ref->version.value_or("-") : std::string("none");
    };
    CHECK(peek("rubric: demo@2020\n") == "demo@2020");
    CHECK(peek("rubric: demo@\n") == "demo@-");
    CHECK(peek("rubric: demo\n") == "demo@-");
    CHECK(peek("rubric: [demo]\n") == "none");
    CHECK(peek("rubric: \"@1\"\n") == "none");
    CHECK(peek("unit: {id: u1}\n") == "none");
    CHECK(peek("- rubric\n") == "none");
    CHECK(peek("a: [\n") == "none");
  }
}
