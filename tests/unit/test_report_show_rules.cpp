// `cepin show` for what the documents test's rubric lacks: section floors and
// best-k nodes, counts with a minimum, manual steps, equal-share checklists.
#include <doctest/doctest.h>

#include "report/show.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::show") {
  TEST_CASE("rule_in_words: the rest of the rules") {
    auto make = [](rubric::RuleType type) { return fixture::clause("x", "t", "4", type); };
    SUBCASE("count with a minimum") {
      auto c = make(rubric::RuleType::count);
      c.rule.per = fixture::dec("1");
      c.rule.min_count = 2;
      CHECK(rule_in_words(c, Lang::zh) == "每次得1，最高4；不少于2次，否则得0");
      CHECK(rule_in_words(c, Lang::en) == "1 each, up to 4; 0 below 2");
    }
    SUBCASE("manual with a step") {
      auto c = make(rubric::RuleType::manual);
      c.rule.manual_step = fixture::dec("0.5");
      CHECK(rule_in_words(c, Lang::zh) == "评估人员打分（步长0.5）");
      CHECK(rule_in_words(c, Lang::en) == "assessor's points (step 0.5)");
    }
    SUBCASE("checklist in equal shares, and weighted in English") {
      auto c = make(rubric::RuleType::checklist);
      c.rule.elements = {{"计划", {}}, {"方案", {}}, {"总结", {}}};
      CHECK(rule_in_words(c, Lang::zh) == "按要素均分：计划、方案、总结");
      CHECK(rule_in_words(c, Lang::en) == "equal shares: 计划, 方案, 总结");
      c.rule.weighted = true;
      c.rule.elements = {{"a", fixture::dec("1.5")}, {"b", fixture::dec("2.5")}};
      CHECK(rule_in_words(c, Lang::en) == "points per element: a 1.5, b 2.5");
    }
    SUBCASE("tiers, higher is better, with an optional veto clause") {
      auto c = make(rubric::RuleType::tiers);
      c.rule.tiers = {{fixture::dec("90"), fixture::dec("4")}};
      c.optional = true;
      c.veto = true;
      CHECK(rule_in_words(c, Lang::zh) == "≥90得4；否则得0；可不适用；一票否决");
      CHECK(rule_in_words(c, Lang::en) == "≥ 90: 4; otherwise 0; may be n/a; veto");
    }
    SUBCASE("shortfall counting part steps") {
      auto c = make(rubric::RuleType::shortfall);
      c.rule.target = fixture::dec("100");
      c.rule.step = fixture::dec("5");
      c.rule.per = fixture::dec("1");
      CHECK(rule_in_words(c, Lang::zh) == "达到100得满分，每低5扣1");
      CHECK(rule_in_words(c, Lang::en) == "full marks at 100 or above; 1 off per 5 short");
    }
  }

  TEST_CASE("a section floor and best-k count in the tree and the headings") {
    auto rubric = fixture::demo_rubric();
    rubric->categories[0].floor = fixture::dec("6");
    rubric->categories[0].best = 1;
    rubric->categories[0].items[1].floor = fixture::dec("2");
    SUBCASE("text") {
      std::string en = show_text(*rubric, Lang::en);
      CHECK(en.find("  1          10.00  党的领导 (floor 6.00) (best 1 count)\n") != std::string::npos);
      CHECK(en.find("    1.2       4.00  工作机制 (floor 2.00)\n") != std::string::npos);
      std::string zh = show_text(*rubric, Lang::zh);
      CHECK(zh.find("  1          10.00  党的领导 (底线 6.00) (取最高 1 项)\n") != std::string::npos);
    }
    SUBCASE("markdown") {
      std::string en = show_markdown(*rubric, Lang::en);
      CHECK(en.find("\n## 1 党的领导 (10.00; floor 6.00; best 1 count)\n") != std::string::npos);
      CHECK(en.find("\n### 1.2 工作机制 (4.00; floor 2.00)\n") != std::string::npos);
      CHECK(en.find("\n### 1.1 组织领导 (6.00)\n") != std::string::npos);
      std::string zh = show_markdown(*rubric, Lang::zh);
      CHECK(zh.find("\n## 1 党的领导 (10.00; 底线 6.00; 取最高 1 项)\n") != std::string::npos);
    }
  }

  TEST_CASE("evidence kinds and adjustment evidence in English markdown") {
    auto rubric = fixture::demo_rubric();
    rubric->adjustments[0].evidence = {1, {"pdf", "jpg"}};
    rubric->prerequisites[0].evidence = {2, {}};
    std::string en = show_markdown(*rubric, Lang::en);
    CHECK(en.find("| national-model | bonus | 全国模范集体 | 2.00 each, cap 4.00 | at least 1 (pdf, jpg) |\n") !=
          std::string::npos);
    CHECK(en.find("| provincial-title | 已获省级命名 | at least 2 |\n") != std::string::npos);
    CHECK(en.find("| 1.2.1 | 有计划、有方案 | 4.00 |  | at least 2 (pdf, docx) | equal shares: 计划, 方案 |\n") !=
          std::string::npos);
  }
}
