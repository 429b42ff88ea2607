#include "diag/render.hpp"

#include <fmt/format.h>

#include "util/json_writer.hpp"
#include "util/utf8.hpp"

namespace cepin::diag {

namespace {

constexpr std::size_t k_max_source_width = 160;

const char* color_of(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "\x1b[1;31m";
    case Severity::warning:
      return "\x1b[1;35m";
    case Severity::note:
      return "\x1b[1;36m";
  }
  return "";
}

// The source line as shown (tabs as spaces, dangerous characters escaped),
// windowed around the column, and the caret's display offset within it. The
// line may be only the part of a long line that starts at `first_column`
// (and, when `cut`, stops before the line's end).
std::pair<std::string, std::size_t> excerpt(const std::string& line, int column, int first_column, bool cut) {
  struct Cell {
    std::string text;
    std::size_t width;
  };
  std::vector<Cell> cells;
  for (std::size_t pos = 0; pos < line.size();) {
    std::size_t start = pos;
    char32_t cp = util::next_code_point(line, pos);
    std::string raw = line.substr(start, pos - start);
    if (cp == '\t') {
      cells.push_back({" ", 1});
    } else if (util::is_dangerous_code_point(cp) || util::find_invalid_utf8(raw)) {
      std::string shown = util::escape_for_terminal(raw);
      cells.push_back({shown, shown.size()});
    } else {
      cells.push_back({raw, static_cast<std::size_t>(util::code_point_width(cp))});
    }
  }
  std::size_t target = column > first_column ? static_cast<std::size_t>(column - first_column) : 0;
  // Choose a window of cells of at most k_max_source_width columns holding target.
  std::size_t first = 0;
  std::size_t width_before = 0;
  for (std::size_t i = 0; i < target && i < cells.size(); ++i) {
    width_before += cells[i].width;
  }
  while (width_before > k_max_source_width / 2 && first < target) {
    width_before -= cells[first].width;
    ++first;
  }
  bool cut_before = first > 0 || first_column > 1;
  std::string shown = cut_before ? "…" : "";
  std::size_t caret = cut_before ? 1 : 0;
  std::size_t width = caret;
  std::size_t i = first;
  for (; i < cells.size(); ++i) {
    if (width + cells[i].width > k_max_source_width) {
      break;
    }
    if (i < target) {
      caret += cells[i].width;
    }
    shown += cells[i].text;
    width += cells[i].width;
  }
  if (i < cells.size() || cut) {
    shown += "…";
  }
  return {shown, caret};
}

}  // namespace

std::string github_escape_data(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string github_escape_property(const std::string& text) {
  std::string out;
  for (char c : github_escape_data(text)) {
    switch (c) {
      case ':':
        out += "%3A";
        break;
      case ',':
        out += "%2C";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string render_text(const Diagnostic& d, Color color) {
  const char* bold = color == Color::yes ? "\x1b[1m" : "";
  const char* reset = color == Color::yes ? "\x1b[0m" : "";
  const char* sev = color == Color::yes ? color_of(d.severity) : "";
  std::string out;
  std::string where = util::escape_for_terminal(d.path);
  if (d.line > 0) {
    where += fmt::format(":{}:{}", d.line, d.column);
  }
  out += fmt::format("{}{}:{} {}{}:{} {} [{}]\n", bold, where, reset, sev, severity_name(d.severity), reset,
                     util::escape_for_terminal(d.message), d.code);
  if (d.line > 0 && !d.source_line.empty()) {
    auto [shown, caret] = excerpt(d.source_line, d.column, d.source_first_column, d.source_line_cut);
    std::string number = std::to_string(d.line);
    std::string gutter(number.size(), ' ');
    out += fmt::format(" {} | {}\n", number, shown);
    out += fmt::format(" {} | {}{}^{}\n", gutter, std::string(caret, ' '), sev, reset);
  }
  if (!d.hint.empty()) {
    out += fmt::format("  hint: {}\n", util::escape_for_terminal(d.hint));
  }
  for (const Diagnostic& note : d.notes) {
    out += render_text(note, color);
  }
  return out;
}

void write_json(util::JsonWriter& json, const Diagnostic& d) {
    json.begin_object();
    json.key("path").string(d.path);
    json.key("line").integer(d.line);
    json.key("column").integer(d.column);
    json.key("severity").string(severity_name(d.severity));
    json.key("code").string(d.code);
    json.key("message").string(d.message);
    if (!d.hint.empty()) {
      json.key("hint").string(d.hint);
    }
    json.end_object();
    for (const Diagnostic& note : d.notes) {
      write_json(json, note);
    }
}

std::string render_json(const std::vector<Diagnostic>& diagnostics) {
  util::JsonWriter json;
  json.begin_array();
  for (const Diagnostic& d : diagnostics) {
    write_json(json, d);
  }
  json.end_array();
  return json.take() + "\n";
}

std::string render_github_one(const Diagnostic& d) {
  std::string kind = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "notice";
    std::string props = "file=" + github_escape_property(util::escape_for_terminal(d.path));
    if (d.line > 0) {
      props += fmt::format(",line={},col={}", d.line, d.column);
    }
    props += ",title=" + github_escape_property(d.code);
    // Input text never reaches a log raw: escape controls first, then GitHub's own escaping.
    std::string message = util::escape_for_terminal(d.message);
    if (!d.hint.empty()) {
      message += "\n" + util::escape_for_terminal(d.hint);
    }
  return fmt::format("::{} {}::{}\n", kind, props, github_escape_data(message));
}

std::string render_github(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += render_github_one(d);
    for (const Diagnostic& note : d.notes) {
      out += render_github_one(note);
    }
  }
  return out;
}

}  // namespace cepin::diag
