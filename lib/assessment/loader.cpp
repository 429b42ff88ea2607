// Reading a YAML assessment (SPEC §3 of the project's contract), all problems
// of a file at once. Codes, besides those of yaml::MapReader (missing-key,
// unknown-key, wrong-type), response.hpp and yaml_answers.hpp:
//   unknown-schema         `schema` is not cepin/assessment/1 (a rubric's gets
//                          its own hint, and the rest of the file is skipped)
//   bad-rubric-ref         `rubric` is not `id` or `id@version`
//   rubric-mismatch        `rubric` names another rubric (answers are skipped)
//   rubric-version         warning: the pinned version differs, or the rubric has none
//   unit-kind              warning: `unit.kind` not in the rubric's `applies_to`
//   bad-date               `assessed_on` or `title.named_on` not YYYY-MM-DD
//   bad-period             `period` is not a period (util/period.hpp)
//   evidence-root-outside  `evidence_root` absolute or leaving the file's folder
#include "assessment/loader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "rubric/unit_kind.hpp"
#include "util/path.hpp"
#include "assessment/yaml_answers.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"
#include "yaml/reader.hpp"

namespace cepin::assessment {

namespace {

using yaml::MapEntry;
using yaml::Node;

// Everything an assessment is read with.
struct Context {
  const rubric::Rubric& rubric;
  diag::DiagnosticList& diagnostics;
  Assessment& assessment;
};

// Reads `schema`; false when it names another kind of cepin file (a rubric),
// whose other keys are then not worth reporting one by one.
bool read_schema(yaml::MapReader& root, Context& c) {
  const MapEntry* entry = root.entry("schema", yaml::Presence::required);
  if (entry == nullptr) {
    return true;
  }
  if (!entry->value->is_scalar()) {
    yaml::report_wrong_type(c.diagnostics, *entry, "a text");
    return true;
  }
  const std::string& schema = entry->value->value;
  if (schema == k_assessment_schema) {
    return true;
  }
  std::string hint = schema.rfind("cepin/rubric/", 0) == 0
                         ? fmt::format("this file is a rubric; an assessment declares `schema: {}`",
                                       k_assessment_schema)
                     : schema.rfind("cepin/test/", 0) == 0
                         ? "this file is a rubric test file: run it with `cepin test`"
                         : fmt::format("write `schema: {}`", k_assessment_schema);
  c.diagnostics.error(entry->value->position, "unknown-schema",
                      fmt::format("unknown schema `{}`", schema), hint);
  return schema.rfind("cepin/rubric/", 0) != 0 && schema.rfind("cepin/result/", 0) != 0 &&
         schema.rfind("cepin/test/", 0) != 0;
}

// Reads `rubric`; false when it names another rubric, so that the answers,
// which would then be checked against the wrong ids, are skipped.
bool read_rubric_ref(yaml::MapReader& root, Context& c) {
  const MapEntry* entry = root.entry("rubric", yaml::Presence::required);
  if (entry == nullptr) {
    return true;
  }
  if (!entry->value->is_scalar()) {
    yaml::report_wrong_type(c.diagnostics, *entry, "a text");
    return true;
  }
  diag::Position at = entry->value->position;
  RubricRef ref = split_rubric_ref(entry->value->value, at);
  if (!names_rubric(ref)) {
    c.diagnostics.error(at, "bad-rubric-ref",
                        fmt::format("`{}` does not name a rubric", entry->value->value),
                        "write `rubric: id` or `rubric: id@version`");
    return true;
  }
  if (ref.id != c.rubric.id) {
    std::string hint = util::did_you_mean(ref.id, {c.rubric.id});
    c.diagnostics.error(at, "rubric-mismatch",
                        fmt::format("the assessment is for rubric `{}`, not `{}`", ref.id, c.rubric.id),
                        hint.empty() ? "score it against its own rubric, or correct `rubric:`" : hint);
    return false;
  }
  c.assessment.rubric_id = ref.id;
  c.assessment.rubric_version = ref.version;
  if (std::optional<Warning> warning = check_version(ref, c.rubric)) {
    c.assessment.warnings.push_back(std::move(*warning));
  }
  return true;
}

// Reads `unit:`; returns it whenever the map is readable. The kind is checked
// against the rubric's `applies_to` only when `check_kind` says so.
std::optional<Unit> read_unit(yaml::MapReader& root, Context& c, bool check_kind) {
  const MapEntry* entry = root.entry("unit", yaml::Presence::required);
  if (entry == nullptr) {
    return std::nullopt;
  }
  if (!entry->value->is_map()) {
    yaml::report_wrong_type(c.diagnostics, *entry, "a map with `id`, `name` and `kind`");
    return std::nullopt;
  }
  yaml::MapReader reader(*entry->value, c.diagnostics, entry->key->position, "`unit`");
  Unit unit;
  unit.id = reader.text("id", yaml::Presence::required).value_or("");
  unit.name = reader.text("name").value_or("");
  const MapEntry* kind = reader.entry("kind");
  unit.kind = reader.text("kind").value_or("");
  reader.finish({"id", "name", "kind"});
  if (kind != nullptr && !unit.kind.empty()) {
    rubric::UnitKindName understood = rubric::read_unit_kind(unit.kind);
    if (understood.ambiguous) {
      c.diagnostics.note(kind->value->position, "ambiguous-unit-kind",
                         rubric::ambiguous_kind_message(util::trim_spaces(unit.kind), understood.code));
    }
    unit.kind = understood.code;
  }
  if (check_kind && kind != nullptr) {
    if (std::optional<Warning> warning = check_unit_kind(unit.kind, kind->value->position, c.rubric)) {
      c.assessment.warnings.push_back(std::move(*warning));
    }
  }
  return unit;
}

// A date value; bad-date when it is not YYYY-MM-DD.
std::optional<util::Date> read_date(const MapEntry& entry, Context& c) {
  if (entry.value->is_null()) {
    return std::nullopt;
  }
  if (!entry.value->is_scalar()) {
    yaml::report_wrong_type(c.diagnostics, entry, "a date");
    return std::nullopt;
  }
  std::optional<util::Date> date = util::parse_date(util::trim_spaces(entry.value->value));
  if (!date) {
    c.diagnostics.error(entry.value->position, "bad-date",
                        fmt::format("`{}` is not a date", entry.value->value),
                        "write YYYY-MM-DD, as in 2025-06-30");
  }
  return date;
}

void read_period(yaml::MapReader& root, Context& c) {
  const MapEntry* entry = root.entry("period");
  if (entry == nullptr || entry->value->is_null()) {
    return;
  }
  if (!entry->value->is_scalar()) {
    yaml::report_wrong_type(c.diagnostics, *entry, "a period such as 2025-06");
    return;
  }
  util::PeriodParse parsed = util::parse_period(entry->value->value);
  if (!parsed.period) {
    c.diagnostics.error(entry->value->position, "bad-period", parsed.message, parsed.hint);
    return;
  }
  c.assessment.period = parsed.period;
  c.assessment.period_position = entry->value->position;
}

void read_title(yaml::MapReader& root, Context& c) {
  const MapEntry* entry = root.entry("title");
  if (entry == nullptr || entry->value->is_null()) {
    return;
  }
  if (!entry->value->is_map()) {
    yaml::report_wrong_type(c.diagnostics, *entry, "a map with `named_on`");
    return;
  }
  yaml::MapReader reader(*entry->value, c.diagnostics, entry->key->position, "`title`");
  if (const MapEntry* named_on = reader.entry("named_on", yaml::Presence::required)) {
    c.assessment.title_named_on = read_date(*named_on, c);
    c.assessment.title_named_on_position = yaml::value_position(*named_on);
  }
  reader.finish({"named_on"});
}

void read_evidence_root(yaml::MapReader& root, Context& c) {
  const MapEntry* entry = root.entry("evidence_root");
  if (entry == nullptr || entry->value->is_null()) {
    return;
  }
  if (!entry->value->is_scalar()) {
    yaml::report_wrong_type(c.diagnostics, *entry, "a text");
    return;
  }
  std::optional<std::string> inside = util::normalize_relative_path(entry->value->value);
  if (!inside) {
    c.diagnostics.error(
        entry->value->position, "evidence-root-outside",
        fmt::format("`evidence_root` `{}` is not inside the assessment's folder",
                    entry->value->value),
        "give a relative path that stays inside this file's folder, such as `evidence`");
    return;
  }
  c.assessment.evidence_root = *inside;
}

// Reads the answers; with `skip` they are only marked as known keys.
void read_sections(yaml::MapReader& root, Context& c, bool skip) {
  const MapEntry* prerequisites = root.entry("prerequisites");
  const MapEntry* responses = root.entry("responses");
  const MapEntry* adjustments = root.entry("adjustments");
  if (skip) {
    return;
  }
  if (prerequisites != nullptr) {
    read_prerequisites(*prerequisites, c.rubric, c.diagnostics, c.assessment.prerequisites);
  }
  if (responses != nullptr) {
    c.assessment.responses.reserve(c.rubric.tree_size().clauses);
    read_responses(*responses, c.rubric, c.diagnostics, c.assessment.responses, c.assessment.warnings);
  }
  if (adjustments != nullptr) {
    read_adjustments(*adjustments, c.rubric, c.diagnostics, c.assessment.adjustments);
  }
}

// Everything after `schema` and `rubric`; the answers only when the file names
// the rubric it is read against.
void read_body(yaml::MapReader& root, Context& c, bool same_rubric, LoadResult& result) {
  result.unit = read_unit(root, c, same_rubric);
  if (result.unit) {
    c.assessment.unit = *result.unit;
  }
  if (const MapEntry* entry = root.entry("assessed_on")) {
    c.assessment.assessed_on = read_date(*entry, c);
  }
  c.assessment.assessor = root.text("assessor").value_or("");
  read_period(root, c);
  read_title(root, c);
  read_evidence_root(root, c);
  read_sections(root, c, !same_rubric);
  root.finish({"schema", "rubric", "unit", "assessed_on", "assessor", "period", "title", "evidence_root",
               "prerequisites", "responses", "adjustments"});
}

}  // namespace

std::optional<RubricRef> peek_rubric(const yaml::Input& input) {
  if (!input.document || input.document->root == nullptr || !input.document->root->is_map()) {
    return std::nullopt;
  }
  const MapEntry* entry = input.document->root->find("rubric");
  if (entry == nullptr || !entry->value->is_scalar()) {
    return std::nullopt;
  }
  RubricRef ref = split_rubric_ref(entry->value->value, entry->value->position);
  if (ref.id.empty()) {
    return std::nullopt;
  }
  if (ref.version && ref.version->empty()) {
    ref.version.reset();  // `id@`: the full load reports it
  }
  return ref;
}

LoadResult load(const yaml::Input& input, const rubric::Rubric& rubric, std::string source,
                std::string base_directory) {
  LoadResult result;
  result.diagnostics = input.diagnostics;
  if (!input.document || input.document->root == nullptr || !input.source) {
    diag::sort_diagnostics(result.diagnostics);
    return result;
  }
  diag::DiagnosticList diagnostics(*input.source);
  const Node& root = *input.document->root;
  if (!root.is_map()) {
    diagnostics.error(root.is_null() ? diag::Position{1, 1} : root.position, "wrong-type",
                      fmt::format("an assessment must be a map, not {}", yaml::describe(root)),
                      fmt::format("start with `schema: {}`", k_assessment_schema));
  } else {
    Assessment assessment;
    assessment.source = std::move(source);
    assessment.base_directory = std::move(base_directory);
    Context c{rubric, diagnostics, assessment};
    yaml::MapReader reader(root, diagnostics, diag::Position{1, 1}, "the assessment");
    bool is_assessment = read_schema(reader, c);
    bool same_rubric = is_assessment && read_rubric_ref(reader, c);
    if (is_assessment) {
      read_body(reader, c, same_rubric, result);
    }
    result.warnings = assessment.warnings;
    if (!diagnostics.has_errors() && !diag::has_errors(input.diagnostics)) {
      result.assessment = std::move(assessment);
    }
  }
  for (diag::Diagnostic& d : diagnostics.items()) {
    result.diagnostics.push_back(std::move(d));
  }
  diag::sort_diagnostics(result.diagnostics);
  return result;
}

}  // namespace cepin::assessment
