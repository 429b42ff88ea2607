// `cepin compare BASE NEW` (SPEC §9): read both sides, compare, write every
// report, and decide the exit code.
#pragma once

#include <string>

#include "compare/compare.hpp"
#include "run/change_run.hpp"

namespace cepin::run {

// What `--fail-on` gates for compare (each makes the run exit 1).
struct CompareGates {
  bool regression = false;  // a unit regressed
  bool flip = false;        // a verdict flipped either way
  bool change = false;      // a unit is not `unchanged` (added, removed, errors included)
  bool ineligible = false;  // a NEW unit is ineligible
  bool warning = false;     // a NEW unit has a warning
};

// Everything `compare` was asked to do.
struct CompareCommand {
  std::string base;
  std::string next;
  ChangeCommandOptions common;
  compare::CompareOptions compare;
  CompareGates gates;
};

// Whether the report trips a gate.
bool compare_gated(const compare::CompareReport& report, const CompareGates& gates);

// Runs compare; returns the exit code. Never throws for bad input.
int compare_command(const CompareCommand& command, const ScoreSinks& sinks);

}  // namespace cepin::run
