// Finding the base of a rubric that `extends` another (SPEC §7): the loader
// asks a resolver for each base by id, so lib/rubric never touches the file
// system and tests can resolve from in-memory strings.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace cepin::rubric {

// A request for a base: its id, and the rubric file that asks for it.
struct BaseRequest {
  std::string id;
  std::string from_path;  // the extending file, as named in its diagnostics
  bool from_builtin = false;  // a built-in's base is always a built-in
};

// What a resolver found for a base.
struct BaseFound {
  enum class Status { found, not_found, ambiguous, unreadable };
  Status status = Status::not_found;
  std::string path;      // found: the name for diagnostics ("builtin:<id>" for a built-in)
  std::string identity;  // found: the file itself (a real path, or "builtin:<id>"), for cycles
  std::string bytes;     // found: the text
  bool builtin = false;
  std::vector<std::string> places;      // ambiguous: every file with the id
  std::vector<std::string> known;       // not found: the ids it knows, for "did you mean"
  std::string problem;                  // unreadable: why
  std::vector<diag::Diagnostic> notes;  // e.g. rubric-shadows-builtin
};

// Finds a base by id for the file that asks; must not call back into a load.
using BaseResolver = std::function<BaseFound(const BaseRequest&)>;

// How a rubric file is loaded: where its bases are found, whether it is
// itself a built-in, and its identity for cycle detection (default: its path).
struct LoadOptions {
  BaseResolver resolver;
  bool builtin = false;
  std::string identity;
};

// The longest chain of bases a rubric may have.
inline constexpr int k_max_extends_depth = 8;

}  // namespace cepin::rubric
