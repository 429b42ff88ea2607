#include "diag/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace cepin::diag {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

Diagnostic file_diagnostic(std::string path, Severity severity, std::string code, std::string message) {
  Diagnostic d;
  d.path = std::move(path);
  d.severity = severity;
  d.code = std::move(code);
  d.message = std::move(message);
  return d;
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics, const std::vector<std::string>& path_order) {
  std::vector<std::string> order = path_order;
  for (const Diagnostic& d : diagnostics) {
    if (std::find(order.begin(), order.end(), d.path) == order.end()) {
      order.push_back(d.path);
    }
  }
  auto rank = [&order](const Diagnostic& d) {
    return static_cast<std::size_t>(std::find(order.begin(), order.end(), d.path) - order.begin());
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    std::size_t rank_a = rank(a);
    std::size_t rank_b = rank(b);
    return std::tie(rank_a, a.line, a.column, a.code) < std::tie(rank_b, b.line, b.column, b.code);
  });
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

bool has_warnings(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::warning; });
}

}  // namespace cepin::diag
