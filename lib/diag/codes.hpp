// What each diagnostic and warning code means, in one line, for reports that
// describe their rules (SARIF's `tool.driver.rules`).
#pragma once

#include <string>
#include <string_view>

namespace cepin::diag {

// A code's one-line description and how to fix what it reports.
struct CodeInfo {
  std::string description;
  std::string help;
};

// The description of `code`; a code cepin does not list gets a generic one
// built from its name (never empty).
CodeInfo code_info(std::string_view code);

// Whether `code` has its own entry (a test keeps every code cepin emits listed).
bool is_known_code(std::string_view code);

}  // namespace cepin::diag
