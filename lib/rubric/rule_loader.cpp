#include "rubric/rule_loader.hpp"

#include "rubric/rule_reader.hpp"

#include <fmt/format.h>

#include "util/suggest.hpp"
#include "util/text.hpp"

namespace cepin::rubric::detail {

bool RuleReader::read_levels(MapReader& reader, Rule& rule) {
  const MapEntry* entry = reader.entry("levels", Presence::required);
  if (entry == nullptr) {
    return false;
  }
  if (!entry->value->is_map() || entry->value->entries.empty()) {
    if (entry->value->is_map()) {
      context.diagnostics.error(entry->value->position, "empty-node", "`levels` lists no level",
                                "write `levels: {优秀: 4, 良好: 3, 一般: 1}`");
    } else {
      yaml::report_wrong_type(context.diagnostics, *entry, "a map of level → points");
    }
    return false;
  }
  bool ok = true;
  std::optional<Decimal> best;
  for (const MapEntry& level : entry->value->entries) {
    if (!level.key->is_scalar()) {
      context.diagnostics.error(level.key->position, "wrong-type", "a level's label must be a text");
      ok = false;
      continue;
    }
    if (!level.value->is_scalar()) {
      yaml::report_wrong_type(context.diagnostics, level, "a number");
      ok = false;
      continue;
    }
    std::optional<Decimal> value = yaml::read_decimal(*level.value, level.value->position, context.diagnostics);
    diag::Position at = level.value->position;
    if (!value || !check_sign(context, *value, Sign::non_negative, at, level.key->value) ||
        !check_grid(context, *value, at, level.key->value) ||
        !check_not_above(*value, at, fmt::format("level `{}`", level.key->value))) {
      ok = false;
      continue;
    }
    rule.levels.push_back(Level{level.key->value, *value});
    best = best ? util::max(*best, *value) : *value;
  }
  if (ok && best) {
    check_reachable(*best, entry->key->position, "the best level");
  }
  return ok;
}

bool RuleReader::read_checklist(MapReader& reader, Rule& rule) {
  const MapEntry* entry = reader.entry("elements", Presence::required);
  const MapEntry* tiers_entry = reader.entry("tiers");
  if (entry == nullptr) {
    return false;
  }
  if (!entry->value->is_sequence() || entry->value->items.empty()) {
    if (entry->value->is_sequence() || entry->value->is_null()) {
      context.diagnostics.error(yaml::value_position(*entry), "empty-node", "`elements` lists no element",
                                "list the elements: `elements: [计划, 方案, 总结]`");
    } else {
      yaml::report_wrong_type(context.diagnostics, *entry, "a list of elements");
    }
    return false;
  }
  bool ok = true;
  rule.weighted = entry->value->items.front()->is_map();
  std::map<std::string, diag::Position> labels;
  Decimal sum;
  for (const yaml::Node* item : entry->value->items) {
    Element element;
    diag::Position label_at = item->position;
    if (rule.weighted != item->is_map() || !(item->is_map() || item->is_scalar())) {
      context.diagnostics.error(item->position, "wrong-type",
                                rule.weighted ? "this element must be a map `{label: …, points: …}` like the first"
                                              : "this element must be a label like the first",
                                "elements are all labels (equal shares) or all `{label, points}` maps");
      ok = false;
      continue;
    }
    if (rule.weighted) {
      MapReader element_reader(*item, context.diagnostics, first_key_position(*item), "a checklist element");
      std::optional<std::string> label = element_reader.text("label", Presence::required);
      std::optional<Decimal> value = read_points(element_reader, "points", "this element");
      element_reader.finish();
      if (!label || !value) {
        ok = false;
        continue;
      }
      label_at = value_at(*item, "label", item->position);
      element.label = *label;
      element.points = *value;
      sum += *value;
    } else {
      element.label = item->value;
    }
    auto [it, inserted] = labels.emplace(element.label, label_at);
    if (!inserted) {
      context.diagnostics.error(label_at, "duplicate-label",
                                fmt::format("the element `{}` is already listed at {}:{}", element.label,
                                            it->second.line, it->second.column));
      ok = false;
      continue;
    }
    rule.elements.push_back(std::move(element));
  }
  if (tiers_entry != nullptr) {
    TierKind kind = TierKind::min;
    std::optional<std::vector<Tier>> tiers = read_tiers(*tiers_entry, TierUse::count, kind);
    if (!tiers) {
      return false;
    }
    rule.tiers = *tiers;
    if (!ok) {
      return false;
    }
    const yaml::Node* first = tiers_entry->value->items.front();
    if (rule.tiers.front().bound > Decimal::from_int(static_cast<int64_t>(rule.elements.size()))) {
      context.diagnostics.error(value_at(*first, "min", first->position), "unreachable-full-marks",
                                fmt::format("the best tier needs {} elements met, but the checklist has {}",
                                            rule.tiers.front().bound.to_string(), rule.elements.size()));
      return false;
    }
    check_reachable(rule.tiers.front().points, tiers_entry->key->position, "the best tier");
    return true;
  }
  if (ok && rule.weighted) {
    check_reachable(sum, entry->key->position, "the sum of the elements");
  }
  return ok;
}

bool RuleReader::read_parameters(MapReader& reader, Rule& rule) {
  switch (rule.type) {
    case RuleType::check:
      reader.finish({"type"});
      return true;
    case RuleType::manual:
      return read_manual_rule(reader, rule);
    case RuleType::levels:
      return read_levels_rule(reader, rule);
    case RuleType::tiers:
      return read_tiers_rule(reader, rule);
    case RuleType::linear:
      return read_linear_rule(reader, rule);
    case RuleType::shortfall:
      return read_shortfall_rule(reader, rule);
    case RuleType::deduct:
      return read_deduct_rule(reader, rule);
    case RuleType::count:
      return read_count_rule(reader, rule);
    case RuleType::checklist:
      return read_checklist_rule(reader, rule);
  }
  return false;
}

// `manual`: an optional positive `step` that divides the clause's points.
bool RuleReader::read_manual_rule(MapReader& reader, Rule& rule) {
  std::optional<Decimal> step = read_positive(reader, "step", Presence::optional, Grid::checked, "step-not-positive");
  reader.finish({"type", "step"});
  if (reader.map().find("step") != nullptr && !reader.map().find("step")->value->is_null() && !step) {
    return false;
  }
  if (step && points && !points->is_multiple_of(*step)) {
    context.diagnostics.error(value_at(reader.map(), "step", {1, 1}), "unreachable-full-marks",
                              fmt::format("the clause's {} points are not a multiple of `step` {}",
                                          points->to_string(), step->to_string()));
    return false;
  }
  rule.manual_step = step;
  return true;
}

// `levels`: label → points.
bool RuleReader::read_levels_rule(MapReader& reader, Rule& rule) {
  bool ok = read_levels(reader, rule);
  reader.finish({"type", "levels"});
  return ok;
}

// `tiers`: a tier list over the response value; the best tier earns full marks.
bool RuleReader::read_tiers_rule(MapReader& reader, Rule& rule) {
  const MapEntry* entry = reader.entry("tiers", Presence::required);
  reader.finish({"type", "tiers"});
  if (entry == nullptr) {
    return false;
  }
  std::optional<std::vector<Tier>> tiers = read_tiers(*entry, TierUse::value, rule.tier_kind);
  if (!tiers) {
    return false;
  }
  rule.tiers = *tiers;
  check_reachable(rule.tiers.front().points, entry->key->position, "the best tier");
  return true;
}

// `linear`: `from` (worth 0) and `to` (full marks), different.
bool RuleReader::read_linear_rule(MapReader& reader, Rule& rule) {
  std::optional<Decimal> from = reader.decimal("from", Presence::required, util::AllowPercent::yes);
  std::optional<Decimal> to = reader.decimal("to", Presence::required, util::AllowPercent::yes);
  reader.finish({"type", "from", "to"});
  if (!from || !to) {
    return false;
  }
  if (*from == *to) {
    context.diagnostics.error(value_at(reader.map(), "to", {1, 1}), "from-equals-to",
                              fmt::format("`from` and `to` are both {}", from->to_string()),
                              "a linear rule needs a range: `from` is worth 0, `to` full marks");
    return false;
  }
  rule.from = *from;
  rule.to = *to;
  return true;
}

// `shortfall`: `target`, a positive `per`, an optional positive `step` and
// `whole_steps`.
bool RuleReader::read_shortfall_rule(MapReader& reader, Rule& rule) {
  std::optional<Decimal> target = reader.decimal("target", Presence::required, util::AllowPercent::yes);
  std::optional<Decimal> per = read_positive(reader, "per", Presence::required, Grid::unchecked, "per-not-positive");
  std::optional<Decimal> step = read_positive(reader, "step", Presence::optional, Grid::unchecked,
                                              "step-not-positive", util::AllowPercent::yes);
  const MapEntry* step_entry = reader.map().find("step");
  std::optional<bool> whole = reader.boolean("whole_steps");
  const MapEntry* whole_entry = reader.map().find("whole_steps");
  reader.finish({"type", "target", "per", "step", "whole_steps"});
  if (!target || !per || (step_entry != nullptr && !step_entry->value->is_null() && !step) ||
      (whole_entry != nullptr && !whole_entry->value->is_null() && !whole)) {
    return false;
  }
  rule.target = *target;
  rule.per = *per;
  if (step) {
    rule.step = *step;
  }
  rule.whole_steps = whole.value_or(false);
  return true;
}

// `deduct`: a positive `per` and an optional `floor` not above the points.
bool RuleReader::read_deduct_rule(MapReader& reader, Rule& rule) {
  std::optional<Decimal> per = read_positive(reader, "per", Presence::required, Grid::unchecked, "per-not-positive");
  std::optional<Decimal> floor =
      read_constant(reader, context, "floor", Presence::optional, Sign::non_negative, Grid::checked);
  const MapEntry* floor_entry = reader.map().find("floor");
  reader.finish({"type", "per", "floor"});
  if (!per || (floor_entry != nullptr && !floor_entry->value->is_null() && !floor)) {
    return false;
  }
  if (floor && !check_not_above(*floor, yaml::value_position(*floor_entry), "`floor`")) {
    return false;
  }
  rule.per = *per;
  rule.floor = floor.value_or(Decimal());
  return true;
}

// `count`: a positive `per` and an optional `min`, a whole count of at least
// 1 below which the clause scores 0 ("每年不少于4次").
bool RuleReader::read_count_rule(MapReader& reader, Rule& rule) {
  std::optional<Decimal> per = read_positive(reader, "per", Presence::required, Grid::unchecked, "per-not-positive");
  const MapEntry* min_entry = reader.map().find("min");
  std::optional<int64_t> min = reader.count("min");
  reader.finish({"type", "per", "min"});
  bool min_ok = min_entry == nullptr || min_entry->value->is_null() || min;
  if (min && *min == 0) {
    context.diagnostics.error(min_entry->value->position, "bad-value", "`min` of a count rule must be at least 1",
                              "a count needs no minimum to score from 0: delete `min`");
    min_ok = false;
  }
  if (!per || !min_ok) {
    return false;
  }
  rule.per = *per;
  rule.min_count = min;
  return true;
}

// `checklist`: `elements` and optional `tiers` over the number met.
bool RuleReader::read_checklist_rule(MapReader& reader, Rule& rule) {
  bool ok = read_checklist(reader, rule);
  reader.finish({"type", "elements", "tiers"});
  return ok;
}

namespace {

void report_unknown_type(Context& context, diag::Position at, const std::string& word) {
  std::vector<std::string> names = rule_type_names();
  std::string hint = util::did_you_mean(word, names);
  if (hint.empty()) {
    hint = fmt::format("rule types are {} and {}", util::join({names.begin(), names.end() - 1}), names.back());
  }
  context.diagnostics.error(at, "bad-value", fmt::format("unknown rule type `{}`", word), hint);
}

}  // namespace

std::optional<Rule> read_rule(MapReader& clause, Context& context, std::optional<Decimal> points,
                              const std::string& clause_id) {
  const MapEntry* entry = clause.entry("rule", Presence::required);
  if (entry == nullptr) {
    return std::nullopt;
  }
  const yaml::Node& value = *entry->value;
  Rule rule;
  if (value.is_scalar()) {
    std::optional<RuleType> type = parse_rule_type(value.value);
    if (!type) {
      report_unknown_type(context, value.position, value.value);
      return std::nullopt;
    }
    if (*type != RuleType::check && *type != RuleType::manual) {
      context.diagnostics.error(value.position, "bad-value",
                                fmt::format("a `{}` rule needs parameters", value.value),
                                fmt::format("write `rule: {{type: {}, …}}`", value.value));
      return std::nullopt;
    }
    rule.type = *type;
    return rule;
  }
  if (!value.is_map()) {
    yaml::report_wrong_type(context.diagnostics, *entry, "a rule word (`check`, `manual`) or a map with `type`");
    return std::nullopt;
  }
  RuleReader reader{context, points, clause_id};
  MapReader map(value, context.diagnostics, entry->key->position, fmt::format("the rule of clause {}", clause_id));
  std::optional<std::string> type_word = map.text("type", Presence::required);
  if (!type_word) {
    return std::nullopt;  // the parameters can't be judged without the type
  }
  std::optional<RuleType> type = parse_rule_type(*type_word);
  if (!type) {
    report_unknown_type(context, value_at(value, "type", value.position), *type_word);
    return std::nullopt;
  }
  rule.type = *type;
  if (!reader.read_parameters(map, rule)) {
    return std::nullopt;
  }
  return rule;
}

}  // namespace cepin::rubric::detail
