#include "report/tailored_labels.hpp"

#include <fmt/format.h>

namespace cepin::report {

namespace {

const TailoredLabels k_zh = {"不计入", "基于", "相对基础指标体系的变化", "新增", "删除", "修改",
                             "变化",   "原分值", "新分值", "说明"};

const TailoredLabels k_en = {"not counted", "Extends", "Changes against the base", "added", "removed", "changed",
                             "Change",      "Old points", "New points", "For"};

}  // namespace

const TailoredLabels& tailored_labels(Lang lang) { return lang == Lang::zh ? k_zh : k_en; }

std::string floor_phrase(Lang lang, const util::Decimal& floor, int digits) {
  return fmt::format(lang == Lang::zh ? "底线 {}" : "floor {}", floor.to_fixed(digits));
}

std::string best_phrase(Lang lang, int best) {
  return fmt::format(lang == Lang::zh ? "取最高 {} 项" : "best {} count", best);
}

std::string not_counted_mark(Lang lang) {
  return lang == Lang::zh ? "（不计入）" : " (not counted)";
}

std::string node_marks(const scoring::NodeResult& node, Lang lang, int digits) {
  std::string out;
  if (node.floor) {
    out += lang == Lang::zh ? "（" + floor_phrase(lang, *node.floor, digits) + "）"
                            : " (" + floor_phrase(lang, *node.floor, digits) + ")";
  }
  if (node.counted == false) {
    out += not_counted_mark(lang);
  }
  return out;
}

std::string pick_purpose(Lang lang, const std::string& floor, const std::string& group) {
  std::string out;
  if (!floor.empty()) {
    out = fmt::format(lang == Lang::zh ? "补足 {} 的底线" : "floor of {}", floor);
  }
  if (!group.empty()) {
    out += (out.empty() ? "" : (lang == Lang::zh ? "，" : ", "));
    out += fmt::format(lang == Lang::zh ? "与 {} 一并" : "with {}", group);
  }
  return out;
}

}  // namespace cepin::report
