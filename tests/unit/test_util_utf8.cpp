#include <doctest/doctest.h>

#include "util/utf8.hpp"

using namespace cepin::util;

TEST_SUITE("utf8") {
  TEST_CASE("finds invalid bytes") {
    CHECK_FALSE(find_invalid_utf8("abc 民族"));
    CHECK(find_invalid_utf8("ab\xff") == 2u);
    CHECK(find_invalid_utf8("\xC0\xAF") == 0u);        // overlong
    CHECK(find_invalid_utf8("a\xED\xA0\x80") == 1u);   // surrogate
    CHECK(find_invalid_utf8("\xE6\xB0") == 0u);        // truncated
  }
  TEST_CASE("display width counts CJK as two") {
    CHECK(display_width("abc") == 3);
    CHECK(display_width("民族团结") == 8);
    CHECK(display_width("（１）") == 6);
    CHECK(display_width("é") == 1);
  }
  TEST_CASE("escapes controls, DEL, C1 and bidi overrides") {
    CHECK(escape_for_terminal("a\x1b[31mb") == "a\\u{1b}[31mb");
    CHECK(escape_for_terminal("x\x7fy") == "x\\u{7f}y");
    CHECK(escape_for_terminal("\xC2\x9B") == "\\u{9b}");
    CHECK(escape_for_terminal("\xE2\x80\xAE" "abc") == "\\u{202e}abc");
    CHECK(escape_for_terminal("a\nb") == "a\\u{a}b");
    CHECK(escape_for_terminal("a\nb", KeepNewlines::yes) == "a\nb");
    CHECK(escape_for_terminal("bad\xff") == "bad\\xff");
    CHECK(escape_for_terminal("民族") == "民族");
  }
  TEST_CASE("trims ASCII and ideographic spaces") {
    CHECK(trim_spaces("\xE3\x80\x80 a b \xE3\x80\x80") == "a b");
    CHECK(trim_spaces("   ") == "");
  }
}
