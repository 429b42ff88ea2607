// Reading one top-level value of a YAML file without parsing it, for indexing
// folders and planning runs; callers fall back to a full parse when it fails.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cepin::yaml {

// The value of the first `key: value` line that starts at column 1 when it is
// a simple id-like text (letters, digits, `.`, `_`, `-`, `@`; quoted or not;
// then only spaces and a comment). Nothing otherwise: the caller then parses.
std::optional<std::string> top_level_scalar(std::string_view text, std::string_view key);

}  // namespace cepin::yaml
