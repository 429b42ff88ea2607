#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "assessment/response.hpp"

using namespace cepin;
using assessment::ResponseState;
using util::Decimal;

namespace {

Decimal dec(const char* text) {
  return *util::parse_decimal(text).value;
}

rubric::Clause clause(const char* id, rubric::RuleType type, const char* points = "10") {
  rubric::Clause c;
  c.id = id;
  c.points = dec(points);
  c.rule.type = type;
  return c;
}

rubric::Clause levels_clause() {
  auto c = clause("3.1.2", rubric::RuleType::levels, "4");
  c.rule.levels = {{"优秀", dec("4")}, {"良好", dec("3")}, {"一般", dec("1")}};
  return c;
}

rubric::Clause checklist_clause() {
  auto c = clause("1.2.1", rubric::RuleType::checklist);
  for (const char* label : {"计划", "方案", "部署", "专栏", "检查", "成效", "总结", "经费保障"}) {
    c.rule.elements.push_back({label, std::nullopt});
  }
  return c;
}

template <typename T>
std::string error_of(const assessment::Parsed<T>& parsed) {
  REQUIRE_FALSE(parsed);
  std::string out = parsed.error.code + ": " + parsed.error.message;
  if (!parsed.error.hint.empty()) {
    out += " (" + parsed.error.hint + ")";
  }
  return out;
}

}  // namespace

TEST_SUITE("assessment::parse_boolean") {
  TEST_CASE("every accepted spelling") {
    for (const char* yes : {"true", "yes", "y", "1", "是", "有", "达到", "TRUE", "True", "Yes", "Y",
                            " yes ", "\xE3\x80\x80是\xE3\x80\x80", "\tTrue"}) {
      CAPTURE(yes);
      CHECK(assessment::parse_boolean(yes) == std::optional<bool>(true));
    }
    for (const char* no :
         {"false", "no", "n", "0", "否", "无", "未达到", "FALSE", "No", "N", " 0 "}) {
      CAPTURE(no);
      CHECK(assessment::parse_boolean(no) == std::optional<bool>(false));
    }
  }
  TEST_CASE("anything else is nothing") {
    for (const char* bad :
         {"", "maybe", "t", "f", "on", "off", "2", "1.0", "不", "达", "ｙｅｓ", "yes!"}) {
      CAPTURE(bad);
      CHECK_FALSE(assessment::parse_boolean(bad).has_value());
    }
  }
  TEST_CASE("read_boolean lists the spellings") {
    CHECK(error_of(assessment::read_boolean(" maybe ")) ==
          "bad-boolean: `maybe` is not a boolean (write true/false, yes/no, y/n, 1/0, 是/否, 有/无, "
          "达到/未达到, 符合/不符合, √/×, ✓/✗ or ✔/✘)");
  }
}

TEST_SUITE("assessment::is_not_applicable") {
  TEST_CASE("spellings") {
    for (const char* na :
         {"n/a", "N/A", "n/A", "na", "NA", "Na", "不适用", " NA ", "\xE3\x80\x80不适用"}) {
      CAPTURE(na);
      CHECK(assessment::is_not_applicable(na));
    }
    for (const char* other : {"", "n", "a", "n/a/", "N.A.", "不", "不适用的", "none"}) {
      CAPTURE(other);
      CHECK_FALSE(assessment::is_not_applicable(other));
    }
  }
}

TEST_SUITE("assessment::read_count") {
  TEST_CASE("whole numbers") {
    CHECK(*assessment::read_count("0").value == 0);
    CHECK(*assessment::read_count(" 2 ").value == 2);
    CHECK(*assessment::read_count("3.0").value == 3);
    CHECK(*assessment::read_count("1000000000").value == 1000000000);
  }
  TEST_CASE("errors") {
    const char* hint = " (write a whole number from 0 to 1000000000)";
    CHECK(error_of(assessment::read_count("-1")) ==
          std::string("bad-count: a count cannot be negative, not `-1`") + hint);
    CHECK(error_of(assessment::read_count("2.5")) ==
          std::string("bad-count: a count must be a whole number, not `2.5`") + hint);
    CHECK(error_of(assessment::read_count("1000000001")) ==
          std::string("bad-count: a count cannot be above 1000000000, not `1000000001`") + hint);
    CHECK(error_of(assessment::read_count("99999999999999999999")) ==
          std::string("bad-count: a count cannot be above 1000000000, not `99999999999999999999`") +
              hint);
    CHECK(error_of(assessment::read_count("two")) ==
          std::string("bad-count: `two` is not a count") + hint);
    CHECK(error_of(assessment::read_count("1e3")) ==
          "bad-count: `1e3` is not a count (write the number out in full, without an exponent)");
    CHECK(error_of(assessment::read_count("2%")) ==
          "bad-count: `2%` is not a count (write the number without `%`)");
  }
}

TEST_SUITE("assessment::read_value") {
  TEST_CASE("decimals and percentages") {
    CHECK(*assessment::read_value("96.5").value == dec("96.5"));
    CHECK(*assessment::read_value("96.5%").value == dec("96.5"));
    CHECK(*assessment::read_value("96.5％").value == dec("96.5"));
    CHECK(*assessment::read_value("-3").value == dec("-3"));
  }
  TEST_CASE("errors carry the decimal parser's words") {
    CHECK(error_of(assessment::read_value(".5")) ==
          "bad-decimal: `.5` is not a decimal (write a leading zero, as in 0.5)");
    CHECK(error_of(assessment::read_value("1.1234567")) ==
          "bad-decimal: `1.1234567` has more than 6 digits after the point (round it to at most 6 "
          "decimal places)");
  }
}

TEST_SUITE("assessment::read_points") {
  TEST_CASE("manual points") {
    auto c = clause("1.1.2", rubric::RuleType::manual, "3");
    CHECK(*assessment::read_points(c, "2.5").value == dec("2.5"));
    CHECK(*assessment::read_points(c, "0").value == dec("0"));
    CHECK(*assessment::read_points(c, "3").value == dec("3"));
    CHECK(error_of(assessment::read_points(c, "3.5")) ==
          "points-out-of-range: points `3.5` are outside the range of clause 1.1.2: 0 to 3 (give a number "
          "from 0 to 3)");
    CHECK(error_of(assessment::read_points(c, "-1")) ==
          "points-out-of-range: points `-1` are outside the range of clause 1.1.2: 0 to 3 (give a number "
          "from 0 to 3)");
    c.rule.manual_step = dec("0.5");
    CHECK(error_of(assessment::read_points(c, "4")) ==
          "points-out-of-range: points `4` are outside the range of clause 1.1.2: 0 to 3 (give a number "
          "from 0 to 3 in steps of 0.5)");
    CHECK(*assessment::read_points(c, "1.5").value == dec("1.5"));
    CHECK(error_of(assessment::read_points(c, "1.3")) ==
          "points-off-step: points `1.3` are not a multiple of 0.5 for clause 1.1.2 (use a "
          "multiple of 0.5, such as 1 or 1.5)");
    CHECK(error_of(assessment::read_points(c, "x")) ==
          "bad-decimal: `x` is not a decimal (a decimal looks like 90, 2.5 or -0.25)");
  }
}

TEST_SUITE("assessment::split_labels") {
  TEST_CASE("separators") {
    CHECK(assessment::split_labels("计划;方案；总结\n检查\r\n 成效 ") ==
          std::vector<std::string>{"计划", "方案", "总结", "检查", "成效"});
    CHECK(assessment::split_labels(" ; ；").empty());
    CHECK(assessment::split_labels("计划").size() == 1);
  }
}

TEST_SUITE("assessment::parse_response") {
  TEST_CASE("empty and n/a") {
    auto c = clause("6.1.1", rubric::RuleType::check);
    auto empty = assessment::parse_response(c, " \xE3\x80\x80");
    REQUIRE(empty);
    CHECK(empty.value->state == ResponseState::unanswered);
    CHECK(error_of(assessment::parse_response(c, "N/A")) ==
          "not-optional: clause 6.1.1 is not optional and cannot be answered `N/A` "
          "(answer it, or mark the clause `optional: true` in the rubric)");
    c.optional = true;
    for (const char* na : {"n/a", "NA", "不适用"}) {
      auto r = assessment::parse_response(c, na);
      REQUIRE(r);
      CHECK(r.value->state == ResponseState::not_applicable);
    }
  }
  TEST_CASE("check") {
    auto c = clause("1.1.1", rubric::RuleType::check);
    SUBCASE("met") {
      auto r = assessment::parse_response(c, "是");
      REQUIRE(r);
      CHECK(r.value->state == ResponseState::answered);
      CHECK(r.value->met);
    }
    SUBCASE("not met") {
      auto r = assessment::parse_response(c, "未达到");
      REQUIRE(r);
      CHECK(r.value->state == ResponseState::answered);
      CHECK_FALSE(r.value->met);
    }
    SUBCASE("bad") {
      CHECK(assessment::parse_response(c, "ok").error.code == "bad-boolean");
    }
  }
  TEST_CASE("checklist") {
    auto c = checklist_clause();
    SUBCASE("labels in rubric order") {
      auto r = assessment::parse_response(c, "总结；计划;方案");
      REQUIRE(r);
      CHECK(r.value->labels == std::vector<std::string>{"计划", "方案", "总结"});
    }
    SUBCASE("unknown label with did you mean") {
      CHECK(error_of(assessment::parse_response(c, "计划;计画")) ==
            "unknown-label: `计画` is not an element of clause 1.2.1 (did you mean `计划`?)");
    }
    SUBCASE("unknown label far from all") {
      CHECK(error_of(assessment::parse_response(c, "宣传教育")) ==
            "unknown-label: `宣传教育` is not an element of clause 1.2.1 "
            "(elements: 计划, 方案, 部署, 专栏, 检查, 成效, 总结, 经费保障)");
    }
    SUBCASE("duplicate") {
      CHECK(error_of(assessment::parse_response(c, "计划;方案;计划")) ==
            "duplicate-label: element `计划` of clause 1.2.1 is listed twice (list each element "
            "once)");
    }
  }
  TEST_CASE("levels") {
    auto c = levels_clause();
    auto r = assessment::parse_response(c, " 良好 ");
    REQUIRE(r);
    CHECK(r.value->level == "良好");
    CHECK(error_of(assessment::parse_response(c, "良")) ==
          "unknown-label: `良` is not a level of clause 3.1.2 (did you mean `良好`?)");
    CHECK(error_of(assessment::parse_response(c, "excellent")) ==
          "unknown-label: `excellent` is not a level of clause 3.1.2 (levels: 优秀, 良好, 一般)");
  }
  TEST_CASE("value rules") {
    for (auto type :
         {rubric::RuleType::tiers, rubric::RuleType::linear, rubric::RuleType::shortfall}) {
      auto c = clause("2.3.1", type);
      auto r = assessment::parse_response(c, "96.5%");
      REQUIRE(r);
      CHECK(r.value->value == dec("96.5"));
      CHECK(assessment::parse_response(c, "high").error.code == "bad-decimal");
    }
  }
  TEST_CASE("count rules") {
    for (auto type : {rubric::RuleType::deduct, rubric::RuleType::count}) {
      auto c = clause("4.2.1", type);
      auto r = assessment::parse_response(c, "2");
      REQUIRE(r);
      CHECK(r.value->count == 2);
      CHECK(assessment::parse_response(c, "-2").error.code == "bad-count");
    }
  }
  TEST_CASE("manual") {
    auto c = clause("1.1.2", rubric::RuleType::manual, "3");
    auto r = assessment::parse_response(c, "2.5");
    REQUIRE(r);
    CHECK(r.value->value == dec("2.5"));
    CHECK(assessment::parse_response(c, "4").error.code == "points-out-of-range");
  }
  TEST_CASE("response keys") {
    CHECK(std::string(assessment::response_key(rubric::RuleType::check)) == "met");
    CHECK(std::string(assessment::response_key(rubric::RuleType::checklist)) == "met");
    CHECK(std::string(assessment::response_key(rubric::RuleType::levels)) == "level");
    CHECK(std::string(assessment::response_key(rubric::RuleType::shortfall)) == "value");
    CHECK(std::string(assessment::response_key(rubric::RuleType::deduct)) == "count");
    CHECK(std::string(assessment::response_key(rubric::RuleType::manual)) == "points");
  }
}

TEST_SUITE("assessment::parse_prerequisite") {
  TEST_CASE("answers") {
    CHECK(assessment::parse_prerequisite("").value->met == std::nullopt);
    CHECK(assessment::parse_prerequisite("是").value->met == std::optional<bool>(true));
    CHECK(assessment::parse_prerequisite("no").value->met == std::optional<bool>(false));
    CHECK(assessment::parse_prerequisite("perhaps").error.code == "bad-boolean");
  }
}

TEST_SUITE("assessment::parse_adjustment") {
  TEST_CASE("bonus, penalty and veto") {
    rubric::Adjustment bonus;
    bonus.id = "national-model";
    CHECK(assessment::parse_adjustment(bonus, "").value->count == 0);
    CHECK(assessment::parse_adjustment(bonus, "2").value->count == 2);
    CHECK(assessment::parse_adjustment(bonus, "1.5").error.code == "bad-count");
    rubric::Adjustment veto;
    veto.kind = rubric::AdjustmentKind::veto;
    CHECK(assessment::parse_adjustment(veto, "").value->occurred == std::nullopt);
    CHECK(assessment::parse_adjustment(veto, "否").value->occurred == std::optional<bool>(false));
    CHECK(assessment::parse_adjustment(veto, "yes").value->occurred == std::optional<bool>(true));
    CHECK(assessment::parse_adjustment(veto, "3").error.code == "bad-boolean");
  }
}
