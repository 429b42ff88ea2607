#include "assessment/yaml_answers.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "assessment/id_hint.hpp"
#include "assessment/response.hpp"
#include "util/map_put.hpp"
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

// Reports wrong-type for a list item that is not a text: "WHAT must be a text, not …".
void report_not_text(diag::DiagnosticList& diagnostics, const Node& item, std::string_view what) {
  diagnostics.error(item.position, "wrong-type",
                    fmt::format("{} must be a text, not {}", what, yaml::describe(item)));
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

// The ids of a rubric's prerequisites or adjustments.
template <typename Item>
std::vector<std::string> ids_of(const std::vector<Item>& items) {
  std::vector<std::string> ids;
  for (const Item& item : items) {
    ids.push_back(item.id);
  }
  return ids;
}

// A hint for an id not found in its section: where it does belong, else
// "did you mean" among the section's ids.
std::string misplaced_hint(const std::string& id, const rubric::Rubric& rubric, std::string_view section,
                           const std::vector<std::string>& known, const std::set<std::string>& answered) {
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
  return unknown_id_hint(id, known, answered);
}

// Answers a checklist with the labels of the elements marked in `met`, in
// rubric order.
void set_labels(const std::vector<bool>& met, const rubric::Clause& clause, Response& response) {
  response.labels.clear();
  for (std::size_t i = 0; i < met.size(); ++i) {
    if (met[i]) {
      response.labels.push_back(clause.rule.elements[i].label);
    }
  }
  response.state = ResponseState::answered;
}

// The met labels of a checklist written as a YAML list; false after errors.
bool read_label_list(const Node& list, const rubric::Clause& clause,
                     diag::DiagnosticList& diagnostics, Response& response) {
  std::vector<bool> met(clause.rule.elements.size(), false);
  bool good = true;
  for (const Node* item : list.items) {
    if (!item->is_scalar()) {
      report_not_text(diagnostics, *item, "an element label");
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
  set_labels(met, clause, response);
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
  set_labels(met, clause, response);
  return good;
}

// The answer itself (shorthand value, or the value of the rule's key).
bool read_answer(const MapEntry& entry, const rubric::Clause& clause,
                 diag::DiagnosticList& diagnostics, Response& response, std::vector<Warning>& warnings) {
  const Node& value = *entry.value;
  bool checklist = clause.rule.type == rubric::RuleType::checklist;
  if (value.is_null()) {
    response.state = ResponseState::unanswered;
    return true;
  }
  if (value.is_scalar()) {
    if (std::optional<ResponseError> error = parse_response_into(clause, value.value, response)) {
      report(diagnostics, value.position, *error);
      return false;
    }
    if (std::optional<Warning> fraction = check_fraction(clause, response, value.value, value.position)) {
      warnings.push_back(std::move(*fraction));
    }
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
                        diag::DiagnosticList& diagnostics, Response& response, std::vector<Warning>& warnings) {
  const Node& map = *entry.value;
  std::string_view key = response_key(clause.rule.type);
  yaml::MapReader reader(map, diagnostics, entry.key->position, "the response to clause ", clause.id);
  bool good = true;
  // The other kinds' keys are looked up only in the rare map that holds one.
  const bool holds_other = std::any_of(map.entries.begin(), map.entries.end(), [&](const MapEntry& e) {
    return (e.key->is_scalar() || e.key->is_null()) && e.key->value != key &&
           std::find(k_response_keys.begin(), k_response_keys.end(), e.key->value) != k_response_keys.end();
  });
  for (std::string_view other : k_response_keys) {
    const MapEntry* wrong = !holds_other || other == key ? nullptr : reader.entry(other);
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
    good = read_answer(*answer, clause, diagnostics, response, warnings) && good;
  }
  if (const MapEntry* evidence = reader.entry("evidence")) {
    good = read_evidence(*evidence, diagnostics, response.evidence) && good;
  }
  std::size_t before = diagnostics.items().size();
  response.note = reader.text("note").value_or("");
  reader.finish({key, "evidence", "note"});
  return good && diagnostics.items().size() == before;
}

// How an answer section and the things it answers are called.
struct SectionNames {
  std::string_view section;  // "adjustments"
  std::string_view noun;     // "adjustment": unknown-adjustment, "unknown adjustment `x`"
};

// Reads an id → answer section: `find` looks an id up in the rubric (unknown
// ids are reported with a hint naming one of `known()`, the ids the section
// may hold), `read(id, item, entry, answer)` reads one answer and returns
// false after an error. An answer read without new diagnostics goes to
// `keep(id, item, answer)`.
template <typename Answer, typename Known, typename Find, typename Read, typename Keep>
void read_section(const MapEntry& section, const rubric::Rubric& rubric, SectionNames names, Known known,
                  diag::DiagnosticList& diagnostics, Find find, Read read, Keep keep) {
  const Node* map = section_map(section, diagnostics);
  if (map == nullptr) {
    return;
  }
  // The known ids this section answers, suggested last in a hint: gathered
  // at the first unknown id only.
  std::optional<std::set<std::string>> answered;
  auto answered_ids = [&]() -> const std::set<std::string>& {
    if (!answered) {
      answered.emplace();
      for (const MapEntry& entry : map->entries) {
        if (entry.key->is_scalar() && find(entry.key->value) != nullptr) {
          answered->insert(entry.key->value);
        }
      }
    }
    return *answered;
  };
  for (const MapEntry& entry : map->entries) {
    std::optional<std::string> id = key_id(entry, diagnostics);
    if (!id) {
      continue;
    }
    const auto* item = find(*id);
    if (item == nullptr) {
      diagnostics.error(entry.key->position, fmt::format("unknown-{}", names.noun),
                        fmt::format("unknown {} `{}`", names.noun, *id),
                        misplaced_hint(*id, rubric, names.section, known(), answered_ids()));
      continue;
    }
    Answer answer;
    answer.position = entry.key->position;
    std::size_t before = diagnostics.items().size();
    bool good = read(*id, *item, entry, answer);
    if (good && diagnostics.items().size() == before) {
      keep(*id, *item, std::move(answer));
    }
  }
}

// A key of a map answer that belongs to another kind of answer (an
// adjustment's `occurred` where it takes `count`), reported as
// wrong-response-kind: "adjustment <id> is a <kind>, which takes `<takes>`,
// not `<key>`", with the hint "write `<takes>:` (<expected>)".
struct WrongKey {
  std::string_view key;
  std::string_view kind;
  std::string_view takes;
  std::string_view expected;
};

// The entry holding a prerequisite's or adjustment's value: `entry` itself
// when written short, else the map's `key` entry (null when absent), after
// reading the map's `evidence` and `note` and reporting `wrong` and unknown
// keys. The map is named `what_head` + `id` ("adjustment " and its id) in messages.
const MapEntry* answer_value(const MapEntry& entry, std::string_view key, std::string_view what_head,
                             const std::string& id, const std::optional<WrongKey>& wrong,
                             diag::DiagnosticList& diagnostics, std::vector<EvidenceItem>& evidence) {
  if (!entry.value->is_map()) {
    return &entry;
  }
  yaml::MapReader reader(*entry.value, diagnostics, entry.key->position, what_head, id);
  if (wrong) {
    if (const MapEntry* other = reader.entry(wrong->key)) {
      diagnostics.error(other->key->position, "wrong-response-kind",
                        fmt::format("{}{} is a {}, which takes `{}`, not `{}`", what_head, id, wrong->kind,
                                    wrong->takes, wrong->key),
                        fmt::format("write `{}:` ({})", wrong->takes, wrong->expected));
    }
  }
  const MapEntry* value = reader.entry(key);
  if (const MapEntry* found = reader.entry("evidence")) {
    read_evidence(*found, diagnostics, evidence);
  }
  reader.text("note");
  reader.finish({key, "evidence", "note"});
  return value;
}

}  // namespace

bool read_evidence(const MapEntry& entry, diag::DiagnosticList& diagnostics,
                   std::vector<EvidenceItem>& out) {
  const Node& value = *entry.value;
  if (value.is_null()) {
    return true;
  }
  if (value.is_scalar()) {
    if (!util::trim_spaces(value.value).empty()) {
      out.push_back({value.value, value.position});
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
      report_not_text(diagnostics, *item, "an evidence item");
      good = false;
      continue;
    }
    out.push_back({item->value, item->position});
  }
  return good;
}

void read_responses(const MapEntry& section, const rubric::Rubric& rubric, diag::DiagnosticList& diagnostics,
                    Responses& out, std::vector<Warning>& warnings) {
  read_section<Response>(
      section, rubric, {"responses", "clause"}, [&] { return clause_ids(rubric); }, diagnostics,
      [&](const std::string& id) { return rubric.find_clause(id); },
      [&](const std::string&, const rubric::Clause& clause, const MapEntry& entry, Response& response) {
        return entry.value->is_map() ? read_full_response(entry, clause, diagnostics, response, warnings)
                                     : read_answer(entry, clause, diagnostics, response, warnings);
      },
      [&](const std::string&, const rubric::Clause& clause, Response&& response) {
        out.slot(clause.ordinal) = std::move(response);
      });
}

void read_prerequisites(const MapEntry& section, const rubric::Rubric& rubric,
                        diag::DiagnosticList& diagnostics,
                        std::map<std::string, PrerequisiteAnswer>& out) {
  read_section<PrerequisiteAnswer>(
      section, rubric, {"prerequisites", "prerequisite"}, [&] { return ids_of(rubric.prerequisites); },
      diagnostics, [&](const std::string& id) { return rubric.find_prerequisite(id); },
      [&](const std::string& id, const rubric::Prerequisite&, const MapEntry& entry,
          PrerequisiteAnswer& answer) {
        const MapEntry* met =
            answer_value(entry, "met", "prerequisite ", id, std::nullopt, diagnostics, answer.evidence);
        if (met == nullptr || met->value->is_null()) {
          return true;
        }
        if (!met->value->is_scalar()) {
          yaml::report_wrong_type(diagnostics, *met, "a boolean");
        } else if (Parsed<PrerequisiteAnswer> parsed = parse_prerequisite(met->value->value);
                   !parsed) {
          report(diagnostics, met->value->position, parsed.error);
        } else {
          answer.met = parsed.value->met;
        }
        return true;
      },
      [&](const std::string& id, const auto&, PrerequisiteAnswer&& answer) { util::put_in_order(out, id, std::move(answer)); });
}

void read_adjustments(const MapEntry& section, const rubric::Rubric& rubric,
                      diag::DiagnosticList& diagnostics,
                      std::map<std::string, AdjustmentAnswer>& out) {
  read_section<AdjustmentAnswer>(
      section, rubric, {"adjustments", "adjustment"}, [&] { return ids_of(rubric.adjustments); },
      diagnostics, [&](const std::string& id) { return rubric.find_adjustment(id); },
      [&](const std::string& id, const rubric::Adjustment& adjustment, const MapEntry& entry,
          AdjustmentAnswer& answer) {
        bool veto = adjustment.kind == rubric::AdjustmentKind::veto;
        std::string_view key = veto ? "occurred" : "count";
        std::string_view expected = veto ? "a boolean" : "a whole number";
        std::string_view other = veto ? "count" : "occurred";
        const WrongKey wrong{other, rubric::adjustment_kind_name(adjustment.kind), key, expected};
        const MapEntry* value =
            answer_value(entry, key, "adjustment ", id, wrong, diagnostics, answer.evidence);
        if (value == nullptr || value->value->is_null()) {
          return true;
        }
        if (!value->value->is_scalar()) {
          yaml::report_wrong_type(diagnostics, *value, expected);
        } else if (Parsed<AdjustmentAnswer> parsed =
                       parse_adjustment(adjustment, value->value->value);
                   !parsed) {
          report(diagnostics, value->value->position, parsed.error);
        } else {
          answer.count = parsed.value->count;
          answer.occurred = parsed.value->occurred;
        }
        return true;
      },
      [&](const std::string& id, const auto&, AdjustmentAnswer&& answer) { util::put_in_order(out, id, std::move(answer)); });
}

}  // namespace cepin::assessment
