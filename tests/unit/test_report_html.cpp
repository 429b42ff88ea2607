#include <doctest/doctest.h>

#include "report/html.hpp"
#include "report/writer.hpp"
#include "test_report_fixture.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;
using test_text::count;

namespace {

HtmlOptions html_options(Lang lang, HtmlUnits units = HtmlUnits::automatic) { return {lang, std::nullopt, units}; }

}  // namespace

TEST_SUITE("report::html") {
  TEST_CASE("one unit: a page about it, no page break before it") {
    auto rubric = fixture::demo_rubric();
    std::string page = html_report({fixture::ineligible_result(rubric)}, html_options(Lang::zh));
    CHECK(contains(page, "<title>测评报告：鄂尔多斯市 (150600)</title>"));
    CHECK(contains(page, "<h1>测评报告：鄂尔多斯市 <span class=\"uid\">(150600)</span></h1>"));
    CHECK(contains(page, "<section class=\"unit-only\" id=\"u1\">"));
    CHECK(!contains(page, "<section class=\"unit\""));
    CHECK(contains(page, "<span class=\"verdict bad\">不符合申报条件</span><span class=\"score\">5.50<small> / "
                         "20.00</small></span><span>等级：无</span>"));
    CHECK(contains(page, "<ul class=\"reasons\"><li>一票否决：重大事件</li><li>前置条件未满足：已获省级命名</li>"
                         "<li>总分 5.50 低于申报线 18.00</li></ul>"));
    CHECK(contains(page, "<h2>分类得分</h2>"));
    CHECK(contains(page, "<tr class=\"item\"><td>1.1</td><td>组织领导</td><td class=\"num\">3.00</td>"));
    CHECK(contains(page, "<td>学习记录.pdf<br>https://example.org/a</td>"));
    CHECK(contains(page, "<li>2.2 Coverage：0.00 / 5.00，可提升 +5.00</li>"));
    CHECK(contains(page, "aria-label=\"分类得分\""));
    CHECK(!contains(page, "汇总"));
  }

  TEST_CASE("a batch: the summary with its charts, then a section per unit") {
    auto rubric = fixture::demo_rubric();
    std::vector<scoring::Outcome> outcomes = {
        fixture::ineligible_result(rubric), fixture::eligible_result(rubric), fixture::error_result(),
        fixture::eligible_result(rubric, "x.yaml", "<script>alert(1)</script>", "17.5")};
    std::string page = html_report(outcomes, html_options(Lang::zh));
    CHECK(contains(page, "<title>测评报告：示范测评指标 (demo)</title>"));
    CHECK(contains(page, "<li class=\"good\"><b>2</b>符合申报条件</li>"));
    CHECK(contains(page, "<li class=\"error\"><b>1</b>错误</li>"));
    CHECK(contains(page, "<h3 id=\"r1\">示范测评指标 (demo)</h3>"));
    CHECK(contains(page, "aria-label=\"得分分布\""));
    CHECK(contains(page, "aria-label=\"分类平均分\""));
    CHECK(count(page, "<svg class=\"mini\"") == 3);
    CHECK(contains(page, "<td><a href=\"#u1\">鄂尔多斯市 (150600)</a></td>"));
    CHECK(contains(page, "一票否决：重大事件<br>前置条件：已获省级命名<br>低于申报线"));
    CHECK(contains(page, "<section class=\"unit\" id=\"u3\">\n<h2>3. 呼伦贝尔市 <span class=\"uid\">(150700)</span></h2>"));
    CHECK(contains(page, "<span class=\"verdict error\">错误</span>"));
    CHECK(count(page, "<section class=\"unit\"") == 4);
    SUBCASE("a unit named <script> is text, never an element") {
      CHECK(contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
      CHECK(!contains(page, "<script"));
    }
    SUBCASE("--html-units ineligible: sections for units not eligible and inputs not scored, and a note") {
      std::string some = html_report(outcomes, html_options(Lang::zh, HtmlUnits::ineligible));
      CHECK(count(some, "<section class=\"unit\"") == 2);
      CHECK(contains(some, "id=\"u1\""));
      CHECK(contains(some, "id=\"u3\""));
      CHECK(contains(some, "<td>包头市 (150200)</td>"));  // no section, no link
      CHECK(contains(some, "<p class=\"note\">共 4 个单位，其中 2 个（不符合申报条件或无法评分）列出详情。</p>"));
    }
    SUBCASE("--html-units none: the summary alone") {
      std::string none = html_report(outcomes, html_options(Lang::en, HtmlUnits::none));
      CHECK(count(none, "<section class=\"unit\"") == 0);
      CHECK(contains(none, "<h2>Summary</h2>"));
      CHECK(contains(none, "<html lang=\"en\">"));
    }
  }

  TEST_CASE("more units than the limit: by default the summary alone, with a note") {
    auto rubric = fixture::demo_rubric();
    std::vector<scoring::Outcome> outcomes(k_html_units_limit + 1, fixture::eligible_result(rubric));
    std::string page = html_report(outcomes, html_options(Lang::zh));
    CHECK(count(page, "<section class=\"unit\"") == 0);
    CHECK(contains(page, "<p class=\"note\">本报告共 501 个单位，多于 500 个，只含汇总；"));
    CHECK(count(html_report(outcomes, html_options(Lang::zh, HtmlUnits::all)), "<section class=\"unit\"") == 501);
  }
}

TEST_SUITE("report::html writer") {
  // Feeds `outcomes` to an HTML writer as `score` does and returns the page.
  std::string written(const std::vector<scoring::Outcome>& outcomes, const WriterOptions& options) {
    std::unique_ptr<ResultWriter> writer = make_result_writer(Format::html, options);
    std::string page = writer->begin();
    for (const scoring::Outcome& outcome : outcomes) {
      std::string rendered = writer->render(outcome);
      page += writer->add(std::move(rendered), std::make_shared<const scoring::Outcome>(outcome));
    }
    return page + writer->end();
  }

  TEST_CASE("the page is written at the end, the same as html_report's") {
    auto rubric = fixture::demo_rubric();
    std::vector<scoring::Outcome> outcomes = {fixture::ineligible_result(rubric), fixture::eligible_result(rubric)};
    WriterOptions options;
    options.most_results = 2;
    CHECK(written(outcomes, options) == html_report(outcomes, html_options(Lang::zh)));
    SUBCASE("a run that might pass the limit but does not (skipped items) still gets its sections") {
      options.most_results = k_html_units_limit + 100;
      CHECK(written(outcomes, options) == html_report(outcomes, html_options(Lang::zh)));
    }
  }

  TEST_CASE("past the limit: the summary alone, the same as from whole results") {
    auto rubric = fixture::demo_rubric();
    std::vector<scoring::Outcome> outcomes;
    for (std::size_t i = 0; i <= k_html_units_limit; ++i) {
      outcomes.push_back(i % 3 == 0 ? scoring::Outcome{fixture::ineligible_result(rubric)}
                                    : scoring::Outcome{fixture::eligible_result(rubric)});
    }
    WriterOptions options;
    options.most_results = outcomes.size();
    std::string page = written(outcomes, options);
    CHECK(page == html_report(outcomes, html_options(Lang::zh)));
    CHECK(count(page, "<section class=\"unit\"") == 0);
  }
}
