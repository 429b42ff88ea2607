// A rubric's sums: `threshold` against `total` and the bonuses (capped one by
// one, by `bonus_cap`, or not at all), and subtotals under `best: K`.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "rubric/loader.hpp"

using namespace cepin;

namespace {

// A rubric of total 4 (one clause) with `threshold` and `adjustments` lines.
std::string with_threshold(const std::string& threshold, const std::string& extra = "") {
  return "schema: cepin/rubric/1\nid: t\ntitle: 测试\ntotal: 4\nthreshold: " + threshold + "\n" + extra +
         "categories:\n  - id: \"1\"\n    title: 甲\n    clauses:\n      - {id: \"1.1\", text: 条, points: 4, "
         "rule: check}\n";
}

// Every diagnostic as "line:col code message (hint)", one a line.
std::string shown(const std::string& text) {
  rubric::LoadResult result = rubric::load_from_bytes("t.yaml", text);
  std::string out;
  for (const diag::Diagnostic& d : result.diagnostics) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message +
           (d.hint.empty() ? "" : " (" + d.hint + ")") + "\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("rubric checks") {
  TEST_CASE("threshold against total and whatever bonuses can add") {
    auto too_high = [](const std::string& what) {
      return "5:1 threshold-too-high `threshold` is " + what + " (no unit could ever reach it)\n";
    };
    const std::string bonus = "adjustments:\n  - {id: b, kind: bonus, text: 奖, per: 1}\n";
    const std::pair<std::string, std::string> cases[] = {
        {with_threshold("5"), too_high("5, above `total` 4")},
        {with_threshold("4"), ""},
        {with_threshold("7", "bonus_cap: 2\n" + bonus), too_high("7, above `total` 4 plus at most 2 of bonuses")},
        {with_threshold("6", "bonus_cap: 2\n" + bonus), ""},
        {with_threshold("6", "bonus_cap: 1\nadjustments:\n  - {id: b, kind: bonus, text: 奖, per: 1, cap: 3}\n"),
         too_high("6, above `total` 4 plus at most 1 of bonuses")},
        {with_threshold("6", "adjustments:\n  - {id: b, kind: bonus, text: 奖, per: 1, cap: 1}\n"
                             "  - {id: c, kind: bonus, text: 奖, per: 1, cap: 0.5}\n"),
         too_high("6, above `total` 4 plus at most 1.5 of bonuses")},
        {with_threshold("5", "bonus_cap: 3\nadjustments:\n  - {id: p, kind: penalty, text: 扣, per: 1}\n"),
         too_high("5, above `total` 4")},
        {with_threshold("99", bonus), ""},  // an uncapped bonus can reach any threshold
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      CHECK(shown(text) == expected);
    }
  }

  TEST_CASE("subtotals under `best: K` sum the K largest children") {
    const std::string head = "schema: cepin/rubric/1\nid: t\ntitle: 测试\ntotal: 3\nthreshold: 1\ncategories:\n";
    const std::string clauses =
        "    clauses:\n      - {id: a, text: 一, points: 1, rule: check}\n      - {id: b, text: 二, points: 3, "
        "rule: check}\n      - {id: c, text: 三, points: 2, rule: check}\n";
    rubric::LoadResult fits =
        rubric::load_from_bytes("t.yaml", head + "  - id: \"1\"\n    title: 甲\n    points: 3\n    best: 1\n" + clauses);
    REQUIRE(static_cast<bool>(fits.rubric));
    CHECK(fits.rubric->categories.at(0).full_marks.to_string() == "3");
    CHECK(shown(head + "  - id: \"1\"\n    title: 甲\n    points: 4\n    best: 2\n" + clauses) ==
          "4:1 total-mismatch the categories sum to 5, but `total` is 3 (fix `total`, or the points of a category)\n"
          "9:5 subtotal-mismatch the 2 best clauses of 1 sum to 5, but it declares 4 (add `cap: 4` if the category is "
          "capped)\n");
    CHECK(shown(head + "  - id: \"1\"\n    title: 甲\n    best: 4\n" + clauses) ==
          "9:11 best-above-children `best` of category 1 is 4, but it has 3 clauses (lower `best` to at most 3, or add "
          "children)\n");
  }
}
