// A small streaming JSON writer that prints decimals exactly.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "util/decimal.hpp"

namespace cepin::util {

// Whether a byte is copied into a JSON string as it is when it stands alone:
// printable ASCII other than `"` and `\`. (Well-formed multi-byte UTF-8 is
// copied too; json_writer.cpp decides that.)
constexpr bool is_plain_json_byte(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

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
  // A key written as a literal (`w.key("score")`), the usual case: its
  // length is known, so a plain one is copied in one fixed-size step.
  template <std::size_t N>
  JsonWriter& key(const char (&name)[N]) {
    constexpr std::size_t length = N - 1;
    static_assert(length + 4 <= k_stage_bytes, "a literal key fits the stage");
    if (!is_plain_ascii(name, length)) {
      return key(std::string_view(name));  // needs escaping, or an array holding a shorter text
    }
    const bool comma = m_depth > 0 && m_need_comma;
    char* out = room(length + (comma ? 4 : 3));  // `,"name":`
    if (comma) {
      *out++ = ',';
    }
    *out++ = '"';
    std::memcpy(out, name, length);
    out[length] = '"';
    out[length + 1] = ':';
    m_need_comma = false;
    return *this;
  }
  JsonWriter& string(std::string_view value);
  JsonWriter& integer(int64_t value);
  JsonWriter& decimal(Decimal value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

  // The JSON written so far.
  const std::string& str() {
    flush();
    return m_out;
  }
  // The JSON written, moved out (the writer is empty after).
  std::string take() {
    flush();
    return std::move(m_out);
  }
  // Makes room for `bytes` of output up front (a result's usual size).
  void reserve(std::size_t bytes) { m_out.reserve(bytes); }

 private:
  // Small pieces (punctuation, keys, numbers, short plain strings) are
  // staged here and appended to m_out in blocks: a result is thousands of them.
  static constexpr std::size_t k_stage_bytes = 256;

  void put(char c) {
    if (m_staged == k_stage_bytes) {
      flush();
    }
    m_stage[m_staged++] = c;
  }
  void put(const char* bytes, std::size_t count) {
    if (k_stage_bytes - m_staged < count) {
      flush();
      if (count > k_stage_bytes) {
        m_out.append(bytes, count);
        return;
      }
    }
    std::memcpy(m_stage + m_staged, bytes, count);
    m_staged += count;
  }
  void flush() {
    m_out.append(m_stage, m_staged);
    m_staged = 0;
  }
  // `count` (at most k_stage_bytes) staged bytes to write, to be filled in.
  char* room(std::size_t count) {
    if (k_stage_bytes - m_staged < count) {
      flush();
    }
    char* out = m_stage + m_staged;
    m_staged += count;
    return out;
  }
  // Whether each of the `count` bytes is plain (is_plain_json_byte).
  static bool is_plain_ascii(const char* bytes, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
      if (!is_plain_json_byte(static_cast<unsigned char>(bytes[i]))) {
        return false;
      }
    }
    return true;
  }
  // Writes the comma that separates this value from the one before, if any.
  void before_value() {
    if (m_depth > 0 && m_need_comma) {
      put(',');
    }
    m_need_comma = true;
  }

  std::string m_out;
  char m_stage[k_stage_bytes];
  std::size_t m_staged = 0;
  int m_depth = 0;            // open containers
  bool m_need_comma = false;  // a value or member was written in the innermost one, after no key
};

// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

// Appends `text` to `out` as json_quote() writes it.
void append_json_quoted(std::string& out, std::string_view text);

}  // namespace cepin::util
