#include "report/change_labels.hpp"

#include <fmt/format.h>

namespace cepin::report {

namespace {

constexpr ChangeLabels k_zh = {
    "对比报告", "趋势报告", "容差", "来源", "汇总", "匹配", "提升", "下降", "不变", "新增", "移除",
    "转为达标", "转为不达标", "错误", "各单位", "差值", "结论变化", "状态", "变化明细", "指标", "奖惩",
    "否决", "前置条件", "新增原因", "消除原因", "发生", "未发生", "满足", "不满足", "未作答", "无此项",
    "警告", "指标体系版本变化", "指标体系变化", "汇总值", "首期", "末期", "变化", "最长连降", "不达标期数",
    "名次", "名次变化", "走势", "考评周期", "带 * 的分数结论为不达标（ineligible）",
    "个结果无考评周期，按测评日期归入所在周期", "各单位得分对比", "各单位走势", "达标", "不达标",
    "打印：在浏览器中选择“打印”，纸张 A4，可另存为 PDF。",
};

constexpr ChangeLabels k_en = {
    "Comparison", "Trend", "Tolerance", "Sources", "Summary", "matched", "improved", "regressed",
    "unchanged", "added", "removed", "gained", "lost", "errors", "Units", "Delta", "Flip", "Status",
    "Changes", "Clause", "Adjustment", "Veto", "Prerequisite", "Reasons added", "Reasons removed",
    "occurred", "did not occur", "met", "not met", "unanswered", "absent", "Warnings",
    "rubric version changed", "rubric changed", "Rollup", "First", "Last", "Change", "Declines",
    "Ineligible periods", "Rank", "Rank change", "Trend", "Periods", "a score marked * is ineligible",
    "result(s) without a period took the period of their assessed_on date", "Scores by unit, base and new",
    "Each unit over the periods", "eligible", "ineligible",
    "To print: choose Print in the browser, A4 paper, or save as PDF.",
};

bool periods_pair(const compare::SideLabel& base, const compare::SideLabel& next) {
  return base.period && next.period && *base.period < *next.period;
}

}  // namespace

const ChangeLabels& change_labels(Lang lang) { return lang == Lang::zh ? k_zh : k_en; }

std::string chart_limit_text(std::size_t shown, std::size_t units, ChartChoice choice, Lang lang) {
  bool by_delta = choice == ChartChoice::largest_delta;
  if (lang == Lang::zh) {
    return by_delta ? fmt::format("图中只画差值绝对值最大的 {} 个单位（共 {} 个），表中列出全部单位。", shown, units)
                    : fmt::format("图中只画前 {} 个单位（共 {} 个），表中列出全部单位。", shown, units);
  }
  return by_delta ? fmt::format("The chart shows the {} units of largest |delta| (of {}); the table lists all.",
                                shown, units)
                  : fmt::format("The chart shows the first {} units (of {}); the table lists all.", shown, units);
}

const char* status_label(Lang lang, compare::Status status) {
  const ChangeLabels& l = change_labels(lang);
  switch (status) {
    case compare::Status::improved:
      return l.improved;
    case compare::Status::regressed:
      return l.regressed;
    case compare::Status::unchanged:
      return l.unchanged;
    case compare::Status::added:
      return l.added;
    case compare::Status::removed:
      return l.removed;
    case compare::Status::error:
      return lang == Lang::zh ? "错误" : "error";
  }
  return "";
}

const char* flip_label(Lang lang, compare::Flip flip) {
  switch (flip) {
    case compare::Flip::none:
      return "";
    case compare::Flip::gained:
      return change_labels(lang).gained;
    case compare::Flip::lost:
      return change_labels(lang).lost;
  }
  return "";
}

const char* rollup_label(Lang lang, trend::Rollup rollup) {
  bool zh = lang == Lang::zh;
  switch (rollup) {
    case trend::Rollup::mean:
      return zh ? "平均" : "mean";
    case trend::Rollup::sum:
      return zh ? "合计" : "sum";
    case trend::Rollup::last:
      return zh ? "末期" : "last";
    case trend::Rollup::min:
      return zh ? "最低" : "min";
    case trend::Rollup::max:
      return zh ? "最高" : "max";
  }
  return "";
}

SideName side_name(Lang lang, const compare::SideLabel& side, const compare::SideLabel& other, bool is_base) {
  bool zh = lang == Lang::zh;
  const compare::SideLabel& base = is_base ? side : other;
  const compare::SideLabel& next = is_base ? other : side;
  switch (side.origin) {
    case compare::LabelOrigin::flag:
      return {side.label, side.period ? side.period->canonical() : ""};
    case compare::LabelOrigin::assessor:
      if (other.origin == compare::LabelOrigin::assessor && other.label == side.label && periods_pair(base, next)) {
        break;  // one assessor, two periods: the periods tell the sides apart
      }
      if (side.label == "self") {
        return {zh ? "自评" : "self-assessment", ""};
      }
      return {zh ? "第三方评估" : "evaluation", side.label};
    case compare::LabelOrigin::fallback:
      break;
  }
  if (periods_pair(base, next)) {
    const char* name = is_base ? (zh ? "上期" : "previous") : (zh ? "本期" : "current");
    return {name, side.period->canonical()};
  }
  return {is_base ? (zh ? "基准" : "base") : (zh ? "对照" : "new"), ""};
}

}  // namespace cepin::report
