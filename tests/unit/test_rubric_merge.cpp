// `extends` (SPEC §7): merging by id at every level, `remove`, `key: null`,
// chains, and every diagnostic of a merge, asserted exactly (file, line,
// column, code, message, and the note naming the extending line).
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rubric/loader.hpp"

using namespace cepin;

namespace {

// Rubric files in memory: path → text. The resolver finds a base by the id
// its text declares, as the command line's resolver does with files.
using Files = std::map<std::string, std::string>;

rubric::LoadOptions over(const Files& files) {
  rubric::LoadOptions options;
  options.resolver = [files](const rubric::BaseRequest& request) {
    rubric::BaseFound found;
    for (const auto& [path, text] : files) {
      yaml::Input input = yaml::parse_input(path, text);
      if (path != request.from_path && rubric::peek_header(input).id == request.id) {
        found.status = found.status == rubric::BaseFound::Status::found ? rubric::BaseFound::Status::ambiguous
                                                                         : rubric::BaseFound::Status::found;
        found.places.push_back(path);
        found.path = path;
        found.bytes = text;
      }
      found.known.push_back(rubric::peek_header(input).id);
    }
    return found;
  };
  return options;
}

// Loads `path` of `files` with the others as possible bases.
rubric::LoadResult load(const Files& files, const std::string& path) {
  return rubric::load_from_bytes(path, files.at(path), over(files));
}

// Every diagnostic as "path:line:col code message", each note below it as
// "  note path:line:col code message | hint".
std::string rendered(const rubric::LoadResult& result) {
  std::string out;
  for (const diag::Diagnostic& d : result.diagnostics) {
    out += d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message +
           "\n";
    for (const diag::Diagnostic& note : d.notes) {
      out += "  note " + note.path + ":" + std::to_string(note.line) + ":" + std::to_string(note.column) + " " +
             note.code + " " + note.message + " | " + note.hint + "\n";
    }
  }
  return out;
}

// A base of two categories: 1 (items, declared 6) and 2 (clauses), total 10.
const std::string k_base =
    "schema: cepin/rubric/1\n"                                                                    // 1
    "id: base\n"                                                                                  // 2
    "title: 基础\n"                                                                               // 3
    "version: \"1\"\n"                                                                            // 4
    "total: 10\n"                                                                                 // 5
    "threshold: 6\n"                                                                              // 6
    "categories:\n"                                                                               // 7
    "  - id: \"1\"\n"                                                                             // 8
    "    title: 甲\n"                                                                             // 9
    "    points: 6\n"                                                                             // 10
    "    items:\n"                                                                                // 11
    "      - id: \"1.1\"\n"                                                                       // 12
    "        title: 子\n"                                                                         // 13
    "        points: 6\n"                                                                         // 14
    "        clauses:\n"                                                                          // 15
    "          - {id: \"1.1.1\", text: 条一, points: 4, rule: {type: levels, levels: {好: 4, 中: 2}}}\n"  // 16
    "          - {id: \"1.1.2\", text: 条二, points: 2, rule: check}\n"                             // 17
    "  - id: \"2\"\n"                                                                             // 18
    "    title: 乙\n"                                                                             // 19
    "    clauses:\n"                                                                              // 20
    "      - {id: \"2.1\", text: 条三, points: 4, rule: manual}\n"                                // 21
    "adjustments:\n"                                                                              // 22
    "  - {id: award, kind: bonus, text: 表彰, per: 1, cap: 2}\n"                                  // 23
    "  - {id: warned, kind: penalty, text: 通报, per: 1}\n";                                      // 24

const std::string k_head = "schema: cepin/rubric/1\nid: derived\nextends: base\n";

Files with_base(const std::string& derived) { return Files{{"base.yaml", k_base}, {"derived.yaml", k_head + derived}}; }

}  // namespace

TEST_SUITE("rubric::merge") {
  TEST_CASE("what cannot be merged is reported in the file that says it, naming the other file") {
    const std::pair<const char*, const char*> cases[] = {
        {"remove: 2.1\n", "derived.yaml:4:9 wrong-type `remove` must be a list of ids, not a text\n"},
        {"remove: [[\"2.1\"]]\n", "derived.yaml:4:10 wrong-type each entry of `remove` must be an id, not a list\n"},
        {"remove: null\ntitle: 派生\n", ""},
        {"precision: 0.1\n", ""},
        {"adjustments:\n  - {id: \"1.1\", kind: bonus, text: 冲突, per: 1}\n",
         "derived.yaml:5:6 duplicate-id id `1.1` is already used in the base by item 1.1\n"},
        {"prerequisites:\n  - {id: award, text: 冲突}\n",
         "base.yaml:23:6 duplicate-id the id `award` is already used at derived.yaml:5:6\n"
         "  note derived.yaml:5:6 duplicate-id caused by this change of the extending rubric | change it in the "
         "extending file, or restate the base's value there\n"},
        {"categories:\n  - {id: \"2\", title: 乙乙}\n  - {id: \"2\", title: 又乙}\n",
         "derived.yaml:6:6 duplicate-id the id `2` is already used at base.yaml:18:5\n"
         "derived.yaml:6:6 missing-key category 2 has no `items` or `clauses`\n"},
        {"adjustments: {id: award}\n",
         "derived.yaml:4:14 wrong-type `adjustments` must be a list of adjustment entries, not a map\n"},
        {"categories:\n  - 1\n  - {title: 无号}\n",
         "derived.yaml:5:5 wrong-type each category must be a map of keys, not a text\n"
         "derived.yaml:6:6 missing-key a category has no `id`\n"
         "derived.yaml:6:6 missing-key category ? has no `items` or `clauses`\n"},
        {"[1]: 2\n", "derived.yaml:4:1 wrong-type a key must be a text, not a list\n"},
    };
    for (const auto& [body, expected] : cases) {
      CAPTURE(std::string(body));
      CHECK(rendered(load(with_base(body), "derived.yaml")) == expected);
    }
  }

  TEST_CASE("top-level scalars replace the base's, and `key: null` deletes") {
    auto result = load(with_base("title: 派生\nversion: null\nthreshold: 7\n"), "derived.yaml");
    REQUIRE_MESSAGE(static_cast<bool>(result.rubric), rendered(result));
    CHECK(result.rubric->title == "派生");
    CHECK_FALSE(result.rubric->version.has_value());
    CHECK(result.rubric->threshold.to_string() == "7");
    CHECK(result.rubric->total.to_string() == "10");
    CHECK(result.rubric->extends == std::vector<std::string>{"base"});
    REQUIRE(static_cast<bool>(result.rubric->base));
    CHECK(result.rubric->base->id == "base");
    CHECK(result.rubric->clause_count() == 3);
  }

  TEST_CASE("null on a required key is missing-key at the extending file's key") {
    auto result = load(with_base("title: null\n"), "derived.yaml");
    CHECK(rendered(result) == "derived.yaml:4:1 missing-key `title` of the rubric is empty\n");
  }

  TEST_CASE("lists merge by id: keys replace the base's, `rule` whole, new ids are appended") {
    auto result = load(with_base("total: 13\n"
                                 "categories:\n"
                                 "  - id: \"1\"\n"
                                 "    points: 9\n"
                                 "    items:\n"
                                 "      - id: \"1.1\"\n"
                                 "        points: 9\n"
                                 "        clauses:\n"
                                 "          - {id: \"1.1.1\", rule: {type: manual, step: 0.5}}\n"
                                 "          - {id: \"1.1.3\", text: 条新, points: 3, rule: check}\n"
                                 "adjustments:\n"
                                 "  - {id: warned, per: 2}\n"
                                 "  - {id: award, cap: null}\n"
                                 "  - {id: praised, kind: bonus, text: 新加分, per: 0.5, cap: 1}\n"),
                       "derived.yaml");
    REQUIRE_MESSAGE(static_cast<bool>(result.rubric), rendered(result));
    const rubric::Rubric& r = *result.rubric;
    const rubric::Clause* replaced = r.find_clause("1.1.1");
    REQUIRE(replaced != nullptr);
    CHECK(replaced->rule.type == rubric::RuleType::manual);
    CHECK(replaced->rule.levels.empty());  // the base's levels went with its rule
    CHECK(replaced->rule.manual_step->to_string() == "0.5");
    CHECK(replaced->text == "条一");  // unchanged keys stay
    const rubric::Node& item = r.categories.at(0).items.at(0);
    REQUIRE(item.clauses.size() == 3);
    CHECK(item.clauses.at(2).id == "1.1.3");
    CHECK(item.full_marks.to_string() == "9");
    REQUIRE(r.adjustments.size() == 3);
    CHECK(r.adjustments.at(0).id == "award");
    CHECK_FALSE(r.adjustments.at(0).cap.has_value());
    CHECK(r.adjustments.at(1).per.to_string() == "2");
    CHECK(r.adjustments.at(2).id == "praised");
  }

  TEST_CASE("remove drops ids with their subtrees; a removed id may come back elsewhere") {
    auto result = load(with_base("remove: [\"1.1\", warned]\n"
                                 "categories:\n"
                                 "  - id: \"1\"\n"
                                 "    items:\n"
                                 "      - id: \"1.2\"\n"
                                 "        title: 新项\n"
                                 "        points: 6\n"
                                 "        clauses:\n"
                                 "          - {id: \"1.2.1\", text: 条四, points: 6, rule: check}\n"
                                 "  - id: \"2\"\n"
                                 "    clauses:\n"
                                 "      - {id: \"1.1.2\", text: 移来的条, points: 2, rule: check}\n"
                                 "total: 12\n"),
                       "derived.yaml");
    REQUIRE_MESSAGE(static_cast<bool>(result.rubric), rendered(result));
    const rubric::Rubric& r = *result.rubric;
    CHECK(r.find_clause("1.1.1") == nullptr);
    CHECK(r.find_node("1.1") == nullptr);
    REQUIRE(r.find_clause("1.1.2") != nullptr);
    CHECK(r.find_clause("1.1.2")->text == "移来的条");
    CHECK(r.categories.at(1).clauses.size() == 2);
    CHECK(r.find_adjustment("warned") == nullptr);
    CHECK(r.total.to_string() == "12");
  }

  TEST_CASE("a changed clause breaks the base's subtotals and total: located in the base, with notes") {
    auto result = load(with_base("categories:\n"
                                 "  - id: \"1\"\n"
                                 "    items:\n"
                                 "      - id: \"1.1\"\n"
                                 "        clauses:\n"
                                 "          - {id: \"1.1.2\", points: 3}\n"),
                       "derived.yaml");
    CHECK_FALSE(static_cast<bool>(result.rubric));
    CHECK(rendered(result) ==
          "base.yaml:5:1 total-mismatch the categories sum to 11, but `total` is 10\n"
          "  note derived.yaml:9:27 total-mismatch caused by this change of the extending rubric | restate `total: "
          "11` in the extending file\n"
          "base.yaml:10:5 subtotal-mismatch the items of 1 sum to 7, but it declares 6\n"
          "  note derived.yaml:9:27 subtotal-mismatch caused by this change of the extending rubric | restate the "
          "subtotal in the extending file: `points: 7` for category 1\n"
          "base.yaml:14:9 subtotal-mismatch the clauses of 1.1 sum to 7, but it declares 6\n"
          "  note derived.yaml:9:27 subtotal-mismatch caused by this change of the extending rubric | restate the "
          "subtotal in the extending file: `points: 7` for item 1.1\n");
  }

  TEST_CASE("diagnostics come in file order: the extending file's first, then the base's") {
    auto result = load(with_base("threshold: x\n"
                                 "categories:\n"
                                 "  - id: \"2\"\n"
                                 "    clauses:\n"
                                 "      - {id: \"2.1\", points: 5}\n"),
                       "derived.yaml");
    CHECK(rendered(result) ==
          "derived.yaml:4:12 bad-decimal `x` is not a decimal\n"
          "base.yaml:5:1 total-mismatch the categories sum to 11, but `total` is 10\n"
          "  note derived.yaml:8:21 total-mismatch caused by this change of the extending rubric | restate `total: "
          "11` in the extending file\n");
  }

  TEST_CASE("a rule that no longer reaches the clause's new points is reported in the base, with a note") {
    auto result = load(with_base("total: 11\n"
                                 "categories:\n"
                                 "  - id: \"1\"\n"
                                 "    points: 7\n"
                                 "    items:\n"
                                 "      - id: \"1.1\"\n"
                                 "        points: 7\n"
                                 "        clauses:\n"
                                 "          - {id: \"1.1.1\", points: 5}\n"),
                       "derived.yaml");
    CHECK(rendered(result) ==
          "base.yaml:16:69 unreachable-full-marks the best level earns at most 4, below the 5 points of clause "
          "1.1.1\n"
          "  note derived.yaml:12:27 unreachable-full-marks caused by this change of the extending rubric | change "
          "it in the extending file, or restate the base's value there\n");
  }

  TEST_CASE("extends-moved: an id the base still has under another parent") {
    auto result = load(with_base("categories:\n"
                                 "  - id: \"2\"\n"
                                 "    clauses:\n"
                                 "      - {id: \"1.1.2\", text: 移来的条, points: 2, rule: check}\n"),
                       "derived.yaml");
    CHECK(rendered(result) ==
          "derived.yaml:7:10 extends-moved clause 1.1.2 is under `1.1` in the base; naming it here does not move "
          "it\n");
    CHECK(result.diagnostics.at(0).hint == "to move it, add \"1.1.2\" to `remove` and write it here in full");
  }

  TEST_CASE("extends-shape: a clause list cannot replace an item list") {
    auto result = load(with_base("categories:\n"
                                 "  - id: \"1\"\n"
                                 "    clauses:\n"
                                 "      - {id: \"1.9\", text: 条, points: 1, rule: check}\n"),
                       "derived.yaml");
    CHECK(rendered(result) ==
          "derived.yaml:6:5 extends-shape category 1 lists items in the base; `clauses` cannot take their place "
          "here\n");
  }

  TEST_CASE("remove naming an id the base lacks is unknown-id with \"did you mean\"") {
    auto result = load(with_base("remove: [\"3.1\", awards]\n"), "derived.yaml");
    CHECK(rendered(result) ==
          "derived.yaml:4:10 unknown-id `remove` names `3.1`, which the base rubric does not have\n"
          "derived.yaml:4:17 unknown-id `remove` names `awards`, which the base rubric does not have\n");
    CHECK(result.diagnostics.at(1).hint == "did you mean `award`?");
  }

  TEST_CASE("`remove` without `extends` is not allowed") {
    auto result = rubric::load_from_bytes("t.yaml", "schema: cepin/rubric/1\nid: t\nremove: [a]\n");
    CHECK(rendered(result).find("t.yaml:3:1 key-not-allowed `remove` is only allowed with `extends`\n") !=
          std::string::npos);
  }

  TEST_CASE("a chain: the nearest base first in `extends`, diagnostics by file then line") {
    Files files = with_base("title: 派生\n");
    files["top.yaml"] = "schema: cepin/rubric/1\nid: top\nextends: derived\ntotal: 10\n";
    auto result = load(files, "top.yaml");
    REQUIRE_MESSAGE(static_cast<bool>(result.rubric), rendered(result));
    CHECK(result.rubric->extends == std::vector<std::string>{"derived", "base"});
    CHECK(result.rubric->title == "派生");
    CHECK(result.rubric->base->base->id == "base");

    files["top.yaml"] = "schema: cepin/rubric/1\nid: top\nextends: derived\nthreshold: 13\n";
    CHECK(rendered(load(files, "top.yaml")) == "top.yaml:4:1 threshold-too-high `threshold` is 13, above `total` 10 "
                                               "plus at most 2 of bonuses\n");
  }

  TEST_CASE("extends-cycle names every file of the cycle, at the input's `extends`") {
    Files files{{"a.yaml", "schema: cepin/rubric/1\nid: a\nextends: b\n"},
                {"b.yaml", "schema: cepin/rubric/1\nid: b\nextends: c\n"},
                {"c.yaml", "schema: cepin/rubric/1\nid: c\nextends: a\n"}};
    auto result = load(files, "a.yaml");
    CHECK(rendered(result) ==
          "a.yaml:3:10 extends-cycle the rubrics extend each other in a cycle: a.yaml → b.yaml → c.yaml → a.yaml\n");
    CHECK(result.diagnostics.at(0).hint == "one of them must not extend the others");
    // A file is never its own base: the resolver passes over it.
    files["d.yaml"] = "schema: cepin/rubric/1\nid: d\nextends: d\n";
    CHECK(rendered(load(files, "d.yaml")) == "d.yaml:3:10 unknown-rubric no rubric has the id `d` to extend\n");
  }

  TEST_CASE("unknown-rubric for a base, with \"did you mean\"") {
    Files files{{"base.yaml", k_base}, {"derived.yaml", "schema: cepin/rubric/1\nid: derived\nextends: bas\n"}};
    auto result = load(files, "derived.yaml");
    CHECK(rendered(result) == "derived.yaml:3:10 unknown-rubric no rubric has the id `bas` to extend\n");
    CHECK(result.diagnostics.at(0).hint == "did you mean `base`?");
  }

  TEST_CASE("id@version pins the base's version") {
    auto result = load(Files{{"base.yaml", k_base},
                             {"derived.yaml", "schema: cepin/rubric/1\nid: derived\nextends: base@2\n"}},
                       "derived.yaml");
    CHECK(rendered(result) == "derived.yaml:3:10 extends-version the base rubric `base` is version 1, not 2\n");
    auto pinned = load(Files{{"base.yaml", k_base},
                             {"derived.yaml", "schema: cepin/rubric/1\nid: derived\nextends: base@1\n"}},
                       "derived.yaml");
    CHECK(rendered(pinned) == "");
  }

  TEST_CASE("a bad reference, an invalid base, an ambiguous one") {
    CHECK(rendered(load(Files{{"d.yaml", "schema: cepin/rubric/1\nid: d\nextends: [a]\n"}}, "d.yaml")) ==
          "d.yaml:3:10 wrong-type `extends` must be a rubric id, not a list\n");
    CHECK(rendered(load(Files{{"d.yaml", "schema: cepin/rubric/1\nid: d\nextends: Base@\n"}}, "d.yaml")) ==
          "d.yaml:3:10 bad-rubric-ref `extends` must name a rubric, not `Base@`\n");
    Files broken{{"base.yaml", "schema: cepin/rubric/1\nid: base\n"},
                 {"d.yaml", "schema: cepin/rubric/1\nid: d\nextends: base\n"}};
    CHECK(rendered(load(broken, "d.yaml")) == "d.yaml:3:10 invalid-rubric the base rubric `base` (base.yaml) is not valid\n");
    Files twice{{"a/base.yaml", k_base}, {"b/base.yaml", k_base}, {"d.yaml", "schema: cepin/rubric/1\nid: d\nextends: base\n"}};
    CHECK(rendered(load(twice, "d.yaml")) ==
          "d.yaml:3:10 ambiguous-rubric the base rubric id `base` is defined more than once: a/base.yaml, b/base.yaml\n");
  }

  TEST_CASE("extends-depth: a chain of more than 8 bases") {
    Files files;
    for (int i = 0; i <= 9; ++i) {
      std::string text = "schema: cepin/rubric/1\nid: r" + std::to_string(i) + "\n";
      text += i < 9 ? "extends: r" + std::to_string(i + 1) + "\n" : k_base.substr(k_base.find("title:"));
      files["r" + std::to_string(i) + ".yaml"] = text;
    }
    auto eight = load(files, "r1.yaml");  // r1 → r2 … r9: 8 bases
    CHECK_MESSAGE(static_cast<bool>(eight.rubric), rendered(eight));
    auto nine = load(files, "r0.yaml");
    CHECK(rendered(nine) ==
          "r0.yaml:3:10 extends-depth the chain of bases is longer than 8: r0.yaml → r1.yaml → r2.yaml → r3.yaml → "
          "r4.yaml → r5.yaml → r6.yaml → r7.yaml → r8.yaml → r9\n");
  }
}
