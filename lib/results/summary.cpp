#include "results/summary.hpp"

#include <algorithm>

namespace cepin::results {

namespace {

const std::string k_empty;

void add_clauses(const scoring::NodeResult& node, std::vector<ClauseScore>& out) {
  for (const scoring::NodeResult& item : node.items) {
    add_clauses(item, out);
  }
  for (const scoring::ClauseResult& clause : node.clauses) {
    out.push_back({clause.clause ? clause.clause->id : std::string(), clause.score, clause.max});
  }
}

RubricRef rubric_ref(const rubric::Rubric& rubric) {
  RubricRef ref;
  ref.id = rubric.id;
  ref.version = rubric.version;
  ref.title = rubric.title;
  ref.total = rubric.total;
  ref.threshold = rubric.threshold;
  ref.precision_digits = rubric.precision_digits;
  ref.lang = rubric.lang;
  return ref;
}

namespace {

// A summary placed where its result came from: the input, its line, its rubric, its unit.
ResultSummary placed(const std::string& source, int line, const rubric::Rubric* rubric,
                     std::optional<assessment::Unit> unit) {
  ResultSummary out;
  out.source = source;
  out.line = line;
  out.file = source;
  out.file_line = line;
  if (rubric) {
    out.rubric = rubric_ref(*rubric);
  }
  out.unit = std::move(unit);
  return out;
}

}  // namespace

ResultSummary summarize_result(const scoring::Result& result) {
  ResultSummary out = placed(result.source, result.line, result.rubric.get(), result.unit);
  out.assessor = result.assessor;
  out.assessed_on = result.assessed_on;
  out.period = result.period;
  out.score = result.score;
  out.max = result.max;
  out.verdict = result.verdict;
  out.grade = result.grade;
  for (const scoring::Reason& reason : result.reasons) {
    out.reasons.push_back(reason.code());
  }
  for (const assessment::Warning& warning : result.warnings) {
    if (std::find(out.warnings.begin(), out.warnings.end(), warning.code()) == out.warnings.end()) {
      out.warnings.emplace_back(warning.code());
    }
  }
  for (const scoring::NodeResult& category : result.categories) {
    add_clauses(category, out.clauses);
  }
  for (const scoring::AdjustmentResult& a : result.adjustments) {
    AdjustmentScore score;
    score.id = a.adjustment ? a.adjustment->id : std::string();
    score.kind = a.adjustment ? a.adjustment->kind : rubric::AdjustmentKind::bonus;
    score.points = a.points;
    score.occurred = a.occurred;
    out.adjustments.push_back(std::move(score));
  }
  for (const scoring::PrerequisiteResult& p : result.prerequisites) {
    out.prerequisites.push_back({p.prerequisite ? p.prerequisite->id : std::string(), p.met});
  }
  return out;
}

ResultSummary summarize_error(const scoring::ErrorResult& error) {
  ResultSummary out = placed(error.source, error.line, error.rubric.get(), error.unit);
  out.error = true;
  const diag::Diagnostic& first = error.first_error();
  out.error_code = first.code;
  out.error_message = first.message;
  if (first.line > 0) {
    out.file_line = first.line;
  }
  return out;
}

}  // namespace

const std::string& ResultSummary::unit_id() const { return unit ? unit->id : k_empty; }

const std::string& ResultSummary::unit_name() const { return unit ? unit->name : k_empty; }

ResultSummary summarize(const scoring::Outcome& outcome) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return summarize_result(*result);
  }
  return summarize_error(std::get<scoring::ErrorResult>(outcome));
}

Decimal precision_of(const RubricRef& rubric) { return util::precision_step(rubric.precision_digits); }

}  // namespace cepin::results
