// Reading a CSV table (beyond test_csv_reader.cpp and test_csv_answers.cpp):
// the header below a title, a template's guidance row, a header with no rows,
// and the unit fields that must agree across a unit's rows (dates and kinds
// compared by meaning).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "csv/table.hpp"

using namespace cepin;

namespace {

// "line:col code: message" for each diagnostic of the table and of its units.
std::string rendered(const csv::Table& table) {
  std::string out;
  auto add = [&out](const std::vector<diag::Diagnostic>& list) {
    for (const diag::Diagnostic& d : list) {
      out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + ": " + d.message + "\n";
    }
  };
  add(table.diagnostics);
  for (const csv::UnitRows& unit : table.units) {
    add(unit.diagnostics);
  }
  return out;
}

// The unit ids of the table, with the number of rows each, as "id×n".
std::string units_of(const csv::Table& table) {
  std::string out;
  for (const csv::UnitRows& unit : table.units) {
    out += (out.empty() ? "" : " ") + unit.unit.id + "×" + std::to_string(unit.rows.size());
  }
  return out;
}

}  // namespace

TEST_SUITE("csv::read_table") {
  TEST_CASE("the header is the first row with a unit id column; rows above it are a title") {
    csv::Table table = csv::read_table("u.csv", "2025年自评表,,\n填表单位：,,\nunit_id,unit_name,1.1.1\n1,甲,是\n", {});
    CHECK(rendered(table) == "1:1 title-rows: skipped 2 rows above the header (line 3): a sheet title, not units\n");
    CHECK(table.ok());
    CHECK(units_of(table) == "1×1");
    REQUIRE(table.columns.size() == 3);
    CHECK(table.columns[2].id == "1.1.1");
    CHECK(table.columns[2].position.line == 3);
  }

  TEST_CASE("a template's guidance row under the header is skipped, in either language") {
    for (const char* guidance : {"填写说明", "Guidance", "GUIDANCE"}) {
      CAPTURE(std::string(guidance));
      csv::Table table =
          csv::read_table("u.csv", "unit_id,1.1.1\n" + std::string(guidance) + ",填是或否\n1,是\n2,否\n", {});
      CHECK(rendered(table) == "");
      CHECK(units_of(table) == "1×1 2×1");
    }
    csv::Table not_first = csv::read_table("u.csv", "unit_id,1.1.1\n1,是\nguidance,x\n", {});
    CHECK(units_of(not_first) == "1×1 guidance×1");
  }

  TEST_CASE("a header without rows has no units and no error") {
    csv::Table table = csv::read_table("u.csv", "unit_id,1.1.1\n", {});
    CHECK(table.ok());
    CHECK(rendered(table) == "");
    CHECK(table.units.empty());
  }

  TEST_CASE("a unit's dates agree by meaning, its kinds by code") {
    csv::Table same = csv::read_table("u.csv",
                                      "unit_id,unit_kind,assessed_on,clause,response\n"
                                      "1,市,2025/6/30,1.1.1,是\n"
                                      "1,prefecture,2025-06-30,1.1.2,1\n"
                                      "1,,,2.1,1\n",
                                      {});
    CHECK(rendered(same) == "");
    REQUIRE(same.units.size() == 1);
    CHECK(same.units[0].unit.kind == "市");  // as first written; the loader reads it as a kind
    REQUIRE(same.units[0].assessed_on);
    CHECK(same.units[0].assessed_on->text == "2025/6/30");
    csv::Table differ = csv::read_table("u.csv",
                                        "unit_id,unit_kind,assessed_on,named_on,clause,response\n"
                                        "1,county,2025/6/30,2020年1月2日,1.1.1,是\n"
                                        "1,prefecture,2025-07-01,2020-01-02,1.1.2,1\n"
                                        "1,county,sometime,soon,2.1,1\n"
                                        "1,county,sometime-else,2020-01-02,2.2,1\n",
                                        {});
    CHECK(rendered(differ) ==
          "3:3 conflicting-unit: column \"unit_kind\": unit \"1\" has \"prefecture\" here but \"county\" on line 2\n"
          "3:14 conflicting-unit: column \"assessed_on\": unit \"1\" has \"2025-07-01\" here but \"2025/6/30\" on "
          "line 2\n"
          "4:10 conflicting-unit: column \"assessed_on\": unit \"1\" has \"sometime\" here but \"2025/6/30\" on line "
          "2\n"
          "4:19 conflicting-unit: column \"named_on\": unit \"1\" has \"soon\" here but \"2020年1月2日\" on line 2\n"
          "5:10 conflicting-unit: column \"assessed_on\": unit \"1\" has \"sometime-else\" here but \"2025/6/30\" on "
          "line 2\n");
  }
}
