// Untrusted text made inert for one line of Markdown (a table cell, a list
// item, a heading).
#pragma once

#include <string>
#include <string_view>

namespace cepin::report {

// `text` as literal inline Markdown on one line: `&`, `<`, `>` become
// entities; `\`, `` ` ``, `*`, `_`, `[`, `]`, `#`, `|`, `~`, `!`, `@` are
// backslash-escaped, as are the `:` of `://` and the `.` of `www.` (no
// autolink); line breaks and runs of whitespace become one space, ends are
// trimmed; control characters and bidi overrides are written as `\u{1b}`.
std::string escape_markdown(std::string_view text);

}  // namespace cepin::report
