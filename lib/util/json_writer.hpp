// A small streaming JSON writer that prints decimals exactly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/decimal.hpp"

namespace cepin::util {

// Writes compact JSON into a string. Calls must nest correctly; keys only
// inside objects. Strings are escaped (control characters as \u00XX, and
// U+2028/U+2029 too; a byte that is not UTF-8 as the text `\xNN`, so the
// output is always valid JSON); decimals print in canonical form, never via double.
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& string(std::string_view value);
  JsonWriter& integer(int64_t value);
  JsonWriter& decimal(Decimal value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

  const std::string& str() const { return m_out; }
  std::string take() { return std::move(m_out); }

 private:
  void before_value();
  std::string m_out;
  std::vector<bool> m_first;  // per open container: no element written yet
  bool m_after_key = false;
};

// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

// Appends `text` to `out` as json_quote() writes it.
void append_json_quoted(std::string& out, std::string_view text);

}  // namespace cepin::util
