#include "util/json_writer.hpp"

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace cepin::util {

namespace {

// Whether an ASCII byte is copied into a JSON string as it is.
bool is_plain_ascii(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

}  // namespace

void append_json_quoted(std::string& out, std::string_view text) {
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t pos = 0; pos < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (is_plain_ascii(c)) {
      ++pos;
      continue;
    }
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
  append_json_quoted(m_out, name);
  m_out += ':';
  m_after_key = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view value) {
  before_value();
  append_json_quoted(m_out, value);
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
