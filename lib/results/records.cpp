#include "results/records.hpp"

#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "diag/source.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace cepin::results {

namespace {

constexpr std::size_t k_block = 1u << 20;
constexpr std::size_t k_max_record = util::k_max_input_bytes;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

diag::Diagnostic located(const std::string& path, int line, int column, std::string code, std::string message,
                         std::string hint) {
  diag::Diagnostic d = diag::file_diagnostic(path, diag::Severity::error, std::move(code), std::move(message));
  d.line = line;
  d.column = column;
  d.hint = std::move(hint);
  return d;
}

// Where a scan stands with respect to JSON strings.
struct StringState {
  bool in_string = false;
  bool escape = false;

  // Takes one byte; true when it belongs to a string (its closing quote too).
  bool take(char c) {
    if (!in_string) {
      in_string = c == '"';
      return in_string;
    }
    if (escape) {
      escape = false;
    } else if (c == '\\') {
      escape = true;
    } else if (c == '"') {
      in_string = false;
    }
    return true;
  }
};

// Whether a value starting a line closes on it (brackets balanced outside strings).
bool ends_on_line(std::string_view line) {
  int depth = 0;
  StringState strings;
  for (char c : line) {
    if (strings.take(c)) {
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && --depth == 0) {
      return true;
    }
  }
  return depth <= 0;
}

std::string too_large_message() { return "this saved result is larger than 16 MiB"; }

}  // namespace

RecordReader::RecordReader(std::string path, Fill fill) : m_path(std::move(path)), m_fill(std::move(fill)) {}

RecordReader RecordReader::over_text(std::string path, std::string text) {
  auto shared = std::make_shared<std::string>(std::move(text));
  auto offset = std::make_shared<std::size_t>(0);
  return RecordReader(std::move(path), [shared, offset](char* into, std::size_t size) {
    std::size_t n = std::min(size, shared->size() - *offset);
    std::memcpy(into, shared->data() + *offset, n);
    *offset += n;
    return n;
  });
}

RecordReader file_records(const std::string& path, std::FILE* file) {
  return RecordReader(path, [file](char* into, std::size_t size) { return std::fread(into, 1, size, file); });
}

bool RecordReader::fill_more(std::size_t keep_from) {
  if (keep_from > 0) {
    m_buffer.erase(0, keep_from);
    m_pos -= keep_from;
  }
  if (m_eof) {
    return false;
  }
  std::size_t old = m_buffer.size();
  m_buffer.resize(old + k_block);
  std::size_t n = m_fill(&m_buffer[old], k_block);
  m_buffer.resize(old + n);
  if (n == 0) {
    m_eof = true;
  }
  return n > 0;
}

void RecordReader::advance_to(std::size_t end) {
  for (; m_pos < end; ++m_pos) {
    unsigned char c = static_cast<unsigned char>(m_buffer[m_pos]);
    if (c == '\n') {
      ++m_line;
      m_column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++m_column;
    }
  }
}

void RecordReader::skip_space() {
  while (true) {
    if (m_pos >= m_buffer.size() && !fill_more(m_pos)) {
      return;
    }
    if (!is_space(m_buffer[m_pos])) {
      return;
    }
    advance_to(m_pos + 1);
  }
}

void RecordReader::choose_mode() {
  while (m_buffer.size() < 3 && fill_more(0)) {
    // a fill may hand out fewer bytes than asked for
  }
  if (m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    m_pos = 3;  // a UTF-8 byte order mark
  }
  skip_space();
  if (m_pos >= m_buffer.size()) {
    m_mode = Mode::done;
    return;
  }
  if (m_buffer[m_pos] == '[') {
    advance_to(m_pos + 1);
    m_mode = Mode::array;
    return;
  }
  // JSON Lines when the first line holds a whole value, or the next line
  // starts one (the first line is then a broken record); else values that
  // may span lines (a pretty-printed object).
  std::size_t newline;
  while ((newline = m_buffer.find('\n', m_pos)) == std::string::npos && !m_eof &&
         m_buffer.size() - m_pos <= k_max_record) {
    fill_more(m_pos);
  }
  if (newline == std::string::npos || ends_on_line(std::string_view(m_buffer).substr(m_pos, newline - m_pos))) {
    m_mode = Mode::lines;
    return;
  }
  std::size_t next = newline + 1;
  while (true) {
    while (next < m_buffer.size() && is_space(m_buffer[next])) {
      ++next;
    }
    if (next < m_buffer.size() || m_eof || next - m_pos > k_max_record) {
      break;
    }
    std::size_t shift = m_pos;  // the next line's start is not read yet
    fill_more(m_pos);
    next -= shift;
  }
  m_mode = next < m_buffer.size() && m_buffer[next] == '{' ? Mode::lines : Mode::values;
}

std::size_t RecordReader::scan_value(std::size_t from, bool& too_large) {
  std::size_t i = from;
  int depth = 0;
  StringState strings;
  while (true) {
    if (i >= m_buffer.size()) {
      if (!too_large && i - m_pos > k_max_record) {
        too_large = true;
      }
      if (too_large) {
        advance_to(i);  // drop what was read; the dropped bytes still count lines
      }
      std::size_t shift = m_pos;
      bool more = fill_more(m_pos);
      i -= shift;
      if (!more) {
        return i;
      }
      continue;
    }
    char c = m_buffer[i];
    if (strings.take(c)) {
      ++i;
      if (!strings.in_string && c == '"' && depth == 0) {
        return i;  // a string at the top level ends here
      }
      continue;
    }
    switch (c) {
      case '{':
      case '[':
        ++depth;
        break;
      case '}':
      case ']':
        if (depth == 0) {
          return i;
        }
        if (--depth == 0) {
          return i + 1;
        }
        break;
      case ',':
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        if (depth == 0) {
          return i;
        }
        break;
      default:
        break;
    }
    ++i;
  }
}

RecordReader::Step RecordReader::next_line(Record& record, diag::Diagnostic& problem) {
  while (true) {
    if (m_pos >= m_buffer.size() && !fill_more(m_pos)) {
      m_mode = Mode::done;
      return Step::end;
    }
    std::size_t searched = m_pos;
    bool too_large = false;
    int line = m_line;
    std::size_t newline;
    while (true) {
      newline = m_buffer.find('\n', searched);
      if (newline != std::string::npos) {
        break;
      }
      if (m_eof) {
        newline = m_buffer.size();
        break;
      }
      if (m_buffer.size() - m_pos > k_max_record) {
        too_large = true;  // drop what was read; keep looking for the line's end
        m_buffer.clear();
        m_pos = 0;
      }
      searched = m_buffer.size() - m_pos;
      fill_more(m_pos);
    }
    std::size_t start = m_pos;
    std::size_t end = newline;
    m_pos = newline < m_buffer.size() ? newline + 1 : newline;
    m_line += newline < m_buffer.size() ? 1 : 0;
    m_column = 1;
    if (too_large || end - start > k_max_record) {
      problem = located(m_path, line, 1, "result-too-large", too_large_message(),
                        "save one result per line; a result of cepin is far smaller");
      return Step::problem;
    }
    std::size_t first = start;
    while (first < end && is_space(m_buffer[first])) {
      ++first;
    }
    while (end > first && is_space(m_buffer[end - 1])) {
      --end;
    }
    if (first == end) {
      continue;  // a blank line
    }
    record.text = std::string_view(m_buffer).substr(first, end - first);
    record.line = line;
    record.column = 1 + static_cast<int>(first - start);
    return Step::record;
  }
}

RecordReader::Step RecordReader::next_value(Record& record, diag::Diagnostic& problem) {
  skip_space();
  bool at_end = m_pos >= m_buffer.size();
  if (m_mode == Mode::array) {
    char c = at_end ? '\0' : m_buffer[m_pos];
    if (at_end || (c == ']' && m_after_value) || (c == ']' && !m_had_value)) {
      if (at_end) {
        problem = located(m_path, m_line, m_column, "results-syntax", "the array of results is never closed",
                          "add the closing `]`, or save the results with --format jsonl");
        m_mode = Mode::done;
        return Step::problem;
      }
      advance_to(m_pos + 1);
      skip_space();
      m_mode = Mode::done;
      if (m_pos < m_buffer.size()) {
        problem = located(m_path, m_line, m_column, "results-syntax", "text after the array's closing `]`",
                          "keep one array of results per file");
        return Step::problem;
      }
      return Step::end;
    }
    if (m_after_value) {
      if (c != ',') {
        problem = located(m_path, m_line, m_column, "results-syntax",
                          fmt::format("expected `,` or `]` after a result, found `{}`", c),
                          "separate the results with `,`");
        m_mode = Mode::done;
        return Step::problem;
      }
      advance_to(m_pos + 1);
      skip_space();
      m_after_value = false;
      if (m_pos >= m_buffer.size() || m_buffer[m_pos] == ']') {
        problem = located(m_path, m_line, m_column, "results-syntax", "a `,` is not followed by a result",
                          "remove the `,` before `]`");
        m_mode = Mode::done;
        return Step::problem;
      }
    }
  } else if (at_end) {
    m_mode = Mode::done;
    return Step::end;
  }
  bool too_large = false;
  int line = m_line;
  int column = m_column;
  std::size_t end = scan_value(m_pos, too_large);
  if (end == m_pos && m_pos < m_buffer.size()) {
    end = m_pos + 1;  // a stray `}` or `]`: a record of its own, which the parser reports
  }
  too_large = too_large || end - m_pos > k_max_record;  // over by less than the last block read
  m_after_value = true;
  m_had_value = true;
  if (too_large) {
    advance_to(end);
    problem = located(m_path, line, column, "result-too-large", too_large_message(),
                      "save one result per line; a result of cepin is far smaller");
    return Step::problem;
  }
  record.text = std::string_view(m_buffer).substr(m_pos, end - m_pos);
  record.line = line;
  record.column = column;
  m_pending = end;
  return Step::record;
}

RecordReader::Step RecordReader::next(Record& record, diag::Diagnostic& problem) {
  if (m_pending > 0) {
    advance_to(m_pending);  // past the record handed out last time
    m_pending = 0;
  }
  if (m_mode == Mode::unknown) {
    choose_mode();
  }
  switch (m_mode) {
    case Mode::done:
    case Mode::unknown:
      return Step::end;
    case Mode::lines:
      return next_line(record, problem);
    case Mode::array:
    case Mode::values:
      return next_value(record, problem);
  }
  return Step::end;
}

diag::Diagnostic RecordReader::locate(const Record& record, std::size_t offset, std::string code,
                                      std::string message, std::string hint) const {
  offset = std::min(offset, record.text.size());
  std::size_t line_start = 0;
  int lines = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (record.text[i] == '\n') {
      ++lines;
      line_start = i + 1;
    }
  }
  std::size_t line_end = record.text.find('\n', line_start);
  std::string_view line = record.text.substr(line_start, line_end == std::string_view::npos
                                                             ? std::string_view::npos
                                                             : line_end - line_start);
  diag::SourceText source(m_path, std::string(line));
  diag::Diagnostic d = source.make(source.position_of(offset - line_start), diag::Severity::error,
                                   std::move(code), std::move(message), std::move(hint));
  d.line = record.line + lines;
  if (lines == 0 && record.column > 1) {
    d.column += record.column - 1;
    d.source_first_column += record.column - 1;
  }
  return d;
}

bool looks_like_saved(std::string_view head) {
  if (util::starts_with(head, "\xEF\xBB\xBF")) {
    head.remove_prefix(3);
  }
  for (char c : head) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      continue;
    }
    return c == '{' || c == '[';
  }
  return false;
}

bool looks_like_results_csv(std::string_view first_line) {
  if (util::starts_with(first_line, "\xEF\xBB\xBF")) {
    first_line.remove_prefix(3);
  }
  return util::starts_with(first_line, "source,unit_id,unit_name,rubric,score,max,verdict");
}

}  // namespace cepin::results
