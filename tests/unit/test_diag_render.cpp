#include <doctest/doctest.h>

#include "diag/render.hpp"
#include "diag/source.hpp"

using namespace cepin::diag;

TEST_SUITE("diagnostic rendering") {
  TEST_CASE("text: location, source line and caret by display width") {
    SourceText source("r.yaml", "a: 1\n名称: 民族 bad\n");
    DiagnosticList list(source);
    list.error({2, 8}, "some-code", "something is wrong", "fix it");
    CHECK(render_text(list.items()[0]) ==
          "r.yaml:2:8: error: something is wrong [some-code]\n"
          " 2 | 名称: 民族 bad\n"
          "   |            ^\n"
          "  hint: fix it\n");
  }
  TEST_CASE("text: control characters from the input are escaped") {
    SourceText source("r.yaml", "name: \x1b[2J\n");
    DiagnosticList list(source);
    list.error({1, 7}, "c", "bad name `\x1b[2J`");
    CHECK(render_text(list.items()[0]) ==
          "r.yaml:1:7: error: bad name `\\u{1b}[2J` [c]\n"
          " 1 | name: \\u{1b}[2J\n"
          "   |       ^\n");
  }
  TEST_CASE("positions convert bytes to code points") {
    SourceText source("x", "键: 值\r\nb: c");
    CHECK(source.position_of(5).line == 1);
    CHECK(source.position_of(5).column == 4);
    CHECK(source.position_of(10).line == 2);
    CHECK(source.line_text(1) == "键: 值");
  }
  TEST_CASE("json and github") {
    Diagnostic d;
    d.path = "a,b:c.yaml";
    d.line = 3;
    d.column = 5;
    d.code = "x";
    d.message = "100% \"bad\"\nreally";
    CHECK(render_json({d}) ==
          "[{\"path\":\"a,b:c.yaml\",\"line\":3,\"column\":5,\"severity\":\"error\",\"code\":\"x\","
          "\"message\":\"100% \\\"bad\\\"\\nreally\"}]\n");
    // Input text is escaped before GitHub's own escaping: no raw control character reaches the log.
    CHECK(render_github({d}) == "::error file=a%2Cb%3Ac.yaml,line=3,col=5,title=x::100%25 \"bad\"\\u{a}really\n");
    d.message = "A\x1b]0;pwn\a";
    d.hint = "fix it";
    CHECK(render_github({d}) == "::error file=a%2Cb%3Ac.yaml,line=3,col=5,title=x::A\\u{1b}]0;pwn\\u{7}%0Afix it\n");
  }
}
