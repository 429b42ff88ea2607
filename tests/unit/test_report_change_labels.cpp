// The words of compare and trend reports: statuses, flips, rollups, the note
// under a chart too big for every unit, and how a side is named.
#include <doctest/doctest.h>

#include "report/change_labels.hpp"
#include "util/period.hpp"

using namespace cepin;
using namespace cepin::report;

namespace {

compare::SideLabel side(const char* label, compare::LabelOrigin origin, const char* period = "") {
  compare::SideLabel s;
  s.label = label;
  s.origin = origin;
  if (*period != '\0') {
    s.period = util::parse_period(period).period;
  }
  return s;
}

std::string named(const SideName& name) { return name.name + " | " + name.detail; }

}  // namespace

TEST_SUITE("report::change_labels") {
  TEST_CASE("the note under a chart that leaves units out") {
    CHECK(chart_limit_text(60, 200, ChartChoice::largest_delta, Lang::zh) ==
          "图中只画差值绝对值最大的 60 个单位（共 200 个），表中列出全部单位。");
    CHECK(chart_limit_text(60, 200, ChartChoice::first, Lang::zh) ==
          "图中只画前 60 个单位（共 200 个），表中列出全部单位。");
    CHECK(chart_limit_text(60, 200, ChartChoice::largest_delta, Lang::en) ==
          "The chart shows the 60 units of largest |delta| (of 200); the table lists all.");
    CHECK(chart_limit_text(40, 41, ChartChoice::first, Lang::en) ==
          "The chart shows the first 40 units (of 41); the table lists all.");
  }

  TEST_CASE("statuses and flips in both languages") {
    CHECK(std::string(status_label(Lang::zh, compare::Status::improved)) == "提升");
    CHECK(std::string(status_label(Lang::en, compare::Status::regressed)) == "regressed");
    CHECK(std::string(status_label(Lang::zh, compare::Status::unchanged)) == "不变");
    CHECK(std::string(status_label(Lang::en, compare::Status::added)) == "added");
    CHECK(std::string(status_label(Lang::zh, compare::Status::removed)) == "移除");
    CHECK(std::string(status_label(Lang::zh, compare::Status::error)) == "错误");
    CHECK(std::string(status_label(Lang::en, compare::Status::error)) == "error");
    CHECK(std::string(flip_label(Lang::en, compare::Flip::none)) == "");
    CHECK(std::string(flip_label(Lang::zh, compare::Flip::gained)) == "转为达标");
    CHECK(std::string(flip_label(Lang::en, compare::Flip::lost)) == "lost");
  }

  TEST_CASE("every rollup in both languages") {
    using trend::Rollup;
    std::string zh, en;
    for (Rollup r : {Rollup::mean, Rollup::sum, Rollup::last, Rollup::min, Rollup::max}) {
      zh += std::string(rollup_label(Lang::zh, r)) + " ";
      en += std::string(rollup_label(Lang::en, r)) + " ";
    }
    CHECK(zh == "平均 合计 末期 最低 最高 ");
    CHECK(en == "mean sum last min max ");
  }

  TEST_CASE("side names") {
    using compare::LabelOrigin;
    SUBCASE("a label given as a flag shows as given, with its period") {
      auto base = side("2024 audit", LabelOrigin::flag, "2024");
      auto next = side("new", LabelOrigin::fallback);
      CHECK(named(side_name(Lang::zh, base, next, true)) == "2024 audit | 2024");
      CHECK(named(side_name(Lang::en, next, base, false)) == "new | ");
    }
    SUBCASE("the self-assessment against an evaluation") {
      auto self = side("self", LabelOrigin::assessor);
      auto third = side("市民宗委", LabelOrigin::assessor);
      CHECK(named(side_name(Lang::zh, self, third, true)) == "自评 | ");
      CHECK(named(side_name(Lang::en, self, third, true)) == "self-assessment | ");
      CHECK(named(side_name(Lang::zh, third, self, false)) == "第三方评估 | 市民宗委");
      CHECK(named(side_name(Lang::en, third, self, false)) == "evaluation | 市民宗委");
    }
    SUBCASE("one assessor over two periods: previous and current") {
      auto base = side("self", LabelOrigin::assessor, "2024");
      auto next = side("self", LabelOrigin::assessor, "2025");
      CHECK(named(side_name(Lang::zh, base, next, true)) == "上期 | 2024");
      CHECK(named(side_name(Lang::zh, next, base, false)) == "本期 | 2025");
      CHECK(named(side_name(Lang::en, base, next, true)) == "previous | 2024");
      CHECK(named(side_name(Lang::en, next, base, false)) == "current | 2025");
    }
    SUBCASE("one assessor, periods out of order: the assessor names the sides") {
      auto base = side("self", LabelOrigin::assessor, "2025");
      auto next = side("self", LabelOrigin::assessor, "2024");
      CHECK(named(side_name(Lang::en, base, next, true)) == "self-assessment | ");
    }
    SUBCASE("nothing known: base and new") {
      auto base = side("base", LabelOrigin::fallback);
      auto next = side("new", LabelOrigin::fallback, "2025");
      CHECK(named(side_name(Lang::zh, base, next, true)) == "基准 | ");
      CHECK(named(side_name(Lang::zh, next, base, false)) == "对照 | ");
      CHECK(named(side_name(Lang::en, base, next, true)) == "base | ");
      CHECK(named(side_name(Lang::en, next, base, false)) == "new | ");
    }
  }
}
