#include "csv/table.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>

#include <fmt/format.h>

#include "assessment/unit_checks.hpp"
#include "rubric/unit_kind.hpp"
#include "util/date.hpp"
#include "util/period.hpp"
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
    {"period", "考评周期", ColumnKind::period},
    {"assessed_on", "测评日期", ColumnKind::assessed_on},
    {"named_on", "命名日期", ColumnKind::named_on},
    {"assessor", "评估主体", ColumnKind::assessor},
    {"rubric", "指标体系", ColumnKind::rubric},
    {"clause", "指标编号", ColumnKind::clause},
    {"response", "自评结果", ColumnKind::response},
    {"evidence", "佐证材料", ColumnKind::evidence},
    {"note", "备注", ColumnKind::note},
    {"text", "测评内容", ColumnKind::guidance},
    {"points", "分值", ColumnKind::guidance},
    {"guidance", "填写说明", ColumnKind::guidance},
};

// How many non-empty rows the header is looked for in (rows above it are a title).
constexpr std::size_t k_header_search_rows = 20;

std::optional<ColumnKind> fixed_kind(std::string_view header) {
  std::string lower = util::ascii_lower(header);
  for (const FixedName& name : k_fixed_names) {
    if (lower == name.english || header == name.chinese) {
      return name.kind;
    }
  }
  return std::nullopt;
}


bool is_id(std::string_view text) {
  static const std::regex k_id("[A-Za-z0-9][A-Za-z0-9._-]*");
  return std::regex_match(text.begin(), text.end(), k_id);
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

std::string base_directory_of(const std::string& path) {
  if (path == "-") {
    return ".";
  }
  std::string parent = std::filesystem::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
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
                     fixed == ColumnKind::evidence || fixed == ColumnKind::note || fixed == ColumnKind::guidance;
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
        column.kind != ColumnKind::guidance && problem.empty()) {
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

// Where a unit's name, kind, rubric, dates and assessor were first given.
struct UnitOrigin {
  std::optional<Field> name, kind, rubric, assessed_on, named_on, assessor;
};

// Whether two cells of a unit say the same: the same text, or for kinds and
// dates the same kind or date however written (`州` and `prefecture`,
// `2025/6/30` and `2025-06-30`).
bool same_text(const std::string& a, const std::string& b) { return a == b; }
bool same_kind(const std::string& a, const std::string& b) {
  return rubric::read_unit_kind(a).code == rubric::read_unit_kind(b).code;
}
bool same_date(const std::string& a, const std::string& b) {
  std::optional<util::Date> x = util::parse_sheet_date(a);
  std::optional<util::Date> y = util::parse_sheet_date(b);
  return x && y ? *x == *y : a == b;
}

// Adopts a row's unit field, or reports a value that differs from the first.
void merge_unit_field(const Row& row, int index, const Column* column, std::optional<Field>& first,
                      std::string& value, const std::string& unit_id, const std::string& code,
                      UnitRows& unit, const diag::SourceText& source,
                      bool (*same)(const std::string&, const std::string&) = same_text) {
  if (index < 0) {
    return;
  }
  const Field* field = field_at(row, index);
  if (!field || field->text.empty() || field->malformed()) {
    return;  // blank, or already reported
  }
  if (!first) {
    first = *field;
    value = field->text;
    return;
  }
  if (!same(std::string(field->text), std::string(first->text))) {
    unit.diagnostics.push_back(source.make(
        field->position, diag::Severity::error, code,
        fmt::format("column \"{}\": unit \"{}\" has \"{}\" here but \"{}\" on line {}",
                    column->header, unit_id, field->text, first->text, first->position.line),
        "give every row of a unit the same value"));
  }
}

// What tells a unit's periods apart: the canonical period, or the text as
// written when it is not one (the unit reports that); "" without a period.
std::string period_key(const Field* field) {
  if (!field || field->text.empty()) {
    return "";
  }
  util::PeriodParse parsed = util::parse_period(field->text);
  return parsed.period ? parsed.period->canonical() : std::string(field->text);
}

// The index of the header among the first rows: the first that holds a unit
// id column, else 0.
std::size_t header_row(const std::vector<Row>& rows) {
  for (std::size_t r = 0; r < rows.size() && r < k_header_search_rows; ++r) {
    for (const Field& field : rows[r].fields) {
      if (!field.malformed() && fixed_kind(field.text) == ColumnKind::unit_id) {
        return r;
      }
    }
  }
  return 0;
}

// Groups data rows into units (by unit id and period), reporting per-unit problems.
void group_units(Table& table) {
  const diag::SourceText& source = *table.source;
  const int id_index = find_column(table.columns, ColumnKind::unit_id);
  const int name_index = find_column(table.columns, ColumnKind::unit_name);
  const int kind_index = find_column(table.columns, ColumnKind::unit_kind);
  const int rubric_index = find_column(table.columns, ColumnKind::rubric);
  const int period_index = find_column(table.columns, ColumnKind::period);
  const int assessed_on_index = find_column(table.columns, ColumnKind::assessed_on);
  const int named_on_index = find_column(table.columns, ColumnKind::named_on);
  const int assessor_index = find_column(table.columns, ColumnKind::assessor);
  std::map<std::string, std::size_t> by_id;  // by unit id and period
  std::vector<UnitOrigin> origins;
  if (table.layout == Layout::wide_form) {
    table.units.reserve(table.rows.size());  // a row a unit, mostly: no copies as the list grows
    origins.reserve(table.rows.size());
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    const Field* id_field = field_at(row, id_index);
    std::string id = id_field ? std::string(id_field->text) : std::string();
    diag::Position at = id_field ? id_field->position : row.fields.front().position;
    const Field* period_field = field_at(row, period_index);
    std::string key = id + '\n' + period_key(period_field);
    std::size_t index;
    auto found = id.empty() ? by_id.end() : by_id.find(key);
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
        by_id.emplace(key, index);
      }
      if (period_field && !period_field->text.empty() && !period_field->malformed()) {
        table.units.back().period = *period_field;
      }
    } else {
      index = found->second;
      if (table.layout == Layout::wide_form) {
        std::string period = period_key(period_field);
        table.units[index].diagnostics.push_back(source.make(
            at, diag::Severity::error, "duplicate-unit",
            period.empty() ? fmt::format("column \"{}\": unit \"{}\" already has a row (line {})",
                                         table.columns[id_index].header, id, table.units[index].position.line)
                           : fmt::format("column \"{}\": unit \"{}\" already has a row for period {} (line {})",
                                         table.columns[id_index].header, id, period,
                                         table.units[index].position.line),
            "the wide layout takes one row per unit and period: merge the rows"));
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
                       "conflicting-unit", unit, source, same_kind);
      if (origin.kind) {
        unit.kind_position = origin.kind->position;
      }
    }
    struct DetailColumn {
      int index;
      std::optional<Field> UnitOrigin::*origin;
      std::optional<Field> UnitRows::*kept;
      bool (*same)(const std::string&, const std::string&);
    };
    const DetailColumn details[] = {
        {assessed_on_index, &UnitOrigin::assessed_on, &UnitRows::assessed_on, same_date},
        {named_on_index, &UnitOrigin::named_on, &UnitRows::named_on, same_date},
        {assessor_index, &UnitOrigin::assessor, &UnitRows::assessor, same_text},
    };
    for (const DetailColumn& detail : details) {
      if (detail.index < 0) {
        continue;
      }
      std::string ignored;
      merge_unit_field(row, detail.index, &table.columns[static_cast<std::size_t>(detail.index)],
                       origin.*detail.origin, ignored, id, "conflicting-unit", unit, source, detail.same);
      unit.*detail.kept = origin.*detail.origin;
    }
    if (rubric_index >= 0) {
      std::string rubric_text;
      merge_unit_field(row, rubric_index, &table.columns[rubric_index], origin.rubric, rubric_text,
                       id, "conflicting-rubric", unit, source);
      const Field* here = field_at(row, rubric_index);
      bool first_here = origin.rubric && !here->malformed() && here->position.line == origin.rubric->position.line &&
                        here->position.column_number() == origin.rubric->position.column_number();
      if (first_here) {
        assessment::RubricRef ref = assessment::split_rubric_ref(origin.rubric->text, origin.rubric->position);
        if (!assessment::names_rubric(ref)) {
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
  table.source = std::make_shared<diag::SourceText>(path, std::move(decoded.text).value_or(std::string()));
  if (!decoded.text) {
    return table;
  }
  Records records = read_records(*table.source, options.separator);
  table.unquoted = records.unquoted;
  diag::DiagnosticList diagnostics(*table.source);
  for (diag::Diagnostic& d : records.diagnostics) {
    diagnostics.add(std::move(d));
  }
  const std::size_t header = header_row(records.rows);
  if (header > 0) {
    const Row& title = records.rows.front();
    diagnostics.note(title.fields.front().position, "title-rows",
                     header == 1 ? fmt::format("skipped the row above the header (line {}): a sheet title, not a unit",
                                               records.rows[header].line)
                                 : fmt::format("skipped {} rows above the header (line {}): a sheet title, not units",
                                               header, records.rows[header].line));
  }
  if (!records.rows.empty()) {
    for (diag::Diagnostic& d : records.rows[header].diagnostics) {
      diagnostics.add(std::move(d));  // a header cell's: no unit to fail
    }
  }
  if (!diagnostics.has_errors()) {
    if (records.rows.empty()) {
      table.has_unit_id_column = false;
      diagnostics.error({1, 1}, "empty-file", "the file has no header row",
                        "write a header row first: unit_id, then the other columns");
    } else {
      read_header(table, records.rows[header], diagnostics);
      table.answer_columns = group_answer_columns(table.columns);
    }
  }
  if (!diagnostics.has_errors()) {
    auto first = records.rows.begin() + static_cast<std::ptrdiff_t>(header) + 1;
    const Field* id = first == records.rows.end()
                          ? nullptr
                          : field_at(*first, find_column(table.columns, ColumnKind::unit_id));
    if (id && is_guidance_row_id(id->text)) {
      ++first;  // a template's guidance row (填写说明)
    }
    table.rows.assign(std::make_move_iterator(first), std::make_move_iterator(records.rows.end()));
    group_units(table);
  }
  for (diag::Diagnostic& d : diagnostics.take()) {
    table.diagnostics.push_back(std::move(d));
  }
  diag::sort_diagnostics(table.diagnostics);
  return table;
}

bool is_guidance_row_id(std::string_view unit_id) {
  return unit_id == "填写说明" || util::ascii_lower(unit_id) == "guidance";
}

const std::vector<std::string>& reserved_column_names() {
  static const std::vector<std::string> k_names = [] {
    std::vector<std::string> names;
    for (const FixedName& name : k_fixed_names) {
      names.emplace_back(name.english);
    }
    return names;
  }();
  return k_names;
}

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

}  // namespace cepin::csv
