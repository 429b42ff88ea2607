// An input's text with a line index, so positions become line:column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace cepin::diag {

// A 1-based line and code-point column in a source text.
struct Position {
  int line = 0;
  int column = 0;
};

// The text of one input and its name, for locating and quoting problems.
// Positions take the same short time wherever they are, however long the
// line: an index built once counts the code points of every 64-byte block.
// Columns count code points: every byte that is not a UTF-8 continuation
// byte starts one.
class SourceText {
 public:
  SourceText(std::string path, std::string text);

  const std::string& path() const { return m_path; }
  const std::string& text() const { return m_text; }

  // The position of a byte offset (clamped to the text).
  Position position_of(std::size_t byte_offset) const;
  // The byte offset of a position: its line's start plus its column, which
  // is clamped to the line (without its line break).
  std::size_t offset_of(Position at) const;
  // The byte offset of a 1-based line's first byte (past the end: text size).
  std::size_t line_start(int line) const;
  // The text of a 1-based line without its line break ("" if out of range).
  std::string_view line_text(int line) const;
  // The 1-based code-point column of a 0-based byte column on a line.
  int column_of(int line, std::size_t byte_column) const;

  // A diagnostic at a position, with the line quoted for the caret. Of a line
  // longer than 4 KiB only the part around the position is kept (see
  // Diagnostic::source_first_column).
  Diagnostic make(Position at, Severity severity, std::string code, std::string message,
                  std::string hint = {}) const;

 private:
  // The number of code points that start before a byte offset.
  std::size_t code_points_before(std::size_t byte_offset) const;
  // The byte offset of the code point with this index (text size past the end).
  std::size_t offset_of_code_point(std::size_t index) const;

  std::string m_path;
  std::string m_text;
  std::vector<std::size_t> m_line_starts;
  std::vector<std::size_t> m_block_code_points;  // code points before each 64-byte block
};

// Collects the diagnostics of one input.
class DiagnosticList {
 public:
  explicit DiagnosticList(const SourceText& source) : m_source(&source) {}

  void error(Position at, std::string code, std::string message, std::string hint = {});
  void warning(Position at, std::string code, std::string message, std::string hint = {});
  void note(Position at, std::string code, std::string message, std::string hint = {});
  void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }

  const SourceText& source() const { return *m_source; }
  bool has_errors() const { return diag::has_errors(m_items); }
  std::vector<Diagnostic>& items() { return m_items; }
  const std::vector<Diagnostic>& items() const { return m_items; }
  // The diagnostics, sorted, moved out.
  std::vector<Diagnostic> take();

 private:
  const SourceText* m_source;
  std::vector<Diagnostic> m_items;
};

}  // namespace cepin::diag
