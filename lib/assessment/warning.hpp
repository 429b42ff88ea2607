// A warning about one assessment (SPEC §6 codes) as data: its kind, the id it
// concerns, the details a sentence needs and where the input wrote it. Loaders
// and the engine make them; lib/report words them in each language.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/source.hpp"
#include "util/date.hpp"

namespace cepin::assessment {

// Every kind of warning; each has one stable code (warning_code).
enum class WarningKind {
  unanswered,
  veto_unanswered,
  missing_evidence,
  evidence_not_found,
  evidence_outside_root,
  prerequisite_unanswered,
  title_expired,
  rubric_version,
  unit_kind,
  unit_id_scientific,
  value_looks_like_fraction,
  duplicate_result,
};

// The code of a kind: "unanswered", "missing-evidence", ….
const char* warning_code(WarningKind kind);

// The kind with this code; nothing for a code cepin does not make.
std::optional<WarningKind> parse_warning_code(std::string_view code);

// Every warning code, in the order of WarningKind (for "did you mean").
std::vector<std::string> warning_codes();

// What a warning's id names, for its sentence.
enum class Subject { clause, bonus, prerequisite, event };

// When a granted title ran out (title-expired).
struct Expiry {
  util::Date named_on;
  int years = 0;
  util::Date until;
  util::Date reference;
};

// One warning. Which details a kind fills:
//   unanswered, prerequisite-unanswered: id
//   veto-unanswered: id, subject (clause or event)
//   missing-evidence: id, subject, needed, kinds
//   evidence-not-found, evidence-outside-root: id, text (the item)
//   title-expired: expiry
//   rubric-version: text (the pinned version), version (the rubric's; none: it has none)
//   unit-kind: text (the kind), kinds (the rubric's applies_to)
//   unit-id-scientific: text (the unit id)
//   value-looks-like-fraction: id, text (the value as written)
//   duplicate-result: id (the unit id), text (the first result's source), line (its first row, 0: none)
struct Warning {
  WarningKind kind = WarningKind::unanswered;
  std::string id;
  Subject subject = Subject::clause;
  std::string text;
  std::vector<std::string> kinds;
  int needed = 0;
  int line = 0;
  std::optional<std::string> version;
  std::optional<Expiry> expiry;
  diag::Position position;  // where the input wrote what it is about; line 0: nowhere

  // warning_code(kind).
  const char* code() const { return warning_code(kind); }
};

}  // namespace cepin::assessment
