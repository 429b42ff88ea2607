// Exact fixed-point decimals: every point, score and value in cepin.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cepin::util {

// The 128-bit integer exact fractions are computed in (a GCC/Clang
// extension, named once so -Wpedantic stays on everywhere else).
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

// Thrown when a decimal operation leaves the representable range. Loaders and
// the scorer catch it and turn it into a diagnostic; it never reaches a user raw.
class DecimalOverflow : public std::overflow_error {
 public:
  DecimalOverflow() : std::overflow_error("decimal overflow") {}
};

// Whether a trailing `%` / `％` may follow the number (it is dropped).
enum class AllowPercent { no, yes };

// A decimal held as a count of millionths in an int64 (6 fractional digits).
// Never passes through binary floating point.
class Decimal {
 public:
  static constexpr int k_digits = 6;
  static constexpr int64_t k_scale = 1'000'000;

  constexpr Decimal() = default;

  // The decimal with the given number of millionths.
  static constexpr Decimal from_units(int64_t units) { return Decimal(units); }
  // The whole number n; throws DecimalOverflow when n is out of range.
  static Decimal from_int(int64_t n);

  // The raw count of millionths.
  constexpr int64_t units() const { return m_units; }
  bool is_integer() const { return m_units % k_scale == 0; }
  bool is_negative() const { return m_units < 0; }
  bool is_zero() const { return m_units == 0; }
  // The integer part (truncated toward zero).
  int64_t integer_part() const { return m_units / k_scale; }

  // Canonical form for JSON and messages: no trailing zeros, no trailing
  // point ("91.5", "90", "-0.25").
  std::string to_string() const;
  // The longest canonical form, with room to spare ("-9223372036854.775808" is 21).
  static constexpr std::size_t k_max_chars = 24;
  // Writes the canonical form into `out`, which has room for k_max_chars,
  // and returns its length (no terminating zero): to_string without a string.
  std::size_t write_canonical(char* out) const;
  // Exactly `digits` fractional digits (0..6), rounding half away from zero if
  // the value has more ("91.50").
  std::string to_fixed(int digits) const;

  // Whether this is a whole multiple of `step` (step > 0).
  bool is_multiple_of(Decimal step) const { return step.m_units != 0 && m_units % step.m_units == 0; }

  // Sums and differences are inline: scoring does millions of them.
  friend Decimal operator+(Decimal a, Decimal b) {
    int64_t out = 0;
    if (__builtin_add_overflow(a.m_units, b.m_units, &out)) {
      throw DecimalOverflow();
    }
    return Decimal(out);
  }
  friend Decimal operator-(Decimal a, Decimal b) {
    int64_t out = 0;
    if (__builtin_sub_overflow(a.m_units, b.m_units, &out)) {
      throw DecimalOverflow();
    }
    return Decimal(out);
  }
  // The product, which must itself be exact at 6 digits; throws DecimalOverflow
  // on overflow. Fractions of millionths are rounded half away from zero.
  friend Decimal operator*(Decimal a, Decimal b);
  Decimal operator-() const;
  Decimal& operator+=(Decimal b) { return *this = *this + b; }
  Decimal& operator-=(Decimal b) { return *this = *this - b; }

  friend constexpr bool operator==(Decimal a, Decimal b) { return a.m_units == b.m_units; }
  friend constexpr bool operator!=(Decimal a, Decimal b) { return a.m_units != b.m_units; }
  friend constexpr bool operator<(Decimal a, Decimal b) { return a.m_units < b.m_units; }
  friend constexpr bool operator<=(Decimal a, Decimal b) { return a.m_units <= b.m_units; }
  friend constexpr bool operator>(Decimal a, Decimal b) { return a.m_units > b.m_units; }
  friend constexpr bool operator>=(Decimal a, Decimal b) { return a.m_units >= b.m_units; }

 private:
  constexpr explicit Decimal(int64_t units) : m_units(units) {}
  int64_t m_units = 0;
};

// The smaller and the larger of two decimals.
inline Decimal min(Decimal a, Decimal b) { return b < a ? b : a; }
inline Decimal max(Decimal a, Decimal b) { return a < b ? b : a; }

// Why a text is not a decimal.
enum class DecimalError {
  empty,           // nothing to read
  syntax,          // not of the grammar -?[0-9]+(\.[0-9]{1,6})?
  too_many_digits, // more than 6 fractional digits
  percent,         // a `%` where none is allowed
  overflow,        // out of the int64 range
};

// The outcome of parsing: a value, or the error with a hint for the user.
struct DecimalParse {
  std::optional<Decimal> value;
  DecimalError error = DecimalError::syntax;
  std::string message;  // "`1e2` is not a decimal" (empty on success)
  std::string hint;     // "write 100" (may be empty)
};

// Parses the grammar -?[0-9]+(\.[0-9]{1,6})? with an optional trailing `%`/`％`
// when allowed. Surrounding ASCII spaces and U+3000 are trimmed first.
DecimalParse parse_decimal(std::string_view text, AllowPercent percent = AllowPercent::no);

// An exact fraction num/den of millionths, den > 0, with 128-bit parts: a
// clause's score before its single rounding.
struct Fraction {
  Int128 num = 0;
  Int128 den = 1;
};

// Rounds a fraction of millionths half away from zero to a multiple of `step`
// (a power of ten, 10^-k with 0 <= k <= 6). Throws DecimalOverflow if the result
// does not fit.
Decimal round_to_step(Fraction value, Decimal step);

// Rounds a decimal half away from zero to a multiple of `step`.
Decimal round_to_step(Decimal value, Decimal step);

// 10^-digits as a decimal (digits 0..6): the precision step.
Decimal precision_step(int digits);

// The number of fractional digits of a step 10^-k, or -1 if `step` is not a
// power of ten between 1 and 0.000001.
int precision_digits(Decimal step);

// Multiplies with an overflow check; throws DecimalOverflow.
Int128 checked_mul(Int128 a, Int128 b);
// Adds with an overflow check; throws DecimalOverflow.
Int128 checked_add(Int128 a, Int128 b);

}  // namespace cepin::util
