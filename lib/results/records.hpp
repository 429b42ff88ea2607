// The records of a saved-results file, read a block at a time: JSON Lines
// (one value per line; a broken line is reported and the next is read), a
// JSON array (`cepin score --format json`) or whitespace-separated values.
// Each record is at most 16 MiB; the file as a whole may be any size.
#pragma once

#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"

namespace cepin::results {

// One top-level value's text and where it starts.
struct Record {
  std::string_view text;  // valid until the next call to next()
  int line = 1;           // the line of its first byte
  int column = 1;         // the code-point column of its first byte
};

// Reads records from a file or a text.
class RecordReader {
 public:
  // Fills up to `size` bytes; returns how many (0 at the end).
  using Fill = std::function<std::size_t(char* into, std::size_t size)>;

  RecordReader(std::string path, Fill fill);
  // A reader over text already in memory (standard input, tests).
  static RecordReader over_text(std::string path, std::string text);

  // What next() found.
  enum class Step { record, problem, end };
  // The next record, or a problem (a record over 16 MiB, text after an
  // array), or the end. After a problem in an array nothing more is read.
  Step next(Record& record, diag::Diagnostic& problem);

  // The diagnostic for a byte offset into `record`'s text, with the line
  // quoted for the caret.
  diag::Diagnostic locate(const Record& record, std::size_t offset, std::string code, std::string message,
                          std::string hint) const;

  const std::string& path() const { return m_path; }

 private:
  enum class Mode { unknown, lines, array, values, done };
  bool fill_more(std::size_t keep_from);
  void advance_to(std::size_t end);
  void skip_space();
  Step next_line(Record& record, diag::Diagnostic& problem);
  Step next_value(Record& record, diag::Diagnostic& problem);
  std::size_t scan_value(std::size_t from, bool& too_large);
  void choose_mode();

  std::string m_path;
  Fill m_fill;
  std::string m_buffer;
  std::size_t m_pos = 0;  // the reading position in m_buffer
  bool m_eof = false;
  int m_line = 1;    // of m_pos
  int m_column = 1;  // of m_pos, in code points
  Mode m_mode = Mode::unknown;
  bool m_after_value = false;  // array: a value was read, a `,` or `]` comes next
  bool m_had_value = false;    // array: at least one value was read
  std::size_t m_pending = 0;   // the end of the record handed out last
};

// A reader of the file at `path` (the caller keeps `file` open meanwhile).
RecordReader file_records(const std::string& path, std::FILE* file);

// Whether a text (a file's first bytes) starts, past a byte order mark and
// blanks, with `{` or `[`: saved results rather than an assessment.
bool looks_like_saved(std::string_view head);

// Whether a CSV header line is that of `cepin score --format csv` (a results
// sheet, which compare and trend refuse).
bool looks_like_results_csv(std::string_view first_line);

}  // namespace cepin::results
