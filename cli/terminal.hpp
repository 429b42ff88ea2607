// What the command line knows about where output goes.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/render.hpp"

namespace cepin::cli {

// Whether to colour what goes to file descriptor `fd`: only a terminal, and
// never with NO_COLOR set.
diag::Color color_for(int fd);

// Writes diagnostics to stderr as text (coloured on a terminal).
void print_diagnostics(const std::vector<diag::Diagnostic>& diagnostics);

// Writes text to stdout, whole, and flushes.
void write_stdout(const std::string& text);
// Writes text to stderr, whole, and flushes.
void write_stderr(const std::string& text);

// Writes a command's report to `path` ("" or "-": stdout), whole or not at
// all; returns the exit code (2 after printing why the file cannot be
// written, naming `command`).
int write_report(const std::string& path, const std::string& text, const std::string& command);

}  // namespace cepin::cli
