#include <doctest/doctest.h>

#include <optional>
#include <string>

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
  TEST_CASE("a real path is inside its root, the root itself included; `/` holds everything") {
    CHECK(real_path_inside("/a/b", "/a/b"));
    CHECK(real_path_inside("/a/b", "/a/b/c"));
    CHECK_FALSE(real_path_inside("/a/b", "/a/bc"));
    CHECK_FALSE(real_path_inside("/a/b", "/a"));
    CHECK(real_path_inside("/", "/etc/passwd"));
    CHECK(real_path("/") == std::optional<std::string>("/"));
    CHECK_FALSE(real_path("/no-such-folder-for-cepin/x"));
    CHECK(join_path("", "") == ".");
    CHECK(join_path("a/b", "../..") == ".");
  }
  TEST_CASE("drive letters of either case are absolute; a digit is not a drive") {
    CHECK(is_absolute_path("c:/x"));
    CHECK(is_absolute_path("Z:\\x"));
    CHECK_FALSE(is_absolute_path("1:/x"));
    CHECK_FALSE(is_absolute_path("[:/x"));
  }
}
