// `extends` edge cases beyond test_rubric_merge.cpp: ids that clash with an
// adjustment or prerequisite of the base, a new entry naming a base id deep
// inside it, lists the base lacks, `key: null` at every level, odd keys.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "rubric/loader.hpp"

using namespace cepin;

namespace {

// A base with a category of items (1), one of clauses (2), an adjustment and a
// prerequisite; total 10.
const std::string k_base =
    "schema: cepin/rubric/1\nid: base\ntitle: 基础\ntotal: 10\nthreshold: 6\n"  // 1-5
    "categories:\n"                                                           // 6
    "  - id: \"1\"\n"                                                          // 7
    "    title: 甲\n"                                                          // 8
    "    items:\n"                                                            // 9
    "      - id: \"1.1\"\n"                                                    // 10
    "        title: 子\n"                                                      // 11
    "        clauses:\n"                                                      // 12
    "          - {id: \"1.1.1\", text: 条一, points: 6, rule: check}\n"         // 13
    "  - id: \"2\"\n"                                                          // 14
    "    title: 乙\n"                                                          // 15
    "    clauses:\n"                                                          // 16
    "      - {id: \"2.1\", text: 条二, points: 4, rule: check}\n"               // 17
    "adjustments:\n"                                                          // 18
    "  - {id: award, kind: bonus, text: 表彰, per: 1}\n"                       // 19
    "prerequisites:\n"                                                        // 20
    "  - {id: report, text: 报告}\n";                                          // 21

// A base on the grid 0.1 whose threshold needs its bonus: total 4, threshold 5.
const std::string k_base_fine =
    "schema: cepin/rubric/1\nid: base\ntitle: 基础\nprecision: 0.1\ntotal: 4\nthreshold: 5\n"  // 1-6
    "categories:\n"                                                                             // 7
    "  - id: \"1\"\n"                                                                            // 8
    "    title: 甲\n"                                                                            // 9
    "    clauses:\n"                                                                            // 10
    "      - {id: \"1.1\", text: 条, points: 4, rule: {type: manual, step: 0.5}}\n"                // 11
    "adjustments:\n"                                                                            // 12
    "  - {id: award, kind: bonus, text: 表彰, per: 0.5, cap: 3}\n";                              // 13

// Loads derived.yaml (three header lines, then `body` from line 4) over `base`.
rubric::LoadResult load(const std::string& body, const std::string& base = k_base) {
  rubric::LoadOptions options;
  options.resolver = [base](const rubric::BaseRequest& request) {
    rubric::BaseFound found;
    if (request.id == "base") {
      found.status = rubric::BaseFound::Status::found;
      found.path = "base.yaml";
      found.bytes = base;
    }
    return found;
  };
  return rubric::load_from_bytes("derived.yaml", "schema: cepin/rubric/1\nid: derived\nextends: base\n" + body,
                                 options);
}

// "path:line:col code message", one a line, each note below it with its hint.
std::string rendered(const rubric::LoadResult& result) {
  std::string out;
  for (const diag::Diagnostic& d : result.diagnostics) {
    out += d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message +
           "\n";
    for (const diag::Diagnostic& note : d.notes) {
      out += "  note " + note.path + ":" + std::to_string(note.line) + ":" + std::to_string(note.column) + " " +
             note.message + " | " + note.hint + "\n";
    }
  }
  return out;
}

}  // namespace

TEST_SUITE("rubric::merge edges") {
  TEST_CASE("a new entry whose id the base uses elsewhere") {
    const std::pair<const char*, const char*> cases[] = {
        {"total: 11\ncategories:\n  - {id: award, title: 奖, clauses: [{id: a.1, text: 条, points: 1, rule: check}]}\n",
         "base.yaml:19:6 duplicate-id the id `award` is already used at derived.yaml:6:6\n"
         "  note derived.yaml:4:1 caused by this change of the extending rubric | change it in the extending file, or "
         "restate the base's value there\n"},
        {"adjustments:\n  - {id: report, kind: penalty, text: 扣, per: 1}\n",
         "base.yaml:21:6 duplicate-id the id `report` is already used at derived.yaml:5:6\n"
         "  note derived.yaml:5:6 caused by this change of the extending rubric | change it in the extending file, or "
         "restate the base's value there\n"},
        {"prerequisites:\n  - {id: \"2.1\", text: 前提}\n",
         "derived.yaml:5:6 duplicate-id id `2.1` is already used in the base by clause 2.1\n"},
        {"categories:\n  - id: \"1\"\n    items:\n      - {id: \"2\", title: 项, clauses: []}\n",
         "derived.yaml:7:10 extends-moved category 2 is a category of the base; naming it here does not move it\n"},
        {"categories:\n  - id: \"3\"\n    title: 丙\n    clauses:\n      - {id: \"2.1\", text: 条, points: 1, rule: "
         "check}\n",
         "derived.yaml:8:7 empty-node `clauses` lists nothing\n"
         "derived.yaml:8:10 extends-moved clause 2.1 is under `2` in the base; naming it here does not move it\n"},
    };
    for (const auto& [body, expected] : cases) {
      CAPTURE(std::string(body));
      CHECK(rendered(load(body)) == expected);
    }
  }

  TEST_CASE("remove naming an id like none of the base's has the general hint") {
    auto result = load("remove: [zzzzzzzz]\n");
    CHECK(rendered(result) == "derived.yaml:4:10 unknown-id `remove` names `zzzzzzzz`, which the base rubric does not "
                              "have\n");
    CHECK(result.diagnostics.at(0).hint == "name a category, item, clause, adjustment or prerequisite of the base");
  }

  TEST_CASE("a new category keeps what the loader must report: non-map entries, odd ids") {
    CHECK(rendered(load("total: 11\ncategories:\n  - id: \"3\"\n    title: 丙\n    clauses:\n      - 1\n"
                        "      - {id: \"3.1\", text: 条, points: 1, rule: check}\n")) ==
          "derived.yaml:9:9 wrong-type each clause must be a map of keys, not a text\n");
    CHECK(rendered(load("categories:\n  - {id: [3], title: 丙}\n")) ==
          "derived.yaml:5:6 missing-key category ? has no `items` or `clauses`\n"
          "derived.yaml:5:10 wrong-type `id` must be a text, not a list\n");
    CHECK(rendered(load("categories:\n  - id: \"2\"\n    [x]: 1\n")) ==
          "derived.yaml:6:5 wrong-type a key must be a text, not a list\n");
  }

  TEST_CASE("a list the base lacks is made; a list set to null is deleted") {
    auto result = load("remove: [report]\nprerequisites: null\nadjustments:\n  - {id: award, per: 2}\n");
    REQUIRE_MESSAGE(static_cast<bool>(result.rubric), rendered(result));
    CHECK(result.rubric->prerequisites.empty());
    CHECK(result.rubric->adjustments.at(0).per.to_string() == "2");
    rubric::LoadResult removed_all = load("remove: [award]\nadjustments: null\n");
    REQUIRE_MESSAGE(static_cast<bool>(removed_all.rubric), rendered(removed_all));
    CHECK(removed_all.rubric->adjustments.empty());
    rubric::LoadResult added = load("remove: [award]\nadjustments:\n  - {id: new, kind: penalty, text: 新, per: 1}\n");
    REQUIRE_MESSAGE(static_cast<bool>(added.rubric), rendered(added));
    REQUIRE(added.rubric->adjustments.size() == 1);
    CHECK(added.rubric->adjustments.at(0).id == "new");
  }

  TEST_CASE("null deletes an optional key at every level, and cannot delete a required one") {
    auto result = load("adjustments:\n  - {id: award, cap: null, evidence: null}\n"
                       "categories:\n  - {id: \"2\", items: null, points: null}\n  - {id: \"1\", clauses: null}\n");
    REQUIRE_MESSAGE(static_cast<bool>(result.rubric), rendered(result));
    CHECK(result.rubric->categories.at(1).clauses.size() == 1);
    const std::pair<const char*, const char*> cases[] = {
        {"adjustments:\n  - {id: award, text: null}\n",
         "derived.yaml:5:17 missing-key `text` of an adjustment is empty\n"},
        {"adjustments:\n  - {id: award, kind: null}\n",
         "derived.yaml:5:17 missing-key `kind` of an adjustment is empty\n"},
        {"prerequisites:\n  - {id: report, text: null}\n",
         "derived.yaml:5:18 missing-key `text` of a prerequisite is empty\n"},
        {"categories:\n  - {id: \"1\", title: null}\n",
         "derived.yaml:5:15 missing-key `title` of category 1 is empty\n"},
        {"categories:\n  - id: \"2\"\n    clauses:\n      - {id: \"2.1\", rule: null}\n",
         "derived.yaml:7:21 missing-key `rule` of clause 2.1 is empty\n"},
        {"categories: null\n", "derived.yaml:4:1 missing-key `categories` of the rubric is empty\n"},
    };
    for (const auto& [body, expected] : cases) {
      CAPTURE(std::string(body));
      CHECK(rendered(load(body)) == expected);
    }
  }

  TEST_CASE("a base's values broken by the extending file's precision or removals name that change") {
    CHECK(rendered(load("precision: 1\n", k_base_fine)) ==
          "base.yaml:11:68 off-grid `step` is 0.5, not a multiple of the precision 1\n"
          "  note derived.yaml:4:1 caused by this change of the extending rubric | restate the value on the new grid "
          "in the extending file\n"
          "base.yaml:13:45 off-grid `per` is 0.5, not a multiple of the precision 1\n"
          "  note derived.yaml:4:1 caused by this change of the extending rubric | restate the value on the new grid "
          "in the extending file\n");
    CHECK(rendered(load("remove: [award]\n", k_base_fine)) ==
          "base.yaml:6:1 threshold-too-high `threshold` is 5, above `total` 4\n"
          "  note derived.yaml:4:10 caused by this change of the extending rubric | restate `threshold` in the "
          "extending file, or raise `total` or the bonuses there\n");
    CHECK(rendered(load("bonus_cap: 0\n", k_base_fine)) ==
          "base.yaml:6:1 threshold-too-high `threshold` is 5, above `total` 4\n"
          "  note derived.yaml:4:1 caused by this change of the extending rubric | restate `threshold` in the "
          "extending file, or raise `total` or the bonuses there\n");
  }
}
