#include <doctest/doctest.h>

#include <string>

#include "yaml/document.hpp"

using namespace cepin;

namespace {
std::string first(const yaml::ParseResult& r) {
  if (r.diagnostics.empty()) {
    return "";
  }
  const auto& d = r.diagnostics[0];
  return std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message;
}
}  // namespace

TEST_SUITE("yaml::parse") {
  TEST_CASE("builds positioned nodes") {
    diag::SourceText source("t.yaml", "名称: 民族\nlist:\n  - 1.10\n  - \"yes\"\nempty:\nnull: ~\n");
    auto r = yaml::parse(source);
    REQUIRE(r.document);
    CHECK(r.diagnostics.empty());
    const yaml::Node& root = *r.document->root;
    REQUIRE(root.is_map());
    const auto* name = root.find("名称");
    REQUIRE(name);
    CHECK(name->value->value == "民族");
    CHECK(name->value->position.line == 1);
    CHECK(name->value->position.column == 5);
    const auto* list = root.find("list");
    REQUIRE(list->value->is_sequence());
    CHECK(list->value->items[0]->value == "1.10");
    CHECK(list->value->items[0]->plain);
    CHECK_FALSE(list->value->items[1]->plain);
    CHECK(list->value->items[1]->position.column == 5);
    CHECK(root.find("empty")->value->is_null());
    CHECK(root.find("null")->value->is_null());
  }
  TEST_CASE("duplicate keys are errors at the second key") {
    diag::SourceText source("t.yaml", "a: 1\nb: 2\na: 3\n");
    auto r = yaml::parse(source);
    REQUIRE(r.document);
    CHECK(first(r) == "3:1 duplicate-key duplicate key `a`");
    CHECK(r.document->root->find("a")->value->value == "1");
  }
  TEST_CASE("merge keys are rejected") {
    diag::SourceText source("t.yaml", "base: &b {x: 1}\nother:\n  <<: *b\n");
    auto r = yaml::parse(source);
    CHECK(first(r) == "3:3 merge-key merge keys (`<<`) are not supported");
  }
  TEST_CASE("syntax errors get our wording and a real position") {
    diag::SourceText source("t.yaml", "a: [1, 2\nb: 3\n");
    auto r = yaml::parse(source);
    CHECK_FALSE(r.document);
    CHECK(first(r) == "1:4 yaml-syntax this `[` is never closed");
  }
  TEST_CASE("tabs") {
    diag::SourceText source("t.yaml", "a:\n\tb: 1\n");
    auto r = yaml::parse(source);
    CHECK_FALSE(r.document);
    CHECK(r.diagnostics.at(0).code == "yaml-tab");
    CHECK(r.diagnostics.at(0).line == 2);
  }
  TEST_CASE("several documents") {
    diag::SourceText source("t.yaml", "a: 1\n---\nb: 2\n");
    auto r = yaml::parse(source);
    CHECK(first(r) == "2:1 multiple-documents a file must hold exactly one YAML document");
  }
  TEST_CASE("empty") {
    diag::SourceText source("t.yaml", "# only a comment\n\n");
    CHECK(first(yaml::parse(source)) == "1:1 empty-file the file is empty");
  }
  TEST_CASE("deep nesting is a clean error") {
    std::string deep = std::string(10000, '[') + std::string(10000, ']');
    diag::SourceText source("t.yaml", deep);
    auto r = yaml::parse(source);
    CHECK(first(r) == "1:257 yaml-too-deep the document nests deeper than 256 levels");
  }
  TEST_CASE("billion laughs is cheap") {
    std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; ++c) {
      text += std::string(1, c) + ": &" + c + " [";
      for (int i = 0; i < 10; ++i) {
        text += std::string(i ? ", " : "") + "*" + prev;
      }
      text += "]\n";
      prev = c;
    }
    diag::SourceText source("t.yaml", text);
    auto r = yaml::parse(source);
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].code == "yaml-alias-expansion");
  }
  TEST_CASE("aliases share nodes") {
    diag::SourceText source("t.yaml", "a: &x [1, 2]\nb: *x\n");
    auto r = yaml::parse(source);
    REQUIRE(r.document);
    CHECK(r.document->root->find("b")->value == r.document->root->find("a")->value);
  }
}
