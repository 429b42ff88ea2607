// Reaching an assessment's responses by clause id in tests.
#pragma once

#include <string>

#include "assessment/model.hpp"
#include "rubric/model.hpp"

namespace responses_test {

// The response to clause `id` of `rubric` in `assessment`, or null when it
// has none (or the rubric has no such clause).
inline const cepin::assessment::Response* response_to(const cepin::assessment::Assessment& assessment,
                                                      const cepin::rubric::Rubric& rubric, const std::string& id) {
  const cepin::rubric::Clause* clause = rubric.find_clause(id);
  return clause != nullptr ? assessment.responses.find(clause->ordinal) : nullptr;
}

}  // namespace responses_test
