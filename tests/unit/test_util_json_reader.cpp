#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "util/json_reader.hpp"

using namespace cepin::util;

TEST_SUITE("JsonTree") {
  TEST_CASE("reads objects, arrays, strings and numbers as written") {
    JsonTree tree;
    std::string text = R"({"a": [1, -0.25, 1e400, true, null], "s": "x\"\u00e9\ud83d\ude00", "o": {}})";
    REQUIRE_FALSE(tree.parse(text));
    JsonValue root = tree.root();
    CHECK(root.kind() == JsonKind::object);
    CHECK(root.size() == 3);
    JsonItems a = root.find("a").items();
    REQUIRE(a.size() == 5);
    CHECK(a[0].number_text() == "1");
    CHECK(a[1].number_text() == "-0.25");
    CHECK(a[2].number_text() == "1e400");  // kept as text, never a double
    CHECK(a[3].boolean());
    CHECK(a[4].kind() == JsonKind::null);
    CHECK(root.find("s").string() == "x\"é😀");
    CHECK(root.find("o").size() == 0);
    CHECK_FALSE(root.find("missing"));
    CHECK(root.find("a").offset() == 6);
  }

  TEST_CASE("the first of a repeated key wins; escaped keys are found") {
    JsonTree tree;
    REQUIRE_FALSE(tree.parse(R"({"k": 1, "k": 2, "\u006b2": 3})"));
    CHECK(tree.root().find("k").number_text() == "1");
    CHECK(tree.root().find("k2").number_text() == "3");
  }

  TEST_CASE("syntax errors are located with a fix") {
    JsonTree tree;
    auto error = tree.parse(R"({"a": 1 "b": 2})");
    REQUIRE(error);
    CHECK(error->offset == 8);
    CHECK(error->message == "expected `,` or `}`, found `\"`");
    CHECK(error->hint == "separate the entries with `,`");
    error = tree.parse(R"({"a": [1, 2)");
    REQUIRE(error);
    CHECK(error->message == "expected `,` or `]`, found the end of the text");
    CHECK(error->hint == "the text ends too early: add the missing `]`");
    error = tree.parse("{\"a\": \"x");
    REQUIRE(error);
    CHECK(error->offset == 6);
    CHECK(error->message == "this string is never closed");
    error = tree.parse("{} x");
    REQUIRE(error);
    CHECK(error->message == "`x` after the value");
    error = tree.parse("[01]");
    REQUIRE(error);
    CHECK(error->message == "a number has a leading zero");
  }

  TEST_CASE("hostile input is an error, never a crash") {
    JsonTree tree;
    std::string deep(100000, '[');
    auto error = tree.parse(deep);
    REQUIRE(error);
    CHECK(error->offset == 128);
    CHECK(error->message == "the value nests deeper than 128 levels");
    error = tree.parse("[\"a\xff\"]");
    REQUIRE(error);
    CHECK(error->offset == 3);
    CHECK(error->message == "a string holds bytes that are not UTF-8");
    error = tree.parse("[\"a\x01\"]");
    REQUIRE(error);
    CHECK(error->message == "a control character (U+0001) inside a string");
    error = tree.parse(R"(["\ud800"])");
    REQUIRE(error);
    CHECK(error->message == "a \\u escape is half of a surrogate pair");
    error = tree.parse(R"(["\q"])");
    REQUIRE(error);
    CHECK(error->message == "`\\q` is not a JSON escape");
    error = tree.parse("[\xe4\xb8\xad]");
    REQUIRE(error);
    CHECK(error->message == "the byte 0xE4 is not a JSON value");
    error = tree.parse("");
    REQUIRE(error);
    CHECK(error->message == "expected a value, found the end of the text");
    std::string huge = "[" + std::string(100000, '9') + "]";
    REQUIRE_FALSE(tree.parse(huge));
    CHECK(tree.root().items()[0].number_text().size() == 100000);
  }

  TEST_CASE("every kind of syntax error has its message, offset and fix") {
    struct Case {
      const char* text;
      std::size_t offset;
      const char* message;
      const char* hint;
    };
    const Case cases[] = {
        {"[nul]", 1, "`n` is not a JSON value", "write a string in double quotes, a number, true, false or null"},
        {"[-]", 1, "a `-` not followed by digits is not a number", "write a number such as -0.5"},
        {"[1.]", 1, "a number's `.` is not followed by digits", "write digits after the point"},
        {"[1e+]", 1, "a number's exponent has no digits", "write digits after the `e`"},
        {"[\"a\\", 1, "this string is never closed", "add the closing `\"`"},
        {"[\"\\u12G4\"]", 2, "`\\u` is not followed by four hex digits", "write \\u and four hex digits"},
        {"[\"\\udc00\"]", 2, "a \\u escape is half of a surrogate pair", "write the whole pair, or the character itself"},
        {"{1: 2}", 1, "expected a key in double quotes, found `1`", "write the key as \"name\""},
        {"{\"a\": 1,", 8, "expected a key in double quotes, found the end of the text",
         "the text ends inside an object: add the missing `}`"},
        {"{\"a\" 1}", 5, "expected `:` after the key, found `1`", "write \"key\": value"},
        {"[1] \x01", 4, "the byte 0x01 after the value", "keep one JSON value per line (JSON Lines) or one array"},
    };
    JsonTree tree;
    for (const Case& c : cases) {
      INFO(c.text);
      auto error = tree.parse(c.text);
      REQUIRE(error);
      CHECK(error->offset == c.offset);
      CHECK(error->message == c.message);
      CHECK(error->hint == c.hint);
    }
  }

  TEST_CASE("a skipped key's value is checked for balance only, and must still be well formed") {
    const std::vector<std::string_view> skip = {"big"};
    JsonLimits limits;
    limits.skip_keys = &skip;
    limits.skip_depth = 1;
    JsonTree tree;
    REQUIRE_FALSE(tree.parse(R"({"o": {"big": {"x": ["]", "\\", "\"", {}], "y": 1}, "k": 2}, "big": 3})", limits));
    CHECK_FALSE(tree.root().find("o").find("big"));
    CHECK(tree.root().find("o").find("k").number_text() == "2");
    CHECK(tree.root().find("big").number_text() == "3");  // depth 0 is not skipped
    REQUIRE_FALSE(tree.parse(R"({"o": {"big": "text", "k": true}})", limits));
    CHECK(tree.root().find("o").find("k").boolean());
    REQUIRE_FALSE(tree.parse(R"({"o": {"big": 12.5}})", limits));
    CHECK(tree.root().find("o").size() == 0);
    struct Case {
      const char* text;
      std::size_t offset;
      const char* message;
    };
    const Case cases[] = {
        {R"({"o": {"big": [1}]}})", 16, "expected `]`, found `}`"},
        {R"({"o": {"big": [1, {)", 19, "expected `,` or `}`, found the end of the text"},
        {R"({"o": {"big": "open)", 14, "this string is never closed"},
        {R"({"o": {"big": ["open]}})", 15, "this string is never closed"},
        {R"({"o": {"big": )", 14, "expected a value, found the end of the text"},
        {R"({"o": {"big": nope}})", 14, "`n` is not a JSON value"},
    };
    for (const Case& c : cases) {
      INFO(c.text);
      auto error = tree.parse(c.text, limits);
      REQUIRE(error);
      CHECK(error->offset == c.offset);
      CHECK(error->message == c.message);
    }
    limits.max_depth = 4;
    auto deep = tree.parse(R"({"o": {"big": [[[[1]]]]}})", limits);
    REQUIRE(deep);
    CHECK(deep->message == "the value nests deeper than 4 levels");
    CHECK(deep->hint == "cepin's results nest a few levels deep; this is not one of them");
  }

  TEST_CASE("escapes are decoded; a broken \\u is kept as written") {
    CHECK(json_unescape(R"(a\bb\fc\nd\re\tf\/g\\h\"i)") == "a\bb\fc\nd\re\tf/g\\h\"i");
    CHECK(json_unescape(R"(\u00e9\ud83d\ude00)") == "é😀");
    CHECK(json_unescape(R"(\uZZZZ)") == "\\uZZZZ");
    CHECK(json_unescape("end\\") == "end\\");
  }

  TEST_CASE("skipped members are left out of the tree but still checked") {
    const std::vector<std::string_view> skip = {"why", "status", "line"};
    JsonLimits limits;
    limits.skip_keys = &skip;
    limits.skip_depth = 1;
    JsonTree tree;
    // At depth 0 nothing is skipped; below it the listed keys are.
    REQUIRE_FALSE(tree.parse(R"({"why":1,"c":[{"id":"a","why":"x \" y","status":[1,{"z":"]"}],"line":-2.5e3,"max":3}]})",
                             limits));
    CHECK(tree.root().find("why").number_text() == "1");
    JsonValue clause = tree.root().find("c").items()[0];
    CHECK(clause.size() == 2);
    CHECK(clause.find("id").string() == "a");
    CHECK(clause.find("max").number_text() == "3");
    CHECK_FALSE(clause.find("why"));
    CHECK_FALSE(clause.find("line"));
    // A skipped value is as strict as a kept one.
    for (const char* bad : {R"({"c":{"line":tru}})", R"({"c":{"line":01}})", R"({"c":{"line":-}})",
                            R"({"c":{"why":"open}})", R"({"c":{"status":[1,}}})", R"({"c":{"status":[}})"}) {
      CAPTURE(bad);
      CHECK(tree.parse(bad, limits));
    }
    auto error = tree.parse(R"({"c":{"line":tru}})", limits);
    REQUIRE(error);
    CHECK(error->offset == 13);
    CHECK(error->message == "`t` is not a JSON value");
  }

  TEST_CASE("a tree is reused across parses") {
    JsonTree tree;
    REQUIRE_FALSE(tree.parse("[1,2,3]"));
    REQUIRE_FALSE(tree.parse("{\"x\":[]}"));
    CHECK(tree.root().find("x").size() == 0);
  }
}
