// UTF-8 decoding, validation, display width and escaping of untrusted text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cepin::util {

// Where a text stops being valid UTF-8: the byte offset of the first bad byte.
// Empty when the whole text is valid. Overlong forms and surrogates are invalid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Decodes the code point starting at `pos` and advances `pos` past it. Invalid
// bytes decode as U+FFFD one byte at a time.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// The number of code points in `text`.
std::size_t code_point_count(std::string_view text);

// Columns a code point takes on a terminal: 2 for East Asian Wide and
// Fullwidth, 0 for combining marks and zero-width characters, else 1.
int code_point_width(char32_t cp);

// Columns `text` takes on a terminal (see code_point_width).
std::size_t display_width(std::string_view text);

// Whether a code point must never reach a terminal or report raw: C0/C1
// controls (but tab and newline are the caller's business), DEL, and bidi
// overrides/isolates/marks.
bool is_dangerous_code_point(char32_t cp);

// Which whitespace controls escape_for_terminal leaves alone.
enum class KeepNewlines { no, yes };

// `text` with every dangerous code point (and invalid byte) written as
// `\u{1b}`; newlines and tabs are escaped too unless kept.
std::string escape_for_terminal(std::string_view text, KeepNewlines keep = KeepNewlines::no);

// Trims ASCII spaces, tabs and U+3000 IDEOGRAPHIC SPACE from both ends.
std::string_view trim_spaces(std::string_view text);

}  // namespace cepin::util
