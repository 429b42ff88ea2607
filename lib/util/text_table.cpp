#include "util/text_table.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace cepin::util {

std::string pad_right(const std::string& text, std::size_t width) {
  std::size_t have = display_width(text);
  return have >= width ? text : text + std::string(width - have, ' ');
}

std::string pad_left(const std::string& text, std::size_t width) {
  std::size_t have = display_width(text);
  return have >= width ? text : std::string(width - have, ' ') + text;
}

std::string format_table(const std::vector<std::vector<std::string>>& rows, const std::vector<Align>& align) {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    std::vector<std::string> escaped;
    for (std::size_t i = 0; i < row.size(); ++i) {
      escaped.push_back(escape_for_terminal(row[i]));
      if (widths.size() <= i) {
        widths.push_back(0);
      }
      widths[i] = std::max(widths[i], display_width(escaped.back()));
    }
    cells.push_back(std::move(escaped));
  }
  std::string out;
  for (const auto& row : cells) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      bool last = i + 1 == row.size();
      bool right = i < align.size() && align[i] == Align::right;
      if (i > 0) {
        line += "  ";
      }
      line += right ? pad_left(row[i], widths[i]) : last ? row[i] : pad_right(row[i], widths[i]);
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace cepin::util
