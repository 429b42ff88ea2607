#include <doctest/doctest.h>

#include <cstdint>

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
  TEST_CASE("code point widths at the edges of each range") {
    for (char32_t zero : {0x0, 0x300, 0x36F, 0x200B, 0x200F, 0xFEFF, 0xFE00, 0xFE0F, 0x20D0, 0x20FF}) {
      CAPTURE(static_cast<uint32_t>(zero));
      CHECK(code_point_width(zero) == 0);
    }
    for (char32_t wide : {0x1100, 0x115F, 0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000,
                          0xA4CF, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE30, 0xFE4F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6,
                          0x1F300, 0x1F64F, 0x1F900, 0x1F9FF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD}) {
      CAPTURE(static_cast<uint32_t>(wide));
      CHECK(code_point_width(wide) == 2);
    }
    for (char32_t narrow : {0x2FF, 0x370, 0x200A, 0x2010, 0x1160, 0x303F, 0xA4D0, 0xD7A4, 0xFF61, 0xFFE7, 0x1F650,
                            0x1FA00, 0x2FFFE, 0x3FFFE}) {
      CAPTURE(static_cast<uint32_t>(narrow));
      CHECK(code_point_width(narrow) == 1);
    }
    CHECK(display_width("e\xCC\x81\xE2\x80\x8B😀") == 3);  // e + combining acute, a zero-width space, an emoji
  }
  TEST_CASE("beyond U+10FFFF is invalid; isolates, marks and C1 are escaped, a tab kept on request") {
    CHECK(find_invalid_utf8("a\xF4\x90\x80\x80") == 1u);
    CHECK(find_invalid_utf8("\xF4\x8F\xBF\xBF").has_value() == false);
    CHECK(escape_for_terminal("\xE2\x81\xA6x\xE2\x81\xA9") == "\\u{2066}x\\u{2069}");
    CHECK(escape_for_terminal("\xE2\x80\x8E\xE2\x80\x8F\xD8\x9C") == "\\u{200e}\\u{200f}\\u{61c}");
    CHECK(escape_for_terminal("\xC2\x80\xC2\x9F\xC2\xA0") == "\\u{80}\\u{9f}\xC2\xA0");
    CHECK(escape_for_terminal("a\tb") == "a\\u{9}b");
    CHECK(escape_for_terminal("a\tb", KeepNewlines::yes) == "a\tb");
    CHECK(trim_spaces("\ta\t") == "a");
  }
}
