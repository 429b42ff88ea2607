#include "assessment/yaml_answers.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "assessment/id_hint.hpp"
#include "assessment/response.hpp"
#include "util/utf8.hpp"
#include "yaml/reader.hpp"

namespace cepin::assessment {

namespace {

using yaml::MapEntry;
using yaml::Node;

constexpr std::array<std::string_view, 5> k_response_keys{"met", "level", "value", "count",
                                                          "points"};

void report(diag::DiagnosticList& diagnostics, diag::Position at, const ResponseError& error) {
  diagnostics.error(at, error.code, error.message, error.hint);
}

// What a rule's answer is, for wrong-type messages.
const char* expected_answer(rubric::RuleType type) {
  switch (type) {
    case rubric::RuleType::check:
      return "a boolean";
    case rubric::RuleType::checklist:
      return "a list of element labels";
    case rubric::RuleType::levels:
      return "a level label";
    case rubric::RuleType::tiers:
    case rubric::RuleType::linear:
    case rubric::RuleType::shortfall:
      return "a number";
    case rubric::RuleType::deduct:
    case rubric::RuleType::count:
      return "a whole number";
    case rubric::RuleType::manual:
      return "a number of points";
  }
  return "a text";
}

// A section's map, or null after reporting a wrong type (null value: none).
const Node* section_map(const MapEntry& section, diag::DiagnosticList& diagnostics) {
  if (section.value->is_null()) {
    return nullptr;
  }
  if (!section.value->is_map()) {
    yaml::report_wrong_type(diagnostics, section, "a map of ids to answers");
    return nullptr;
  }
  return section.value;
}

// The id a section's key names, or nothing after reporting a non-text key.
std::optional<std::string> key_id(const MapEntry& entry, diag::DiagnosticList& diagnostics) {
  if (!entry.key->is_scalar() && !entry.key->is_null()) {
    diagnostics.error(entry.key->position, "wrong-type",
                      fmt::format("an id must be a text, not {}", yaml::describe(*entry.key)));
    return std::nullopt;
  }
  return entry.key->value;
}

std::vector<std::string> clause_ids(const rubric::Rubric& rubric) {
  std::vector<std::string> ids;
  for (const rubric::Clause* clause : rubric.clauses()) {
    ids.push_back(clause->id);
  }
  return ids;
}

// A hint for an id not found in its section: where it does belong, else
// "did you mean" among the section's ids.
std::string misplaced_hint(const std::string& id, const rubric::Rubric& rubric,
                           std::string_view section, const std::vector<std::string>& known) {
  if (section != "responses" && rubric.find_clause(id) != nullptr) {
    return fmt::format("`{}` is a clause: put it under `responses`", id);
  }
  if (section != "adjustments" && rubric.find_adjustment(id) != nullptr) {
    return fmt::format("`{}` is an adjustment: put it under `adjustments`", id);
  }
  if (section != "prerequisites" && rubric.find_prerequisite(id) != nullptr) {
    return fmt::format("`{}` is a prerequisite: put it under `prerequisites`", id);
  }
  if (section == "responses") {
    std::vector<std::string> all = rubric.all_ids();
    if (std::find(all.begin(), all.end(), id) != all.end()) {
      return fmt::format("`{}` is a category or item: answer its clauses", id);
    }
  }
  return unknown_id_hint(id, known);
}

// The met labels of a checklist written as a YAML list; false after errors.
bool read_label_list(const Node& list, const rubric::Clause& clause,
                     diag::DiagnosticList& diagnostics, Response& response) {
  std::vector<bool> met(clause.rule.elements.size(), false);
  bool good = true;
  for (const Node* item : list.items) {
    if (!item->is_scalar()) {
      diagnostics.error(
          item->position, "wrong-type",
          fmt::format("an element label must be a text, not {}", yaml::describe(*item)));
      good = false;
      continue;
    }
    Parsed<std::size_t> index = read_element(clause, item->value);
    if (!index) {
      report(diagnostics, item->position, index.error);
      good = false;
    } else if (met[*index.value]) {
      diagnostics.error(
          item->position, "duplicate-label",
          fmt::format("element `{}` of clause {} is listed twice", item->value, clause.id),
          "list each element once");
      good = false;
    } else {
      met[*index.value] = true;
    }
  }
  response.labels.clear();
  for (std::size_t i = 0; i < met.size(); ++i) {
    if (met[i]) {
      response.labels.push_back(clause.rule.elements[i].label);
    }
  }
  response.state = ResponseState::answered;
  return good;
}

// The met labels of a checklist written as a map label → boolean.
bool read_label_map(const Node& map, const rubric::Clause& clause,
                    diag::DiagnosticList& diagnostics, Response& response) {
  std::vector<bool> met(clause.rule.elements.size(), false);
  bool good = true;
  for (const MapEntry& entry : map.entries) {
    std::optional<std::string> label = key_id(entry, diagnostics);
    if (!label) {
      good = false;
      continue;
    }
    Parsed<std::size_t> index = read_element(clause, *label);
    if (!index) {
      report(diagnostics, entry.key->position, index.error);
      good = false;
      continue;
    }
    if (!entry.value->is_scalar()) {
      yaml::report_wrong_type(diagnostics, entry, "a boolean");
      good = false;
      continue;
    }
    Parsed<bool> value = read_boolean(entry.value->value);
    if (!value) {
      report(diagnostics, entry.value->position, value.error);
      good = false;
      continue;
    }
    met[*index.value] = *value.value;
  }
  response.labels.clear();
  for (std::size_t i = 0; i < met.size(); ++i) {
    if (met[i]) {
      response.labels.push_back(clause.rule.elements[i].label);
    }
  }
  response.state = ResponseState::answered;
  return good;
}

// The answer itself (shorthand value, or the value of the rule's key).
bool read_answer(const MapEntry& entry, const rubric::Clause& clause,
                 diag::DiagnosticList& diagnostics, Response& response) {
  const Node& value = *entry.value;
  bool checklist = clause.rule.type == rubric::RuleType::checklist;
  if (value.is_null()) {
    response.state = ResponseState::unanswered;
    return true;
  }
  if (value.is_scalar()) {
    Parsed<Response> parsed = parse_response(clause, value.value);
    if (!parsed) {
      report(diagnostics, value.position, parsed.error);
      return false;
    }
    Response normalised = std::move(*parsed.value);
    response.state = normalised.state;
    response.met = normalised.met;
    response.labels = std::move(normalised.labels);
    response.level = std::move(normalised.level);
    response.value = normalised.value;
    response.count = normalised.count;
    return true;
  }
  if (checklist && value.is_sequence()) {
    return read_label_list(value, clause, diagnostics, response);
  }
  if (checklist && value.is_map() && entry.key->value == "met") {
    return read_label_map(value, clause, diagnostics, response);
  }
  diagnostics.error(value.position, "wrong-type",
                    fmt::format("the answer to clause {} must be {}, not {}", clause.id,
                                expected_answer(clause.rule.type), yaml::describe(value)));
  return false;
}

// A response written as a map: the rule's key, `evidence`, `note`.
bool read_full_response(const MapEntry& entry, const rubric::Clause& clause,
                        diag::DiagnosticList& diagnostics, Response& response) {
  const Node& map = *entry.value;
  std::string_view key = response_key(clause.rule.type);
  yaml::MapReader reader(map, diagnostics, entry.key->position,
                         fmt::format("the response to clause {}", clause.id));
  bool good = true;
  for (std::string_view other : k_response_keys) {
    const MapEntry* wrong = other == key ? nullptr : reader.entry(other);
    if (wrong != nullptr) {
      diagnostics.error(
          wrong->key->position, "wrong-response-kind",
          fmt::format("clause {} is scored by `{}`, which takes `{}`, not `{}`", clause.id,
                      rubric::rule_type_name(clause.rule.type), key, other),
          fmt::format("write `{}:` ({})", key, expected_answer(clause.rule.type)));
      good = false;
    }
  }
  if (const MapEntry* answer = reader.entry(key)) {
    good = read_answer(*answer, clause, diagnostics, response) && good;
  }
  if (const MapEntry* evidence = reader.entry("evidence")) {
    good = read_evidence(*evidence, diagnostics, response.evidence) && good;
  }
  std::size_t before = diagnostics.items().size();
  response.note = reader.text("note").value_or("");
  reader.finish({key, "evidence", "note"});
  return good && diagnostics.items().size() == before;
}

}  // namespace

bool read_evidence(const MapEntry& entry, diag::DiagnosticList& diagnostics,
                   std::vector<std::string>& out) {
  const Node& value = *entry.value;
  if (value.is_null()) {
    return true;
  }
  if (value.is_scalar()) {
    if (!util::trim_spaces(value.value).empty()) {
      out.push_back(value.value);
    }
    return true;
  }
  if (!value.is_sequence()) {
    yaml::report_wrong_type(diagnostics, entry, "a list of texts or one text");
    return false;
  }
  bool good = true;
  for (const Node* item : value.items) {
    if (item->is_null() || (item->is_scalar() && util::trim_spaces(item->value).empty())) {
      continue;  // an empty item names nothing
    }
    if (!item->is_scalar()) {
      diagnostics.error(
          item->position, "wrong-type",
          fmt::format("an evidence item must be a text, not {}", yaml::describe(*item)));
      good = false;
      continue;
    }
    out.push_back(item->value);
  }
  return good;
}

void read_responses(const MapEntry& section, const rubric::Rubric& rubric,
                    diag::DiagnosticList& diagnostics, std::map<std::string, Response>& out) {
  const Node* map = section_map(section, diagnostics);
  if (map == nullptr) {
    return;
  }
  std::vector<std::string> known = clause_ids(rubric);
  for (const MapEntry& entry : map->entries) {
    std::optional<std::string> id = key_id(entry, diagnostics);
    if (!id) {
      continue;
    }
    const rubric::Clause* clause = rubric.find_clause(*id);
    if (clause == nullptr) {
      diagnostics.error(entry.key->position, "unknown-clause",
                        fmt::format("unknown clause `{}`", *id),
                        misplaced_hint(*id, rubric, "responses", known));
      continue;
    }
    Response response;
    response.position = entry.key->position;
    bool good = entry.value->is_map() ? read_full_response(entry, *clause, diagnostics, response)
                                      : read_answer(entry, *clause, diagnostics, response);
    if (good) {
      out[*id] = std::move(response);
    }
  }
}

void read_prerequisites(const MapEntry& section, const rubric::Rubric& rubric,
                        diag::DiagnosticList& diagnostics,
                        std::map<std::string, PrerequisiteAnswer>& out) {
  const Node* map = section_map(section, diagnostics);
  if (map == nullptr) {
    return;
  }
  std::vector<std::string> known;
  for (const rubric::Prerequisite& prerequisite : rubric.prerequisites) {
    known.push_back(prerequisite.id);
  }
  for (const MapEntry& entry : map->entries) {
    std::optional<std::string> id = key_id(entry, diagnostics);
    if (!id) {
      continue;
    }
    if (rubric.find_prerequisite(*id) == nullptr) {
      diagnostics.error(entry.key->position, "unknown-prerequisite",
                        fmt::format("unknown prerequisite `{}`", *id),
                        misplaced_hint(*id, rubric, "prerequisites", known));
      continue;
    }
    PrerequisiteAnswer answer;
    answer.position = entry.key->position;
    std::size_t before = diagnostics.items().size();
    const MapEntry* met = &entry;
    if (entry.value->is_map()) {
      yaml::MapReader reader(*entry.value, diagnostics, entry.key->position,
                             fmt::format("prerequisite {}", *id));
      met = reader.entry("met");
      if (const MapEntry* evidence = reader.entry("evidence")) {
        read_evidence(*evidence, diagnostics, answer.evidence);
      }
      reader.text("note");
      reader.finish({"met", "evidence", "note"});
    }
    if (met != nullptr && !met->value->is_null()) {
      if (!met->value->is_scalar()) {
        yaml::report_wrong_type(diagnostics, *met, "a boolean");
      } else if (Parsed<PrerequisiteAnswer> parsed = parse_prerequisite(met->value->value);
                 !parsed) {
        report(diagnostics, met->value->position, parsed.error);
      } else {
        answer.met = parsed.value->met;
      }
    }
    if (diagnostics.items().size() == before) {
      out[*id] = std::move(answer);
    }
  }
}

void read_adjustments(const MapEntry& section, const rubric::Rubric& rubric,
                      diag::DiagnosticList& diagnostics,
                      std::map<std::string, AdjustmentAnswer>& out) {
  const Node* map = section_map(section, diagnostics);
  if (map == nullptr) {
    return;
  }
  std::vector<std::string> known;
  for (const rubric::Adjustment& adjustment : rubric.adjustments) {
    known.push_back(adjustment.id);
  }
  for (const MapEntry& entry : map->entries) {
    std::optional<std::string> id = key_id(entry, diagnostics);
    if (!id) {
      continue;
    }
    const rubric::Adjustment* adjustment = rubric.find_adjustment(*id);
    if (adjustment == nullptr) {
      diagnostics.error(entry.key->position, "unknown-adjustment",
                        fmt::format("unknown adjustment `{}`", *id),
                        misplaced_hint(*id, rubric, "adjustments", known));
      continue;
    }
    bool veto = adjustment->kind == rubric::AdjustmentKind::veto;
    std::string_view key = veto ? "occurred" : "count";
    std::string_view other = veto ? "count" : "occurred";
    AdjustmentAnswer answer;
    answer.position = entry.key->position;
    std::size_t before = diagnostics.items().size();
    const MapEntry* value = &entry;
    if (entry.value->is_map()) {
      yaml::MapReader reader(*entry.value, diagnostics, entry.key->position,
                             fmt::format("adjustment {}", *id));
      if (const MapEntry* wrong = reader.entry(other)) {
        diagnostics.error(
            wrong->key->position, "wrong-response-kind",
            fmt::format("adjustment {} is a {}, which takes `{}`, not `{}`", *id,
                        rubric::adjustment_kind_name(adjustment->kind), key, other),
            fmt::format("write `{}:` ({})", key, veto ? "a boolean" : "a whole number"));
      }
      value = reader.entry(key);
      if (const MapEntry* evidence = reader.entry("evidence")) {
        read_evidence(*evidence, diagnostics, answer.evidence);
      }
      reader.text("note");
      reader.finish({key, "evidence", "note"});
    }
    if (value != nullptr && !value->value->is_null()) {
      if (!value->value->is_scalar()) {
        yaml::report_wrong_type(diagnostics, *value, veto ? "a boolean" : "a whole number");
      } else if (Parsed<AdjustmentAnswer> parsed =
                     parse_adjustment(*adjustment, value->value->value);
                 !parsed) {
        report(diagnostics, value->value->position, parsed.error);
      } else {
        answer.count = parsed.value->count;
        answer.occurred = parsed.value->occurred;
      }
    }
    if (diagnostics.items().size() == before) {
      out[*id] = std::move(answer);
    }
  }
}

}  // namespace cepin::assessment
