// The scored result of one unit (SPEC §6): plain data that every renderer
// (text, JSON, CSV, Markdown) prints without recomputing anything.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "assessment/model.hpp"
#include "diag/diagnostic.hpp"
#include "rubric/model.hpp"
#include "scoring/why.hpp"
#include "util/decimal.hpp"

namespace cepin::scoring {

using assessment::Warning;
using util::Decimal;

// A clause's status (SPEC §6).
enum class ClauseStatus { scored, unanswered, not_applicable, zeroed };

// "scored", "unanswered", "n/a", "zeroed".
const char* status_name(ClauseStatus status);

// The normalised response as JSON shows it: null, a boolean, a number, a
// text ("良好", "n/a") or a list of texts.
struct ResponseValue {
  enum class Kind { null, boolean, number, text, list } kind = Kind::null;
  bool boolean = false;
  Decimal number;
  std::string text;
  std::vector<std::string> list;
};

// The response to `clause` as SPEC §6 shows it (`response` in the outputs).
ResponseValue response_value(const rubric::Clause& clause, const assessment::Response& response);

// One scored clause.
struct ClauseResult {
  const rubric::Clause* clause = nullptr;
  Decimal score;
  Decimal max;
  ClauseStatus status = ClauseStatus::unanswered;
  ResponseValue response;
  Why why;                            // worded by lib/report/why.hpp
  std::vector<std::string> evidence;  // as written
  std::string note;
  std::optional<bool> counted;  // a child of a best-k node: whether it is among the K counted
};

// A scored category or item: `items` or `clauses`, as in the rubric.
struct NodeResult {
  const rubric::Node* node = nullptr;
  Decimal score;  // min(cap, Σ children — with `best: K`, of the K counted)
  Decimal max;    // the node's full marks
  std::vector<NodeResult> items;
  std::vector<ClauseResult> clauses;
  std::optional<bool> counted;  // a child of a best-k node: whether it is among the K counted
  std::optional<Decimal> floor;  // its floor (`min`), scaled to what is applicable; none without
};

// A scored 奖惩清单 entry.
struct AdjustmentResult {
  const rubric::Adjustment* adjustment = nullptr;
  int64_t count = 0;              // bonus/penalty
  Decimal points;                 // bonus/penalty, after the entry's cap
  std::optional<bool> occurred;   // veto; nullopt when unanswered
};

// A prerequisite's outcome; `met` is nullopt when unanswered.
struct PrerequisiteResult {
  const rubric::Prerequisite* prerequisite = nullptr;
  std::optional<bool> met;
};

// What made a unit ineligible (SPEC §2 "Final score and verdict").
enum class ReasonKind { clause_veto, event_veto, prerequisite, below_floor, below_threshold };

// Why a prerequisite counts as unmet.
enum class Unmet { not_met, unanswered, lacks_evidence };

// Why a unit is ineligible, as data; lib/report words it. `score` and `limit`:
// a vetoing clause's score and points; a node's score and its floor; the
// final score and the threshold.
struct Reason {
  ReasonKind kind = ReasonKind::below_threshold;
  std::string id;  // the clause, adjustment, prerequisite or node; "" for below-threshold
  Decimal score;
  Decimal limit;
  Unmet unmet = Unmet::not_met;  // prerequisite

  // "veto:<id>", "prerequisite:<id>", "below-floor:<id>" or "below-threshold".
  std::string code() const;
};

// One pick of the gap plan.
struct GapPick {
  std::string id;
  Decimal score;
  Decimal max;
  Decimal recoverable;
  std::string floor;  // the node whose floor the pick repairs; "" for a pick toward the threshold
  std::string group;  // the best-k child whose clauses are picked together; "" for a single pick
};

// What it takes to reach the threshold and every floor (SPEC §2, §8 "Gap plan").
struct Gap {
  Decimal needed;  // 0 when final ≥ threshold
  bool reachable = true;
  std::vector<std::string> blocking;  // reason codes points cannot fix
  std::vector<GapPick> plan;
};

// eligible / ineligible.
enum class Verdict { eligible, ineligible };

// "eligible" / "ineligible".
const char* verdict_name(Verdict verdict);

// A scored unit.
struct Result {
  std::string source;
  int line = 0;  // a CSV unit's first row; 0 for a whole file
  std::shared_ptr<const rubric::Rubric> rubric;
  assessment::Unit unit;
  std::string assessor;                     // "" when the input names none
  std::optional<util::Date> assessed_on;
  std::optional<util::Period> period;
  Decimal score;  // final
  Decimal base;
  Decimal base_raw;
  Decimal bonus;
  Decimal penalty;
  Decimal max;  // the rubric's total
  Verdict verdict = Verdict::ineligible;
  std::vector<Reason> reasons;
  std::optional<std::string> grade;
  std::vector<NodeResult> categories;
  std::vector<AdjustmentResult> adjustments;
  std::vector<PrerequisiteResult> prerequisites;
  std::vector<Warning> warnings;
  Gap gap;
};

// An input (or CSV unit) that could not be scored, in its place.
struct ErrorResult {
  std::string source;
  int line = 0;  // a CSV unit's first row; 0 for a whole file
  std::optional<assessment::Unit> unit;  // when known
  std::shared_ptr<const rubric::Rubric> rubric;  // when resolved (CSV columns)
  std::vector<diag::Diagnostic> errors;  // all diagnostics; the first error is `error`
  // The first error diagnostic (SPEC §6 `error`).
  const diag::Diagnostic& first_error() const;
};

// What one work item produced.
using Outcome = std::variant<Result, ErrorResult>;

}  // namespace cepin::scoring
