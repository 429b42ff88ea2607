// Columns aligned by terminal display width (CJK characters take two columns).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cepin::report {

// How a column's cells line up.
enum class Align { left, right };

// A table of already-escaped cells, rendered with every column as wide as its
// widest cell (util::display_width), columns two spaces apart.
class TextTable {
 public:
  explicit TextTable(std::vector<Align> aligns) : m_aligns(std::move(aligns)) {}

  // Adds a row; missing cells are empty, extra cells are ignored.
  void add_row(std::vector<std::string> cells);

  // The rows, each prefixed by `indent` and ending in "\n", no trailing spaces.
  std::string render(std::string_view indent = "") const;

 private:
  std::vector<Align> m_aligns;
  std::vector<std::vector<std::string>> m_rows;
};

}  // namespace cepin::report
