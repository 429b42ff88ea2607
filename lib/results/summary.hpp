// A compact summary of one result: what `compare` and `trend` need, built
// alike from a freshly scored result and from a saved `cepin score --format
// json|jsonl` record, so neither command cares where a result came from.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment/model.hpp"
#include "rubric/model.hpp"
#include "scoring/result.hpp"
#include "util/date.hpp"
#include "util/decimal.hpp"
#include "util/period.hpp"

namespace cepin::results {

using util::Decimal;

// The rubric a result names, as far as the result tells it.
struct RubricRef {
  std::string id;                      // "" when the result names none
  std::optional<std::string> version;  // null when the rubric has none
  std::string title;
  Decimal total;
  Decimal threshold;
  int precision_digits = 2;  // the rubric's precision is 10^-digits
  std::string lang = "zh";
};

// One clause's score (a result's clauses in rubric order).
struct ClauseScore {
  std::string id;
  Decimal score;
  Decimal max;
};

// One 奖惩清单 entry: points for a bonus or penalty, `occurred` for a veto.
struct AdjustmentScore {
  std::string id;
  rubric::AdjustmentKind kind = rubric::AdjustmentKind::bonus;
  Decimal points;
  std::optional<bool> occurred;  // veto; nullopt when unanswered
};

// One prerequisite; `met` is nullopt when unanswered.
struct PrerequisiteState {
  std::string id;
  std::optional<bool> met;
};

// Where a result came from: scored in this run, or read from a saved file.
enum class Provenance { scored, saved };

// One result (or error result) in summary.
struct ResultSummary {
  Provenance provenance = Provenance::scored;
  std::string source;  // the result's `source` (the assessment it scored)
  int line = 0;        // a CSV unit's first row; 0 for a whole file
  // Where this summary was read: the saved file and its record's line; for a
  // scored result its source and line again. Diagnostics point here.
  std::string file;
  int file_line = 0;
  RubricRef rubric;
  std::optional<assessment::Unit> unit;  // always set for a scored result
  std::string assessor;                  // "" when none
  std::optional<util::Date> assessed_on;
  std::optional<util::Period> period;
  bool error = false;      // an error result: the fields below stay empty
  std::string error_code;  // the first error's code and message
  std::string error_message;
  Decimal score;
  Decimal max;
  scoring::Verdict verdict = scoring::Verdict::ineligible;
  std::optional<std::string> grade;
  std::vector<std::string> reasons;   // reason codes, in order
  std::vector<std::string> warnings;  // warning codes, each once, first-seen order
  std::vector<ClauseScore> clauses;
  std::vector<AdjustmentScore> adjustments;
  std::vector<PrerequisiteState> prerequisites;

  // The unit's id, "" when unknown.
  const std::string& unit_id() const;
  // The unit's name, "" when unknown.
  const std::string& unit_name() const;
};

// The summary of a result scored in this run.
ResultSummary summarize(const scoring::Outcome& outcome);

// The rubric's precision as a step (0.01 for two digits).
Decimal precision_of(const RubricRef& rubric);

}  // namespace cepin::results
