// cepin's own syntax checks where yaml-cpp 0.7 accepts invalid YAML
// (lib/yaml/strict.cpp), through yaml::parse: what must be flagged, exactly
// where and how, and the valid YAML that must never be.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "yaml/document.hpp"

using namespace cepin;

namespace {

// Every diagnostic as "line:col code message", one a line.
std::string all(const std::string& text) {
  diag::SourceText source("t.yaml", text);
  yaml::ParseResult r = yaml::parse(source);
  std::string out;
  for (const auto& d : r.diagnostics) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " +
           d.message + "\n";
  }
  return out;
}

// The first diagnostic's hint.
std::string hint(const std::string& text) {
  diag::SourceText source("t.yaml", text);
  yaml::ParseResult r = yaml::parse(source);
  return r.diagnostics.empty() ? "" : r.diagnostics[0].hint;
}

}  // namespace

TEST_SUITE("yaml::strict") {
  TEST_CASE("a quoted text never closed") {
    SUBCASE("double quotes at the end of the file") {
      std::string text = "schema: cepin/assessment/1\nassessor: \"self\n";
      CHECK(all(text) == "2:11 yaml-syntax this quoted text is never closed\n");
      CHECK(hint(text) == "close the quote: add `\"` where the text ends");
      diag::SourceText source("t.yaml", text);
      CHECK_FALSE(yaml::parse(source).document);
    }
    SUBCASE("without a final line break") {
      CHECK(all("a: \"self") == "1:4 yaml-syntax this quoted text is never closed\n");
    }
    SUBCASE("single quotes") {
      CHECK(all("a: 'self\n") == "1:4 yaml-syntax this quoted text is never closed\n");
      CHECK(hint("a: 'self\n") == "close the quote: add `'` where the text ends");
    }
    SUBCASE("the last quote is escaped") {
      CHECK(all("a: \"x\\\"\n") == "1:4 yaml-syntax this quoted text is never closed\n");
      CHECK(all("a: 'x''\n") == "1:4 yaml-syntax this quoted text is never closed\n");
    }
    SUBCASE("over several lines") {
      CHECK(all("a: \"one\n  two\n") == "1:4 yaml-syntax this quoted text is never closed\n");
    }
  }

  TEST_CASE("text straight after a closing quote") {
    SUBCASE("a comment without a space") {
      std::string text = "assessor: \"self\"# comment\n";
      CHECK(all(text) ==
            "1:17 yaml-syntax a `#` straight after a closing quote does not start a comment\n");
      CHECK(hint(text) == "put a space before `#`");
      CHECK(all("a: 'self'#c\n") ==
            "1:10 yaml-syntax a `#` straight after a closing quote does not start a comment\n");
    }
    SUBCASE("a word: our message instead of yaml-cpp's") {
      CHECK(all("key: \"a\"b\n") == "1:9 yaml-syntax text follows the closing quote\n");
      CHECK(hint("key: \"a\"b\n") == "put the whole text inside the quotes");
      CHECK(all("key: \"a\" b\n") == "1:10 yaml-syntax text follows the closing quote\n");
      CHECK(all("- 'a'b\n") == "1:6 yaml-syntax text follows the closing quote\n");
      CHECK(all("a: \"x\", \"y\"\n") == "1:7 yaml-syntax text follows the closing quote\n");
    }
    SUBCASE("a key") {
      CHECK(all("\"a\"b: 1\n") == "1:4 yaml-syntax text follows the closing quote\n");
    }
    SUBCASE("a top-level text") {
      CHECK(all("\"a\"b\n") == "1:4 yaml-syntax text follows the closing quote\n");
    }
    SUBCASE("inside a flow collection") {
      CHECK(all("a: [\"x\"y]\n") == "1:8 yaml-syntax text follows the closing quote\n");
      CHECK(all("a: [\"x\" y]\n") == "1:9 yaml-syntax text follows the closing quote\n");
      CHECK(all("a: {k: 'x'y}\n") == "1:11 yaml-syntax text follows the closing quote\n");
      CHECK(all("a: [\"x\"#c\n]\n") ==
            "1:8 yaml-syntax a `#` straight after a closing quote does not start a comment\n");
    }
  }

  TEST_CASE("a quoted text continued on a line not indented enough") {
    SUBCASE("at column 1 under a top-level key") {
      std::string text = "key: \"abc\ndef\"\n";
      CHECK(all(text) ==
            "2:1 yaml-syntax this line continues a quoted text but is not indented more than its "
            "key\n");
      CHECK(hint(text) == "indent it by at least 1 space, or write the text on one line");
    }
    SUBCASE("level with a nested key") {
      std::string text = "a:\n  key: 'abc\n  def'\n";
      CHECK(all(text) ==
            "3:3 yaml-syntax this line continues a quoted text but is not indented more than its "
            "key\n");
      CHECK(hint(text) == "indent it by at least 3 spaces, or write the text on one line");
    }
    SUBCASE("less than the key") {
      CHECK(all("a:\n  key: \"abc\n def\"\n") ==
            "3:2 yaml-syntax this line continues a quoted text but is not indented more than its "
            "key\n");
    }
    SUBCASE("a list entry") {
      CHECK(all("- \"abc\ndef\"\n") ==
            "2:1 yaml-syntax this line continues a quoted text but is not indented more than its "
            "`-`\n");
    }
    SUBCASE("a tab is not indentation") {
      CHECK(all("foo: \"bar\n\tbaz\"\n") ==
            "2:1 yaml-syntax this line continues a quoted text but is not indented more than its "
            "key\n");
    }
    SUBCASE("inside a flow list") {
      CHECK(all("a: [\"x\ny\"]\n") ==
            "2:1 yaml-syntax this line continues a quoted text but is not indented more than its "
            "key\n");
    }
    SUBCASE("one diagnostic per text") {
      CHECK(all("a: \"1\n2\n3\"\n") ==
            "2:1 yaml-syntax this line continues a quoted text but is not indented more than its "
            "key\n");
    }
  }

  TEST_CASE("more of what yaml-cpp 0.7 lets through") {
    SUBCASE("a line without `:` in a map") {
      std::string text = "top1:\n  key1: val1\ntop2\n";
      CHECK(all(text) == "3:1 yaml-syntax this line has no `:` after its key\n");
      CHECK(hint(text) == "write `key: value`, or indent the line to continue the text above");
      CHECK(all("a: 1\nb\n") == "2:1 yaml-syntax this line has no `:` after its key\n");
      CHECK(all("a:\n  x: 1\n  y\n") == "3:3 yaml-syntax this line has no `:` after its key\n");
      CHECK(all("- a: 1\n  b\n") == "2:3 yaml-syntax this line has no `:` after its key\n");
    }
    SUBCASE("a flow list continued at column 1") {
      CHECK(all("flow: [a,\nb,\nc]\n") ==
            "2:1 yaml-syntax this line continues a `[…]` list but is not indented more than its "
            "key\n");
      CHECK(hint("flow: [a,\nb]\n") == "indent it by at least 1 space");
      CHECK(all("- [\n\tfoo,\n foo\n ]\n") ==
            "2:1 yaml-syntax this line continues a `[…]` list but is not indented more than its "
            "`-`\n");
      CHECK(all("a:\n  b: {x: 1,\n  y: 2}\n") ==
            "3:3 yaml-syntax this line continues a `{…}` map but is not indented more than its "
            "key\n");
    }
    SUBCASE("a lone `-` in a flow collection") {
      CHECK(all("- [-, -]\n") ==
            "1:4 yaml-syntax a lone `-` is not allowed inside `[…]`\n"
            "1:7 yaml-syntax a lone `-` is not allowed inside `[…]`\n");
      CHECK(hint("[-]\n") == "quote it: `\"-\"`");
    }
    SUBCASE("an empty entry in a flow list") {
      CHECK(all("[ , a ]\n") == "1:3 yaml-syntax an entry is missing before this `,`\n");
      CHECK(all("[ a, b, , ]\n") == "1:9 yaml-syntax an entry is missing before this `,`\n");
      CHECK(hint("[ , a ]\n") == "remove the extra `,`");
    }
    SUBCASE("an escape double quotes do not have") {
      std::string text = "double: \"quoted \\' scalar\"\n";
      CHECK(all(text) == "1:17 yaml-syntax unknown escape sequence in a double-quoted text\n");
      CHECK(hint(text) == "a `'` needs no backslash inside double quotes");
    }
    SUBCASE("a comment straight after a block scalar indicator") {
      std::string text = "block: ># comment\n  scalar\n";
      CHECK(all(text) == "1:9 yaml-syntax a `#` straight after `>` does not start a comment\n");
      CHECK(hint(text) == "put a space before `#`");
      CHECK(all("block: |-#\n  x\n") ==
            "1:10 yaml-syntax a `#` straight after `|-` does not start a comment\n");
    }
    SUBCASE("every problem of the file, and no schema check after them") {
      CHECK(all("a: \"x\"#1\nb: \"y\"#2\n") ==
            "1:7 yaml-syntax a `#` straight after a closing quote does not start a comment\n"
            "2:7 yaml-syntax a `#` straight after a closing quote does not start a comment\n");
    }
  }

  TEST_CASE("valid YAML is never flagged") {
    const std::vector<std::string> valid = {
        // quotes inside other text
        "a: \"it's\"\n",
        "a: 'say \"hi\"'\n",
        "a: it's plain\n",
        "a: don't \"quote\" me\n",
        "a: 民族 \"团结\"\n",
        "a: \"a # not a comment\"\n",
        "a: 'it''s # still text'\n",
        "a: 1 # it's \"quoted\n",
        "# \"a comment with a quote\na: 1\n",
        "a: 'x'\n# c\"\nb: \"y\"\n",
        // escapes
        "a: \"esc \\\" quote\" # comment\n",
        "a: 'it''s'\n",
        "a: \"back\\\\\"\n",
        "a: \"\"\nb: ''\n",
        "a: \"\\t\\n\\\\\\\"\\/\\ \\0\\x41\\u00e9\\U0001F600\\N\\_\\L\\P\\e\\a\\b\\v\\f\\r\"\n",
        "a: \"tab\tinside\"\n",
        "a: \"line\\\n  break\"\n",
        // block scalars
        "a: |\n  \"unclosed in a block scalar\n  'x'y \"z\"# no comment\n",
        "a: >-\n  text\"# x\nb: 1\n",
        "a: |2\n   \"x\n",
        "a: |+ # keep\n  x\n",
        "a: > # folded\n  'x\n",
        // after the closing quote
        "a: \"x\"   \n",
        "a: \"x\"\t# tab then comment\n",
        "a: \"x\" # comment\n",
        "a: \"民族\" # 注释\n",
        "\"key\": value\n",
        "\"key\" : value\n",
        "'key': value\n",
        "? \"complex\"\n: \"value\"\n",
        "a: &anchor \"x\"\nb: *anchor\n",
        "a: !!str \"x\"\n",
        "&k \"a\": 1\n",
        // flow collections
        "a: [\"a\", \"b\"]\n",
        "a: [ \"a\" , 'b' ]\n",
        "a: {\"k\": \"v\", \"j\":\"w\"}\n",
        "a: {\"k\":1}\n",
        "a: [\"x\"]\n",
        "a: [\"x\",]\n",
        "a: [\"x\" # c\n  ]\n",
        "a: ['it''s', \"x\"]\n",
        "a: [\"[\", \"]\", \"{\", \"}\", \",\"]\n",
        "a: [-1, -a, \"-\", '-']\n",
        "a: {b: -1, c: -x}\n",
        "a: [b: c]\n",
        "a: [\"b\": c]\n",
        "a: {x, y: z}\n",
        "a: [\n  \"x\",\n  \"y\"\n]\n",
        "a: {\n  \"k\": \"v\"\n  }\n",
        "a: [b,\n  c]\n",
        "- [a,\n  b]\n",
        "a:\n  [b,\n   c]\n",
        "[\"a\",\n\"b\"]\n",
        "{a: 1,\nb: 2}\n",
        "a: [b, # comment\n# a comment at column 1\n  c]\n",
        "a: [\n\n  b]\n",
        // multi-line quoted texts
        "a: \"multi\n  line\"\n",
        "a: \"x\n\n  y\"\n",
        "a: \"x\n   \n  y\"\n",
        "a: 'x\n  y'\n",
        "a: \"x\n \ty\"\n",
        "outer:\n  inner:\n    - 'one\n      two'\n",
        "- a: \"x\n   y\"\n",
        "key:\n- \"x\n y\"\n",
        "key:\n  \"x\n  y\"\n",
        "\"top\nlevel\"\n",
        "a: plain\n  continued\n",
        "a:\n  b\n  c\n",
        "- - \"a\n    b\"\n",
        // keys without values, explicit keys
        "a: b\nc:\n",
        "a:\nb: 1\n",
        "? a\n: b\n",
        "? a\n",
        "- ? b\n",
        "? a\n? b\n: c\n",
        "a: 1\n? b\n",
        // line ends
        "a: \"x\"\r\nb: 'y'\r\n",
        "a: \"x\r\n  y\"\r\n",
        "a: \"x\"",
        "a: [\"x\"]",
    };
    for (const std::string& text : valid) {
      CAPTURE(text);
      diag::SourceText source("t.yaml", text);
      yaml::ParseResult r = yaml::parse(source);
      CHECK(all(text) == "");
      CHECK(r.document);
    }
  }
  TEST_CASE("anchors and tags before a quoted text, and flow maps and lists continued too far left") {
    CHECK(all("a: &x !!str \"q\" y\n") == "1:17 yaml-syntax text follows the closing quote\n");
    CHECK(all("a: &x\n  \"q\"\n") == "");
    CHECK(all("a: ! \"q\"\n") == "");
    CHECK(all("a: {b: -}\n") == "1:8 yaml-syntax a lone `-` is not allowed inside `{…}`\n");
    CHECK(all("a: |2-#\n  x\n") == "1:7 yaml-syntax a `#` straight after `|2-` does not start a comment\n");
    CHECK(all("- [1,\n2]\n") ==
          "2:1 yaml-syntax this line continues a `[…]` list but is not indented more than its `-`\n");
    CHECK(all("a: {b: 1,\nc: 2}\n") ==
          "2:1 yaml-syntax this line continues a `{…}` map but is not indented more than its key\n");
    CHECK(all("a: [1, , 2]\n") == "1:8 yaml-syntax an entry is missing before this `,`\n");
    CHECK(all("- a\n- \"b\nc\"\n") ==
          "3:1 yaml-syntax this line continues a quoted text but is not indented more than its `-`\n");
    CHECK(hint("- a\n- \"b\nc\"\n") == "indent it by at least 1 space, or write the text on one line");
  }

  TEST_CASE("escaped line breaks and doubled single quotes stay inside the text") {
    CHECK(all("a: \"x\\\n  y\"\n") == "");
    CHECK(all("a: 'it''s'' ok'\n") == "");
    CHECK(all("a: \"x\" \t# c\n") == "");
    CHECK(all("a: \"\\\n") == "1:4 yaml-syntax this quoted text is never closed\n");
  }
}
