// Text for XML 1.0 documents (JUnit reports): escaped, and never holding a
// character XML forbids.
#pragma once

#include <string>
#include <string_view>

namespace cepin::util {

// `text` escaped for XML element content and attribute values alike (`&`,
// `<`, `>`, `"`, `'`). Characters XML 1.0 forbids (C0 controls but tab, LF
// and CR; U+FFFE, U+FFFF) and bytes that are not UTF-8 are written as
// `\u{…}` text and `\xNN` text (as on a terminal), so the document always parses.
std::string xml_escape(std::string_view text);

}  // namespace cepin::util
