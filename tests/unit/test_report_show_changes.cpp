// The changes of a tailored rubric against its base (`cepin show --format md`)
// when nothing but the totals changed, or nothing at all.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "report/show_changes.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::show_changes") {
  TEST_CASE("a rubric that extends none has no changes section") {
    CHECK(changes_markdown(*fixture::demo_rubric(), Lang::en).empty());
  }

  TEST_CASE("the same entries as the base: the totals that changed, then none") {
    auto rubric = fixture::demo_rubric("tailored");
    rubric->base = fixture::demo_rubric("demo");
    CHECK(changes_markdown(*rubric, Lang::en) == std::vector<std::string>{"## Changes against the base: demo", "none"});
    rubric->total = fixture::dec("25");
    CHECK(changes_markdown(*rubric, Lang::en) ==
          std::vector<std::string>{"## Changes against the base: demo", "- Total: 20.00 → 25.00", "none"});
    rubric->threshold = fixture::dec("20");
    CHECK(changes_markdown(*rubric, Lang::zh) ==
          std::vector<std::string>{"## 相对基础指标体系的变化：demo", "- 总分值：20.00 → 25.00\n- 申报线：18.00 → 20.00", "无"});
  }
}
