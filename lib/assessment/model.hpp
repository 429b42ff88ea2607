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

// An assessment's responses: a slot per clause of its rubric, at the
// clause's ordinal (rubric::Clause::ordinal), so that the loaders and the
// engine reach a clause's response without looking its id up. The ordinals
// are those of the rubric the assessment was read against: score it with
// that rubric (every caller does; a tailored rubric numbers its clauses
// anew).
class Responses {
 public:
  // The response to the clause at `ordinal`, or null when it has none.
  const Response* find(std::size_t ordinal) const {
    return ordinal < m_slots.size() && m_slots[ordinal] ? &*m_slots[ordinal] : nullptr;
  }
  // The response to the clause at `ordinal`, made (unanswered) when it has
  // none. Throws std::logic_error for an unnumbered clause's ordinal.
  Response& slot(std::size_t ordinal);
  // Removes the response to the clause at `ordinal`, if any.
  void erase(std::size_t ordinal);
  // How many clauses have a response.
  std::size_t size() const { return m_count; }
  // Whether no clause has a response.
  bool empty() const { return m_count == 0; }
  // Makes room for `clauses` slots (no reallocation while filling them).
  void reserve(std::size_t clauses) { m_slots.reserve(clauses); }

 private:
  std::vector<std::optional<Response>> m_slots;
  std::size_t m_count = 0;
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

// One unit's self-assessment. Responses are kept by clause ordinal, the
// other answers by id; ids not in the rubric never get here (they are load
// errors).
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
  Responses responses;
  std::map<std::string, PrerequisiteAnswer> prerequisites;
  std::map<std::string, AdjustmentAnswer> adjustments;
  std::vector<Warning> warnings;  // from loading: rubric-version, unit-kind, unit-id-scientific
};

}  // namespace cepin::assessment
