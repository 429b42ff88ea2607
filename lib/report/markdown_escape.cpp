#include "report/markdown_escape.hpp"

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace cepin::report {

namespace {

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
         cp == 0x3000 || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xA0;
}

bool ends_with_www(const std::string& out) {
  if (out.size() < 3) {
    return false;
  }
  std::string tail = out.substr(out.size() - 3);
  for (char& c : tail) {
    c = static_cast<char>(c | 0x20);
  }
  return tail == "www";
}

}  // namespace

std::string escape_markdown(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = util::next_code_point(text, pos);
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
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
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '|':
      case '~':
      case '!':
      case '@':
        out += '\\';
        out += static_cast<char>(cp);
        continue;
      case ':':
        out += text.substr(pos, 2) == "//" ? "\\:" : ":";
        continue;
      case '.':
        out += ends_with_www(out) ? "\\." : ".";
        continue;
      default:
        break;
    }
    if (util::is_dangerous_code_point(cp)) {
      out += fmt::format("\\\\u{{{:x}}}", static_cast<uint32_t>(cp));
    } else {
      util::append_utf8(out, cp);
    }
  }
  return out;
}

}  // namespace cepin::report
