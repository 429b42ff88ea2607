// The words of text and Markdown reports, in Chinese or English. JSON, JSONL
// and CSV never use them: their names and codes are fixed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "scoring/result.hpp"

namespace cepin::report {

// The language of report labels.
enum class Lang { zh, en };

// "zh" or "en" as a Lang; nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view code);

// Every label a report prints, in one language.
struct Labels {
  const char* report;         // 测评报告
  const char* summary;        // 汇总
  const char* source;         // 来源
  const char* rubric;         // 指标体系
  const char* unit;           // 单位
  const char* score;          // 总分
  const char* verdict;        // 结论
  const char* eligible;       // 符合申报条件
  const char* ineligible;     // 不符合申报条件
  const char* error;          // 错误
  const char* reasons;        // 原因
  const char* grade;          // 等级
  const char* none;           // 无
  const char* base;           // 基础分
  const char* bonus;          // 加分
  const char* penalty;        // 减分
  const char* categories;     // 分类得分
  const char* id;             // ID
  const char* title;          // 名称
  const char* earned;         // 得分
  const char* max;            // 满分
  const char* share;          // 得分率
  const char* clauses;        // 评分明细
  const char* criterion;      // 测评标准
  const char* status;         // 状态
  const char* why;            // 依据
  const char* evidence;       // 佐证材料
  const char* warnings;       // 警告
  const char* gap;            // 差距
  const char* needed;         // 还差
  const char* reachable;      // 按计划可达到申报线
  const char* unreachable;    // 按计划仍达不到申报线
  const char* blocking;       // 分数无法弥补
  const char* recoverable;    // 可提升
  const char* plan;           // 改进计划
  const char* ranking;        // 排名
  const char* rank;           // 名次
  const char* by_verdict;     // 结论统计
  const char* by_reason;      // 原因统计
  const char* count;          // 数量
  const char* averages;       // 分类平均分
  const char* average;        // 平均分
  const char* units;          // 单位数
  const char* chart;          // 得分分布
  const char* total;          // 总分值
  const char* threshold;      // 申报线
  const char* points;         // 分值
  const char* methods;        // 测评方法
  const char* rule;           // 评分规则
  const char* adjustments;    // 奖惩清单
  const char* prerequisites;  // 前置条件
  const char* grades;         // 等级划分
  const char* kind;           // 类型
  const char* text;           // 内容
  const char* cap;            // 上限
  const char* version;        // 版本
  const char* issuer;         // 发布机关
  const char* line;           // 行
  const char* column;         // 列
  const char* period;         // 考评周期
  const char* unit_kind;      // 单位类型
  const char* duplicate;      // 重复
  const char* duplicates;     // 重复结果（未计入）: a batch's results of a unit scored before
};

// The labels of a language.
const Labels& labels(Lang lang);

// A clause status in words ("未作答" / "unanswered").
const char* status_label(Lang lang, scoring::ClauseStatus status);

// A verdict in words ("符合申报条件" / "eligible").
const char* verdict_label(Lang lang, scoring::Verdict verdict);

// A unit kind as reports show it: its Chinese name in Chinese
// (州(地、市、盟)), the code in English.
std::string unit_kind_text(Lang lang, const std::string& code);

// The separator between a label and its value ("：" / ": ").
const char* colon(Lang lang);

}  // namespace cepin::report
