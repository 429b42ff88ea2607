// A diagnostic from its parts, for tests (the struct grows; tests name what they need).
#pragma once

#include <string>

#include "diag/diagnostic.hpp"

namespace test {

inline cepin::diag::Diagnostic diagnostic(std::string path, int line, int column, cepin::diag::Severity severity,
                                          std::string code, std::string message, std::string hint = "") {
  cepin::diag::Diagnostic d;
  d.path = std::move(path);
  d.line = line;
  d.column = column;
  d.severity = severity;
  d.code = std::move(code);
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

}  // namespace test
