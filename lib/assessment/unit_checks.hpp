// The checks an assessment's header gets whatever file it came from (a YAML
// file or a CSV unit): the rubric it names, the version it pins, the kind of
// its unit (SPEC §3).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "assessment/warning.hpp"
#include "diag/source.hpp"
#include "rubric/model.hpp"

namespace cepin::assessment {

// What an assessment says about its rubric: `rubric: id` or `id@version`.
struct RubricRef {
  std::string id;
  std::optional<std::string> version;
  diag::Position position;  // of the `rubric` value (or CSV cell)
};

// Splits `id@version` (each part trimmed); the version is nothing without `@`.
RubricRef split_rubric_ref(std::string_view text, diag::Position at);

// Whether a reference names a rubric: an id, and a version after `@` when
// there is an `@` (not ``, `@v` or `id@`).
bool names_rubric(const RubricRef& ref);

// A rubric-version warning when the pinned version is not the rubric's (or
// the rubric has none); nothing when there is no pin or it matches.
std::optional<Warning> check_version(const RubricRef& ref, const rubric::Rubric& rubric);

// A unit-kind warning (at `at`) when `kind` is given and not among the
// rubric's `applies_to`; nothing when it is, or either is empty.
std::optional<Warning> check_unit_kind(const std::string& kind, diag::Position at, const rubric::Rubric& rubric);

// A unit-id-scientific warning (at `at`) when `id` is all scientific notation
// (`9.1E+17`, `1e5`): a long number a spreadsheet rounded; nothing otherwise.
std::optional<Warning> check_unit_id(const std::string& id, diag::Position at);

}  // namespace cepin::assessment
