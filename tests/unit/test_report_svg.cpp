#include <doctest/doctest.h>

#include "report/svg.hpp"
#include "util/decimal.hpp"

using namespace cepin;
using namespace cepin::report;

namespace {

util::Decimal dec(const char* text) { return *util::parse_decimal(text).value; }

}  // namespace

TEST_SUITE("report::svg") {
  TEST_CASE("coordinates are exact tenths of a pixel") {
    CHECK(px_text(px(12)) == "12");
    CHECK(px_text(Px{125}) == "12.5");
    CHECK(px_text(Px{-5}) == "-0.5");
    CHECK(px_text(Px{}) == "0");
    SUBCASE("scaled rounds half up, never through floating point") {
      CHECK(scaled(dec("91.88"), dec("100"), px(600)).tenths == 5513);  // 551.28 → 551.3
      CHECK(scaled(dec("1"), dec("3"), px(10)).tenths == 33);
      CHECK(scaled(dec("2"), dec("3"), px(10)).tenths == 67);
      CHECK(scaled(dec("103.59"), dec("100"), px(100)).tenths == 1036);  // above full marks: longer
      CHECK(scaled(dec("5"), dec("0"), px(100)).tenths == 0);
      CHECK(scaled(dec("0"), dec("10"), px(100)).tenths == 0);
    }
  }

  TEST_CASE("text width and fitting") {
    CHECK(text_width("ab").tenths == 140);
    CHECK(text_width("组织").tenths == 240);
    CHECK(fit_text("组织领导", px(48)) == "组织领导");
    CHECK(fit_text("组织领导工作", px(48)) == "组织领…");
    CHECK(fit_text("abcdefghij", px(40)) == "abcd…");
  }

  TEST_CASE("elements, text escaped, empty rectangles left out") {
    SvgWriter svg(px(100), Px{205}, "得分 <b>", "chart");
    svg.rect(px(1), px(2), Px{35}, px(4), "c-solid");
    svg.rect(px(1), px(2), Px{0}, px(4), "c-solid");
    svg.line(px(0), px(0), px(10), Px{5}, "c-line");
    svg.text(px(5), px(9), "<script>alert(1)</script> & \"x\"", Anchor::middle, "c-muted");
    svg.begin_group("a<b");
    svg.polyline({{px(0), px(1)}, {Px{15}, px(2)}}, "c-line");
    svg.marker(px(5), px(5), 0, "c-solid");
    svg.marker(px(5), px(5), 1, "c-solid");
    svg.marker(px(5), px(5), 2, "c-solid");
    svg.end_group();
    CHECK(svg.finish() ==
          "<svg class=\"chart\" viewBox=\"0 0 100 20.5\" width=\"100\" height=\"20.5\" role=\"img\" "
          "aria-label=\"得分 &lt;b&gt;\">"
          "<rect x=\"1\" y=\"2\" width=\"3.5\" height=\"4\" class=\"c-solid\"></rect>"
          "<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"0.5\" class=\"c-line\"></line>"
          "<text x=\"5\" y=\"9\" text-anchor=\"middle\" class=\"c-muted\">"
          "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</text>"
          "<g><title>a&lt;b</title><polyline points=\"0,1 1.5,2\" class=\"c-line\"></polyline>"
          "<rect x=\"1.5\" y=\"1.5\" width=\"7\" height=\"7\" class=\"c-solid\"></rect>"
          "<circle cx=\"5\" cy=\"5\" r=\"4\" class=\"c-solid\"></circle>"
          "<polygon points=\"5,0.5 9.5,8.5 0.5,8.5\" class=\"c-solid\"></polygon></g></svg>");
  }
}
