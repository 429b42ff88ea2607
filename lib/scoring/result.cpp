#include "scoring/result.hpp"

namespace cepin::scoring {

const char* status_name(ClauseStatus status) {
  switch (status) {
    case ClauseStatus::scored:
      return "scored";
    case ClauseStatus::unanswered:
      return "unanswered";
    case ClauseStatus::not_applicable:
      return "n/a";
    case ClauseStatus::zeroed:
      return "zeroed";
  }
  return "scored";
}

std::string Reason::code() const {
  switch (kind) {
    case ReasonKind::clause_veto:
    case ReasonKind::event_veto:
      return "veto:" + id;
    case ReasonKind::prerequisite:
      return "prerequisite:" + id;
    case ReasonKind::below_floor:
      return "below-floor:" + id;
    case ReasonKind::below_threshold:
      return "below-threshold";
  }
  return "below-threshold";
}

const char* verdict_name(Verdict verdict) { return verdict == Verdict::eligible ? "eligible" : "ineligible"; }

const diag::Diagnostic& ErrorResult::first_error() const {
  for (const diag::Diagnostic& d : errors) {
    if (d.severity == diag::Severity::error) {
      return d;
    }
  }
  static const diag::Diagnostic k_none;
  return errors.empty() ? k_none : errors.front();
}

ResponseValue response_value(const rubric::Clause& clause, const assessment::Response& response) {
  ResponseValue out;
  switch (clause.rule.type) {
    case rubric::RuleType::check:
      out.kind = ResponseValue::Kind::boolean;
      out.boolean = response.met;
      break;
    case rubric::RuleType::checklist:
      out.kind = ResponseValue::Kind::list;
      out.list = response.labels;
      break;
    case rubric::RuleType::levels:
      out.kind = ResponseValue::Kind::text;
      out.text = response.level;
      break;
    case rubric::RuleType::deduct:
    case rubric::RuleType::count:
      out.kind = ResponseValue::Kind::number;
      out.number = util::Decimal::from_int(response.count);
      break;
    case rubric::RuleType::tiers:
    case rubric::RuleType::linear:
    case rubric::RuleType::shortfall:
    case rubric::RuleType::manual:
      out.kind = ResponseValue::Kind::number;
      out.number = response.value;
      break;
  }
  return out;
}

}  // namespace cepin::scoring
