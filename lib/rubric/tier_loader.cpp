// Reading tier lists: the `tiers` of a tiers rule and of a checklist.
#include <fmt/format.h>

#include "rubric/rule_reader.hpp"

namespace cepin::rubric::detail {

std::optional<std::vector<Tier>> RuleReader::read_tiers(const MapEntry& entry, TierUse use, TierKind& kind) {
  if (!check_tier_list(entry)) {
    return std::nullopt;
  }
  std::vector<Tier> tiers;
  bool ok = true;
  std::optional<TierKind> first_kind;
  std::optional<Tier> previous;  // the last tier read whole
  for (const yaml::Node* item : entry.value->items) {
    std::optional<Tier> tier = read_tier(*item, use, first_kind);
    if (!tier) {
      ok = false;
      previous.reset();
      continue;
    }
    // A tier read whole has a bound of the first tier's kind.
    if (previous && !check_tier_order(*item, *first_kind, *tier, *previous)) {
      ok = false;
    }
    previous = tier;
    tiers.push_back(*tier);
  }
  if (!ok) {
    return std::nullopt;
  }
  if (first_kind) {
    kind = *first_kind;
  }
  return tiers;
}

// Reports empty-node or wrong-type unless `tiers` is a non-empty list.
bool RuleReader::check_tier_list(const MapEntry& entry) {
  if (entry.value->is_sequence() && !entry.value->items.empty()) {
    return true;
  }
  if (entry.value->is_sequence() || entry.value->is_null()) {
    context.diagnostics.error(yaml::value_position(entry), "empty-node", "`tiers` lists no tier",
                              "add `- {min: …, points: …}` entries");
  } else {
    yaml::report_wrong_type(context.diagnostics, entry, "a list of tiers");
  }
  return false;
}

// One tier `{min|max: bound, points: p}`; null when anything was reported.
std::optional<Tier> RuleReader::read_tier(const yaml::Node& item, TierUse use,
                                          std::optional<TierKind>& first_kind) {
  if (!item.is_map()) {
    context.diagnostics.error(item.position, "wrong-type",
                              fmt::format("a tier must be a map like `{{min: 90, points: 3}}`, not {}",
                                          describe(item)));
    return std::nullopt;
  }
  MapReader reader(item, context.diagnostics, first_key_position(item), "a tier");
  std::optional<Decimal> bound = read_tier_bound(reader, item, use, first_kind);
  std::optional<Decimal> tier_points = read_points(reader, "points", "this tier");
  reader.finish(use == TierUse::value ? std::initializer_list<std::string_view>{"min", "max", "points"}
                                      : std::initializer_list<std::string_view>{"min", "points"});
  if (!bound || !tier_points) {
    return std::nullopt;
  }
  return Tier{*bound, *tier_points};
}

// A tier's bound: `min` (a whole number for TierUse::count) or `max` (values
// only). Reports tiers-mixed for both keys in one tier, or a kind other than
// `first_kind` (which the first tier with a bound key sets); null then.
std::optional<Decimal> RuleReader::read_tier_bound(MapReader& reader, const yaml::Node& item, TierUse use,
                                                   std::optional<TierKind>& first_kind) {
  const MapEntry* min = item.find("min");
  const MapEntry* max = use == TierUse::value ? item.find("max") : nullptr;
  if (min != nullptr && max != nullptr) {
    reader.entry("min");
    reader.entry("max");
    const MapEntry* second = min->key->position.line * 100000 + min->key->position.column <
                                     max->key->position.line * 100000 + max->key->position.column
                                 ? max
                                 : min;
    context.diagnostics.error(second->key->position, "tiers-mixed", "a tier has both `min` and `max`",
                              "use `min:` on every tier (higher is better) or `max:` on every tier (lower is better)");
    return std::nullopt;
  }
  TierKind this_kind = max != nullptr ? TierKind::max : TierKind::min;
  std::optional<Decimal> bound;
  if (max != nullptr) {
    bound = reader.decimal("max", Presence::required, util::AllowPercent::yes);
  } else if (use == TierUse::count) {
    std::optional<int64_t> n = reader.count("min", Presence::required);
    if (n) {
      bound = Decimal::from_int(*n);
    }
  } else {
    bound = reader.decimal("min", Presence::required, util::AllowPercent::yes);
  }
  if (min == nullptr && max == nullptr) {
    return bound;
  }
  if (!first_kind) {
    first_kind = this_kind;
  } else if (*first_kind != this_kind) {
    const MapEntry* key = this_kind == TierKind::max ? max : min;
    context.diagnostics.error(key->key->position, "tiers-mixed",
                              fmt::format("this tier uses `{}` but the first uses `{}`",
                                          this_kind == TierKind::max ? "max" : "min",
                                          this_kind == TierKind::max ? "min" : "max"),
                              "use `min:` on every tier (higher is better) or `max:` on every tier");
    return std::nullopt;
  }
  return bound;
}

// Reports tiers-order when `tier` is not better than `previous` by its bound,
// tiers-increasing when it earns more points.
bool RuleReader::check_tier_order(const yaml::Node& item, TierKind kind, const Tier& tier, const Tier& previous) {
  bool ordered = kind == TierKind::min ? tier.bound < previous.bound : tier.bound > previous.bound;
  if (!ordered) {
    context.diagnostics.error(value_at(item, kind == TierKind::min ? "min" : "max", item.position), "tiers-order",
                              kind == TierKind::min
                                  ? fmt::format("tier `min: {}` is not below the tier before it ({})",
                                                tier.bound.to_string(), previous.bound.to_string())
                                  : fmt::format("tier `max: {}` is not above the tier before it ({})",
                                                tier.bound.to_string(), previous.bound.to_string()),
                              kind == TierKind::min ? "list tiers from the highest `min` down"
                                                    : "list tiers from the lowest `max` up");
    return false;
  }
  if (tier.points > previous.points) {
    context.diagnostics.error(value_at(item, "points", item.position), "tiers-increasing",
                              fmt::format("this tier earns {}, more than the better tier before it ({})",
                                          tier.points.to_string(), previous.points.to_string()),
                              "a worse result must not earn more points");
    return false;
  }
  return true;
}

}  // namespace cepin::rubric::detail
