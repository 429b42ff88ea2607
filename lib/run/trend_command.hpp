// `cepin trend PATH...` (SPEC §10): read every path as compare reads a
// side, compute the trend, write every report, and decide the exit code.
#pragma once

#include <string>
#include <vector>

#include "run/change_run.hpp"
#include "trend/trend.hpp"

namespace cepin::run {

// Everything `trend` was asked to do.
struct TrendCommand {
  std::vector<std::string> paths;
  ChangeCommandOptions common;
  trend::Rollup rollup = trend::Rollup::mean;
  bool fail_on_decline = false;  // exit 1 when a unit's last score is below its previous one
};

// Runs trend; returns the exit code. Never throws for bad input.
int trend_command(const TrendCommand& command, const ScoreSinks& sinks);

}  // namespace cepin::run
