// The four hex digits of a JSON `\u` escape, shared by the parser (which
// checks them) and json_unescape (which decodes them). Internal to lib/util.
#pragma once

#include <cstddef>
#include <string_view>

namespace cepin::util::json_hex {

// The value of one hex digit, or -1.
inline int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

// The four hex digits at `p` as a number, or -1.
inline int hex4(std::string_view text, std::size_t p) {
  if (p + 4 > text.size()) {
    return -1;
  }
  int value = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    int digit = hex_value(text[p + i]);
    if (digit < 0) {
      return -1;
    }
    value = value * 16 + digit;
  }
  return value;
}

}  // namespace cepin::util::json_hex
