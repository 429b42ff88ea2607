#include "report/csv.hpp"

#include <algorithm>

namespace cepin::report {

namespace {

constexpr const char* k_unit_columns[] = {"source",   "unit_id",   "unit_name", "rubric", "score",   "max",
                                          "verdict",  "grade",     "reasons",   "warnings", "unit_kind", "period",
                                          "base",     "bonus",     "penalty",   "threshold", "needed"};

constexpr const char* k_clause_columns[] = {"source", "unit_id", "unit_name", "rubric", "period",
                                            "category", "item", "clause", "score", "max",
                                            "status", "counted", "response", "evidence", "why"};

void append_row(std::string& out, const std::vector<std::string>& cells) { out += csv_line(cells); }

}  // namespace

std::string csv_line(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) {
      out += ',';
    }
    out += cells[i];
  }
  out += '\n';
  return out;
}

std::string csv_text_cell(std::string_view text) {
  std::string value;
  // A lone "-" (the source of standard input) cannot be a formula: keep it as SPEC §6's `source` says.
  bool lone_dash = text == "-";
  if (!text.empty() && !lone_dash &&
      (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r')) {
    value += '\'';
  }
  value += text;
  if (value.find_first_of(",\"\r\n") == std::string::npos) {
    return value;
  }
  std::string quoted = "\"";
  for (char c : value) {
    quoted += c;
    if (c == '"') {
      quoted += '"';
    }
  }
  quoted += '"';
  return quoted;
}

CsvLayout::CsvLayout(const std::vector<std::shared_ptr<const rubric::Rubric>>& rubrics, CsvRows rows)
    : m_rows(rows) {
  std::vector<std::string> seen;
  for (const auto& rubric : rubrics) {
    if (!rubric || std::find(seen.begin(), seen.end(), rubric->id) != seen.end()) {
      continue;
    }
    seen.push_back(rubric->id);
    for (const rubric::Node& category : rubric->categories) {
      m_columns.push_back({rubric->id, category.id});
    }
  }
  m_several = seen.size() > 1;
}

std::string CsvLayout::header(Bom bom) const {
  std::string out = bom == Bom::yes ? "\xEF\xBB\xBF" : "";
  if (m_rows == CsvRows::clauses) {
    append_row(out, std::vector<std::string>(std::begin(k_clause_columns), std::end(k_clause_columns)));
    return out;
  }
  std::vector<std::string> cells(std::begin(k_unit_columns), std::end(k_unit_columns));
  for (const Column& column : m_columns) {
    cells.push_back(csv_text_cell(m_several ? column.rubric_id + ":" + column.category_id
                                            : column.category_id));
  }
  append_row(out, cells);
  return out;
}

std::string CsvLayout::row(const scoring::Outcome& outcome) const {
  if (m_rows == CsvRows::clauses) {
    return csv_clause_rows(outcome);
  }
  std::vector<std::string> cells;
  std::string out;
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    int digits = result->rubric ? result->rubric->precision_digits : 2;
    std::string rubric_id = result->rubric ? result->rubric->id : "";
    std::string reasons;
    for (const scoring::Reason& reason : result->reasons) {
      reasons += (reasons.empty() ? "" : ";") + reason.code();
    }
    cells = {csv_text_cell(result->source),
             csv_text_cell(result->unit.id),
             csv_text_cell(result->unit.name),
             csv_text_cell(rubric_id),
             result->score.to_fixed(digits),
             result->max.to_fixed(digits),
             scoring::verdict_name(result->verdict),
             csv_text_cell(result->grade ? *result->grade : ""),
             csv_text_cell(reasons),
             std::to_string(result->warnings.size()),
             csv_text_cell(result->unit.kind),
             result->period ? result->period->canonical() : "",
             result->base.to_fixed(digits),
             result->bonus.to_fixed(digits),
             result->penalty.to_fixed(digits),
             result->rubric ? result->rubric->threshold.to_fixed(digits) : "",
             result->gap.needed.to_fixed(digits)};
    for (const Column& column : m_columns) {
      std::string cell;
      if (column.rubric_id == rubric_id) {
        for (const scoring::NodeResult& category : result->categories) {
          if (category.node && category.node->id == column.category_id) {
            cell = category.score.to_fixed(digits);
          }
        }
      }
      cells.push_back(cell);
    }
  } else {
    const auto& error = std::get<scoring::ErrorResult>(outcome);
    cells = {csv_text_cell(error.source),
             csv_text_cell(error.unit ? error.unit->id : ""),
             csv_text_cell(error.unit ? error.unit->name : ""),
             csv_text_cell(error.rubric ? error.rubric->id : ""),
             "",
             "",
             "error",
             "",
             csv_text_cell(error.first_error().message),
             "",
             csv_text_cell(error.unit ? error.unit->kind : ""),
             "",
             "",
             "",
             "",
             "",
             ""};
    cells.resize(cells.size() + m_columns.size());
  }
  append_row(out, cells);
  return out;
}

}  // namespace cepin::report
