#include "csv/answers.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "assessment/id_hint.hpp"
#include "assessment/response.hpp"
#include "assessment/unit_checks.hpp"
#include "rubric/unit_kind.hpp"
#include "util/date.hpp"
#include "util/map_put.hpp"
#include "util/period.hpp"
#include "util/suggest.hpp"

namespace cepin::csv {

namespace {

// The fields of one answer: an id and its response, evidence and note cells.
struct AnswerCells {
  const std::string* id = nullptr;  // a column's id or a long row's id cell, which outlive the cells
  diag::Position position;  // of the id's key: the id cell or the response cell
  const Field* response = nullptr;
  const Field* evidence = nullptr;
  const Field* note = nullptr;
  // How messages name the answer: `"1.1.1"`, `column "1.1.1"` or `column
  // "response" for "1.1.1"` (worded only when a message needs it).
  enum class Label { id, column, column_for_id } label_form = Label::id;
  const std::string* label_header = nullptr;  // the column's header (column forms)

  std::string label() const {
    switch (label_form) {
      case Label::column:
        return fmt::format("column \"{}\"", *label_header);
      case Label::column_for_id:
        return fmt::format("column \"{}\" for \"{}\"", *label_header, *id);
      case Label::id:
        break;
    }
    return fmt::format("\"{}\"", *id);
  }
};

// Looks `id` up once: clauses first, then adjustments, then prerequisites.
AnswerTarget find_target(const rubric::Rubric& rubric, const std::string& id) {
  AnswerTarget target;
  if ((target.clause = rubric.find_clause(id)) == nullptr &&
      (target.adjustment = rubric.find_adjustment(id)) == nullptr) {
    target.prerequisite = rubric.find_prerequisite(id);
  }
  return target;
}

bool blank(const Field* field) {
  return !field || field->text.empty();
}

std::string text_of(const Field* field) {
  return field ? std::string(field->text) : std::string();
}

// The evidence items of a cell, each placed at the cell.
std::vector<assessment::EvidenceItem> split_items(const Field* field) {
  std::vector<assessment::EvidenceItem> items;
  if (field) {
    for (std::string& text : assessment::split_labels(field->text)) {
      items.push_back({std::move(text), field->position});
    }
  }
  return items;
}

// Normalises one answer into the assessment, or reports why not.
void read_answer(const AnswerCells& cells, const AnswerTarget& target,
                 assessment::Assessment& out, diag::DiagnosticList& diagnostics) {
  for (const Field* field : {cells.response, cells.evidence, cells.note}) {
    if (field && field->malformed()) {
      return;  // text-after-quote already reported
    }
  }
  auto report = [&](const assessment::ResponseError& error) {
    diag::Position at = cells.response ? cells.response->position : cells.position;
    diagnostics.error(at, error.code, fmt::format("{}: {}", cells.label(), error.message),
                      error.hint);
  };
  std::string_view response = cells.response ? std::string_view(cells.response->text) : std::string_view();
  if (const rubric::Clause* clause = target.clause) {
    assessment::Response parsed;
    if (std::optional<assessment::ResponseError> error = assessment::parse_response_into(*clause, response, parsed)) {
      report(*error);
      return;
    }
    if (std::optional<assessment::Warning> fraction =
            assessment::check_fraction(*clause, parsed, response, cells.response ? cells.response->position : cells.position)) {
      out.warnings.push_back(std::move(*fraction));
    }
    parsed.evidence = split_items(cells.evidence);
    parsed.note = text_of(cells.note);
    parsed.position = cells.position;
    out.responses.slot(clause->ordinal) = std::move(parsed);
  } else if (const rubric::Adjustment* adjustment = target.adjustment) {
    assessment::Parsed<assessment::AdjustmentAnswer> parsed =
        assessment::parse_adjustment(*adjustment, response);
    if (!parsed) {
      report(parsed.error);
      return;
    }
    parsed.value->evidence = split_items(cells.evidence);
    parsed.value->position = cells.position;
    util::put_in_order(out.adjustments, *cells.id, std::move(*parsed.value));
  } else if (target.prerequisite) {
    assessment::Parsed<assessment::PrerequisiteAnswer> parsed =
        assessment::parse_prerequisite(response);
    if (!parsed) {
      report(parsed.error);
      return;
    }
    parsed.value->evidence = split_items(cells.evidence);
    parsed.value->position = cells.position;
    util::put_in_order(out.prerequisites, *cells.id, std::move(*parsed.value));
  }
}

// Whether the rubric has an answer with this id.
bool knows(const rubric::Rubric& rubric, const std::string& id) {
  return static_cast<bool>(find_target(rubric, id));
}


// The clauses under a node, depth-first.
void collect_clauses(const rubric::Node& node, std::vector<std::string>& out) {
  for (const rubric::Node& item : node.items) {
    collect_clauses(item, out);
  }
  for (const rubric::Clause& clause : node.clauses) {
    out.push_back(clause.id);
  }
}

// "`1.1` is an item (组织): answer its clauses …" when `id` names a category
// or item, else nothing.
std::string node_hint(const rubric::Rubric& rubric, const std::string& id) {
  for (const rubric::Node& category : rubric.categories) {
    const rubric::Node* found = category.id == id ? &category : nullptr;
    for (const rubric::Node& item : category.items) {
      found = item.id == id ? &item : found;
    }
    if (found) {
      std::vector<std::string> clauses;
      collect_clauses(*found, clauses);
      std::string list;
      for (const std::string& clause : clauses) {
        list += (list.empty() ? "" : ", ") + clause;
      }
      return fmt::format("`{}` is {} ({}): answer its clauses {}", id,
                         found == &category ? "a category" : "an item", found->title, list);
    }
  }
  return "";
}

// The hint for an id that is no answer id of these rubrics.
std::string unknown_hint(const std::vector<const rubric::Rubric*>& rubrics, const std::string& id,
                         const std::vector<std::string>& known, const std::set<std::string>& answered = {}) {
  for (const rubric::Rubric* rubric : rubrics) {
    std::string hint = node_hint(*rubric, id);
    if (!hint.empty()) {
      return hint;
    }
  }
  return assessment::unknown_id_hint(id, known, answered);
}

void read_long_rows(const Table& table, const UnitRows& unit, const rubric::Rubric& rubric,
                    assessment::Assessment& out, diag::DiagnosticList& diagnostics) {
  const int clause_index = find_column(table.columns, ColumnKind::clause);
  const int response_index = find_column(table.columns, ColumnKind::response);
  const int evidence_index = find_column(table.columns, ColumnKind::evidence);
  const int note_index = find_column(table.columns, ColumnKind::note);
  const std::string& clause_header = table.columns[static_cast<std::size_t>(clause_index)].header;
  std::map<std::string, int> seen;  // id → line
  std::set<std::string> answered;   // the known ids the unit's rows answer: suggested last
  for (std::size_t r : unit.rows) {
    const Field* id_field = field_at(table.rows[r], clause_index);
    if (id_field && knows(rubric, std::string(id_field->text))) {
      answered.emplace(id_field->text);
    }
  }
  for (std::size_t r : unit.rows) {
    const Row& row = table.rows[r];
    if (row.fields.size() != table.columns.size()) {
      continue;  // ragged-row already reported
    }
    const Field& id_field = row.fields[static_cast<std::size_t>(clause_index)];
    if (id_field.malformed()) {
      continue;  // text-after-quote already reported
    }
    const std::string id(id_field.text);
    AnswerCells cells;
    cells.id = &id;
    cells.position = id_field.position;
    cells.response = field_at(row, response_index);
    cells.evidence = field_at(row, evidence_index);
    cells.note = field_at(row, note_index);
    if (cells.id->empty()) {
      if (!blank(cells.response) || !blank(cells.evidence) || !blank(cells.note)) {
        diagnostics.error(id_field.position, "missing-id",
                          fmt::format("column \"{}\": the row has no id", clause_header),
                          "name the clause, adjustment or prerequisite the row answers");
      }
      continue;
    }
    AnswerTarget target = find_target(rubric, *cells.id);
    if (!target) {
      diagnostics.error(
          id_field.position, "unknown-id",
          fmt::format(
              "column \"{}\": rubric \"{}\" has no clause, adjustment or prerequisite \"{}\"",
              clause_header, rubric.id, *cells.id),
          unknown_hint({&rubric}, *cells.id, rubric.answer_ids(), answered));
      continue;
    }
    auto [it, inserted] = seen.emplace(*cells.id, id_field.position.line);
    if (!inserted) {
      diagnostics.error(
          id_field.position, "duplicate-id",
          fmt::format("column \"{}\": unit \"{}\" answers \"{}\" twice (first on line {})",
                      clause_header, unit.unit.id, *cells.id, it->second),
          "keep one row per unit and id");
      continue;
    }
    if (blank(cells.response) && blank(cells.evidence) && blank(cells.note)) {
      continue;  // unanswered, as if absent (the wide layout's empty cells alike)
    }
    if (response_index >= 0) {
      cells.label_form = AnswerCells::Label::column_for_id;
      cells.label_header = &table.columns[static_cast<std::size_t>(response_index)].header;
    }
    read_answer(cells, target, out, diagnostics);
  }
}

// The field of a wide row at `index`, or null for -1 (the sheet has no such column).
const Field* wide_field(const Row& row, int index) {
  return index < 0 ? nullptr : &row.fields[static_cast<std::size_t>(index)];
}

void read_wide_row(const Table& table, const Row& row, const rubric::Rubric& rubric, const ColumnTargets* targets,
                   assessment::Assessment& out, diag::DiagnosticList& diagnostics) {
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const Field& field = row.fields[c];
    if (table.columns[c].kind == ColumnKind::unnamed && !field.text.empty() && !field.malformed()) {
      diagnostics.error(field.position, "unnamed-column",
                        "a value stands under a column with no name",
                        "name the column in the header, or clear the cell");
    }
  }
  for (std::size_t g = 0; g < table.answer_columns.size(); ++g) {
    const AnswerColumns& group = table.answer_columns[g];
    AnswerCells cells;
    cells.id = &table.columns[group.first].id;
    cells.response = wide_field(row, group.response);
    cells.evidence = wide_field(row, group.evidence);
    cells.note = wide_field(row, group.note);
    if (blank(cells.response) && blank(cells.evidence) && blank(cells.note)) {
      continue;
    }
    if (cells.response) {
      cells.label_form = AnswerCells::Label::column;
      cells.label_header = &table.columns[static_cast<std::size_t>(group.response)].header;
    }
    const Field* first = !blank(cells.response)   ? cells.response
                         : !blank(cells.evidence) ? cells.evidence
                                                  : cells.note;
    cells.position = cells.response ? cells.response->position : first->position;
    const AnswerTarget target = targets != nullptr ? targets->targets[g] : find_target(rubric, *cells.id);
    if (!target) {
      if (table.options.unknown_columns == UnknownColumns::error) {
        diagnostics.error(
            first->position, "unknown-id",
            fmt::format("{}: rubric \"{}\" has no clause, adjustment or prerequisite \"{}\"",
                        cells.label(), rubric.id, *cells.id),
            unknown_hint({&rubric}, *cells.id, rubric.answer_ids()));
      }
      continue;
    }
    read_answer(cells, target, out, diagnostics);
  }
}

}  // namespace

std::vector<diag::Diagnostic> check_columns(const Table& table,
                                            const std::vector<const rubric::Rubric*>& rubrics) {
  if (table.layout != Layout::wide_form || !table.ok() ||
      table.options.unknown_columns == UnknownColumns::ignore) {
    return {};
  }
  std::vector<std::string> known;
  for (const rubric::Rubric* rubric : rubrics) {
    for (std::string& id : rubric->answer_ids()) {
      known.push_back(std::move(id));
    }
  }
  auto is_answer = [](const Column& column) {
    return column.kind == ColumnKind::answer || column.kind == ColumnKind::answer_evidence ||
           column.kind == ColumnKind::answer_note;
  };
  std::set<std::string> answered;  // the known ids the sheet has a column for: suggested last
  for (const Column& column : table.columns) {
    if (is_answer(column) && std::find(known.begin(), known.end(), column.id) != known.end()) {
      answered.insert(column.id);
    }
  }
  diag::DiagnosticList diagnostics(*table.source);
  for (const Column& column : table.columns) {
    if (!is_answer(column) || answered.count(column.id) != 0) {
      continue;
    }
    std::string hint = unknown_hint(rubrics, column.id, known, answered);
    if (hint.empty() && column.kind == ColumnKind::answer) {
      hint = util::did_you_mean(column.id, fixed_names());
    }
    std::string message =
        rubrics.size() == 1
            ? fmt::format(
                  "unknown column \"{}\": rubric \"{}\" has no clause, adjustment or "
                  "prerequisite \"{}\"",
                  column.header, rubrics.front()->id, column.id)
            : fmt::format(
                  "unknown column \"{}\": no rubric of the file has a clause, adjustment or "
                  "prerequisite \"{}\"",
                  column.header, column.id);
    diagnostics.error(column.position, "unknown-column", message, hint);
  }
  return diagnostics.take();
}

ColumnTargets column_targets(const Table& table, const rubric::Rubric& rubric) {
  ColumnTargets out;
  out.table = &table;
  out.rubric = &rubric;
  out.targets.reserve(table.answer_columns.size());
  for (const AnswerColumns& group : table.answer_columns) {
    out.targets.push_back(find_target(rubric, table.columns[group.first].id));
  }
  return out;
}

CsvUnit load_unit(const Table& table, const UnitRows& unit, const rubric::Rubric* rubric,
                  const ColumnTargets* targets) {
  if (targets != nullptr && (targets->table != &table || targets->rubric != rubric)) {
    targets = nullptr;  // made for another rubric or sheet: look the ids up instead
  }
  CsvUnit result;
  if (!unit.unit.id.empty()) {
    result.unit = unit.unit;
  }
  diag::DiagnosticList diagnostics(*table.source);
  for (const diag::Diagnostic& d : unit.diagnostics) {
    diagnostics.add(d);
  }
  if (!rubric) {
    diagnostics.error(unit.position, "no-rubric",
                      fmt::format("unit \"{}\" names no rubric", unit.unit.id),
                      "add a `rubric` (指标体系) column, or pass the rubric with -r");
    result.diagnostics = diagnostics.take();
    return result;
  }
  assessment::Assessment assessment;
  assessment.responses.reserve(rubric->tree_size().clauses);
  assessment.source = table.path;
  assessment.line = unit.position.line;
  assessment.base_directory = table.base_directory;
  assessment.rubric_id = rubric->id;
  assessment.unit = unit.unit;
  if (unit.rubric) {
    assessment.rubric_version = unit.rubric->version;
    if (unit.rubric->id != rubric->id) {
      diagnostics.error(unit.rubric->position, "rubric-mismatch",
                        fmt::format("unit \"{}\" is for rubric `{}`, not `{}`", unit.unit.id,
                                    unit.rubric->id, rubric->id),
                        "fix the `rubric` column, or score it against the rubric it names");
    } else if (std::optional<assessment::Warning> warning = assessment::check_version(*unit.rubric, *rubric)) {
      assessment.warnings.push_back(std::move(*warning));
    }
  }
  if (unit.period) {
    util::PeriodParse parsed = util::parse_period(unit.period->text);
    if (parsed.period) {
      assessment.period = parsed.period;
      assessment.period_position = unit.period->position;
    } else {
      diagnostics.error(unit.period->position, "bad-period", parsed.message, parsed.hint);
    }
  }
  auto read_date = [&](const std::optional<Field>& cell, ColumnKind kind) -> std::optional<util::Date> {
    if (!cell) {
      return std::nullopt;
    }
    std::optional<util::Date> date = util::parse_sheet_date(cell->text);
    if (!date) {
      const Column& column = table.columns[static_cast<std::size_t>(find_column(table.columns, kind))];
      diagnostics.error(cell->position, "bad-date",
                        fmt::format("column \"{}\": `{}` is not a date", column.header, cell->text),
                        "write 2025-06-30, 2025/6/30 or 2025年6月30日 (format the column as text if a "
                        "spreadsheet changes it)");
    }
    return date;
  };
  assessment.assessed_on = read_date(unit.assessed_on, ColumnKind::assessed_on);
  assessment.title_named_on = read_date(unit.named_on, ColumnKind::named_on);
  if (unit.named_on) {
    assessment.title_named_on_position = unit.named_on->position;
  }
  if (unit.assessor) {
    assessment.assessor = unit.assessor->text;
  }
  rubric::UnitKindName kind = rubric::read_unit_kind(assessment.unit.kind);
  if (kind.ambiguous) {
    diagnostics.note(unit.kind_position, "ambiguous-unit-kind",
                     rubric::ambiguous_kind_message(assessment.unit.kind, kind.code));
  }
  assessment.unit.kind = kind.code;
  if (result.unit) {
    result.unit->kind = kind.code;
  }
  if (std::optional<assessment::Warning> warning = assessment::check_unit_id(unit.unit.id, unit.position)) {
    assessment.warnings.push_back(std::move(*warning));
  }
  if (std::optional<assessment::Warning> warning =
          assessment::check_unit_kind(assessment.unit.kind, unit.kind_position, *rubric)) {
    assessment.warnings.push_back(std::move(*warning));
  }
  if (table.layout == Layout::long_form) {
    read_long_rows(table, unit, *rubric, assessment, diagnostics);
  } else {
    for (std::size_t r : unit.rows) {
      if (table.rows[r].fields.size() == table.columns.size()) {
        read_wide_row(table, table.rows[r], *rubric, targets, assessment, diagnostics);
      }
    }
  }
  result.warnings = assessment.warnings;
  if (!diagnostics.has_errors()) {
    result.assessment = std::move(assessment);
  }
  result.diagnostics = diagnostics.take();
  return result;
}

LoadResult load(std::string path, std::string_view bytes, const Options& options,
                const rubric::Rubric& rubric) {
  LoadResult result;
  Table table = read_table(std::move(path), bytes, options);
  result.diagnostics = table.diagnostics;
  if (table.ok()) {
    for (diag::Diagnostic& d : check_columns(table, {&rubric})) {
      result.diagnostics.push_back(std::move(d));
    }
    diag::sort_diagnostics(result.diagnostics);
  }
  if (diag::has_errors(result.diagnostics)) {
    return result;
  }
  const ColumnTargets targets = column_targets(table, rubric);
  for (const UnitRows& unit : table.units) {
    result.units.push_back(load_unit(table, unit, &rubric, &targets));
  }
  return result;
}

}  // namespace cepin::csv
