// The statistics of a batch, computed once from the results; the Markdown and
// HTML reports only print them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scoring/result.hpp"

namespace cepin::report {

// A unit in a ranking: equal scores share a rank (1, 2, 2, 4). A result
// with a duplicate-result warning (the same rubric, unit and period scored
// before in the run) is listed, marked, without a rank of its own: the
// others are ranked as if it were absent.
struct RankedResult {
  const scoring::Result* result = nullptr;
  std::size_t rank = 0;  // 0 for a duplicate
  bool duplicate = false;
};

// One category's average over the units scored with its rubric (duplicates
// left out); no average when no unit has the category.
struct CategoryAverage {
  const rubric::Node* category = nullptr;
  std::optional<util::Decimal> average;  // one exact fraction, rounded once to the precision
  std::size_t units = 0;
};

// What a batch says about one rubric (null: results without a rubric).
struct RubricSummary {
  const rubric::Rubric* rubric = nullptr;
  std::vector<RankedResult> ranking;        // by score, highest first; ties in input order
  std::vector<CategoryAverage> averages;    // the rubric's categories in order
};

// The whole batch.
struct BatchSummary {
  std::vector<const scoring::Result*> results;  // scored units, in input order
  std::size_t eligible = 0;
  std::size_t ineligible = 0;
  std::size_t errors = 0;
  std::vector<std::pair<std::string, std::size_t>> reasons;  // reason code → units, first-seen order
  std::vector<RubricSummary> rubrics;  // first-seen order; a null-rubric group last, if any
};

// Computes the summary of the outcomes of a run, in input order.
BatchSummary summarize(const std::vector<const scoring::Outcome*>& outcomes);

// score ÷ max as a percentage, rounded once to one decimal (nothing when max ≤ 0).
std::optional<util::Decimal> share_percent(util::Decimal score, util::Decimal max);

}  // namespace cepin::report
