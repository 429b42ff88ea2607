#include <doctest/doctest.h>

#include "yaml/peek.hpp"

using cepin::yaml::top_level_scalar;

TEST_SUITE("yaml::top_level_scalar") {
  TEST_CASE("reads a top-level line, unquoted, without its comment") {
    CHECK(top_level_scalar("schema: cepin/rubric/1\nid: \"abc\"  # the id\n", "id") == std::string("abc"));
    CHECK(top_level_scalar("rubric: 'x@2020'\r\n", "rubric") == std::string("x@2020"));
  }
  TEST_CASE("reads a schema name with its slashes (no full parse needed to peek a rubric)") {
    CHECK(top_level_scalar("schema: cepin/rubric/1\nid: abc\n", "schema") == std::string("cepin/rubric/1"));
    CHECK(top_level_scalar("schema: \"cepin/assessment/1\"  # kind\n", "schema") == std::string("cepin/assessment/1"));
  }
  TEST_CASE("gives up on anything but a simple value") {
    CHECK(top_level_scalar("id: t-rubric\t# note\n", "id") == std::string("t-rubric"));
    CHECK_FALSE(top_level_scalar("id: >-\n  t-rubric\n", "id"));
    CHECK_FALSE(top_level_scalar("id:x\n", "id"));
    CHECK_FALSE(top_level_scalar("id: \"a #b\"\n", "id"));
    CHECK_FALSE(top_level_scalar("id: a#b\n", "id"));
  }
  TEST_CASE("ignores nested and prefixed keys") {
    CHECK_FALSE(top_level_scalar("unit:\n  id: 5\n", "id"));
    CHECK_FALSE(top_level_scalar("identity: 5\n", "id"));
    CHECK(top_level_scalar("a: 1\n", "id") == std::nullopt);
  }
}
