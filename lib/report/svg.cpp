#include "report/svg.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "report/html_page.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

constexpr int64_t k_cjk_width = 120;    // tenths of a pixel at 12px
constexpr int64_t k_other_width = 70;

const char* anchor_name(Anchor anchor) {
  switch (anchor) {
    case Anchor::start:
      return "start";
    case Anchor::middle:
      return "middle";
    case Anchor::end:
      return "end";
  }
  return "start";
}

std::string class_attribute(std::string_view css_class) {
  return css_class.empty() ? "" : fmt::format(" class=\"{}\"", css_class);
}

}  // namespace

Px scaled(util::Int128 num, util::Int128 den, Px length) {
  if (den <= 0 || num <= 0 || length.tenths <= 0) {
    return Px{};
  }
  return Px{static_cast<int64_t>((num * length.tenths * 2 + den) / (2 * den))};
}

Px scaled(util::Decimal value, util::Decimal scale, Px length) {
  return scaled(value.units(), scale.units(), length);
}

std::string px_text(Px value) {
  int64_t t = value.tenths;
  std::string sign = t < 0 ? "-" : "";
  int64_t a = t < 0 ? -t : t;
  return a % 10 == 0 ? fmt::format("{}{}", sign, a / 10) : fmt::format("{}{}.{}", sign, a / 10, a % 10);
}

Px text_width(std::string_view text) {
  int64_t tenths = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t start = pos;
    util::next_code_point(text, pos);
    tenths += util::display_width(text.substr(start, pos - start)) >= 2 ? k_cjk_width : k_other_width;
  }
  return Px{tenths};
}

Px widest_text(const std::vector<std::string>& texts) {
  Px w{};
  for (const std::string& text : texts) {
    w = std::max(w, text_width(text));
  }
  return w;
}

std::string fit_text(std::string_view text, Px width) {
  if (!(width < text_width(text))) {
    return std::string(text);
  }
  Px room = width - Px{k_cjk_width};  // for "…"
  std::string out;
  int64_t used = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t start = pos;
    util::next_code_point(text, pos);
    int64_t w = text_width(text.substr(start, pos - start)).tenths;
    if (used + w > room.tenths) {
      break;
    }
    used += w;
    out.append(text.substr(start, pos - start));
  }
  return out + "…";
}

SvgWriter::SvgWriter(Px width, Px height, std::string_view label, std::string_view css_class) {
  m_out = fmt::format("<svg{} viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">",
                      class_attribute(css_class), px_text(width), px_text(height), px_text(width), px_text(height),
                      html_escape(label));
}

void SvgWriter::rect(Px x, Px y, Px w, Px h, std::string_view css_class) {
  if (w.tenths <= 0 || h.tenths <= 0) {
    return;
  }
  m_out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{}></rect>", px_text(x), px_text(y),
                       px_text(w), px_text(h), class_attribute(css_class));
}

void SvgWriter::line(Px x1, Px y1, Px x2, Px y2, std::string_view css_class) {
  m_out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}></line>", px_text(x1), px_text(y1),
                       px_text(x2), px_text(y2), class_attribute(css_class));
}

void SvgWriter::polyline(const std::vector<std::pair<Px, Px>>& points, std::string_view css_class) {
  std::string list;
  for (const auto& [x, y] : points) {
    list += (list.empty() ? "" : " ") + px_text(x) + "," + px_text(y);
  }
  m_out += fmt::format("<polyline points=\"{}\"{}></polyline>", list, class_attribute(css_class));
}

void SvgWriter::marker(Px x, Px y, std::size_t shape, std::string_view css_class) {
  Px r = Px{35};
  switch (shape % 3) {
    case 0:
      rect(x - r, y - r, r + r, r + r, css_class);
      return;
    case 1:
      m_out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{}></circle>", px_text(x), px_text(y),
                           px_text(Px{40}), class_attribute(css_class));
      return;
    default:
      m_out += fmt::format("<polygon points=\"{},{} {},{} {},{}\"{}></polygon>", px_text(x), px_text(y - Px{45}),
                           px_text(x + Px{45}), px_text(y + Px{35}), px_text(x - Px{45}), px_text(y + Px{35}),
                           class_attribute(css_class));
      return;
  }
}

void SvgWriter::text(Px x, Px y, std::string_view text, Anchor anchor, std::string_view css_class) {
  std::string anchor_attr = anchor == Anchor::start ? "" : fmt::format(" text-anchor=\"{}\"", anchor_name(anchor));
  m_out += fmt::format("<text x=\"{}\" y=\"{}\"{}{}>{}</text>", px_text(x), px_text(y), anchor_attr,
                       class_attribute(css_class), html_escape(text));
}

void SvgWriter::begin_group(std::string_view tooltip) {
  m_out += "<g><title>" + html_escape(tooltip) + "</title>";
}

void SvgWriter::end_group() { m_out += "</g>"; }

std::string SvgWriter::finish() {
  m_out += "</svg>";
  return std::move(m_out);
}

void ChartStretch::include(util::Decimal value, util::Decimal total) {
  if (total > util::Decimal() && static_cast<util::Int128>(value.units()) * den > num * total.units()) {
    num = value.units();
    den = total.units();
  }
}

Px ChartStretch::length(util::Decimal value, util::Decimal total, Px area) const {
  return scaled(static_cast<util::Int128>(value.units()) * den, static_cast<util::Int128>(total.units()) * num, area);
}

BarColumns bar_columns(const std::vector<std::string>& labels, const std::vector<std::string>& values, Px value_max) {
  Px label_w = std::min(widest_text(labels) + px(10), px(250));
  Px value_w = std::min(widest_text(values) + px(12), value_max);
  return {label_w, label_w, k_chart_width - label_w - value_w - px(6)};
}

Px legend_swatch(SvgWriter& svg, Px x, std::string_view css_class, const std::string& word) {
  svg.rect(x, px(6), px(14), px(12), css_class);
  svg.text(x + px(19), px(16), word, Anchor::start, "c-muted");
  return x + px(19) + text_width(word) + px(16);
}

Px legend_line(SvgWriter& svg, Px x, std::string_view css_class, const std::string& word) {
  svg.line(x, px(12), x + px(18), px(12), css_class);
  svg.text(x + px(23), px(16), word, Anchor::start, "c-muted");
  return x + px(23) + text_width(word) + px(16);
}

}  // namespace cepin::report
