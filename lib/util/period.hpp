// Assessment periods (考评周期, SPEC §10): a year, a half, a quarter or a
// month, written `2025`, `2025-H1`, `2025-Q2`, `2025-06` or in Chinese
// (`2025年`, `2025年上半年`, `2025年第二季度`, `2025年6月`).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/date.hpp"

namespace cepin::util {

// How long a period is; coarser first.
enum class Granularity { year, half, quarter, month };

// "year", "half", "quarter", "month".
const char* granularity_name(Granularity granularity);

// One period: its year, granularity and place in the year (1-based; 0 for a year).
struct Period {
  int year = 0;
  Granularity granularity = Granularity::year;
  int index = 0;

  // The canonical form: "2025", "2025-H1", "2025-Q2", "2025-06".
  std::string canonical() const;
  // The period's first day.
  Date start() const;

  friend bool operator==(const Period& a, const Period& b) {
    return a.year == b.year && a.granularity == b.granularity && a.index == b.index;
  }
  friend bool operator!=(const Period& a, const Period& b) { return !(a == b); }
  // By start, then coarser first (2025 before 2025-H1 before 2025-Q1 before 2025-01).
  friend bool operator<(const Period& a, const Period& b);
};

// A period, or why the text is not one (message and hint, for a located error).
struct PeriodParse {
  std::optional<Period> period;
  std::string message;
  std::string hint;
};

// Parses a period (surrounding spaces trimmed; letters in any case). A text
// that looks like a spreadsheet's date (`Jun-25`, `2025/6/1`, a day serial
// such as `45809`) gets the hint to format the column as text.
PeriodParse parse_period(std::string_view text);

// The period of `granularity` that holds `date`.
Period period_of(const Date& date, Granularity granularity);

}  // namespace cepin::util
