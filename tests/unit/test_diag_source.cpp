#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "diag/render.hpp"
#include "diag/source.hpp"
#include "util/utf8.hpp"

using namespace cepin;
using diag::Position;
using diag::PositionCursor;
using diag::SourceText;

namespace {

// The position of a byte offset the slow, obvious way: count the line breaks
// before it, then the code points from the line's start (without its CR).
Position naive_position(const std::string& text, std::size_t offset) {
  std::size_t start = 0;
  int line = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  std::size_t end = text.find('\n', start);
  std::string_view content(text.data() + start,
                           (end == std::string::npos ? text.size() : end) - start);
  if (!content.empty() && content.back() == '\r') {
    content.remove_suffix(1);
  }
  std::size_t column = std::min(offset - start, content.size());
  return {line, static_cast<int>(util::code_point_count(content.substr(0, column))) + 1};
}

// A text mixing ASCII, CJK, astral characters, tabs, CRLF and lines longer
// than the index's 64-byte blocks.
std::string mixed_text() {
  std::string text = "键: 值\r\n\tb: c\n";
  for (int i = 0; i < 40; ++i) {
    text += i % 3 == 0 ? "民族" : i % 3 == 1 ? "😀x" : "\tab ";
  }
  text += "\r\n\n末\n";
  for (int i = 0; i < 100; ++i) {
    text += "测a😀";
  }
  return text;
}

}  // namespace

TEST_SUITE("diag::SourceText") {
  TEST_CASE("columns count code points") {
    SourceText source("x", "键: 值\r\n\tb: 😀c\n");
    CHECK(source.position_of(5).column == 4);  // 值
    CHECK(source.position_of(8).column == 5);  // the CR: just past the line's end
    CHECK(source.position_of(9).line == 1);    // the line break ends line 1
    CHECK(source.position_of(9).column == 5);
    CHECK(source.position_of(10).column == 1);  // the tab is one column
    CHECK(source.position_of(11).column == 2);
    CHECK(source.position_of(18).column == 6);  // c, after an astral character
    CHECK(source.position_of(100).line == 3);   // clamped to the end
    CHECK(source.position_of(100).column == 1);
  }

  TEST_CASE("every offset agrees with counting from the line's start") {
    std::string text = mixed_text();
    SourceText source("x", text);
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
      bool starts =
          offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
      if (!starts) {
        continue;  // parsers only ever point at a code point's first byte
      }
      CAPTURE(offset);
      Position expected = naive_position(text, offset);
      Position got = source.position_of(offset);
      REQUIRE(got.line == expected.line);
      REQUIRE(got.column == expected.column);
      if (offset < text.size() && text[offset] != '\r' && text[offset] != '\n') {
        REQUIRE(source.offset_of(got) == offset);
      }
    }
  }

  TEST_CASE("a position cursor agrees with position_of, forward, on the same line and back") {
    std::string text = mixed_text();
    SourceText source("x", text);
    PositionCursor cursor(source);
    std::vector<std::size_t> offsets;
    for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
      offsets.push_back(offset);  // every offset in order, past the end too
    }
    for (std::size_t offset = text.size(); offset > 0; offset -= 3) {
      offsets.push_back(offset);  // then backwards, in steps
      if (offset < 3) {
        break;
      }
    }
    for (std::size_t step : {11, 29}) {  // and forward in strides past a word of eight bytes
      for (std::size_t offset = 0; offset <= text.size(); offset += step) {
        offsets.push_back(offset);
      }
    }
    for (std::size_t offset : offsets) {
      CAPTURE(offset);
      Position expected = source.position_of(offset);
      Position got = cursor.position_of(offset);
      REQUIRE(got.line == expected.line);
      REQUIRE(got.column == expected.column);
    }
  }

  TEST_CASE("offset_of clamps the column to the line") {
    SourceText source("x", "ab\r\ncd\n");
    CHECK(source.offset_of({1, 1}) == 0);
    CHECK(source.offset_of({1, 9}) == 2);
    CHECK(source.offset_of({2, 2}) == 5);
    CHECK(source.offset_of({0, 0}) == 0);
  }

  TEST_CASE("a diagnostic on a long line keeps only what is shown, and shows the same") {
    std::string line;
    for (int i = 0; line.size() < 20'000; ++i) {
      line += i % 7 == 0 ? "民族团结 " : i % 7 == 1 ? "😀\t" : "word ";
    }
    SourceText source("r.yaml", "a: 1\n" + line + "\nb: 2\n");
    int columns = static_cast<int>(util::code_point_count(line));
    for (int column : {1, 2, 40, 81, 82, 500, columns / 2, columns - 100, columns, columns + 1}) {
      CAPTURE(column);
      diag::Diagnostic kept = source.make({2, column}, diag::Severity::error, "c", "m");
      CHECK(kept.source_line.size() < 2'000);
      diag::Diagnostic whole = kept;
      whole.source_line = line;
      whole.source_first_column = 1;
      whole.source_line_cut = false;
      CHECK(diag::render_text(kept) == diag::render_text(whole));
    }
  }

  TEST_CASE("short lines are kept whole") {
    SourceText source("r.yaml", "a: 民族\n");
    diag::Diagnostic d = source.make({1, 4}, diag::Severity::error, "c", "m");
    CHECK(d.source_line == "a: 民族");
    CHECK(d.source_first_column == 1);
    CHECK_FALSE(d.source_line_cut);
  }

  TEST_CASE("positions and diagnostics on a 2 MB line take no time") {
    std::string text(2'000'000, 'x');
    SourceText source("r.yaml", text);
    auto start = std::chrono::steady_clock::now();
    for (std::size_t offset = 0; offset < text.size(); offset += 20) {
      Position at = source.position_of(offset);
      REQUIRE(at.column == static_cast<int>(offset) + 1);
      REQUIRE(source.make(at, diag::Severity::error, "c", "m").source_line.size() <= 250);
    }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CAPTURE(seconds);
    CHECK(seconds < 60.0);  // rescanning the line each time took hours
  }
  TEST_CASE("lines outside the text have no text and start at its end") {
    SourceText source("x", "a\nbc\n");
    CHECK(source.line_text(0).empty());
    CHECK(source.line_text(9).empty());
    CHECK(source.line_start(0) == 5);
    CHECK(source.line_start(9) == 5);
    CHECK(source.line_text(2) == "bc");
    CHECK(source.line_start(2) == 2);
  }
  TEST_CASE("errors in another text get the cause finder's note; warnings and notes never ask it") {
    SourceText input("in.yaml", "a: 1\n");
    SourceText base("base.yaml", "b: 2\nc: 3\n");
    diag::DiagnosticList list(input);
    int asked = 0;
    list.set_cause_finder([&](Position, const diag::Diagnostic& error) -> std::optional<diag::Diagnostic> {
      ++asked;
      if (error.code == "no-cause") {
        return std::nullopt;
      }
      diag::Diagnostic note;
      note.path = "in.yaml";
      note.line = 1;
      note.code = error.code;
      note.message = "caused here";
      return note;
    });
    Position in_base{2, 1};
    in_base.source = &base;
    list.error(in_base, "broken", "c is broken");
    list.error(in_base, "no-cause", "nothing explains it");
    list.warning(in_base, "odd", "c is odd");
    list.note(in_base, "fyi", "c is c");
    list.error({1, 1}, "local", "a is wrong");
    CHECK(asked == 2);
    REQUIRE(list.items().size() == 5);
    CHECK(list.items()[0].path == "base.yaml");
    CHECK(list.items()[0].source_line == "c: 3");
    REQUIRE(list.items()[0].notes.size() == 1);
    CHECK(list.items()[0].notes[0].message == "caused here");
    CHECK(list.items()[1].notes.empty());
    CHECK(list.items()[2].severity == diag::Severity::warning);
    CHECK(list.items()[2].notes.empty());
    CHECK(list.items()[4].path == "in.yaml");
    CHECK(list.items()[4].notes.empty());
  }
}
