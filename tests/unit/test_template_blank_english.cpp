// Templates of an English rubric with a version, a base, no unit kind and formula-like texts.
#include <doctest/doctest.h>

#include <string>

#include "rubric/loader.hpp"
#include "template/blank.hpp"

using namespace cepin;

namespace {

const char* const k_rubric = R"yaml(schema: cepin/rubric/1
id: plain
title: "Plain\tcheck"
version: "2\"b\\c\td\ne\u0001"
lang: en
total: 10
threshold: 6
validity_years: 3
categories:
  - id: A
    title: Work
    min: 2
    clauses:
      - {id: A.1, text: "=SUM(1)", points: 4, evidence: {min: 2, kinds: [pdf, photo]}, veto: true, rule: check}
      - {id: A.2, text: "+one", points: 3, optional: true, rule: {type: count, per: 1, min: 2}}
      - {id: A.3, text: "-two, three", points: 1, rule: {type: manual}}
      - {id: A.4, text: "@four", points: 2, rule: {type: deduct, per: 1, floor: 0}}
adjustments:
  - {id: fine, kind: penalty, text: Fined, per: 2}
)yaml";

rubric::Rubric plain() {
  rubric::LoadResult loaded = rubric::load_from_bytes("plain.yaml", k_rubric);
  for (const auto& d : loaded.diagnostics) {
    INFO(d.code << ": " << d.message);
  }
  REQUIRE(static_cast<bool>(loaded.rubric));
  rubric::Rubric rubric = *loaded.rubric;
  rubric.extends = {"base", "root"};
  return rubric;
}

}  // namespace

TEST_SUITE("tmpl templates of an English rubric") {
  TEST_CASE("YAML: the version quoted with escapes, the base chain, no unit kind") {
    CHECK(tmpl::yaml_template(plain()) == R"yaml(# A blank self-assessment for Plain check (plain).
# The rubric extends base → root; its rows below are the merged set.
# Fill in the answers; an empty answer is unanswered. Any answer may also be written
# {<response key>: …, evidence: [file.pdf, …], note: …}.
schema: cepin/assessment/1
rubric: "plain@2\"b\\c\td\ne\x01"
unit: {id: "000000", name: "Unit name"}
# assessed_on: 2025-06-30
# assessor: self
# title: {named_on: 2020-12-01}
adjustments:
  # penalty Fined; response: a whole number (count), 2 points per occurrence
  "fine":
responses:
  # A Work (10 points; must reach 2)
  # A.1 (4 points) =SUM(1)
  #   rule check; response: true or false (met)
  #   evidence: at least 2 items (pdf, photo)
  #   veto: an answer below full marks vetoes the unit (一票否决)
  "A.1":
  # A.2 (3 points) +one
  #   rule count: 1 each, nothing below 2; response: a whole number (count), or n/a
  #   optional: may be answered n/a (不适用)
  "A.2":
  # A.3 (1 point) -two, three
  #   rule manual; response: points from 0 to 1
  "A.3":
  # A.4 (2 points) @four
  #   rule deduct: 1 off each, floor 0; response: a whole number (count)
  "A.4":
)yaml");
  }
  TEST_CASE("YAML in Chinese names the base chain") {
    std::string text = tmpl::yaml_template(plain(), "zh");
    CHECK(text.substr(0, text.find("schema:")) ==
          "# Plain check（plain）自评表。\n# 本指标体系继承自 base → root，以下为合并后的指标。\n"
          "# 逐项填写作答，留空即未作答。任一作答也可写成\n"
          "# {<作答键>: …, evidence: [材料.pdf, …], note: …}（佐证材料、备注）。\n");
  }
  TEST_CASE("CSV long: formula-like texts are guarded, the unit kind is empty") {
    const std::string unit = "000000,Unit name,,\"plain@2\"\"b\\c\td\ne\x01\",";
    CHECK(tmpl::csv_template(plain(), tmpl::CsvLayout::long_form) ==
          "\xEF\xBB\xBFunit_id,unit_name,unit_kind,rubric,clause,text,points,guidance,response,evidence,note\n" + unit +
          "A.1,'=SUM(1),4,\"answer: true or false (met); veto: below full marks vetoes the unit; evidence: at least 2 "
          "items (pdf, photo)\",,,\n" +
          unit + "A.2,'+one,3,\"answer: a whole number (count), or n/a\",,,\n" + unit +
          "A.3,\"'-two, three\",1,answer: points from 0 to 1,,,\n" + unit +
          "A.4,'@four,2,answer: a whole number (count),,,\n" + unit +
          "fine,Fined,penalty,\"answer: a whole number (count), 2 points per occurrence\",,,\n");
  }
  TEST_CASE("CSV wide: no example unit kind; one point is one point") {
    CHECK(tmpl::csv_template(plain(), tmpl::CsvLayout::wide_form) ==
          "\xEF\xBB\xBFunit_id,unit_name,unit_kind,rubric,A.1,A.1:evidence,A.2,A.3,A.4,fine\n"
          "guidance,the unit's full name,,leave as it is,\"'=SUM(1) (4 points). answer: true or false (met); veto: "
          "below full marks vetoes the unit; evidence: at least 2 items (pdf, photo)\",\"evidence for A.1: at least 2, "
          "separated by ;\",\"'+one (3 points). answer: a whole number (count), or n/a\",\"'-two, three (1 point). "
          "answer: points from 0 to 1\",'@four (2 points). answer: a whole number (count),\"Fined (penalty). answer: a "
          "whole number (count), 2 points per occurrence\"\n"
          "000000,Unit name,,\"plain@2\"\"b\\c\td\ne\x01\",,,,,,\n");
  }
}
