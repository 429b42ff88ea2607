#include "util/decimal.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

#include "util/utf8.hpp"

namespace cepin::util {

namespace {

constexpr int64_t k_max = std::numeric_limits<int64_t>::max();
constexpr int64_t k_min = std::numeric_limits<int64_t>::min();

int64_t narrow(Int128 v) {
  if (v > k_max || v < k_min) {
    throw DecimalOverflow();
  }
  return static_cast<int64_t>(v);
}

// Divides rounding half away from zero (den > 0).
Int128 divide_half_away(Int128 num, Int128 den) {
  if (num >= INT64_MIN && num <= INT64_MAX && den <= INT64_MAX) {
    // The usual sizes, in 64-bit division (128-bit division is a library call).
    const int64_t n = static_cast<int64_t>(num);
    const int64_t d = static_cast<int64_t>(den);
    int64_t q = n / d;
    const int64_t r = n % d < 0 ? -(n % d) : n % d;
    if (r >= d - r) {  // r * 2 >= d, without overflow
      q += n < 0 ? -1 : 1;
    }
    return q;
  }
  Int128 q = num / den;
  Int128 r = num % den;
  if (r < 0) {
    r = -r;
  }
  if (r * 2 >= den) {  // r < den, so r * 2 cannot overflow for den < 2^126
    q += num < 0 ? -1 : 1;
  }
  return q;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

DecimalParse fail(DecimalError error, std::string message, std::string hint = {}) {
  DecimalParse result;
  result.error = error;
  result.message = std::move(message);
  result.hint = std::move(hint);
  return result;
}

// A hint for the commonest near-misses of the grammar.
std::string hint_for(std::string_view text) {
  auto exponent = text.find_first_of("eE");
  if (exponent != std::string_view::npos && exponent > 0 && is_digit(text[exponent - 1]) &&
      text.find_first_not_of("0123456789.-+eE") == std::string_view::npos) {
    return "write the number out in full, without an exponent";
  }
  if (!text.empty() && text.front() == '.') {
    return "write a leading zero, as in 0" + std::string(text);
  }
  if (!text.empty() && text.front() == '+') {
    return "leave out the `+` sign";
  }
  if (text.find('_') != std::string_view::npos || text.find(',') != std::string_view::npos) {
    return "leave out digit separators";
  }
  if (text.find("\xEF\xBC") != std::string_view::npos) {
    return "use ASCII digits 0-9, not full-width ones";
  }
  if (!text.empty() && text.back() == '.') {
    return "leave out the trailing point";
  }
  return "a decimal looks like 90, 2.5 or -0.25";
}

}  // namespace

Decimal Decimal::from_int(int64_t n) {
  Int128 v = static_cast<Int128>(n) * k_scale;
  return Decimal(narrow(v));
}

std::size_t Decimal::write_canonical(char* out) const {
  // The magnitude as unsigned, so that the smallest int64 has one too.
  const uint64_t magnitude = m_units < 0 ? 0 - static_cast<uint64_t>(m_units) : static_cast<uint64_t>(m_units);
  const uint64_t scale = static_cast<uint64_t>(k_scale);
  char* p = out;
  if (m_units < 0) {
    *p++ = '-';
  }
  p = std::to_chars(p, out + k_max_chars, magnitude / scale).ptr;
  uint64_t fraction = magnitude % scale;
  if (fraction != 0) {
    // Trailing zeros dropped first (most fractions are one or two digits:
    // each test divides by a constant), then the kept digits written from the right.
    static_assert(k_digits == 6, "the tests below drop up to five zeros");
    int kept = k_digits;
    if (fraction % 100000 == 0) {
      fraction /= 100000;
      kept = 1;
    } else if (fraction % 10000 == 0) {
      fraction /= 10000;
      kept = 2;
    } else if (fraction % 1000 == 0) {
      fraction /= 1000;
      kept = 3;
    } else if (fraction % 100 == 0) {
      fraction /= 100;
      kept = 4;
    } else if (fraction % 10 == 0) {
      fraction /= 10;
      kept = 5;
    }
    *p++ = '.';
    for (int i = kept - 1; i >= 0; --i) {
      p[i] = static_cast<char>('0' + fraction % 10);
      fraction /= 10;
    }
    p += kept;
  }
  return static_cast<std::size_t>(p - out);
}

std::string Decimal::to_string() const {
  char buffer[k_max_chars];
  return std::string(buffer, write_canonical(buffer));
}

std::string Decimal::to_fixed(int digits) const {
  digits = std::clamp(digits, 0, k_digits);
  uint64_t step = 1;
  for (int i = digits; i < k_digits; ++i) {
    step *= 10;
  }
  // Rounded half away from zero on the magnitude (2^63 fits in uint64_t).
  bool negative = m_units < 0;
  uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(m_units) : static_cast<uint64_t>(m_units);
  uint64_t scaled = magnitude / step + (magnitude % step * 2 >= step ? 1 : 0);
  char buffer[32];
  char* end = buffer + sizeof buffer;
  char* p = end;
  negative = negative && scaled != 0;
  for (int i = 0; i < digits; ++i) {
    *--p = static_cast<char>('0' + scaled % 10);
    scaled /= 10;
  }
  if (digits > 0) {
    *--p = '.';
  }
  do {
    *--p = static_cast<char>('0' + scaled % 10);
    scaled /= 10;
  } while (scaled > 0);
  if (negative) {
    *--p = '-';
  }
  return std::string(p, end);
}

Decimal operator*(Decimal a, Decimal b) {
  Int128 product = checked_mul(a.m_units, b.m_units);
  return Decimal(narrow(divide_half_away(product, Decimal::k_scale)));
}

Decimal Decimal::operator-() const {
  if (m_units == k_min) {
    throw DecimalOverflow();
  }
  return Decimal(-m_units);
}


DecimalParse parse_decimal(std::string_view raw, AllowPercent percent) {
  std::string_view text = trim_spaces(raw);
  if (text.empty()) {
    return fail(DecimalError::empty, "expected a number, found nothing", "write a number such as 90 or 2.5");
  }
  const std::string_view written = text;  // as quoted in a message
  auto shown = [&] { return std::string(written); };
  bool had_percent = false;
  if (text.back() == '%') {
    text.remove_suffix(1);
    had_percent = true;
  } else if (text.size() >= 3 && text.substr(text.size() - 3) == "\xEF\xBC\x85") {  // ％
    text.remove_suffix(3);
    had_percent = true;
  }
  if (had_percent && percent == AllowPercent::no) {
    return fail(DecimalError::percent, "`" + shown() + "` is not a decimal: `%` is not allowed here",
                "write the number without `%`");
  }
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && text[i] == '-') {
    negative = true;
    ++i;
  }
  std::size_t int_start = i;
  while (i < text.size() && is_digit(text[i])) {
    ++i;
  }
  std::size_t int_end = i;
  std::size_t frac_start = i;
  std::size_t frac_end = i;
  if (i < text.size() && text[i] == '.') {
    ++i;
    frac_start = i;
    while (i < text.size() && is_digit(text[i])) {
      ++i;
    }
    frac_end = i;
    if (frac_end == frac_start) {
      return fail(DecimalError::syntax, "`" + shown() + "` is not a decimal", hint_for(text));
    }
  }
  if (int_end == int_start || i != text.size()) {
    return fail(DecimalError::syntax, "`" + shown() + "` is not a decimal", hint_for(text));
  }
  std::size_t frac_digits = frac_end - frac_start;
  if (frac_digits > static_cast<std::size_t>(Decimal::k_digits)) {
    return fail(DecimalError::too_many_digits,
                "`" + shown() + "` has more than 6 digits after the point",
                "round it to at most 6 decimal places");
  }
  if (int_end - int_start <= 12) {  // below 10^12 nothing overflows: 64-bit arithmetic
    int64_t units = 0;
    for (std::size_t k = int_start; k < int_end; ++k) {
      units = units * 10 + (text[k] - '0');
    }
    for (std::size_t k = 0; k < static_cast<std::size_t>(Decimal::k_digits); ++k) {
      units = units * 10 + (k < frac_digits ? text[frac_start + k] - '0' : 0);
    }
    DecimalParse ok;
    ok.value = Decimal::from_units(negative ? -units : units);
    return ok;
  }
  Int128 units = 0;
  for (std::size_t k = int_start; k < int_end; ++k) {
    units = units * 10 + (text[k] - '0');
    if (units > static_cast<Int128>(k_max)) {
      return fail(DecimalError::overflow, "`" + shown() + "` is too large", "");
    }
  }
  for (int k = 0; k < Decimal::k_digits; ++k) {
    units *= 10;
    if (static_cast<std::size_t>(k) < frac_digits) {
      units += text[frac_start + static_cast<std::size_t>(k)] - '0';
    }
  }
  if (negative) {
    units = -units;
  }
  if (units > k_max || units < k_min) {
    return fail(DecimalError::overflow, "`" + shown() + "` is too large", "");
  }
  DecimalParse ok;
  ok.value = Decimal::from_units(static_cast<int64_t>(units));
  return ok;
}

Decimal round_to_step(Fraction value, Decimal step) {
  if (value.den < 0) {
    value.num = -value.num;
    value.den = -value.den;
  }
  Int128 den = checked_mul(value.den, step.units());
  Int128 steps = divide_half_away(value.num, den);
  return Decimal::from_units(narrow(checked_mul(steps, step.units())));
}

Decimal round_to_step(Decimal value, Decimal step) { return round_to_step(Fraction{value.units(), 1}, step); }

Decimal precision_step(int digits) {
  int64_t units = Decimal::k_scale;
  for (int i = 0; i < digits && i < Decimal::k_digits; ++i) {
    units /= 10;
  }
  return Decimal::from_units(units);
}

int precision_digits(Decimal step) {
  for (int k = 0; k <= Decimal::k_digits; ++k) {
    if (precision_step(k) == step) {
      return k;
    }
  }
  return -1;
}

Int128 checked_mul(Int128 a, Int128 b) {
  Int128 out = 0;
  if (__builtin_mul_overflow(a, b, &out)) {
    throw DecimalOverflow();
  }
  return out;
}

Int128 checked_add(Int128 a, Int128 b) {
  Int128 out = 0;
  if (__builtin_add_overflow(a, b, &out)) {
    throw DecimalOverflow();
  }
  return out;
}

}  // namespace cepin::util
