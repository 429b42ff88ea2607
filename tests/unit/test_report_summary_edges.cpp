// The batch summary and its Markdown/HTML sections for the rarer batches: a
// unit scored twice, a result whose rubric is not known, a rubric with no
// full marks, and the copy a summary keeps of a result.
#include <doctest/doctest.h>

#include "report/html_summary.hpp"
#include "report/markdown_blocks.hpp"
#include "report/markdown_summary.hpp"
#include "report/summary.hpp"
#include "test_report_fixture.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;

namespace {

scoring::Warning duplicate_of(const char* id, const char* source) {
  scoring::Warning w;
  w.kind = assessment::WarningKind::duplicate_result;
  w.id = id;
  w.text = source;
  return w;
}

std::string markdown_of(const BatchSummary& summary, Lang lang) {
  MarkdownBlocks doc;
  markdown_summary(doc, summary, lang);
  return doc.join();
}

}  // namespace

TEST_SUITE("report::summary") {
  TEST_CASE("no full marks: one open bin from 0") {
    std::vector<ScoreBin> bins = score_bins(fixture::dec("0"), fixture::dec("0"), fixture::dec("0.01"), false);
    REQUIRE(bins.size() == 1);
    CHECK(bins[0].from == fixture::dec("0"));
    CHECK_FALSE(bins[0].to.has_value());
    CHECK_FALSE(bins[0].closed);
    CHECK_FALSE(bins[0].above);
    CHECK(in_bin(bins[0], fixture::dec("3")));
  }

  TEST_CASE("share of full marks: none without full marks, else a percent to one decimal") {
    CHECK_FALSE(share_percent(fixture::dec("5"), fixture::dec("0")).has_value());
    CHECK(share_percent(fixture::dec("1"), fixture::dec("3"))->to_string() == "33.3");
  }

  TEST_CASE("the summary's copy keeps the scores and the duplicate warning, not the clauses") {
    auto rubric = fixture::demo_rubric();
    scoring::Result full = fixture::ineligible_result(rubric);
    full.warnings.push_back(duplicate_of("150600", "units/a0.yaml"));
    scoring::Outcome copy = summary_copy(full);
    const auto& kept = std::get<scoring::Result>(copy);
    CHECK(kept.score == fixture::dec("5.5"));
    CHECK(kept.reasons.size() == 3);
    REQUIRE(kept.categories.size() == 2);
    CHECK(kept.categories[0].score == fixture::dec("4.5"));
    CHECK(kept.categories[0].items.empty());
    REQUIRE(kept.warnings.size() == 1);
    CHECK(kept.warnings[0].text == "units/a0.yaml");
    scoring::Outcome error_copy = summary_copy(fixture::error_result());
    CHECK(std::get<scoring::ErrorResult>(error_copy).errors.size() == 3);
  }

  TEST_CASE("a unit scored twice, and a result without a rubric") {
    auto rubric = fixture::demo_rubric();
    scoring::Result first = fixture::eligible_result(rubric);
    scoring::Result again = fixture::eligible_result(rubric, "units/b2.yaml");
    again.warnings.push_back(duplicate_of("150200", "units/b.yaml"));
    scoring::Result orphan = fixture::eligible_result(rubric, "units/c.yaml", "赤峰市", "7");
    orphan.rubric.reset();
    orphan.unit.id = "150400";
    orphan.verdict = scoring::Verdict::ineligible;
    orphan.grade.reset();
    scoring::Outcome a = first, b = again, c = orphan;
    BatchSummary summary = summarize({&a, &b, &c}, std::nullopt);
    REQUIRE(summary.rubrics.size() == 2);
    CHECK(summary.rubrics[1].rubric == nullptr);
    CHECK(summary.known_rubrics() == std::vector<const rubric::Rubric*>{rubric.get()});
    const RubricSummary& demo = summary.rubrics[0];
    REQUIRE(demo.ranking.size() == 2);
    CHECK(demo.ranking[0].rank == 1);
    CHECK(demo.ranking[1].duplicate);
    CHECK(demo.eligible == 1);  // the duplicate is not counted twice
    REQUIRE(demo.averages.size() == 2);
    CHECK(demo.averages[0].units == 1);
    CHECK(demo.averages[0].average == fixture::dec("9"));
    const RubricSummary& none = summary.rubrics[1];
    REQUIRE(none.ranking.size() == 1);
    CHECK(none.ineligible == 1);
    CHECK(none.averages.empty());
    CHECK(none.distribution.empty());

    SUBCASE("markdown") {
      std::string md = markdown_of(summary, Lang::en);
      CHECK(contains(md, "| — | 包头市 (150200) (duplicate) | 19.00 | 20.00 | eligible to apply | 优秀 |  |\n"));
      CHECK(contains(md, "#### Ranking: none\n"));
      CHECK(contains(md, "| 1 | 赤峰市 (150400) | 7.00 | 20.00 | not eligible to apply |  |\n"));
      CHECK(test_text::count(md, "#### 示范测评指标 (demo)") == 1);  // averages only for the known rubric
      std::string zh = markdown_of(summary, Lang::zh);
      CHECK(contains(zh, "| — | 包头市 (150200)（重复） | 19.00 | 20.00 | 符合申报条件 | 优秀 |  |\n"));
    }
    SUBCASE("html") {
      std::string html = html_summary(summary, {}, Lang::en);
      CHECK(contains(html, "包头市 (150200) (duplicate)"));
      CHECK(contains(html, "<h3>none</h3>\n<h4>Ranking</h4>\n"));
      CHECK(test_text::count(html, "<table class=\"ranking\">") == 2);
      CHECK(contains(html_summary(summary, {}, Lang::zh), "包头市 (150200)（重复）"));
    }
  }

  TEST_CASE("a score above full marks gets a bin of its own; a category no unit has gets no average") {
    auto rubric = fixture::demo_rubric();
    scoring::Result over = fixture::eligible_result(rubric, "units/b.yaml", "包头市", "21");
    over.categories.resize(1);  // category 2 was not scored
    scoring::Outcome a = over;
    BatchSummary summary = summarize({&a}, std::nullopt);
    REQUIRE(summary.rubrics.size() == 1);
    const RubricSummary& demo = summary.rubrics[0];
    REQUIRE_FALSE(demo.distribution.empty());
    CHECK(demo.distribution.back().above);
    CHECK(demo.distribution.back().eligible == 1);
    REQUIRE(demo.averages.size() == 2);
    CHECK_FALSE(demo.averages[1].average.has_value());
    CHECK(demo.averages[1].units == 0);
    std::string md = markdown_of(summary, Lang::en);
    CHECK(contains(md, "| 2 | Outreach |  | 10.00 | 0 |\n"));
    std::string html = html_summary(summary, {}, Lang::en);
    CHECK(contains(html, "<title>&gt; 20: 1 eligible to apply, 0 not eligible to apply</title>"));
    CHECK(contains(html, "<title>2 Outreach — / 10.00</title>"));
  }
}
