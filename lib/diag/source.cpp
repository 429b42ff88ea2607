#include "diag/source.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace cepin::diag {

SourceText::SourceText(std::string path, std::string text) : m_path(std::move(path)), m_text(std::move(text)) {
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < m_text.size(); ++i) {
    if (m_text[i] == '\n') {
      m_line_starts.push_back(i + 1);
    }
  }
}

Position SourceText::position_of(std::size_t byte_offset) const {
  byte_offset = std::min(byte_offset, m_text.size());
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), byte_offset);
  int line = static_cast<int>(it - m_line_starts.begin());
  std::size_t start = m_line_starts[static_cast<std::size_t>(line - 1)];
  return {line, column_of(line, byte_offset - start)};
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
  std::string_view text = line_text(line);
  byte_column = std::min(byte_column, text.size());
  return static_cast<int>(util::code_point_count(text.substr(0, byte_column))) + 1;
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
    d.source_line = std::string(line_text(at.line));
  }
  return d;
}

void DiagnosticList::error(Position at, std::string code, std::string message, std::string hint) {
  m_items.push_back(m_source->make(at, Severity::error, std::move(code), std::move(message), std::move(hint)));
}

void DiagnosticList::warning(Position at, std::string code, std::string message, std::string hint) {
  m_items.push_back(m_source->make(at, Severity::warning, std::move(code), std::move(message), std::move(hint)));
}

void DiagnosticList::note(Position at, std::string code, std::string message, std::string hint) {
  m_items.push_back(m_source->make(at, Severity::note, std::move(code), std::move(message), std::move(hint)));
}

std::vector<Diagnostic> DiagnosticList::take() {
  sort_diagnostics(m_items);
  return std::move(m_items);
}

}  // namespace cepin::diag
