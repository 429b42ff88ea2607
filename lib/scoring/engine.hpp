// The scoring engine: pure computation from an assessment and its rubric to a
// Result (SPEC §2 rules, verdict, grade, title validity, gap plan).
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
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

// Thrown by score() when a `normalize: true` rubric has every clause answered
// n/a (SPEC §2: the assessment is an error `all-not-applicable`). Without
// normalize, all-n/a simply scores 0.
class AllNotApplicable : public std::runtime_error {
 public:
  AllNotApplicable() : std::runtime_error("every clause is not applicable") {}
};

// Scores one assessment. Never prints and never touches the file system
// except through `evidence`. Throws util::DecimalOverflow only for absurd
// constants, and AllNotApplicable (both: the caller makes an error result).
// Warnings come in this order: the loader's (assessment.warnings), then per
// clause in rubric order (unanswered or veto-unanswered, evidence per item,
// missing-evidence), per adjustment in list order (evidence per item,
// missing-evidence, veto-unanswered), per prerequisite in rubric order
// (prerequisite-unanswered, evidence per item, missing-evidence), then
// title-expired. Under the zero evidence policy a bonus lacking evidence is
// reported with count 0 and points 0, a prerequisite with met = false.
Result score(const assessment::Assessment& assessment, std::shared_ptr<const rubric::Rubric> rubric,
             const Options& options, const EvidenceChecker& evidence);

// As score(), with both exceptions turned into an ErrorResult whose single
// diagnostic (path = assessment.source, no position) has the code
// `all-not-applicable` or `score-overflow`.
Outcome score_outcome(const assessment::Assessment& assessment,
                      std::shared_ptr<const rubric::Rubric> rubric, const Options& options,
                      const EvidenceChecker& evidence);

}  // namespace cepin::scoring
