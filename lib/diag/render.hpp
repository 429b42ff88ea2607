// Diagnostics as text for a terminal, as JSON, or as GitHub annotations.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "util/json_writer.hpp"

namespace cepin::diag {

// Whether to colour terminal output.
enum class Color { no, yes };

// `path:line:col: severity: message [code]`, the source line (at most ~160
// columns around the spot) and a caret placed by display width, then the hint.
// Text from the input is escaped so no control character reaches the terminal.
std::string render_text(const Diagnostic& diagnostic, Color color = Color::no);

// A JSON array of {path, line, column, severity, code, message, hint}.
std::string render_json(const std::vector<Diagnostic>& diagnostics);

// One diagnostic and then each of its notes, as entries of the JSON array
// `json` is writing (the entries of render_json).
void write_json(util::JsonWriter& json, const Diagnostic& diagnostic);

// One GitHub workflow command per diagnostic (`::error file=…,line=…,col=…,title=…::message`),
// each followed by its notes.
std::string render_github(const std::vector<Diagnostic>& diagnostics);

// The workflow command of one diagnostic alone (its notes not included).
std::string render_github_one(const Diagnostic& diagnostic);

// GitHub's escaping of a workflow command's message (`%`, CR, LF) and of a
// property value (also `:` and `,`), after control characters are escaped.
std::string github_escape_data(const std::string& text);
std::string github_escape_property(const std::string& text);

}  // namespace cepin::diag
