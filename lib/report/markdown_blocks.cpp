#include "report/markdown_blocks.hpp"

#include "report/markdown_escape.hpp"
#include "report/summary.hpp"

namespace cepin::report {

std::string MarkdownBlocks::join() const {
  std::size_t size = 1;
  for (const std::string& block : m_blocks) {
    size += block.size() + 2;
  }
  std::string out;
  out.reserve(size);
  for (const std::string& block : m_blocks) {
    if (!out.empty()) {
      out += "\n\n";
    }
    out += block;
  }
  out += '\n';
  return out;
}

std::string markdown_heading(int level, const std::string& text) { return std::string(level, '#') + " " + text; }

std::string markdown_unit_title(const std::optional<assessment::Unit>& unit, const std::string& source) {
  std::string name = unit ? unit->name : "";
  std::string id = unit ? unit->id : "";
  std::string primary = !name.empty() ? name : id;
  std::string secondary = !name.empty() && !id.empty() ? id : source;
  if (primary.empty()) {
    return "(" + escape_markdown(secondary) + ")";
  }
  return escape_markdown(primary) + " (" + escape_markdown(secondary) + ")";
}

std::string markdown_rubric_name(const rubric::Rubric& rubric) {
  return escape_markdown(rubric.title) + " (" + escape_markdown(rubric.id) + ")";
}

int digits_of(const scoring::Result& result) { return result.rubric ? result.rubric->precision_digits : 2; }

std::string share_text(util::Decimal score, util::Decimal max) {
  std::optional<util::Decimal> share = share_percent(score, max);
  return share ? share->to_fixed(1) + "%" : "—";
}

}  // namespace cepin::report
