#include "util/xml.hpp"

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace cepin::util {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t start = pos;
    char32_t cp = next_code_point(text, pos);
    bool invalid = cp == 0xFFFD && text.substr(start, pos - start) != "\xEF\xBF\xBD";
    if (invalid) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[start]));
      continue;
    }
    switch (cp) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += "&quot;";
        continue;
      case '\'':
        out += "&apos;";
        continue;
      default:
        break;
    }
    bool forbidden = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF;
    if (forbidden) {
      out += fmt::format("\\u{{{:x}}}", static_cast<uint32_t>(cp));
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

}  // namespace cepin::util
