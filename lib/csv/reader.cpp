#include "csv/reader.hpp"

#include <algorithm>

#include "util/text.hpp"
#include "util/utf8.hpp"

namespace cepin::csv {

namespace {

// Walks the text byte by byte, tracking the physical line and code-point column.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : m_text(text) {}

  bool done() const { return m_pos >= m_text.size(); }
  char peek(std::size_t ahead = 0) const {
    return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
  }
  diag::Position position() const { return {m_line, m_column}; }
  FieldPosition field_position() const { return {m_line, m_column}; }

  // Moves past one byte; only a code point's first byte counts a column.
  void advance() {
    char c = m_text[m_pos++];
    if (c == '\n') {
      ++m_line;
      m_column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++m_column;
    }
  }

  // Moves over an unquoted field: up to the separator, a line end or the end
  // of the text (as advance() byte by byte, in one pass).
  void skip_unquoted(char sep) {
    const std::size_t size = m_text.size();
    std::size_t pos = m_pos;
    int columns = 0;
    while (pos < size) {
      const char c = m_text[pos];
      if (c == sep || c == '\n' || (c == '\r' && pos + 1 < size && m_text[pos + 1] == '\n')) {
        break;
      }
      columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
      ++pos;
    }
    m_column += columns;
    m_pos = pos;
  }

  // The byte offset of the cursor in the text.
  std::size_t offset() const { return m_pos; }

 private:
  std::string_view m_text;
  std::size_t m_pos = 0;
  int m_line = 1;
  int m_column = 1;
};

bool is_line_end(const Cursor& cursor) {
  return cursor.peek() == '\n' || (cursor.peek() == '\r' && cursor.peek(1) == '\n');
}

void skip_line_end(Cursor& cursor) {
  if (cursor.peek() == '\r') {
    cursor.advance();
  }
  cursor.advance();
}

}  // namespace

Separator separator_for_path(std::string_view path) {
  const bool tsv = path.size() >= 4 && util::equals_ascii_lower(path.substr(path.size() - 4), ".tsv");
  return tsv ? Separator::tab : Separator::comma;
}

Records read_records(const diag::SourceText& source, Separator separator) {
  const char sep = separator == Separator::tab ? '\t' : ',';
  Records records;
  diag::DiagnosticList diagnostics(source);
  Cursor cursor(source.text());
  Row row;
  row.line = 1;
  bool row_has_text = false;
  std::size_t width = 0;  // the most fields a record has had
  const std::string_view text = source.text();
  while (true) {
    Field field;
    field.position = cursor.field_position();
    if (cursor.peek() == '"' && !cursor.done()) {
      diag::Position open = cursor.position();
      cursor.advance();
      // The quoted text stays a view of the source until a `""` or a CRLF
      // makes it differ; from then on it is built in `owned`.
      const std::size_t start = cursor.offset();
      std::size_t end = start;
      bool owning = false;
      std::string owned;
      auto own = [&] {
        if (!owning) {
          owned.assign(text.substr(start, end - start));
          owning = true;
        }
      };
      bool closed = false;
      while (!cursor.done()) {
        if (cursor.peek() == '"') {
          if (cursor.peek(1) == '"') {
            own();
            owned += '"';
            cursor.advance();
            cursor.advance();
            continue;
          }
          cursor.advance();
          closed = true;
          break;
        }
        if (cursor.peek() == '\r' && cursor.peek(1) == '\n') {
          own();
          cursor.advance();  // CRLF inside quotes is one newline
          continue;
        }
        if (owning) {
          owned += cursor.peek();
        }
        cursor.advance();
        end = cursor.offset();
      }
      if (!closed) {
        diagnostics.error(open, "unclosed-quote", "this quoted field is never closed",
                          "end it with `\"`, and write a quote inside a quoted field as `\"\"`");
        records.diagnostics = diagnostics.take();
        records.rows.clear();
        return records;
      }
      while (cursor.peek() == ' ' && !cursor.done()) {
        cursor.advance();
      }
      if (!cursor.done() && cursor.peek() != sep && !is_line_end(cursor)) {
        row.diagnostics.push_back(source.make(
            cursor.position(), diag::Severity::error, "text-after-quote",
            "text follows the closing quote of a field",
            "put the whole field inside the quotes, writing a quote inside as `\"\"`"));
        field.position.malformed = 1;
        own();
        while (!cursor.done() && cursor.peek() != sep && !is_line_end(cursor)) {
          owned += cursor.peek();
          cursor.advance();
        }
      }
      if (owning) {
        records.unquoted->push_back(std::move(owned));
        field.text = records.unquoted->back();
      } else {
        field.text = text.substr(start, end - start);
      }
    } else {
      const std::size_t start = cursor.offset();
      cursor.skip_unquoted(sep);
      field.text = text.substr(start, cursor.offset() - start);
    }
    field.text = util::trim_spaces(field.text);
    row_has_text = row_has_text || !field.text.empty();
    row.fields.push_back(std::move(field));
    if (!cursor.done() && cursor.peek() == sep) {
      cursor.advance();
      continue;
    }
    // End of record: at a line end or the end of the text.
    width = std::max(width, row.fields.size());
    if (row_has_text) {
      records.rows.push_back(std::move(row));
    }
    if (cursor.done()) {
      break;
    }
    skip_line_end(cursor);
    if (cursor.done()) {
      break;
    }
    row = Row{};
    row.fields.reserve(width);  // the widest row so far: a sheet's rows are mostly as wide as its header
    row.line = cursor.position().line;
    row_has_text = false;
  }
  records.diagnostics = diagnostics.take();
  return records;
}

}  // namespace cepin::csv
