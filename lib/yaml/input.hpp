// From raw bytes to a YAML document: the checks every YAML input gets.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diag/source.hpp"
#include "yaml/document.hpp"

namespace cepin::yaml {

// A YAML input: its source text (kept for diagnostics) and the document, which
// is null when the input could not be parsed.
struct Input {
  std::shared_ptr<const diag::SourceText> source;
  std::unique_ptr<Document> document;
  std::vector<diag::Diagnostic> diagnostics;
};

// Strips a UTF-8 BOM, rejects invalid UTF-8 (invalid-utf8, at the first bad
// byte) and inputs over 16 MiB (file-too-large), then parses one document.
// Never throws.
Input parse_input(std::string path, std::string bytes);

}  // namespace cepin::yaml
