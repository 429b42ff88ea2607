// Reading rubric test files (`schema: cepin/test/1`): what a valid file gives,
// and every problem of an invalid one at once, located.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "rubrictest/inline.hpp"
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

}  // namespace

TEST_SUITE("rubrictest::loader") {
  TEST_CASE("a file with a default rubric, a path case and an inline case") {
    rubrictest::LoadResult result = load(R"(schema: cepin/test/1
rubric: neac-prefecture-2020
cases:
  - name: 鄂尔多斯 meets the line
    assessment: ordos.yaml
    expect: {score: 101.5, verdict: eligible, grade: 良好, reasons: [], clauses: {"1.2.1": 8.75},
             warnings: [missing-evidence], gap: {reachable: true}, period: 2025年6月}
  - name: a veto clause vetoes
    rubric: other.yaml
    assessment:
      unit: {id: t1}
      responses: {"5.3.1": false}
    expect: {verdict: ineligible, reasons: [veto:5.3.1, below-threshold], error: null}
  - name: a sheet's unit
    assessment: units.csv
    unit: "150600"
    expect: {error: rubric-mismatch}
)");
    CHECK(problems(result) == "");
    REQUIRE(result.file.has_value());
    const rubrictest::TestFile& file = *result.file;
    REQUIRE(file.cases.size() == 3);
    const rubrictest::TestCase& first = file.cases[0];
    CHECK(first.name == "鄂尔多斯 meets the line");
    CHECK(file.rubric_of(first).text == "neac-prefecture-2020");
    CHECK(first.assessment.path == "ordos.yaml");
    CHECK(first.at.line == 4);
    CHECK(first.expect_at.line == 6);
    REQUIRE(first.expectations.size() == 8);  // in file order
    CHECK(first.expectations[0].field == Field::score);
    CHECK(first.expectations[0].expected.to_text() == "101.5");
    CHECK(first.expectations[0].at.column == 14);
    CHECK(first.expectations[4].field == Field::clause);
    CHECK(first.expectations[4].id == "1.2.1");
    CHECK(first.expectations[5].field == Field::warnings);
    CHECK(first.expectations[6].field == Field::gap_reachable);
    CHECK(first.expectations[6].expected == Value::of(true));
    CHECK(first.expectations[7].field == Field::period);
    CHECK(first.expectations[7].expected.to_text() == "2025-06");  // canonical

    const rubrictest::TestCase& second = file.cases[1];
    CHECK(file.rubric_of(second).text == "other.yaml");
    REQUIRE(second.assessment.inline_map != nullptr);
    CHECK(second.expectations.back().field == Field::error);
    CHECK(second.expectations.back().expected == Value::null());
    CHECK(file.cases[2].unit->text == "150600");
  }

  TEST_CASE("an inline assessment gets `schema` and `rubric`, keeping its positions") {
    rubrictest::LoadResult result = load(
        "schema: cepin/test/1\nrubric: r\ncases:\n  - name: a\n    assessment: {unit: {id: u}, responses: {x: 1}}\n"
        "    expect: {score: 1}\n");
    REQUIRE(result.file.has_value());
    yaml::Input input = rubrictest::inline_assessment(*result.file, *result.file->cases[0].assessment.inline_map, "r");
    const yaml::Node& root = *input.document->root;
    REQUIRE(root.entries.size() == 4);
    CHECK(root.find("schema")->value->value == "cepin/assessment/1");
    CHECK(root.find("rubric")->value->value == "r");
    CHECK(root.find("responses")->key->position.line == 5);
    CHECK(root.find("responses")->key->position.column == 33);
    CHECK(input.source->path() == "t.yaml");
  }

  TEST_CASE("every problem of a file at once, located") {
    rubrictest::LoadResult result = load(R"(schema: cepin/test/1
cases:
  - name: one
    assessment: a.yaml
    expect: {scroe: 1, verdict: passed, warnings: [missing-evidense], reasons: [veto], score: 1e2}
  - name: one
    rubric: r
    assessment: [a.yaml]
    expect: {}
  - name: three
    rubric: r
    assessment: {responses: {}}
    expect: {gap: {reachable: yes}, clauses: [1.1], error: no-such-code}
    extra: 1
)");
    CHECK_FALSE(result.file.has_value());
    CHECK(problems(result) ==
          "3:5 missing-key case \"one\" names no rubric | add `rubric: <id or file>` to the case, or once at the top "
          "of the file\n"
          "5:14 unknown-key unknown key `scroe` in `expect` | did you mean `score`?\n"
          "5:33 bad-value `verdict` must be eligible or ineligible, not `passed` | write `verdict: eligible` or "
          "`verdict: ineligible`\n"
          "5:52 bad-value `missing-evidense` is not a warning code | did you mean `missing-evidence`?\n"
          "5:81 bad-value `veto` is not a reason code | reason codes are veto:<id>, prerequisite:<id>, "
          "below-floor:<id> and below-threshold\n"
          "5:95 bad-decimal `1e2` is not a decimal | write the number out in full, without an exponent\n"
          "6:5 duplicate-case a case named \"one\" is already on line 3 | give every case of a file its own name\n"
          "8:17 wrong-type `assessment` must be a path or an assessment written as a map, not a list | name a file "
          "beside this one (`ordos.yaml`), or write `{unit: {id: …}, responses: {…}}`\n"
          "9:5 bad-value `expect` of case \"one\" checks nothing | add what must come out, such as `score: 91.5` or "
          "`verdict: eligible`\n"
          "12:5 missing-key the assessment of case \"three\" has no `unit` | add `unit: {id: …}`; `schema` and "
          "`rubric` may be left out\n"
          "13:31 wrong-type `reachable` must be `true` or `false`, not a text\n"
          "13:46 wrong-type `clauses` must be a map of ids to scores, not a list\n"
          "13:60 bad-value `no-such-code` is not a code cepin reports | see the codes in the README's diagnostics "
          "table\n"
          "14:5 unknown-key unknown key `extra` in a test case | a case takes name, rubric, assessment, unit, "
          "expect\n");
  }

  TEST_CASE("values of the wrong type in `expect`, each located with the type wanted") {
    CHECK(problems(load(R"(schema: cepin/test/1
rubric: r
cases:
  - name: types
    assessment: a.yaml
    expect:
      score: [1]
      grade: {a: 1}
      period: 2025年13月
      reasons: veto:x
      warnings: [[unanswered]]
      clauses: {[1]: 2}
      gap: true
  - name: nulls are fine
    assessment: a.yaml
    expect: {score: null, grade: null, period: null, reasons: null, gap: {reachable: null}}
  - name: expect is a list
    assessment: a.yaml
    expect: [score]
  - 42
)")) == "7:14 wrong-type `score` must be a number, not a list\n"
           "8:14 wrong-type `grade` must be a text, not a map\n"
           "9:15 bad-period `2025年13月` is not a period | write YYYY, YYYY-H1, YYYY-Q2 or YYYY-MM (or 2025年, "
           "2025年上半年, 2025年第二季度, 2025年6月)\n"
           "10:16 wrong-type `reasons` must be a list of codes, not a text\n"
           "11:18 wrong-type a code must be a text, not a list\n"
           "12:17 wrong-type an id must be a text, not a list\n"
           "13:12 wrong-type `gap` must be a map with `reachable` or `needed`, not a text\n"
           "19:13 wrong-type `expect` must be a map of what must come out, not a list\n"
           "20:5 wrong-type a case must be a map with `name`, `assessment` and `expect`, not a text\n");
    CHECK(problems(load("schema: [cepin/test/1]\nrubric: r\ncases: {a: 1}\n")) ==
          "1:9 wrong-type `schema` must be a text, not a list\n"
          "3:8 wrong-type `cases` must be a list of cases, not a map\n");
    CHECK(problems(load("schema: cepin/assessment/1\nrubric: r\n")) ==
          "1:9 unknown-schema `cepin/assessment/1` is not a test file schema | this is an assessment: name it in a "
          "test case's `assessment:`, or score it with `cepin score`\n");
  }

  TEST_CASE("another kind of cepin file gets a hint; the rest is not checked") {
    CHECK(problems(load("schema: cepin/rubric/1\nid: x\n")) ==
          "1:9 unknown-schema `cepin/rubric/1` is not a test file schema | this is a rubric: its tests go in a file "
          "of their own that names it in `rubric:`\n");
    CHECK(problems(load("schema: cepin/tset/1\ncases: 1\n")) ==
          "1:9 unknown-schema `cepin/tset/1` is not a test file schema | did you mean `cepin/test/1`?\n");
    CHECK(problems(load("- a\n")) ==
          "1:1 wrong-type a test file must be a map, not a list | start with `schema: cepin/test/1`\n");
    CHECK(problems(load("schema: cepin/test/1\nrubric: r\ncases: []\n")) ==
          "3:8 bad-value `cases` lists no case | add a case with `name`, `assessment` and `expect`\n");
  }
}
