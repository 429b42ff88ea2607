#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "csv/reader.hpp"

using namespace cepin;

namespace {

// The fields are views into their source: each read keeps its source alive
// until the next one.
csv::Records read(const std::string& text, csv::Separator separator = csv::Separator::comma) {
  static std::unique_ptr<diag::SourceText> source;
  source = std::make_unique<diag::SourceText>("t.csv", text);
  return csv::read_records(*source, separator);
}

std::string dump(const csv::Records& records) {
  std::string out;
  for (const csv::Row& row : records.rows) {
    out += std::to_string(row.line) + ":";
    for (const csv::Field& f : row.fields) {
      out += " [" + std::string(f.text) + "]@" + std::to_string(f.position.line) + ":" +
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
    SUBCASE("text after a closing quote: an error of the row, reading goes on") {
      csv::Records r = read("h,i\n\"a\" b\"x,c\n\"d\",e\n");
      CHECK(r.diagnostics.empty());
      CHECK(dump(r) == "1: [h]@1:1 [i]@1:3\n2: [ab\"x]@2:1 [c]@2:9\n3: [d]@3:1 [e]@3:5\n");
      REQUIRE(r.rows.size() == 3);
      CHECK(r.rows[1].fields[0].malformed());
      CHECK_FALSE(r.rows[1].fields[1].malformed());
      CHECK(r.rows[0].diagnostics.empty());
      CHECK(r.rows[2].diagnostics.empty());
      REQUIRE(r.rows[1].diagnostics.size() == 1);
      const diag::Diagnostic& d = r.rows[1].diagnostics[0];
      CHECK(d.code == "text-after-quote");
      CHECK(d.severity == diag::Severity::error);
      CHECK(d.line == 2);
      CHECK(d.column == 5);
      CHECK(d.message == "text follows the closing quote of a field");
      CHECK(d.hint == "put the whole field inside the quotes, writing a quote inside as `\"\"`");
    }
  }

  TEST_CASE("separator_for_path") {
    CHECK(csv::separator_for_path("x/units.TSV") == csv::Separator::tab);
    CHECK(csv::separator_for_path("units.csv") == csv::Separator::comma);
  }
}
