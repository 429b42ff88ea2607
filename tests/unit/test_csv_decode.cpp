#include <doctest/doctest.h>

#include "test_csv_support.hpp"

#include <iconv.h>

#include <string>

#include "csv/decode.hpp"

using namespace cepin;
using csv::Encoding;

namespace {

using test::encode;

const std::string k_text = "单位编码,单位名称\n150600,鄂尔多斯市\n";

}  // namespace

TEST_SUITE("csv::decode") {
  TEST_CASE("detects the encoding") {
    SUBCASE("UTF-8 without a BOM") {
      csv::Decoded d = csv::decode("a.csv", k_text);
      CHECK(d.text == k_text);
      CHECK(d.encoding == Encoding::utf8);
      CHECK(d.diagnostics.empty());
    }
    SUBCASE("UTF-8 with a BOM") {
      csv::Decoded d = csv::decode("a.csv", "\xEF\xBB\xBF" + k_text);
      CHECK(d.text == k_text);
      CHECK(d.diagnostics.empty());
    }
    SUBCASE("UTF-16LE by its BOM") {
      csv::Decoded d = csv::decode("a.csv", "\xFF\xFE" + encode("UTF-16LE", k_text));
      CHECK(d.text == k_text);
      CHECK(d.encoding == Encoding::utf16le);
      CHECK(d.diagnostics.empty());
    }
    SUBCASE("UTF-16BE by its BOM") {
      csv::Decoded d = csv::decode("a.csv", "\xFE\xFF" + encode("UTF-16BE", k_text));
      CHECK(d.text == k_text);
      CHECK(d.encoding == Encoding::utf16be);
    }
    SUBCASE("GB18030 when the bytes are not UTF-8, with a note") {
      csv::Decoded d = csv::decode("a.csv", encode("GB18030", k_text));
      CHECK(d.text == k_text);
      CHECK(d.encoding == Encoding::gb18030);
      REQUIRE(d.diagnostics.size() == 1);
      CHECK(d.diagnostics[0].severity == diag::Severity::note);
      CHECK(d.diagnostics[0].code == "decoded-gb18030");
      CHECK(d.diagnostics[0].message == "the file is not UTF-8; it was read as GB18030");
    }
  }

  TEST_CASE("a forced encoding") {
    SUBCASE("gbk reads GB18030") {
      csv::Decoded d = csv::decode("a.csv", encode("GB18030", k_text), *csv::parse_encoding("GBK"));
      CHECK(d.text == k_text);
      CHECK(d.diagnostics.empty());
    }
    SUBCASE("utf-16le skips its BOM") {
      csv::Decoded d =
          csv::decode("a.csv", "\xFF\xFE" + encode("UTF-16LE", k_text), Encoding::utf16le);
      CHECK(d.text == k_text);
    }
    SUBCASE("utf-8 rejects GB18030 bytes, located") {
      csv::Decoded d = csv::decode("a.csv", encode("GB18030", k_text), Encoding::utf8);
      CHECK_FALSE(d.text);
      REQUIRE(d.diagnostics.size() == 1);
      CHECK(d.diagnostics[0].line == 1);
      CHECK(d.diagnostics[0].column == 1);
      CHECK(d.diagnostics[0].message ==
            "the file is not valid UTF-8 here (byte 0xB5); name its encoding with --encoding");
    }
    SUBCASE("names") {
      CHECK(csv::parse_encoding("utf8") == Encoding::utf8);
      CHECK(csv::parse_encoding("UTF-16BE") == Encoding::utf16be);
      CHECK(csv::parse_encoding("gb2312") == Encoding::gb18030);
      CHECK_FALSE(csv::parse_encoding("latin1"));
      CHECK(std::string(csv::encoding_name(Encoding::utf16le)) == "utf-16le");
    }
  }

  TEST_CASE("undecodable files are located errors naming --encoding") {
    SUBCASE("neither UTF-8 nor GB18030") {
      csv::Decoded d = csv::decode("a.csv", "unit_id\n中文,x\xFF");
      CHECK_FALSE(d.text);
      REQUIRE(d.diagnostics.size() == 1);
      const diag::Diagnostic& e = d.diagnostics[0];
      CHECK(e.severity == diag::Severity::error);
      CHECK(e.code == "bad-encoding");
      CHECK(e.line == 2);
      CHECK(e.column == 5);
      CHECK(e.message ==
            "the file is neither UTF-8 nor GB18030 (byte 0xFF is not UTF-8 here); save it as UTF-8 "
            "or name its "
            "encoding with --encoding");
      CHECK(e.hint == "--encoding takes utf-8, gb18030, utf-16le or utf-16be");
      CHECK(e.source_line == "中文,x");
    }
    SUBCASE("UTF-16 cut in the middle of a character") {
      csv::Decoded d = csv::decode("a.csv", "\xFF\xFE" + encode("UTF-16LE", "ab\ncd") + "x");
      CHECK_FALSE(d.text);
      REQUIRE(d.diagnostics.size() == 1);
      CHECK(d.diagnostics[0].line == 2);
      CHECK(d.diagnostics[0].column == 3);
      CHECK(d.diagnostics[0].message ==
            "the file is not valid utf-16le here (byte 0x78); name its encoding with --encoding");
    }
    SUBCASE("UTF-16 without a BOM holds NULs") {
      csv::Decoded d = csv::decode("a.csv", encode("UTF-16LE", "ab"));
      CHECK_FALSE(d.text);
      REQUIRE(d.diagnostics.size() == 1);
      CHECK(d.diagnostics[0].column == 2);
      CHECK(d.diagnostics[0].message ==
            "the file holds a NUL character when read as utf-8; name its encoding with --encoding");
      CHECK(d.diagnostics[0].hint ==
            "UTF-16 without a byte order mark reads this way: try --encoding utf-16le");
    }
  }
  TEST_CASE("a forced utf-16be skips its BOM; every encoding has its name") {
    csv::Decoded d = csv::decode("a.csv", "\xFE\xFF" + encode("UTF-16BE", k_text), Encoding::utf16be);
    CHECK(d.text == k_text);
    CHECK(d.diagnostics.empty());
    CHECK(std::string(csv::encoding_name(Encoding::automatic)) == "auto");
    CHECK(std::string(csv::encoding_name(Encoding::utf8)) == "utf-8");
    CHECK(std::string(csv::encoding_name(Encoding::gb18030)) == "gb18030");
    CHECK(std::string(csv::encoding_name(Encoding::utf16be)) == "utf-16be");
  }

  TEST_CASE("a bad byte right after a CR is placed on its line, the CR not counted") {
    csv::Decoded d = csv::decode("a.csv", "unit_id\r\nab\r\xFF", Encoding::utf8);
    CHECK_FALSE(d.text);
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].line == 2);
    CHECK(d.diagnostics[0].column == 3);
    CHECK(d.diagnostics[0].source_line == "ab");
    CHECK(d.diagnostics[0].message ==
          "the file is not valid UTF-8 here (byte 0xFF); name its encoding with --encoding");
  }
}
