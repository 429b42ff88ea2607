#include <doctest/doctest.h>

#include "test_csv_support.hpp"

#include <iconv.h>

#include <algorithm>
#include <string>
#include <vector>

#include "assessment/loader.hpp"
#include "csv/answers.hpp"
#include "report/messages.hpp"
#include "rubric/loader.hpp"
#include "yaml/input.hpp"

using namespace cepin;

namespace {

const char* const k_rubric = R"(schema: cepin/rubric/1
id: demo
title: Demo
version: "2020"
applies_to: [prefecture]
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
      - {id: "2.3.1", text: 满意度, points: 5, rule: {type: linear, from: 0, to: 100}}
      - {id: "2.10", text: 评级, points: 5, optional: true, rule: {type: levels, levels: {优秀: 5, 良好: 3}}}
adjustments:
  - {id: national-model, kind: bonus, text: 模范集体, per: 2, cap: 4}
  - {id: ethnic-incident, kind: veto, text: 重大事件}
)";

const rubric::Rubric& demo() {
  static std::shared_ptr<const rubric::Rubric> rubric = [] {
    rubric::LoadResult loaded = rubric::load_from_bytes("demo.yaml", k_rubric);
    REQUIRE(static_cast<bool>(loaded.rubric));
    return loaded.rubric;
  }();
  return *rubric;
}

using test::encode;

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    out += (out.empty() ? "" : "|") + item;
  }
  return out;
}

std::string join(const std::vector<assessment::EvidenceItem>& items) {
  std::vector<std::string> texts;
  for (const assessment::EvidenceItem& item : items) {
    texts.push_back(item.text);
  }
  return join(texts);
}

// Everything of an Assessment but positions, one fact a line.
std::string dump(const assessment::Assessment& a) {
  std::string out = "source=" + a.source + " base=" + a.base_directory + " rubric=" + a.rubric_id +
                    "@" + a.rubric_version.value_or("-") + " unit=" + a.unit.id + "/" +
                    a.unit.name + "/" + a.unit.kind + " assessor=" + a.assessor +
                    " root=" + a.evidence_root + "\n";
  for (const rubric::Clause* clause : demo().clauses()) {
    const assessment::Response* found = a.responses.find(clause->ordinal);
    if (found == nullptr) {
      continue;
    }
    const assessment::Response& r = *found;
    out += clause->id + ": state=" + std::to_string(static_cast<int>(r.state)) +
           " met=" + std::to_string(r.met) + " labels=" + join(r.labels) + " level=" + r.level +
           " value=" + r.value.to_string() + " count=" + std::to_string(r.count) +
           " evidence=" + join(r.evidence) + " note=" + r.note + "\n";
  }
  for (const auto& [id, p] : a.prerequisites) {
    out += id + ": met=" + (p.met ? std::to_string(*p.met) : "-") +
           " evidence=" + join(p.evidence) + "\n";
  }
  for (const auto& [id, adj] : a.adjustments) {
    out += id + ": count=" + std::to_string(adj.count) +
           " occurred=" + (adj.occurred ? std::to_string(*adj.occurred) : "-") +
           " evidence=" + join(adj.evidence) + "\n";
  }
  for (const assessment::Warning& w : a.warnings) {
    out += "warning " + std::string(w.code()) + " " + w.id + ": " +
           report::warning_text(w, &demo(), report::Lang::en) + "\n";
  }
  return out;
}

csv::LoadResult load(const std::string& bytes, csv::Options options = {},
                     const std::string& path = "data/u.csv") {
  return csv::load(path, bytes, options, demo());
}

// "line:col severity code: message [hint]" for each diagnostic.
std::string diagnostics(const std::vector<diag::Diagnostic>& list) {
  std::string out;
  for (const diag::Diagnostic& d : list) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " +
           diag::severity_name(d.severity) + " " + d.code + ": " + d.message +
           (d.hint.empty() ? "" : " [" + d.hint + "]") + "\n";
  }
  return out;
}

const std::string k_long =
    "unit_id,unit_name,unit_kind,rubric,clause,response,evidence,note\n"
    "150600,鄂尔多斯市,prefecture,demo,1.1.1,是,学习记录.pdf;会议纪要.docx,\n"
    "150600,鄂尔多斯市,prefecture,demo,1.1.2,2.5,,两项未完成\n"
    "150600,鄂尔多斯市,prefecture,demo,1.2.1,计划；方案,,\n"
    "150600,鄂尔多斯市,prefecture,demo,2.3.1,96.5%,,\n"
    "150600,鄂尔多斯市,prefecture,demo,2.10,n/a,,\n"
    "150600,鄂尔多斯市,prefecture,demo,national-model,1,表彰决定.pdf,\n"
    "150600,鄂尔多斯市,prefecture,demo,ethnic-incident,否,,\n"
    "150600,鄂尔多斯市,prefecture,demo,provincial-title,yes,,\n"
    "150700,呼伦贝尔市,prefecture,demo@2020,1.1.1,no,,\n";

const std::string k_wide =
    "unit_id,unit_name,unit_kind,rubric,1.1.1,1.1.1:evidence,1.1.2,1.1.2:note,1.2.1,2.3.1,2.10,"
    "national-model,"
    "national-model:evidence,ethnic-incident,provincial-title\n"
    "150600,鄂尔多斯市,prefecture,demo,是,\"学习记录.pdf\n会议纪要.docx\",2.5,两项未完成,"
    "计划；方案,96.5%,n/a,1,"
    "表彰决定.pdf,否,yes\n"
    "150700,呼伦贝尔市,prefecture,demo@2020,no,,,,,,,,,,\n";

const char* const k_first_unit =
    "source=data/u.csv base=data rubric=demo@- unit=150600/鄂尔多斯市/prefecture assessor= root=\n"
    "1.1.1: state=2 met=1 labels= level= value=0 count=0 evidence=学习记录.pdf|会议纪要.docx "
    "note=\n"
    "1.1.2: state=2 met=0 labels= level= value=2.5 count=0 evidence= note=两项未完成\n"
    "1.2.1: state=2 met=0 labels=计划|方案 level= value=0 count=0 evidence= note=\n"
    "2.3.1: state=2 met=0 labels= level= value=96.5 count=0 evidence= note=\n"
    "2.10: state=1 met=0 labels= level= value=0 count=0 evidence= note=\n"
    "provincial-title: met=1 evidence=\n"
    "ethnic-incident: count=0 occurred=0 evidence=\n"
    "national-model: count=1 occurred=- evidence=表彰决定.pdf\n";

const char* const k_second_unit =
    "source=data/u.csv base=data rubric=demo@2020 unit=150700/呼伦贝尔市/prefecture assessor= "
    "root=\n"
    "1.1.1: state=2 met=0 labels= level= value=0 count=0 evidence= note=\n";

std::vector<std::string> dumps(const csv::LoadResult& result) {
  std::vector<std::string> out;
  for (const csv::CsvUnit& unit : result.units) {
    out.push_back(unit.assessment ? dump(*unit.assessment)
                                  : "error:\n" + diagnostics(unit.diagnostics));
  }
  return out;
}

}  // namespace

TEST_SUITE("csv::load") {
  TEST_CASE("layouts and encodings give the same assessments") {
    SUBCASE("long") {
      csv::LoadResult result = load(k_long);
      CHECK(result.diagnostics.empty());
      CHECK(dumps(result) == std::vector<std::string>{k_first_unit, k_second_unit});
    }
    SUBCASE("wide") {
      csv::LoadResult result = load(k_wide);
      CHECK(result.diagnostics.empty());
      CHECK(dumps(result) == std::vector<std::string>{k_first_unit, k_second_unit});
    }
    SUBCASE("GB18030, with a note") {
      csv::LoadResult result = load(encode("GB18030", k_long));
      CHECK(diagnostics(result.diagnostics) ==
            "0:0 note decoded-gb18030: the file is not UTF-8; it was read as GB18030 [use "
            "--encoding to name another "
            "encoding]\n");
      CHECK(dumps(result) == std::vector<std::string>{k_first_unit, k_second_unit});
    }
    SUBCASE("UTF-16LE TSV with a BOM (Excel's Unicode text)") {
      std::string tsv = k_wide;
      for (char& c : tsv) {
        c = c == ',' ? '\t' : c;
      }
      csv::Options options;
      options.separator = csv::Separator::tab;
      csv::LoadResult result = load("\xFF\xFE" + encode("UTF-16LE", tsv), options, "data/u.tsv");
      CHECK(result.diagnostics.empty());
      std::vector<std::string> expected = {k_first_unit, k_second_unit};
      for (std::string& e : expected) {
        e.replace(e.find("u.csv"), 5, "u.tsv");
      }
      CHECK(dumps(result) == expected);
    }
    SUBCASE("BOM and CRLF, Chinese headers") {
      std::string text = k_long;
      text.replace(0, text.find('\n'),
                   "单位编码,单位名称,单位类型,指标体系,指标编号,自评结果,佐证材料,备注");
      std::string crlf;
      for (char c : text) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
      }
      csv::LoadResult result = load("\xEF\xBB\xBF" + crlf);
      CHECK(result.diagnostics.empty());
      CHECK(dumps(result) == std::vector<std::string>{k_first_unit, k_second_unit});
    }
    SUBCASE("the same answers in YAML") {
      const char* yaml = R"(schema: cepin/assessment/1
rubric: demo
unit: {id: "150600", name: 鄂尔多斯市, kind: prefecture}
prerequisites: {provincial-title: yes}
responses:
  "1.1.1": {met: 是, evidence: [学习记录.pdf, 会议纪要.docx]}
  "1.1.2": {points: 2.5, note: 两项未完成}
  "1.2.1": {met: [计划, 方案]}
  "2.3.1": 96.5%
  "2.10": n/a
adjustments: {national-model: {count: 1, evidence: 表彰决定.pdf}, ethnic-incident: 否}
)";
      yaml::Input input = yaml::parse_input("data/u.csv", yaml);
      assessment::LoadResult loaded = assessment::load(input, demo(), "data/u.csv", "data");
      CHECK(diagnostics(loaded.diagnostics) == "");
      REQUIRE(loaded.assessment);
      CHECK(dump(*loaded.assessment) == k_first_unit);
    }
  }

  TEST_CASE("whole-file errors") {
    SUBCASE("an unclosed quote") {
      csv::LoadResult result = load("unit_id,1.1.1\n1,\"yes\n");
      CHECK(result.units.empty());
      CHECK(csv::read_table("u.csv", "unit_id,1.1.1\n1,\"yes\n", {}).has_unit_id_column);
      CHECK(diagnostics(result.diagnostics) ==
            "2:3 error unclosed-quote: this quoted field is never closed [end it with `\"`, and "
            "write a quote "
            "inside a quoted field as `\"\"`]\n");
    }
    SUBCASE("text after a closing quote in the header") {
      csv::LoadResult result = load("unit_id,\"1.1.1\"x\n1,yes\n");
      CHECK(result.units.empty());
      CHECK(diagnostics(result.diagnostics) ==
            "1:16 error text-after-quote: text follows the closing quote of a field [put the "
            "whole field inside the quotes, writing a quote inside as `\"\"`]\n");
    }
    SUBCASE("no unit id column") {
      csv::Table table = csv::read_table("u.csv", "name,1.1.1\nx,yes\n", {});
      CHECK_FALSE(table.has_unit_id_column);
      CHECK(diagnostics(table.diagnostics) ==
            "1:1 error missing-unit-id-column: the header has no unit id column [add a `unit_id` "
            "(单位编码) column; "
            "the header is the first non-empty row]\n");
    }
    SUBCASE("an unknown column in the long layout") {
      csv::LoadResult result = load("unit_id,clause,respons\n1,1.1.1,yes\n");
      CHECK(diagnostics(result.diagnostics) ==
            "1:16 error unknown-column: unknown column \"respons\" [did you mean `response`?]\n");
    }
    SUBCASE("an unknown id column in the wide layout") {
      csv::LoadResult result = load("unit_id,unit_nmae,1.1,2.1\n1,x,yes,良好\n");
      CHECK(diagnostics(result.diagnostics) ==
            "1:9 error unknown-column: unknown column \"unit_nmae\": rubric \"demo\" has no "
            "clause, adjustment or "
            "prerequisite \"unit_nmae\" [did you mean `unit_name`?]\n"
            "1:19 error unknown-column: unknown column \"1.1\": rubric \"demo\" has no clause, "
            "adjustment or "
            "prerequisite \"1.1\" [`1.1` is an item (组织): answer its clauses 1.1.1, 1.1.2]\n"
            "1:23 error unknown-column: unknown column \"2.1\": rubric \"demo\" has no clause, "
            "adjustment or "
            "prerequisite \"2.1\" [did you mean `2.10`? a trailing zero looks dropped (a "
            "spreadsheet or an unquoted "
            "number does that); write the id as text: \"2.10\"]\n");
    }
    SUBCASE("unknown columns ignored on request") {
      csv::Options options;
      options.unknown_columns = csv::UnknownColumns::ignore;
      csv::LoadResult result = load("unit_id,备 注,9.9\n1,x,yes\n", options);
      CHECK(result.diagnostics.empty());
      REQUIRE(result.units.size() == 1);
      CHECK(result.units[0].assessment);
    }
    SUBCASE("a duplicate column, English and Chinese") {
      csv::LoadResult result = load("unit_id,单位编码\n1,1\n");
      CHECK(diagnostics(result.diagnostics) ==
            "1:9 error duplicate-column: column \"单位编码\" repeats column \"unit_id\" (line 1, "
            "column 1) [keep one "
            "of them]\n");
    }
  }

  TEST_CASE("more header and cell checks") {
    SUBCASE("a long-layout column in the wide layout") {
      csv::LoadResult result = load("unit_id,response\n1,yes\n");
      CHECK(diagnostics(result.diagnostics) ==
            "1:9 error unknown-column: column \"response\" belongs to the long layout, which also needs a `clause` "
            "column [add a `clause` (指标编号) column, or name this column after a clause id]\n");
    }
    SUBCASE("a value under an unnamed column") {
      csv::LoadResult result = load("unit_id,,1.1.1\n1,,yes\n2,x,no\n");
      REQUIRE(result.units.size() == 2);
      CHECK(result.units[0].assessment);
      CHECK(diagnostics(result.units[1].diagnostics) ==
            "3:3 error unnamed-column: a value stands under a column with no name [name the column in the header, "
            "or clear the cell]\n");
    }
    SUBCASE("a rubric cell that names no rubric") {
      csv::LoadResult result = load("unit_id,rubric\n1,demo@\n");
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "2:3 error bad-rubric-ref: column \"rubric\": `demo@` does not name a rubric [write the rubric's id, or "
            "id@version]\n");
    }
    SUBCASE("an empty file") {
      csv::LoadResult result = load("\xEF\xBB\xBF\n , \n");
      CHECK(diagnostics(result.diagnostics) ==
            "1:1 error empty-file: the file has no header row [write a header row first: unit_id, then the other "
            "columns]\n");
    }
  }

  TEST_CASE("per-unit errors leave the other units") {
    SUBCASE("a ragged row") {
      csv::LoadResult result = load("unit_id,1.1.1\n1,yes,extra\n2,no\n");
      CHECK(result.diagnostics.empty());
      REQUIRE(result.units.size() == 2);
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "2:7 error ragged-row: the row has 3 fields but the header has 2 [give every row as "
            "many fields as the "
            "header (quote a field that holds a separator)]\n");
      CHECK_FALSE(result.units[0].assessment);
      CHECK(result.units[0].unit->id == "1");
      CHECK(result.units[1].assessment);
    }
    SUBCASE("a bad cell names its column") {
      csv::LoadResult result = load("unit_id,1.1.1,2.3.1\n1,maybe,abc\n2,no,\n");
      REQUIRE(result.units.size() == 2);
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "2:3 error bad-boolean: column \"1.1.1\": `maybe` is not a boolean [write true/false, "
            "yes/no, y/n, "
            "1/0, 是/否, 有/无, 达到/未达到, 符合/不符合, √/×, ✓/✗ or ✔/✘]\n"
            "2:9 error bad-decimal: column \"2.3.1\": `abc` is not a decimal [a decimal looks like "
            "90, 2.5 or "
            "-0.25]\n");
      CHECK(result.units[1].assessment);
    }
    SUBCASE("a bad cell in the long layout") {
      csv::LoadResult result = load("unit_id,clause,response\n1,2.10,一般\n");
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "2:8 error unknown-label: column \"response\" for \"2.10\": `一般` is not a level of "
            "clause 2.10 "
            "[levels: 优秀, 良好]\n");
    }
    SUBCASE("text after a closing quote fails only the row's unit") {
      csv::LoadResult result = load(
          "unit_id,unit_name,1.1.1\nu1,ab,true\nu2,\"x\"y,true\nu3,c,\"yes\" no\n");
      CHECK(result.diagnostics.empty());
      REQUIRE(result.units.size() == 3);
      CHECK(result.units[0].assessment);
      CHECK_FALSE(result.units[1].assessment);
      CHECK(result.units[1].unit->id == "u2");
      CHECK(diagnostics(result.units[1].diagnostics) ==
            "3:7 error text-after-quote: text follows the closing quote of a field [put the whole "
            "field inside the quotes, writing a quote inside as `\"\"`]\n");
      CHECK_FALSE(result.units[2].assessment);
      CHECK(diagnostics(result.units[2].diagnostics) ==
            "4:12 error text-after-quote: text follows the closing quote of a field [put the "
            "whole field inside the quotes, writing a quote inside as `\"\"`]\n");
    }
    SUBCASE("text after a closing quote in the long layout's id cell") {
      csv::LoadResult result =
          load("unit_id,clause,response\n1,\"1.1.1\"x,maybe\n1,1.1.2,abc\n2,1.1.1,no\n");
      REQUIRE(result.units.size() == 2);
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "2:10 error text-after-quote: text follows the closing quote of a field [put the "
            "whole field inside the quotes, writing a quote inside as `\"\"`]\n"
            "3:9 error bad-decimal: column \"response\" for \"1.1.2\": `abc` is not a decimal "
            "[a decimal looks like 90, 2.5 or -0.25]\n");
      CHECK(result.units[1].assessment);
    }
    SUBCASE("a conflicting unit name") {
      csv::LoadResult result = load(
          "unit_id,unit_name,clause,response\n1,甲市,1.1.1,yes\n2,乙市,1.1.1,no\n1,丙市,1.1.2,1\n");
      REQUIRE(result.units.size() == 2);
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "4:3 error conflicting-unit: column \"unit_name\": unit \"1\" has \"丙市\" here but "
            "\"甲市\" on line 2 "
            "[give every row of a unit the same value]\n");
      CHECK(result.units[0].unit->name == "甲市");
      CHECK(result.units[1].assessment);
    }
    SUBCASE("a conflicting rubric") {
      csv::LoadResult result =
          load("unit_id,rubric,clause,response\n1,demo,1.1.1,yes\n1,other,1.1.2,1\n");
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "3:3 error conflicting-rubric: column \"rubric\": unit \"1\" has \"other\" here but "
            "\"demo\" on line 2 "
            "[give every row of a unit the same value]\n");
    }
    SUBCASE("a rubric that is not the one scored against") {
      csv::LoadResult result = load("unit_id,rubric,1.1.1\n1,other,yes\n");
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "2:3 error rubric-mismatch: unit \"1\" is for rubric `other`, not `demo` [fix the "
            "`rubric` column, or "
            "score it against the rubric it names]\n");
    }
    SUBCASE("a duplicate unit/ID pair") {
      csv::LoadResult result = load("unit_id,clause,response\n1,1.1.1,yes\n1,1.1.1,no\n");
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "3:3 error duplicate-id: column \"clause\": unit \"1\" answers \"1.1.1\" twice (first "
            "on line 2) [keep "
            "one row per unit and id]\n");
    }
    SUBCASE("an unknown id in the long layout, trailing zero dropped") {
      csv::LoadResult result = load("unit_id,clause,response\n1,2.1,良好\n");
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "2:3 error unknown-id: column \"clause\": rubric \"demo\" has no clause, adjustment or "
            "prerequisite "
            "\"2.1\" [did you mean `2.10`? a trailing zero looks dropped (a spreadsheet or an "
            "unquoted number does "
            "that); write the id as text: \"2.10\"]\n");
    }
    SUBCASE("a second wide row for the same unit") {
      csv::LoadResult result = load("unit_id,1.1.1\n1,yes\n2,no\n1,no\n");
      REQUIRE(result.units.size() == 2);
      CHECK(diagnostics(result.units[0].diagnostics) ==
            "4:1 error duplicate-unit: column \"unit_id\": unit \"1\" already has a row (line 2) "
            "[the wide layout "
            "takes one row per unit and period: merge the rows]\n");
      CHECK(result.units[1].assessment);
    }
    SUBCASE("a row without a unit id") {
      csv::LoadResult result = load("unit_id,clause,response\n1,1.1.1,yes\n,1.1.2,1\n");
      REQUIRE(result.units.size() == 2);
      CHECK_FALSE(result.units[1].unit);
      CHECK(diagnostics(result.units[1].diagnostics) ==
            "3:1 error missing-unit-id: column \"unit_id\": the row has no unit id [fill the unit "
            "id on every row "
            "(merged cells keep it only on the first)]\n");
    }
  }

  TEST_CASE("warnings") {
    SUBCASE("a unit id in scientific notation") {
      csv::LoadResult result = load("unit_id,1.1.1\n9.1E+17,yes\n");
      REQUIRE(result.units[0].assessment);
      CHECK(dump(*result.units[0].assessment)
                .find("warning unit-id-scientific : unit id \"9.1E+17\" looks like a number a "
                      "spreadsheet wrote in "
                      "scientific notation\n") != std::string::npos);
    }
    SUBCASE("only an id that is all scientific notation") {
      auto flagged = [&](const std::string& id) {
        csv::LoadResult result = load("unit_id,1.1.1\n" + id + ",yes\n");
        REQUIRE(result.units[0].assessment);
        const auto& warnings = result.units[0].assessment->warnings;
        return std::any_of(warnings.begin(), warnings.end(),
                           [](const auto& w) { return w.code() == std::string("unit-id-scientific"); });
      };
      for (const char* id : {"1E5", "9e+17", "1.25E+11", "0.5e3"}) {
        CAPTURE(id);
        CHECK(flagged(id));
      }
      for (const char* id : {"E5", "12E5", "1.E5", "1.2E", "1.2E+", "1.2E-5", "1.2E+5x", "x1E5", "1e5e5", "ab"}) {
        CAPTURE(id);
        CHECK_FALSE(flagged(id));
      }
    }
    SUBCASE("a pinned version and a unit kind") {
      csv::LoadResult result = load("unit_id,unit_kind,rubric\n1,county,demo@2019\n");
      REQUIRE(result.units[0].assessment);
      CHECK(result.units[0].diagnostics.empty());
      const auto& warnings = result.units[0].assessment->warnings;
      REQUIRE(warnings.size() == 2);
      CHECK(warnings[0].code() == std::string("rubric-version"));
      CHECK(warnings[0].position.line == 2);
      CHECK(warnings[0].position.column == 10);
      CHECK(warnings[1].code() == std::string("unit-kind"));
      CHECK(warnings[1].position.line == 2);
      CHECK(warnings[1].position.column == 3);
      CHECK(report::warning_text(warnings[1], &demo(), report::Lang::en) ==
            "unit kind `county` is not one rubric demo applies to (prefecture)");
    }
  }

  TEST_CASE("steps for the CLI") {
    csv::Table table = csv::read_table(
        "-", "unit_id,rubric,1.1.1\n1,demo,yes\n2,other,no\n3,demo@2020,no\n4,,yes\n", {});
    REQUIRE(table.ok());
    CHECK(table.has_unit_id_column);
    CHECK(table.base_directory == ".");
    CHECK(table.layout == csv::Layout::wide_form);
    CHECK(table.rubric_ids() == std::vector<std::string>{"demo", "other"});
    CHECK(csv::check_columns(table, {&demo()}).empty());
    csv::CsvUnit none = csv::load_unit(table, table.units[3], nullptr);
    CHECK(diagnostics(none.diagnostics) ==
          "5:1 error no-rubric: unit \"4\" names no rubric [add a `rubric` (指标体系) column, or "
          "pass the rubric with "
          "-r]\n");
  }
}
