// The frame every HTML report shares (score, compare and trend):
// one self-contained UTF-8 page — the style sheet and the charts' patterns
// inline, a Content-Security-Policy that forbids every request and script —
// and the pieces pages are made of (escaped text, tables, field lists).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/labels.hpp"
#include "report/text_table.hpp"

namespace cepin::report {

// The policy of every page: nothing may be fetched or run; inline styles
// only (inline SVG is part of the page, not a request).
inline constexpr const char* k_html_policy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; "
    "base-uri 'none'; form-action 'none'";

// `text` from an input file as inert HTML text, for element content and
// attribute values alike: `&`, `<`, `>`, `"`, `'` become entities, control
// characters and bidi overrides are written `\u{1b}`, bytes that are not
// UTF-8 `\xNN`, so a unit named `<script>` is shown and never run.
std::string html_escape(std::string_view text);

// The whole page: doctype, `lang` (zh-CN or en), charset, the policy, the
// title (escaped here), the style sheet (screen and print: A4, each
// `section.unit` on a new page), the charts' shared patterns, then `body`
// (HTML already made safe) and a footer with the printing hint: `print_hint`,
// or score's (each unit on a page of its own) when empty.
std::string html_document(Lang lang, std::string_view title, std::string_view body,
                          std::string_view print_hint = {});
// html_document in two parts, for a page too big to copy: everything before
// the body, appended to `out`, and everything after it.
void append_html_head(std::string& out, Lang lang, std::string_view title);
void append_html_tail(std::string& out, Lang lang, std::string_view print_hint = {});

// One column of an HTML table: its heading (escaped here) and alignment
// (right: numbers, in tabular figures).
struct HtmlColumn {
  std::string heading;
  Align align = Align::left;
};

// One row of an HTML table: cells holding HTML made safe already, and the
// row's class (may be empty).
struct HtmlRow {
  std::vector<std::string> cells;
  std::string css_class;
};

// A <table> with a header row and one row per entry. `css_class` (may be
// empty) names the table's class.
std::string html_table(const std::vector<HtmlColumn>& columns, const std::vector<HtmlRow>& rows,
                       std::string_view css_class = "");

// A <dl class="facts"> of label and value pairs; labels are escaped here,
// values hold HTML made safe already.
std::string html_facts(const std::vector<std::pair<std::string, std::string>>& fields);

// `<tag class="css_class">content</tag>` (no class attribute when empty);
// `content` holds HTML made safe already.
std::string html_element(std::string_view tag, std::string_view css_class, std::string_view content);

}  // namespace cepin::report
