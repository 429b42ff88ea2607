#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "assessment/id_hint.hpp"

using namespace cepin;

TEST_SUITE("assessment::unknown_id_hint") {
  const std::vector<std::string> k_known{"1.1.1", "1.1.2", "1.10", "2.10", "national-model"};

  TEST_CASE("a dropped trailing zero") {
    CHECK(assessment::trailing_zero_match("1.1", k_known) == std::optional<std::string>("1.10"));
    CHECK(assessment::trailing_zero_match("2.1", k_known) == std::optional<std::string>("2.10"));
    CHECK(assessment::trailing_zero_match("2", k_known) ==
          std::nullopt);  // no point: not a decimal
    CHECK(assessment::trailing_zero_match("1.1.3", k_known) == std::nullopt);
    CHECK(assessment::unknown_id_hint("2.1", k_known) ==
          "did you mean `2.10`? a trailing zero looks dropped (a spreadsheet or an unquoted number "
          "does that); "
          "write the id as text: \"2.10\"");
  }
  TEST_CASE("did you mean") {
    CHECK(assessment::unknown_id_hint("1.1.3", k_known) == "did you mean `1.1.1`?");
    CHECK(assessment::unknown_id_hint("national-modle", k_known) ==
          "did you mean `national-model`?");
  }
  TEST_CASE("a parent id where a clause was meant") {
    CHECK(assessment::unknown_id_hint("1", {"1.1.1", "1.2.1"}) == "did you mean `1.1.1`?");
    CHECK(assessment::unknown_id_hint("1.1", {"1.1.1", "1.2.1"}) == "did you mean `1.1.1`?");
  }
  TEST_CASE("nothing close") {
    CHECK(assessment::unknown_id_hint("criticized", k_known) == "");
  }
}
