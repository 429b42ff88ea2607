// A GitHub-flavoured Markdown table, shared by the score report and `show`.
#pragma once

#include <string>
#include <vector>

#include "report/text_table.hpp"

namespace cepin::report {

// A header line, a delimiter line (`---:` for right-aligned columns; columns
// past the end of `aligns` are left-aligned) and one line per row, joined by
// "\n" without a final newline. Cells must be escaped already (escape_markdown).
std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<Align>& aligns = {});

}  // namespace cepin::report
