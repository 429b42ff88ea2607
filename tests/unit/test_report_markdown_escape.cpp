#include <doctest/doctest.h>

#include "report/markdown_escape.hpp"

using cepin::report::escape_markdown;

TEST_SUITE("report::markdown_escape") {
  TEST_CASE("escape_markdown") {
    SUBCASE("HTML becomes entities, a pipe can't end a cell") {
      CHECK(escape_markdown("a|b<script>alert(1)</script>") ==
            "a\\|b&lt;script&gt;alert(1)&lt;/script&gt;");
      CHECK(escape_markdown("A & B") == "A &amp; B");
    }
    SUBCASE("no heading, emphasis, code, link or strikethrough") {
      CHECK(escape_markdown("# 标题") == "\\# 标题");
      CHECK(escape_markdown("*a* _b_ `c` [d](e) ![f](g) ~~h~~ \\") ==
            "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\!\\[f\\](g) \\~\\~h\\~\\~ \\\\");
    }
    SUBCASE("no autolinks") {
      CHECK(escape_markdown("https://x.org www.x.org WWW.x a@b.c") ==
            "https\\://x.org www\\.x.org WWW\\.x a\\@b.c");
      CHECK(escape_markdown("check: met") == "check: met");
    }
    SUBCASE("line breaks and whitespace runs become one space, ends trimmed") {
      CHECK(escape_markdown("  第一行\r\n第二行\n\n\t三 ") == "第一行 第二行 三");
      CHECK(escape_markdown("\n") == "");
    }
    SUBCASE("Unicode spaces count as whitespace too: ideographic, no-break, line and paragraph separators") {
      CHECK(escape_markdown("\u3000甲\u00A0乙\u2028丙\u2029丁\u0085戊\v己\f") == "甲 乙 丙 丁 戊 己");
      CHECK(escape_markdown("\u3000\u3000") == "");
    }
    SUBCASE("controls and bidi overrides are shown escaped") {
      CHECK(escape_markdown("a\x1b[31mb\xE2\x80\xAE") == "a\\\\u{1b}\\[31mb\\\\u{202e}");
    }
  }
}
