#include "diag/source.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

#include "util/utf8.hpp"

namespace cepin::diag {

namespace {

constexpr std::size_t k_block = 64;        // bytes per entry of the code-point index
constexpr std::size_t k_long_line = 4096;  // a longer line is quoted in part
// Of a long line, a diagnostic keeps more than a renderer shows around the
// spot (80 display columns before it, 160 in all: diag/render.cpp), within
// this many bytes on either side.
constexpr std::size_t k_width_before = 80;
constexpr std::size_t k_width_after = 160;
constexpr std::size_t k_max_keep_bytes = 4096;

bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// How many of the eight bytes at `bytes` start a code point: eight less the
// continuation bytes (10xxxxxx), counted in one word.
std::size_t code_points_in_word(const char* bytes) {
  uint64_t word = 0;
  std::memcpy(&word, bytes, sizeof word);
  constexpr uint64_t k_high = 0x8080808080808080ULL;
  const uint64_t continuation = word & ~(word << 1) & k_high;  // top bit set, the next one clear
  constexpr uint64_t k_ones = 0x0101010101010101ULL;
  return 8 - static_cast<std::size_t>(((continuation >> 7) * k_ones) >> 56);
}

// Display columns of the code point starting at `pos` (never more than a
// renderer gives it).
std::size_t width_at(std::string_view line, std::size_t pos) {
  return static_cast<std::size_t>(util::code_point_width(util::next_code_point(line, pos)));
}

// The byte range of `line` a diagnostic at byte `spot` keeps: code points
// back until their width passes k_width_before, and on until k_width_after.
std::pair<std::size_t, std::size_t> window(std::string_view line, std::size_t spot) {
  std::size_t from = spot;
  for (std::size_t width = 0; from > 0 && spot - from < k_max_keep_bytes && width <= k_width_before;) {
    do {
      --from;
    } while (from > 0 && !starts_code_point(line[from]));
    width += width_at(line, from);
  }
  std::size_t to = spot;
  for (std::size_t width = 0; to < line.size() && to - spot < k_max_keep_bytes && width <= k_width_after;) {
    width += width_at(line, to);
    do {
      ++to;
    } while (to < line.size() && !starts_code_point(line[to]));
  }
  return {from, to};
}

}  // namespace

SourceText::SourceText(std::string path, std::string text) : m_path(std::move(path)), m_text(std::move(text)) {
  const char* const data = m_text.data();
  const std::size_t size = m_text.size();
  m_line_starts.push_back(0);
  for (const char* at = data; (at = static_cast<const char*>(std::memchr(at, '\n', size - (at - data)))) != nullptr;) {
    ++at;
    m_line_starts.push_back(static_cast<std::size_t>(at - data));
  }
  // An entry for every multiple of k_block up to the size: the code points before it.
  m_block_code_points.reserve(size / k_block + 1);
  std::size_t code_points = 0;
  for (std::size_t start = 0; start <= size; start += k_block) {
    m_block_code_points.push_back(code_points);
    const std::size_t end = std::min(start + k_block, size);
    std::size_t i = start;
    for (; i + sizeof(uint64_t) <= end; i += sizeof(uint64_t)) {
      code_points += code_points_in_word(data + i);
    }
    for (; i < end; ++i) {
      code_points += starts_code_point(data[i]) ? 1 : 0;
    }
  }
}

std::size_t SourceText::code_points_before(std::size_t byte_offset) const {
  byte_offset = std::min(byte_offset, m_text.size());
  std::size_t block = byte_offset / k_block;
  std::size_t count = m_block_code_points[block];
  for (std::size_t i = block * k_block; i < byte_offset; ++i) {
    count += starts_code_point(m_text[i]) ? 1 : 0;
  }
  return count;
}

std::size_t SourceText::offset_of_code_point(std::size_t index) const {
  auto it = std::upper_bound(m_block_code_points.begin(), m_block_code_points.end(), index);
  std::size_t block = static_cast<std::size_t>(it - m_block_code_points.begin()) - 1;
  std::size_t count = m_block_code_points[block];
  for (std::size_t i = block * k_block; i < m_text.size(); ++i) {
    if (starts_code_point(m_text[i])) {
      if (count == index) {
        return i;
      }
      ++count;
    }
  }
  return m_text.size();
}

Position SourceText::position_of(std::size_t byte_offset) const {
  byte_offset = std::min(byte_offset, m_text.size());
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), byte_offset);
  int line = static_cast<int>(it - m_line_starts.begin());
  std::size_t start = m_line_starts[static_cast<std::size_t>(line - 1)];
  return {line, column_of(line, byte_offset - start)};
}

Position PositionCursor::position_of(std::size_t byte_offset) {
  const std::string& text = m_source->text();
  byte_offset = std::min(byte_offset, text.size());
  if (byte_offset < m_offset || byte_offset >= m_line_end) {
    if (byte_offset >= m_line_end && m_at.line > 0 && byte_offset < m_source->line_start(m_at.line + 2)) {
      // The next line, the usual step: counted from its start, no search.
      m_at.line += 1;
      m_at.column = 1;
      m_offset = m_line_end;
    } else {
      m_at = m_source->position_of(byte_offset);
      m_offset = byte_offset;
    }
    m_line_end = m_source->line_start(m_at.line + 1);
    m_content_end = m_source->line_start(m_at.line) + m_source->line_text(m_at.line).size();
  }
  // Columns stop at the line's content, as position_of clamps them (a CR
  // before the line feed is not counted).
  const std::size_t to = std::min(byte_offset, m_content_end);
  std::size_t i = std::min(m_offset, m_content_end);
  for (; i + sizeof(uint64_t) <= to; i += sizeof(uint64_t)) {
    m_at.column += static_cast<int>(code_points_in_word(text.data() + i));
  }
  for (; i < to; ++i) {
    m_at.column += starts_code_point(text[i]) ? 1 : 0;
  }
  m_offset = byte_offset;
  return m_at;
}

std::size_t SourceText::offset_of(Position at) const {
  if (at.line < 1) {
    return 0;
  }
  std::size_t start = line_start(at.line);
  std::size_t length = line_text(at.line).size();
  std::size_t column = at.column > 1 ? static_cast<std::size_t>(at.column - 1) : 0;
  std::size_t offset = offset_of_code_point(code_points_before(start) + column);
  return std::min(offset, start + length);
}

std::size_t SourceText::line_start(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > m_line_starts.size()) {
    return m_text.size();
  }
  return m_line_starts[static_cast<std::size_t>(line - 1)];
}

std::string_view SourceText::line_text(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > m_line_starts.size()) {
    return {};
  }
  std::size_t start = m_line_starts[static_cast<std::size_t>(line - 1)];
  std::size_t end = static_cast<std::size_t>(line) < m_line_starts.size()
                        ? m_line_starts[static_cast<std::size_t>(line)] - 1
                        : m_text.size();
  std::string_view text(m_text.data() + start, end - start);
  if (!text.empty() && text.back() == '\r') {
    text.remove_suffix(1);
  }
  return text;
}

int SourceText::column_of(int line, std::size_t byte_column) const {
  std::size_t start = line_start(line);
  byte_column = std::min(byte_column, line_text(line).size());
  std::size_t end = start + byte_column;
  if (byte_column <= 2 * k_block) {  // the usual short line: count its bytes directly
    std::size_t count = 0;
    for (std::size_t i = start; i < end; ++i) {
      count += starts_code_point(m_text[i]) ? 1 : 0;
    }
    return static_cast<int>(count) + 1;
  }
  return static_cast<int>(code_points_before(end) - code_points_before(start)) + 1;
}

Diagnostic SourceText::make(Position at, Severity severity, std::string code, std::string message,
                            std::string hint) const {
  Diagnostic d;
  d.path = m_path;
  d.line = at.line;
  d.column = at.column;
  d.severity = severity;
  d.code = std::move(code);
  d.message = std::move(message);
  d.hint = std::move(hint);
  if (at.line > 0) {
    std::string_view line = line_text(at.line);
    if (line.size() <= k_long_line) {
      d.source_line = std::string(line);
      return d;
    }
    auto [from, to] = window(line, offset_of(at) - line_start(at.line));
    d.source_line = std::string(line.substr(from, to - from));
    d.source_first_column = column_of(at.line, from);
    d.source_line_cut = to < line.size();
  }
  return d;
}

void DiagnosticList::report(Position at, Severity severity, std::string code, std::string message,
                            std::string hint) {
  const bool foreign = at.source != nullptr && at.source != m_source;
  const SourceText& text = foreign ? *at.source : *m_source;
  Diagnostic d = text.make(at, severity, std::move(code), std::move(message), std::move(hint));
  if (foreign && severity == Severity::error && m_cause) {
    if (std::optional<Diagnostic> cause = m_cause(at, d)) {
      d.notes.push_back(std::move(*cause));
    }
  }
  m_items.push_back(std::move(d));
}

void DiagnosticList::error(Position at, std::string code, std::string message, std::string hint) {
  report(at, Severity::error, std::move(code), std::move(message), std::move(hint));
}

void DiagnosticList::warning(Position at, std::string code, std::string message, std::string hint) {
  report(at, Severity::warning, std::move(code), std::move(message), std::move(hint));
}

void DiagnosticList::note(Position at, std::string code, std::string message, std::string hint) {
  report(at, Severity::note, std::move(code), std::move(message), std::move(hint));
}

std::vector<Diagnostic> DiagnosticList::take() {
  std::vector<std::string> order;
  if (!m_chain.empty()) {
    order.push_back(m_source->path());
    order.insert(order.end(), m_chain.begin(), m_chain.end());
  }
  sort_diagnostics(m_items, order);
  return std::move(m_items);
}

}  // namespace cepin::diag
