#include "report/text_table.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace cepin::report {

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(m_aligns.size());
  m_rows.push_back(std::move(cells));
}

std::string TextTable::render(std::string_view indent) const {
  std::vector<std::size_t> widths(m_aligns.size(), 0);
  for (const auto& row : m_rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], util::display_width(row[i]));
    }
  }
  std::string out;
  for (const auto& row : m_rows) {
    std::string line(indent);
    for (std::size_t i = 0; i < row.size(); ++i) {
      std::string pad(widths[i] - util::display_width(row[i]), ' ');
      if (i > 0) {
        line += "  ";
      }
      line += m_aligns[i] == Align::right ? pad + row[i] : row[i] + pad;
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace cepin::report
