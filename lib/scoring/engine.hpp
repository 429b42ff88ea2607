// The scoring engine: pure computation from an assessment and its rubric to a
// Result (SPEC §2 rules, verdict, grade, title validity, gap plan).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "assessment/model.hpp"
#include "rubric/model.hpp"
#include "scoring/evidence.hpp"
#include "scoring/result.hpp"
#include "util/date.hpp"

namespace cepin::scoring {

// Run-wide settings from the command line.
struct Options {
  std::optional<util::Date> as_of;  // --as-of: overrides assessed_on for title validity
  bool strict_evidence = false;     // --strict-evidence: as evidence_policy: zero
};

// Scores one assessment. Never prints and never touches the file system
// except through `evidence`. Throws util::DecimalOverflow only for absurd
// constants (the caller turns it into an error result).
Result score(const assessment::Assessment& assessment, std::shared_ptr<const rubric::Rubric> rubric,
             const Options& options, const EvidenceChecker& evidence);

}  // namespace cepin::scoring
