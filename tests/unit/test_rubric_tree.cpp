// A rubric's tree of categories, items and clauses: an item without clauses,
// caps, floors and `best` that cannot be read (the sums are then not checked),
// entries that are no map, and entries without an id.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "rubric/loader.hpp"

using namespace cepin;

namespace {

// A rubric of total 4 whose `categories:` list (from line 6) is `categories`.
std::string with_categories(const std::string& categories) {
  return "schema: cepin/rubric/1\nid: t\ntitle: 测试\ntotal: 4\nthreshold: 1\ncategories:\n" + categories;
}

// Every diagnostic as "line:col code message", one a line.
std::string shown(const std::string& text) {
  rubric::LoadResult result = rubric::load_from_bytes("t.yaml", text);
  std::string out;
  for (const diag::Diagnostic& d : result.diagnostics) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message + "\n";
  }
  return out;
}

const char* const k_clause = "{id: c, text: 条, points: 4, rule: check}";

}  // namespace

TEST_SUITE("rubric tree") {
  TEST_CASE("an item needs clauses; a category items or clauses") {
    const std::pair<std::string, const char*> cases[] = {
        {"  - id: \"1\"\n    title: 甲\n    items:\n      - {id: \"1.1\", title: 子}\n",
         "10:10 missing-key item 1.1 has no `clauses`\n"},
        {"  - id: \"1\"\n    title: 甲\n    items:\n      - {id: \"1.1\", title: 子, items: [" + std::string(k_clause) +
             "]}\n",
         "10:10 missing-key item 1.1 has no `clauses`\n"
         "10:31 unknown-key unknown key `items` in item 1.1\n"},
        {"  - id: \"1\"\n    title: 甲\n    items: [1, {id: \"1.1\", title: 子, clauses: [" + std::string(k_clause) +
             "]}]\n",
         "9:13 wrong-type each item must be a map of keys, not a text\n"},
        {"  - 1\n  - {id: \"1\", title: 甲, clauses: [" + std::string(k_clause) + "]}\n",
         "7:5 wrong-type each category must be a map of keys, not a text\n"},
        {"  - {title: 甲, clauses: [{text: 条, points: 4, rule: check}]}\n",
         "7:6 missing-key a category has no `id`\n"
         "7:27 missing-key a clause has no `id`\n"},
    };
    for (const auto& [categories, expected] : cases) {
      CAPTURE(categories);
      CHECK(shown(with_categories(categories)) == expected);
    }
  }

  TEST_CASE("points, cap and best that cannot be read leave the sums unchecked") {
    const std::pair<std::string, const char*> cases[] = {
        {"  - {id: \"1\", title: 甲, points: x, clauses: [" + std::string(k_clause) + "]}\n",
         "7:33 bad-decimal `x` is not a decimal\n"},
        {"  - {id: \"1\", title: 甲, cap: x, clauses: [" + std::string(k_clause) + "]}\n",
         "7:30 bad-decimal `x` is not a decimal\n"},
        {"  - {id: \"1\", title: 甲, best: x, clauses: [" + std::string(k_clause) + "]}\n",
         "7:31 wrong-type `best` must be a whole number from 0 to 1000000000, not `x`\n"},
        {"  - {id: \"1\", title: 甲, best: 0, clauses: [" + std::string(k_clause) + "]}\n",
         "7:31 bad-value `best` of category 1 must be at least 1\n"},
        {"  - {id: \"1\", title: 甲, min: -1, clauses: [" + std::string(k_clause) + "]}\n",
         "7:30 bad-value `min` must not be negative, not -1\n"},
        {"  - {id: \"1\", title: 甲, points: null, cap: null, best: null, clauses: [" + std::string(k_clause) + "]}\n",
         ""},
    };
    for (const auto& [categories, expected] : cases) {
      CAPTURE(categories);
      CHECK(shown(with_categories(categories)) == expected);
    }
  }
}
