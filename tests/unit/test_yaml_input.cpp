#include <doctest/doctest.h>

#include <string>

#include "yaml/input.hpp"

using namespace cepin;

TEST_SUITE("yaml::parse_input") {
  TEST_CASE("a BOM is skipped and positions start after it") {
    yaml::Input input = yaml::parse_input("a.yaml", "\xEF\xBB\xBFkey: value\n");
    REQUIRE(input.document);
    CHECK(input.document->root->find("key")->value->position.column == 6);
  }
  TEST_CASE("invalid UTF-8 is located at the first bad byte") {
    yaml::Input input = yaml::parse_input("a.yaml", "a: 1\nb: 民\xff\n");
    REQUIRE(input.diagnostics.size() == 1);
    const diag::Diagnostic& d = input.diagnostics[0];
    CHECK(d.code == "invalid-utf8");
    CHECK(d.line == 2);
    CHECK(d.column == 5);
    CHECK_FALSE(input.document);
  }
  TEST_CASE("UTF-16 gets its own message") {
    yaml::Input input = yaml::parse_input("a.yaml", std::string("\xFF\xFE" "a\0:\0", 6));
    REQUIRE(input.diagnostics.size() == 1);
    CHECK(input.diagnostics[0].message == "the file is UTF-16, not UTF-8");
  }
  TEST_CASE("more than 16 MiB is refused before parsing") {
    std::string big(16u * 1024u * 1024u + 1u, '#');
    yaml::Input input = yaml::parse_input("big.yaml", big);
    REQUIRE(input.diagnostics.size() == 1);
    CHECK(input.diagnostics[0].code == "file-too-large");
    CHECK(input.diagnostics[0].message == "the file is larger than 16 MiB");
    CHECK_FALSE(input.document);
  }
}
