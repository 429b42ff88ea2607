// Small text helpers shared by every layer: ASCII case folding, joining,
// prefixes and suffixes. Bytes beyond ASCII (UTF-8 included) pass unchanged.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cepin::util {

// `text` with ASCII letters lower-cased; other bytes unchanged.
std::string ascii_lower(std::string_view text);
// Whether ascii_lower(text) == lower, without making the copy.
bool equals_ascii_lower(std::string_view text, std::string_view lower);

// The parts joined by `separator` ("a, b, c" by default).
std::string join(const std::vector<std::string>& parts, std::string_view separator = ", ");

// Whether `text` starts / ends with `affix`.
bool starts_with(std::string_view text, std::string_view affix);
bool ends_with(std::string_view text, std::string_view affix);

}  // namespace cepin::util
