#include "rubric/context.hpp"

#include <fmt/format.h>

namespace cepin::rubric::detail {

bool check_grid(Context& context, Decimal value, diag::Position at, std::string_view key) {
  if (!context.precision || value.is_multiple_of(*context.precision)) {
    return true;
  }
  std::string step = context.precision->to_string();
  context.diagnostics.error(at, "off-grid",
                            fmt::format("`{}` is {}, not a multiple of the precision {}", key, value.to_string(), step),
                            fmt::format("round it to {}, or set a finer `precision`", step));
  return false;
}

bool check_sign(Context& context, Decimal value, Sign sign, diag::Position at, std::string_view key) {
  if (sign == Sign::positive && !(value > Decimal())) {
    context.diagnostics.error(at, "bad-value", fmt::format("`{}` must be above 0, not {}", key, value.to_string()));
    return false;
  }
  if (sign == Sign::non_negative && value.is_negative()) {
    context.diagnostics.error(at, "bad-value", fmt::format("`{}` must not be negative, not {}", key, value.to_string()));
    return false;
  }
  return true;
}

std::optional<Decimal> read_constant(yaml::MapReader& reader, Context& context, std::string_view key,
                                     yaml::Presence presence, Sign sign, Grid grid, util::AllowPercent percent) {
  std::optional<Decimal> value = reader.decimal(key, presence, percent);
  if (!value) {
    return std::nullopt;
  }
  diag::Position at = value_at(reader.map(), key, {1, 1});
  if (!check_sign(context, *value, sign, at, key)) {
    return std::nullopt;
  }
  if (grid == Grid::checked && !check_grid(context, *value, at, key)) {
    return std::nullopt;
  }
  return value;
}

diag::Position first_key_position(const yaml::Node& map) {
  return map.entries.empty() ? map.position : map.entries.front().key->position;
}

diag::Position value_at(const yaml::Node& map, std::string_view key, diag::Position fallback) {
  const yaml::MapEntry* entry = map.find(key);
  return entry == nullptr ? fallback : yaml::value_position(*entry);
}

diag::Position key_at(const yaml::Node& map, std::string_view key, diag::Position fallback) {
  const yaml::MapEntry* entry = map.find(key);
  return entry == nullptr ? fallback : entry->key->position;
}

}  // namespace cepin::rubric::detail
