// The expectation checker of `cepin test`: compares one scored outcome with
// what a test case expects, key by key, exactly (SPEC §12).
#pragma once

#include <string>
#include <vector>

#include "rubrictest/model.hpp"
#include "scoring/result.hpp"

namespace cepin::rubrictest {

// One expectation that does not hold: what the outcome has, a sentence
// saying so (`score is 90.5, expected 101.5`) and how to fix the test.
struct Failure {
  Expectation expectation;
  Value actual;
  std::string message;
  std::string hint;
};

// Checks each expectation in order; no failure means the case passed.
// Decimals compare by value, reasons in order, warnings as a multiset,
// clauses and categories (also items) by id; an explicit null expects the
// field to be null or absent. An outcome that could not be scored, while
// no `error` is expected, is a single failure at `expect_at`.
std::vector<Failure> check(const scoring::Outcome& outcome, const std::vector<Expectation>& expectations,
                           diag::Position expect_at);

// What the outcome has for one expectation's field (null when it has none).
Value actual_value(const scoring::Outcome& outcome, const Expectation& expectation);

}  // namespace cepin::rubrictest
