// Relative paths judged by their text alone, never by the disk (evidence
// items and `evidence_root`).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cepin::util {

// Whether `path` is absolute by its text: a leading `/` or `\`, or an ASCII
// drive letter and `:` (`C:x`, `c:\x`).
bool is_absolute_path(std::string_view path);

// `path` normalised by its text: `\` is a separator, empty and `.` segments
// are dropped, `..` folded, segments joined with `/` ("" for the folder
// itself). Nothing when the path is absolute (is_absolute_path) or leaves the
// folder it starts from (`../x`, `a/../../x`).
std::optional<std::string> normalize_relative_path(std::string_view path);

// `path` taken from the folder `dir`: itself when absolute or when `dir` is
// "" or "."; else `dir/path`; then lexically normal (`a/../b` is `b`, `./`
// dropped, "." for nothing). Text only: the disk is never asked.
std::string join_path(std::string_view dir, std::string_view path);

// The real path of `path` (symlinks resolved, absolute); nothing when it
// cannot be resolved (missing, unreadable, a dangling link).
std::optional<std::string> real_path(const std::string& path);

// Whether the real path `candidate` is `root` or lies below it (both already
// resolved by real_path).
bool real_path_inside(const std::string& root, const std::string& candidate);

}  // namespace cepin::util
