// The words of the bureau reports — the batch summary's title and dates, the
// score chart's legend, the HTML page's charts and notes — in Chinese or
// English (the rest of a report's words are in labels.hpp).
#pragma once

#include <cstddef>
#include <string>

#include "report/labels.hpp"
#include "report/summary.hpp"

namespace cepin::report {

// Every label of the summary's new lines and of the HTML page, in one language.
struct PageLabels {
  const char* assessed_on;      // 测评日期
  const char* as_of;            // 参照日期
  const char* assessor;         // 评估主体
  const char* not_given;        // 未注明
  const char* units_total;      // 单位数
  const char* distribution;     // 得分分布
  const char* ranking_chart;    // 得分排名图
  const char* category_chart;   // 分类得分图
  const char* averages_chart;   // 分类平均分图
  const char* contents;         // 单位详情
  const char* reached;          // 达到申报线 (legend: the threshold line)
  const char* full_marks;       // 满分
  const char* score_range;      // 分数段
  const char* bar;              // 得分条
  const char* generated_by;     // 由 cepin 生成
  const char* print_hint;       // 打印：浏览器“打印”→“另存为 PDF”，纸张 A4
  const char* error_results;    // 无法评分
};

// The page labels of a language.
const PageLabels& page_labels(Lang lang);

// "2025-04-20", "2025-04-20 至 2025-06-30" / "… to …": the dates the run's
// results refer to; "" when none is known.
std::string dates_text(const ReferenceDates& dates, Lang lang);

// The field that names those dates: 参照日期 with --as-of, else 测评日期.
const char* dates_label(const ReferenceDates& dates, Lang lang);

// A batch report's title: "测评报告：Title (id)，2025-04-20 至 2025-06-30",
// "9 套指标体系" for several rubrics, without a date when none is known.
std::string batch_title_text(const BatchSummary& summary, Lang lang);

// "9 套指标体系" / "9 rubrics".
std::string rubric_count_text(std::size_t count, Lang lang);

// "未注明测评日期的单位：3" / "units without a date: 3"; "" for none.
std::string undated_text(std::size_t count, Lang lang);

// The score chart's legend: one cell is `cell` points, │ marks the threshold,
// full marks are `cells` cells, and ✗ marks a unit not eligible.
std::string chart_legend(const std::string& cell, const std::string& threshold, const std::string& total,
                         int cells, Lang lang);

// The note of a batch too big for a section per unit by default: "本报告共
// 10000 个单位，多于 500 个，只含汇总；…--html-units all…".
std::string units_left_out_text(std::size_t units, std::size_t limit, Lang lang);

// "共 12 个单位，其中 3 个有详情" / "12 units, 3 of them with a section"
// under `--html-units ineligible`.
std::string units_shown_text(std::size_t units, std::size_t shown, Lang lang);

}  // namespace cepin::report
