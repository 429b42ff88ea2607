#include <unordered_map>

#include "csv/table.hpp"

namespace cepin::csv {

std::vector<AnswerColumns> group_answer_columns(const std::vector<Column>& columns) {
  std::vector<AnswerColumns> groups;
  std::unordered_map<std::string, std::size_t> by_id;  // id → index into groups
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Column& column = columns[c];
    if (column.kind != ColumnKind::answer && column.kind != ColumnKind::answer_evidence &&
        column.kind != ColumnKind::answer_note) {
      continue;
    }
    auto [it, inserted] = by_id.emplace(column.id, groups.size());
    if (inserted) {
      groups.emplace_back();
      groups.back().first = c;
    }
    AnswerColumns& group = groups[it->second];
    int index = static_cast<int>(c);
    if (column.kind == ColumnKind::answer) {
      group.response = index;
    } else if (column.kind == ColumnKind::answer_evidence) {
      group.evidence = index;
    } else {
      group.note = index;
    }
  }
  return groups;
}

}  // namespace cepin::csv
