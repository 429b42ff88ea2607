#include "rubric/unit_kind.hpp"

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace cepin::rubric {

namespace {

// A kind's code, its Chinese name and the shorter names it also answers to.
struct KnownKind {
  const char* code;
  const char* zh;
  const char* aliases[4];
};

constexpr KnownKind k_kinds[] = {
    {"prefecture", "州(地、市、盟)", {"州", "地区", "盟", nullptr}},
    {"county", "县(市、区、旗)", {"县", "区", "旗", nullptr}},
    {"township", "乡镇", {}},
    {"village", "村", {}},
    {"community", "社区", {}},
    {"agency", "机关", {}},
    {"public-institution", "事业单位", {}},
    {"enterprise", "企业", {}},
    {"school", "学校", {}},
    {"religious-venue", "宗教活动场所", {}},
    {"company", "连队", {}},
    {"social-organization", "社会组织", {}},
    {"new-economic-organization", "新经济组织", {}},
};

// `市` alone: a prefecture-level city, with a note (a county-level city is 县(市、区、旗)).
constexpr const char* k_city = "市";

// The text with full-width parentheses made ASCII.
std::string ascii_parentheses(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 3, "（") == 0) {
      out += '(';
      i += 3;
    } else if (text.compare(i, 3, "）") == 0) {
      out += ')';
      i += 3;
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace

UnitKindName read_unit_kind(std::string_view raw) {
  std::string text = ascii_parentheses(util::trim_spaces(raw));
  if (text == k_city) {
    return {"prefecture", true};
  }
  for (const KnownKind& kind : k_kinds) {
    if (text == kind.code || text == kind.zh) {
      return {kind.code, false};
    }
    for (const char* alias : kind.aliases) {
      if (alias != nullptr && text == alias) {
        return {kind.code, false};
      }
    }
  }
  return {std::string(util::trim_spaces(raw)), false};
}

std::string unit_kind_zh(std::string_view code) {
  for (const KnownKind& kind : k_kinds) {
    if (code == kind.code) {
      return kind.zh;
    }
  }
  return std::string(code);
}

std::string ambiguous_kind_message(std::string_view written, std::string_view code) {
  return fmt::format("unit kind `{}` is taken as `{}` ({}); a county-level city is `county` ({})", written,
                     code, unit_kind_zh(code), unit_kind_zh("county"));
}

}  // namespace cepin::rubric
