// Hand-built rubrics and assessments for the scoring tests.
#pragma once

#include <doctest/doctest.h>

#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "assessment/model.hpp"
#include "rubric/model.hpp"
#include "report/messages.hpp"
#include "scoring/engine.hpp"
#include "scoring/evidence.hpp"
#include "util/decimal.hpp"

namespace scoring_test {

using cepin::util::Decimal;
namespace rubric = cepin::rubric;
namespace assessment = cepin::assessment;
namespace scoring = cepin::scoring;

// A decimal from its text; the test fails when it is not one.
inline Decimal d(const char* text) {
  auto parsed = cepin::util::parse_decimal(text);
  REQUIRE(parsed.value.has_value());
  return *parsed.value;
}

// A clause with the given points and rule type; parameters are set by the caller.
inline rubric::Clause clause(std::string id, const char* points,
                             rubric::RuleType type = rubric::RuleType::check) {
  rubric::Clause out;
  out.id = std::move(id);
  out.text = "criterion " + out.id;
  out.points = d(points);
  out.rule.type = type;
  return out;
}

// A node holding clauses, with its full marks computed.
inline rubric::Node node(std::string id, std::vector<rubric::Clause> clauses,
                         std::optional<Decimal> cap = std::nullopt) {
  rubric::Node out;
  out.id = std::move(id);
  out.title = "node " + out.id;
  out.cap = cap;
  out.clauses = std::move(clauses);
  for (const rubric::Clause& c : out.clauses) {
    out.full_marks += c.points;
  }
  if (cap) {
    out.full_marks = cepin::util::min(*cap, out.full_marks);
  }
  return out;
}

// A category holding items, with its full marks computed.
inline rubric::Node category(std::string id, std::vector<rubric::Node> items,
                             std::optional<Decimal> cap = std::nullopt) {
  rubric::Node out;
  out.id = std::move(id);
  out.title = "category " + out.id;
  out.cap = cap;
  out.items = std::move(items);
  for (const rubric::Node& item : out.items) {
    out.full_marks += item.full_marks;
  }
  if (cap) {
    out.full_marks = cepin::util::min(*cap, out.full_marks);
  }
  return out;
}

// A rubric over `categories` with total = Σ full marks; adjust fields, then
// call finish() before scoring.
inline std::shared_ptr<rubric::Rubric> make_rubric(std::vector<rubric::Node> categories,
                                                   const char* threshold) {
  auto out = std::make_shared<rubric::Rubric>();
  out->id = "test";
  out->title = "test rubric";
  out->threshold = d(threshold);
  out->categories = std::move(categories);
  for (const rubric::Node& c : out->categories) {
    out->total += c.full_marks;
  }
  out->build_index();
  return out;
}

// Answers.
// The response slot of clause `id` of rubric `r` in `a` (the test fails when `r` has no such clause).
inline assessment::Response& answer(assessment::Assessment& a, const rubric::Rubric& r, const std::string& id) {
  const rubric::Clause* clause = r.find_clause(id);
  REQUIRE(clause != nullptr);
  return a.responses.slot(clause->ordinal);
}

// Evidence items written at no particular place.
inline std::vector<assessment::EvidenceItem> items(const std::vector<std::string>& texts) {
  std::vector<assessment::EvidenceItem> out;
  for (const std::string& text : texts) {
    out.push_back({text, {}});
  }
  return out;
}

inline assessment::Response met(bool value, std::vector<std::string> evidence = {}) {
  assessment::Response out;
  out.state = assessment::ResponseState::answered;
  out.met = value;
  out.evidence = items(evidence);
  return out;
}
inline assessment::Response value(const char* text, std::vector<std::string> evidence = {}) {
  assessment::Response out;
  out.state = assessment::ResponseState::answered;
  out.value = d(text);
  out.evidence = items(evidence);
  return out;
}
inline assessment::Response count(int64_t n) {
  assessment::Response out;
  out.state = assessment::ResponseState::answered;
  out.count = n;
  return out;
}
inline assessment::Response level(std::string label) {
  assessment::Response out;
  out.state = assessment::ResponseState::answered;
  out.level = std::move(label);
  return out;
}
inline assessment::Response labels(std::vector<std::string> met_labels) {
  assessment::Response out;
  out.state = assessment::ResponseState::answered;
  out.labels = std::move(met_labels);
  return out;
}
inline assessment::Response not_applicable() {
  assessment::Response out;
  out.state = assessment::ResponseState::not_applicable;
  return out;
}

// An adjustment of `kind`, `per` points each, capped at `cap`.
inline rubric::Adjustment adjustment(std::string id, rubric::AdjustmentKind kind, const char* per = "0",
                                     std::optional<Decimal> cap = std::nullopt) {
  rubric::Adjustment out;
  out.id = std::move(id);
  out.kind = kind;
  out.per = d(per);
  out.cap = cap;
  return out;
}

// An adjustment answered with a count of `n`.
inline assessment::AdjustmentAnswer times(int64_t n, std::vector<std::string> evidence = {}) {
  assessment::AdjustmentAnswer out;
  out.count = n;
  out.evidence = items(evidence);
  return out;
}

// A veto event answered occurred (or not).
inline assessment::AdjustmentAnswer occurred(bool value) {
  assessment::AdjustmentAnswer out;
  out.occurred = value;
  return out;
}

// A prerequisite answered met (or not).
inline assessment::PrerequisiteAnswer prerequisite(bool value, std::vector<std::string> evidence = {}) {
  assessment::PrerequisiteAnswer out;
  out.met = value;
  out.evidence = items(evidence);
  return out;
}

// A prerequisite of the rubric needing `min_items` evidence items.
inline rubric::Prerequisite gate(std::string id, int min_items = 0) {
  rubric::Prerequisite out;
  out.id = std::move(id);
  out.evidence.min_items = min_items;
  return out;
}

// Decides items by their text (links and named items count, paths are found)
// unless listed in `statuses`; records every question.
class FakeChecker : public scoring::EvidenceChecker {
 public:
  std::map<std::string, scoring::EvidenceStatus> statuses;
  mutable std::vector<std::string> asked;

  scoring::EvidenceStatus check(const std::string& root, const std::string& item) const override {
    asked.push_back(root + "|" + item);
    auto it = statuses.find(item);
    if (it != statuses.end()) {
      return it->second;
    }
    const scoring::EvidenceText text = scoring::classify_evidence(item);
    if (text.kind == scoring::EvidenceText::Kind::link) {
      return scoring::EvidenceStatus::link;
    }
    if (text.kind == scoring::EvidenceText::Kind::named) {
      return scoring::EvidenceStatus::named;
    }
    return scoring::EvidenceStatus::found;
  }
};

// Scores with default options and a FakeChecker.
inline scoring::Result run(const assessment::Assessment& a,
                           const std::shared_ptr<rubric::Rubric>& r,
                           const scoring::Options& options = {}) {
  FakeChecker checker;
  return scoring::score(a, r, options, checker);
}

// "code:id" of every warning, in order.
inline std::vector<std::string> warning_codes(const scoring::Result& result) {
  std::vector<std::string> out;
  for (const auto& w : result.warnings) {
    out.push_back(w.id.empty() ? std::string(w.code()) : std::string(w.code()) + ":" + w.id);
  }
  return out;
}

// Reason `i` of a result in English, as JSON prints it.
inline std::string reason_message(const scoring::Result& result, std::size_t i) {
  return cepin::report::reason_text(result.reasons.at(i), result.rubric.get(), cepin::report::Lang::en);
}

// Warning `i` of a result in English, as JSON prints it.
inline std::string warning_message(const scoring::Result& result, std::size_t i) {
  return cepin::report::warning_text(result.warnings.at(i), result.rubric.get(), cepin::report::Lang::en);
}

// The codes of every reason, in order.
inline std::vector<std::string> reason_codes(const scoring::Result& result) {
  std::vector<std::string> out;
  for (const auto& r : result.reasons) {
    out.push_back(r.code());
  }
  return out;
}

}  // namespace scoring_test
