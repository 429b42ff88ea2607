#include "report/why.hpp"

#include <string>
#include <string_view>

#include <fmt/format.h>

namespace cepin::report {

namespace {

using scoring::WhyKind;

constexpr const char* k_arrow = " \xE2\x86\x92 ";  // " → "

std::string num(const util::Decimal& value) { return value.to_string(); }

// "<head><tail><value>" in one allocation: the usual `why` is a few words and a score.
std::string joined(std::string_view head, std::string_view tail, const util::Decimal& value) {
  char digits[util::Decimal::k_max_chars];
  const std::size_t length = value.write_canonical(digits);
  std::string out;
  out.reserve(head.size() + tail.size() + length);
  out.append(head).append(tail).append(digits, length);
  return out;
}

// "<head> → <score>".
std::string arrow(std::string_view head, const scoring::Why& why) { return joined(head, k_arrow, why.score); }

std::string why_en(const scoring::Why& w) {
  const char* ge_le = w.lower_is_better ? " \xE2\x89\xA4 " : " \xE2\x89\xA5 ";  // ≤ / ≥
  switch (w.kind) {
    case WhyKind::met:
      return arrow("check: met", w);
    case WhyKind::not_met:
      return arrow("check: not met", w);
    case WhyKind::level:
      return arrow("levels: " + w.label, w);
    case WhyKind::tier:
      return arrow("tiers: " + num(w.value) + ge_le + num(w.bound), w);
    case WhyKind::no_tier:
      return arrow("tiers: " + num(w.value) + (w.lower_is_better ? " above every tier" : " below every tier"), w);
    case WhyKind::linear:
      return arrow(fmt::format("linear: {} of {}..{}", num(w.value), num(w.from), num(w.to)), w);
    case WhyKind::target_met:
      return arrow("shortfall: " + num(w.value) + " \xE2\x89\xA5 " + num(w.bound), w);
    case WhyKind::short_by:
      return arrow(fmt::format("shortfall: {} < {}, {} short, {} per {}", num(w.value), num(w.bound),
                               num(w.amount), num(w.per), num(w.step)),
                   w);
    case WhyKind::short_steps:
      return arrow(fmt::format("shortfall: {} < {}, {} {}, {} per {}", num(w.value), num(w.bound), w.count,
                               w.count == 1 ? "whole step" : "whole steps", num(w.per), num(w.step)),
                   w);
    case WhyKind::deduct:
      return arrow(fmt::format("deduct: {} \xC3\x97 {} deducted{}", w.count, num(w.per), w.limited ? ", floored" : ""),
                   w);
    case WhyKind::count:
      return arrow(fmt::format("count: {} \xC3\x97 {} = {}{}", w.count, num(w.per), num(w.amount),
                               w.limited ? ", capped" : ""),
                   w);
    case WhyKind::below_minimum:
      return arrow(fmt::format("count: {} < min {}", w.count, w.of), w);
    case WhyKind::checklist:
      return arrow(fmt::format("checklist: {} of {}", w.count, w.of), w);
    case WhyKind::manual:
      return joined("manual: ", "", w.score);
    case WhyKind::unanswered:
      return "unanswered \xE2\x86\x92 0";
    case WhyKind::not_applicable:
      return "n/a";
    case WhyKind::zeroed:
      return "zeroed: missing evidence";
  }
  return "";
}

std::string why_zh(const scoring::Why& w) {
  const char* ge_le = w.lower_is_better ? " ≤ " : " ≥ ";
  switch (w.kind) {
    case WhyKind::met:
      return arrow("达标", w);
    case WhyKind::not_met:
      return arrow("未达标", w);
    case WhyKind::level:
      return arrow("等级“" + w.label + "”", w);
    case WhyKind::tier:
      return arrow(num(w.value) + ge_le + num(w.bound), w);
    case WhyKind::no_tier:
      return arrow(num(w.value) + (w.lower_is_better ? "，超出各档" : "，未达任何一档"), w);
    case WhyKind::linear:
      return arrow(fmt::format("{}，按 {}～{} 折算", num(w.value), num(w.from), num(w.to)), w);
    case WhyKind::target_met:
      return arrow(num(w.value) + " ≥ " + num(w.bound), w);
    case WhyKind::short_by:
      return arrow(fmt::format("{} < {}，差 {}，每 {} 扣 {}", num(w.value), num(w.bound), num(w.amount),
                               num(w.step), num(w.per)),
                   w);
    case WhyKind::short_steps:
      return arrow(fmt::format("{} < {}，差 {} 个整档，每 {} 扣 {}", num(w.value), num(w.bound), w.count,
                               num(w.step), num(w.per)),
                   w);
    case WhyKind::deduct:
      return arrow(fmt::format("扣 {} × {}{}", w.count, num(w.per), w.limited ? "，已到保底分" : ""), w);
    case WhyKind::count:
      return arrow(fmt::format("{} 次 × {} = {}{}", w.count, num(w.per), num(w.amount),
                               w.limited ? "，已封顶" : ""),
                   w);
    case WhyKind::below_minimum:
      return arrow(fmt::format("{} 次，不足 {} 次", w.count, w.of), w);
    case WhyKind::checklist:
      return arrow(fmt::format("{}项中符合{}项", w.of, w.count), w);
    case WhyKind::manual:
      return "评定 " + num(w.score);
    case WhyKind::unanswered:
      return "未作答 → 0";
    case WhyKind::not_applicable:
      return "不适用";
    case WhyKind::zeroed:
      return "缺佐证材料，计 0 分";
  }
  return "";
}

}  // namespace

std::string why_text(const scoring::Why& why, Lang lang) { return lang == Lang::zh ? why_zh(why) : why_en(why); }

}  // namespace cepin::report
