// An input's text with a line index, so positions become line:column.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace cepin::diag {

class SourceText;

// A 1-based line and code-point column in a source text. `source` is the text
// it is in when that is not the input being read: a base rubric's node in a
// merged tree (rubric/merge.hpp). Null means the input of the list it is
// reported to.
struct Position {
  int line = 0;
  int column = 0;
  const SourceText* source = nullptr;
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

// Positions in one text of offsets that mostly come in increasing order (a
// parser's marks): an offset later on the same line as the last one is
// counted on from it, one on the next line from that line's start, any other
// is looked up in the text's index. Gives the same positions as
// SourceText::position_of.
class PositionCursor {
 public:
  // A cursor over `source`, which must outlive it.
  explicit PositionCursor(const SourceText& source) : m_source(&source) {}

  // The position of a byte offset (clamped to the text).
  Position position_of(std::size_t byte_offset);

 private:
  const SourceText* m_source;
  std::size_t m_offset = 0;       // the last offset asked for
  std::size_t m_line_end = 0;     // the start of the line after its line
  std::size_t m_content_end = 0;  // the end of its line's text (before CR LF)
  Position m_at;                  // its position
};

// Given an error located in another text than the input (a base rubric),
// the note that names what in the input caused it, if any.
using CauseFinder = std::function<std::optional<Diagnostic>(Position at, const Diagnostic& error)>;

// Collects the diagnostics of one input. A position in another text (a base
// rubric's) is reported in that text, and an error there gets the note the
// cause finder gives.
class DiagnosticList {
 public:
  explicit DiagnosticList(const SourceText& source) : m_source(&source) {}

  void error(Position at, std::string code, std::string message, std::string hint = {});
  void warning(Position at, std::string code, std::string message, std::string hint = {});
  void note(Position at, std::string code, std::string message, std::string hint = {});
  void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }

  // The texts of the input's chain of bases, nearest first: their
  // diagnostics sort after the input's, in this order.
  void set_chain(std::vector<std::string> paths) { m_chain = std::move(paths); }
  // Finds the cause of errors located in the chain.
  void set_cause_finder(CauseFinder finder) { m_cause = std::move(finder); }

  const SourceText& source() const { return *m_source; }
  bool has_errors() const { return diag::has_errors(m_items); }
  std::vector<Diagnostic>& items() { return m_items; }
  const std::vector<Diagnostic>& items() const { return m_items; }
  // The diagnostics, sorted (the input's first, then the chain's), moved out.
  std::vector<Diagnostic> take();

 private:
  void report(Position at, Severity severity, std::string code, std::string message, std::string hint);

  const SourceText* m_source;
  std::vector<Diagnostic> m_items;
  std::vector<std::string> m_chain;
  CauseFinder m_cause;
};

}  // namespace cepin::diag
