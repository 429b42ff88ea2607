// Report words for the rules of tailored rubrics (SPEC §7–§8): floors, best k
// of n, minimum counts and the chain of bases, in both languages.
#pragma once

#include <string>

#include "report/labels.hpp"
#include "scoring/result.hpp"
#include "util/decimal.hpp"

namespace cepin::report {

// Fixed words; the phrases with numbers are functions below.
struct TailoredLabels {
  const char* not_counted;  // 不计入: a best-k child left out
  const char* based_on;     // 基于: the chain of bases
  const char* changes;      // 相对基础指标体系的变化
  const char* added;        // 新增
  const char* removed;      // 删除
  const char* changed;      // 修改
  const char* change;       // 变化
  const char* old_points;   // 原分值
  const char* new_points;   // 新分值
  const char* purpose;      // 说明: the gap plan's column for floor and joint picks
};

// The words of a language.
const TailoredLabels& tailored_labels(Lang lang);

// "底线 20.00" / "floor 20.00": a node's floor.
std::string floor_phrase(Lang lang, const util::Decimal& floor, int digits);

// "取最高 2 项" / "best 2 count": a best-k node.
std::string best_phrase(Lang lang, int best);

// "（不计入）" / " (not counted)", appended to a left-out child.
std::string not_counted_mark(Lang lang);

// What a node row of a report adds to its title: its floor ("（底线 20.00）")
// and, for a best-k child left out, "（不计入）"; "" for a plain node.
std::string node_marks(const scoring::NodeResult& node, Lang lang, int digits);

// "补足 1 的底线" / "floor of 1", or "与 4.2 一并" / "with 4.2": why a gap pick is made.
std::string pick_purpose(Lang lang, const std::string& floor, const std::string& group);

}  // namespace cepin::report
