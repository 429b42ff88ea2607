#include <doctest/doctest.h>

#include "diag/codes.hpp"

using namespace cepin;

TEST_SUITE("diag::code_info") {
  TEST_CASE("a listed code has its own description and fix") {
    diag::CodeInfo info = diag::code_info("yaml-tab");
    CHECK(info.description == "A tab is used for indentation.");
    CHECK(info.help == "Indent with spaces.");
    CHECK(diag::is_known_code("yaml-tab"));
  }
  TEST_CASE("an unlisted code gets a generic description built from its name") {
    diag::CodeInfo info = diag::code_info("some-new-code");
    CHECK(info.description == "cepin reports: some new code.");
    CHECK(info.help == "See the message.");
    CHECK_FALSE(diag::is_known_code("some-new-code"));
    CHECK_FALSE(diag::is_known_code(""));
  }
}
