// A rubric's top-level keys of the wrong value: schema, precision, lang,
// evidence_policy, applies_to, bonus_cap; an adjustment's kind and per; and
// peek_header on what it cannot read.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "rubric/loader.hpp"

using namespace cepin;

namespace {

// A valid rubric with `extra` lines after `threshold` (line 6 on) and an
// adjustment `adjustment` (its own line, the file's last).
std::string rubric_with(const std::string& extra, const std::string& adjustment = "") {
  return "schema: cepin/rubric/1\nid: t\ntitle: 测试\ntotal: 4\nthreshold: 2\n" + extra +
         "categories:\n  - id: \"1\"\n    title: 甲\n    clauses:\n      - {id: \"1.1\", text: 条, points: 4, "
         "rule: check}\n" +
         (adjustment.empty() ? "" : "adjustments:\n  - " + adjustment + "\n");
}

// Every diagnostic as "line:col severity code message (hint)", one a line.
std::string shown(const std::string& text) {
  rubric::LoadResult result = rubric::load_from_bytes("t.yaml", text);
  std::string out;
  for (const diag::Diagnostic& d : result.diagnostics) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + diag::severity_name(d.severity) + " " +
           d.code + " " + d.message + (d.hint.empty() ? "" : " (" + d.hint + ")") + "\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("rubric header") {
  TEST_CASE("a schema close to the rubric schema, and one far from it") {
    CHECK(shown("schema: cepin/rubric/2\nid: t\n") ==
          "1:9 error unknown-schema `cepin/rubric/2` is not a rubric schema (did you mean `cepin/rubric/1`?)\n");
    CHECK(shown("schema: hello\nid: t\n") ==
          "1:9 error unknown-schema `hello` is not a rubric schema (a rubric starts with `schema: cepin/rubric/1`)\n");
  }

  TEST_CASE("choices: lang, evidence_policy and an adjustment's kind") {
    const std::pair<std::string, const char*> cases[] = {
        {rubric_with("lang: fr\n"), "6:7 error bad-value `lang` must be zh or en, not `fr` (use one of: zh, en)\n"},
        {rubric_with("lang: eng\n"), "6:7 error bad-value `lang` must be zh or en, not `eng` (did you mean `en`?)\n"},
        {rubric_with("evidence_policy: zeor\n"),
         "6:18 error bad-value `evidence_policy` must be warn or zero, not `zeor` (did you mean `zero`?)\n"},
        {rubric_with("", "{id: a, kind: bonsu, text: 奖, per: 1}"),
         "12:19 error bad-value `kind` must be bonus, penalty or veto, not `bonsu` (did you mean `bonus`?)\n"},
        {rubric_with("", "{id: a, kind: gift, text: 奖, per: 1}"),
         "12:19 error bad-value `kind` must be bonus, penalty or veto, not `gift` (use one of: bonus, penalty, "
         "veto)\n"},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      CHECK(shown(text) == expected);
    }
  }

  TEST_CASE("precision that is no decimal, no power of ten, or null") {
    CHECK(shown(rubric_with("precision: fine\n")) ==
          "6:12 error bad-decimal `fine` is not a decimal (a decimal looks like 90, 2.5 or -0.25)\n");
    CHECK(shown(rubric_with("precision: 0.5\n")) ==
          "6:12 error bad-precision `precision` must be a power of ten from 1 to 0.000001, not 0.5 (write 1, 0.1, "
          "0.01, … (the grid every score is rounded to))\n");
    CHECK(shown(rubric_with("precision: null\n")) == "");
    CHECK(shown(rubric_with("precision: 0.1\n", "{id: a, kind: penalty, text: 扣, per: 0.05}")) ==
          "13:42 error off-grid `per` is 0.05, not a multiple of the precision 0.1 (round it to 0.1, or set a finer "
          "`precision`)\n");
  }

  TEST_CASE("applies_to: kinds must be texts; 市 is noted as a prefecture") {
    CHECK(shown(rubric_with("applies_to: [county, [town]]\n")) ==
          "6:22 error wrong-type a unit kind must be a text, not a list\n");
    CHECK(shown(rubric_with("applies_to: county\n")) ==
          "6:13 error wrong-type `applies_to` must be a list of unit kinds, not a text\n");
    rubric::LoadResult result = rubric::load_from_bytes("t.yaml", rubric_with("applies_to: [市, 县]\n"));
    REQUIRE(static_cast<bool>(result.rubric));
    CHECK(result.rubric->applies_to == std::vector<std::string>{"prefecture", "county"});
    CHECK(shown(rubric_with("applies_to: [市, 县]\n")) ==
          "6:14 note ambiguous-unit-kind unit kind `市` is taken as `prefecture` (州(地、市、盟)); a county-level city is "
          "`county` (县(市、区、旗))\n");
  }

  TEST_CASE("a bonus_cap that cannot be read skips the threshold check") {
    CHECK(shown(rubric_with("bonus_cap: lots\n").replace(rubric_with("").find("threshold: 2"), 12, "threshold: 9")) ==
          "6:12 error bad-decimal `lots` is not a decimal (a decimal looks like 90, 2.5 or -0.25)\n");
  }

  TEST_CASE("peek_header reads schema and id only when they are texts") {
    auto peek = [](const std::string& text) {
      rubric::Header header = rubric::peek_header(yaml::parse_input("t.yaml", text));
      return header.schema + "|" + header.id;
    };
    CHECK(peek("schema: cepin/rubric/1\nid: t\n") == "cepin/rubric/1|t");
    CHECK(peek("schema: [x]\nid: {a: 1}\n") == "|");
    CHECK(peek("title: x\n") == "|");
    CHECK(peek("- schema\n") == "|");
    CHECK(peek("a: [\n") == "|");
  }
}
