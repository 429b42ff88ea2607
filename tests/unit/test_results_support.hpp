// Result summaries built in a line, for compare and trend tests.
#pragma once

#include <string>

#include "results/summary.hpp"

namespace cepin::test {

// A scored summary of `unit` under rubric `rubric` with `score` (a decimal text).
inline results::ResultSummary summary(const std::string& rubric, const std::string& unit, const std::string& score,
                                      const std::string& period = "", bool eligible = true) {
  results::ResultSummary r;
  r.source = unit + ".yaml";
  r.file = r.source;
  r.rubric.id = rubric;
  r.rubric.version = "1";
  r.rubric.total = util::Decimal::from_int(100);
  r.rubric.precision_digits = 2;
  r.unit = assessment::Unit{unit, "N" + unit, ""};
  r.score = *util::parse_decimal(score).value;
  r.max = util::Decimal::from_int(100);
  r.verdict = eligible ? scoring::Verdict::eligible : scoring::Verdict::ineligible;
  if (!period.empty()) {
    r.period = util::parse_period(period).period;
  }
  return r;
}

// A decimal from its text.
inline util::Decimal dec(const std::string& text) { return *util::parse_decimal(text).value; }

}  // namespace cepin::test
