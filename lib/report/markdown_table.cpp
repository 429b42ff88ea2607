#include "report/markdown_table.hpp"

namespace cepin::report {

namespace {

std::string table_line(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const std::string& cell : cells) {
    out += " " + cell + " |";
  }
  return out;
}

}  // namespace

std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<Align>& aligns) {
  std::string out = table_line(header) + "\n|";
  for (std::size_t i = 0; i < header.size(); ++i) {
    out += i < aligns.size() && aligns[i] == Align::right ? " ---: |" : " --- |";
  }
  for (const std::vector<std::string>& row : rows) {
    out += "\n" + table_line(row);
  }
  return out;
}

}  // namespace cepin::report
