#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "yaml/input.hpp"

using namespace cepin;

namespace {

// The bound on the tests below is generous: a Release build takes one to two
// seconds (see `cepin_bench_tool yaml`), a Debug build with sanitizers up to
// about 15, while the quadratic column counting cepin once had needs more
// than ten minutes for the 2 MB line.
constexpr double k_linear_bound_seconds = 60.0;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_SUITE("yaml::parse_input") {
  TEST_CASE("a BOM is skipped and positions start after it") {
    yaml::Input input = yaml::parse_input("a.yaml", "\xEF\xBB\xBFkey: value\n");
    REQUIRE(input.document);
    CHECK(input.document->root->find("key")->value->position.column == 6);
  }
  TEST_CASE("invalid UTF-8 is located at the first bad byte") {
    yaml::Input input = yaml::parse_input("a.yaml", "a: 1\nb: 民\xff\n");
    REQUIRE(input.diagnostics.size() == 1);
    const diag::Diagnostic& d = input.diagnostics[0];
    CHECK(d.code == "invalid-utf8");
    CHECK(d.line == 2);
    CHECK(d.column == 5);
    CHECK_FALSE(input.document);
  }
  TEST_CASE("UTF-16 gets its own message") {
    yaml::Input input = yaml::parse_input("a.yaml", std::string("\xFF\xFE" "a\0:\0", 6));
    REQUIRE(input.diagnostics.size() == 1);
    CHECK(input.diagnostics[0].message == "the file is UTF-16, not UTF-8");
  }
  TEST_CASE("more than 16 MiB is refused before parsing") {
    std::string big(16u * 1024u * 1024u + 1u, '#');
    yaml::Input input = yaml::parse_input("big.yaml", big);
    REQUIRE(input.diagnostics.size() == 1);
    CHECK(input.diagnostics[0].code == "file-too-large");
    CHECK(input.diagnostics[0].message == "the file is larger than 16 MiB");
    CHECK_FALSE(input.document);
  }
  TEST_CASE("hostile sizes in linear time") {
    SUBCASE("a 2 MB one-line flow sequence") {
      std::string text = "[";
      std::size_t items = 0;
      while (text.size() < 2'000'000) {
        text += items == 0 ? "民" : ", 民";  // a CJK item: columns are not bytes
        ++items;
      }
      text += "]\n";
      auto start = std::chrono::steady_clock::now();
      yaml::Input input = yaml::parse_input("long.yaml", text);
      double seconds = seconds_since(start);
      CAPTURE(seconds);
      CHECK(input.diagnostics.empty());
      REQUIRE(input.document);
      const yaml::Node& root = *input.document->root;
      REQUIRE(root.items.size() == items);
      CHECK(root.items.back()->position.line == 1);
      CHECK(root.items.back()->position.column == static_cast<int>(3 * items - 1));
      CHECK(seconds < k_linear_bound_seconds);
    }
    SUBCASE("a 1 MB line of duplicate keys: every diagnostic is cheap too") {
      std::string text = "{a: 0";
      std::size_t keys = 1;
      while (text.size() < 1'000'000) {
        text += ", a: 0";
        ++keys;
      }
      text += "}\n";
      auto start = std::chrono::steady_clock::now();
      yaml::Input input = yaml::parse_input("keys.yaml", text);
      double seconds = seconds_since(start);
      CAPTURE(seconds);
      REQUIRE(input.diagnostics.size() == keys - 1);
      const diag::Diagnostic& last = input.diagnostics.back();
      CHECK(last.code == "duplicate-key");
      CHECK(last.column == static_cast<int>(6 * keys - 4));
      CHECK(last.source_line.size() < 400);
      CHECK(seconds < k_linear_bound_seconds);
    }
    SUBCASE("a 1,000,000-line block sequence") {
      std::string text;
      for (int i = 0; i < 1'000'000; ++i) {
        text += "- 0\n";
      }
      auto start = std::chrono::steady_clock::now();
      yaml::Input input = yaml::parse_input("lines.yaml", text);
      double seconds = seconds_since(start);
      CAPTURE(seconds);
      CHECK(input.diagnostics.empty());
      REQUIRE(input.document);
      REQUIRE(input.document->root->items.size() == 1'000'000);
      CHECK(input.document->root->items.back()->position.line == 1'000'000);
      CHECK(input.document->root->items.back()->position.column == 3);
      CHECK(seconds < k_linear_bound_seconds);
    }
    SUBCASE("one line more is over the node limit, which is not about aliases") {
      std::string text;
      for (int i = 0; i < 1'000'001; ++i) {
        text += "- 0\n";
      }
      yaml::Input input = yaml::parse_input("lines.yaml", text);
      CHECK_FALSE(input.document);
      REQUIRE(input.diagnostics.size() == 1);
      const diag::Diagnostic& d = input.diagnostics[0];
      CHECK(d.line == 1'000'001);
      CHECK(d.column == 3);
      CHECK(d.code == "yaml-too-many-nodes");
      CHECK(d.message == "the file has more than 1000000 nodes");
      CHECK(d.hint == "split the file: no rubric or assessment needs that many values");
    }
  }
}

