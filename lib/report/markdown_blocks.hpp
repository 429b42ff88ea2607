// What the parts of a Markdown report share: blocks joined by blank lines,
// headings, and how units and rubrics are named in them. Input text is
// escaped (escape_markdown).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scoring/result.hpp"

namespace cepin::report {

// Blocks joined by one blank line; the document ends with one newline.
class MarkdownBlocks {
 public:
  // Appends one block (a heading, a paragraph, a table, a list).
  void add(std::string block) { m_blocks.push_back(std::move(block)); }
  // The document.
  std::string join() const;

 private:
  std::vector<std::string> m_blocks;
};

// "### text" for level 3.
std::string markdown_heading(int level, const std::string& text);

// "鄂尔多斯市 (150600)", or the source in brackets when the unit is not known;
// always ends with ")" so a heading never ends in punctuation (MD026).
std::string markdown_unit_title(const std::optional<assessment::Unit>& unit, const std::string& source);

// "Title (id)", as a rubric is named in headings and fields.
std::string markdown_rubric_name(const rubric::Rubric& rubric);

// The precision digits of a result's rubric (2 without one).
int digits_of(const scoring::Result& result);

// score ÷ max as "87.5%" (one decimal, exact), or "—" when max ≤ 0.
std::string share_text(util::Decimal score, util::Decimal max);

}  // namespace cepin::report
