#include <doctest/doctest.h>

#include "util/path.hpp"

using namespace cepin::util;

TEST_SUITE("util::path") {
  TEST_CASE("is_absolute_path") {
    SUBCASE("a leading separator or a drive letter") {
      for (const char* path : {"/etc/passwd", "\\share\\x", "/", "C:x", "c:\\x", "Z:/x"}) {
        CAPTURE(path);
        CHECK(is_absolute_path(path));
      }
    }
    SUBCASE("relative") {
      // "1:x": not a letter; "ab:x": the colon is not second; "材料:x": not ASCII.
      for (const char* path : {"", "a/b", "./a", "1:x", "ab:x", "材料:x"}) {
        CAPTURE(path);
        CHECK_FALSE(is_absolute_path(path));
      }
    }
  }

  TEST_CASE("join_path: from a folder, lexically normal") {
    CHECK(join_path("examples/tests", "../unit-school/a.yaml") == "examples/unit-school/a.yaml");
    CHECK(join_path(".", "a.yaml") == "a.yaml");
    CHECK(join_path("", "./a.yaml") == "a.yaml");
    CHECK(join_path("x/", "b") == "x/b");
    CHECK(join_path("x", "/abs/b") == "/abs/b");
    CHECK(join_path("../t-failing", "../t-passing/alpha.yaml") == "../t-passing/alpha.yaml");
    CHECK(join_path("x", "..") == ".");
  }

  TEST_CASE("normalize_relative_path") {
    SUBCASE("segments joined with /") {
      CHECK(normalize_relative_path("a/b/c.pdf") == std::optional<std::string>("a/b/c.pdf"));
      CHECK(normalize_relative_path("材料\\2024\\报告.pdf") ==
            std::optional<std::string>("材料/2024/报告.pdf"));
    }
    SUBCASE("empty and . segments dropped") {
      CHECK(normalize_relative_path("./a//b/./c/") == std::optional<std::string>("a/b/c"));
      CHECK(normalize_relative_path(".\\a\\\\b") == std::optional<std::string>("a/b"));
    }
    SUBCASE(".. folded") {
      CHECK(normalize_relative_path("a/b/../c") == std::optional<std::string>("a/c"));
      CHECK(normalize_relative_path("a\\..\\b") == std::optional<std::string>("b"));
    }
    SUBCASE("the folder itself") {
      CHECK(normalize_relative_path("") == std::optional<std::string>(""));
      CHECK(normalize_relative_path(".") == std::optional<std::string>(""));
      CHECK(normalize_relative_path("a/..") == std::optional<std::string>(""));
    }
    SUBCASE("absolute or leaving the folder: nothing") {
      for (const char* path :
           {"/a/b", "\\a", "C:a", "d:\\a", "..", "../x", "a/../../x", "a\\..\\..\\x"}) {
        CAPTURE(path);
        CHECK_FALSE(normalize_relative_path(path));
      }
    }
    SUBCASE("dots in names are not ..") {
      CHECK(normalize_relative_path("...") == std::optional<std::string>("..."));
      CHECK(normalize_relative_path("..a/b..") == std::optional<std::string>("..a/b.."));
    }
  }
}
