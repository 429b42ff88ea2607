#include <doctest/doctest.h>

#include "report/markdown.hpp"
#include "test_report_fixture.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;

TEST_SUITE("report::markdown") {
  TEST_CASE("one unit") {
    auto rubric = fixture::demo_rubric();
    SUBCASE("zh: verdict first, tables, warnings, the gap plan as a to-do list") {
      CHECK(markdown_report({fixture::ineligible_result(rubric)}, Lang::zh) ==
            R"EOS(# 测评报告：鄂尔多斯市 (150600)

- 结论：**不符合申报条件**
- 原因：
  - 一票否决：重大事件
  - 前置条件未满足：已获省级命名
  - 总分 5.50 低于申报线 18.00
- 总分：**5.50 / 20.00**
- 基础分：4.50
- 加分：2.00
- 减分：1.00
- 等级：无
- 指标体系：示范测评指标 (demo)
- 单位类型：州(地、市、盟)
- 来源：units/a.yaml

## 分类得分

| ID | 名称 | 得分 | 满分 | 得分率 |
| --- | --- | ---: | ---: | ---: |
| 1 | 党的领导 | 4.50 | 10.00 | 45.0% |
| 1.1 | 组织领导 | 3.00 | 6.00 | 50.0% |
| 1.2 | 工作机制 | 1.50 | 4.00 | 37.5% |
| 2 | Outreach | 0.00 | 10.00 | 0.0% |

## 评分明细

| ID | 测评标准 | 得分 | 满分 | 依据 | 佐证材料 |
| --- | --- | ---: | ---: | --- | --- |
| 1.1.1 | 专题学习 | 3.00 | 3.00 | 达标 → 3 | 学习记录.pdf; https\://example.org/a |
| 1.1.2 | 纳入议事日程 | 0.00 | 3.00 | 缺佐证材料，计 0 分 |  |
| 1.2.1 | 有计划、有方案 | 1.50 | 4.00 | 8项中符合3项 → 1.5 | 方案.docx |
| 2.1 | Survey rate | 0.00 | 5.00 | 不适用 |  |
| 2.2 | Coverage | 0.00 | 5.00 | 未作答 → 0 |  |

## 警告

- 条款 1.1.2 需要 1 项佐证材料
- 否决项 2.2 未作答
- 称号于 2020-12-01 命名，有效期 5 年，至 2025-12-01 届满；参照日期为 2026-01-15

## 差距

还差：**12.50** (按计划仍达不到申报线)

分数无法弥补：一票否决：incident, 前置条件：provincial-title

- [ ] 2.2 Coverage：0.00 / 5.00, 可提升 +5.00
- [ ] 1.1.2 纳入议事日程：0.00 / 3.00, 可提升 +3.00
)EOS");
    }
    SUBCASE("en, eligible") {
      CHECK(markdown_report({fixture::eligible_result(rubric)}, Lang::en) ==
            R"EOS(# Assessment report: 包头市 (150200)

- Verdict: **eligible to apply**
- Score: **19.00 / 20.00**
- Base: 19.00
- Bonus: 0.00
- Penalty: 0.00
- Grade: 优秀
- Rubric: 示范测评指标 (demo)
- Unit kind: prefecture
- Source: units/b.yaml

## Categories

| ID | Title | Score | Max | Share |
| --- | --- | ---: | ---: | ---: |
| 1 | 党的领导 | 9.00 | 10.00 | 90.0% |
| 1.1 | 组织领导 | 5.00 | 6.00 | 83.3% |
| 1.2 | 工作机制 | 4.00 | 4.00 | 100.0% |
| 2 | Outreach | 10.00 | 10.00 | 100.0% |

## Clauses

| ID | Criterion | Score | Max | Why | Evidence |
| --- | --- | ---: | ---: | --- | --- |
| 1.1.1 | 专题学习 | 3.00 | 3.00 | check: met → 3 |  |
| 1.1.2 | 纳入议事日程 | 2.00 | 3.00 | manual: 2 |  |
| 1.2.1 | 有计划、有方案 | 4.00 | 4.00 | checklist: 8 of 8 → 4 |  |
| 2.1 | Survey rate | 5.00 | 5.00 | tiers: 96.5 ≥ 95 → 5 |  |
| 2.2 | Coverage | 5.00 | 5.00 | shortfall: 92 ≥ 90 → 5 |  |
)EOS");
    }
    SUBCASE("an error result") {
      CHECK(markdown_report({fixture::error_result()}, Lang::en) ==
            R"EOS(# Assessment report: 呼伦贝尔市 (150700)

- Verdict: **Error**
- Error:
  - 7:12: \`1e2\` is not a decimal (bad-decimal)
  - 9:3: unknown clause \`9.9\` (unknown-id)
- Source: units/bad.yaml
)EOS");
    }
  }

  TEST_CASE("several units") {
    auto rubric = fixture::demo_rubric();
    auto other = fixture::demo_rubric("other");
    std::vector<scoring::Outcome> outcomes = {
        fixture::ineligible_result(rubric),
        fixture::eligible_result(rubric),
        fixture::error_result(),
        fixture::eligible_result(rubric, "x.yaml", "a|b<script>alert(1)</script>", "17.5"),
        fixture::eligible_result(other, "y.yaml", "# 标题", "19"),
        fixture::eligible_result(rubric, "z.yaml", "line1\nline2 `code` *em* [l](u) ```", "12.25")};
    std::string md = markdown_report(outcomes, Lang::zh);
    SUBCASE("the whole report") {
      CHECK(md == R"EOS(# 测评报告：2 套指标体系

- 指标体系：
  - 示范测评指标 (demo)
  - 示范测评指标 (other)
- 测评日期：未注明
- 单位数：6

## 汇总

### 排名

#### 排名：示范测评指标 (demo)

| 名次 | 单位 | 总分 | 满分 | 结论 | 等级 | 原因 |
| ---: | --- | ---: | ---: | --- | --- | --- |
| 1 | 包头市 (150200) | 19.00 | 20.00 | 符合申报条件 | 优秀 |  |
| 2 | a\|b&lt;script&gt;alert(1)&lt;/script&gt; (150200) | 17.50 | 20.00 | 符合申报条件 | 优秀 |  |
| 3 | line1 line2 \`code\` \*em\* \[l\](u) \`\`\` (150200) | 12.25 | 20.00 | 符合申报条件 | 优秀 |  |
| 4 | 鄂尔多斯市 (150600) | 5.50 | 20.00 | 不符合申报条件 | 无 | 一票否决：重大事件；前置条件：已获省级命名；低于申报线 |

#### 排名：示范测评指标 (other)

| 名次 | 单位 | 总分 | 满分 | 结论 | 等级 | 原因 |
| ---: | --- | ---: | ---: | --- | --- | --- |
| 1 | \# 标题 (150200) | 19.00 | 20.00 | 符合申报条件 | 优秀 |  |

### 结论统计

| 结论 | 数量 |
| --- | ---: |
| 符合申报条件 | 4 |
| 不符合申报条件 | 1 |
| 错误 | 1 |

### 原因统计

| 原因 | 数量 |
| --- | ---: |
| 一票否决：重大事件 | 1 |
| 前置条件：已获省级命名 | 1 |
| 低于申报线 | 1 |

### 分类平均分

#### 示范测评指标 (demo)

| ID | 名称 | 平均分 | 满分 | 单位数 |
| --- | --- | ---: | ---: | ---: |
| 1 | 党的领导 | 7.88 | 10.00 | 4 |
| 2 | Outreach | 7.50 | 10.00 | 4 |

#### 示范测评指标 (other)

| ID | 名称 | 平均分 | 满分 | 单位数 |
| --- | --- | ---: | ---: | ---: |
| 1 | 党的领导 | 9.00 | 10.00 | 1 |
| 2 | Outreach | 10.00 | 10.00 | 1 |

### 得分分布

#### 得分分布：示范测评指标 (demo)

每格 1.00 分，满分 20.00 为 20 格；│ 为申报线 18.00，达到申报线的条形越过此线；✗ 为不符合申报条件。

````text
包头市 (150200)                                  ██████████████████│█ 19.00
a|b<script>alert(1)</script> (150200)            █████████████████▌│  17.50
line1\u{a}line2 `code` *em* [l](u) ``` (150200)  ████████████▎     │  12.25
鄂尔多斯市 (150600)                              █████▌            │  5.50 ✗
````

#### 得分分布：示范测评指标 (other)

每格 1.00 分，满分 20.00 为 20 格；│ 为申报线 18.00，达到申报线的条形越过此线；✗ 为不符合申报条件。

```text
# 标题 (150200)  ██████████████████│█ 19.00
```

## 1. 鄂尔多斯市 (150600)

- 结论：**不符合申报条件**
- 原因：
  - 一票否决：重大事件
  - 前置条件未满足：已获省级命名
  - 总分 5.50 低于申报线 18.00
- 总分：**5.50 / 20.00**
- 基础分：4.50
- 加分：2.00
- 减分：1.00
- 等级：无
- 指标体系：示范测评指标 (demo)
- 单位类型：州(地、市、盟)
- 来源：units/a.yaml

### 1.1 分类得分

| ID | 名称 | 得分 | 满分 | 得分率 |
| --- | --- | ---: | ---: | ---: |
| 1 | 党的领导 | 4.50 | 10.00 | 45.0% |
| 1.1 | 组织领导 | 3.00 | 6.00 | 50.0% |
| 1.2 | 工作机制 | 1.50 | 4.00 | 37.5% |
| 2 | Outreach | 0.00 | 10.00 | 0.0% |

### 1.2 评分明细

| ID | 测评标准 | 得分 | 满分 | 依据 | 佐证材料 |
| --- | --- | ---: | ---: | --- | --- |
| 1.1.1 | 专题学习 | 3.00 | 3.00 | 达标 → 3 | 学习记录.pdf; https\://example.org/a |
| 1.1.2 | 纳入议事日程 | 0.00 | 3.00 | 缺佐证材料，计 0 分 |  |
| 1.2.1 | 有计划、有方案 | 1.50 | 4.00 | 8项中符合3项 → 1.5 | 方案.docx |
| 2.1 | Survey rate | 0.00 | 5.00 | 不适用 |  |
| 2.2 | Coverage | 0.00 | 5.00 | 未作答 → 0 |  |

### 1.3 警告

- 条款 1.1.2 需要 1 项佐证材料
- 否决项 2.2 未作答
- 称号于 2020-12-01 命名，有效期 5 年，至 2025-12-01 届满；参照日期为 2026-01-15

### 1.4 差距

还差：**12.50** (按计划仍达不到申报线)

分数无法弥补：一票否决：incident, 前置条件：provincial-title

- [ ] 2.2 Coverage：0.00 / 5.00, 可提升 +5.00
- [ ] 1.1.2 纳入议事日程：0.00 / 3.00, 可提升 +3.00

## 2. 包头市 (150200)

- 结论：**符合申报条件**
- 总分：**19.00 / 20.00**
- 基础分：19.00
- 加分：0.00
- 减分：0.00
- 等级：优秀
- 指标体系：示范测评指标 (demo)
- 单位类型：州(地、市、盟)
- 来源：units/b.yaml

### 2.1 分类得分

| ID | 名称 | 得分 | 满分 | 得分率 |
| --- | --- | ---: | ---: | ---: |
| 1 | 党的领导 | 9.00 | 10.00 | 90.0% |
| 1.1 | 组织领导 | 5.00 | 6.00 | 83.3% |
| 1.2 | 工作机制 | 4.00 | 4.00 | 100.0% |
| 2 | Outreach | 10.00 | 10.00 | 100.0% |

### 2.2 评分明细

| ID | 测评标准 | 得分 | 满分 | 依据 | 佐证材料 |
| --- | --- | ---: | ---: | --- | --- |
| 1.1.1 | 专题学习 | 3.00 | 3.00 | 达标 → 3 |  |
| 1.1.2 | 纳入议事日程 | 2.00 | 3.00 | 评定 2 |  |
| 1.2.1 | 有计划、有方案 | 4.00 | 4.00 | 8项中符合8项 → 4 |  |
| 2.1 | Survey rate | 5.00 | 5.00 | 96.5 ≥ 95 → 5 |  |
| 2.2 | Coverage | 5.00 | 5.00 | 92 ≥ 90 → 5 |  |

## 3. 呼伦贝尔市 (150700)

- 结论：**错误**
- 错误：
  - 7:12: \`1e2\` is not a decimal (bad-decimal)
  - 9:3: unknown clause \`9.9\` (unknown-id)
- 来源：units/bad.yaml

## 4. a\|b&lt;script&gt;alert(1)&lt;/script&gt; (150200)

- 结论：**符合申报条件**
- 总分：**17.50 / 20.00**
- 基础分：19.00
- 加分：0.00
- 减分：0.00
- 等级：优秀
- 指标体系：示范测评指标 (demo)
- 单位类型：州(地、市、盟)
- 来源：x.yaml

### 4.1 分类得分

| ID | 名称 | 得分 | 满分 | 得分率 |
| --- | --- | ---: | ---: | ---: |
| 1 | 党的领导 | 9.00 | 10.00 | 90.0% |
| 1.1 | 组织领导 | 5.00 | 6.00 | 83.3% |
| 1.2 | 工作机制 | 4.00 | 4.00 | 100.0% |
| 2 | Outreach | 10.00 | 10.00 | 100.0% |

### 4.2 评分明细

| ID | 测评标准 | 得分 | 满分 | 依据 | 佐证材料 |
| --- | --- | ---: | ---: | --- | --- |
| 1.1.1 | 专题学习 | 3.00 | 3.00 | 达标 → 3 |  |
| 1.1.2 | 纳入议事日程 | 2.00 | 3.00 | 评定 2 |  |
| 1.2.1 | 有计划、有方案 | 4.00 | 4.00 | 8项中符合8项 → 4 |  |
| 2.1 | Survey rate | 5.00 | 5.00 | 96.5 ≥ 95 → 5 |  |
| 2.2 | Coverage | 5.00 | 5.00 | 92 ≥ 90 → 5 |  |

## 5. \# 标题 (150200)

- 结论：**符合申报条件**
- 总分：**19.00 / 20.00**
- 基础分：19.00
- 加分：0.00
- 减分：0.00
- 等级：优秀
- 指标体系：示范测评指标 (other)
- 单位类型：州(地、市、盟)
- 来源：y.yaml

### 5.1 分类得分

| ID | 名称 | 得分 | 满分 | 得分率 |
| --- | --- | ---: | ---: | ---: |
| 1 | 党的领导 | 9.00 | 10.00 | 90.0% |
| 1.1 | 组织领导 | 5.00 | 6.00 | 83.3% |
| 1.2 | 工作机制 | 4.00 | 4.00 | 100.0% |
| 2 | Outreach | 10.00 | 10.00 | 100.0% |

### 5.2 评分明细

| ID | 测评标准 | 得分 | 满分 | 依据 | 佐证材料 |
| --- | --- | ---: | ---: | --- | --- |
| 1.1.1 | 专题学习 | 3.00 | 3.00 | 达标 → 3 |  |
| 1.1.2 | 纳入议事日程 | 2.00 | 3.00 | 评定 2 |  |
| 1.2.1 | 有计划、有方案 | 4.00 | 4.00 | 8项中符合8项 → 4 |  |
| 2.1 | Survey rate | 5.00 | 5.00 | 96.5 ≥ 95 → 5 |  |
| 2.2 | Coverage | 5.00 | 5.00 | 92 ≥ 90 → 5 |  |

## 6. line1 line2 \`code\` \*em\* \[l\](u) \`\`\` (150200)

- 结论：**符合申报条件**
- 总分：**12.25 / 20.00**
- 基础分：19.00
- 加分：0.00
- 减分：0.00
- 等级：优秀
- 指标体系：示范测评指标 (demo)
- 单位类型：州(地、市、盟)
- 来源：z.yaml

### 6.1 分类得分

| ID | 名称 | 得分 | 满分 | 得分率 |
| --- | --- | ---: | ---: | ---: |
| 1 | 党的领导 | 9.00 | 10.00 | 90.0% |
| 1.1 | 组织领导 | 5.00 | 6.00 | 83.3% |
| 1.2 | 工作机制 | 4.00 | 4.00 | 100.0% |
| 2 | Outreach | 10.00 | 10.00 | 100.0% |

### 6.2 评分明细

| ID | 测评标准 | 得分 | 满分 | 依据 | 佐证材料 |
| --- | --- | ---: | ---: | --- | --- |
| 1.1.1 | 专题学习 | 3.00 | 3.00 | 达标 → 3 |  |
| 1.1.2 | 纳入议事日程 | 2.00 | 3.00 | 评定 2 |  |
| 1.2.1 | 有计划、有方案 | 4.00 | 4.00 | 8项中符合8项 → 4 |  |
| 2.1 | Survey rate | 5.00 | 5.00 | 96.5 ≥ 95 → 5 |  |
| 2.2 | Coverage | 5.00 | 5.00 | 92 ≥ 90 → 5 |  |
)EOS");
    }
    SUBCASE("input can't break a table, start a heading or inject HTML") {
      CHECK(contains(md, "| 2 | a\\|b&lt;script&gt;alert(1)&lt;/script&gt; (150200) | 17.50 |"));
      CHECK(contains(md, "\n## 5. \\# 标题 (150200)\n"));
      CHECK(
          contains(md, "\n## 6. line1 line2 \\`code\\` \\*em\\* \\[l\\](u) \\`\\`\\` (150200)\n"));
      // raw only inside the chart's code block, where Markdown shows it as text
      CHECK(contains(md, "\na|b<script>alert(1)</script> (150200)            █████████████████▌│  17.50\n"));
      CHECK(md.find("<script>") == md.find("a|b<script>") + 3);
    }
    SUBCASE("averages are exact: (4.5 + 9 + 9 + 9) / 4 = 7.875 → 7.88") {
      CHECK(contains(md, "| 1 | 党的领导 | 7.88 | 10.00 | 4 |"));
    }
    SUBCASE("one rubric: one ranking across all units") {
      std::vector<scoring::Outcome> same = {
          fixture::ineligible_result(rubric), fixture::eligible_result(rubric),
          fixture::eligible_result(rubric, "x.yaml", "甲", "19")};
      CHECK(contains(markdown_report(same, Lang::zh),
                     "### 排名\n\n| 名次 | 单位 | 总分 | 满分 | 结论 | 等级 | 原因 |\n"
                     "| ---: | --- | ---: | ---: | --- | --- | --- |\n"
                     "| 1 | 包头市 (150200) | 19.00 | 20.00 | 符合申报条件 | 优秀 |  |\n"
                     "| 1 | 甲 (150200) | 19.00 | 20.00 | 符合申报条件 | 优秀 |  |\n"
                     "| 3 | 鄂尔多斯市 (150600) | 5.50 | 20.00 | 不符合申报条件 | 无 | "
                     "一票否决：重大事件；前置条件：已获省级命名；低于申报线 |\n\n"
                     "### 结论统计\n"));
    }
    SUBCASE("en labels") {
      std::string en = markdown_report(outcomes, Lang::en);
      CHECK(en.rfind("# Assessment report: 2 rubrics\n\n- Rubric:\n  - 示范测评指标 (demo)\n"
                     "  - 示范测评指标 (other)\n- Assessed on: not given\n- Units: 6\n\n"
                     "## Summary\n\n### Ranking\n\n#### Ranking: 示范测评指标 (demo)\n\n",
                     0) == 0);
      CHECK(contains(en, "| 4 | 鄂尔多斯市 (150600) | 5.50 | 20.00 | not eligible to apply | none | "
                         "veto:incident; prerequisite:provincial-title; below-threshold |\n"));
      CHECK(contains(en, "One cell is 1.00 points and full marks 20.00 are 20 cells; │ marks the threshold 18.00, "
                         "and a bar crosses it when the score reaches it; ✗ marks a unit not eligible to apply.\n"));
      CHECK(contains(en, "\n#### Ranking: 示范测评指标 (other)\n\n"));
      CHECK(contains(en, "| Eligible to apply |") == false);
      CHECK(
          contains(en, "| eligible to apply | 4 |\n| not eligible to apply | 1 |\n| Error | 1 |"));
    }
  }

  TEST_CASE("the summary a bureau circulates") {
    auto rubric = fixture::demo_rubric();
    auto dated = [&](const char* name, const char* score, const char* date) {
      scoring::Result r = fixture::eligible_result(rubric, "u.yaml", name, score);
      r.assessed_on = util::parse_date(date);
      return r;
    };
    SUBCASE("the title names the rubric and the span of assessed_on; undated units are counted") {
      std::vector<scoring::Outcome> outcomes = {dated("甲", "19", "2025-06-30"), dated("乙", "18", "2025-04-20"),
                                                fixture::eligible_result(rubric, "c.yaml", "丙", "18.5")};
      CHECK(markdown_report(outcomes, Lang::zh).rfind("# 测评报告：示范测评指标 (demo)，2025-04-20 至 2025-06-30\n\n"
                                                      "- 测评日期：2025-04-20 至 2025-06-30\n"
                                                      "- 未注明测评日期的单位：1\n- 单位数：3\n\n## 汇总\n",
                                                      0) == 0);
      CHECK(markdown_report(outcomes, Lang::en).rfind("# Assessment report: 示范测评指标 (demo), 2025-04-20 to 2025-06-30\n\n"
                                                      "- Assessed on: 2025-04-20 to 2025-06-30\n"
                                                      "- units without a date: 1\n- Units: 3\n\n",
                                                      0) == 0);
    }
    SUBCASE("--as-of is the reference date, whatever assessed_on says") {
      std::vector<scoring::Outcome> outcomes = {dated("甲", "19", "2025-06-30"), dated("乙", "18", "2025-04-20")};
      CHECK(markdown_report(outcomes, Lang::zh, util::parse_date("2026-01-15"))
                .rfind("# 测评报告：示范测评指标 (demo)，2026-01-15\n\n- 参照日期：2026-01-15\n- 单位数：2\n\n", 0) == 0);
    }
    SUBCASE("one date for every unit") {
      std::vector<scoring::Outcome> outcomes = {dated("甲", "19", "2025-06-30"), dated("乙", "18", "2025-06-30")};
      CHECK(markdown_report(outcomes, Lang::zh).rfind("# 测评报告：示范测评指标 (demo)，2025-06-30\n", 0) == 0);
    }
    SUBCASE("the chart: ranking order, the threshold line, a score above full marks drawn longer") {
      std::vector<scoring::Outcome> outcomes = {dated("低", "17.99", "2025-06-30"), dated("满", "20", "2025-06-30"),
                                                dated("超", "23.5", "2025-06-30"), dated("线", "18", "2025-06-30")};
      std::get<scoring::Result>(outcomes[0]).verdict = scoring::Verdict::ineligible;
      CHECK(contains(markdown_report(outcomes, Lang::zh), "```text\n"
                                                          "超 (150200)  ██████████████████│█████▌ 23.50\n"
                                                          "满 (150200)  ██████████████████│██     20.00\n"
                                                          "线 (150200)  ██████████████████│       18.00\n"
                                                          "低 (150200)  █████████████████▉│       17.99 ✗\n"
                                                          "```\n"));
    }
    SUBCASE("a rubric without grades has no grade column and no grade line; a duplicate is marked") {
      auto plain = fixture::demo_rubric("plain");
      std::const_pointer_cast<rubric::Rubric>(plain)->grades.clear();
      scoring::Result first = fixture::eligible_result(plain, "a.yaml", "甲", "19");
      scoring::Result again = fixture::eligible_result(plain, "b.yaml", "甲", "19");
      first.grade.reset();
      again.grade.reset();
      assessment::Warning duplicate;
      duplicate.kind = assessment::WarningKind::duplicate_result;
      duplicate.text = "a.yaml";
      again.warnings.push_back(duplicate);
      std::string md = markdown_report(std::vector<scoring::Outcome>{first, again}, Lang::zh);
      CHECK(contains(md, "| 名次 | 单位 | 总分 | 满分 | 结论 | 原因 |\n| ---: | --- | ---: | ---: | --- | --- |\n"
                         "| 1 | 甲 (150200) | 19.00 | 20.00 | 符合申报条件 |  |\n"
                         "| — | 甲 (150200)（重复） | 19.00 | 20.00 | 符合申报条件 |  |\n"));
      CHECK(!contains(md, "等级"));
    }
  }
}
