#include "util/utf8.hpp"

#include <cstdint>
#include <cstring>

#include <fmt/format.h>

namespace cepin::util {

namespace {

constexpr char32_t k_replacement = 0xFFFD;

// Decodes one code point; returns false (and leaves pos) for an invalid sequence.
bool decode(std::string_view text, std::size_t& pos, char32_t& cp) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char b0 = byte(pos);
  if (b0 < 0x80) {
    cp = b0;
    pos += 1;
    return true;
  }
  int length = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    length = 2;
    cp = b0 & 0x1F;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3;
    cp = b0 & 0x0F;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4;
    cp = b0 & 0x07;
    min = 0x10000;
  } else {
    return false;
  }
  if (pos + static_cast<std::size_t>(length) > text.size()) {
    return false;
  }
  for (int i = 1; i < length; ++i) {
    unsigned char b = byte(pos + static_cast<std::size_t>(i));
    if ((b & 0xC0) != 0x80) {
      return false;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return false;
  }
  pos += static_cast<std::size_t>(length);
  return true;
}

bool in(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t pos = 0;
  char32_t cp = 0;
  while (pos < text.size()) {
    if (pos + 8 <= text.size()) {  // eight ASCII bytes at once
      uint64_t word = 0;
      std::memcpy(&word, text.data() + pos, sizeof word);
      if ((word & 0x8080808080808080ULL) == 0) {
        pos += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    if (!decode(text, pos, cp)) {
      return pos;
    }
  }
  return std::nullopt;
}

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  char32_t cp = 0;
  if (decode(text, pos, cp)) {
    return cp;
  }
  ++pos;
  return k_replacement;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    next_code_point(text, pos);
    ++count;
  }
  return count;
}

int code_point_width(char32_t cp) {
  if (cp == 0 || in(cp, 0x300, 0x36F) || in(cp, 0x200B, 0x200F) || cp == 0xFEFF ||
      in(cp, 0xFE00, 0xFE0F) || in(cp, 0x20D0, 0x20FF)) {
    return 0;
  }
  if (in(cp, 0x1100, 0x115F) || in(cp, 0x2E80, 0x303E) || in(cp, 0x3041, 0x33FF) ||
      in(cp, 0x3400, 0x4DBF) || in(cp, 0x4E00, 0x9FFF) || in(cp, 0xA000, 0xA4CF) ||
      in(cp, 0xAC00, 0xD7A3) || in(cp, 0xF900, 0xFAFF) || in(cp, 0xFE30, 0xFE4F) ||
      in(cp, 0xFF00, 0xFF60) || in(cp, 0xFFE0, 0xFFE6) || in(cp, 0x1F300, 0x1F64F) ||
      in(cp, 0x1F900, 0x1F9FF) || in(cp, 0x20000, 0x2FFFD) || in(cp, 0x30000, 0x3FFFD)) {
    return 2;
  }
  return 1;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    width += static_cast<std::size_t>(code_point_width(next_code_point(text, pos)));
  }
  return width;
}

bool is_dangerous_code_point(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || in(cp, 0x80, 0x9F) || in(cp, 0x202A, 0x202E) ||
         in(cp, 0x2066, 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

std::string escape_for_terminal(std::string_view text, KeepNewlines keep) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t start = pos;
    char32_t cp = 0;
    if (!decode(text, pos, cp)) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[start]));
      pos = start + 1;
      continue;
    }
    bool kept = keep == KeepNewlines::yes && (cp == '\n' || cp == '\t');
    if (is_dangerous_code_point(cp) && !kept) {
      out += fmt::format("\\u{{{:x}}}", static_cast<uint32_t>(cp));
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

std::string_view trim_spaces(std::string_view text) {
  static constexpr std::string_view k_ideographic_space = "\xE3\x80\x80";
  for (;;) {
    if (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
      text.remove_prefix(1);
    } else if (text.substr(0, 3) == k_ideographic_space) {
      text.remove_prefix(3);
    } else {
      break;
    }
  }
  for (;;) {
    if (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
      text.remove_suffix(1);
    } else if (text.size() >= 3 && text.substr(text.size() - 3) == k_ideographic_space) {
      text.remove_suffix(3);
    } else {
      break;
    }
  }
  return text;
}

}  // namespace cepin::util
