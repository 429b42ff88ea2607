// Reading a parsed JSON tree back: kind names, string_is, size, find and
// items on every kind of value, and on the empty handle a missing key gives.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "util/json_reader.hpp"

using namespace cepin::util;

TEST_SUITE("JsonValue") {
  TEST_CASE("each kind has a name for messages") {
    CHECK(std::string(json_kind_name(JsonKind::null)) == "null");
    CHECK(std::string(json_kind_name(JsonKind::boolean)) == "a boolean");
    CHECK(std::string(json_kind_name(JsonKind::number)) == "a number");
    CHECK(std::string(json_kind_name(JsonKind::string)) == "a string");
    CHECK(std::string(json_kind_name(JsonKind::array)) == "an array");
    CHECK(std::string(json_kind_name(JsonKind::object)) == "an object");
  }

  TEST_CASE("string_is compares plain and escaped strings, and is false for other kinds") {
    JsonTree tree;
    REQUIRE_FALSE(tree.parse(R"({"plain": "abc", "escaped": "a\u0062c", "n": 1, "t": false})"));
    JsonValue root = tree.root();
    CHECK(root.find("plain").string_is("abc"));
    CHECK_FALSE(root.find("plain").string_is("abd"));
    CHECK(root.find("escaped").string_is("abc"));
    CHECK_FALSE(root.find("escaped").string_is("a\\u0062c"));
    CHECK_FALSE(root.find("n").string_is("1"));
    CHECK_FALSE(root.find("missing").string_is(""));
    CHECK_FALSE(root.find("t").boolean());
    CHECK(root.find("escaped").string() == "abc");
  }

  TEST_CASE("size, find and items of scalars and of the empty handle are empty") {
    JsonTree tree;
    REQUIRE_FALSE(tree.parse(R"({"a": [10, [20, 30], {"b": 40}], "s": "x", "n": 5})"));
    JsonValue root = tree.root();
    JsonValue none = root.find("missing");
    CHECK_FALSE(none);
    CHECK(none.size() == 0);
    CHECK(none.items().size() == 0);
    CHECK_FALSE(none.find("a"));
    CHECK(root.find("s").size() == 0);
    CHECK(root.find("s").items().size() == 0);
    CHECK_FALSE(root.find("s").find("x"));
    CHECK_FALSE(root.find("a").find("b"));  // an array has no members
    CHECK(root.find("n").size() == 0);
    JsonItems a = root.find("a").items();
    REQUIRE(a.size() == 3);
    CHECK(a[0].number_text() == "10");
    CHECK(a[1].size() == 2);
    CHECK(a[1].items()[1].number_text() == "30");
    CHECK(a[2].find("b").number_text() == "40");
  }

  TEST_CASE("iterating an object gives its values in order, skipping nested ones") {
    JsonTree tree;
    REQUIRE_FALSE(tree.parse(R"({"x": {"deep": [1, 2]}, "y": "二", "z": [3]})"));
    std::vector<std::string> kinds;
    for (JsonValue value : tree.root().items()) {
      kinds.push_back(json_kind_name(value.kind()));
    }
    CHECK(kinds == std::vector<std::string>{"an object", "a string", "an array"});
    CHECK(tree.root().items()[1].string() == "二");
    CHECK(tree.root().items()[2].items()[0].number_text() == "3");
  }
}
