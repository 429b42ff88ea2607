#include "rubric/loader.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "rubric/checks.hpp"
#include "rubric/context.hpp"
#include "rubric/fields.hpp"
#include "rubric/ids.hpp"
#include "rubric/tree_loader.hpp"
#include "rubric/unit_kind.hpp"
#include "util/utf8.hpp"
#include "util/suggest.hpp"

namespace cepin::rubric {

namespace {

using detail::Context;
using detail::Grid;
using detail::Sign;
using yaml::MapEntry;
using yaml::MapReader;
using yaml::Presence;

constexpr const char* k_assessment_schema = "cepin/assessment/1";

const std::initializer_list<std::string_view> k_root_keys = {
    "schema",    "id",          "title",     "version",         "issuer",    "lang",
    "applies_to", "total",      "threshold", "precision",       "normalize", "evidence_policy",
    "bonus_cap", "penalty_cap", "validity_years", "grades",     "prerequisites", "categories",
    "adjustments"};

// Reads `schema`; false when it names something that is not a rubric (the
// rest of the file is then not checked, to avoid a flood of mismatches).
bool read_schema(MapReader& root, Context& context) {
  std::optional<std::string> schema = root.text("schema", Presence::required);
  if (!schema || *schema == k_rubric_schema) {
    return true;
  }
  std::string hint;
  if (*schema == k_assessment_schema) {
    hint = "this is an assessment: score it against a rubric with `cepin score`";
  } else {
    hint = util::did_you_mean(*schema, {k_rubric_schema});
    if (hint.empty()) {
      hint = fmt::format("a rubric starts with `schema: {}`", k_rubric_schema);
    }
  }
  context.diagnostics.error(detail::value_at(root.map(), "schema", {1, 1}), "unknown-schema",
                            fmt::format("`{}` is not a rubric schema", *schema), hint);
  return false;
}

void read_precision(MapReader& root, Context& context, Rubric& rubric) {
  const MapEntry* entry = root.map().find("precision");
  std::optional<Decimal> step = root.decimal("precision");
  if (entry == nullptr || entry->value->is_null()) {
    return;
  }
  if (!step) {
    context.precision.reset();
    return;
  }
  int digits = util::precision_digits(*step);
  if (digits < 0) {
    context.diagnostics.error(entry->value->position, "bad-precision",
                              fmt::format("`precision` must be a power of ten from 1 to 0.000001, not {}",
                                          step->to_string()),
                              "write 1, 0.1, 0.01, … (the grid every score is rounded to)");
    context.precision.reset();
    return;
  }
  rubric.precision_digits = digits;
  context.precision = *step;
}

// Reads an optional text that must be one of `choices` (bad-value otherwise).
std::optional<std::string> read_choice(MapReader& root, Context& context, std::string_view key,
                                       const std::vector<std::string>& choices,
                                       Presence presence = Presence::optional) {
  std::optional<std::string> value = root.text(key, presence);
  if (!value || std::find(choices.begin(), choices.end(), *value) != choices.end()) {
    return value;
  }
  std::string hint = util::did_you_mean(*value, choices);
  if (hint.empty()) {
    hint = "use one of: " + fmt::format("{}", fmt::join(choices, ", "));
  }
  std::string listed = choices.front();
  for (std::size_t i = 1; i < choices.size(); ++i) {
    listed += (i + 1 == choices.size() ? " or " : ", ") + choices[i];
  }
  context.diagnostics.error(detail::value_at(root.map(), key, {1, 1}), "bad-value",
                            fmt::format("`{}` must be {}, not `{}`", key, listed, *value), hint);
  return std::nullopt;
}

void read_applies_to(MapReader& root, Context& context, Rubric& rubric) {
  const MapEntry* entry = root.entry("applies_to");
  if (entry == nullptr || entry->value->is_null()) {
    return;
  }
  if (!entry->value->is_sequence()) {
    yaml::report_wrong_type(context.diagnostics, *entry, "a list of unit kinds");
    return;
  }
  for (const yaml::Node* item : entry->value->items) {
    if (!item->is_scalar()) {
      context.diagnostics.error(item->position, "wrong-type",
                                fmt::format("a unit kind must be a text, not {}", describe(*item)));
      continue;
    }
    UnitKindName kind = read_unit_kind(item->value);
    if (kind.ambiguous) {
      context.diagnostics.note(item->position, "ambiguous-unit-kind",
                               ambiguous_kind_message(util::trim_spaces(item->value), kind.code));
    }
    rubric.applies_to.push_back(std::move(kind.code));
  }
}

void read_grades(MapReader& root, Context& context, Rubric& rubric) {
  const MapEntry* entry = root.entry("grades");
  if (entry == nullptr) {
    return;
  }
  std::optional<Grade> previous;
  detail::for_each_map(context, *entry, "grade", detail::AllowEmpty::yes, [&](const yaml::Node& map) {
    MapReader reader(map, context.diagnostics, detail::first_key_position(map), "a grade");
    std::optional<Decimal> min =
        detail::read_constant(reader, context, "min", Presence::required, Sign::non_negative, Grid::checked);
    std::optional<std::string> label = reader.text("label", Presence::required);
    reader.finish();
    if (!min || !label) {
      previous.reset();
      return;
    }
    Grade grade{*min, *label};
    if (previous && !(grade.min < previous->min)) {
      context.diagnostics.error(detail::value_at(map, "min", map.position), "grades-order",
                                fmt::format("grade `{}` has `min` {}, not below the grade before it ({})",
                                            grade.label, grade.min.to_string(), previous->min.to_string()),
                                "list grades from the highest `min` down");
    }
    previous = grade;
    rubric.grades.push_back(std::move(grade));
  });
}

void read_prerequisites(const MapEntry& entry, Context& context, Rubric& rubric) {
  detail::for_each_map(context, entry, "prerequisite", detail::AllowEmpty::yes, [&](const yaml::Node& map) {
    MapReader reader(map, context.diagnostics, detail::first_key_position(map), "a prerequisite");
    Prerequisite prerequisite;
    prerequisite.position = detail::key_at(map, "id", detail::first_key_position(map));
    prerequisite.id = detail::read_entry_id(reader, context).value_or("");
    prerequisite.text = reader.text("text", Presence::required).value_or("");
    prerequisite.evidence = detail::read_evidence(reader, context).value_or(EvidenceRequirement{});
    reader.finish();
    rubric.prerequisites.push_back(std::move(prerequisite));
  });
}

void read_adjustment(const yaml::Node& map, Context& context, Rubric& rubric) {
  MapReader reader(map, context.diagnostics, detail::first_key_position(map), "an adjustment");
  Adjustment adjustment;
  adjustment.position = detail::key_at(map, "id", detail::first_key_position(map));
  adjustment.id = detail::read_entry_id(reader, context).value_or("");
  std::optional<std::string> kind =
      read_choice(reader, context, "kind", {"bonus", "penalty", "veto"}, Presence::required);
  adjustment.text = reader.text("text", Presence::required).value_or("");
  if (kind == "bonus" || kind == "penalty") {
    adjustment.kind = *kind == "bonus" ? AdjustmentKind::bonus : AdjustmentKind::penalty;
    std::optional<Decimal> per = reader.decimal("per", Presence::required);
    diag::Position per_at = detail::value_at(map, "per", {1, 1});
    if (per && !(*per > Decimal())) {
      context.diagnostics.error(per_at, "per-not-positive",
                                fmt::format("`per` must be above 0, not {}", per->to_string()));
    } else if (per && detail::check_grid(context, *per, per_at, "per")) {
      adjustment.per = *per;
    }
    adjustment.cap = detail::read_constant(reader, context, "cap", Presence::optional, Sign::positive, Grid::checked);
    if (adjustment.kind == AdjustmentKind::bonus) {
      adjustment.evidence = detail::read_evidence(reader, context).value_or(EvidenceRequirement{});
    }
  } else if (kind == "veto") {
    adjustment.kind = AdjustmentKind::veto;
    for (std::string_view key : {"per", "cap"}) {
      if (const MapEntry* entry = reader.entry(key)) {
        context.diagnostics.error(entry->key->position, "key-not-allowed",
                                  fmt::format("a veto entry takes no `{}`", key),
                                  "a veto counts no points: remove the key, or make the entry a penalty");
      }
    }
  } else {
    // Unknown kind: the other keys can't be judged; mark them known.
    for (std::string_view key : {"per", "cap", "evidence"}) {
      reader.entry(key);
    }
  }
  if (kind == "penalty" || kind == "veto") {
    if (const MapEntry* entry = reader.entry("evidence")) {
      context.diagnostics.error(entry->key->position, "key-not-allowed",
                                fmt::format("a {} entry takes no `evidence`", *kind),
                                "penalties and vetoes never require evidence");
    }
  }
  reader.finish({"id", "kind", "text", "per", "cap", "evidence"});
  rubric.adjustments.push_back(std::move(adjustment));
}

// Reads the whole rubric into `rubric`; the caller catches DecimalOverflow.
void read_rubric(const yaml::Node& root_map, Context& context, Rubric& rubric) {
  MapReader root(root_map, context.diagnostics, {1, 1}, "the rubric");
  if (!read_schema(root, context)) {
    return;
  }
  read_precision(root, context, rubric);
  if (std::optional<std::string> id = root.text("id", Presence::required)) {
    if (detail::is_rubric_id(*id)) {
      rubric.id = *id;
    } else {
      context.diagnostics.error(detail::value_at(root_map, "id", {1, 1}), "bad-id",
                                fmt::format("`{}` is not a valid rubric id", *id),
                                "a rubric id uses lower-case letters, digits, `.`, `_` and `-`, like `neac-county-2020`");
    }
  }
  rubric.title = root.text("title", Presence::required).value_or("");
  rubric.version = root.text("version");
  rubric.issuer = root.text("issuer").value_or("");
  rubric.lang = read_choice(root, context, "lang", {"zh", "en"}).value_or("zh");
  read_applies_to(root, context, rubric);
  std::optional<Decimal> total =
      detail::read_constant(root, context, "total", Presence::required, Sign::positive, Grid::checked);
  std::optional<Decimal> threshold =
      detail::read_constant(root, context, "threshold", Presence::required, Sign::non_negative, Grid::checked);
  rubric.normalize = root.boolean("normalize").value_or(false);
  rubric.evidence_policy = read_choice(root, context, "evidence_policy", {"warn", "zero"}).value_or("warn") == "zero"
                               ? EvidencePolicy::zero
                               : EvidencePolicy::warn;
  const MapEntry* bonus_entry = root_map.find("bonus_cap");
  rubric.bonus_cap =
      detail::read_constant(root, context, "bonus_cap", Presence::optional, Sign::non_negative, Grid::checked);
  bool bonus_known = bonus_entry == nullptr || bonus_entry->value->is_null() || rubric.bonus_cap;
  rubric.penalty_cap =
      detail::read_constant(root, context, "penalty_cap", Presence::optional, Sign::non_negative, Grid::checked);
  if (std::optional<int64_t> years = root.count("validity_years")) {
    if (*years == 0) {
      context.diagnostics.error(detail::value_at(root_map, "validity_years", {1, 1}), "bad-value",
                                "`validity_years` must be at least 1");
    } else {
      rubric.validity_years = static_cast<int>(*years);
    }
  }
  read_grades(root, context, rubric);

  // The id lists are read in file order, so a duplicate id is reported at the later one.
  std::vector<std::pair<const MapEntry*, int>> sections;
  const MapEntry* prerequisites = root.entry("prerequisites");
  const MapEntry* categories = root.entry("categories");
  const MapEntry* adjustments = root.entry("adjustments");
  for (auto [entry, which] : {std::pair{prerequisites, 0}, std::pair{categories, 1}, std::pair{adjustments, 2}}) {
    if (entry != nullptr || which == 1) {
      sections.emplace_back(entry, which);
    }
  }
  std::stable_sort(sections.begin(), sections.end(), [](const auto& a, const auto& b) {
    auto pos = [](const MapEntry* e) {
      return e == nullptr ? std::pair{1 << 30, 0} : std::pair{e->key->position.line, e->key->position.column};
    };
    return pos(a.first) < pos(b.first);
  });
  bool tree_known = false;
  std::size_t adjustments_before = context.diagnostics.items().size();
  bool adjustments_ok = true;
  for (auto [entry, which] : sections) {
    if (which == 0) {
      read_prerequisites(*entry, context, rubric);
    } else if (which == 1) {
      tree_known = detail::read_categories(root, context, rubric.categories);
    } else {
      adjustments_before = context.diagnostics.items().size();
      detail::for_each_map(context, *entry, "adjustment", detail::AllowEmpty::yes,
                           [&](const yaml::Node& map) { read_adjustment(map, context, rubric); });
      adjustments_ok = context.diagnostics.items().size() == adjustments_before;
    }
  }
  root.finish(k_root_keys);

  diag::Position total_at = detail::key_at(root_map, "total", {1, 1});
  if (total && tree_known) {
    detail::check_total(context, *total, rubric.categories, total_at);
  }
  if (total && threshold && bonus_known && adjustments_ok) {
    detail::check_threshold(context, *threshold, *total, rubric.bonus_cap, rubric.adjustments,
                            detail::key_at(root_map, "threshold", {1, 1}));
  }
  rubric.total = total.value_or(Decimal());
  rubric.threshold = threshold.value_or(Decimal());
}

}  // namespace

LoadResult load(const yaml::Input& input) {
  LoadResult result;
  if (!input.source) {
    return result;
  }
  diag::DiagnosticList diagnostics(*input.source);
  for (const diag::Diagnostic& d : input.diagnostics) {
    diagnostics.add(d);
  }
  if (input.document == nullptr || input.document->root == nullptr) {
    result.diagnostics = diagnostics.take();
    return result;
  }
  const yaml::Node& root = *input.document->root;
  auto rubric = std::make_shared<Rubric>();
  rubric->path = input.source->path();
  if (!root.is_map()) {
    diagnostics.error(root.position, "wrong-type",
                      fmt::format("a rubric must be a map of keys, not {}", describe(root)),
                      fmt::format("start with `schema: {}`", k_rubric_schema));
  } else {
    Context context{diagnostics, util::precision_step(2), {}};
    try {
      read_rubric(root, context, *rubric);
    } catch (const util::DecimalOverflow&) {
      diagnostics.error({1, 1}, "decimal-overflow", "a number of the rubric is too large to compute with");
    } catch (const std::exception& error) {
      diagnostics.error({1, 1}, "internal-error", fmt::format("the rubric could not be read ({})", error.what()));
    }
  }
  if (!diagnostics.has_errors()) {
    rubric->build_index();
    result.rubric = std::move(rubric);
  }
  result.diagnostics = diagnostics.take();
  return result;
}

LoadResult load_from_bytes(std::string path, std::string bytes) {
  yaml::Input input = yaml::parse_input(std::move(path), std::move(bytes));
  return load(input);
}

Header peek_header(const yaml::Input& input) {
  Header header;
  if (input.document == nullptr || input.document->root == nullptr || !input.document->root->is_map()) {
    return header;
  }
  const yaml::Node& root = *input.document->root;
  if (const MapEntry* schema = root.find("schema"); schema != nullptr && schema->value->is_scalar()) {
    header.schema = schema->value->value;
  }
  if (const MapEntry* id = root.find("id"); id != nullptr && id->value->is_scalar()) {
    header.id = id->value->value;
  }
  return header;
}

}  // namespace cepin::rubric
