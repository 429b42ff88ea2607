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
}
