#include <doctest/doctest.h>

#include "report/summary.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;
using fixture::dec;

namespace {

// "[0,10) [10,20) … [90,100] >100" for reading bins at a glance.
std::string bins_text(const std::vector<ScoreBin>& bins) {
  std::string out;
  for (const ScoreBin& bin : bins) {
    out += out.empty() ? "" : " ";
    if (!bin.to) {
      out += (bin.above ? ">" : ">=") + bin.from.to_string();
    } else {
      out += "[" + bin.from.to_string() + "," + bin.to->to_string() + (bin.closed ? "]" : ")");
    }
  }
  return out;
}

}  // namespace

TEST_SUITE("report::summary") {
  TEST_CASE("score bins: a tenth of full marks wide, the threshold on an edge") {
    CHECK(bins_text(score_bins(dec("100"), dec("90"), dec("0.01"), false)) ==
          "[0,10) [10,20) [20,30) [30,40) [40,50) [50,60) [60,70) [70,80) [80,90) [90,100]");
    CHECK(bins_text(score_bins(dec("100"), dec("90"), dec("0.01"), true)) ==
          "[0,10) [10,20) [20,30) [30,40) [40,50) [50,60) [60,70) [70,80) [80,90) [90,100] >100");
    CHECK(bins_text(score_bins(dec("120"), dec("72"), dec("0.01"), false)) ==
          "[0,12) [12,24) [24,36) [36,48) [48,60) [60,72) [72,84) [84,96) [96,108) [108,120]");
    CHECK(bins_text(score_bins(dec("100"), dec("85"), dec("0.01"), false)) ==
          "[0,5) [5,15) [15,25) [25,35) [35,45) [45,55) [55,65) [65,75) [75,85) [85,95) [95,100]");
    SUBCASE("a threshold of full marks: full marks and above are one bin") {
      CHECK(bins_text(score_bins(dec("20"), dec("20"), dec("0.01"), true)) ==
            "[0,2) [2,4) [4,6) [6,8) [8,10) [10,12) [12,14) [14,16) [16,18) [18,20) >=20");
    }
    SUBCASE("a tiny total at a coarse precision still has bins") {
      CHECK(bins_text(score_bins(dec("3"), dec("2"), dec("1"), false)) == "[0,1) [1,2) [2,3]");
    }
    SUBCASE("each score falls into one bin") {
      std::vector<ScoreBin> bins = score_bins(dec("100"), dec("90"), dec("0.01"), true);
      CHECK(in_bin(bins[8], dec("89.99")));
      CHECK(in_bin(bins[9], dec("90")));
      CHECK(in_bin(bins[9], dec("100")));
      CHECK(!in_bin(bins[10], dec("100")));
      CHECK(in_bin(bins[10], dec("100.01")));
    }
  }

  TEST_CASE("the batch") {
    auto rubric = fixture::demo_rubric();
    scoring::Result high = fixture::eligible_result(rubric, "a.yaml", "甲", "21");
    high.assessed_on = util::parse_date("2025-06-30");
    scoring::Result low = fixture::ineligible_result(rubric);
    low.assessed_on = util::parse_date("2025-04-20");
    scoring::Result same = fixture::eligible_result(rubric, "c.yaml", "丙", "19");
    std::vector<scoring::Outcome> outcomes = {low, high, fixture::error_result(), same};
    std::vector<const scoring::Outcome*> pointers;
    for (const scoring::Outcome& outcome : outcomes) {
      pointers.push_back(&outcome);
    }
    BatchSummary summary = summarize(pointers);
    REQUIRE(summary.rubrics.size() == 1);
    const RubricSummary& group = summary.rubrics[0];
    CHECK(group.ranking[0].result->unit.name == "甲");
    CHECK(group.ranking[2].result->unit.name == "鄂尔多斯市");
    CHECK(group.eligible == 2);
    CHECK(group.ineligible == 1);
    CHECK(group.has_grades());
    SUBCASE("the distribution counts by verdict, a score above full marks in a bin of its own") {
      REQUIRE(group.distribution.size() == 11);
      CHECK(group.distribution[2].ineligible == 1);  // 5.5 in [4, 6)
      CHECK(group.distribution[9].eligible == 1);    // 19 in [18, 20]
      CHECK(group.distribution[10].eligible == 1);   // 21 above 20
    }
    SUBCASE("the dates: the span of assessed_on, undated units counted; --as-of wins") {
      CHECK(util::format_date(*summary.dates.earliest) == "2025-04-20");
      CHECK(util::format_date(*summary.dates.latest) == "2025-06-30");
      CHECK(summary.dates.undated == 1);
      CHECK(!summary.dates.as_of);
      CHECK(util::format_date(*summarize(pointers, util::parse_date("2026-01-01")).dates.as_of) == "2026-01-01");
    }
    SUBCASE("reasons: counted with their first occurrence, errors listed") {
      REQUIRE(summary.reasons.size() == 3);
      CHECK(summary.reasons[1].code == "prerequisite:provincial-title");
      CHECK(summary.reasons[1].units == 1);
      CHECK(summary.reasons[1].rubric == rubric.get());
      CHECK(summary.failed.size() == 1);
      CHECK(summary.errors == 1);
    }
  }

  TEST_CASE("a duplicate result is listed and marked, and counted only as a duplicate") {
    auto rubric = fixture::demo_rubric();
    scoring::Result first = fixture::ineligible_result(rubric);
    scoring::Result again = fixture::ineligible_result(rubric);
    again.source = "again.yaml";
    assessment::Warning duplicate;
    duplicate.kind = assessment::WarningKind::duplicate_result;
    duplicate.text = first.source;
    again.warnings.push_back(duplicate);
    scoring::Result other = fixture::eligible_result(rubric, "c.yaml", "丙", "19");
    std::vector<scoring::Outcome> outcomes = {first, again, other};
    std::vector<const scoring::Outcome*> pointers;
    for (const scoring::Outcome& outcome : outcomes) {
      pointers.push_back(&outcome);
    }
    BatchSummary summary = summarize(pointers);
    CHECK(summary.results.size() == 3);
    CHECK(summary.duplicates == 1);
    CHECK(summary.units() == 2);
    CHECK(summary.eligible == 1);
    CHECK(summary.ineligible == 1);
    REQUIRE(summary.reasons.size() == 3);
    CHECK(summary.reasons[0].units == 1);
    REQUIRE(summary.rubrics.size() == 1);
    const RubricSummary& group = summary.rubrics[0];
    REQUIRE(group.ranking.size() == 3);
    CHECK(group.ranking[2].duplicate);
    CHECK(group.ranking[2].rank == 0);
    CHECK(group.eligible + group.ineligible == 2);
    CHECK(is_duplicate(again));
    CHECK_FALSE(is_duplicate(first));
    SUBCASE("its date still belongs to the span; undated, it is not counted as an undated unit") {
      CHECK(summary.dates.undated == 2);
      CHECK(!summary.dates.earliest);
      std::get<scoring::Result>(outcomes[1]).assessed_on = util::parse_date("2025-06-30");
      BatchSummary dated = summarize(pointers);
      CHECK(dated.dates.undated == 2);
      CHECK(util::format_date(*dated.dates.earliest) == "2025-06-30");
    }
  }
}
