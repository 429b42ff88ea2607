// Diagnostics as text for a terminal, as JSON, or as GitHub annotations.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace cepin::diag {

// Whether to colour terminal output.
enum class Color { no, yes };

// `path:line:col: severity: message [code]`, the source line (at most ~160
// columns around the spot) and a caret placed by display width, then the hint.
// Text from the input is escaped so no control character reaches the terminal.
std::string render_text(const Diagnostic& diagnostic, Color color = Color::no);

// A JSON array of {path, line, column, severity, code, message, hint}.
std::string render_json(const std::vector<Diagnostic>& diagnostics);

// One GitHub workflow command per diagnostic (`::error file=…,line=…,col=…,title=…::message`).
std::string render_github(const std::vector<Diagnostic>& diagnostics);

}  // namespace cepin::diag
