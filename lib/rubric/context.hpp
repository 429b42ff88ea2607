// What the rubric loader's parts share while reading one file: the
// diagnostics, the precision grid and the ids seen so far.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "diag/source.hpp"
#include "util/decimal.hpp"
#include "yaml/reader.hpp"

namespace cepin::rubric::detail {

using util::Decimal;

// Which values a constant may take.
enum class Sign { positive, non_negative, any };

// Whether a constant adds into a score and so must lie on the precision grid.
enum class Grid { checked, unchecked };

// The state of one load.
struct Context {
  diag::DiagnosticList& diagnostics;
  // The precision step; null when `precision` itself was invalid, which turns
  // the grid checks off (no cascades).
  std::optional<Decimal> precision = util::precision_step(2);
  // Every id of the tree, adjustments and prerequisites: where it was first used.
  std::map<std::string, diag::Position> ids;
};

// Reports off-grid at `at` when `value` is not a multiple of the precision.
// Returns whether the value is on the grid (or the grid is unknown).
bool check_grid(Context& context, Decimal value, diag::Position at, std::string_view key);

// Reads the decimal `key` of the reader's map, checking its sign (bad-value)
// and, with Grid::checked, the precision grid (off-grid). Null when absent or bad.
std::optional<Decimal> read_constant(yaml::MapReader& reader, Context& context, std::string_view key,
                                     yaml::Presence presence, Sign sign, Grid grid,
                                     util::AllowPercent percent = util::AllowPercent::no);

// Checks a decimal already read against a sign; reports bad-value at `at`.
bool check_sign(Context& context, Decimal value, Sign sign, diag::Position at, std::string_view key);

// Where a missing key of a list entry is reported: the entry's first key, or
// the entry itself when it has none.
diag::Position first_key_position(const yaml::Node& map);

// The position of `key`'s value in `map` (or of the key when the value is
// empty); `fallback` when the key is absent.
diag::Position value_at(const yaml::Node& map, std::string_view key, diag::Position fallback);

// The position of `key` in `map`; `fallback` when the key is absent.
diag::Position key_at(const yaml::Node& map, std::string_view key, diag::Position fallback);

}  // namespace cepin::rubric::detail
