#include "report/html_page.hpp"

#include "report/page_labels.hpp"
#include "util/utf8.hpp"
#include "util/xml.hpp"

namespace cepin::report {

namespace {

// Screen and print in one sheet. Charts are drawn with classes (c-…) so that
// the same SVG prints in black and white: eligible bars solid, others hatched,
// the threshold a dashed line, every figure labelled in words.
constexpr const char* k_style = R"CSS(
:root { --ink: #1b1f24; --muted: #5a6270; --rule: #c4cad3; --head: #eef1f5; --accent: #1f3b63;
  --good: #1d5b2c; --bad: #8c1d1d; }
* { box-sizing: border-box; }
html { color: var(--ink); background: #fff;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei",
    "SimHei", "Noto Sans", "Segoe UI", Arial, sans-serif; }
body { max-width: 1000px; margin: 0 auto; padding: 28px 32px 40px; font-size: 14px; line-height: 1.55; }
h1 { font-size: 23px; line-height: 1.3; margin: 0 0 10px; padding-bottom: 8px; border-bottom: 3px solid var(--accent); }
h2 { font-size: 18px; color: var(--accent); margin: 30px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 15.5px; margin: 22px 0 8px; }
h4 { font-size: 14.5px; margin: 16px 0 6px; }
.uid { color: var(--muted); font-weight: normal; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 14px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.facts ul { margin: 0; padding-left: 18px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 13px; }
th, td { border: 1px solid var(--rule); padding: 3px 7px; text-align: left; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.item td:nth-child(2) { padding-left: 22px; }
tr.category td { font-weight: 600; }
table.reasons { width: auto; min-width: 50%; }
table.ranking td { white-space: nowrap; }
table.ranking td:last-child { white-space: normal; }
td svg.mini { display: block; margin-top: 3px; }
p.meta { color: var(--muted); margin: 4px 0 8px; }
p.meta b { color: var(--ink); font-weight: 600; }
.tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0 16px; padding: 0; list-style: none; }
.tiles li { border: 1px solid var(--rule); padding: 6px 14px; min-width: 150px; }
.tiles b { display: block; font-size: 24px; line-height: 1.2; font-variant-numeric: tabular-nums; }
.tiles .good { border-left: 5px solid var(--good); }
.tiles .bad { border-left: 5px dashed var(--bad); }
.tiles .error { border-left: 5px dotted var(--muted); }
.headline { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 18px; margin: 6px 0 10px; }
.verdict { display: inline-block; padding: 2px 12px; font-weight: 700; border: 2px solid; }
.verdict.good { color: var(--good); }
.verdict.bad { color: var(--bad); border-style: dashed; }
.verdict.error { color: var(--muted); border-style: dotted; }
.score { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
.score small { font-size: 15px; font-weight: normal; color: var(--muted); }
ul.reasons { margin: 4px 0 12px; padding-left: 20px; color: var(--bad); }
ol.plan { margin: 4px 0 12px; padding-left: 24px; }
.note { border-left: 4px solid var(--accent); background: var(--head); padding: 6px 12px; margin: 10px 0; }
figure { margin: 10px 0 16px; }
figcaption { font-size: 12.5px; color: var(--muted); margin-top: 2px; }
svg { max-width: 100%; height: auto; }
svg text { font-size: 12px; fill: var(--ink); }
svg .c-muted { fill: var(--muted); }
svg .c-strong { font-weight: 700; }
.c-track { fill: #fff; stroke: #7d8694; stroke-width: 1; }
.c-solid { fill: var(--accent); }
.c-hatch { fill: url(#c-hatch); stroke: var(--accent); stroke-width: 1; }
.c-line { stroke: var(--bad); stroke-width: 1.6; stroke-dasharray: 5 3; fill: none; }
.c-full { stroke: var(--ink); stroke-width: 1.2; }
.c-axis { stroke: #454c57; stroke-width: 1; }
.c-grid { stroke: #dde1e7; stroke-width: 1; }
.c-series { stroke: var(--ink); stroke-width: 1.6; fill: none; }
.c-dot { fill: var(--ink); }
.c-hollow { fill: #fff; stroke: var(--ink); stroke-width: 1.4; }
.multiples { display: flex; flex-wrap: wrap; gap: 10px 24px; }
ul.sides { margin: 4px 0 12px; padding-left: 20px; }
table.detail { width: auto; min-width: 60%; }
table.wide { font-size: 12px; }
table.wide td, table.wide th { padding: 2px 4px; }
table.wide td:first-child { min-width: 10em; }
.scroll { overflow-x: auto; }
svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12px; }
a { color: var(--accent); }
@page { size: A4; margin: 14mm 13mm 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h1 { font-size: 17pt; }
  h2 { font-size: 13.5pt; }
  section.unit { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  figure, tr, .headline, .tiles li, svg.panel { break-inside: avoid; }
  table.wide { font-size: 6.5pt; }
  table.wide td:first-child { min-width: 6em; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  footer .screen { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)CSS";

// Patterns every chart on the page refers to (url(#c-hatch)).
constexpr const char* k_defs =
    "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>"
    "<pattern id=\"c-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
    "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"></rect>"
    "<line x1=\"1.5\" y1=\"0\" x2=\"1.5\" y2=\"6\" stroke=\"#1f3b63\" stroke-width=\"2.2\"></line></pattern>"
    "</defs></svg>\n";

const char* align_class(Align align) { return align == Align::right ? " class=\"num\"" : ""; }

}  // namespace

std::string html_escape(std::string_view text) {
  return util::xml_escape(util::escape_for_terminal(text, util::KeepNewlines::yes));
}

void append_html_head(std::string& out, Lang lang, std::string_view title) {
  out += "<!DOCTYPE html>\n<html lang=\"";
  out += lang == Lang::zh ? "zh-CN" : "en";
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"";
  out += k_html_policy;
  out += "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"cepin\">\n<title>";
  out += html_escape(title);
  out += "</title>\n<style>";
  out += k_style;
  out += "</style>\n</head>\n<body>\n";
  out += k_defs;
}

void append_html_tail(std::string& out, Lang lang, std::string_view print_hint) {
  const PageLabels& p = page_labels(lang);
  out += "<footer>";
  out += html_escape(p.generated_by);
  out += " <span class=\"screen\">· ";
  out += html_escape(print_hint.empty() ? std::string_view(p.print_hint) : print_hint);
  out += "</span></footer>\n</body>\n</html>\n";
}

std::string html_document(Lang lang, std::string_view title, std::string_view body,
                          std::string_view print_hint) {
  std::string out;
  out.reserve(body.size() + 6000);
  append_html_head(out, lang, title);
  out += body;
  append_html_tail(out, lang, print_hint);
  return out;
}

std::string html_table(const std::vector<HtmlColumn>& columns, const std::vector<HtmlRow>& rows,
                       std::string_view css_class) {
  std::string out = css_class.empty() ? "<table>" : "<table class=\"" + std::string(css_class) + "\">";
  out += "<thead><tr>";
  for (const HtmlColumn& column : columns) {
    out += "<th";
    out += align_class(column.align);
    out += ">" + html_escape(column.heading) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const HtmlRow& row : rows) {
    out += row.css_class.empty() ? "<tr>" : "<tr class=\"" + row.css_class + "\">";
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      out += "<td";
      out += i < columns.size() ? align_class(columns[i].align) : "";
      out += ">";
      out += row.cells[i];
      out += "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
  return out;
}

std::string html_facts(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out = "<dl class=\"facts\">";
  for (const auto& [label, value] : fields) {
    out += "<dt>" + html_escape(label) + "</dt><dd>" + value + "</dd>";
  }
  return out + "</dl>\n";
}

std::string html_element(std::string_view tag, std::string_view css_class, std::string_view content) {
  std::string out = "<" + std::string(tag);
  if (!css_class.empty()) {
    out += " class=\"" + std::string(css_class) + "\"";
  }
  out += ">";
  out += content;
  out += "</" + std::string(tag) + ">";
  return out;
}

}  // namespace cepin::report
