// Relative paths judged by their text alone (for `evidence_root`).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cepin::assessment {

// `path` normalised by its text: `\` is a separator, empty and `.` segments
// are dropped, `..` folded, segments joined with `/` ("" for the folder
// itself). Nothing when the path is absolute (`/x`, `\x`, `C:x`) or leaves
// the folder it starts from (`../x`, `a/../../x`). Never touches the disk.
// The same as util::normalize_relative_path (util/path.hpp).
std::optional<std::string> normalize_relative_path(std::string_view path);

}  // namespace cepin::assessment
