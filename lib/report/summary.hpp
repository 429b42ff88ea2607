// The statistics of a batch, computed once from the results; the Markdown and
// HTML reports only print them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scoring/result.hpp"
#include "util/date.hpp"

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

// One bar of a score distribution: the units whose final score is in
// [from, to), eligible and not. The last bin below full marks holds full
// marks too; a bin without `to` holds everything from `from` up (above full
// marks, or full marks when the threshold is full marks).
struct ScoreBin {
  util::Decimal from;
  std::optional<util::Decimal> to;
  bool closed = false;  // the bin holds `to` itself (full marks)
  bool above = false;   // the bin holds only scores above `from` (above full marks)
  std::size_t eligible = 0;
  std::size_t ineligible = 0;
};

// What a batch says about one rubric (null: results without a rubric).
struct RubricSummary {
  const rubric::Rubric* rubric = nullptr;
  std::vector<RankedResult> ranking;        // by score, highest first; ties in input order
  std::vector<CategoryAverage> averages;    // the rubric's categories in order
  // Bins a tenth of full marks wide, with the threshold on an edge, from 0
  // up to full marks, and one above full marks when a unit scored more.
  std::vector<ScoreBin> distribution;
  std::size_t eligible = 0;
  std::size_t ineligible = 0;
  // Whether the rubric names grades (a report leaves the grade out otherwise).
  bool has_grades() const { return rubric != nullptr && !rubric->grades.empty(); }
};

// The date the run's results refer to: `--as-of` when given (it overrides
// every assessed_on), else the span of the units' assessed_on dates.
struct ReferenceDates {
  std::optional<util::Date> as_of;
  std::optional<util::Date> earliest;  // of assessed_on, scored units only
  std::optional<util::Date> latest;
  std::size_t undated = 0;             // scored units without assessed_on
};

// How many units one reason made ineligible.
struct ReasonCount {
  std::string code;
  std::size_t units = 0;
  const scoring::Reason* first = nullptr;   // its first occurrence (for its wording)
  const rubric::Rubric* rubric = nullptr;   // the rubric of that first unit
};

// The whole batch.
// Counts, reasons, rankings' places, averages and charts leave out a result
// with a duplicate-result warning (a unit scored again in the same run): it
// is listed, marked, and counted in `duplicates` only.
struct BatchSummary {
  std::vector<const scoring::Result*> results;  // scored results, duplicates too, in input order
  std::size_t eligible = 0;
  std::size_t ineligible = 0;
  std::size_t errors = 0;
  std::size_t duplicates = 0;  // results that repeat a unit scored before
  // The units the batch holds: its results without duplicates, and its inputs that could not be scored.
  std::size_t units() const { return results.size() - duplicates + errors; }
  std::vector<const scoring::ErrorResult*> failed;  // the inputs that could not be scored, in input order
  std::vector<ReasonCount> reasons;  // first-seen order
  std::vector<RubricSummary> rubrics;  // first-seen order; a null-rubric group last, if any
  ReferenceDates dates;
  // The rubrics of the run, first-seen order (the groups' non-null rubrics).
  std::vector<const rubric::Rubric*> known_rubrics() const;
};

// Whether `result` repeats a unit scored before in its run (a duplicate-result warning).
bool is_duplicate(const scoring::Result& result);

// A copy of `outcome` holding only what summarize() reads — a result without
// its items, clauses, adjustments, prerequisites and gap plan, and of its
// warnings only duplicate-result — so that a big batch's summary keeps little.
scoring::Outcome summary_copy(const scoring::Outcome& outcome);

// Computes the summary of the outcomes of a run, in input order; `as_of` is
// the run's --as-of.
BatchSummary summarize(const std::vector<const scoring::Outcome*>& outcomes,
                       std::optional<util::Date> as_of = std::nullopt);

// The bins of a distribution of scores out of `total` with `threshold` on an
// edge (summarize's RubricSummary::distribution, before counting).
std::vector<ScoreBin> score_bins(util::Decimal total, util::Decimal threshold, util::Decimal precision,
                                 bool above_total);

// Whether `score` falls into `bin` (bins do not overlap).
bool in_bin(const ScoreBin& bin, util::Decimal score);

// score ÷ max as a percentage, rounded once to one decimal (nothing when max ≤ 0).
std::optional<util::Decimal> share_percent(util::Decimal score, util::Decimal max);

}  // namespace cepin::report
