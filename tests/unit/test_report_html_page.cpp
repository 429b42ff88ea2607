#include <doctest/doctest.h>

#include "report/html_page.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;

TEST_SUITE("report::html_page") {
  TEST_CASE("input text is inert") {
    CHECK(html_escape("<script>alert('x') & \"y\"</script>") ==
          "&lt;script&gt;alert(&apos;x&apos;) &amp; &quot;y&quot;&lt;/script&gt;");
    CHECK(html_escape("a\x1b[31mb\u202Ec") == "a\\u{1b}[31mb\\u{202e}c");
    CHECK(html_escape("第一行\n第二行") == "第一行\n第二行");
    CHECK(html_escape("bad \xff byte") == "bad \\xff byte");
  }

  TEST_CASE("the page: a policy that forbids every request, the style sheet, print on A4") {
    std::string page = html_document(Lang::zh, "测评报告：<b>", "<p>x</p>\n");
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                     "style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; base-uri 'none'; "
                     "form-action 'none'\">\n",
                     0) == 0);
    CHECK(contains(page, "<title>测评报告：&lt;b&gt;</title>"));
    CHECK(contains(page, "@page { size: A4;"));
    CHECK(contains(page, "section.unit { break-before: page; }"));
    CHECK(contains(page, "<pattern id=\"c-hatch\""));
    CHECK(contains(page, "<p>x</p>\n<footer>由 cepin 生成"));
    CHECK(!contains(page, "<script"));
    CHECK(!contains(page, "http://") );
    CHECK(!contains(page, "https://"));
    CHECK(page.substr(page.size() - 16) == "</body>\n</html>\n");
    CHECK(html_document(Lang::en, "t", "").find("<html lang=\"en\">") != std::string::npos);
  }

  TEST_CASE("the footer's printing hint: score's by default, or the one given (escaped)") {
    CHECK(contains(html_document(Lang::zh, "t", ""), "每个单位另起一页。</span></footer>"));
    std::string page = html_document(Lang::en, "t", "", "Print <A4>");
    CHECK(contains(page, "<span class=\"screen\">· Print &lt;A4&gt;</span></footer>"));
    CHECK(!contains(page, "each unit starts a new page"));
  }

  TEST_CASE("tables and facts") {
    CHECK(html_table({{"ID"}, {"得分", Align::right}}, {{{"1", "12.50"}, "category"}, {{"1.1", "5.00"}, ""}},
                     "categories") ==
          "<table class=\"categories\"><thead><tr><th>ID</th><th class=\"num\">得分</th></tr></thead>\n<tbody>\n"
          "<tr class=\"category\"><td>1</td><td class=\"num\">12.50</td></tr>\n"
          "<tr><td>1.1</td><td class=\"num\">5.00</td></tr>\n</tbody></table>\n");
    CHECK(html_facts({{"基础分", "84.70"}, {"来源<", "a.yaml"}}) ==
          "<dl class=\"facts\"><dt>基础分</dt><dd>84.70</dd><dt>来源&lt;</dt><dd>a.yaml</dd></dl>\n");
    CHECK(html_element("p", "note", "x") == "<p class=\"note\">x</p>");
    CHECK(html_element("p", "", "x") == "<p>x</p>");
  }
}
