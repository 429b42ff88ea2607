// The results CSV with one row per clause (`--csv-layout clauses`), for
// pivot tables: report/csv.hpp.
#include "report/csv.hpp"
#include "report/why.hpp"

namespace cepin::report {

namespace {

// The unit's cells every row of it starts with.
struct UnitCells {
  std::string source, unit_id, unit_name, rubric, period;
};

// The normalised response as one cell: true/false, a number, a text, labels
// joined by `;`, or empty when there is none.
std::string response_cell(const scoring::ResponseValue& response) {
  using Kind = scoring::ResponseValue::Kind;
  switch (response.kind) {
    case Kind::null:
      return "";
    case Kind::boolean:
      return response.boolean ? "true" : "false";
    case Kind::number:
      return response.number.to_string();
    case Kind::text:
      return csv_text_cell(response.text);
    case Kind::list: {
      std::string joined;
      for (const std::string& item : response.list) {
        joined += (joined.empty() ? "" : ";") + item;
      }
      return csv_text_cell(joined);
    }
  }
  return "";
}

std::string joined_cell(const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) {
    joined += (joined.empty() ? "" : ";") + item;
  }
  return csv_text_cell(joined);
}

std::string optional_boolean(const std::optional<bool>& value) {
  return value ? (*value ? "true" : "false") : "";
}

// One row: the unit's cells, then the rest.
std::string row(const UnitCells& unit, std::vector<std::string> rest) {
  std::vector<std::string> cells = {csv_text_cell(unit.source), csv_text_cell(unit.unit_id),
                                    csv_text_cell(unit.unit_name), csv_text_cell(unit.rubric), unit.period};
  cells.insert(cells.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
  return csv_line(cells);
}

void clause_rows(std::string& out, const UnitCells& unit, const scoring::NodeResult& node,
                 const std::string& category, const std::string& item, int digits) {
  for (const scoring::NodeResult& child : node.items) {
    clause_rows(out, unit, child, category, child.node ? child.node->id : "", digits);
  }
  for (const scoring::ClauseResult& clause : node.clauses) {
    out += row(unit, {csv_text_cell(category), csv_text_cell(item),
                      csv_text_cell(clause.clause ? clause.clause->id : ""), clause.score.to_fixed(digits),
                      clause.max.to_fixed(digits), scoring::status_name(clause.status), "true",
                      response_cell(clause.response), joined_cell(clause.evidence),
                      csv_text_cell(why_text(clause.why, Lang::en))});
  }
}

const char* veto_status(const std::optional<bool>& occurred) {
  return !occurred ? "unanswered" : *occurred ? "occurred" : "not-occurred";
}

}  // namespace

std::string csv_clause_rows(const scoring::Outcome& outcome) {
  std::string out;
  if (const auto* error = std::get_if<scoring::ErrorResult>(&outcome)) {
    UnitCells unit{error->source, error->unit ? error->unit->id : "", error->unit ? error->unit->name : "",
                   error->rubric ? error->rubric->id : "", ""};
    out += row(unit, {"", "", "", "", "", "error", "", "", "", csv_text_cell(error->first_error().message)});
    return out;
  }
  const auto& result = std::get<scoring::Result>(outcome);
  int digits = result.rubric ? result.rubric->precision_digits : 2;
  UnitCells unit{result.source, result.unit.id, result.unit.name, result.rubric ? result.rubric->id : "",
                 result.period ? result.period->canonical() : ""};
  for (const scoring::NodeResult& category : result.categories) {
    clause_rows(out, unit, category, category.node ? category.node->id : "", "", digits);
  }
  for (const scoring::AdjustmentResult& a : result.adjustments) {
    const rubric::Adjustment* adjustment = a.adjustment;
    rubric::AdjustmentKind kind = adjustment ? adjustment->kind : rubric::AdjustmentKind::bonus;
    bool veto = kind == rubric::AdjustmentKind::veto;
    std::string cap = adjustment && adjustment->cap ? adjustment->cap->to_fixed(digits) : "";
    out += row(unit, {"adjustments", rubric::adjustment_kind_name(kind), csv_text_cell(adjustment ? adjustment->id : ""),
                      veto ? "" : a.points.to_fixed(digits), veto ? "" : cap, veto ? veto_status(a.occurred) : "scored",
                      "", veto ? optional_boolean(a.occurred) : std::to_string(a.count), "", ""});
  }
  for (const scoring::PrerequisiteResult& p : result.prerequisites) {
    const char* status = !p.met ? "unanswered" : *p.met ? "met" : "unmet";
    out += row(unit, {"prerequisites", "", csv_text_cell(p.prerequisite ? p.prerequisite->id : ""), "", "", status, "",
                      optional_boolean(p.met), "", ""});
  }
  return out;
}

}  // namespace cepin::report
