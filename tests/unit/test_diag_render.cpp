#include <doctest/doctest.h>

#include <string>

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
  TEST_CASE("text in colour: each severity has its colour, the caret too") {
    SourceText source("r.yaml", "a: 1\n");
    DiagnosticList list(source);
    list.error({1, 4}, "e", "bad");
    list.warning({1, 1}, "w", "odd");
    list.note({1, 1}, "n", "see");
    CHECK(render_text(list.items()[0], Color::yes) ==
          "\x1b[1mr.yaml:1:4:\x1b[0m \x1b[1;31merror:\x1b[0m bad [e]\n"
          " 1 | a: 1\n"
          "   |    \x1b[1;31m^\x1b[0m\n");
    CHECK(render_text(list.items()[1], Color::yes).find("\x1b[1;35mwarning:\x1b[0m odd [w]\n") != std::string::npos);
    CHECK(render_text(list.items()[2], Color::yes).find("\x1b[1;36mnote:\x1b[0m see [n]\n") != std::string::npos);
  }
  TEST_CASE("a whole-file diagnostic has no line: no position, no source line") {
    Diagnostic d;
    d.path = "r.yaml";
    d.code = "empty";
    d.message = "nothing here";
    d.hint = "write something";
    CHECK(render_text(d) == "r.yaml: error: nothing here [empty]\n  hint: write something\n");
    CHECK(render_github({d}) == "::error file=r.yaml,title=empty::nothing here%0Awrite something\n");
    d.severity = Severity::note;
    CHECK(render_github({d}) == "::notice file=r.yaml,title=empty::nothing here%0Awrite something\n");
  }
  TEST_CASE("GitHub escaping of data and properties") {
    CHECK(github_escape_data("50%\r\nnext") == "50%25%0D%0Anext");
    CHECK(github_escape_property("a:b,c%\r") == "a%3Ab%2Cc%25%0D");
  }
}
