// cepin's own small SVG writer for the charts of HTML reports: rectangles,
// lines, a polyline and text, at coordinates computed exactly from decimals
// (tenths of a pixel in integers, never floating point), so a chart is
// byte-identical on every machine. Styles are classes of the page's sheet.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/decimal.hpp"

namespace cepin::report {

// A length or coordinate in tenths of a pixel.
struct Px {
  int64_t tenths = 0;

  friend constexpr Px operator+(Px a, Px b) { return Px{a.tenths + b.tenths}; }
  friend constexpr Px operator-(Px a, Px b) { return Px{a.tenths - b.tenths}; }
  friend constexpr bool operator<(Px a, Px b) { return a.tenths < b.tenths; }
  friend constexpr bool operator==(Px a, Px b) { return a.tenths == b.tenths; }
};

// Whole pixels as a Px.
constexpr Px px(int64_t whole) { return Px{whole * 10}; }

// num ÷ den of `length`, rounded half up to a tenth of a pixel; 0 when den ≤ 0
// or num ≤ 0.
Px scaled(util::Int128 num, util::Int128 den, Px length);

// `value` ÷ `scale` of `length` (decimals ≥ 0), as scaled() rounds it.
Px scaled(util::Decimal value, util::Decimal scale, Px length);

// "12", "12.5": a Px as SVG writes it.
std::string px_text(Px value);

// How text sits on its x coordinate.
enum class Anchor { start, middle, end };

// About how wide `text` is drawn at the sheet's 12px chart font: a CJK
// character 12px, anything else 7px.
Px text_width(std::string_view text);

// The width of the widest of `texts` (text_width), 0 for none.
Px widest_text(const std::vector<std::string>& texts);

// `text` cut to at most `width` (text_width), ending with "…" when cut.
std::string fit_text(std::string_view text, Px width);

// One SVG element being written. Text is escaped here; classes are cepin's
// own names (c-solid, c-hatch, …), never input text.
class SvgWriter {
 public:
  // An <svg> of that size, with role="img" and `label` (escaped) naming it for
  // readers that cannot see it.
  SvgWriter(Px width, Px height, std::string_view label, std::string_view css_class = "");

  // A rectangle; nothing when w or h is 0 or less.
  void rect(Px x, Px y, Px w, Px h, std::string_view css_class);
  // A line from (x1, y1) to (x2, y2).
  void line(Px x1, Px y1, Px x2, Px y2, std::string_view css_class);
  // A polyline through the points (x, y) in order.
  void polyline(const std::vector<std::pair<Px, Px>>& points, std::string_view css_class);
  // A small marker centred on (x, y): a square, a circle or a triangle by
  // `shape` (0, 1, 2, …, cycling), so series tell apart without colour.
  void marker(Px x, Px y, std::size_t shape, std::string_view css_class);
  // Text with its baseline at y.
  void text(Px x, Px y, std::string_view text, Anchor anchor = Anchor::start, std::string_view css_class = "");
  // Opens a group whose tooltip is `tooltip` (escaped); close it with end_group().
  void begin_group(std::string_view tooltip);
  // Closes the group begin_group() opened.
  void end_group();

  // The finished element.
  std::string finish();

 private:
  std::string m_out;
};

// The width of every chart, and the height of its legend row.
inline constexpr Px k_chart_width = px(680);
inline constexpr Px k_legend_height = px(26);

// How far every row of a bar chart is shrunk so that the largest value ÷
// its full marks (at least 1) fits: the fraction num ÷ den.
struct ChartStretch {
  util::Int128 num = 1;
  util::Int128 den = 1;

  // Takes `value` (of a row whose track is `total`) into account.
  void include(util::Decimal value, util::Decimal total);
  // `value` of a row whose track is `total`, on `area`.
  Px length(util::Decimal value, util::Decimal total, Px area) const;
};

// The columns of a bar chart with a label left of the bars and numbers right
// of them: label width (at most 250px), the bars' x and room, from the texts.
struct BarColumns {
  Px label_width;
  Px bars_x;
  Px bars_width;
};

// The columns for these labels and value texts (values at most `value_max` wide).
BarColumns bar_columns(const std::vector<std::string>& labels, const std::vector<std::string>& values, Px value_max);

// A legend entry at x in a chart's legend row (y 6–18): a swatch of
// `css_class` and its word; returns the x after it.
Px legend_swatch(SvgWriter& svg, Px x, std::string_view css_class, const std::string& word);

// A legend entry for a line style (the threshold's dashes); returns the x
// after it.
Px legend_line(SvgWriter& svg, Px x, std::string_view css_class, const std::string& word);

}  // namespace cepin::report
