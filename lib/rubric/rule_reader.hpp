// The reader of one clause's rule, shared by the rule loader's files: the
// load's context plus the clause's points the parameters are checked against.
// Internal to lib/rubric.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rubric/context.hpp"
#include "rubric/model.hpp"

namespace cepin::rubric::detail {

using yaml::MapEntry;
using yaml::MapReader;
using yaml::Presence;

// What a tier list ranks: a response value (`tiers`) or the number of
// checklist elements met (checklist `tiers`).
enum class TierUse { value, count };

// The reading of one rule: the context plus what the checks compare against.
struct RuleReader {
  Context& context;
  std::optional<Decimal> points;  // the clause's points, if known
  const std::string& clause_id;

  // Reports points-above-clause when `value` exceeds the clause's points.
  bool check_not_above(Decimal value, diag::Position at, std::string_view what) {
    if (points && value > *points) {
      context.diagnostics.error(at, "points-above-clause",
                                fmt::format("{} is worth {}, more than the {} points of clause {}", what,
                                            value.to_string(), points->to_string(), clause_id));
      return false;
    }
    return true;
  }

  // Reports unreachable-full-marks when the rule's best outcome is below the points.
  void check_reachable(Decimal best, diag::Position at, std::string_view what) {
    if (points && best < *points) {
      context.diagnostics.error(at, "unreachable-full-marks",
                                fmt::format("{} earns at most {}, below the {} points of clause {}", what,
                                            best.to_string(), points->to_string(), clause_id),
                                "make the best outcome worth the clause's points, or lower `points`");
    }
  }

  // A positive parameter (`per`, `step`); `code` when it is 0 or negative.
  std::optional<Decimal> read_positive(MapReader& reader, std::string_view key, Presence presence, Grid grid,
                                       const char* code, util::AllowPercent percent = util::AllowPercent::no) {
    std::optional<Decimal> value = reader.decimal(key, presence, percent);
    if (!value) {
      return std::nullopt;
    }
    diag::Position at = value_at(reader.map(), key, {1, 1});
    if (!(*value > Decimal())) {
      context.diagnostics.error(at, code, fmt::format("`{}` must be above 0, not {}", key, value->to_string()));
      return std::nullopt;
    }
    if (grid == Grid::checked && !check_grid(context, *value, at, key)) {
      return std::nullopt;
    }
    return value;
  }

  // A points constant inside a rule: not negative, on the grid, not above the clause.
  std::optional<Decimal> read_points(MapReader& reader, std::string_view key, std::string_view what) {
    std::optional<Decimal> value = read_constant(reader, context, key, Presence::required, Sign::non_negative,
                                                 Grid::checked);
    if (value && !check_not_above(*value, value_at(reader.map(), key, {1, 1}), what)) {
      return std::nullopt;
    }
    return value;
  }

  // A tier list (`tiers` of a tiers rule or a checklist); `kind` is set to the
  // kind of its bounds. Null when anything was reported.
  std::optional<std::vector<Tier>> read_tiers(const MapEntry& entry, TierUse use, TierKind& kind);
  bool check_tier_list(const MapEntry& entry);
  std::optional<Tier> read_tier(const yaml::Node& item, TierUse use, std::optional<TierKind>& first_kind);
  std::optional<Decimal> read_tier_bound(MapReader& reader, const yaml::Node& item, TierUse use,
                                         std::optional<TierKind>& first_kind);
  bool check_tier_order(const yaml::Node& item, TierKind kind, const Tier& tier, const Tier& previous);

  bool read_levels(MapReader& reader, Rule& rule);
  bool read_checklist(MapReader& reader, Rule& rule);

  // The parameters of `rule.type`, one function per type; each finishes the
  // rule's map and returns false when anything was reported.
  bool read_parameters(MapReader& reader, Rule& rule);
  bool read_manual_rule(MapReader& reader, Rule& rule);
  bool read_levels_rule(MapReader& reader, Rule& rule);
  bool read_tiers_rule(MapReader& reader, Rule& rule);
  bool read_linear_rule(MapReader& reader, Rule& rule);
  bool read_shortfall_rule(MapReader& reader, Rule& rule);
  bool read_deduct_rule(MapReader& reader, Rule& rule);
  bool read_count_rule(MapReader& reader, Rule& rule);
  bool read_checklist_rule(MapReader& reader, Rule& rule);
};

}  // namespace cepin::rubric::detail
