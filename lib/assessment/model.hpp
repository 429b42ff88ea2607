// A self-assessment (自评): one unit's answers to a rubric, read from YAML or
// CSV and normalised against that rubric's rules.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "assessment/warning.hpp"
#include "diag/source.hpp"
#include "util/date.hpp"
#include "util/period.hpp"
#include "util/decimal.hpp"

namespace cepin::assessment {

using util::Decimal;

// One evidence item as written, and where: the item's own node in YAML, the
// cell in CSV.
struct EvidenceItem {
  std::string text;
  diag::Position position;
};

// Whether a clause was answered.
enum class ResponseState { unanswered, not_applicable, answered };

// A clause's response, normalised for its rule. Only the field of the rule's
// response kind is meaningful: `met` (check), `labels` (checklist, the met
// labels in the rubric's element order), `level` (levels), `value` (tiers,
// linear, shortfall, and manual points), `count` (deduct, count).
struct Response {
  ResponseState state = ResponseState::unanswered;
  bool met = false;
  std::vector<std::string> labels;
  std::string level;
  Decimal value;
  int64_t count = 0;
  std::vector<EvidenceItem> evidence;  // as written, in order
  std::string note;
  diag::Position position;  // of the response's key (or CSV cell)
};

// A prerequisite's answer: met or not, or unanswered (nullopt).
struct PrerequisiteAnswer {
  std::optional<bool> met;
  std::vector<EvidenceItem> evidence;
  diag::Position position;
};

// An adjustment's answer: a count for bonus/penalty (unanswered: 0), or
// whether a veto event occurred (unanswered: nullopt).
struct AdjustmentAnswer {
  int64_t count = 0;
  std::optional<bool> occurred;
  std::vector<EvidenceItem> evidence;
  diag::Position position;
};

// The unit being assessed.
struct Unit {
  std::string id;
  std::string name;
  std::string kind;
};

// One unit's self-assessment. Responses are keyed by id; ids not in the
// rubric never get here (they are load errors).
struct Assessment {
  std::string source;          // the path as given or found, "-" for stdin
  int line = 0;                // a CSV unit's first row; 0 for a whole file
  std::string base_directory;  // the directory evidence paths start from
  std::string rubric_id;
  std::optional<std::string> rubric_version;  // from `id@version`
  Unit unit;
  std::optional<util::Date> assessed_on;
  std::string assessor;
  std::optional<util::Period> period;  // 考评周期, SPEC §10
  diag::Position period_position;
  std::optional<util::Date> title_named_on;
  diag::Position title_named_on_position;  // of the `named_on` value (or CSV cell)
  std::string evidence_root;  // relative to base_directory; "" for base_directory itself
  std::map<std::string, Response> responses;
  std::map<std::string, PrerequisiteAnswer> prerequisites;
  std::map<std::string, AdjustmentAnswer> adjustments;
  std::vector<Warning> warnings;  // from loading: rubric-version, unit-kind, unit-id-scientific
};

}  // namespace cepin::assessment
