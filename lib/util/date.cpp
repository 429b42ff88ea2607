#include "util/date.hpp"

#include <array>

#include <fmt/format.h>

namespace cepin::util {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : k_days[month - 1];
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  auto number = [&](std::size_t from, std::size_t length) -> int {
    int value = 0;
    for (std::size_t i = from; i < from + length; ++i) {
      if (text[i] < '0' || text[i] > '9') {
        return -1;
      }
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  Date date{number(0, 4), number(5, 2), number(8, 2)};
  if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

std::optional<Date> parse_sheet_date(std::string_view raw) {
  std::string_view text = raw;
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  if (std::optional<Date> iso = parse_date(text)) {
    return iso;
  }
  // Reads up to `max` digits at `at`; -1 when there are none.
  auto digits = [&](std::size_t& at, std::size_t min, std::size_t max) -> int {
    std::size_t start = at;
    int value = 0;
    while (at < text.size() && at - start < max && text[at] >= '0' && text[at] <= '9') {
      value = value * 10 + (text[at++] - '0');
    }
    return at - start < min ? -1 : value;
  };
  auto literal = [&](std::size_t& at, std::string_view word) {
    if (text.substr(at, word.size()) != word) {
      return false;
    }
    at += word.size();
    return true;
  };
  for (const auto& [after_year, after_month, after_day] :
       {std::array<std::string_view, 3>{"/", "/", ""}, std::array<std::string_view, 3>{"年", "月", "日"}}) {
    std::size_t at = 0;
    Date date;
    date.year = digits(at, 4, 4);
    if (date.year < 0 || !literal(at, after_year)) {
      continue;
    }
    date.month = digits(at, 1, 2);
    if (date.month < 0 || !literal(at, after_month)) {
      continue;
    }
    date.day = digits(at, 1, 2);
    if (date.day < 0 || !literal(at, after_day) || at != text.size()) {
      continue;
    }
    if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 ||
        date.day > days_in_month(date.year, date.month)) {
      return std::nullopt;
    }
    return date;
  }
  return std::nullopt;
}

std::string format_date(const Date& date) { return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day); }

Date add_years(const Date& date, int years) {
  Date out{date.year + years, date.month, date.day};
  if (out.month == 2 && out.day == 29 && !is_leap(out.year)) {
    out.day = 28;
  }
  return out;
}

}  // namespace cepin::util
