#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "util/json_writer.hpp"

using namespace cepin::util;

TEST_SUITE("JsonWriter") {
  TEST_CASE("writes nested values with exact decimals") {
    JsonWriter json;
    json.begin_object();
    json.key("score").decimal(Decimal::from_units(91'500'000));
    json.key("max").decimal(Decimal::from_int(100));
    json.key("list").begin_array().decimal(Decimal::from_units(-250'000)).boolean(true).null().end_array();
    json.key("name").string("鄂尔多斯\"\n\x1b");
    json.key("empty").begin_object().end_object();
    json.end_object();
    CHECK(json.str() ==
          R"({"score":91.5,"max":100,"list":[-0.25,true,null],"name":"鄂尔多斯\"\n\u001b","empty":{}})");
  }
  TEST_CASE("escapes line and paragraph separators") {
    CHECK(json_quote("a\xE2\x80\xA8" "b") == "\"a\\u2028b\"");
  }
  TEST_CASE("a byte that is not UTF-8 stays visible and the JSON stays valid") {
    // A GBK file name ("测试" is B2 E2 CA D4) from a Windows zip, and a lone continuation byte.
    CHECK(json_quote("units/\xB2\xE2.yaml") == "\"units/\\\\xb2\\\\xe2.yaml\"");
    CHECK(json_quote("a\x80") == "\"a\\\\x80\"");
    CHECK(json_quote("\xEF\xBF\xBD") == "\"\xEF\xBF\xBD\"");  // a real U+FFFD is kept
  }
  TEST_CASE("control characters have their short escapes; U+2029 like U+2028") {
    CHECK(json_quote("a\tb\rc\nd\\e\"f") == "\"a\\tb\\rc\\nd\\\\e\\\"f\"");
    CHECK(json_quote("\x01\x1f") == "\"\\u0001\\u001f\"");
    CHECK(json_quote("a\xE2\x80\xA9" "b") == "\"a\\u2029b\"");
  }
  TEST_CASE("three-byte sequences: CJK copied, overlong, surrogate and cut ones shown as bytes") {
    CHECK(json_quote("\xE0\xA4\x85\xEF\xBF\xBF中") == "\"\xE0\xA4\x85\xEF\xBF\xBF中\"");  // U+0905, U+FFFF
    CHECK(json_quote("\xE0\x80\x80") == "\"\\\\xe0\\\\x80\\\\x80\"");                  // overlong NUL
    CHECK(json_quote("\xED\xA0\x80") == "\"\\\\xed\\\\xa0\\\\x80\"");                  // a surrogate
    CHECK(json_quote("中\xE4\xB8") == "\"中\\\\xe4\\\\xb8\"");                             // cut at the end
    CHECK(json_quote("中\xE4\xB8x") == "\"中\\\\xe4\\\\xb8x\"");
    CHECK(json_quote("→ ≥ \xE2\x80\xA7\xE2\x80\xAA") == "\"→ ≥ \xE2\x80\xA7\xE2\x80\xAA\"");  // U+2027, U+202A: kept
  }
  TEST_CASE("decimals at the edges of their range, and long keys and strings") {
    JsonWriter json;
    json.begin_array();
    json.decimal(Decimal::from_units(INT64_MIN)).decimal(Decimal::from_units(INT64_MAX));
    json.decimal(Decimal::from_units(1)).decimal(Decimal::from_units(-1)).decimal(Decimal());
    json.decimal(Decimal::from_units(-100'000'000)).decimal(Decimal::from_units(120'000));
    json.integer(INT64_MIN);
    json.end_array();
    CHECK(json.str() ==
          "[-9223372036854.775808,9223372036854.775807,0.000001,-0.000001,0,-100,0.12,-9223372036854775808]");
    std::string long_key(300, 'k');
    std::string long_text = std::string(200, 'a') + "\"" + std::string(200, 'b');
    JsonWriter big;
    big.begin_object().key(long_key).string(long_text).key("k\"").integer(1).end_object();
    CHECK(big.take() == "{\"" + long_key + "\":\"" + std::string(200, 'a') + "\\\"" + std::string(200, 'b') +
                           "\",\"k\\\"\":1}");
  }
  TEST_CASE("literal keys: plain ones copied, others escaped, a char array read to its end") {
    JsonWriter json;
    char buffer[16] = "ab";
    json.begin_object().key("plain").integer(1).key("with \"quote\"").integer(2).key(buffer).integer(3);
    json.key("中").integer(4).key("").integer(5).begin_array().end_array();
    json.end_object();
    CHECK(json.str() == R"({"plain":1,"with \"quote\"":2,"ab":3,"中":4,"":5,[]})");
  }
}
