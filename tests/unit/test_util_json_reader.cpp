#include <doctest/doctest.h>

#include <string>

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
