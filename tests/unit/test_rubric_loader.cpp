#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "rubric/loader.hpp"

using namespace cepin;
using util::Decimal;

namespace {

Decimal dec(const char* text) { return *util::parse_decimal(text).value; }

// A rubric with one category "1" holding `clause_body` as the clause "1.1"
// worth `points` (the header takes 6 lines; the clause's `id` is on line 10).
std::string with_clause(const std::string& clause_body, const std::string& points = "10",
                        const std::string& extra = "") {
  return "schema: cepin/rubric/1\nid: t\ntitle: 测试\ntotal: " + points + "\nthreshold: 1\n" + extra +
         "categories:\n  - id: \"1\"\n    title: 甲\n    clauses:\n      - id: \"1.1\"\n        text: 条\n"
         "        points: " + points + "\n" + clause_body;
}

std::vector<std::string> diagnostics_of(const rubric::LoadResult& result) {
  std::vector<std::string> out;
  for (const auto& d : result.diagnostics) {
    out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message);
  }
  return out;
}

// The single diagnostic of loading `text` ("" when none, "many" when more).
std::string only(const std::string& text) {
  auto result = rubric::load_from_bytes("t.yaml", text);
  auto all = diagnostics_of(result);
  if (all.empty()) {
    return "";
  }
  if (all.size() > 1) {
    std::string joined = "many:";
    for (const auto& d : all) {
      joined += " | " + d;
    }
    return joined;
  }
  return all.front();
}

const rubric::Rule& rule_of(const std::string& text) {
  static std::shared_ptr<const rubric::Rubric> keep;
  auto result = rubric::load_from_bytes("t.yaml", text);
  INFO(only(text));
  REQUIRE(static_cast<bool>(result.rubric));
  keep = result.rubric;
  return keep->categories.at(0).clauses.at(0).rule;
}

}  // namespace

TEST_SUITE("rubric::load") {
  TEST_CASE("rule parameters of the wrong shape, each located with the shape wanted") {
    CHECK(only(with_clause("        rule: {type: check}\n")) == "");
    const std::pair<const char*, const char*> cases[] = {
        {"        rule: {type: levels, levels: {}}\n", "13:38 empty-node `levels` lists no level"},
        {"        rule: {type: levels, levels: [a, b]}\n",
         "13:38 wrong-type `levels` must be a map of level → points, not a list"},
        {"        rule: {type: levels, levels: {[a]: 1}}\n", "13:39 wrong-type a level's label must be a text"},
        {"        rule: {type: levels, levels: {好: [1]}}\n", "13:42 wrong-type `好` must be a number, not a list"},
        {"        rule: {type: checklist, elements: []}\n", "13:43 empty-node `elements` lists no element"},
        {"        rule: {type: checklist, elements: 甲}\n",
         "13:43 wrong-type `elements` must be a list of elements, not a text"},
        {"        rule: {type: checklist, elements: [甲, {label: 乙, points: 5}]}\n",
         "13:47 wrong-type this element must be a label like the first"},
        {"        rule: {type: checklist, elements: [{label: 甲, points: 5}, 乙]}\n",
         "13:67 wrong-type this element must be a map `{label: …, points: …}` like the first"},
        {"        rule: {type: chekc}\n", "13:22 bad-value unknown rule type `chekc`"},
    };
    for (const auto& [body, expected] : cases) {
      CAPTURE(std::string(body));
      CHECK(only(with_clause(body)) == expected);
    }
    auto hint_of = [](const std::string& body) {
      auto result = rubric::load_from_bytes("t.yaml", with_clause(body));
      REQUIRE(result.diagnostics.size() == 1);
      return result.diagnostics[0].hint;
    };
    CHECK(hint_of("        rule: {type: chekc}\n") == "did you mean `check`?");
    const std::string all_types =
        "rule types are check, levels, tiers, linear, shortfall, deduct, count, checklist and manual";
    CHECK(hint_of("        rule: {type: qqqqqqqqqq}\n") == all_types);
    CHECK(hint_of("        rule: qqqqqqqqqq\n") == all_types);
    CHECK(only(with_clause("        rule: qqqqqqqqqq\n")) == "13:15 bad-value unknown rule type `qqqqqqqqqq`");
  }
  TEST_CASE("a minimal rubric") {
    auto result = rubric::load_from_bytes("m.yaml", with_clause("        rule: check\n"));
    REQUIRE(static_cast<bool>(result.rubric));
    CHECK(result.diagnostics.empty());
    const rubric::Rubric& r = *result.rubric;
    CHECK(r.path == "m.yaml");
    CHECK(r.id == "t");
    CHECK(r.title == "测试");
    CHECK(r.lang == "zh");
    CHECK(r.total == dec("10"));
    CHECK(r.threshold == dec("1"));
    CHECK(r.precision_digits == 2);
    CHECK_FALSE(r.version);
    CHECK(r.categories.at(0).full_marks == dec("10"));
    REQUIRE(r.find_clause("1.1"));
    CHECK(r.find_clause("1.1")->position.line == 10);
    CHECK(r.find_clause("1.1")->position.column == 9);
    CHECK(r.find_clause("1.1")->rule.type == rubric::RuleType::check);
  }

  TEST_CASE("top-level keys with a decimal precision") {
    std::string text =
        "schema: cepin/rubric/1\nid: t.2_x-y\ntitle: 测试\nversion: \"2020\"\ntotal: 10\nthreshold: 12\n"
        "lang: en\napplies_to: [county]\nprecision: 0.1\nnormalize: true\nevidence_policy: zero\n"
        "bonus_cap: 5\npenalty_cap: 10\nvalidity_years: 5\n"
        "grades:\n  - {min: 9.5, label: 优秀}\n  - {min: 0, label: 未达标}\n"
        "prerequisites:\n  - {id: p, text: 省级, evidence: {min: 2, kinds: [.PDF, docx]}}\n"
        "categories:\n  - {id: a, title: 甲, clauses: [{id: a.1, text: 条, points: 10, rule: check}]}\n"
        "adjustments:\n  - {id: b, kind: bonus, text: 奖, per: 2, cap: 4, evidence: 1}\n"
        "  - {id: c, kind: penalty, text: 罚, per: 1}\n  - {id: v, kind: veto, text: 否}\n";
    auto result = rubric::load_from_bytes("t.yaml", text);
    CHECK(diagnostics_of(result).empty());
    REQUIRE(static_cast<bool>(result.rubric));
    const rubric::Rubric& r = *result.rubric;
    CHECK(r.id == "t.2_x-y");
    CHECK(r.version == std::optional<std::string>("2020"));
    CHECK(r.precision_digits == 1);
    CHECK(r.precision() == dec("0.1"));
    CHECK(r.normalize);
    CHECK(r.evidence_policy == rubric::EvidencePolicy::zero);
    CHECK(r.bonus_cap == std::optional<Decimal>(dec("5")));
    CHECK(r.penalty_cap == std::optional<Decimal>(dec("10")));
    CHECK(r.validity_years == std::optional<int>(5));
    REQUIRE(r.grades.size() == 2);
    CHECK(r.grades[0].min == dec("9.5"));
    CHECK(r.grades[0].label == "优秀");
    REQUIRE(r.prerequisites.size() == 1);
    CHECK(r.prerequisites[0].evidence.min_items == 2);
    CHECK(r.prerequisites[0].evidence.kinds == std::vector<std::string>{"pdf", "docx"});
    REQUIRE(r.adjustments.size() == 3);
    CHECK(r.adjustments[0].kind == rubric::AdjustmentKind::bonus);
    CHECK(r.adjustments[0].per == dec("2"));
    CHECK(r.adjustments[0].cap == std::optional<Decimal>(dec("4")));
    CHECK(r.adjustments[0].evidence.min_items == 1);
    CHECK(r.adjustments[1].kind == rubric::AdjustmentKind::penalty);
    CHECK_FALSE(r.adjustments[1].cap);
    CHECK(r.adjustments[2].kind == rubric::AdjustmentKind::veto);
    CHECK(r.find_adjustment("v"));
    CHECK(r.find_prerequisite("p"));
    CHECK(r.all_ids() == std::vector<std::string>{"a", "a.1", "b", "c", "v", "p"});
  }

  TEST_CASE("clause fields") {
    auto result = rubric::load_from_bytes(
        "t.yaml", with_clause("        rule: check\n        methods: [documents, 听取汇报, 实地察看, 满意度测评, 个别访谈, "
                              "测试, 日常掌握, report]\n        evidence: 3\n        optional: true\n"
                              "        veto: true\n"));
    REQUIRE(static_cast<bool>(result.rubric));
    const rubric::Clause& clause = *result.rubric->find_clause("1.1");
    using M = rubric::Method;
    CHECK(clause.methods ==
          std::vector<M>{M::documents, M::report, M::inspection, M::survey, M::interview, M::quiz, M::monitoring});
    CHECK(clause.evidence.min_items == 3);
    CHECK(clause.optional);
    CHECK(clause.veto);
  }

  TEST_CASE("every rule type") {
    using T = rubric::RuleType;
    SUBCASE("manual") {
      const auto& r = rule_of(with_clause("        rule: manual\n"));
      CHECK(r.type == T::manual);
      CHECK_FALSE(r.manual_step);
      CHECK(rule_of(with_clause("        rule: {type: manual, step: 0.5}\n")).manual_step ==
            std::optional<Decimal>(dec("0.5")));
    }
    SUBCASE("levels") {
      const auto& r = rule_of(with_clause("        rule: {type: levels, levels: {好: 10, 中: 6.5, 差: 0}}\n"));
      CHECK(r.type == T::levels);
      REQUIRE(r.levels.size() == 3);
      CHECK(r.levels[1].label == "中");
      CHECK(r.levels[1].points == dec("6.5"));
    }
    SUBCASE("tiers, min") {
      const auto& r =
          rule_of(with_clause("        rule: {type: tiers, tiers: [{min: 95%, points: 10}, {min: 90, points: 10}, "
                              "{min: 80.5, points: 3}]}\n"));
      CHECK(r.type == T::tiers);
      CHECK(r.tier_kind == rubric::TierKind::min);
      REQUIRE(r.tiers.size() == 3);
      CHECK(r.tiers[0].bound == dec("95"));
      CHECK(r.tiers[2].bound == dec("80.5"));
      CHECK(r.tiers[2].points == dec("3"));
    }
    SUBCASE("tiers, max") {
      const auto& r = rule_of(with_clause("        rule: {type: tiers, tiers: [{max: 3, points: 10}, {max: 7, points: 4}]}\n"));
      CHECK(r.tier_kind == rubric::TierKind::max);
      CHECK(r.tiers[1].bound == dec("7"));
    }
    SUBCASE("linear") {
      const auto& r = rule_of(with_clause("        rule: {type: linear, from: 100%, to: 60}\n"));
      CHECK(r.type == T::linear);
      CHECK(r.from == dec("100"));
      CHECK(r.to == dec("60"));
    }
    SUBCASE("shortfall") {
      const auto& r = rule_of(with_clause("        rule: {type: shortfall, target: 90%, per: 0.2}\n"));
      CHECK(r.type == T::shortfall);
      CHECK(r.target == dec("90"));
      CHECK(r.per == dec("0.2"));
      CHECK(r.step == dec("1"));
      CHECK_FALSE(r.whole_steps);
      const auto& w = rule_of(with_clause("        rule: {type: shortfall, target: 90, per: 0.5, step: 2%, whole_steps: true}\n"));
      CHECK(w.step == dec("2"));
      CHECK(w.whole_steps);
    }
    SUBCASE("deduct") {
      const auto& r = rule_of(with_clause("        rule: {type: deduct, per: 0.5}\n"));
      CHECK(r.type == T::deduct);
      CHECK(r.per == dec("0.5"));
      CHECK(r.floor == dec("0"));
      CHECK(rule_of(with_clause("        rule: {type: deduct, per: 1, floor: 2}\n")).floor == dec("2"));
    }
    SUBCASE("count") {
      const auto& r = rule_of(with_clause("        rule: {type: count, per: 0.5}\n"));
      CHECK(r.type == T::count);
      CHECK(r.per == dec("0.5"));
    }
    SUBCASE("checklist, equal shares") {
      const auto& r = rule_of(with_clause("        rule: {type: checklist, elements: [计划, 方案, 总结]}\n"));
      CHECK(r.type == T::checklist);
      CHECK_FALSE(r.weighted);
      REQUIRE(r.elements.size() == 3);
      CHECK(r.elements[2].label == "总结");
      CHECK_FALSE(r.elements[2].points);
      CHECK(r.tiers.empty());
    }
    SUBCASE("checklist, weighted") {
      const auto& r = rule_of(with_clause(
          "        rule: {type: checklist, elements: [{label: 甲, points: 6}, {label: 乙, points: 6}]}\n"));
      CHECK(r.weighted);
      CHECK(r.elements[1].points == std::optional<Decimal>(dec("6")));
    }
    SUBCASE("checklist with tiers") {
      const auto& r = rule_of(with_clause(
          "        rule: {type: checklist, elements: [a, b, c, d, e], tiers: [{min: 5, points: 10}, {min: 4, points: 8}]}\n"));
      REQUIRE(r.tiers.size() == 2);
      CHECK(r.tiers[1].bound == dec("4"));
      CHECK(r.tiers[1].points == dec("8"));
    }
  }

  TEST_CASE("full marks with caps and subtotals") {
    std::string text =
        "schema: cepin/rubric/1\nid: t\ntitle: t\ntotal: 17\nthreshold: 10\ncategories:\n"
        "  - id: \"1\"\n    title: 甲\n    points: 12\n    items:\n"
        "      - id: \"1.1\"\n        title: 乙\n        points: 5\n        cap: 5\n        clauses:\n"
        "          - {id: \"1.1.1\", text: x, points: 3, rule: check}\n"
        "          - {id: \"1.1.2\", text: x, points: 3, rule: check}\n"
        "      - id: \"1.2\"\n        title: 丙\n        clauses:\n"
        "          - {id: \"1.2.1\", text: x, points: 7, rule: check}\n"
        "  - id: \"2\"\n    title: 丁\n    cap: 5\n    clauses:\n"
        "      - {id: \"2.1\", text: x, points: 4, rule: check}\n"
        "      - {id: \"2.2\", text: x, points: 4, rule: check}\n";
    auto result = rubric::load_from_bytes("t.yaml", text);
    CHECK(diagnostics_of(result).empty());
    REQUIRE(static_cast<bool>(result.rubric));
    const auto& cats = result.rubric->categories;
    CHECK(cats[0].items[0].full_marks == dec("5"));
    CHECK(cats[0].items[1].full_marks == dec("7"));
    CHECK(cats[0].full_marks == dec("12"));
    CHECK(cats[0].declared_points == std::optional<Decimal>(dec("12")));
    CHECK(cats[1].full_marks == dec("5"));
    CHECK(result.rubric->clause_count() == 5);
  }

  TEST_CASE("errors, one per code, with exact positions") {
    SUBCASE("unknown-key") {
      CHECK(only(with_clause("        rule: check\n        methdos: [report]\n")) ==
            "14:9 unknown-key unknown key `methdos` in clause 1.1");
    }
    SUBCASE("missing-key at the root, at a list entry's first key, at the key holding the map") {
      CHECK(only("schema: cepin/rubric/1\nid: t\ntotal: 1\nthreshold: 1\ncategories: [{id: a, title: a, clauses: "
                 "[{id: a.1, text: x, points: 1, rule: check}]}]\n") ==
            "1:1 missing-key the rubric has no `title`");
      CHECK(only(with_clause("")) == "10:9 missing-key clause 1.1 has no `rule`");
      CHECK(only(with_clause("        rule: {step: 1}\n")) == "13:9 missing-key the rule of clause 1.1 has no `type`");
    }
    SUBCASE("wrong-type") {
      CHECK(only(with_clause("        rule: check\n        optional: yes\n")) ==
            "14:19 wrong-type `optional` must be `true` or `false`, not a text");
      CHECK(only(with_clause("        rule: [check]\n")) ==
            "13:15 wrong-type `rule` must be a rule word (`check`, `manual`) or a map with `type`, not a list");
    }
    SUBCASE("bad-decimal") {
      CHECK(only(with_clause("        rule: {type: linear, from: 0, to: 1e2}\n")) ==
            "13:43 bad-decimal `1e2` is not a decimal");
    }
    SUBCASE("off-grid") {
      CHECK(only(with_clause("        rule: {type: manual, step: 0.005}\n")) ==
            "13:36 off-grid `step` is 0.005, not a multiple of the precision 0.01");
    }
    SUBCASE("bad-id and duplicate-id") {
      CHECK(only(with_clause("        rule: check\n        id: x\n")) == "14:9 duplicate-key duplicate key `id`");
      CHECK(only(with_clause("        rule: check\n", "10",
                             "prerequisites: [{id: \"1.1\", text: x}]\n")) ==
            "11:9 duplicate-id the id `1.1` is already used at 6:18");
      CHECK(only(with_clause("        rule: check\n").replace(0, 0, "")).empty());
    }
    SUBCASE("unknown-schema") {
      CHECK(only("schema: cepin/assessment/1\nrubric: x\n") ==
            "1:9 unknown-schema `cepin/assessment/1` is not a rubric schema");
      auto result = rubric::load_from_bytes("t.yaml", "schema: cepin/assessment/1\n");
      CHECK(result.diagnostics.at(0).hint == "this is an assessment: score it against a rubric with `cepin score`");
    }
    SUBCASE("bad-value") {
      CHECK(only(with_clause("        rule: levels\n")) == "13:15 bad-value a `levels` rule needs parameters");
      CHECK(only(with_clause("        rule: check\n        methods: [reports]\n")) ==
            "14:19 bad-value unknown method `reports`");
    }
    SUBCASE("tiers") {
      CHECK(only(with_clause("        rule: {type: tiers, tiers: [{min: 90, points: 10}, {min: 90, points: 5}]}\n")) ==
            "13:66 tiers-order tier `min: 90` is not below the tier before it (90)");
      CHECK(only(with_clause("        rule: {type: tiers, tiers: [{min: 90, points: 10}, {max: 80, points: 5}]}\n")) ==
            "13:61 tiers-mixed this tier uses `max` but the first uses `min`");
      CHECK(only(with_clause(
                "        rule: {type: tiers, tiers: [{min: 90, points: 10}, {min: 80, points: 5}, {min: 70, points: 6}]}\n")) ==
            "13:100 tiers-increasing this tier earns 6, more than the better tier before it (5)");
    }
    SUBCASE("points-above-clause and unreachable-full-marks") {
      CHECK(only(with_clause("        rule: {type: levels, levels: {好: 12, 差: 0}}\n")) ==
            "13:42 points-above-clause level `好` is worth 12, more than the 10 points of clause 1.1");
      CHECK(only(with_clause("        rule: {type: levels, levels: {好: 8, 差: 0}}\n")) ==
            "13:30 unreachable-full-marks the best level earns at most 8, below the 10 points of clause 1.1");
    }
    SUBCASE("per, from, step") {
      CHECK(only(with_clause("        rule: {type: count, per: -1}\n")) ==
            "13:34 per-not-positive `per` must be above 0, not -1");
      CHECK(only(with_clause("        rule: {type: linear, from: 1, to: 1}\n")) ==
            "13:43 from-equals-to `from` and `to` are both 1");
      CHECK(only(with_clause("        rule: {type: shortfall, target: 9, per: 1, step: 0}\n")) ==
            "13:58 step-not-positive `step` must be above 0, not 0");
    }
    SUBCASE("subtotal-mismatch, with the cap hint") {
      std::string text =
          "schema: cepin/rubric/1\nid: t\ntitle: t\ntotal: 16\nthreshold: 1\ncategories:\n"
          "  - id: \"1\"\n    title: a\n    items:\n      - id: \"1.2\"\n        title: b\n        points: 15\n"
          "        clauses:\n          - {id: \"1.2.1\", text: x, points: 10, rule: check}\n"
          "          - {id: \"1.2.2\", text: x, points: 6, rule: check}\n";
      auto result = rubric::load_from_bytes("t.yaml", text);
      REQUIRE(result.diagnostics.size() == 1);
      CHECK(diagnostics_of(result)[0] == "12:9 subtotal-mismatch the clauses of 1.2 sum to 16, but it declares 15");
      CHECK(result.diagnostics[0].hint == "add `cap: 15` if the item is capped");
    }
    SUBCASE("after a subtotal-mismatch, total and threshold are still checked") {
      const std::string text =
          "schema: cepin/rubric/1\nid: t\ntitle: t\ntotal: 11\nthreshold: 12\ncategories:\n"
          "  - id: \"1\"\n    title: a\n    points: 9\n    clauses:\n"
          "      - {id: \"1.1\", text: x, points: 6, rule: check}\n"
          "      - {id: \"1.2\", text: x, points: 4, rule: check}\n";
      CHECK(diagnostics_of(rubric::load_from_bytes("t.yaml", text)) ==
            std::vector<std::string>{"4:1 total-mismatch the categories sum to 10, but `total` is 11",
                                     "5:1 threshold-too-high `threshold` is 12, above `total` 11",
                                     "9:5 subtotal-mismatch the clauses of 1 sum to 10, but it declares 9"});
    }
    SUBCASE("a parent is checked against its children's computed full marks") {
      const std::string text =
          "schema: cepin/rubric/1\nid: t\ntitle: t\ntotal: 15\nthreshold: 1\ncategories:\n"
          "  - id: \"1\"\n    title: a\n    points: 15\n    items:\n"
          "      - id: \"1.2\"\n        title: b\n        points: 15\n"
          "        clauses:\n          - {id: \"1.2.1\", text: x, points: 10, rule: check}\n"
          "          - {id: \"1.2.2\", text: x, points: 6, rule: check}\n";
      CHECK(diagnostics_of(rubric::load_from_bytes("t.yaml", text)) ==
            std::vector<std::string>{"4:1 total-mismatch the categories sum to 16, but `total` is 15",
                                     "9:5 subtotal-mismatch the items of 1 sum to 16, but it declares 15",
                                     "13:9 subtotal-mismatch the clauses of 1.2 sum to 16, but it declares 15"});
    }
    SUBCASE("points that failed to parse still stop the checks above") {
      const std::string text =
          "schema: cepin/rubric/1\nid: t\ntitle: t\ntotal: 11\nthreshold: 1\ncategories:\n"
          "  - id: \"1\"\n    title: a\n    points: x\n    clauses:\n"
          "      - {id: \"1.1\", text: x, points: 10, rule: check}\n";
      CHECK(only(text) == "9:13 bad-decimal `x` is not a decimal");
    }
    SUBCASE("total-mismatch and threshold-too-high") {
      CHECK(only(with_clause("        rule: check\n").replace(with_clause("").find("total: 10"), 9, "total: 11")) ==
            "4:1 total-mismatch the categories sum to 10, but `total` is 11");
      std::string text = with_clause("        rule: check\n");
      text.replace(text.find("threshold: 1"), 12, "threshold: 11");
      CHECK(only(text) == "5:1 threshold-too-high `threshold` is 11, above `total` 10");
    }
    SUBCASE("no cascades") {
      // The clause's points failed, so neither the category nor `total` is checked.
      CHECK(only(with_clause("        rule: check\n").replace(with_clause("").rfind("points: 10"), 10, "points: x")) ==
            "12:17 bad-decimal `x` is not a decimal");
      // The rule is not checked against points that failed.
      CHECK(only(with_clause("        rule: {type: levels, levels: {好: 12}}\n", "10",
                             "").replace(with_clause("").rfind("points: 10"), 10, "points: -1")) ==
            "12:17 bad-value `points` must be above 0, not -1");
    }
    SUBCASE("adjustments") {
      std::string base = with_clause("        rule: check\n") + "adjustments:\n";
      CHECK(only(base + "  - {id: v, kind: veto, text: x, cap: 1}\n") ==
            "15:34 key-not-allowed a veto entry takes no `cap`");
      CHECK(only(base + "  - {id: v, text: x}\n") == "15:6 missing-key an adjustment has no `kind`");
      CHECK(only(base + "  - {id: v, kind: , text: x}\n") == "15:13 missing-key `kind` of an adjustment is empty");
      CHECK(only(base + "  - {id: b, kind: bonus, text: x, per: 0.001}\n") ==
            "15:40 off-grid `per` is 0.001, not a multiple of the precision 0.01");
    }
    SUBCASE("empty-node, duplicate-label, bad-precision, grades-order, cap-above-children") {
      CHECK(only(with_clause("        rule: {type: checklist, elements: []}\n")) ==
            "13:43 empty-node `elements` lists no element");
      CHECK(only(with_clause("        rule: {type: checklist, elements: [a, b, a]}\n")) ==
            "13:50 duplicate-label the element `a` is already listed at 13:44");
      CHECK(only(with_clause("        rule: check\n", "10", "precision: 0.2\n")) ==
            "6:12 bad-precision `precision` must be a power of ten from 1 to 0.000001, not 0.2");
      CHECK(only(with_clause("        rule: check\n", "10", "grades: [{min: 5, label: a}, {min: 6, label: b}]\n")) ==
            "6:36 grades-order grade `b` has `min` 6, not below the grade before it (5)");
      std::string capped = with_clause("        rule: check\n");
      capped.replace(capped.find("    clauses:"), 0, "    cap: 11\n");
      CHECK(only(capped) == "9:10 cap-above-children the cap 11 of category 1 is above the 10 its clauses sum to");
    }
    SUBCASE("unknown-key and unknown-schema hints") {
      auto result = rubric::load_from_bytes("t.yaml", with_clause("        rule: check\n", "10", "thresold: 1\n"));
      REQUIRE(result.diagnostics.size() == 1);
      CHECK(result.diagnostics[0].hint == "did you mean `threshold`?");
      result = rubric::load_from_bytes("t.yaml", "schema: cepin/rubirc/1\n");
      CHECK(result.diagnostics.at(0).hint == "did you mean `cepin/rubric/1`?");
    }
    SUBCASE("decimal-overflow") {
      std::string big = "9000000000000";
      std::string text =
          "schema: cepin/rubric/1\nid: t\ntitle: t\ntotal: 1\nthreshold: 1\ncategories:\n"
          "  - id: a\n    title: a\n    clauses:\n      - {id: a.1, text: x, points: " + big + ", rule: check}\n"
          "      - {id: a.2, text: x, points: " + big + ", rule: check}\n";
      CHECK(only(text) == "7:5 decimal-overflow the points of category a are too large to add up");
    }
  }

  TEST_CASE("never throws on odd documents") {
    CHECK(only("") == "1:1 empty-file the file is empty");
    CHECK(only("just text\n") == "1:1 wrong-type a rubric must be a map of keys, not a text");
    CHECK(only("schema: cepin/rubric/1\nid: t\ntitle: t\ntotal: 1\nthreshold: 1\ncategories: [1]\n") ==
          "6:14 wrong-type each category must be a map of keys, not a text");
  }
}

TEST_SUITE("rubric::peek_header") {
  TEST_CASE("reads schema and id without validating") {
    auto input = yaml::parse_input("t.yaml", "schema: cepin/rubric/1\nid: neac-county\nbogus: [\n");
    CHECK(rubric::peek_header(input).id.empty());
    auto good = yaml::parse_input("t.yaml", "id: neac-county\nschema: cepin/rubric/1\nbogus: 1\n");
    auto header = rubric::peek_header(good);
    CHECK(header.schema == "cepin/rubric/1");
    CHECK(header.id == "neac-county");
    CHECK(rubric::peek_header(yaml::parse_input("t.yaml", "- a\n")).schema.empty());
  }
}
