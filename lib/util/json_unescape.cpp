// Decoding the escapes of a JSON string the parser has checked.
#include "util/json_hex.hpp"
#include "util/json_reader.hpp"
#include "util/utf8.hpp"

namespace cepin::util {

using json_hex::hex4;

std::string json_unescape(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c != '\\' || i + 1 >= raw.size()) {
      out += c;
      continue;
    }
    char e = raw[++i];
    switch (e) {
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        int unit = hex4(raw, i + 1);
        if (unit < 0) {
          out += "\\u";
          break;
        }
        i += 4;
        char32_t cp = static_cast<char32_t>(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF && raw.compare(i + 1, 2, "\\u") == 0) {
          int low = hex4(raw, i + 3);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
            i += 6;
          }
        }
        append_utf8(out, cp);
        break;
      }
      default:
        out += e;  // \" \\ \/
    }
  }
  return out;
}

}  // namespace cepin::util
