// The subcommands: each registers its options on a CLI11 subcommand and
// returns the handler that runs it and yields the exit code.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace cepin::cli {

// Runs a parsed subcommand; returns the exit code.
using Handler = std::function<int()>;

// Each sets up its subcommand's options and returns its handler.
Handler setup_validate(CLI::App& command);
Handler setup_score(CLI::App& command);
Handler setup_show(CLI::App& command);
Handler setup_template(CLI::App& command);
Handler setup_rubrics(CLI::App& command);
Handler setup_compare(CLI::App& command);
Handler setup_trend(CLI::App& command);
Handler setup_test(CLI::App& command);
Handler setup_schema(CLI::App& command);

}  // namespace cepin::cli
