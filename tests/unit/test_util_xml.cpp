#include <doctest/doctest.h>

#include "util/xml.hpp"

using cepin::util::xml_escape;

TEST_SUITE("xml_escape") {
  TEST_CASE("markup characters") {
    CHECK(xml_escape("<script>a & 'b' \"c\"</script>") ==
          "&lt;script&gt;a &amp; &apos;b&apos; &quot;c&quot;&lt;/script&gt;");
  }
  TEST_CASE("characters XML forbids, and bytes that are not UTF-8") {
    CHECK(xml_escape("a\x1b[31mb\x01") == "a\\u{1b}[31mb\\u{1}");
    CHECK(xml_escape("tab\tline\ncr\r") == "tab\tline\ncr\r");
    CHECK(xml_escape("\xEF\xBF\xBE") == "\\u{fffe}");
    CHECK(xml_escape("名\xB2") == "名\\xb2");
    CHECK(xml_escape("鄂尔多斯") == "鄂尔多斯");
  }
}
