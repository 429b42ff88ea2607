// What the fuzz targets share: a built-in rubric loaded once, an evidence
// checker that never touches the disk, and every renderer run on a result.
#pragma once

#include <memory>
#include <string>

#include "report/ci.hpp"
#include "report/csv.hpp"
#include "report/json.hpp"
#include "report/markdown.hpp"
#include "report/text.hpp"
#include "rubric/loader.hpp"
#include "run/catalog.hpp"
#include "scoring/engine.hpp"

namespace fuzz {

// The built-in rubric `id`, loaded once (aborts when it is missing: a build error).
inline std::shared_ptr<const cepin::rubric::Rubric> builtin(const std::string& id) {
  cepin::run::Lookup lookup = cepin::run::RubricCatalog::find_builtin(id);
  if (!lookup.rubric) {
    __builtin_trap();
  }
  return lookup.rubric;
}

// Evidence judged by its text alone: links and named items count, paths do not exist.
class TextOnlyEvidence : public cepin::scoring::EvidenceChecker {
 public:
  cepin::scoring::EvidenceStatus check(const std::string&, const std::string& item) const override {
    cepin::scoring::EvidenceText text = cepin::scoring::classify_evidence(item);
    switch (text.kind) {
      case cepin::scoring::EvidenceText::Kind::link:
        return cepin::scoring::EvidenceStatus::link;
      case cepin::scoring::EvidenceText::Kind::named:
        return cepin::scoring::EvidenceStatus::named;
      case cepin::scoring::EvidenceText::Kind::path:
        break;
    }
    return text.inside ? cepin::scoring::EvidenceStatus::not_found : cepin::scoring::EvidenceStatus::outside_root;
  }
};

// Scores an assessment and renders the outcome in every format, so every
// renderer meets every result the fuzzer can make.
inline void score_and_render(const cepin::assessment::Assessment& assessment,
                             const std::shared_ptr<const cepin::rubric::Rubric>& rubric) {
  static const TextOnlyEvidence k_evidence;
  cepin::scoring::Outcome outcome = cepin::scoring::score_outcome(assessment, rubric, {}, k_evidence);
  using namespace cepin::report;
  (void)json_outcome(outcome);
  (void)text_outcome(outcome, {Lang::zh, Color::off, Explain::yes});
  (void)text_outcome(outcome, {Lang::en, Color::on, Explain::no});
  (void)markdown_report(std::vector<cepin::scoring::Outcome>{outcome}, Lang::zh);
  (void)CsvLayout({rubric}).row(outcome);
  (void)junit_case(outcome);
  (void)github_annotations(outcome);
}

}  // namespace fuzz
