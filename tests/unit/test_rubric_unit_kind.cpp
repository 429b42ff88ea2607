#include <doctest/doctest.h>

#include "rubric/unit_kind.hpp"

using namespace cepin;

TEST_SUITE("rubric::read_unit_kind") {
  TEST_CASE("codes and Chinese names give the code") {
    CHECK(rubric::read_unit_kind("county").code == "county");
    CHECK(rubric::read_unit_kind("县(市、区、旗)").code == "county");
    CHECK(rubric::read_unit_kind("县（市、区、旗）").code == "county");  // full-width parentheses
    CHECK(rubric::read_unit_kind("旗").code == "county");
    CHECK(rubric::read_unit_kind("州(地、市、盟)").code == "prefecture");
    CHECK(rubric::read_unit_kind("盟").code == "prefecture");
    CHECK(rubric::read_unit_kind("宗教活动场所").code == "religious-venue");
    CHECK(rubric::read_unit_kind("新经济组织").code == "new-economic-organization");
    CHECK_FALSE(rubric::read_unit_kind("县").ambiguous);
  }

  TEST_CASE("市 is a prefecture-level city, with a note") {
    rubric::UnitKindName city = rubric::read_unit_kind("市");
    CHECK(city.code == "prefecture");
    CHECK(city.ambiguous);
  }

  TEST_CASE("other text is a kind of its own, compared exactly") {
    CHECK(rubric::read_unit_kind(" cooperative ").code == "cooperative");
    CHECK(rubric::read_unit_kind("合作社").code == "合作社");
    CHECK(rubric::read_unit_kind("County").code == "County");
  }

  TEST_CASE("the Chinese name of a code") {
    CHECK(rubric::unit_kind_zh("prefecture") == "州(地、市、盟)");
    CHECK(rubric::unit_kind_zh("company") == "连队");
    CHECK(rubric::unit_kind_zh("cooperative") == "cooperative");
  }
}
