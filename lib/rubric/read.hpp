// Reading a rubric's YAML tree — a file's own, or one merged with its bases —
// into the model, with every check of SPEC §2 and §8.
#pragma once

#include "diag/source.hpp"
#include "rubric/model.hpp"
#include "yaml/document.hpp"

namespace cepin::rubric::detail {

// Reads and validates `root` into `rubric`, reporting every problem into
// `diagnostics`; the rubric is usable only when no error was reported.
void read_tree(const yaml::Node& root, diag::DiagnosticList& diagnostics, Rubric& rubric);

}  // namespace cepin::rubric::detail
