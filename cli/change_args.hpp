// The options `compare` and `trend` share with `score` (rubrics, reading
// and scoring assessments, reports), registered once for both commands.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "run/change_run.hpp"

namespace cepin::cli {

// What the shared options give as text, before it is checked.
struct ChangeArgs {
  run::ChangeCommandOptions options;
  std::string format;
  std::string as_of;
  std::string lang;
  bool strict_evidence = false;
};

// Registers the shared options; `formats` are the command's report formats.
void add_change_options(CLI::App& command, ChangeArgs& args, const std::vector<std::string>& formats);

// Checks and converts the shared options; a message when they are bad usage.
std::optional<std::string> finish_change_options(ChangeArgs& args);

// The sinks of a command run from the terminal (stderr, colours).
run::ScoreSinks terminal_sinks();

}  // namespace cepin::cli
