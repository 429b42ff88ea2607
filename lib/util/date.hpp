// Calendar dates (ISO 8601, YYYY-MM-DD) for assessed_on, named_on and --as-of.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cepin::util {

// A proleptic Gregorian calendar date.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
  friend bool operator>(const Date& a, const Date& b) { return b < a; }
};

// Parses YYYY-MM-DD exactly (a real calendar date); nothing otherwise.
std::optional<Date> parse_date(std::string_view text);

// A date as a spreadsheet cell may hold it: YYYY-MM-DD, or YYYY/M/D and
// YYYY年M月D日 with one or two digits for month and day (trimmed); nothing
// for anything else or a day the calendar lacks.
std::optional<Date> parse_sheet_date(std::string_view text);

// "2025-06-30".
std::string format_date(const Date& date);

// The date `years` later; 29 February becomes 28 February in a common year.
Date add_years(const Date& date, int years);

}  // namespace cepin::util
