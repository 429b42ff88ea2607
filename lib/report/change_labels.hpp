// The words of `compare` and `trend` reports (text, Markdown, HTML) in
// Chinese or English, and the side labels as a language shows them.
#pragma once

#include <cstddef>
#include <string>

#include "compare/compare.hpp"
#include "report/labels.hpp"
#include "trend/trend.hpp"

namespace cepin::report {

// Every word a compare or trend report prints, in one language.
struct ChangeLabels {
  const char* compare_report;  // 对比报告
  const char* trend_report;    // 趋势报告
  const char* tolerance;       // 容差
  const char* sources;         // 来源
  const char* counts;          // 汇总
  const char* matched;         // 匹配
  const char* improved;        // 提升
  const char* regressed;       // 下降
  const char* unchanged;       // 不变
  const char* added;           // 新增
  const char* removed;         // 移除
  const char* gained;          // 转为达标
  const char* lost;            // 转为不达标
  const char* errors;          // 错误
  const char* units;           // 各单位
  const char* delta;           // 差值
  const char* flip;            // 结论变化
  const char* status;          // 状态
  const char* changes;         // 变化明细
  const char* clause;          // 指标
  const char* adjustment;      // 奖惩
  const char* veto;            // 否决
  const char* prerequisite;    // 前置条件
  const char* reasons_added;   // 新增原因
  const char* reasons_removed; // 消除原因
  const char* occurred;        // 发生
  const char* not_occurred;    // 未发生
  const char* met;             // 满足
  const char* not_met;         // 不满足
  const char* unanswered;      // 未作答
  const char* absent;          // 无此项
  const char* warnings;        // 警告
  const char* version_changed; // 指标体系版本变化
  const char* rubric_changed;  // 指标体系变化
  const char* rollup;          // 汇总值
  const char* first;           // 首期
  const char* last;            // 末期
  const char* change;          // 变化
  const char* declines;        // 连降期数
  const char* ineligible_periods;  // 不达标期数
  const char* rank;            // 名次
  const char* rank_change;     // 名次变化
  const char* trend_line;      // 走势
  const char* periods;         // 考评周期
  const char* ineligible_mark; // 不达标标记说明
  const char* from_dates;      // 按测评日期归期
  const char* pair_chart;      // 各单位得分对比 (HTML: the base-against-new chart)
  const char* series_chart;    // 各单位走势 (HTML: the small multiples)
  const char* eligible_point;  // 达标 (HTML: the legend of a solid point)
  const char* ineligible_point;  // 不达标 (a hollow point)
  const char* print_hint;      // 打印：…纸张 A4…
};

// The words of a language.
const ChangeLabels& change_labels(Lang lang);

// Which units a chart too big for all of them shows: compare's of largest
// |delta|, or trend's first.
enum class ChartChoice { largest_delta, first };

// "图中只画差值绝对值最大的 60 个单位（共 200 个）…" / "The chart shows the 60
// units of largest |delta| (of 200)…", or "…前 60 个单位…" / "…the first 60…".
std::string chart_limit_text(std::size_t shown, std::size_t units, ChartChoice choice, Lang lang);

// A compare status in words ("提升" / "improved").
const char* status_label(Lang lang, compare::Status status);

// A flip in words ("转为达标" / "gained"; "" for none).
const char* flip_label(Lang lang, compare::Flip flip);

// A rollup in words ("平均" / "mean").
const char* rollup_label(Lang lang, trend::Rollup rollup);

// How a report names a side: a short name for headings and table columns,
// and what tells more (an assessor's name, the period).
struct SideName {
  std::string name;    // 自评 / 第三方评估 / 上期 / 本期 / 基准 / 对照, or a label given as a flag
  std::string detail;  // the assessing body, the period; "" when none
};

// `self` is 自评 (self-assessment); another assessor is 第三方评估
// (evaluation) with its name as the detail; without one, two sides of one
// period each are 上期 / 本期 (previous / current) with the period, else
// 基准 / 对照 (base / new). A label given on the command line shows as given.
SideName side_name(Lang lang, const compare::SideLabel& side, const compare::SideLabel& other, bool is_base);

}  // namespace cepin::report
