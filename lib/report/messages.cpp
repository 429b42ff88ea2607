#include "report/messages.hpp"

#include <fmt/format.h>

#include "rubric/unit_kind.hpp"
#include "util/text.hpp"

namespace cepin::report {

namespace {

using assessment::Subject;
using assessment::WarningKind;
using scoring::ReasonKind;
using scoring::Unmet;

int digits_of(const rubric::Rubric* rubric) { return rubric ? rubric->precision_digits : 2; }

std::string rubric_id(const rubric::Rubric* rubric) { return rubric ? rubric->id : std::string("?"); }

// "category" or "item": what a floor's node is.
const char* node_word(const std::string& id, const rubric::Rubric* rubric) {
  if (rubric != nullptr) {
    for (const rubric::Node& category : rubric->categories) {
      if (category.id == id) {
        return "category";
      }
    }
  }
  return "item";
}

std::string reason_en(const scoring::Reason& reason, const rubric::Rubric* rubric) {
  switch (reason.kind) {
    case ReasonKind::clause_veto:
      return fmt::format("veto clause `{}` scored {} of {}", reason.id, reason.score.to_string(),
                         reason.limit.to_string());
    case ReasonKind::event_veto:
      return fmt::format("veto event `{}` occurred", reason.id);
    case ReasonKind::prerequisite:
      switch (reason.unmet) {
        case Unmet::not_met:
          return fmt::format("prerequisite `{}` is not met", reason.id);
        case Unmet::unanswered:
          return fmt::format("prerequisite `{}` is unanswered", reason.id);
        case Unmet::lacks_evidence:
          return fmt::format("prerequisite `{}` lacks the evidence it needs", reason.id);
      }
      break;
    case ReasonKind::below_floor:
      return fmt::format("{} `{}` scored {}, below its floor {}", node_word(reason.id, rubric), reason.id,
                         reason.score.to_string(), reason.limit.to_string());
    case ReasonKind::below_threshold:
      return fmt::format("the score {} is below the threshold {}", reason.score.to_string(),
                         reason.limit.to_string());
  }
  return reason.code();
}

std::string reason_zh(const scoring::Reason& reason, const rubric::Rubric* rubric) {
  int digits = digits_of(rubric);
  switch (reason.kind) {
    case ReasonKind::clause_veto:
      return fmt::format("一票否决：否决项 {} 得分 {}，未达满分 {}", reason.id, reason.score.to_fixed(digits),
                         reason.limit.to_fixed(digits));
    case ReasonKind::event_veto: {
      const rubric::Adjustment* event = rubric ? rubric->find_adjustment(reason.id) : nullptr;
      return fmt::format("一票否决：{}", event ? event->text : reason.id);
    }
    case ReasonKind::prerequisite: {
      const rubric::Prerequisite* gate = rubric ? rubric->find_prerequisite(reason.id) : nullptr;
      std::string text = gate ? gate->text : reason.id;
      switch (reason.unmet) {
        case Unmet::not_met:
          return fmt::format("前置条件未满足：{}", text);
        case Unmet::unanswered:
          return fmt::format("前置条件未作答：{}", text);
        case Unmet::lacks_evidence:
          return fmt::format("前置条件缺少佐证材料：{}", text);
      }
      break;
    }
    case ReasonKind::below_floor: {
      const rubric::Node* node = rubric ? rubric->find_node(reason.id) : nullptr;
      return fmt::format("{}{}{} 得分 {}，低于分项底线 {}", reason.id, node ? " " : "", node ? node->title : "",
                         reason.score.to_fixed(digits), reason.limit.to_fixed(digits));
    }
    case ReasonKind::below_threshold:
      return fmt::format("总分 {} 低于申报线 {}", reason.score.to_fixed(digits), reason.limit.to_fixed(digits));
  }
  return reason.code();
}

const char* subject_en(Subject subject) {
  switch (subject) {
    case Subject::clause:
      return "clause";
    case Subject::bonus:
      return "bonus";
    case Subject::prerequisite:
      return "prerequisite";
    case Subject::event:
      return "veto event";
  }
  return "clause";
}

const char* subject_zh(Subject subject) {
  switch (subject) {
    case Subject::clause:
      return "条款";
    case Subject::bonus:
      return "加分项";
    case Subject::prerequisite:
      return "前置条件";
    case Subject::event:
      return "否决事项";
  }
  return "条款";
}

std::string warning_en(const scoring::Warning& w, const rubric::Rubric* rubric) {
  switch (w.kind) {
    case WarningKind::unanswered:
      return fmt::format("clause `{}` is unanswered", w.id);
    case WarningKind::veto_unanswered:
      return w.subject == Subject::event
                 ? fmt::format("veto event `{}` is unanswered and taken as not occurred", w.id)
                 : fmt::format("veto clause `{}` is unanswered", w.id);
    case WarningKind::missing_evidence: {
      std::string need = w.needed == 1 ? "1 evidence item" : fmt::format("{} evidence items", w.needed);
      if (!w.kinds.empty()) {
        need += " of kind " + util::join(w.kinds);
      }
      return fmt::format("{} `{}` needs {}", subject_en(w.subject), w.id, need);
    }
    case WarningKind::evidence_not_found:
      return fmt::format("evidence `{}` of `{}` was not found under the evidence root", w.text, w.id);
    case WarningKind::evidence_outside_root:
      return fmt::format("evidence `{}` of `{}` lies outside the evidence root", w.text, w.id);
    case WarningKind::prerequisite_unanswered:
      return fmt::format("prerequisite `{}` is unanswered and taken as unmet", w.id);
    case WarningKind::title_expired:
      if (w.expiry) {
        return fmt::format("the title named on {} was valid for {} years, until {}; the reference date is {}",
                           util::format_date(w.expiry->named_on), w.expiry->years,
                           util::format_date(w.expiry->until), util::format_date(w.expiry->reference));
      }
      break;
    case WarningKind::rubric_version:
      return w.version ? fmt::format("the assessment pins version {} but rubric {} is version {}", w.text,
                                     rubric_id(rubric), *w.version)
                       : fmt::format("the assessment pins version {} but rubric {} has no version", w.text,
                                     rubric_id(rubric));
    case WarningKind::unit_kind:
      return fmt::format("unit kind `{}` is not one rubric {} applies to ({})", w.text, rubric_id(rubric),
                         util::join(w.kinds));
    case WarningKind::unit_id_scientific:
      return fmt::format("unit id \"{}\" looks like a number a spreadsheet wrote in scientific notation", w.text);
    case WarningKind::value_looks_like_fraction:
      return fmt::format("value {} of clause `{}` looks like a fraction, but the rule counts in percent", w.text,
                         w.id);
    case WarningKind::duplicate_result:
      return w.line > 0 ? fmt::format("unit `{}` was already scored from {} (line {})", w.id, w.text, w.line)
                        : fmt::format("unit `{}` was already scored from {}", w.id, w.text);
  }
  return w.code();
}

std::string warning_zh(const scoring::Warning& w, const rubric::Rubric* rubric) {
  switch (w.kind) {
    case WarningKind::unanswered:
      return fmt::format("条款 {} 未作答，按 0 分计", w.id);
    case WarningKind::veto_unanswered:
      return w.subject == Subject::event ? fmt::format("否决事项 {} 未作答，按未发生处理", w.id)
                                         : fmt::format("否决项 {} 未作答", w.id);
    case WarningKind::missing_evidence: {
      std::string kinds = w.kinds.empty() ? "" : fmt::format("（{} 格式）", util::join(w.kinds, "、"));
      return fmt::format("{} {} 需要 {} 项佐证材料{}", subject_zh(w.subject), w.id, w.needed, kinds);
    }
    case WarningKind::evidence_not_found:
      return fmt::format("{} 的佐证材料“{}”未找到", w.id, w.text);
    case WarningKind::evidence_outside_root:
      return fmt::format("{} 的佐证材料“{}”不在材料目录内，不予认定", w.id, w.text);
    case WarningKind::prerequisite_unanswered:
      return fmt::format("前置条件 {} 未作答，按未满足处理", w.id);
    case WarningKind::title_expired:
      if (w.expiry) {
        return fmt::format("称号于 {} 命名，有效期 {} 年，至 {} 届满；参照日期为 {}",
                           util::format_date(w.expiry->named_on), w.expiry->years,
                           util::format_date(w.expiry->until), util::format_date(w.expiry->reference));
      }
      break;
    case WarningKind::rubric_version:
      return w.version ? fmt::format("自评表注明指标体系版本 {}，但 {} 的版本为 {}", w.text, rubric_id(rubric),
                                     *w.version)
                       : fmt::format("自评表注明指标体系版本 {}，但 {} 未标注版本", w.text, rubric_id(rubric));
    case WarningKind::unit_kind: {
      std::vector<std::string> kinds;
      for (const std::string& kind : w.kinds) {
        kinds.push_back(rubric::unit_kind_zh(kind));
      }
      return fmt::format("单位类型“{}”不在指标体系 {} 的适用范围（{}）内", rubric::unit_kind_zh(w.text),
                         rubric_id(rubric), util::join(kinds, "；"));
    }
    case WarningKind::unit_id_scientific:
      return fmt::format("单位编码“{}”疑似被电子表格转为科学计数法", w.text);
    case WarningKind::value_looks_like_fraction:
      return fmt::format("条款 {} 的数值 {} 像是小数形式的比例，但该规则按百分数计分", w.id, w.text);
    case WarningKind::duplicate_result:
      return w.line > 0 ? fmt::format("单位 {} 已在 {}（第 {} 行）评分，本结果重复", w.id, w.text, w.line)
                        : fmt::format("单位 {} 已在 {} 评分，本结果重复", w.id, w.text);
  }
  return warning_name(w.code(), Lang::zh);
}

}  // namespace

std::string reason_text(const scoring::Reason& reason, const rubric::Rubric* rubric, Lang lang) {
  return lang == Lang::zh ? reason_zh(reason, rubric) : reason_en(reason, rubric);
}

std::string warning_text(const scoring::Warning& warning, const rubric::Rubric* rubric, Lang lang) {
  return lang == Lang::zh ? warning_zh(warning, rubric) : warning_en(warning, rubric);
}

std::string warning_hint(const scoring::Warning& warning) {
  switch (warning.kind) {
    case WarningKind::unit_id_scientific:
      return "format the unit id column as text and type the ids again; the digits are lost";
    case WarningKind::value_looks_like_fraction: {
      util::DecimalParse value = util::parse_decimal(warning.text);
      if (!value.value) {
        return "";
      }
      return fmt::format("if you meant a percentage, write `{}%`", (*value.value * util::Decimal::from_int(100)).to_string());
    }
    default:
      return "";
  }
}

diag::Diagnostic warning_diagnostic(const scoring::Warning& warning, const rubric::Rubric* rubric,
                                    const diag::SourceText& source) {
  return source.make(warning.position, diag::Severity::warning, warning.code(),
                     warning_text(warning, rubric, Lang::en), warning_hint(warning));
}

std::string note_line(const std::string& code, const std::string& text, Lang lang) {
  return lang == Lang::zh ? text : code + ": " + text;
}

std::string reason_name(const std::string& code, Lang lang) {
  if (lang == Lang::en) {
    return code;
  }
  static const std::pair<const char*, const char*> k_prefixes[] = {
      {"veto:", "一票否决："}, {"prerequisite:", "前置条件："}, {"below-floor:", "低于分项底线："}};
  for (const auto& [prefix, zh] : k_prefixes) {
    if (util::starts_with(code, prefix)) {
      return zh + code.substr(std::string_view(prefix).size());
    }
  }
  return code == "below-threshold" ? "低于申报线" : code;
}

std::string reason_label(const scoring::Reason& reason, const rubric::Rubric* rubric, Lang lang) {
  if (lang == Lang::en) {
    return reason.code();
  }
  switch (reason.kind) {
    case ReasonKind::event_veto: {
      const rubric::Adjustment* event = rubric ? rubric->find_adjustment(reason.id) : nullptr;
      return "一票否决：" + (event ? event->text : reason.id);
    }
    case ReasonKind::prerequisite: {
      const rubric::Prerequisite* gate = rubric ? rubric->find_prerequisite(reason.id) : nullptr;
      return "前置条件：" + (gate ? gate->text : reason.id);
    }
    default:
      return reason_name(reason.code(), lang);
  }
}

std::string warning_name(std::string_view code, Lang lang) {
  struct Name {
    const char* code;
    const char* zh;
    const char* en;
  };
  static const Name k_names[] = {
      {"unanswered", "未作答", "unanswered"},
      {"veto-unanswered", "否决项未作答", "veto unanswered"},
      {"missing-evidence", "佐证材料不足", "missing evidence"},
      {"evidence-not-found", "佐证材料未找到", "evidence not found"},
      {"evidence-outside-root", "佐证材料不在材料目录内", "evidence outside its folder"},
      {"prerequisite-unanswered", "前置条件未作答", "prerequisite unanswered"},
      {"title-expired", "称号已过有效期", "title expired"},
      {"rubric-version", "指标体系版本不一致", "rubric version differs"},
      {"unit-kind", "单位类型不适用", "unit kind not covered"},
      {"unit-id-scientific", "单位编码疑似科学计数法", "unit id in scientific notation"},
      {"value-looks-like-fraction", "数值疑似小数形式的比例", "value looks like a fraction"},
      {"duplicate-result", "重复的结果", "duplicate result"},
      {"rubric-version-changed", "指标体系版本变化", "rubric version changed"},
  };
  for (const Name& name : k_names) {
    if (code == name.code) {
      return lang == Lang::zh ? name.zh : name.en;
    }
  }
  return std::string(code);
}

}  // namespace cepin::report
