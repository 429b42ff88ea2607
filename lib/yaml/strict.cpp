#include "yaml/strict.hpp"

#include <fmt/format.h>

namespace cepin::yaml::strict {

namespace {

constexpr std::size_t k_none = std::string_view::npos;

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_break(char c) {
  return c == '\n' || c == '\r';
}

// The escapes of YAML 1.2 double-quoted texts (a line break after `\` too).
bool is_yaml_escape(char c) {
  return std::string_view("0abt\tnvfre \"/\\N_LPxuU").find(c) != std::string_view::npos;
}

// What a scan of one quoted text from its opening quote found.
struct QuotedScan {
  std::size_t close = k_none;       // the closing quote
  std::size_t bad_escape = k_none;  // the first escape YAML does not have
  std::size_t short_line = k_none;  // the first continuation line not indented past `indent`
};

// Scans a quoted text. Continuation lines are checked against `indent` when
// it is 0 or more; a line holding only spaces and tabs is never checked.
QuotedScan scan_quoted(std::string_view text, std::size_t open, int indent) {
  QuotedScan scan;
  char quote = text[open];
  std::size_t i = open + 1;
  while (i < text.size()) {
    char c = text[i];
    if (quote == '"' && c == '\\') {
      if (i + 1 < text.size() && !is_break(text[i + 1])) {
        if (scan.bad_escape == k_none && !is_yaml_escape(text[i + 1])) {
          scan.bad_escape = i;
        }
        i += 2;
      } else {
        ++i;  // an escaped line break: the break is a continuation like any other
      }
      continue;
    }
    if (c == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        i += 2;
        continue;
      }
      scan.close = i;
      return scan;
    }
    if (c == '\n' && indent >= 0 && scan.short_line == k_none) {
      std::size_t start = i + 1;
      std::size_t spaces_end = start;
      while (spaces_end < text.size() && text[spaces_end] == ' ') {
        ++spaces_end;
      }
      std::size_t content = spaces_end;
      while (content < text.size() && is_blank(text[content])) {
        ++content;
      }
      bool blank_line = content >= text.size() || is_break(text[content]);
      if (!blank_line && spaces_end - start <= static_cast<std::size_t>(indent)) {
        scan.short_line = spaces_end;
      }
    }
    ++i;
  }
  return scan;
}

// Past the anchor and tag of a node starting at `offset` (and the spaces and
// line breaks after them); k_none when a comment or the end comes first.
std::size_t skip_properties(std::string_view text, std::size_t offset) {
  std::size_t i = offset;
  while (i < text.size() && (text[i] == '&' || text[i] == '!')) {
    while (i < text.size() && !is_blank(text[i]) && !is_break(text[i])) {
      ++i;
    }
    while (i < text.size() && (is_blank(text[i]) || is_break(text[i]))) {
      ++i;
    }
  }
  return i < text.size() ? i : k_none;
}

std::string indent_hint(int indent) {
  int at_least = indent + 1;
  return fmt::format("indent it by at least {} {}", at_least, at_least == 1 ? "space" : "spaces");
}

const char* parent_word(const Context& context) {
  return context.block_is_sequence ? "`-`" : "key";
}

// What may follow a closing quote on its line, checked from just past it.
std::optional<Problem> check_after_quote(std::string_view text, std::size_t after,
                                         const Context& context) {
  if (after >= text.size()) {
    return std::nullopt;
  }
  if (text[after] == '#') {
    return Problem{after, "a `#` straight after a closing quote does not start a comment",
                   "put a space before `#`"};
  }
  std::size_t i = after;
  while (i < text.size() && is_blank(text[i])) {
    ++i;
  }
  if (i >= text.size() || is_break(text[i]) || (i > after && text[i] == '#')) {
    return std::nullopt;
  }
  // `:` after a key; `]` and `}` close a flow collection (outside one,
  // yaml-cpp reports them itself); `,` separates flow entries.
  char c = text[i];
  if (c == ':' || c == ']' || c == '}' || (c == ',' && context.in_flow)) {
    return std::nullopt;
  }
  return Problem{i, "text follows the closing quote", "put the whole text inside the quotes"};
}

std::vector<Problem> check_quoted(std::string_view text, std::size_t open, const Context& context) {
  int indent = context.is_key ? -1 : context.indent;
  QuotedScan scan = scan_quoted(text, open, indent);
  if (scan.close == k_none) {
    // Whatever else the scan saw belongs to the rest of the file, not to this text.
    return {Problem{open, "this quoted text is never closed",
                    fmt::format("close the quote: add `{}` where the text ends", text[open])}};
  }
  std::vector<Problem> problems;
  if (scan.bad_escape != k_none) {
    bool quote = text[scan.bad_escape + 1] == '\'';
    problems.push_back({scan.bad_escape, "unknown escape sequence in a double-quoted text",
                        quote ? "a `'` needs no backslash inside double quotes"
                              : "write `\\\\` for a backslash, or use single quotes"});
  }
  if (scan.short_line != k_none) {
    problems.push_back(
        {scan.short_line,
         fmt::format("this line continues a quoted text but is not indented more than its {}",
                     parent_word(context)),
         indent_hint(context.indent) + ", or write the text on one line"});
  }
  if (auto after = check_after_quote(text, scan.close + 1, context)) {
    problems.push_back(std::move(*after));
  }
  return problems;
}

// A block scalar's header: `|` or `>`, up to two indicators, then a space,
// a tab or the line's end.
std::optional<Problem> check_block_header(std::string_view text, std::size_t start) {
  std::size_t i = start + 1;
  while (i < text.size() && i < start + 3 &&
         std::string_view("123456789+-").find(text[i]) != k_none) {
    ++i;
  }
  if (i < text.size() && text[i] == '#') {
    return Problem{i,
                   fmt::format("a `#` straight after `{}` does not start a comment",
                               text.substr(start, i - start)),
                   "put a space before `#`"};
  }
  return std::nullopt;
}

}  // namespace

std::vector<Problem> check_non_plain(std::string_view text, std::size_t offset,
                                     const Context& context) {
  std::size_t start = skip_properties(text, offset);
  if (start == k_none) {
    return {};
  }
  if (text[start] == '"' || text[start] == '\'') {
    return check_quoted(text, start, context);
  }
  if (text[start] == '|' || text[start] == '>') {
    if (auto problem = check_block_header(text, start)) {
      return {std::move(*problem)};
    }
  }
  return {};
}

std::optional<Problem> check_plain(std::string_view text, std::size_t offset,
                                   std::string_view value, const Context& context) {
  if (!context.in_flow || value != "-" || offset >= text.size() || text[offset] != '-') {
    return std::nullopt;
  }
  return Problem{
      offset,
      fmt::format("a lone `-` is not allowed inside `{}`", context.flow_is_map ? "{…}" : "[…]"),
      "quote it: `\"-\"`"};
}

std::optional<Problem> check_flow_line(std::string_view text, std::size_t offset,
                                       const Context& context) {
  if (!context.in_flow || context.indent < 0 || offset > text.size()) {
    return std::nullopt;
  }
  std::size_t start = offset;
  while (start > 0 && is_blank(text[start - 1])) {
    --start;
  }
  if (start > 0 && text[start - 1] != '\n') {
    return std::nullopt;  // not the first thing on its line
  }
  std::size_t spaces_end = start;
  while (spaces_end < offset && text[spaces_end] == ' ') {
    ++spaces_end;
  }
  if (spaces_end - start > static_cast<std::size_t>(context.indent)) {
    return std::nullopt;
  }
  return Problem{spaces_end,
                 fmt::format("this line continues a `{}` {} but is not indented more than its {}",
                             context.flow_is_map ? "{…}" : "[…]",
                             context.flow_is_map ? "map" : "list", parent_word(context)),
                 indent_hint(context.indent)};
}

std::optional<Problem> check_flow_null(std::string_view text, std::size_t offset) {
  if (offset >= text.size() || text[offset] != ',') {
    return std::nullopt;
  }
  return Problem{offset, "an entry is missing before this `,`", "remove the extra `,`"};
}

std::optional<Problem> check_key_colon(std::string_view text, std::size_t offset, bool plain,
                                       std::string_view value) {
  std::size_t after = k_none;
  if (plain) {
    if (!value.empty() && text.substr(offset, value.size()) == value) {
      after = offset + value.size();
    }
  } else if (offset < text.size() && (text[offset] == '"' || text[offset] == '\'')) {
    std::size_t close = scan_quoted(text, offset, -1).close;
    after = close == k_none ? k_none : close + 1;
  }
  if (after == k_none) {
    return std::nullopt;
  }
  while (after < text.size() && is_blank(text[after])) {
    ++after;
  }
  // Only a key alone on its line (a comment aside) lacks its `:`; other text
  // after it is another check's business.
  if (after < text.size() && !is_break(text[after]) && text[after] != '#') {
    return std::nullopt;
  }
  return Problem{offset, "this line has no `:` after its key",
                 "write `key: value`, or indent the line to continue the text above"};
}

int block_indent(std::string_view text, std::size_t offset) {
  constexpr std::size_t k_max_prefix = 1024;
  if (offset >= text.size() || text[offset] == '&' || text[offset] == '!') {
    return k_unknown_indent;
  }
  std::size_t start = offset;
  while (start > 0 && offset - start < k_max_prefix &&
         std::string_view(" -?:").find(text[start - 1]) != k_none) {
    --start;
  }
  if (start > 0 && text[start - 1] != '\n') {
    return k_unknown_indent;
  }
  return static_cast<int>(offset - start);
}

}  // namespace cepin::yaml::strict
