// libFuzzer target: the decimal grammar. Whatever parses prints back in
// canonical form and parses again to the same value; rounding to every
// precision stays on its grid.
#include <cstddef>
#include <cstdint>
#include <string>

#include "util/decimal.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using namespace cepin::util;
  std::string text(reinterpret_cast<const char*>(data), size);
  DecimalParse parsed = parse_decimal(text, AllowPercent::yes);
  if (!parsed.value) {
    if (parsed.message.empty()) {
      __builtin_trap();  // every rejection says why
    }
    return 0;
  }
  Decimal value = *parsed.value;
  DecimalParse again = parse_decimal(value.to_string());
  if (!again.value || *again.value != value) {
    __builtin_trap();  // canonical text must round-trip
  }
  for (int digits = 0; digits <= 6; ++digits) {
    try {
      Decimal rounded = round_to_step(value, precision_step(digits));
      if (!rounded.is_multiple_of(precision_step(digits)) || parse_decimal(rounded.to_fixed(digits)).value != rounded) {
        __builtin_trap();
      }
    } catch (const DecimalOverflow&) {
      // rounding up past the int64 range is reported, never wrong
    }
  }
  return 0;
}
