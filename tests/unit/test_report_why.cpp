// How a clause's score is explained, for the variants the shipped rubrics
// rarely produce: lower-is-better tiers with no tier reached, a floored
// deduction, a capped count, in both languages.
#include <doctest/doctest.h>

#include "report/why.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;
using fixture::dec;
using scoring::WhyKind;

TEST_SUITE("report::why") {
  TEST_CASE("tiers with max: bounds: a value above every tier, and one within a tier") {
    scoring::Why w = fixture::why(WhyKind::no_tier, "0", "12.5");
    w.lower_is_better = true;
    CHECK(why_text(w, Lang::zh) == "12.5，超出各档 → 0");
    CHECK(why_text(w, Lang::en) == "tiers: 12.5 above every tier → 0");
    w.lower_is_better = false;
    CHECK(why_text(w, Lang::zh) == "12.5，未达任何一档 → 0");
    CHECK(why_text(w, Lang::en) == "tiers: 12.5 below every tier → 0");
    scoring::Why tier = fixture::why(WhyKind::tier, "3", "4", "5");
    tier.lower_is_better = true;
    CHECK(why_text(tier, Lang::zh) == "4 ≤ 5 → 3");
    CHECK(why_text(tier, Lang::en) == "tiers: 4 ≤ 5 → 3");
  }

  TEST_CASE("a deduction that reached the floor, a count that reached the cap") {
    scoring::Why deduct = fixture::why(WhyKind::deduct, "1");
    deduct.count = 4;
    deduct.per = dec("1.5");
    deduct.limited = true;
    CHECK(why_text(deduct, Lang::zh) == "扣 4 × 1.5，已到保底分 → 1");
    CHECK(why_text(deduct, Lang::en) == "deduct: 4 × 1.5 deducted, floored → 1");
    deduct.limited = false;
    CHECK(why_text(deduct, Lang::zh) == "扣 4 × 1.5 → 1");
    scoring::Why count = fixture::why(WhyKind::count, "5");
    count.count = 3;
    count.per = dec("2");
    count.amount = dec("6");
    count.limited = true;
    CHECK(why_text(count, Lang::zh) == "3 次 × 2 = 6，已封顶 → 5");
    CHECK(why_text(count, Lang::en) == "count: 3 × 2 = 6, capped → 5");
  }

  TEST_CASE("one whole step short, and below a minimum count") {
    scoring::Why steps = fixture::why(WhyKind::short_steps, "4", "85", "90");
    steps.count = 1;
    steps.per = dec("1");
    steps.step = dec("5");
    CHECK(why_text(steps, Lang::en) == "shortfall: 85 < 90, 1 whole step, 1 per 5 → 4");
    CHECK(why_text(steps, Lang::zh) == "85 < 90，差 1 个整档，每 5 扣 1 → 4");
    scoring::Why below = fixture::why(WhyKind::below_minimum, "0");
    below.count = 1;
    below.of = 2;
    CHECK(why_text(below, Lang::en) == "count: 1 < min 2 → 0");
    CHECK(why_text(below, Lang::zh) == "1 次，不足 2 次 → 0");
  }
}
