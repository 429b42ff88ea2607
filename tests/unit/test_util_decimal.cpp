#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "util/decimal.hpp"

using cepin::util::AllowPercent;
using cepin::util::Decimal;
using cepin::util::DecimalError;
using cepin::util::Fraction;
using cepin::util::parse_decimal;
using cepin::util::precision_step;
using cepin::util::round_to_step;

namespace {
Decimal d(const char* text) {
  auto parsed = parse_decimal(text, AllowPercent::yes);
  REQUIRE(parsed.value.has_value());
  return *parsed.value;
}
}  // namespace

TEST_SUITE("Decimal") {
  TEST_CASE("parses the grammar") {
    CHECK(d("90").units() == 90'000'000);
    CHECK(d("2.5").units() == 2'500'000);
    CHECK(d("-0.25").units() == -250'000);
    CHECK(d("0.000001").units() == 1);
    CHECK(d(" 7 ").units() == 7'000'000);
    CHECK(d("\xE3\x80\x80" "7\xE3\x80\x80").units() == 7'000'000);
    CHECK(d("96.5%").to_string() == "96.5");
    CHECK(d("96.5\xEF\xBC\x85").to_string() == "96.5");
  }

  TEST_CASE("rejects what is not of the grammar, with a hint") {
    SUBCASE("too many digits") {
      auto p = parse_decimal("1.0000001");
      CHECK_FALSE(p.value);
      CHECK(p.error == DecimalError::too_many_digits);
      CHECK(p.message == "`1.0000001` has more than 6 digits after the point");
    }
    SUBCASE("exponent") {
      auto p = parse_decimal("1e2");
      CHECK_FALSE(p.value);
      CHECK(p.message == "`1e2` is not a decimal");
      CHECK(p.hint == "write the number out in full, without an exponent");
    }
    SUBCASE("leading point") {
      auto p = parse_decimal(".5");
      CHECK_FALSE(p.value);
      CHECK(p.hint == "write a leading zero, as in 0.5");
    }
    SUBCASE("others") {
      for (const char* bad : {"+2", "1_000", "\xEF\xBC\x91", "1.", "", "abc", "--1", "1.2.3", "9223372036855"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_decimal(bad).value);
      }
    }
    SUBCASE("percent only where allowed") {
      auto p = parse_decimal("5%", AllowPercent::no);
      CHECK_FALSE(p.value);
      CHECK(p.error == DecimalError::percent);
    }
  }

  TEST_CASE("thirty 0.1 sum to exactly 3") {
    Decimal sum;
    for (int i = 0; i < 30; ++i) {
      sum += d("0.1");
    }
    CHECK(sum == d("3"));
    CHECK(sum.to_fixed(2) == "3.00");
  }

  TEST_CASE("rounds half away from zero to the precision step") {
    Decimal cent = precision_step(2);
    CHECK(round_to_step(d("89.995"), cent) == d("90"));
    CHECK(round_to_step(d("89.994"), cent) == d("89.99"));
    CHECK(round_to_step(d("-0.125"), cent) == d("-0.13"));
    CHECK(round_to_step(d("2.5"), precision_step(0)) == d("3"));
    CHECK(round_to_step(d("2.4999"), precision_step(0)) == d("2"));
  }

  TEST_CASE("equal-share checklist: 5 points, 3 of 6 met") {
    // points × met ÷ n as one fraction of millionths.
    Fraction f{static_cast<cepin::util::Int128>(d("5").units()) * 3, 6};
    CHECK(round_to_step(f, precision_step(6)) == d("2.5"));
    CHECK(round_to_step(f, precision_step(0)) == d("3"));
  }

  TEST_CASE("one fraction, rounded once: 10 × 3 ÷ 8") {
    Fraction f{static_cast<cepin::util::Int128>(d("10").units()) * 3, 8};
    CHECK(round_to_step(f, precision_step(2)).to_string() == "3.75");
    CHECK(round_to_step(f, precision_step(1)).to_string() == "3.8");
    Fraction third{static_cast<cepin::util::Int128>(d("1").units()), 3};
    CHECK(round_to_step(third, precision_step(2)).to_string() == "0.33");
    Fraction negative_den{static_cast<cepin::util::Int128>(d("1").units()), -3};
    CHECK(round_to_step(negative_den, precision_step(2)).to_string() == "-0.33");
  }

  TEST_CASE("prints canonically and fixed") {
    CHECK(d("91.50").to_string() == "91.5");
    CHECK(d("90.000").to_string() == "90");
    CHECK(d("-0.25").to_string() == "-0.25");
    CHECK(d("0").to_string() == "0");
    // Every number of fraction digits, with zeros inside kept.
    CHECK(d("0.5").to_string() == "0.5");
    CHECK(d("0.05").to_string() == "0.05");
    CHECK(d("1.205").to_string() == "1.205");
    CHECK(d("0.0305").to_string() == "0.0305");
    CHECK(d("-3.00005").to_string() == "-3.00005");
    CHECK(d("0.000001").to_string() == "0.000001");
    CHECK(d("12.340560").to_string() == "12.34056");
    CHECK(d("0.100001").to_string() == "0.100001");
    CHECK(d("91.5").to_fixed(2) == "91.50");
    CHECK(d("-0.25").to_fixed(2) == "-0.25");
    CHECK(d("0.5").to_fixed(0) == "1");
    CHECK(d("7").to_fixed(1) == "7.0");
    CHECK(d("0.05").to_fixed(2) == "0.05");
  }

  TEST_CASE("fixed printing rounds half away from zero, down to the extremes") {
    CHECK(d("0.005").to_fixed(2) == "0.01");
    CHECK(d("-0.005").to_fixed(2) == "-0.01");
    CHECK(d("-0.004").to_fixed(2) == "0.00");
    CHECK(d("-0.4").to_fixed(0) == "0");
    CHECK(d("2.5").to_fixed(0) == "3");
    CHECK(d("-2.5").to_fixed(0) == "-3");
    CHECK(d("0.000001").to_fixed(6) == "0.000001");
    CHECK(d("-12.5").to_fixed(9) == "-12.500000");
    CHECK(d("1").to_fixed(-1) == "1");
    CHECK(Decimal::from_units(INT64_MAX).to_fixed(6) == "9223372036854.775807");
    CHECK(Decimal::from_units(INT64_MIN).to_fixed(6) == "-9223372036854.775808");
    CHECK(Decimal::from_units(INT64_MIN).to_fixed(0) == "-9223372036855");
    CHECK(Decimal::from_units(INT64_MIN).to_string() == "-9223372036854.775808");
  }

  TEST_CASE("overflow is an error") {
    Decimal big = Decimal::from_units(INT64_MAX);
    CHECK_THROWS_AS(big + Decimal::from_units(1), cepin::util::DecimalOverflow);
    CHECK_THROWS_AS(big * d("2"), cepin::util::DecimalOverflow);
    CHECK_THROWS_AS(Decimal::from_int(INT64_MAX / 10), cepin::util::DecimalOverflow);
    CHECK_FALSE(parse_decimal("99999999999999999999").value);
  }

  TEST_CASE("parses exactly at the edges of 64-bit arithmetic and beyond") {
    CHECK(d("999999999999.999999").units() == 999'999'999'999'999'999);  // 12 integer digits
    CHECK(d("-999999999999").units() == -999'999'999'999'000'000);
    CHECK(d("9223372036854.775807").units() == INT64_MAX);  // 13 digits: the wide path
    CHECK(d("-9223372036854.775808").units() == INT64_MIN);
    auto over = parse_decimal("9223372036854.775808");
    CHECK_FALSE(over.value);
    CHECK(over.error == DecimalError::overflow);
    CHECK(over.message == "`9223372036854.775808` is too large");
    auto percent = parse_decimal(" 12% ");
    CHECK(percent.message == "`12%` is not a decimal: `%` is not allowed here");
  }

  TEST_CASE("comparisons are exact") {
    CHECK(d("90.00") >= d("90"));
    CHECK(d("89.99") < d("90"));
    CHECK(d("1.1").is_multiple_of(precision_step(1)));
    CHECK_FALSE(d("1.15").is_multiple_of(precision_step(1)));
    CHECK(cepin::util::precision_digits(d("0.01")) == 2);
    CHECK(cepin::util::precision_digits(d("0.02")) == -1);
  }
  TEST_CASE("each near miss of the grammar has its own hint") {
    const std::pair<const char*, const char*> cases[] = {
        {"+2", "leave out the `+` sign"},
        {"1_000", "leave out digit separators"},
        {"1,000", "leave out digit separators"},
        {"\xEF\xBC\x91", "use ASCII digits 0-9, not full-width ones"},
        {"1.", "leave out the trailing point"},
        {"-.5", "a decimal looks like 90, 2.5 or -0.25"},
        {"1.5E-3", "write the number out in full, without an exponent"},
        {"e5", "a decimal looks like 90, 2.5 or -0.25"},
        {"1e5x", "a decimal looks like 90, 2.5 or -0.25"},
        {"abc", "a decimal looks like 90, 2.5 or -0.25"},
    };
    for (const auto& [text, hint] : cases) {
      CAPTURE(std::string(text));
      auto p = parse_decimal(text);
      CHECK_FALSE(p.value);
      CHECK(p.hint == hint);
    }
  }

  TEST_CASE("minus zero prints as 0; the most negative value cannot be negated or subtracted from") {
    CHECK(d("-0").to_string() == "0");
    CHECK(d("-0.000").to_string() == "0");
    CHECK((-d("0")).to_string() == "0");
    CHECK((-d("2.5")).to_string() == "-2.5");
    Decimal smallest = Decimal::from_units(INT64_MIN);
    CHECK_THROWS_AS(-smallest, cepin::util::DecimalOverflow);
    CHECK_THROWS_AS(smallest - Decimal::from_units(1), cepin::util::DecimalOverflow);
    CHECK((smallest - Decimal::from_units(-1)).units() == INT64_MIN + 1);
    CHECK(precision_step(9).to_string() == "0.000001");  // never finer than the type
  }
}
