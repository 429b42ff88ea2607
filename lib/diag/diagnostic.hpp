// One problem found in an input: where, how bad, what, and how to fix it.
#pragma once

#include <string>
#include <vector>

namespace cepin::diag {

// How bad a diagnostic is; the order is the order of severity.
enum class Severity { note, warning, error };

// "error", "warning" or "note".
const char* severity_name(Severity severity);

// A located problem. Lines and columns are 1-based, columns in code points;
// 0 means "no position" (the whole file).
struct Diagnostic {
  std::string path;
  int line = 0;
  int column = 0;
  Severity severity = Severity::error;
  std::string code;         // stable, e.g. "subtotal-mismatch"
  std::string message;      // one sentence, no trailing period
  std::string hint;         // how to fix it, or "did you mean"; may be empty
  std::string source_line;  // the line's text for the caret display; may be empty
  // Of a long line, source_line holds only the part around the column: the
  // column of its first code point, and whether the line goes on after it.
  int source_first_column = 1;
  bool source_line_cut = false;
  // Notes that belong to this diagnostic and are always shown right after it
  // (e.g. the extending file's line that caused an error in a base rubric).
  std::vector<Diagnostic> notes;
};

// A diagnostic about a whole file (no line or column).
Diagnostic file_diagnostic(std::string path, Severity severity, std::string code, std::string message);

// Sorts by file, line, column, code (stable for equal keys), as every
// renderer wants. Files come in the order of `path_order` (a merged rubric:
// the input, then its chain of bases), then any other in order of first
// appearance; most lists hold one file.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics, const std::vector<std::string>& path_order = {});

// Whether any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

// Whether any diagnostic is a warning.
bool has_warnings(const std::vector<Diagnostic>& diagnostics);

}  // namespace cepin::diag
