#include "util/json_writer.hpp"

#include <fmt/format.h>

namespace cepin::util {

std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
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
        if (c < 0x20 || c == 0x7F) {
          out += fmt::format("\\u{:04x}", c);
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
                    static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
          out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

void JsonWriter::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_first.empty()) {
    if (!m_first.back()) {
      m_out += ',';
    }
    m_first.back() = false;
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  m_out += '{';
  m_first.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  m_out += '}';
  m_first.pop_back();
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  m_out += '[';
  m_first.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  m_out += ']';
  m_first.pop_back();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  m_out += json_quote(name);
  m_out += ':';
  m_after_key = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view value) {
  before_value();
  m_out += json_quote(value);
  return *this;
}

JsonWriter& JsonWriter::integer(int64_t value) {
  before_value();
  m_out += std::to_string(value);
  return *this;
}

JsonWriter& JsonWriter::decimal(Decimal value) {
  before_value();
  m_out += value.to_string();
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  m_out += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  m_out += "null";
  return *this;
}


}  // namespace cepin::util
