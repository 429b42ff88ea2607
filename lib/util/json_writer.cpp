#include "util/json_writer.hpp"

#include <array>
#include <charconv>

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace cepin::util {

namespace {

// is_plain_json_byte for every byte, looked up.
constexpr std::array<bool, 256> k_plain_ascii = [] {
  std::array<bool, 256> plain{};
  for (std::size_t c = 0; c < plain.size(); ++c) {
    plain[c] = is_plain_json_byte(static_cast<unsigned char>(c));
  }
  return plain;
}();

bool is_plain_ascii(unsigned char c) { return k_plain_ascii[c]; }

// Whether a well-formed three-byte UTF-8 sequence that is copied as it is
// starts at `pos`: lead byte E1..EC or EE..EF (E0 and ED need range checks on
// the second byte, left to the general path), and not U+2028 or U+2029
// (E2 80 A8/A9, escaped). Covers CJK, arrows and ≥.
bool is_plain_three_bytes(std::string_view text, std::size_t pos) {
  if (text.size() - pos < 3) {
    return false;
  }
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  unsigned char lead = byte(0);
  if (lead < 0xE1 || lead > 0xEF || lead == 0xED) {
    return false;
  }
  if (lead == 0xE2 && byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9)) {
    return false;
  }
  return (byte(1) & 0xC0) == 0x80 && (byte(2) & 0xC0) == 0x80;
}

// The length of the start of `text` that is copied into a JSON string as it is.
std::size_t plain_prefix(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (is_plain_ascii(static_cast<unsigned char>(text[pos]))) {
      ++pos;
    } else if (is_plain_three_bytes(text, pos)) {  // Chinese text
      pos += 3;
    } else {
      break;
    }
  }
  return pos;
}

}  // namespace

void append_json_quoted(std::string& out, std::string_view text) {
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t pos = plain_prefix(text); pos < text.size(); pos += plain_prefix(text.substr(pos))) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    out.append(text.substr(run, pos - run));
    std::size_t start = pos;
    if (c < 0x80) {
      ++pos;
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          out += fmt::format("\\u{:04x}", c);
      }
    } else {
      char32_t cp = next_code_point(text, pos);
      if (cp == 0xFFFD && text.substr(start, pos - start) != "\xEF\xBF\xBD") {
        // Not UTF-8 (a GBK file name from a Windows zip): keep the byte visible as text.
        out += fmt::format("\\\\x{:02x}", c);
      } else if (cp == 0x2028 || cp == 0x2029) {
        out += cp == 0x2028 ? "\\u2028" : "\\u2029";
      } else {
        out.append(text.substr(start, pos - start));
      }
    }
    run = pos;
  }
  out.append(text.substr(run));
  out += '"';
}

std::string json_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_json_quoted(out, text);
  return out;
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  put('{');
  ++m_depth;
  m_need_comma = false;
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  put('}');
  --m_depth;
  m_need_comma = true;
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  put('[');
  ++m_depth;
  m_need_comma = false;
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  put(']');
  --m_depth;
  m_need_comma = true;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  string(name);
  put(':');
  m_need_comma = false;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view value) {
  before_value();
  constexpr std::size_t k_short = 64;  // keys, ids, statuses and most names
  if (value.size() <= k_short && plain_prefix(value) == value.size()) {
    put('"');
    put(value.data(), value.size());
    put('"');
  } else {
    flush();
    append_json_quoted(m_out, value);
  }
  return *this;
}

JsonWriter& JsonWriter::integer(int64_t value) {
  before_value();
  char digits[24];
  auto written = std::to_chars(digits, digits + sizeof digits, value);
  put(digits, static_cast<std::size_t>(written.ptr - digits));
  return *this;
}

JsonWriter& JsonWriter::decimal(Decimal value) {
  before_value();
  char digits[Decimal::k_max_chars];
  put(digits, value.write_canonical(digits));
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  if (value) {
    put("true", 4);
  } else {
    put("false", 5);
  }
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  put("null", 4);
  return *this;
}

}  // namespace cepin::util
