// Answers in an assessment file of the wrong shape, for every rule type, and
// for checklists, adjustments and prerequisites written as maps.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <utility>

#include "assessment/loader.hpp"
#include "rubric/loader.hpp"

using namespace cepin;

namespace {

const rubric::Rubric& demo() {
  static std::shared_ptr<const rubric::Rubric> rubric = [] {
    rubric::LoadResult result = rubric::load_from_bytes(
        "demo.yaml",
        "schema: cepin/rubric/1\nid: demo\ntitle: 示例\ntotal: 36\nthreshold: 2\n"
        "prerequisites:\n  - {id: title, text: 省级}\n"
        "categories:\n  - id: \"1\"\n    title: 甲\n    clauses:\n"
        "      - {id: check, text: 条, points: 4, rule: check}\n"
        "      - {id: levels, text: 条, points: 4, rule: {type: levels, levels: {好: 4, 差: 0}}}\n"
        "      - {id: tiers, text: 条, points: 4, rule: {type: tiers, tiers: [{min: 90, points: 4}]}}\n"
        "      - {id: linear, text: 条, points: 4, rule: {type: linear, from: 0, to: 100}}\n"
        "      - {id: shortfall, text: 条, points: 4, rule: {type: shortfall, target: 90, per: 1}}\n"
        "      - {id: deduct, text: 条, points: 4, rule: {type: deduct, per: 1}}\n"
        "      - {id: count, text: 条, points: 4, rule: {type: count, per: 1}}\n"
        "      - {id: list, text: 条, points: 4, rule: {type: checklist, elements: [甲, 乙]}}\n"
        "      - {id: manual, text: 条, points: 4, rule: manual}\n"
        "adjustments:\n  - {id: bonus, kind: bonus, text: 奖, per: 1}\n  - {id: veto, kind: veto, text: 否}\n");
    INFO((result.diagnostics.empty() ? std::string() : result.diagnostics.front().message));
    REQUIRE(static_cast<bool>(result.rubric));
    return result.rubric;
  }();
  return *rubric;
}

// Every diagnostic of an assessment with `body` after its header (line 4 on)
// as "line:col code: message", one a line.
std::string shown(const std::string& body) {
  yaml::Input input =
      yaml::parse_input("a.yaml", "schema: cepin/assessment/1\nrubric: demo\nunit: {id: u1}\n" + body);
  assessment::LoadResult result = assessment::load(input, demo(), "a.yaml", ".");
  std::string out;
  for (const diag::Diagnostic& d : result.diagnostics) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + ": " + d.message + "\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("assessment answers") {
  TEST_CASE("a list where a rule takes one value names what the rule takes") {
    auto wrong = [](const char* at, const char* id, const char* takes) {
      return std::string(at) + " wrong-type: the answer to clause " + id + " must be " + takes + ", not a list\n";
    };
    const std::pair<const char*, std::string> cases[] = {
        {"responses: {check: [1]}\n", wrong("4:20", "check", "a boolean")},
        {"responses: {levels: [1]}\n", wrong("4:21", "levels", "a level label")},
        {"responses: {tiers: [1]}\n", wrong("4:20", "tiers", "a number")},
        {"responses: {linear: [1]}\n", wrong("4:21", "linear", "a number")},
        {"responses: {shortfall: [1]}\n", wrong("4:24", "shortfall", "a number")},
        {"responses: {deduct: [1]}\n", wrong("4:21", "deduct", "a whole number")},
        {"responses: {count: [1]}\n", wrong("4:20", "count", "a whole number")},
        {"responses: {manual: [1]}\n", wrong("4:21", "manual", "a number of points")},
        // A map is the full form: its keys are the rule's key, `evidence` and `note`.
        {"responses: {linear: {a: 1}}\n", "4:22 unknown-key: unknown key `a` in the response to clause linear\n"},
        {"responses: {list: {甲: true}}\n", "4:20 unknown-key: unknown key `甲` in the response to clause list\n"},
    };
    for (const auto& [body, expected] : cases) {
      CAPTURE(std::string(body));
      CHECK(shown(body) == expected);
    }
  }

  TEST_CASE("a checklist's labels: each a text, and under `met` each a boolean") {
    CHECK(shown("responses: {list: [甲, [乙]]}\n") == "4:23 wrong-type: an element label must be a text, not a list\n");
    CHECK(shown("responses: {list: {met: {甲: [true], 乙: 也许}}}\n") ==
          "4:29 wrong-type: `甲` must be a boolean, not a list\n"
          "4:40 bad-boolean: `也许` is not a boolean\n");
    CHECK(shown("responses: {list: {met: {甲: true, 乙: false}}}\n") == "");
    CHECK(shown("responses: {list: {met: {[甲]: true}}}\n") == "4:26 wrong-type: an id must be a text, not a list\n");
  }

  TEST_CASE("adjustments and prerequisites written as maps take a text value") {
    CHECK(shown("adjustments: {bonus: {count: [1]}}\n") ==
          "4:30 wrong-type: `count` must be a whole number, not a list\n");
    CHECK(shown("adjustments: {veto: {occurred: {a: 1}}}\n") ==
          "4:32 wrong-type: `occurred` must be a boolean, not a map\n");
    CHECK(shown("prerequisites: {title: {met: [yes]}}\n") ==
          "4:30 wrong-type: `met` must be a boolean, not a list\n");
    CHECK(shown("prerequisites: {title: {met: null}}\nadjustments: {bonus: {count: null}}\n") == "");
  }

  TEST_CASE("sections: null is empty; ids in the wrong section; keys that are no text") {
    CHECK(shown("responses: null\nadjustments: null\nprerequisites: null\n") == "");
    CHECK(shown("adjustments: {title: true}\n") == "4:15 unknown-adjustment: unknown adjustment `title`\n");
    CHECK(shown("responses: {[check]: true}\n") == "4:13 wrong-type: an id must be a text, not a list\n");
  }
}
