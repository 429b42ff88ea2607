// `cepin compare BASE NEW` computed (SPEC §9): units matched across two
// sides, with exact deltas, flips, reason and clause differences and a
// status each. Plain data: every renderer (text, JSON, CSV, Markdown, JUnit,
// HTML) prints it without recomputing anything.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "results/summary.hpp"

namespace cepin::compare {

using results::ResultSummary;
using util::Decimal;

// What happened to a unit from BASE to NEW.
enum class Status { improved, regressed, unchanged, added, removed, error };

// "improved", "regressed", "unchanged", "added", "removed", "error".
const char* status_name(Status status);

// A verdict change: ineligible → eligible is `gained`, the reverse `lost`.
enum class Flip { none, gained, lost };

// "none", "gained", "lost".
const char* flip_name(Flip flip);

// How units are matched: by (rubric id, unit id), or by unit id alone
// (`--match unit`, across a rubric change).
enum class Match { rubric_and_unit, unit };

// A clause or bonus/penalty whose score differs beyond the tolerance; a
// side without it (after a rubric change) is null, and so is the delta.
struct ScoreChange {
  std::string id;
  std::optional<rubric::AdjustmentKind> kind;  // adjustments only
  std::optional<Decimal> base;
  std::optional<Decimal> next;
  std::optional<Decimal> delta;
};

// A veto (`occurred`) or prerequisite (`met`) that differs between the sides.
struct FlagChange {
  std::string id;
  std::optional<bool> base;
  std::optional<bool> next;
};

// A warning about one unit's comparison (`rubric-version-changed`).
struct CompareWarning {
  std::string code;
  std::string message;  // English, for JSON; reports word it from the code and values
  std::string base_value;
  std::string new_value;
};

// Where an error entry's results came from.
struct SourceLine {
  std::string source;
  int line = 0;
};

// One unit of the comparison.
struct UnitComparison {
  std::string rubric_id;  // NEW's when both sides have it
  std::string unit_id;    // "" for an error without a unit
  std::string unit_name;  // from NEW, else BASE
  int precision_digits = 2;
  Status status = Status::unchanged;
  const ResultSummary* base = nullptr;  // null: not on that side (or an error entry)
  const ResultSummary* next = nullptr;
  std::optional<Decimal> delta;         // new − base; null unless both sides scored
  Flip flip = Flip::none;
  std::vector<std::string> reasons_added;
  std::vector<std::string> reasons_removed;
  std::vector<ScoreChange> clauses;
  std::vector<ScoreChange> adjustments;
  std::vector<FlagChange> vetoes;
  std::vector<FlagChange> prerequisites;
  std::vector<CompareWarning> warnings;
  // An error entry: the code and message, and every result it names.
  std::string error_code;
  std::string error_message;
  std::vector<SourceLine> error_sources;
};

// The counts text and Markdown open with.
struct CompareCounts {
  std::size_t matched = 0;  // on both sides and scored on both
  std::size_t improved = 0;
  std::size_t regressed = 0;
  std::size_t unchanged = 0;
  std::size_t added = 0;
  std::size_t removed = 0;
  std::size_t gained = 0;
  std::size_t lost = 0;
  std::size_t errors = 0;
};

// Where a side's label came from (reports word it per language).
enum class LabelOrigin { flag, assessor, fallback };

// A side as the report names it.
struct SideLabel {
  std::string label;  // --base-label, the common assessor, else "base" / "new"
  LabelOrigin origin = LabelOrigin::fallback;
  std::optional<util::Period> period;  // the side's one period, when all its results share it
  std::vector<std::string> sources;    // the paths given
};

// How to compare.
struct CompareOptions {
  Decimal tolerance;  // ≥ 0
  Match match = Match::rubric_and_unit;
  std::optional<std::string> base_label;
  std::optional<std::string> new_label;
};

// The whole comparison.
struct CompareReport {
  SideLabel base;
  SideLabel next;
  Decimal tolerance;
  CompareCounts counts;
  std::vector<UnitComparison> units;  // BASE's order, then NEW's added units in NEW's order
  std::string lang = "zh";            // the first rubric's language

  // Indices into `units` for the table: largest |delta| first, ties in
  // stable order, null deltas last.
  std::vector<std::size_t> by_delta() const;
};

// Compares two sides' results. The summaries must outlive the report.
CompareReport compare(const std::vector<ResultSummary>& base, const std::vector<ResultSummary>& next,
                      const CompareOptions& options);

}  // namespace cepin::compare
