#include <doctest/doctest.h>

#include "report/show.hpp"
#include "rubric/loader.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::show") {
  TEST_CASE("documents") {
    auto rubric = fixture::demo_rubric();
    SUBCASE("text, zh") {
      CHECK(show_text(*rubric, Lang::zh) == R"EOS(示范测评指标 (demo)
版本：2020
发布机关：国家民委
总分值：20.00  申报线：18.00

  1          10.00  党的领导
    1.1       6.00  组织领导
      1.1.1   3.00  专题学习
      1.1.2   3.00  纳入议事日程
    1.2       4.00  工作机制
      1.2.1   4.00  有计划、有方案
  2          10.00  Outreach (上限 10.00)
    2.1       5.00  Survey rate [可不适用]
    2.2       5.00  Coverage [一票否决]

奖惩清单
  national-model  加分      全国模范集体  每次2.00，上限4.00
  criticized      减分      通报批评      每次1.00
  incident        一票否决  重大事件

前置条件
  provincial-title  已获省级命名

等级划分
  优秀  ≥ 18.00
  合格  ≥ 12.00
)EOS");
    }
    SUBCASE("text, en") {
      CHECK(show_text(*rubric, Lang::en) == R"EOS(示范测评指标 (demo)
Version: 2020
Issuer: 国家民委
Total: 20.00  Threshold: 18.00

  1          10.00  党的领导
    1.1       6.00  组织领导
      1.1.1   3.00  专题学习
      1.1.2   3.00  纳入议事日程
    1.2       4.00  工作机制
      1.2.1   4.00  有计划、有方案
  2          10.00  Outreach (Cap 10.00)
    2.1       5.00  Survey rate [may be n/a]
    2.2       5.00  Coverage [veto]

Adjustments
  national-model  bonus    全国模范集体  2.00 each, cap 4.00
  criticized      penalty  通报批评      1.00 each
  incident        veto     重大事件

Prerequisites
  provincial-title  已获省级命名

Grades
  优秀  ≥ 18.00
  合格  ≥ 12.00
)EOS");
    }
    SUBCASE("markdown, zh") {
      CHECK(show_markdown(*rubric, Lang::zh) == R"EOS(# 示范测评指标 (demo)

- 版本：2020
- 发布机关：国家民委
- 总分值：20.00
- 申报线：18.00

## 1 党的领导 (10.00)

### 1.1 组织领导 (6.00)

| ID | 测评标准 | 分值 | 测评方法 | 佐证材料 | 评分规则 |
| --- | --- | --- | --- | --- | --- |
| 1.1.1 | 专题学习 | 3.00 | 材料审核、听取汇报 | 至少1项 | 达标得满分 |
| 1.1.2 | 纳入议事日程 | 3.00 |  |  | 评估人员打分（步长0.5） |

### 1.2 工作机制 (4.00)

| ID | 测评标准 | 分值 | 测评方法 | 佐证材料 | 评分规则 |
| --- | --- | --- | --- | --- | --- |
| 1.2.1 | 有计划、有方案 | 4.00 |  | 至少2项（pdf、docx） | 按要素均分：计划、方案 |

## 2 Outreach (10.00)

| ID | 测评标准 | 分值 | 测评方法 | 佐证材料 | 评分规则 |
| --- | --- | --- | --- | --- | --- |
| 2.1 | Survey rate | 5.00 |  |  | ≥95得5；≥90得3；否则得0；可不适用 |
| 2.2 | Coverage | 5.00 |  |  | 达到90得满分，每低1扣0.2；一票否决 |

## 奖惩清单

| ID | 类型 | 内容 | 分值 | 佐证材料 |
| --- | --- | --- | --- | --- |
| national-model | 加分 | 全国模范集体 | 每次2.00，上限4.00 |  |
| criticized | 减分 | 通报批评 | 每次1.00 |  |
| incident | 一票否决 | 重大事件 |  |  |

## 前置条件

| ID | 内容 | 佐证材料 |
| --- | --- | --- |
| provincial-title | 已获省级命名 | 至少1项 |

## 等级划分

| 等级 | 最低分 |
| --- | --- |
| 优秀 | ≥ 18.00 |
| 合格 | ≥ 12.00 |
)EOS");
    }
    SUBCASE("markdown, en") {
      CHECK(show_markdown(*rubric, Lang::en) == R"EOS(# 示范测评指标 (demo)

- Version: 2020
- Issuer: 国家民委
- Total: 20.00
- Threshold: 18.00

## 1 党的领导 (10.00)

### 1.1 组织领导 (6.00)

| ID | Criterion | Points | Methods | Evidence | Rule |
| --- | --- | --- | --- | --- | --- |
| 1.1.1 | 专题学习 | 3.00 | documents, report | at least 1 | met: full marks |
| 1.1.2 | 纳入议事日程 | 3.00 |  |  | assessor's points (step 0.5) |

### 1.2 工作机制 (4.00)

| ID | Criterion | Points | Methods | Evidence | Rule |
| --- | --- | --- | --- | --- | --- |
| 1.2.1 | 有计划、有方案 | 4.00 |  | at least 2 (pdf, docx) | equal shares: 计划, 方案 |

## 2 Outreach (10.00)

| ID | Criterion | Points | Methods | Evidence | Rule |
| --- | --- | --- | --- | --- | --- |
| 2.1 | Survey rate | 5.00 |  |  | ≥ 95: 5; ≥ 90: 3; otherwise 0; may be n/a |
| 2.2 | Coverage | 5.00 |  |  | full marks at 90 or above; 0.2 off per 1 short; veto |

## Adjustments

| ID | Kind | Text | Points | Evidence |
| --- | --- | --- | --- | --- |
| national-model | bonus | 全国模范集体 | 2.00 each, cap 4.00 |  |
| criticized | penalty | 通报批评 | 1.00 each |  |
| incident | veto | 重大事件 |  |  |

## Prerequisites

| ID | Text | Evidence |
| --- | --- | --- |
| provincial-title | 已获省级命名 | at least 1 |

## Grades

| Grade | Minimum |
| --- | --- |
| 优秀 | ≥ 18.00 |
| 合格 | ≥ 12.00 |
)EOS");
    }
    SUBCASE("input text is escaped") {
      rubric->title = "<b>|x\x1b";
      CHECK(show_markdown(*rubric, Lang::en).rfind("# &lt;b&gt;\\|x\\\\u{1b} (demo)\n", 0) == 0);
      CHECK(show_text(*rubric, Lang::en).rfind("<b>|x\\u{1b} (demo)\n", 0) == 0);
    }
  }

  TEST_CASE("rule_in_words") {
    auto make = [](rubric::RuleType type) { return fixture::clause("x", "t", "4", type); };
    SUBCASE("check") {
      CHECK(rule_in_words(make(rubric::RuleType::check), Lang::zh) == "达标得满分");
      CHECK(rule_in_words(make(rubric::RuleType::check), Lang::en) == "met: full marks");
    }
    SUBCASE("levels") {
      auto c = make(rubric::RuleType::levels);
      c.rule.levels = {{"好", fixture::dec("4")}, {"中", fixture::dec("2.5")}};
      CHECK(rule_in_words(c, Lang::zh) == "按等级：好 4、中 2.5");
      CHECK(rule_in_words(c, Lang::en) == "by level: 好 4, 中 2.5");
    }
    SUBCASE("tiers, lower is better") {
      auto c = make(rubric::RuleType::tiers);
      c.rule.tier_kind = rubric::TierKind::max;
      c.rule.tiers = {{fixture::dec("1"), fixture::dec("4")},
                      {fixture::dec("3"), fixture::dec("2")}};
      CHECK(rule_in_words(c, Lang::zh) == "≤1得4；≤3得2；否则得0");
      CHECK(rule_in_words(c, Lang::en) == "≤ 1: 4; ≤ 3: 2; otherwise 0");
    }
    SUBCASE("linear") {
      auto c = make(rubric::RuleType::linear);
      c.rule.from = fixture::dec("60");
      c.rule.to = fixture::dec("100");
      CHECK(rule_in_words(c, Lang::zh) == "60至100之间按比例得分");
      CHECK(rule_in_words(c, Lang::en) == "in proportion from 60 to 100");
    }
    SUBCASE("shortfall with whole steps") {
      auto c = make(rubric::RuleType::shortfall);
      c.rule.target = fixture::dec("90");
      c.rule.per = fixture::dec("0.2");
      c.rule.whole_steps = true;
      CHECK(rule_in_words(c, Lang::zh) == "达到90得满分，每低1扣0.2（只计整数步）");
      CHECK(rule_in_words(c, Lang::en) ==
            "full marks at 90 or above; 0.2 off per 1 short (whole steps only)");
    }
    SUBCASE("deduct and count") {
      auto d = make(rubric::RuleType::deduct);
      d.rule.per = fixture::dec("0.5");
      CHECK(rule_in_words(d, Lang::zh) == "每项扣0.5，最低0");
      CHECK(rule_in_words(d, Lang::en) == "0.5 off each, floor 0");
      auto c = make(rubric::RuleType::count);
      c.rule.per = fixture::dec("0.5");
      CHECK(rule_in_words(c, Lang::zh) == "每次得0.5，最高4");
      CHECK(rule_in_words(c, Lang::en) == "0.5 each, up to 4");
    }
    SUBCASE("checklists: weighted, and with tiers on the number met") {
      auto c = make(rubric::RuleType::checklist);
      c.rule.weighted = true;
      c.rule.elements = {{"计划", fixture::dec("1")}, {"方案", fixture::dec("3")}};
      CHECK(rule_in_words(c, Lang::zh) == "逐项得分：计划 1、方案 3");
      c.rule.weighted = false;
      c.rule.elements = {{"a", {}}, {"b", {}}};
      c.rule.tiers = {{fixture::dec("2"), fixture::dec("4")},
                      {fixture::dec("1"), fixture::dec("2")}};
      CHECK(rule_in_words(c, Lang::zh) == "要素：a、b；≥2项得4；≥1项得2；否则得0");
      CHECK(rule_in_words(c, Lang::en) == "elements: a, b; ≥ 2 met: 4; ≥ 1 met: 2; otherwise 0");
    }
    SUBCASE("manual, optional, veto") {
      auto c = make(rubric::RuleType::manual);
      c.optional = true;
      c.veto = true;
      CHECK(rule_in_words(c, Lang::zh) == "评估人员打分；可不适用；一票否决");
      CHECK(rule_in_words(c, Lang::en) == "assessor's points; may be n/a; veto");
    }
  }

  TEST_CASE("a loaded rubric") {
    const char* yaml = R"(schema: cepin/rubric/1
id: loaded
title: 社区测评
total: 10
threshold: 6
precision: 0.1
categories:
  - id: A
    title: 宣传教育
    clauses:
      - {id: A1, text: "有*计划*|方案", points: 4, methods: [report, 实地检查], evidence: {min: 1, kinds: [pdf]},
         rule: {type: checklist, elements: [计划, 方案], tiers: [{min: 2, points: 4}, {min: 1, points: 2}]}}
      - {id: A2, text: 满意度, points: 6, optional: true,
         rule: {type: tiers, tiers: [{min: 95, points: 6}, {min: 90, points: 3}]}}
adjustments:
  - {id: award, kind: bonus, text: 获表彰, per: 1, cap: 2}
)";
    rubric::LoadResult loaded = rubric::load_from_bytes("loaded.yaml", yaml);
    REQUIRE(loaded.diagnostics.empty());
    REQUIRE(static_cast<bool>(loaded.rubric));
    SUBCASE("text") {
      CHECK(show_text(*loaded.rubric, Lang::en) == R"EOS(社区测评 (loaded)
Total: 10.0  Threshold: 6.0

  A     10.0  宣传教育
    A1   4.0  有*计划*|方案
    A2   6.0  满意度 [may be n/a]

Adjustments
  award  bonus  获表彰  1.0 each, cap 2.0
)EOS");
    }
    SUBCASE("markdown") {
      CHECK(show_markdown(*loaded.rubric, Lang::zh) == R"EOS(# 社区测评 (loaded)

- 总分值：10.0
- 申报线：6.0

## A 宣传教育 (10.0)

| ID | 测评标准 | 分值 | 测评方法 | 佐证材料 | 评分规则 |
| --- | --- | --- | --- | --- | --- |
| A1 | 有\*计划\*\|方案 | 4.0 | 听取汇报、实地检查 | 至少1项（pdf） | 要素：计划、方案；≥2项得4；≥1项得2；否则得0 |
| A2 | 满意度 | 6.0 |  |  | ≥95得6；≥90得3；否则得0；可不适用 |

## 奖惩清单

| ID | 类型 | 内容 | 分值 | 佐证材料 |
| --- | --- | --- | --- | --- |
| award | 加分 | 获表彰 | 每次1.0，上限2.0 |  |
)EOS");
    }
  }
}
