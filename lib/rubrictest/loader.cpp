#include "rubrictest/loader.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "assessment/warning.hpp"
#include "diag/codes.hpp"
#include "util/period.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"
#include "yaml/reader.hpp"

namespace cepin::rubrictest {

namespace {

using yaml::MapEntry;
using yaml::MapReader;
using yaml::Node;
using yaml::Presence;

// How the value of one `expect` key is read.
enum class Reading { decimal, verdict, text, period, reasons, warnings, scores, gap, code };

struct ExpectKey {
  const char* key;
  Field field;
  Reading reading;
};

const ExpectKey k_expect_keys[] = {
    {"score", Field::score, Reading::decimal},        {"base", Field::base, Reading::decimal},
    {"base_raw", Field::base_raw, Reading::decimal},  {"bonus", Field::bonus, Reading::decimal},
    {"penalty", Field::penalty, Reading::decimal},    {"verdict", Field::verdict, Reading::verdict},
    {"grade", Field::grade, Reading::text},           {"period", Field::period, Reading::period},
    {"reasons", Field::reasons, Reading::reasons},    {"warnings", Field::warnings, Reading::warnings},
    {"clauses", Field::clause, Reading::scores},      {"categories", Field::category, Reading::scores},
    {"gap", Field::gap_reachable, Reading::gap},      {"error", Field::error, Reading::code},
};

const char* const k_reason_prefixes[] = {"veto:", "prerequisite:", "below-floor:"};

// Everything one load shares.
struct Context {
  diag::DiagnosticList& diagnostics;
};

// The position of `key` in `map`, else `fallback`.
diag::Position key_position(const Node& map, std::string_view key, diag::Position fallback) {
  const MapEntry* entry = map.find(key);
  return entry != nullptr ? entry->key->position : fallback;
}

// The first key of a list entry (where its missing keys are reported).
diag::Position first_key(const Node& map) {
  return map.entries.empty() ? map.position : map.entries.front().key->position;
}

// Gives the unknown-key errors reported since `from` that have no "did you
// mean" the list of keys the map takes.
void hint_keys(Context& c, std::size_t from, std::string_view map, const std::vector<std::string>& keys) {
  std::vector<diag::Diagnostic>& items = c.diagnostics.items();
  for (std::size_t i = from; i < items.size(); ++i) {
    if (items[i].code == "unknown-key" && items[i].hint.empty()) {
      items[i].hint = fmt::format("{} takes {}", map, util::join(keys));
    }
  }
}

// A located text of `reader`'s map, or nothing (absent, or wrong-type reported).
std::optional<Located> read_located(MapReader& reader, std::string_view key, Presence presence) {
  const MapEntry* entry = reader.map().find(key);
  std::optional<std::string> text = reader.text(key, presence);
  if (!text) {
    return std::nullopt;
  }
  return Located{*text, entry->value->position};
}

// A decimal value (or null) of one expectation.
std::optional<Value> read_decimal_value(const MapEntry& entry, Context& c) {
  if (entry.value->is_null()) {
    return Value::null();
  }
  if (!entry.value->is_scalar()) {
    yaml::report_wrong_type(c.diagnostics, entry, "a number");
    return std::nullopt;
  }
  std::optional<util::Decimal> value = yaml::read_decimal(*entry.value, entry.value->position, c.diagnostics);
  return value ? std::optional<Value>(Value::of(*value)) : std::nullopt;
}

// A text value (or null) of one expectation.
std::optional<Value> read_text_value(const MapEntry& entry, Context& c) {
  if (entry.value->is_null()) {
    return Value::null();
  }
  if (!entry.value->is_scalar()) {
    yaml::report_wrong_type(c.diagnostics, entry, "a text");
    return std::nullopt;
  }
  return Value::of_text(entry.value->value);
}

std::optional<Value> read_verdict(const MapEntry& entry, Context& c) {
  std::optional<Value> value = read_text_value(entry, c);
  if (!value || value->kind == Value::Kind::null || value->text == "eligible" || value->text == "ineligible") {
    return value;
  }
  std::string hint = util::did_you_mean(value->text, {"eligible", "ineligible"});
  c.diagnostics.error(entry.value->position, "bad-value",
                      fmt::format("`verdict` must be eligible or ineligible, not `{}`", value->text),
                      hint.empty() ? "write `verdict: eligible` or `verdict: ineligible`" : hint);
  return std::nullopt;
}

std::optional<Value> read_period(const MapEntry& entry, Context& c) {
  std::optional<Value> value = read_text_value(entry, c);
  if (!value || value->kind == Value::Kind::null) {
    return value;
  }
  util::PeriodParse parsed = util::parse_period(value->text);
  if (!parsed.period) {
    c.diagnostics.error(entry.value->position, "bad-period", parsed.message, parsed.hint);
    return std::nullopt;
  }
  return Value::of_text(parsed.period->canonical());
}

// Whether `code` is a reason code: below-threshold, or a known prefix and an id.
bool is_reason_code(const std::string& code) {
  if (code == "below-threshold") {
    return true;
  }
  for (const char* prefix : k_reason_prefixes) {
    if (util::starts_with(code, prefix) && code.size() > std::string_view(prefix).size()) {
      return true;
    }
  }
  return false;
}

// A list of reason or warning codes (or null), each checked.
std::optional<Value> read_codes(const MapEntry& entry, Reading reading, Context& c) {
  if (entry.value->is_null()) {
    return Value::null();
  }
  if (!entry.value->is_sequence()) {
    yaml::report_wrong_type(c.diagnostics, entry, "a list of codes");
    return std::nullopt;
  }
  bool ok = true;
  std::vector<std::string> codes;
  for (const Node* item : entry.value->items) {
    if (!item->is_scalar()) {
      c.diagnostics.error(item->position, "wrong-type", fmt::format("a code must be a text, not {}", describe(*item)));
      ok = false;
      continue;
    }
    const std::string& code = item->value;
    if (reading == Reading::reasons && !is_reason_code(code)) {
      c.diagnostics.error(item->position, "bad-value", fmt::format("`{}` is not a reason code", code),
                          "reason codes are veto:<id>, prerequisite:<id>, below-floor:<id> and below-threshold");
      ok = false;
    } else if (reading == Reading::warnings && !assessment::parse_warning_code(code)) {
      std::string hint = util::did_you_mean(code, assessment::warning_codes());
      c.diagnostics.error(item->position, "bad-value", fmt::format("`{}` is not a warning code", code),
                          hint.empty() ? "see the README's list of warning codes" : hint);
      ok = false;
    }
    codes.push_back(code);
  }
  return ok ? std::optional<Value>(Value::of_codes(std::move(codes))) : std::nullopt;
}

std::optional<Value> read_error_code(const MapEntry& entry, Context& c) {
  std::optional<Value> value = read_text_value(entry, c);
  if (value && value->kind == Value::Kind::text && !diag::is_known_code(value->text)) {
    c.diagnostics.error(entry.value->position, "bad-value", fmt::format("`{}` is not a code cepin reports", value->text),
                        "see the codes in the README's diagnostics table");
    return std::nullopt;
  }
  return value;
}

// `clauses:` or `categories:`: one expectation per id.
void read_scores(const MapEntry& entry, Field field, Context& c, std::vector<Expectation>& out) {
  if (!entry.value->is_map()) {
    yaml::report_wrong_type(c.diagnostics, entry, "a map of ids to scores");
    return;
  }
  for (const MapEntry& score : entry.value->entries) {
    if (!score.key->is_scalar()) {
      c.diagnostics.error(score.key->position, "wrong-type",
                          fmt::format("an id must be a text, not {}", describe(*score.key)));
      continue;
    }
    if (std::optional<Value> value = read_decimal_value(score, c)) {
      out.push_back(Expectation{field, score.key->value, score.key->position, std::move(*value)});
    }
  }
}

// `gap: {reachable, needed}`.
void read_gap(const MapEntry& entry, Context& c, std::vector<Expectation>& out) {
  if (!entry.value->is_map()) {
    yaml::report_wrong_type(c.diagnostics, entry, "a map with `reachable` or `needed`");
    return;
  }
  MapReader reader(*entry.value, c.diagnostics, entry.key->position, "`gap`");
  if (const MapEntry* reachable = reader.entry("reachable")) {
    if (reachable->value->is_null()) {
      out.push_back(Expectation{Field::gap_reachable, "", reachable->key->position, Value::null()});
    } else if (std::optional<bool> value = reader.boolean("reachable")) {
      out.push_back(Expectation{Field::gap_reachable, "", reachable->key->position, Value::of(*value)});
    }
  }
  if (const MapEntry* needed = reader.entry("needed")) {
    if (std::optional<Value> value = read_decimal_value(*needed, c)) {
      out.push_back(Expectation{Field::gap_needed, "", needed->key->position, std::move(*value)});
    }
  }
  std::size_t before = c.diagnostics.items().size();
  reader.finish({"reachable", "needed"});
  hint_keys(c, before, "`gap`", {"reachable", "needed"});
}

// One key of `expect`, by how it is read.
void read_expectation(const ExpectKey& known, const MapEntry& entry, Context& c, std::vector<Expectation>& out) {
  std::optional<Value> value;
  switch (known.reading) {
    case Reading::decimal:
      value = read_decimal_value(entry, c);
      break;
    case Reading::verdict:
      value = read_verdict(entry, c);
      break;
    case Reading::text:
      value = read_text_value(entry, c);
      break;
    case Reading::period:
      value = read_period(entry, c);
      break;
    case Reading::reasons:
    case Reading::warnings:
      value = read_codes(entry, known.reading, c);
      break;
    case Reading::code:
      value = read_error_code(entry, c);
      break;
    case Reading::scores:
      read_scores(entry, known.field, c, out);
      return;
    case Reading::gap:
      read_gap(entry, c, out);
      return;
  }
  if (value) {
    out.push_back(Expectation{known.field, "", entry.key->position, std::move(*value)});
  }
}

void read_expect(MapReader& reader, TestCase& test_case, Context& c) {
  const MapEntry* entry = reader.entry("expect", Presence::required);
  if (entry == nullptr) {
    return;
  }
  test_case.expect_at = entry->key->position;
  if (!entry->value->is_map()) {
    yaml::report_wrong_type(c.diagnostics, *entry, "a map of what must come out");
    return;
  }
  MapReader expect(*entry->value, c.diagnostics, entry->key->position, "`expect`");
  std::size_t before = c.diagnostics.items().size();
  for (const ExpectKey& known : k_expect_keys) {
    if (const MapEntry* found = expect.entry(known.key)) {
      read_expectation(known, *found, c, test_case.expectations);
    }
  }
  expect.finish();
  hint_keys(c, before, "`expect`", expect_keys());
  std::stable_sort(test_case.expectations.begin(), test_case.expectations.end(),
                   [](const Expectation& a, const Expectation& b) {
                     return std::pair(a.at.line, a.at.column) < std::pair(b.at.line, b.at.column);
                   });
  if (entry->value->entries.empty()) {
    c.diagnostics.error(entry->key->position, "bad-value",
                        fmt::format("`expect` of case \"{}\" checks nothing", test_case.name),
                        "add what must come out, such as `score: 91.5` or `verdict: eligible`");
  }
}

void read_assessment(MapReader& reader, TestCase& test_case, Context& c) {
  const MapEntry* entry = reader.entry("assessment", Presence::required);
  if (entry == nullptr) {
    return;
  }
  test_case.assessment.at = entry->value->position;
  if (entry->value->is_scalar()) {
    test_case.assessment.path = entry->value->value;
    return;
  }
  if (!entry->value->is_map()) {
    yaml::report_wrong_type(c.diagnostics, *entry, "a path or an assessment written as a map");
    c.diagnostics.items().back().hint = "name a file beside this one (`ordos.yaml`), or write `{unit: {id: …}, responses: {…}}`";
    return;
  }
  test_case.assessment.inline_map = entry->value;
  if (entry->value->find("unit") == nullptr && !entry->value->had_merge_key) {
    c.diagnostics.error(entry->key->position, "missing-key",
                        fmt::format("the assessment of case \"{}\" has no `unit`", test_case.name),
                        "add `unit: {id: …}`; `schema` and `rubric` may be left out");
  }
}

// Reads one case; `default_rubric` says whether the file names a rubric for
// every case (or tried to: its error is reported once, at the file's key).
TestCase read_case(const Node& map, bool default_rubric, Context& c) {
  TestCase test_case;
  test_case.at = key_position(map, "name", first_key(map));
  MapReader reader(map, c.diagnostics, first_key(map), "a test case");
  test_case.name = reader.text("name", Presence::required).value_or("");
  test_case.rubric = read_located(reader, "rubric", Presence::optional);
  const MapEntry* own = map.find("rubric");
  if (!test_case.rubric && !default_rubric && (own == nullptr || own->value->is_null())) {
    c.diagnostics.error(first_key(map), "missing-key",
                        fmt::format("case \"{}\" names no rubric", test_case.name),
                        "add `rubric: <id or file>` to the case, or once at the top of the file");
  }
  read_assessment(reader, test_case, c);
  test_case.unit = read_located(reader, "unit", Presence::optional);
  read_expect(reader, test_case, c);
  std::size_t before = c.diagnostics.items().size();
  reader.finish({"name", "rubric", "assessment", "unit", "expect"});
  hint_keys(c, before, "a case", {"name", "rubric", "assessment", "unit", "expect"});
  return test_case;
}

// Reads `schema`; false when it names another kind of file (the rest is then not checked).
bool read_schema(MapReader& root, Context& c) {
  const MapEntry* entry = root.entry("schema", Presence::required);
  if (entry == nullptr || !entry->value->is_scalar()) {
    if (entry != nullptr) {
      yaml::report_wrong_type(c.diagnostics, *entry, "a text");
    }
    return true;
  }
  const std::string& schema = entry->value->value;
  if (schema == k_test_schema) {
    return true;
  }
  std::string hint = fmt::format("a test file starts with `schema: {}`", k_test_schema);
  if (util::starts_with(schema, "cepin/rubric/")) {
    hint = "this is a rubric: its tests go in a file of their own that names it in `rubric:`";
  } else if (util::starts_with(schema, "cepin/assessment/")) {
    hint = "this is an assessment: name it in a test case's `assessment:`, or score it with `cepin score`";
  } else if (std::string near = util::did_you_mean(schema, {k_test_schema}); !near.empty()) {
    hint = near;
  }
  c.diagnostics.error(entry->value->position, "unknown-schema", fmt::format("`{}` is not a test file schema", schema),
                      hint);
  return false;
}

void read_cases(MapReader& root, TestFile& file, Context& c) {
  const MapEntry* entry = root.entry("cases", Presence::required);
  if (entry == nullptr) {
    return;
  }
  if (!entry->value->is_sequence()) {
    yaml::report_wrong_type(c.diagnostics, *entry, "a list of cases");
    return;
  }
  if (entry->value->items.empty()) {
    c.diagnostics.error(entry->value->position, "bad-value", "`cases` lists no case",
                        "add a case with `name`, `assessment` and `expect`");
    return;
  }
  for (const Node* item : entry->value->items) {
    if (!item->is_map()) {
      c.diagnostics.error(item->position, "wrong-type",
                          fmt::format("a case must be a map with `name`, `assessment` and `expect`, not {}",
                                      describe(*item)));
      continue;
    }
    const MapEntry* rubric = root.map().find("rubric");
    TestCase test_case = read_case(*item, rubric != nullptr && !rubric->value->is_null(), c);
    for (const TestCase& earlier : file.cases) {
      if (!test_case.name.empty() && earlier.name == test_case.name) {
        c.diagnostics.error(test_case.at, "duplicate-case",
                            fmt::format("a case named \"{}\" is already on line {}", test_case.name, earlier.at.line),
                            "give every case of a file its own name");
        break;
      }
    }
    file.cases.push_back(std::move(test_case));
  }
}

}  // namespace

const std::vector<std::string>& expect_keys() {
  static const std::vector<std::string> k_keys = [] {
    std::vector<std::string> keys;
    for (const ExpectKey& known : k_expect_keys) {
      keys.emplace_back(known.key);
    }
    return keys;
  }();
  return k_keys;
}

LoadResult load(std::shared_ptr<const yaml::Input> input) {
  LoadResult result;
  result.diagnostics = input->diagnostics;
  if (!input->document || input->document->root == nullptr || !input->source) {
    diag::sort_diagnostics(result.diagnostics);
    return result;
  }
  diag::DiagnosticList diagnostics(*input->source);
  Context c{diagnostics};
  const Node& root = *input->document->root;
  TestFile file;
  file.path = input->source->path();
  if (!root.is_map()) {
    diagnostics.error(root.is_null() ? diag::Position{1, 1} : root.position, "wrong-type",
                      fmt::format("a test file must be a map, not {}", yaml::describe(root)),
                      fmt::format("start with `schema: {}`", k_test_schema));
  } else {
    MapReader reader(root, diagnostics, diag::Position{1, 1}, "the test file");
    if (read_schema(reader, c)) {
      file.rubric = read_located(reader, "rubric", Presence::optional);
      read_cases(reader, file, c);
      std::size_t before = diagnostics.items().size();
      reader.finish({"schema", "rubric", "cases"});
      hint_keys(c, before, "a test file", {"schema", "rubric", "cases"});
    }
  }
  for (diag::Diagnostic& d : diagnostics.items()) {
    result.diagnostics.push_back(std::move(d));
  }
  diag::sort_diagnostics(result.diagnostics);
  if (!diag::has_errors(result.diagnostics)) {
    file.input = std::move(input);
    result.file = std::move(file);
  }
  return result;
}

}  // namespace cepin::rubrictest
