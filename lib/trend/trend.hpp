// `cepin trend PATH...` computed (SPEC §10): each unit's results ordered by
// period, with first/last/change, declines, ineligible periods, per-period
// ranks and rank changes, and a rollup. Plain data for every renderer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "results/summary.hpp"

namespace cepin::trend {

using results::ResultSummary;
using util::Decimal;

// The one figure over a unit's periods (`--rollup`).
enum class Rollup { mean, sum, last, min, max };

// "mean", "sum", "last", "min", "max".
const char* rollup_name(Rollup rollup);

// The rollup named so; nothing for another name.
std::optional<Rollup> parse_rollup(const std::string& name);

// One period of a unit's series.
struct Point {
  util::Period period;
  const ResultSummary* result = nullptr;
  std::size_t rank = 0;                 // among the rubric's units with a result in this period
  std::optional<long long> rank_change;  // previous rank − this rank; null without a previous result
  bool period_from_date = false;        // taken from `assessed_on`
};

// A warning about one unit's series (`rubric-version-changed`).
struct TrendWarning {
  std::string code;
  std::string message;  // English, for JSON
  util::Period period;  // where it changed
};

// One unit over the periods.
struct UnitTrend {
  std::string rubric_id;
  std::string unit_id;
  std::string unit_name;  // from its latest result
  int precision_digits = 2;
  Decimal total;  // the rubric's full marks (for sparklines)
  std::vector<Point> series;  // by period start, coarser first
  Decimal rollup;
  Decimal first;
  Decimal last;
  Decimal change;  // last − first
  std::size_t declines = 0;  // the longest run of consecutive strict decreases
  std::size_t ineligible_periods = 0;
  bool last_declined = false;  // the last score is below the previous one
  std::vector<TrendWarning> warnings;
};

// Results that cannot take part: a duplicate unit and period, periods of
// different granularity under one rubric, a result with neither period nor
// date, an unscorable input.
struct TrendError {
  std::string code;  // duplicate-period, period-mixed, no-period, or the input's error code
  std::string message;
  std::string rubric_id;  // "" when unknown
  std::string unit_id;    // "" when not about one unit
  std::vector<const ResultSummary*> results;
};

// One rubric's periods (its sequence, for ranks and rank changes).
struct RubricPeriods {
  std::string rubric_id;
  std::string title;
  std::vector<util::Period> periods;
};

// The whole trend.
struct TrendReport {
  Rollup rollup = Rollup::mean;
  std::vector<util::Period> periods;  // every period present, sorted
  std::vector<RubricPeriods> rubrics; // first-seen order
  std::vector<UnitTrend> units;       // by rubric (first-seen), then unit (first-seen)
  std::vector<TrendError> errors;     // in the order found
  // Results that took their period from `assessed_on` (one note says so).
  std::size_t periods_from_dates = 0;
  std::string lang = "zh";  // the first rubric's language
};

// Computes the trend of `results` (which must outlive the report).
TrendReport trend(const std::vector<ResultSummary>& results, Rollup rollup);

// The glyph of one sparkline point: `▁▂▃▄▅▆▇█`[min(7, ⌊8 × score ÷ total⌋)]
// (the lowest for a score ≤ 0 or a total ≤ 0).
const char* spark_glyph(Decimal score, Decimal total);

}  // namespace cepin::trend
