#include <doctest/doctest.h>

#include <string>

#include "yaml/document.hpp"
#include "yaml/reader.hpp"

using namespace cepin;

namespace {

// "line:col code: message" for each diagnostic.
std::string dump(const std::vector<diag::Diagnostic>& list) {
  std::string out;
  for (const diag::Diagnostic& d : list) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + ": " + d.message + "\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("yaml::MapReader") {
  TEST_CASE("an aliased value's problem points at the alias") {
    diag::SourceText source("t.yaml",
                            "anchors:\n  - &bad abc\n  - &list [1]\n"
                            "points: *bad\ntotal:   *list\nflag: *bad\n");
    yaml::ParseResult parsed = yaml::parse(source);
    REQUIRE(parsed.document);
    diag::DiagnosticList diagnostics(source);
    yaml::MapReader reader(*parsed.document->root, diagnostics, {1, 1}, "the test");
    reader.value("anchors");
    CHECK_FALSE(reader.decimal("points"));
    CHECK_FALSE(reader.text("total"));
    CHECK_FALSE(reader.boolean("flag"));
    reader.finish();
    std::string all = dump(diagnostics.take());
    CHECK(all.find("4:9 bad-decimal: ") == 0);
    CHECK(all.find("\n5:10 wrong-type: `total` must be ") != std::string::npos);
    CHECK(all.find("\n6:7 wrong-type: ") != std::string::npos);
  }
  TEST_CASE("value_position") {
    diag::SourceText source("t.yaml", "c: &s x\nd:   *s\ne:\n");
    yaml::ParseResult parsed = yaml::parse(source);
    REQUIRE(parsed.document);
    const yaml::Node& root = *parsed.document->root;
    diag::Position d = yaml::value_position(*root.find("d"));
    CHECK(d.line == 2);
    CHECK(d.column == 6);
    diag::Position e = yaml::value_position(*root.find("e"));
    CHECK(e.line == 3);
    CHECK(e.column == 1);
  }
  TEST_CASE("count: a whole number up to a billion; anything else is wrong-type at the value") {
    diag::SourceText source("t.yaml",
                            "a: 7\nb: [1]\nc: 1000000001\nd: -3\ne: 12345678901\nf: 1000000000\ng: ~\nh: 2.5\n");
    yaml::ParseResult parsed = yaml::parse(source);
    REQUIRE(parsed.document);
    diag::DiagnosticList diagnostics(source);
    yaml::MapReader reader(*parsed.document->root, diagnostics, {1, 1}, "the test");
    CHECK(reader.count("a") == 7);
    CHECK_FALSE(reader.count("b"));
    CHECK_FALSE(reader.count("c"));
    CHECK_FALSE(reader.count("d"));
    CHECK_FALSE(reader.count("e"));
    CHECK(reader.count("f") == 1000000000);
    CHECK_FALSE(reader.count("g"));
    CHECK_FALSE(reader.count("h"));
    CHECK_FALSE(reader.count("missing"));
    reader.finish();
    CHECK(dump(diagnostics.take()) ==
          "2:4 wrong-type: `b` must be a whole number, not a list\n"
          "3:4 wrong-type: `c` must be a whole number from 0 to 1000000000, not `1000000001`\n"
          "4:4 wrong-type: `d` must be a whole number from 0 to 1000000000, not `-3`\n"
          "5:4 wrong-type: `e` must be a whole number from 0 to 1000000000, not `12345678901`\n"
          "8:4 wrong-type: `h` must be a whole number from 0 to 1000000000, not `2.5`\n");
  }
  TEST_CASE("decimal and boolean of lists and maps are wrong-type; a quoted true is not a boolean") {
    diag::SourceText source("t.yaml", "a: [1]\nb: {x: 1}\nc: \"true\"\nd: false\ne: ~\n");
    yaml::ParseResult parsed = yaml::parse(source);
    REQUIRE(parsed.document);
    diag::DiagnosticList diagnostics(source);
    yaml::MapReader reader(*parsed.document->root, diagnostics, {1, 1}, "the test");
    CHECK_FALSE(reader.decimal("a"));
    CHECK_FALSE(reader.boolean("b"));
    CHECK_FALSE(reader.boolean("c"));
    CHECK(reader.boolean("d") == false);
    CHECK_FALSE(reader.boolean("e"));
    CHECK_FALSE(reader.decimal("e"));
    CHECK(reader.value("missing") == nullptr);
    reader.finish();
    CHECK(dump(diagnostics.take()) == "1:4 wrong-type: `a` must be a number, not a list\n"
                                      "2:4 wrong-type: `b` must be `true` or `false`, not a map\n"
                                      "3:4 wrong-type: `c` must be `true` or `false`, not a text\n");
  }
  TEST_CASE("unknown keys: \"did you mean\", the comma hint inside `{…}`, and keys that are no text") {
    diag::SourceText source("t.yaml", "m: {text: a, b, tetx: c}\n[k]: 1\n");
    yaml::ParseResult parsed = yaml::parse(source);
    REQUIRE(parsed.document);
    diag::DiagnosticList diagnostics(source);
    const yaml::Node& root = *parsed.document->root;
    yaml::MapReader reader(*root.find("m")->value, diagnostics, {1, 4}, "the entry");
    CHECK(reader.text("text") == std::string("a"));
    CHECK_FALSE(reader.text("id", yaml::Presence::required));
    reader.finish({"id", "text"});
    yaml::MapReader top(root, diagnostics, {1, 1}, "the test");
    top.value("m");
    top.finish();
    std::string hints;
    for (const diag::Diagnostic& d : diagnostics.items()) {
      hints += d.hint + "\n";
    }
    CHECK(dump(diagnostics.items()) == "1:4 missing-key: the entry has no `id`\n"
                                       "1:14 unknown-key: unknown key `b` in the entry\n"
                                       "1:17 unknown-key: unknown key `tetx` in the entry\n"
                                       "2:1 wrong-type: a key must be a text, not a list\n");
    CHECK(hints ==
          "add `id:`\n"
          "inside `{…}` a comma ends the entry: quote a text that contains `,` (or write `，`)\n"
          "did you mean `text`?\n"
          "\n");
  }
}
