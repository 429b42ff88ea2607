// Finding the base of a rubric that `extends` another (SPEC §7), in this
// order: rubric files named on the command line, the other rubric files in
// the extending file's own folder (not below it), --rubrics folders, the
// built-ins. A built-in's base is always a built-in.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "rubric/extends.hpp"

namespace cepin::run {

// The rubric files a run knows by id, outside the built-ins.
struct RubricIndex {
  std::map<std::string, std::vector<std::string>> named;    // named on the command line
  std::map<std::string, std::vector<std::string>> folders;  // in --rubrics folders
};

// Finds the base `request.id` for the file `request.from_path`; never the
// file itself. Two files with the id in one place are ambiguous; a base in
// the file's folder or on the command line that shadows a built-in gets a
// rubric-shadows-builtin note.
rubric::BaseFound find_base(const rubric::BaseRequest& request, const RubricIndex& index);

// The built-in rubric `id` as a base (named `builtin:<id>`).
rubric::BaseFound find_builtin_base(const std::string& id);

// How to load a rubric file: bases found through `resolver`, identified by
// the file's real path (`builtin:<id>` for a built-in) for cycle detection.
rubric::LoadOptions file_load_options(const std::string& path, rubric::BaseResolver resolver);
rubric::LoadOptions builtin_load_options(const std::string& id);

// The top-level `id` of a YAML rubric text and its `schema`: read from the
// text when both are plain top-level lines (the usual layout), else by parsing.
std::string peek_rubric_id(const std::string& path, const std::string& bytes, std::string& schema);

}  // namespace cepin::run
