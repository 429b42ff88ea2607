// cepin's own checks for invalid YAML that yaml-cpp 0.7 accepts (an unclosed
// quote at the end of the file, text straight after a closing quote, a
// continuation line not indented enough, ...). Each check reads the raw text
// around one node yaml-cpp has already found, so a quote inside a comment, a
// plain text or a block scalar is never taken for a quoted text. A check that
// cannot tell stays silent: none of them may reject valid YAML.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cepin::yaml::strict {

// The indentation of a node's block context cannot be told: the checks that
// need it stay silent.
constexpr int k_unknown_indent = -2;

// Where a node sits, as the parser's stack of open collections tells it.
struct Context {
  bool in_flow = false;            // inside `[…]` or `{…}`
  bool flow_is_map = false;        // the innermost flow collection is `{…}`
  int indent = -1;                 // 0-based column that the node's lines must pass: the
                                   // innermost block collection's; -1 at the top level
  bool block_is_sequence = false;  // that block collection is a list (`-`), else a map
  bool is_key = false;             // the node is a map's key
};

// One problem: the byte offset it is reported at, the message and the hint.
struct Problem {
  std::size_t offset = 0;
  std::string message;
  std::string hint;
};

// A quoted or block scalar whose node starts at `offset` (anchors and tags
// are skipped): a quote never closed, an escape YAML does not have, a line
// continuing the text not indented past `context.indent`, text straight
// after the closing quote; a block scalar's `#` straight after `|` or `>`.
std::vector<Problem> check_non_plain(std::string_view text, std::size_t offset,
                                     const Context& context);

// A plain scalar `value` at `offset`: a lone `-` inside a flow collection.
std::optional<Problem> check_plain(std::string_view text, std::size_t offset,
                                   std::string_view value, const Context& context);

// A node inside a flow collection at `offset`: when it starts its line, the
// line must be indented past `context.indent`.
std::optional<Problem> check_flow_line(std::string_view text, std::size_t offset,
                                       const Context& context);

// An empty value at `offset` directly in a flow sequence: a `,` there means an
// entry is missing (`[ , a]`, `[a, , b]`).
std::optional<Problem> check_flow_null(std::string_view text, std::size_t offset);

// A block map's key at `offset` (plain, or quoted when `plain` is false, with
// the text `value`) that yaml-cpp gave an empty value at the key itself: it
// is followed by no `:` (a forgotten colon, or a line meant to continue the
// text above).
std::optional<Problem> check_key_colon(std::string_view text, std::size_t offset, bool plain,
                                       std::string_view value);

// The 0-based column of a block collection starting at `offset`, when only
// spaces and the indicators `-`, `?`, `:` precede it on its line and it does
// not start with an anchor or tag; k_unknown_indent otherwise.
int block_indent(std::string_view text, std::size_t offset);

}  // namespace cepin::yaml::strict
