#include <doctest/doctest.h>

#include "report/text_table.hpp"

using namespace cepin::report;

TEST_SUITE("report::TextTable") {
  TEST_CASE("render") {
    SUBCASE("CJK characters take two columns; no trailing spaces") {
      TextTable table({Align::left, Align::right, Align::left});
      table.add_row({"ID", "得分", ""});
      table.add_row({"1", "8.75", "党的领导"});
      table.add_row({"1.1", "10.00"});
      CHECK(table.render("  ") == "  ID    得分\n  1     8.75  党的领导\n  1.1  10.00\n");
    }
    SUBCASE("empty") {
      CHECK(TextTable({Align::left}).render() == "");
    }
  }
}
