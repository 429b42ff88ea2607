#include "report/page_labels.hpp"

#include <fmt/format.h>

#include "report/naming.hpp"

namespace cepin::report {

namespace {

const PageLabels k_zh = {
    "测评日期",
    "参照日期",
    "评估主体",
    "未注明",
    "单位数",
    "得分分布",
    "得分排名",
    "分类得分",
    "分类平均分",
    "单位详情",
    "申报线",
    "满分",
    "分数段",
    "得分条",
    "由 cepin 生成",
    "打印：在浏览器中选择“打印”，纸张 A4，可另存为 PDF；每个单位另起一页。",
    "无法评分的输入",
};

const PageLabels k_en = {
    "Assessed on",
    "Reference date",
    "Assessor",
    "not given",
    "Units",
    "Score distribution",
    "Ranking",
    "Category scores",
    "Category averages",
    "Units in detail",
    "threshold",
    "full marks",
    "Scores",
    "Score bar",
    "Written by cepin",
    "To print: choose Print in the browser, A4 paper, or save as PDF; each unit starts a new page.",
    "Inputs that could not be scored",
};

}  // namespace

const PageLabels& page_labels(Lang lang) { return lang == Lang::zh ? k_zh : k_en; }

std::string dates_text(const ReferenceDates& dates, Lang lang) {
  if (dates.as_of) {
    return util::format_date(*dates.as_of);
  }
  if (!dates.earliest) {
    return "";
  }
  if (*dates.earliest == *dates.latest) {
    return util::format_date(*dates.earliest);
  }
  return fmt::format(lang == Lang::zh ? "{} 至 {}" : "{} to {}", util::format_date(*dates.earliest),
                     util::format_date(*dates.latest));
}

const char* dates_label(const ReferenceDates& dates, Lang lang) {
  return dates.as_of ? page_labels(lang).as_of : page_labels(lang).assessed_on;
}

std::string batch_title_text(const BatchSummary& summary, Lang lang) {
  std::vector<const rubric::Rubric*> rubrics = summary.known_rubrics();
  std::string title = labels(lang).report;
  if (rubrics.size() == 1) {
    title += colon(lang) + rubric_title(*rubrics.front());
  } else if (rubrics.size() > 1) {
    title += colon(lang) + rubric_count_text(rubrics.size(), lang);
  }
  std::string dates = dates_text(summary.dates, lang);
  if (!dates.empty()) {
    title += (rubrics.empty() ? colon(lang) : lang == Lang::zh ? "，" : ", ") + dates;
  }
  return title;
}

std::string rubric_count_text(std::size_t count, Lang lang) {
  return fmt::format(lang == Lang::zh ? "{} 套指标体系" : "{} rubrics", count);
}

std::string undated_text(std::size_t count, Lang lang) {
  if (count == 0) {
    return "";
  }
  return fmt::format(lang == Lang::zh ? "未注明测评日期的单位：{}" : "units without a date: {}", count);
}

std::string chart_legend(const std::string& cell, const std::string& threshold, const std::string& total,
                         int cells, Lang lang) {
  if (lang == Lang::zh) {
    return fmt::format("每格 {} 分，满分 {} 为 {} 格；│ 为申报线 {}，达到申报线的条形越过此线；✗ 为不符合申报条件。", cell,
                       total, cells, threshold);
  }
  return fmt::format(
      "One cell is {} points and full marks {} are {} cells; │ marks the threshold {}, and a bar crosses it when "
      "the score reaches it; ✗ marks a unit not eligible to apply.",
      cell, total, cells, threshold);
}

std::string units_left_out_text(std::size_t units, std::size_t limit, Lang lang) {
  if (lang == Lang::zh) {
    return fmt::format("本报告共 {} 个单位，多于 {} 个，只含汇总；需要每个单位的详情时，请用 --html-units all"
                       "（全部单位）或 --html-units ineligible（不符合申报条件和无法评分的单位）重新生成。",
                       units, limit);
  }
  return fmt::format("This report covers {} units, more than {}, so it holds the summary alone; for a section "
                     "per unit, write it again with --html-units all (every unit) or --html-units ineligible "
                     "(units not eligible, and inputs that could not be scored).",
                     units, limit);
}

std::string units_shown_text(std::size_t units, std::size_t shown, Lang lang) {
  if (lang == Lang::zh) {
    return fmt::format("共 {} 个单位，其中 {} 个（不符合申报条件或无法评分）列出详情。", units, shown);
  }
  return fmt::format("{} units; {} of them (not eligible, or not scored) have a section.", units, shown);
}

}  // namespace cepin::report
