// Columns aligned by display width (CJK characters count two).
#pragma once

#include <string>
#include <vector>

namespace cepin::util {

// How a column is aligned.
enum class Align { left, right };

// Formats rows as columns separated by two spaces, padded by display width;
// the last column is not padded. Cells are escaped for the terminal.
// `align` gives each column's alignment (missing entries: left).
std::string format_table(const std::vector<std::vector<std::string>>& rows, const std::vector<Align>& align = {});

// `text` padded with spaces to `width` display columns.
std::string pad_right(const std::string& text, std::size_t width);
std::string pad_left(const std::string& text, std::size_t width);

}  // namespace cepin::util
