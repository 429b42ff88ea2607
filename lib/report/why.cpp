#include "report/why.hpp"

#include <charconv>
#include <string>
#include <string_view>

namespace cepin::report {

namespace {

using scoring::WhyKind;

constexpr std::string_view k_arrow = " \xE2\x86\x92 ";  // " → "

// Appends the pieces of a `why` to one string: no temporary strings, so a
// batch's thousands of clauses cost no allocation once the string has room.
class WhyWriter {
 public:
  explicit WhyWriter(std::string& out) : m_out(out) {}
  WhyWriter& operator<<(std::string_view text) {
    m_out.append(text);
    return *this;
  }
  WhyWriter& operator<<(const util::Decimal& value) {
    char digits[util::Decimal::k_max_chars];
    m_out.append(digits, value.write_canonical(digits));
    return *this;
  }
  WhyWriter& operator<<(int64_t value) {
    char digits[24];
    m_out.append(digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, value).ptr - digits));
    return *this;
  }
  // " → <score>", the end of most `why`s.
  void arrow(const scoring::Why& why) { *this << k_arrow << why.score; }

 private:
  std::string& m_out;
};

void why_en(WhyWriter out, const scoring::Why& w) {
  const std::string_view ge_le = w.lower_is_better ? " \xE2\x89\xA4 " : " \xE2\x89\xA5 ";  // ≤ / ≥
  switch (w.kind) {
    case WhyKind::met:
      out << "check: met";
      break;
    case WhyKind::not_met:
      out << "check: not met";
      break;
    case WhyKind::level:
      out << "levels: " << w.label;
      break;
    case WhyKind::tier:
      out << "tiers: " << w.value << ge_le << w.bound;
      break;
    case WhyKind::no_tier:
      out << "tiers: " << w.value << (w.lower_is_better ? " above every tier" : " below every tier");
      break;
    case WhyKind::linear:
      out << "linear: " << w.value << " of " << w.from << ".." << w.to;
      break;
    case WhyKind::target_met:
      out << "shortfall: " << w.value << " \xE2\x89\xA5 " << w.bound;
      break;
    case WhyKind::short_by:
      out << "shortfall: " << w.value << " < " << w.bound << ", " << w.amount << " short, " << w.per << " per "
          << w.step;
      break;
    case WhyKind::short_steps:
      out << "shortfall: " << w.value << " < " << w.bound << ", " << w.count << " "
          << (w.count == 1 ? "whole step" : "whole steps") << ", " << w.per << " per " << w.step;
      break;
    case WhyKind::deduct:
      out << "deduct: " << w.count << " \xC3\x97 " << w.per << " deducted" << (w.limited ? ", floored" : "");
      break;
    case WhyKind::count:
      out << "count: " << w.count << " \xC3\x97 " << w.per << " = " << w.amount << (w.limited ? ", capped" : "");
      break;
    case WhyKind::below_minimum:
      out << "count: " << w.count << " < min " << w.of;
      break;
    case WhyKind::checklist:
      out << "checklist: " << w.count << " of " << w.of;
      break;
    case WhyKind::manual:
      out << "manual: " << w.score;
      return;
    case WhyKind::unanswered:
      out << "unanswered \xE2\x86\x92 0";
      return;
    case WhyKind::not_applicable:
      out << "n/a";
      return;
    case WhyKind::zeroed:
      out << "zeroed: missing evidence";
      return;
  }
  out.arrow(w);
}

void why_zh(WhyWriter out, const scoring::Why& w) {
  const std::string_view ge_le = w.lower_is_better ? " ≤ " : " ≥ ";
  switch (w.kind) {
    case WhyKind::met:
      out << "达标";
      break;
    case WhyKind::not_met:
      out << "未达标";
      break;
    case WhyKind::level:
      out << "等级“" << w.label << "”";
      break;
    case WhyKind::tier:
      out << w.value << ge_le << w.bound;
      break;
    case WhyKind::no_tier:
      out << w.value << (w.lower_is_better ? "，超出各档" : "，未达任何一档");
      break;
    case WhyKind::linear:
      out << w.value << "，按 " << w.from << "～" << w.to << " 折算";
      break;
    case WhyKind::target_met:
      out << w.value << " ≥ " << w.bound;
      break;
    case WhyKind::short_by:
      out << w.value << " < " << w.bound << "，差 " << w.amount << "，每 " << w.step << " 扣 " << w.per;
      break;
    case WhyKind::short_steps:
      out << w.value << " < " << w.bound << "，差 " << w.count << " 个整档，每 " << w.step << " 扣 " << w.per;
      break;
    case WhyKind::deduct:
      out << "扣 " << w.count << " × " << w.per << (w.limited ? "，已到保底分" : "");
      break;
    case WhyKind::count:
      out << w.count << " 次 × " << w.per << " = " << w.amount << (w.limited ? "，已封顶" : "");
      break;
    case WhyKind::below_minimum:
      out << w.count << " 次，不足 " << w.of << " 次";
      break;
    case WhyKind::checklist:
      out << w.of << "项中符合" << w.count << "项";
      break;
    case WhyKind::manual:
      out << "评定 " << w.score;
      return;
    case WhyKind::unanswered:
      out << "未作答 → 0";
      return;
    case WhyKind::not_applicable:
      out << "不适用";
      return;
    case WhyKind::zeroed:
      out << "缺佐证材料，计 0 分";
      return;
  }
  out.arrow(w);
}

}  // namespace

void append_why(std::string& out, const scoring::Why& why, Lang lang) {
  if (lang == Lang::zh) {
    why_zh(WhyWriter(out), why);
  } else {
    why_en(WhyWriter(out), why);
  }
}

std::string why_text(const scoring::Why& why, Lang lang) {
  std::string out;
  append_why(out, why, lang);
  return out;
}

}  // namespace cepin::report
