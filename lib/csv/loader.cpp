#include "csv/loader.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>

#include <fmt/format.h>

#include "assessment/id_hint.hpp"
#include "assessment/response.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace cepin::csv {

namespace {

// A fixed column name in English and Chinese.
struct FixedName {
  const char* english;
  const char* chinese;
  ColumnKind kind;
};

constexpr FixedName k_fixed_names[] = {
    {"unit_id", "单位编码", ColumnKind::unit_id},
    {"unit_name", "单位名称", ColumnKind::unit_name},
    {"unit_kind", "单位类型", ColumnKind::unit_kind},
    {"rubric", "指标体系", ColumnKind::rubric},
    {"clause", "指标编号", ColumnKind::clause},
    {"response", "自评结果", ColumnKind::response},
    {"evidence", "佐证材料", ColumnKind::evidence},
    {"note", "备注", ColumnKind::note},
};

std::optional<ColumnKind> fixed_kind(std::string_view header) {
  std::string lower = util::ascii_lower(header);
  for (const FixedName& name : k_fixed_names) {
    if (lower == name.english || header == name.chinese) {
      return name.kind;
    }
  }
  return std::nullopt;
}

// Every fixed name, English then Chinese, for "did you mean".
std::vector<std::string> fixed_names() {
  std::vector<std::string> names;
  for (const FixedName& name : k_fixed_names) {
    names.emplace_back(name.english);
  }
  for (const FixedName& name : k_fixed_names) {
    names.emplace_back(name.chinese);
  }
  return names;
}

bool is_id(std::string_view text) {
  static const std::regex k_id("[A-Za-z0-9][A-Za-z0-9._-]*");
  return std::regex_match(text.begin(), text.end(), k_id);
}

bool looks_scientific(std::string_view text) {
  static const std::regex k_scientific("[0-9](\\.[0-9]+)?[Ee]\\+?[0-9]+");
  return std::regex_match(text.begin(), text.end(), k_scientific);
}

// Splits `<id>:evidence` / `<id>：佐证材料` / `<id>:note` / `<id>：备注`.
std::optional<Column> suffixed_column(std::string_view header) {
  for (std::string_view colon : {std::string_view(":"), std::string_view("：")}) {
    std::size_t at = header.rfind(colon);
    if (at == std::string_view::npos) {
      continue;
    }
    std::string id(header.substr(0, at));
    std::string suffix(header.substr(at + colon.size()));
    std::string lower = util::ascii_lower(suffix);
    Column column;
    column.id = id;
    if (lower == "evidence" || suffix == "佐证材料") {
      column.kind = ColumnKind::answer_evidence;
    } else if (lower == "note" || suffix == "备注") {
      column.kind = ColumnKind::answer_note;
    } else {
      continue;
    }
    return column;
  }
  return std::nullopt;
}

// `id` or `id@version` from the rubric column.
assessment::RubricRef rubric_ref(const Field& field) {
  assessment::RubricRef ref;
  std::size_t at = field.text.find('@');
  ref.id = field.text.substr(0, at);
  if (at != std::string::npos) {
    ref.version = field.text.substr(at + 1);
  }
  ref.position = field.position;
  return ref;
}

std::string base_directory_of(const std::string& path) {
  if (path == "-") {
    return ".";
  }
  std::string parent = std::filesystem::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

int find_column(const std::vector<Column>& columns, ColumnKind kind) {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].kind == kind) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

const Field* field_at(const Row& row, int index) {
  return index >= 0 && static_cast<std::size_t>(index) < row.fields.size()
             ? &row.fields[static_cast<std::size_t>(index)]
             : nullptr;
}

// Classifies the header cells and reports unknown and duplicate columns.
void read_header(Table& table, const Row& header, diag::DiagnosticList& diagnostics) {
  bool long_form = false;
  for (const Field& field : header.fields) {
    long_form = long_form || fixed_kind(field.text) == ColumnKind::clause;
  }
  table.layout = long_form ? Layout::long_form : Layout::wide_form;
  const bool ignore = table.options.unknown_columns == UnknownColumns::ignore;
  std::map<std::pair<ColumnKind, std::string>, std::size_t> seen;
  for (const Field& field : header.fields) {
    Column column;
    column.header = field.text;
    column.position = field.position;
    std::optional<ColumnKind> fixed = fixed_kind(field.text);
    bool long_only = fixed == ColumnKind::clause || fixed == ColumnKind::response ||
                     fixed == ColumnKind::evidence || fixed == ColumnKind::note;
    std::string problem;
    std::string hint;
    if (field.text.empty()) {
      column.kind = ColumnKind::unnamed;
    } else if (fixed && (long_form || !long_only)) {
      column.kind = *fixed;
    } else if (fixed) {
      problem = fmt::format(
          "column \"{}\" belongs to the long layout, which also needs a `clause` column",
          field.text);
      hint = "add a `clause` (指标编号) column, or name this column after a clause id";
    } else if (long_form) {
      problem = fmt::format("unknown column \"{}\"", field.text);
      hint = util::did_you_mean(field.text, fixed_names());
      if (hint.empty()) {
        hint =
            "the long layout (with a `clause` column) takes answers in `response`, `evidence` and "
            "`note`";
      }
    } else if (auto suffixed = suffixed_column(field.text); suffixed && is_id(suffixed->id)) {
      column.kind = suffixed->kind;
      column.id = suffixed->id;
    } else if (is_id(field.text)) {
      column.kind = ColumnKind::answer;
      column.id = field.text;
    } else {
      problem = fmt::format("unknown column \"{}\"", field.text);
      hint = util::did_you_mean(field.text, fixed_names());
      if (hint.empty() && field.text.find('\t') != std::string::npos) {
        hint =
            "the header holds tabs: the file looks tab-separated (name it .tsv, or use "
            "--input-format tsv)";
      } else if (hint.empty() && field.text.find(',') != std::string::npos) {
        hint = "the header holds commas: the file looks comma-separated (use --input-format csv)";
      }
    }
    if (!problem.empty()) {
      if (ignore) {
        column.kind = ColumnKind::ignored;
      } else {
        diagnostics.error(field.position, "unknown-column", problem, hint);
      }
    }
    if (column.kind != ColumnKind::unnamed && column.kind != ColumnKind::ignored &&
        problem.empty()) {
      auto [it, inserted] =
          seen.emplace(std::make_pair(column.kind, column.id), table.columns.size());
      if (!inserted) {
        const Column& first = table.columns[it->second];
        diagnostics.error(
            field.position, "duplicate-column",
            fmt::format("column \"{}\" repeats column \"{}\" (line {}, column {})", field.text,
                        first.header, first.position.line, first.position.column),
            "keep one of them");
      }
    }
    table.columns.push_back(std::move(column));
  }
  table.has_unit_id_column = find_column(table.columns, ColumnKind::unit_id) >= 0;
  if (!table.has_unit_id_column) {
    diagnostics.error(header.fields.front().position, "missing-unit-id-column",
                      "the header has no unit id column",
                      "add a `unit_id` (单位编码) column; the header is the first non-empty row");
  }
}

// Where a unit's name, kind and rubric were first given.
struct UnitOrigin {
  std::optional<Field> name, kind, rubric;
};

// Adopts a row's unit field, or reports a value that differs from the first.
void merge_unit_field(const Row& row, int index, const Column* column, std::optional<Field>& first,
                      std::string& value, const std::string& unit_id, const std::string& code,
                      UnitRows& unit, const diag::SourceText& source) {
  const Field* field = field_at(row, index);
  if (!field || field->text.empty() || field->malformed) {
    return;  // blank, or already reported
  }
  if (!first) {
    first = *field;
    value = field->text;
    return;
  }
  if (field->text != first->text) {
    unit.diagnostics.push_back(source.make(
        field->position, diag::Severity::error, code,
        fmt::format("column \"{}\": unit \"{}\" has \"{}\" here but \"{}\" on line {}",
                    column->header, unit_id, field->text, first->text, first->position.line),
        "give every row of a unit the same value"));
  }
}

// Groups data rows into units, reporting per-unit problems.
void group_units(Table& table) {
  const diag::SourceText& source = *table.source;
  const int id_index = find_column(table.columns, ColumnKind::unit_id);
  const int name_index = find_column(table.columns, ColumnKind::unit_name);
  const int kind_index = find_column(table.columns, ColumnKind::unit_kind);
  const int rubric_index = find_column(table.columns, ColumnKind::rubric);
  std::map<std::string, std::size_t> by_id;
  std::vector<UnitOrigin> origins;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    const Field* id_field = field_at(row, id_index);
    std::string id = id_field ? id_field->text : std::string();
    diag::Position at = id_field ? id_field->position : row.fields.front().position;
    std::size_t index;
    auto found = id.empty() ? by_id.end() : by_id.find(id);
    if (found == by_id.end()) {
      index = table.units.size();
      UnitRows unit;
      unit.unit.id = id;
      unit.position = at;
      table.units.push_back(std::move(unit));
      origins.emplace_back();
      if (id.empty()) {
        table.units.back().diagnostics.push_back(source.make(
            at, diag::Severity::error, "missing-unit-id",
            fmt::format("column \"{}\": the row has no unit id", table.columns[id_index].header),
            "fill the unit id on every row (merged cells keep it only on the first)"));
      } else {
        by_id.emplace(id, index);
      }
    } else {
      index = found->second;
      if (table.layout == Layout::wide_form) {
        table.units[index].diagnostics.push_back(source.make(
            at, diag::Severity::error, "duplicate-unit",
            fmt::format("column \"{}\": unit \"{}\" already has a row (line {})",
                        table.columns[id_index].header, id, table.units[index].position.line),
            "the wide layout takes one row per unit: merge the rows"));
      }
    }
    UnitRows& unit = table.units[index];
    unit.rows.push_back(r);
    unit.diagnostics.insert(unit.diagnostics.end(), row.diagnostics.begin(),
                            row.diagnostics.end());
    if (row.fields.size() != table.columns.size()) {
      const Field& spot = row.fields.size() > table.columns.size()
                              ? row.fields[table.columns.size()]
                              : row.fields.back();
      unit.diagnostics.push_back(source.make(
          spot.position, diag::Severity::error, "ragged-row",
          fmt::format("the row has {} fields but the header has {}", row.fields.size(),
                      table.columns.size()),
          "give every row as many fields as the header (quote a field that holds a separator)"));
      continue;
    }
    UnitOrigin& origin = origins[index];
    if (name_index >= 0) {
      merge_unit_field(row, name_index, &table.columns[name_index], origin.name, unit.unit.name, id,
                       "conflicting-unit", unit, source);
    }
    if (kind_index >= 0) {
      merge_unit_field(row, kind_index, &table.columns[kind_index], origin.kind, unit.unit.kind, id,
                       "conflicting-unit", unit, source);
      if (origin.kind) {
        unit.kind_position = origin.kind->position;
      }
    }
    if (rubric_index >= 0) {
      std::string rubric_text;
      merge_unit_field(row, rubric_index, &table.columns[rubric_index], origin.rubric, rubric_text,
                       id, "conflicting-rubric", unit, source);
      const Field* here = field_at(row, rubric_index);
      bool first_here = origin.rubric && !here->malformed && here->position.line == origin.rubric->position.line &&
                        here->position.column == origin.rubric->position.column;
      if (first_here) {
        assessment::RubricRef ref = rubric_ref(*origin.rubric);
        if (ref.id.empty() || (ref.version && ref.version->empty())) {
          unit.diagnostics.push_back(
              source.make(ref.position, diag::Severity::error, "bad-rubric-ref",
                          fmt::format("column \"{}\": `{}` does not name a rubric",
                                      table.columns[rubric_index].header, origin.rubric->text),
                          "write the rubric's id, or id@version"));
        } else {
          unit.rubric = std::move(ref);
        }
      }
    }
  }
}

// The fields of one answer: an id and its response, evidence and note cells.
struct AnswerCells {
  std::string id;
  diag::Position position;  // of the id's key: the id cell or the response cell
  const Field* response = nullptr;
  const Field* evidence = nullptr;
  const Field* note = nullptr;
  std::string response_header, evidence_header, note_header;
  std::string
      label;  // how messages name the answer: `column "1.1.1"`, `column "response" for "1.1.1"`
};

bool blank(const Field* field) {
  return !field || field->text.empty();
}

std::string text_of(const Field* field) {
  return field ? field->text : std::string();
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
void read_answer(const AnswerCells& cells, const rubric::Rubric& rubric,
                 assessment::Assessment& out, diag::DiagnosticList& diagnostics) {
  for (const Field* field : {cells.response, cells.evidence, cells.note}) {
    if (field && field->malformed) {
      return;  // text-after-quote already reported
    }
  }
  auto report = [&](const assessment::ResponseError& error) {
    diag::Position at = cells.response ? cells.response->position : cells.position;
    diagnostics.error(at, error.code, fmt::format("{}: {}", cells.label, error.message),
                      error.hint);
  };
  std::string response = text_of(cells.response);
  if (const rubric::Clause* clause = rubric.find_clause(cells.id)) {
    assessment::Parsed<assessment::Response> parsed = assessment::parse_response(*clause, response);
    if (!parsed) {
      report(parsed.error);
      return;
    }
    parsed.value->evidence = split_items(cells.evidence);
    parsed.value->note = text_of(cells.note);
    parsed.value->position = cells.position;
    out.responses[cells.id] = std::move(*parsed.value);
  } else if (const rubric::Adjustment* adjustment = rubric.find_adjustment(cells.id)) {
    assessment::Parsed<assessment::AdjustmentAnswer> parsed =
        assessment::parse_adjustment(*adjustment, response);
    if (!parsed) {
      report(parsed.error);
      return;
    }
    parsed.value->evidence = split_items(cells.evidence);
    parsed.value->position = cells.position;
    out.adjustments[cells.id] = std::move(*parsed.value);
  } else if (rubric.find_prerequisite(cells.id)) {
    assessment::Parsed<assessment::PrerequisiteAnswer> parsed =
        assessment::parse_prerequisite(response);
    if (!parsed) {
      report(parsed.error);
      return;
    }
    parsed.value->evidence = split_items(cells.evidence);
    parsed.value->position = cells.position;
    out.prerequisites[cells.id] = std::move(*parsed.value);
  }
}

// Whether the rubric has an answer with this id.
bool knows(const rubric::Rubric& rubric, const std::string& id) {
  return rubric.find_clause(id) || rubric.find_adjustment(id) || rubric.find_prerequisite(id);
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
                         const std::vector<std::string>& known) {
  for (const rubric::Rubric* rubric : rubrics) {
    std::string hint = node_hint(*rubric, id);
    if (!hint.empty()) {
      return hint;
    }
  }
  return assessment::unknown_id_hint(id, known);
}

void read_long_rows(const Table& table, const UnitRows& unit, const rubric::Rubric& rubric,
                    assessment::Assessment& out, diag::DiagnosticList& diagnostics) {
  const int clause_index = find_column(table.columns, ColumnKind::clause);
  const int response_index = find_column(table.columns, ColumnKind::response);
  const int evidence_index = find_column(table.columns, ColumnKind::evidence);
  const int note_index = find_column(table.columns, ColumnKind::note);
  const std::string& clause_header = table.columns[static_cast<std::size_t>(clause_index)].header;
  std::map<std::string, int> seen;  // id → line
  for (std::size_t r : unit.rows) {
    const Row& row = table.rows[r];
    if (row.fields.size() != table.columns.size()) {
      continue;  // ragged-row already reported
    }
    const Field& id_field = row.fields[static_cast<std::size_t>(clause_index)];
    if (id_field.malformed) {
      continue;  // text-after-quote already reported
    }
    AnswerCells cells;
    cells.id = id_field.text;
    cells.position = id_field.position;
    cells.response = field_at(row, response_index);
    cells.evidence = field_at(row, evidence_index);
    cells.note = field_at(row, note_index);
    if (cells.id.empty()) {
      if (!blank(cells.response) || !blank(cells.evidence) || !blank(cells.note)) {
        diagnostics.error(id_field.position, "missing-id",
                          fmt::format("column \"{}\": the row has no id", clause_header),
                          "name the clause, adjustment or prerequisite the row answers");
      }
      continue;
    }
    if (!knows(rubric, cells.id)) {
      diagnostics.error(
          id_field.position, "unknown-id",
          fmt::format(
              "column \"{}\": rubric \"{}\" has no clause, adjustment or prerequisite \"{}\"",
              clause_header, rubric.id, cells.id),
          unknown_hint({&rubric}, cells.id, rubric.answer_ids()));
      continue;
    }
    auto [it, inserted] = seen.emplace(cells.id, id_field.position.line);
    if (!inserted) {
      diagnostics.error(
          id_field.position, "duplicate-id",
          fmt::format("column \"{}\": unit \"{}\" answers \"{}\" twice (first on line {})",
                      clause_header, unit.unit.id, cells.id, it->second),
          "keep one row per unit and id");
      continue;
    }
    if (blank(cells.response) && blank(cells.evidence) && blank(cells.note)) {
      continue;  // unanswered, as if absent (the wide layout's empty cells alike)
    }
    cells.label =
        response_index >= 0
            ? fmt::format("column \"{}\" for \"{}\"",
                          table.columns[static_cast<std::size_t>(response_index)].header, cells.id)
            : fmt::format("\"{}\"", cells.id);
    read_answer(cells, rubric, out, diagnostics);
  }
}

void read_wide_row(const Table& table, const Row& row, const rubric::Rubric& rubric,
                   assessment::Assessment& out, diag::DiagnosticList& diagnostics) {
  std::vector<AnswerCells> answers;
  std::map<std::string, std::size_t> by_id;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const Column& column = table.columns[c];
    const Field& field = row.fields[c];
    if (column.kind == ColumnKind::unnamed && !field.text.empty() && !field.malformed) {
      diagnostics.error(field.position, "unnamed-column",
                        "a value stands under a column with no name",
                        "name the column in the header, or clear the cell");
      continue;
    }
    if (column.kind != ColumnKind::answer && column.kind != ColumnKind::answer_evidence &&
        column.kind != ColumnKind::answer_note) {
      continue;
    }
    auto [it, inserted] = by_id.emplace(column.id, answers.size());
    if (inserted) {
      answers.emplace_back();
      answers.back().id = column.id;
    }
    AnswerCells& cells = answers[it->second];
    if (column.kind == ColumnKind::answer) {
      cells.response = &field;
      cells.label = fmt::format("column \"{}\"", column.header);
    } else if (column.kind == ColumnKind::answer_evidence) {
      cells.evidence = &field;
    } else {
      cells.note = &field;
    }
  }
  for (AnswerCells& cells : answers) {
    if (blank(cells.response) && blank(cells.evidence) && blank(cells.note)) {
      continue;
    }
    const Field* first = !blank(cells.response)   ? cells.response
                         : !blank(cells.evidence) ? cells.evidence
                                                  : cells.note;
    cells.position = cells.response ? cells.response->position : first->position;
    if (cells.label.empty()) {
      cells.label = fmt::format("\"{}\"", cells.id);
    }
    if (!knows(rubric, cells.id)) {
      if (table.options.unknown_columns == UnknownColumns::error) {
        diagnostics.error(
            first->position, "unknown-id",
            fmt::format("{}: rubric \"{}\" has no clause, adjustment or prerequisite \"{}\"",
                        cells.label, rubric.id, cells.id),
            unknown_hint({&rubric}, cells.id, rubric.answer_ids()));
      }
      continue;
    }
    read_answer(cells, rubric, out, diagnostics);
  }
}

}  // namespace

std::vector<std::string> Table::rubric_ids() const {
  std::vector<std::string> ids;
  for (const UnitRows& unit : units) {
    if (unit.rubric && std::find(ids.begin(), ids.end(), unit.rubric->id) == ids.end()) {
      ids.push_back(unit.rubric->id);
    }
  }
  return ids;
}

Table read_table(std::string path, std::string_view bytes, const Options& options) {
  Table table;
  table.path = path;
  table.base_directory = base_directory_of(path);
  table.options = options;
  Decoded decoded = decode(path, bytes, options.encoding);
  table.diagnostics = std::move(decoded.diagnostics);
  table.source = std::make_shared<diag::SourceText>(path, decoded.text.value_or(std::string()));
  if (!decoded.text) {
    return table;
  }
  Records records = read_records(*table.source, options.separator);
  diag::DiagnosticList diagnostics(*table.source);
  for (diag::Diagnostic& d : records.diagnostics) {
    diagnostics.add(std::move(d));
  }
  if (!records.rows.empty()) {
    for (diag::Diagnostic& d : records.rows.front().diagnostics) {
      diagnostics.add(std::move(d));  // a header cell's: no unit to fail
    }
  }
  if (!diagnostics.has_errors()) {
    if (records.rows.empty()) {
      table.has_unit_id_column = false;
      diagnostics.error({1, 1}, "empty-file", "the file has no header row",
                        "write a header row first: unit_id, then the other columns");
    } else {
      read_header(table, records.rows.front(), diagnostics);
    }
  }
  if (!diagnostics.has_errors()) {
    table.rows.assign(std::make_move_iterator(records.rows.begin() + 1),
                      std::make_move_iterator(records.rows.end()));
    group_units(table);
  }
  for (diag::Diagnostic& d : diagnostics.take()) {
    table.diagnostics.push_back(std::move(d));
  }
  diag::sort_diagnostics(table.diagnostics);
  return table;
}

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
  diag::DiagnosticList diagnostics(*table.source);
  for (const Column& column : table.columns) {
    bool is_answer = column.kind == ColumnKind::answer ||
                     column.kind == ColumnKind::answer_evidence ||
                     column.kind == ColumnKind::answer_note;
    if (!is_answer || std::find(known.begin(), known.end(), column.id) != known.end()) {
      continue;
    }
    std::string hint = unknown_hint(rubrics, column.id, known);
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

CsvUnit load_unit(const Table& table, const UnitRows& unit, const rubric::Rubric* rubric) {
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
    } else if (unit.rubric->version && unit.rubric->version != rubric->version) {
      assessment::Warning warning;
      warning.kind = assessment::WarningKind::rubric_version;
      warning.text = *unit.rubric->version;
      warning.version = rubric->version;
      warning.position = unit.rubric->position;
      assessment.warnings.push_back(std::move(warning));
    }
  }
  if (looks_scientific(unit.unit.id)) {
    assessment::Warning warning;
    warning.kind = assessment::WarningKind::unit_id_scientific;
    warning.text = unit.unit.id;
    warning.position = unit.position;
    assessment.warnings.push_back(std::move(warning));
  }
  if (!unit.unit.kind.empty() && !rubric->applies_to.empty() &&
      std::find(rubric->applies_to.begin(), rubric->applies_to.end(), unit.unit.kind) ==
          rubric->applies_to.end()) {
    assessment::Warning warning;
    warning.kind = assessment::WarningKind::unit_kind;
    warning.text = unit.unit.kind;
    warning.kinds = rubric->applies_to;
    warning.position = unit.kind_position;
    assessment.warnings.push_back(std::move(warning));
  }
  if (table.layout == Layout::long_form) {
    read_long_rows(table, unit, *rubric, assessment, diagnostics);
  } else {
    for (std::size_t r : unit.rows) {
      if (table.rows[r].fields.size() == table.columns.size()) {
        read_wide_row(table, table.rows[r], *rubric, assessment, diagnostics);
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
  for (const UnitRows& unit : table.units) {
    result.units.push_back(load_unit(table, unit, &rubric));
  }
  return result;
}

}  // namespace cepin::csv
