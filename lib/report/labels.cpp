#include "report/labels.hpp"

#include "rubric/unit_kind.hpp"

namespace cepin::report {

namespace {

const Labels k_zh = {
    "测评报告",
    "汇总",
    "来源",
    "指标体系",
    "单位",
    "总分",
    "结论",
    "符合申报条件",
    "不符合申报条件",
    "错误",
    "原因",
    "等级",
    "无",
    "基础分",
    "加分",
    "减分",
    "分类得分",
    "ID",
    "名称",
    "得分",
    "满分",
    "得分率",
    "评分明细",
    "测评标准",
    "状态",
    "依据",
    "佐证材料",
    "警告",
    "差距",
    "还差",
    "按计划可达到申报线",
    "按计划仍达不到申报线",
    "分数无法弥补",
    "可提升",
    "改进计划",
    "排名",
    "名次",
    "结论统计",
    "原因统计",
    "数量",
    "分类平均分",
    "平均分",
    "单位数",
    "得分分布",
    "总分值",
    "申报线",
    "分值",
    "测评方法",
    "评分规则",
    "奖惩清单",
    "前置条件",
    "等级划分",
    "类型",
    "内容",
    "上限",
    "版本",
    "发布机关",
    "行",
    "列",
    "考评周期",
    "单位类型",
    "重复",
    "重复结果（未计入）",
};

const Labels k_en = {
    "Assessment report",
    "Summary",
    "Source",
    "Rubric",
    "Unit",
    "Score",
    "Verdict",
    "eligible to apply",
    "not eligible to apply",
    "Error",
    "Reasons",
    "Grade",
    "none",
    "Base",
    "Bonus",
    "Penalty",
    "Categories",
    "ID",
    "Title",
    "Score",
    "Max",
    "Share",
    "Clauses",
    "Criterion",
    "Status",
    "Why",
    "Evidence",
    "Warnings",
    "Gap",
    "Needed",
    "reachable with the plan",
    "not reachable with the plan",
    "Points cannot fix",
    "Recoverable",
    "Plan",
    "Ranking",
    "Rank",
    "By verdict",
    "By reason",
    "Count",
    "Category averages",
    "Average",
    "Units",
    "Scores",
    "Total",
    "Threshold",
    "Points",
    "Methods",
    "Rule",
    "Adjustments",
    "Prerequisites",
    "Grades",
    "Kind",
    "Text",
    "Cap",
    "Version",
    "Issuer",
    "line",
    "column",
    "Period",
    "Unit kind",
    "duplicate",
    "Duplicate results (not counted)",
};

}  // namespace

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "zh") {
    return Lang::zh;
  }
  if (code == "en") {
    return Lang::en;
  }
  return std::nullopt;
}

const Labels& labels(Lang lang) {
  return lang == Lang::zh ? k_zh : k_en;
}

const char* status_label(Lang lang, scoring::ClauseStatus status) {
  bool zh = lang == Lang::zh;
  switch (status) {
    case scoring::ClauseStatus::scored:
      return zh ? "已评分" : "scored";
    case scoring::ClauseStatus::unanswered:
      return zh ? "未作答" : "unanswered";
    case scoring::ClauseStatus::not_applicable:
      return zh ? "不适用" : "n/a";
    case scoring::ClauseStatus::zeroed:
      return zh ? "缺佐证计零" : "zeroed";
  }
  return "";
}

const char* verdict_label(Lang lang, scoring::Verdict verdict) {
  return verdict == scoring::Verdict::eligible ? labels(lang).eligible : labels(lang).ineligible;
}

std::string unit_kind_text(Lang lang, const std::string& code) {
  return lang == Lang::zh ? rubric::unit_kind_zh(code) : code;
}

const char* colon(Lang lang) {
  return lang == Lang::zh ? "：" : ": ";
}

}  // namespace cepin::report
