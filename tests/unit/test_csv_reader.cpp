#include <doctest/doctest.h>

#include <string>

#include "csv/reader.hpp"

using namespace cepin;

namespace {

csv::Records read(const std::string& text, csv::Separator separator = csv::Separator::comma) {
  diag::SourceText source("t.csv", text);
  return csv::read_records(source, separator);
}

std::string dump(const csv::Records& records) {
  std::string out;
  for (const csv::Row& row : records.rows) {
    out += std::to_string(row.line) + ":";
    for (const csv::Field& f : row.fields) {
      out += " [" + f.text + "]@" + std::to_string(f.position.line) + ":" +
             std::to_string(f.position.column);
    }
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("csv::read_records") {
  TEST_CASE("fields with positions") {
    SUBCASE("LF, empty rows skipped, cells trimmed") {
      csv::Records r = read("a, b ,\n\n , \n中文,\xE3\x80\x80x\xE3\x80\x80,z\n");
      CHECK(r.diagnostics.empty());
      CHECK(dump(r) == "1: [a]@1:1 [b]@1:3 []@1:7\n4: [中文]@4:1 [x]@4:4 [z]@4:8\n");
    }
    SUBCASE("CRLF") {
      csv::Records r = read("a,b\r\nc,d\r\n");
      CHECK(dump(r) == "1: [a]@1:1 [b]@1:3\n2: [c]@2:1 [d]@2:3\n");
    }
    SUBCASE("a quoted field holding a newline and a doubled quote") {
      csv::Records r = read("id,note\r\n1,\"say \"\"hi\"\"\r\nthere\"\r\n2,x\n");
      CHECK(r.diagnostics.empty());
      CHECK(dump(r) ==
            "1: [id]@1:1 [note]@1:4\n2: [1]@2:1 [say \"hi\"\nthere]@2:3\n4: [2]@4:1 [x]@4:3\n");
    }
    SUBCASE("tab separated, commas kept") {
      csv::Records r = read("a\tb,c\n", csv::Separator::tab);
      CHECK(dump(r) == "1: [a]@1:1 [b,c]@1:3\n");
    }
    SUBCASE("no final line break") {
      CHECK(dump(read("a,b")) == "1: [a]@1:1 [b]@1:3\n");
    }
  }

  TEST_CASE("errors") {
    SUBCASE("an unclosed quote, located where it opens") {
      csv::Records r = read("a,b\n1,\"x\n2,y\n");
      CHECK(r.rows.empty());
      REQUIRE(r.diagnostics.size() == 1);
      CHECK(r.diagnostics[0].code == "unclosed-quote");
      CHECK(r.diagnostics[0].line == 2);
      CHECK(r.diagnostics[0].column == 3);
      CHECK(r.diagnostics[0].message == "this quoted field is never closed");
    }
    SUBCASE("text after a closing quote") {
      csv::Records r = read("\"a\"b,c\n");
      REQUIRE(r.diagnostics.size() == 1);
      CHECK(r.diagnostics[0].code == "text-after-quote");
      CHECK(r.diagnostics[0].column == 4);
    }
  }

  TEST_CASE("separator_for_path") {
    CHECK(csv::separator_for_path("x/units.TSV") == csv::Separator::tab);
    CHECK(csv::separator_for_path("units.csv") == csv::Separator::comma);
  }
}
