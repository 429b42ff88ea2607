#include <doctest/doctest.h>

#include "report/text.hpp"
#include "test_diag_support.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::text") {
  TEST_CASE("text_result") {
    auto rubric = fixture::demo_rubric();
    SUBCASE("zh with --explain: every status, warning, reason and the gap plan") {
      CHECK(text_result(fixture::ineligible_result(rubric), {Lang::zh, Color::off, Explain::yes}) ==
            R"EOS(鄂尔多斯市 (150600)
指标体系：示范测评指标 (demo)
单位类型：州(地、市、盟)
来源：units/a.yaml
总分：5.50 / 20.00
基础分：4.50  加分：2.00  减分：1.00
结论：不符合申报条件
原因：
  - 一票否决：重大事件
  - 前置条件未满足：已获省级命名
  - 总分 5.50 低于申报线 18.00
等级：无

分类得分
  ID     名称      得分   满分
  1      党的领导  4.50  10.00
    1.1  组织领导  3.00   6.00
    1.2  工作机制  1.50   4.00
  2      Outreach  0.00  10.00

评分明细
  ID     得分  满分  状态        依据
  1.1.1  3.00  3.00  已评分      达标 → 3
  1.1.2  0.00  3.00  缺佐证计零  缺佐证材料，计 0 分
  1.2.1  1.50  4.00  已评分      8项中符合3项 → 1.5
  2.1    0.00  5.00  不适用      不适用
  2.2    0.00  5.00  未作答      未作答 → 0

警告 (3)
  - 条款 1.1.2 需要 1 项佐证材料
  - 否决项 2.2 未作答
  - 称号于 2020-12-01 命名，有效期 5 年，至 2025-12-01 届满；参照日期为 2026-01-15

差距
  还差：12.50 — 按计划仍达不到申报线
  分数无法弥补：一票否决：incident, 前置条件：provincial-title
  #  ID     得分  满分  可提升
  1  2.2    0.00  5.00   +5.00
  2  1.1.2  0.00  3.00   +3.00
)EOS");
    }
    SUBCASE("en, aligned by display width") {
      CHECK(text_result(fixture::ineligible_result(rubric), {Lang::en, Color::off, Explain::no}) ==
            R"EOS(鄂尔多斯市 (150600)
Rubric: 示范测评指标 (demo)
Unit kind: prefecture
Source: units/a.yaml
Score: 5.50 / 20.00
Base: 4.50  Bonus: 2.00  Penalty: 1.00
Verdict: not eligible to apply
Reasons:
  - veto:incident: veto event `incident` occurred
  - prerequisite:provincial-title: prerequisite `provincial-title` is not met
  - below-threshold: the score 5.5 is below the threshold 18
Grade: none

Categories
  ID     Title     Score    Max
  1      党的领导   4.50  10.00
    1.1  组织领导   3.00   6.00
    1.2  工作机制   1.50   4.00
  2      Outreach   0.00  10.00

Warnings (3)
  - missing-evidence: clause `1.1.2` needs 1 evidence item
  - veto-unanswered: veto clause `2.2` is unanswered
  - title-expired: the title named on 2020-12-01 was valid for 5 years, until 2025-12-01; the reference date is 2026-01-15

Gap
  Needed: 12.50 — not reachable with the plan
  Points cannot fix: veto:incident, prerequisite:provincial-title
  #  ID     Score   Max  Recoverable
  1  2.2     0.00  5.00        +5.00
  2  1.1.2   0.00  3.00        +3.00
)EOS");
    }
    SUBCASE("colour only when asked") {
      CHECK(text_result(fixture::eligible_result(rubric), {Lang::zh, Color::on, Explain::no}) ==
            "\x1b"
            "[1m\u5305\u5934\u5e02 (150200)\x1b"
            "[0m\n\u6307\u6807\u4f53\u7cfb\uff1a\u793a\u8303\u6d4b\u8bc4\u6307\u6807 "
            "(demo)\n\u5355\u4f4d\u7c7b\u578b\uff1a\u5dde(\u5730\u3001\u5e02\u3001\u76df)\n\u6765\u6e90\uff1aunits/b.yaml\n\u603b\u5206\uff1a\x1b"
            "[1m19.00 / 20.00\x1b"
            "[0m\n\u57fa\u7840\u5206\uff1a19.00  \u52a0\u5206\uff1a0.00  "
            "\u51cf\u5206\uff1a0.00\n\u7ed3\u8bba\uff1a\x1b"
            "[32m\u7b26\u5408\u7533\u62a5\u6761\u4ef6\x1b"
            "[0m\n\u7b49\u7ea7\uff1a\u4f18\u79c0\n\n\x1b"
            "[1m\u5206\u7c7b\u5f97\u5206\x1b"
            "[0m\n  ID     \u540d\u79f0       \u5f97\u5206   \u6ee1\u5206\n  1      "
            "\u515a\u7684\u9886\u5bfc   9.00  10.00\n    1.1  \u7ec4\u7ec7\u9886\u5bfc   5.00   "
            "6.00\n    1.2  \u5de5\u4f5c\u673a\u5236   4.00   4.00\n  2      Outreach  10.00  "
            "10.00\n");
      CHECK(text_result(fixture::eligible_result(rubric), {Lang::zh, Color::off, Explain::no})
                .find('\x1b') == std::string::npos);
    }
    SUBCASE("an ESC sequence and a bidi override from input are escaped") {
      auto result = fixture::eligible_result(rubric, "e.yaml", "\x1b[31mRed\xE2\x80\xAE", "19");
      CHECK(text_result(result, {Lang::en, Color::off, Explain::no}) ==
            R"EOS(\u{1b}[31mRed\u{202e} (150200)
Rubric: 示范测评指标 (demo)
Unit kind: prefecture
Source: e.yaml
Score: 19.00 / 20.00
Base: 19.00  Bonus: 0.00  Penalty: 0.00
Verdict: eligible to apply
Grade: 优秀

Categories
  ID     Title     Score    Max
  1      党的领导   9.00  10.00
    1.1  组织领导   5.00   6.00
    1.2  工作机制   4.00   4.00
  2      Outreach  10.00  10.00
)EOS");
    }
  }

  TEST_CASE("text_error") {
    SUBCASE("the first error in place") {
      CHECK(text_error(fixture::error_result(), {Lang::zh, Color::off, Explain::no}) ==
            R"EOS(呼伦贝尔市 (150700)
来源：units/bad.yaml
结论：错误
错误：
  - 7:12: `1e2` is not a decimal [bad-decimal]
  - 9:3: unknown clause `9.9` [unknown-id]
)EOS");
    }
    SUBCASE("an error without a unit or position") {
      scoring::ErrorResult error;
      error.source = "a\x07.yaml";
      error.errors = {
          test::diagnostic("a.yaml", 0, 0, diag::Severity::error, "not-utf8", "the file is not UTF-8")};
      CHECK(text_error(error, {Lang::en, Color::off, Explain::no}) ==
            "a\\u{7}.yaml\nVerdict: Error\nError: the file is not UTF-8 [not-utf8]\n");
    }
  }
}
