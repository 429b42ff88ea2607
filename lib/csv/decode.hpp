// From a CSV file's bytes to UTF-8 text: UTF-8 (BOM or not), UTF-16 by its
// BOM, else GB18030 when the bytes are not UTF-8, or a forced encoding.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace cepin::csv {

// The encodings a CSV file may be read in; `automatic` detects (SPEC §4).
enum class Encoding { automatic, utf8, gb18030, utf16le, utf16be };

// The encoding named by `--encoding` (`utf-8`, `utf8`, `gb18030`, `gbk`,
// `gb2312`, `cp936`, `utf-16le`, `utf-16be`, `auto`; ASCII case-insensitive),
// or nothing for an unknown name.
std::optional<Encoding> parse_encoding(std::string_view name);

// Every name parse_encoding accepts (for the command line's check).
std::vector<std::string> encoding_names();

// The canonical name of an encoding ("utf-8", "gb18030", "utf-16le", …).
const char* encoding_name(Encoding encoding);

// Decoded text, or why not. `text` is valid UTF-8 without a BOM and without
// NUL bytes; empty on error. Diagnostics: a `decoded-gb18030` note when
// GB18030 was detected, or one `bad-encoding` error located at the first byte
// that does not decode (line:column of the text decoded up to it), whose
// message names --encoding.
struct Decoded {
  std::optional<std::string> text;
  Encoding encoding = Encoding::utf8;  // the encoding actually used
  std::vector<diag::Diagnostic> diagnostics;
};

// Decodes `bytes` (named `path` in diagnostics) with `forced`, or detects the
// encoding when `forced` is automatic. Never throws.
Decoded decode(const std::string& path, std::string_view bytes,
               Encoding forced = Encoding::automatic);

// UTF-8 text in GB18030 (what Excel on Chinese Windows opens by
// double-click). GB18030 holds every Unicode character; text that is not
// valid UTF-8 is cut at the first bad byte.
std::string encode_gb18030(std::string_view utf8);

}  // namespace cepin::csv
