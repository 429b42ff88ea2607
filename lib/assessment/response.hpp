// Normalising one answer written as text — a YAML shorthand scalar or a CSV
// cell — into a Response, a prerequisite answer or an adjustment answer.
// Shared by the YAML and CSV assessment loaders.
//
// Error codes (ResponseError::code):
//   bad-boolean     not one of the accepted booleans (the hint lists them)
//   bad-decimal     a `value` or `points` that is not a decimal (SPEC §1)
//   bad-count       a count that is negative, fractional, not a number or above 10^9
//   unknown-label   a level or checklist label the rule does not have ("did you mean")
//   duplicate-label a checklist label given twice
//   points-out-of-range  manual points below 0 or above the clause's points
//   points-off-step      manual points not a multiple of the rule's `step`
//   not-optional    `n/a` on a clause that is not `optional: true`
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/model.hpp"
#include "rubric/model.hpp"

namespace cepin::assessment {

// Why an answer text was rejected: a stable code, one sentence, a hint.
struct ResponseError {
  std::string code;
  std::string message;
  std::string hint;  // may be empty
};

// A normalised answer, or the error that stopped it.
template <typename T>
struct Parsed {
  std::optional<T> value;
  ResponseError error;  // meaningful only when `value` is empty

  explicit operator bool() const { return value.has_value(); }
};

// The booleans of SPEC §3 and §14: true/false, yes/no, y/n, 1/0, 是/否, 有/无,
// 达到/未达到, 符合/不符合, √/×, ✓/✗, ✔/✘ (ASCII case-insensitive, trimmed);
// nothing for anything else.
std::optional<bool> parse_boolean(std::string_view text);

// "true/false, yes/no, …, ✓/✗ or ✔/✘": for hints.
const char* accepted_booleans();

// Whether a text (trimmed) says "not applicable": `n/a`, `na` (ASCII
// case-insensitive: `N/A`, `NA`) or `不适用`.
bool is_not_applicable(std::string_view text);

// The response key a rule takes: "met" (check, checklist), "level",
// "value" (tiers, linear, shortfall), "count" (deduct, count), "points" (manual).
const char* response_key(rubric::RuleType type);

// A boolean; bad-boolean otherwise.
Parsed<bool> read_boolean(std::string_view text);

// A count: a whole number from 0 to 10^9 (`3` or `3.0`); bad-count otherwise.
Parsed<int64_t> read_count(std::string_view text);

// A `value` decimal; a trailing `%`/`％` is dropped (`96.5%` is 96.5).
Parsed<util::Decimal> read_value(std::string_view text);

// Manual points: a decimal in [0, clause points], a multiple of the rule's
// step when it has one (bad-decimal, points-out-of-range, points-off-step).
Parsed<util::Decimal> read_points(const rubric::Clause& clause, std::string_view text);

// A level label of a `levels` clause, trimmed; unknown-label with "did you
// mean" (or the list of levels) otherwise.
Parsed<std::string> read_level(const rubric::Clause& clause, std::string_view text);

// The index of a checklist element label (trimmed) in the rule's elements;
// unknown-label otherwise.
Parsed<std::size_t> read_element(const rubric::Clause& clause, std::string_view text);

// Splits a checklist cell on `;`, `；` and newlines, trimming each part and
// dropping empty ones.
std::vector<std::string> split_labels(std::string_view text);

// Met checklist labels in the rubric's element order, from labels already
// split; unknown-label or duplicate-label for the first bad one.
Parsed<std::vector<std::string>> checklist_labels(const rubric::Clause& clause,
                                                  const std::vector<std::string>& labels);

// One scalar answer for `clause`, normalised for its rule: empty text is
// unanswered, `n/a` is not applicable (not-optional unless the clause is
// optional), anything else is the rule's response. Position, evidence and note
// are left for the caller to fill.
Parsed<Response> parse_response(const rubric::Clause& clause, std::string_view text);

// As parse_response, into `out`'s state and the field of the rule's response
// kind (the others are left as they are): nothing, or the error.
std::optional<ResponseError> parse_response_into(const rubric::Clause& clause, std::string_view text,
                                                 Response& out);

// A value-looks-like-fraction warning (at `at`) when `text`, the answer to a
// tiers, linear or shortfall clause, is a number in (0, 1] written without
// `%` while the rule's nonzero value parameters (tier bounds, from, to,
// target) are all at least 10: `0.96` where 96% was meant. Nothing otherwise.
std::optional<Warning> check_fraction(const rubric::Clause& clause, std::string_view text, diag::Position at);

// As above for an answer already parsed into `response`: its value rules out
// most answers without reading `text` again.
std::optional<Warning> check_fraction(const rubric::Clause& clause, const Response& response, std::string_view text,
                                      diag::Position at);

// A prerequisite's answer from a scalar: a boolean, or unanswered when empty.
Parsed<PrerequisiteAnswer> parse_prerequisite(std::string_view text);

// An adjustment's answer from a scalar: a count for bonus/penalty (empty: 0),
// a boolean for a veto (empty: unanswered).
Parsed<AdjustmentAnswer> parse_adjustment(const rubric::Adjustment& adjustment,
                                          std::string_view text);

}  // namespace cepin::assessment
