#include "util/period.hpp"

#include <regex>

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace cepin::util {

namespace {

constexpr const char* k_forms = "write YYYY, YYYY-H1, YYYY-Q2 or YYYY-MM (or 2025年, 2025年上半年, 2025年第二季度, 2025年6月)";

int chinese_digit(std::string_view text) {
  static const char* const k_digits[] = {"一", "二", "三", "四"};
  for (int i = 0; i < 4; ++i) {
    if (text == k_digits[i]) {
      return i + 1;
    }
  }
  if (text.size() == 1 && text[0] >= '1' && text[0] <= '4') {
    return text[0] - '0';
  }
  return 0;
}

std::optional<Period> make(int year, Granularity granularity, int index) {
  int limit = granularity == Granularity::half ? 2 : granularity == Granularity::quarter ? 4 : 12;
  if (year < 1 || (granularity != Granularity::year && (index < 1 || index > limit))) {
    return std::nullopt;
  }
  return Period{year, granularity, granularity == Granularity::year ? 0 : index};
}

std::optional<Period> parse_form(const std::string& text) {
  static const std::regex k_year("([0-9]{4})(年(度)?)?");
  static const std::regex k_half("([0-9]{4})-[Hh]([0-9])");
  static const std::regex k_quarter("([0-9]{4})-[Qq]([0-9])");
  static const std::regex k_month("([0-9]{4})-([0-9]{2})");
  static const std::regex k_half_zh("([0-9]{4})年(上|下)半年");
  static const std::regex k_quarter_zh("([0-9]{4})年(?:第)?(一|二|三|四|[1-4])季度");
  static const std::regex k_month_zh("([0-9]{4})年([0-9]{1,2})月(份)?");
  std::smatch m;
  if (std::regex_match(text, m, k_year)) {
    return make(std::stoi(m[1]), Granularity::year, 0);
  }
  if (std::regex_match(text, m, k_half)) {
    return make(std::stoi(m[1]), Granularity::half, std::stoi(m[2]));
  }
  if (std::regex_match(text, m, k_quarter)) {
    return make(std::stoi(m[1]), Granularity::quarter, std::stoi(m[2]));
  }
  if (std::regex_match(text, m, k_month)) {
    return make(std::stoi(m[1]), Granularity::month, std::stoi(m[2]));
  }
  if (std::regex_match(text, m, k_half_zh)) {
    return make(std::stoi(m[1]), Granularity::half, m[2] == "上" ? 1 : 2);
  }
  if (std::regex_match(text, m, k_quarter_zh)) {
    return make(std::stoi(m[1]), Granularity::quarter, chinese_digit(m[2].str()));
  }
  if (std::regex_match(text, m, k_month_zh)) {
    return make(std::stoi(m[1]), Granularity::month, std::stoi(m[2]));
  }
  return std::nullopt;
}

// `Jun-25`, `25-Jun`, `2025/6/1`, `6/1/2025`, `2025-06-01` or a day serial (`45809`).
bool looks_like_spreadsheet_date(const std::string& text) {
  static const std::regex k_date(
      "[A-Za-z]{3}-[0-9]{2,4}|[0-9]{1,2}-[A-Za-z]{3}(-[0-9]{2,4})?|[0-9]{1,4}/[0-9]{1,2}(/[0-9]{1,4})?|"
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{5}(\\.[0-9]+)?");
  return std::regex_match(text, k_date);
}

}  // namespace

const char* granularity_name(Granularity granularity) {
  switch (granularity) {
    case Granularity::year:
      return "year";
    case Granularity::half:
      return "half";
    case Granularity::quarter:
      return "quarter";
    case Granularity::month:
      return "month";
  }
  return "year";
}

std::string Period::canonical() const {
  switch (granularity) {
    case Granularity::year:
      return fmt::format("{:04}", year);
    case Granularity::half:
      return fmt::format("{:04}-H{}", year, index);
    case Granularity::quarter:
      return fmt::format("{:04}-Q{}", year, index);
    case Granularity::month:
      return fmt::format("{:04}-{:02}", year, index);
  }
  return "";
}

Date Period::start() const {
  switch (granularity) {
    case Granularity::year:
      return {year, 1, 1};
    case Granularity::half:
      return {year, index == 1 ? 1 : 7, 1};
    case Granularity::quarter:
      return {year, 3 * (index - 1) + 1, 1};
    case Granularity::month:
      return {year, index, 1};
  }
  return {year, 1, 1};
}

bool operator<(const Period& a, const Period& b) {
  Date sa = a.start();
  Date sb = b.start();
  if (!(sa == sb)) {
    return sa < sb;
  }
  if (a.granularity != b.granularity) {
    return a.granularity < b.granularity;
  }
  return a.index < b.index;
}

PeriodParse parse_period(std::string_view raw) {
  PeriodParse out;
  std::string text(trim_spaces(raw));
  out.period = parse_form(text);
  if (out.period) {
    return out;
  }
  out.message = fmt::format("`{}` is not a period", text);
  out.hint = looks_like_spreadsheet_date(text)
                 ? fmt::format("it looks like a date a spreadsheet reformatted: format the column as text and {}",
                               k_forms)
                 : k_forms;
  return out;
}

Period period_of(const Date& date, Granularity granularity) {
  switch (granularity) {
    case Granularity::year:
      return {date.year, granularity, 0};
    case Granularity::half:
      return {date.year, granularity, date.month <= 6 ? 1 : 2};
    case Granularity::quarter:
      return {date.year, granularity, (date.month - 1) / 3 + 1};
    case Granularity::month:
      return {date.year, granularity, date.month};
  }
  return {date.year, Granularity::year, 0};
}

}  // namespace cepin::util
