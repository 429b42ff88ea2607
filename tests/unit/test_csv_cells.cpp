// CSV answers cell by cell (beyond test_csv_answers.cpp): rows and columns
// that give only evidence or a note, a long layout without a response column,
// bad adjustment and prerequisite cells, fractions, ids that name a category
// or item, header hints, and columns unknown to several rubrics.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "csv/answers.hpp"
#include "rubric/loader.hpp"

using namespace cepin;

namespace {

const char* const k_rubric = R"(schema: cepin/rubric/1
id: demo
title: Demo
total: 20
threshold: 15
prerequisites:
  - {id: provincial-title, text: 已被命名为省级示范区}
categories:
  - id: "1"
    title: 领导
    items:
      - id: "1.1"
        title: 组织
        clauses:
          - {id: "1.1.1", text: 学习, points: 3, rule: check}
          - {id: "1.1.2", text: 议程, points: 3, rule: manual}
      - id: "1.2"
        title: 机制
        clauses:
          - {id: "1.2.1", text: 有计划、有方案, points: 4, rule: {type: checklist, elements: [计划, 方案]}}
  - id: "2"
    title: 成效
    clauses:
      - {id: "2.3.1", text: 满意度, points: 10, rule: {type: linear, from: 0, to: 100}}
adjustments:
  - {id: national-model, kind: bonus, text: 模范集体, per: 2, cap: 4}
)";

std::shared_ptr<const rubric::Rubric> loaded(const std::string& text) {
  rubric::LoadResult result = rubric::load_from_bytes("r.yaml", text);
  REQUIRE(static_cast<bool>(result.rubric));
  return result.rubric;
}

const rubric::Rubric& demo() {
  static std::shared_ptr<const rubric::Rubric> rubric = loaded(k_rubric);
  return *rubric;
}

csv::LoadResult load(const std::string& bytes, csv::Options options = {}) {
  return csv::load("data/u.csv", bytes, options, demo());
}

// "line:col code: message [hint]" for each diagnostic.
std::string rendered(const std::vector<diag::Diagnostic>& list) {
  std::string out;
  for (const diag::Diagnostic& d : list) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + ": " + d.message +
           (d.hint.empty() ? "" : " [" + d.hint + "]") + "\n";
  }
  return out;
}

// The first unit's diagnostics, or its answers as "id state=… evidence=… note=… at=line:col" (state 0 is
// unanswered, 2 answered) and its warnings.
std::string first_unit(const csv::LoadResult& result) {
  if (!result.diagnostics.empty()) {
    return "file: " + rendered(result.diagnostics);
  }
  REQUIRE_FALSE(result.units.empty());
  const csv::CsvUnit& unit = result.units.front();
  if (!unit.assessment) {
    return rendered(unit.diagnostics);
  }
  std::string out;
  for (const rubric::Clause* clause : demo().clauses()) {
    const assessment::Response* found = unit.assessment->responses.find(clause->ordinal);
    if (found == nullptr) {
      continue;
    }
    const assessment::Response& response = *found;
    out += clause->id + " state=" + std::to_string(static_cast<int>(response.state)) + " evidence=";
    for (const auto& item : response.evidence) {
      out += item.text + "@" + std::to_string(item.position.line) + ":" + std::to_string(item.position.column) + ";";
    }
    out += " note=" + response.note + " at=" + std::to_string(response.position.line) + ":" +
           std::to_string(response.position.column) + "\n";
  }
  for (const auto& warning : unit.assessment->warnings) {
    out += "warning " + std::string(warning.code()) + " " + warning.id + " at=" +
           std::to_string(warning.position.line) + ":" + std::to_string(warning.position.column) + "\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("csv cells") {
  TEST_CASE("the long layout: a row without an id, and one that gives only evidence or a note") {
    CHECK(first_unit(load("unit_id,clause,response,evidence,note\n1,,是,,\n1,1.1.1,是,,\n")) ==
          "2:3 missing-id: column \"clause\": the row has no id [name the clause, adjustment or prerequisite the row "
          "answers]\n");
    CHECK(first_unit(load("unit_id,clause,response,evidence,note\n1,,,,\n1,1.1.1,是,,\n")) ==
          "1.1.1 state=2 evidence= note= at=3:3\n");
    CHECK(first_unit(load("unit_id,clause,response,evidence,note\n1,1.1.1,,a.pdf,\n")) ==
          "1.1.1 state=0 evidence=a.pdf@2:10; note= at=2:3\n");
    CHECK(first_unit(load("unit_id,clause,response,evidence,note\n1,1.1.2,,,只有备注\n")) ==
          "1.1.2 state=0 evidence= note=只有备注 at=2:3\n");
  }

  TEST_CASE("the long layout without a response column labels cells by id") {
    CHECK(first_unit(load("unit_id,clause,evidence\n1,1.1.1,a.pdf\n")) ==
          "1.1.1 state=0 evidence=a.pdf@2:9; note= at=2:3\n");
  }

  TEST_CASE("bad adjustment and prerequisite cells name their column and id") {
    CHECK(first_unit(load("unit_id,clause,response\n1,national-model,很多\n1,provincial-title,也许\n")) ==
          "2:18 bad-count: column \"response\" for \"national-model\": `很多` is not a count [write a whole number from "
          "0 to 1000000000]\n"
          "3:20 bad-boolean: column \"response\" for \"provincial-title\": `也许` is not a boolean [write true/false, "
          "yes/no, y/n, 1/0, 是/否, 有/无, 达到/未达到, 符合/不符合, √/×, ✓/✗ or ✔/✘]\n");
    CHECK(first_unit(load("unit_id,national-model,provincial-title\n1,很多,也许\n")) ==
          "2:3 bad-count: column \"national-model\": `很多` is not a count [write a whole number from 0 to 1000000000]\n"
          "2:6 bad-boolean: column \"provincial-title\": `也许` is not a boolean [write true/false, yes/no, y/n, 1/0, "
          "是/否, 有/无, 达到/未达到, 符合/不符合, √/×, ✓/✗ or ✔/✘]\n");
  }

  TEST_CASE("a fraction for a percentage is a warning at the cell") {
    CHECK(first_unit(load("unit_id,clause,response\n1,2.3.1,0.965\n")) ==
          "2.3.1 state=2 evidence= note= at=2:3\n"
          "warning value-looks-like-fraction 2.3.1 at=2:9\n");
    CHECK(first_unit(load("unit_id,2.3.1\n1,0.9\n")) ==
          "2.3.1 state=2 evidence= note= at=2:3\n"
          "warning value-looks-like-fraction 2.3.1 at=2:3\n");
  }

  TEST_CASE("the wide layout: only evidence or only a note for an id") {
    CHECK(first_unit(load("unit_id,1.1.1:evidence,1.1.2：备注\n1,a.pdf；b.docx,备注一\n")) ==
          "1.1.1 state=0 evidence=a.pdf@2:3;b.docx@2:3; note= at=2:3\n"
          "1.1.2 state=0 evidence= note=备注一 at=2:16\n");
    CHECK(first_unit(load("unit_id,1.1.1：佐证材料,1.1.1:NOTE\n1,,说明\n")) == "1.1.1 state=0 evidence= note=说明 at=2:4\n");
  }

  TEST_CASE("an id naming a category or an item lists its clauses") {
    CHECK(first_unit(load("unit_id,clause,response\n1,1,是\n")) ==
          "2:3 unknown-id: column \"clause\": rubric \"demo\" has no clause, adjustment or prerequisite \"1\" [`1` is "
          "a category (领导): answer its clauses 1.1.1, 1.1.2, 1.2.1]\n");
    CHECK(rendered(load("unit_id,2\n1,是\n").diagnostics) ==
          "1:9 unknown-column: unknown column \"2\": rubric \"demo\" has no clause, adjustment or prerequisite \"2\" "
          "[`2` is a category (成效): answer its clauses 2.3.1]\n");
  }

  TEST_CASE("header hints: tabs in a CSV header, commas in a TSV one, the long layout's columns") {
    CHECK(rendered(load("unit_id,甲\t乙\n1,x\n").diagnostics) ==
          "1:9 unknown-column: unknown column \"甲\t乙\" [the header holds tabs: the file looks tab-separated (name it "
          ".tsv, or use --input-format tsv)]\n");
    csv::Options tsv;
    tsv.separator = csv::Separator::tab;
    CHECK(rendered(load("unit_id\t甲,乙\n1\tx\n", tsv).diagnostics) ==
          "1:9 unknown-column: unknown column \"甲,乙\" [the header holds commas: the file looks comma-separated (use "
          "--input-format csv)]\n");
    CHECK(rendered(load("unit_id,clause,甲乙丙\n1,1.1.1,x\n").diagnostics) ==
          "1:16 unknown-column: unknown column \"甲乙丙\" [the long layout (with a `clause` column) takes answers in "
          "`response`, `evidence` and `note`]\n");
    CHECK(csv::read_table("u.csv", "unit_id,1.1.1\n1,yes\n", {}).base_directory == ".");
    CHECK(csv::read_table("a/b/u.csv", "unit_id,1.1.1\n1,yes\n", {}).base_directory == "a/b");
  }

  TEST_CASE("a column no rubric of the file knows, checked against several rubrics") {
    std::string other_text = k_rubric;
    other_text.replace(other_text.find("id: demo"), 8, "id: other");
    std::shared_ptr<const rubric::Rubric> other = loaded(other_text);
    csv::Table table = csv::read_table("u.csv", "unit_id,rubric,9.9.9,unit_nam\n1,demo,是,x\n", {});
    REQUIRE(table.ok());
    CHECK(rendered(csv::check_columns(table, {&demo(), other.get()})) ==
          "1:16 unknown-column: unknown column \"9.9.9\": no rubric of the file has a clause, adjustment or "
          "prerequisite \"9.9.9\"\n"
          "1:22 unknown-column: unknown column \"unit_nam\": no rubric of the file has a clause, adjustment or "
          "prerequisite \"unit_nam\" [did you mean `unit_name`?]\n");
  }
}
