#include "csv/decode.hpp"

#include <iconv.h>

#include <fmt/format.h>
#include <cerrno>

#include "util/text.hpp"
#include "util/utf8.hpp"

namespace cepin::csv {

namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view k_utf16le_bom = "\xFF\xFE";
constexpr std::string_view k_utf16be_bom = "\xFE\xFF";
constexpr const char* k_encoding_hint = "--encoding takes utf-8, gb18030, utf-16le or utf-16be";

// The outcome of one conversion: the UTF-8 text converted so far and, on
// failure, the offset of the first input byte that did not convert.
struct Conversion {
  std::string text;
  std::optional<std::size_t> bad_offset;
};

// Converts `bytes` from `charset` to `target` (UTF-8 by default) with glibc's iconv.
Conversion convert(const char* charset, std::string_view bytes, const char* target = "UTF-8") {
  Conversion result;
  iconv_t cd = iconv_open(target, charset);
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    result.bad_offset = 0;
    return result;
  }
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char buffer[4096];
  while (in_left > 0) {
    char* out = buffer;
    std::size_t out_left = sizeof buffer;
    std::size_t rc = iconv(cd, &in, &in_left, &out, &out_left);
    result.text.append(buffer, static_cast<std::size_t>(out - buffer));
    if (rc == static_cast<std::size_t>(-1) && errno != E2BIG) {
      result.bad_offset = static_cast<std::size_t>(in - bytes.data());
      break;
    }
  }
  iconv_close(cd);
  return result;
}

// An error at the end of `prefix` (the text decoded before the bad byte).
diag::Diagnostic bad_encoding(const std::string& path, std::string_view prefix,
                              std::string message) {
  diag::Diagnostic d;
  d.path = path;
  std::size_t line_start = prefix.rfind('\n');
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  d.line = 1;
  for (char c : prefix) {
    d.line += c == '\n' ? 1 : 0;
  }
  std::string_view partial = prefix.substr(line_start);
  if (!partial.empty() && partial.back() == '\r') {
    partial.remove_suffix(1);
  }
  d.column = static_cast<int>(util::code_point_count(partial)) + 1;
  d.severity = diag::Severity::error;
  d.code = "bad-encoding";
  d.message = std::move(message);
  d.hint = k_encoding_hint;
  d.source_line = std::string(partial);
  return d;
}

std::string byte_text(std::string_view bytes, std::size_t offset) {
  if (offset >= bytes.size()) {
    return "the file ends in the middle of a character";
  }
  return fmt::format("byte 0x{:02X}", static_cast<unsigned char>(bytes[offset]));
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Decodes with one known encoding (its BOM, if any, already removed).
Decoded decode_as(const std::string& path, std::string_view bytes, Encoding encoding) {
  Decoded result;
  result.encoding = encoding;
  std::string text;
  if (encoding == Encoding::utf8) {
    if (auto bad = util::find_invalid_utf8(bytes)) {
      std::string_view prefix = bytes.substr(0, *bad);
      result.diagnostics.push_back(bad_encoding(
          path, prefix,
          fmt::format("the file is not valid UTF-8 here ({}); name its encoding with --encoding",
                      byte_text(bytes, *bad))));
      return result;
    }
    text = std::string(bytes);
  } else {
    const char* charset = encoding == Encoding::gb18030   ? "GB18030"
                          : encoding == Encoding::utf16le ? "UTF-16LE"
                                                          : "UTF-16BE";
    Conversion conversion = convert(charset, bytes);
    if (conversion.bad_offset || util::find_invalid_utf8(conversion.text)) {
      std::size_t offset = conversion.bad_offset.value_or(0);
      result.diagnostics.push_back(bad_encoding(
          path, conversion.text,
          fmt::format("the file is not valid {} here ({}); name its encoding with --encoding",
                      encoding_name(encoding), byte_text(bytes, offset))));
      return result;
    }
    text = std::move(conversion.text);
  }
  if (starts_with(text, k_utf8_bom)) {
    text.erase(0, k_utf8_bom.size());
  }
  std::size_t nul = text.find('\0');
  if (nul != std::string::npos) {
    result.diagnostics.push_back(bad_encoding(
        path, std::string_view(text).substr(0, nul),
        fmt::format(
            "the file holds a NUL character when read as {}; name its encoding with --encoding",
            encoding_name(encoding))));
    result.diagnostics.back().hint =
        "UTF-16 without a byte order mark reads this way: try --encoding utf-16le";
    return result;
  }
  result.text = std::move(text);
  return result;
}

}  // namespace

namespace {

// Every name --encoding takes, with the encoding it means.
struct EncodingName {
  const char* name;
  Encoding encoding;
};
constexpr EncodingName k_encoding_names[] = {
    {"auto", Encoding::automatic},  {"utf-8", Encoding::utf8},       {"utf8", Encoding::utf8},
    {"gb18030", Encoding::gb18030}, {"gbk", Encoding::gb18030},      {"gb2312", Encoding::gb18030},
    {"cp936", Encoding::gb18030},   {"utf-16le", Encoding::utf16le}, {"utf16le", Encoding::utf16le},
    {"utf-16be", Encoding::utf16be}, {"utf16be", Encoding::utf16be},
};

}  // namespace

std::optional<Encoding> parse_encoding(std::string_view name) {
  std::string lower = util::ascii_lower(util::trim_spaces(name));
  for (const EncodingName& known : k_encoding_names) {
    if (lower == known.name) {
      return known.encoding;
    }
  }
  return std::nullopt;
}

std::vector<std::string> encoding_names() {
  std::vector<std::string> names;
  for (const EncodingName& known : k_encoding_names) {
    names.emplace_back(known.name);
  }
  return names;
}

const char* encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::automatic:
      return "auto";
    case Encoding::utf8:
      return "utf-8";
    case Encoding::gb18030:
      return "gb18030";
    case Encoding::utf16le:
      return "utf-16le";
    case Encoding::utf16be:
      return "utf-16be";
  }
  return "utf-8";
}

Decoded decode(const std::string& path, std::string_view bytes, Encoding forced) {
  bool le_bom = starts_with(bytes, k_utf16le_bom);
  bool be_bom = starts_with(bytes, k_utf16be_bom);
  if (forced == Encoding::utf16le && le_bom) {
    bytes.remove_prefix(k_utf16le_bom.size());
  } else if (forced == Encoding::utf16be && be_bom) {
    bytes.remove_prefix(k_utf16be_bom.size());
  }
  if (forced != Encoding::automatic) {
    return decode_as(path, bytes, forced);
  }
  if (starts_with(bytes, k_utf8_bom)) {
    return decode_as(path, bytes, Encoding::utf8);
  }
  if (le_bom) {
    return decode_as(path, bytes.substr(k_utf16le_bom.size()), Encoding::utf16le);
  }
  if (be_bom) {
    return decode_as(path, bytes.substr(k_utf16be_bom.size()), Encoding::utf16be);
  }
  auto bad = util::find_invalid_utf8(bytes);
  if (!bad) {
    return decode_as(path, bytes, Encoding::utf8);
  }
  Decoded gb = decode_as(path, bytes, Encoding::gb18030);
  if (!gb.text) {
    Decoded result;
    result.diagnostics.push_back(bad_encoding(
        path, bytes.substr(0, *bad),
        fmt::format(
            "the file is neither UTF-8 nor GB18030 ({} is not UTF-8 here); save it as UTF-8 or "
            "name its encoding with --encoding",
            byte_text(bytes, *bad))));
    return result;
  }
  diag::Diagnostic note;
  note.path = path;
  note.severity = diag::Severity::note;
  note.code = "decoded-gb18030";
  note.message = "the file is not UTF-8; it was read as GB18030";
  note.hint = "use --encoding to name another encoding";
  gb.diagnostics.push_back(std::move(note));
  return gb;
}

std::string encode_gb18030(std::string_view utf8) {
  return convert("UTF-8", utf8, "GB18030").text;
}

}  // namespace cepin::csv
