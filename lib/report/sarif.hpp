// SARIF 2.1.0 reports (SPEC §11) for code-scanning tools: one run, one rule
// per code used, one result per diagnostic or located warning.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace cepin::report {

// A SARIF log built result by result.
class SarifReport {
 public:
  // Adds a diagnostic as a result (level error, warning or note); its notes
  // become `relatedLocations`.
  void add(const diag::Diagnostic& diagnostic);
  // The whole log as JSON, ending with a newline. `version` is cepin's.
  // Paths become URIs relative to the working directory (`uriBaseId`
  // %SRCROOT%), or `file://` URIs when absolute; `-` (stdin) and built-in
  // files (`builtin:…`) get no physical location; line 0 leaves out the region.
  std::string render(const std::string& version) const;

 private:
  std::vector<diag::Diagnostic> m_results;
};

// A path as a URI reference: every byte outside `A–Z a–z 0–9 - . _ ~ /`
// percent-encoded (for SARIF's artifactLocation.uri).
std::string uri_escape(const std::string& path);

}  // namespace cepin::report
