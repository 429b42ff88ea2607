#include <doctest/doctest.h>

#include "report/why.hpp"
#include "rubric/loader.hpp"
#include "scoring/engine.hpp"
#include "test_scoring_support.hpp"

using cepin::rubric::AdjustmentKind;
using cepin::rubric::RuleType;
using cepin::scoring::ClauseStatus;
using cepin::scoring::EvidenceStatus;
using cepin::scoring::ResponseValue;
using cepin::scoring::Verdict;
using namespace scoring_test;

namespace {

using Strings = std::vector<std::string>;

// A clause's why in SPEC §6's neutral grammar.
std::string en(const cepin::scoring::Why& why) { return cepin::report::why_text(why, cepin::report::Lang::en); }

// The SPEC's excerpt: 1.1 (capped at 5) holds a check and a manual clause, 1.2 a checklist of 8.
std::shared_ptr<rubric::Rubric> excerpt_rubric() {
  auto c111 = clause("1.1.1", "3", RuleType::check);
  c111.evidence.min_items = 1;
  auto c112 = clause("1.1.2", "3", RuleType::manual);
  auto c121 = clause("1.2.1", "10", RuleType::checklist);
  for (const char* label : {"计划", "方案", "部署", "专栏", "检查", "成效", "总结", "经费保障"}) {
    c121.rule.elements.push_back({label, std::nullopt});
  }
  return make_rubric({category("1", {node("1.1", {c111, c112}, d("5")), node("1.2", {c121})})},
                     "9");
}

// A rubric of `n` clauses worth `points` each, all in one category.
std::shared_ptr<rubric::Rubric> flat_rubric(int n, const char* points, const char* threshold) {
  std::vector<rubric::Clause> clauses;
  for (int i = 1; i <= n; ++i) {
    clauses.push_back(clause("c" + std::to_string(i), points, RuleType::check));
  }
  return make_rubric({node("1", clauses)}, threshold);
}

// Every clause of a flat rubric met.
assessment::Assessment all_met(const rubric::Rubric& r, int n) {
  assessment::Assessment a;
  for (int i = 1; i <= n; ++i) {
    answer(a, r, "c" + std::to_string(i)) = met(true);
  }
  return a;
}

}  // namespace

TEST_SUITE("scoring::score") {
  TEST_CASE("the SPEC excerpt: tree, caps, whys, responses") {
    auto r = excerpt_rubric();
    assessment::Assessment a;
    a.source = "ordos.yaml";
    a.unit = {"150600", "鄂尔多斯市", "prefecture"};
    answer(a, *r, "1.1.1") = met(true, {"学习记录.pdf"});
    answer(a, *r, "1.1.2") = value("2.5");
    answer(a, *r, "1.1.2").note = "见附件";
    answer(a, *r, "1.2.1") = labels({"计划", "方案", "总结"});
    auto result = run(a, r);
    CHECK(result.source == "ordos.yaml");
    CHECK(result.unit.name == "鄂尔多斯市");
    CHECK(result.rubric.get() == r.get());
    CHECK(result.max.to_string() == "15");
    CHECK(result.base_raw.to_string() == "8.75");
    CHECK(result.base.to_string() == "8.75");
    CHECK(result.score.to_string() == "8.75");
    REQUIRE(result.categories.size() == 1);
    const auto& cat = result.categories[0];
    CHECK(cat.node->id == "1");
    CHECK(cat.score.to_string() == "8.75");
    CHECK(cat.max.to_string() == "15");
    REQUIRE(cat.items.size() == 2);
    CHECK(cat.clauses.empty());
    CHECK(cat.items[0].score.to_string() == "5");
    CHECK(cat.items[0].max.to_string() == "5");
    const auto& c111 = cat.items[0].clauses[0];
    CHECK(c111.clause->id == "1.1.1");
    CHECK(en(c111.why) == "check: met → 3");
    CHECK(c111.status == ClauseStatus::scored);
    CHECK(c111.response.kind == ResponseValue::Kind::boolean);
    CHECK(c111.response.boolean);
    CHECK(c111.evidence == Strings{"学习记录.pdf"});
    const auto& c112 = cat.items[0].clauses[1];
    CHECK(en(c112.why) == "manual: 2.5");
    CHECK(c112.response.kind == ResponseValue::Kind::number);
    CHECK(c112.response.number.to_string() == "2.5");
    CHECK(c112.note == "见附件");
    const auto& c121 = cat.items[1].clauses[0];
    CHECK(en(c121.why) == "checklist: 3 of 8 → 3.75");
    CHECK(c121.response.kind == ResponseValue::Kind::list);
    CHECK(c121.response.list == Strings{"计划", "方案", "总结"});
    CHECK(c121.max.to_string() == "10");
    CHECK(result.verdict == Verdict::ineligible);
    CHECK(reason_codes(result) == Strings{"below-threshold"});
    CHECK(reason_message(result, 0) == "the score 8.75 is below the threshold 9");
    CHECK(result.warnings.empty());
  }

  TEST_CASE("response values by rule") {
    auto lv = clause("lv", "3", RuleType::levels);
    lv.rule.levels = {{"良好", d("3")}};
    auto ct = clause("ct", "2", RuleType::count);
    ct.rule.per = d("1");
    auto na = clause("na", "1", RuleType::check);
    na.optional = true;
    auto un = clause("un", "1", RuleType::check);
    auto r = make_rubric({node("1", {lv, ct, na, un})}, "1");
    assessment::Assessment a;
    answer(a, *r, "lv") = level("良好");
    answer(a, *r, "ct") = count(2);
    answer(a, *r, "na") = not_applicable();
    auto result = run(a, r);
    const auto& clauses = result.categories[0].clauses;
    CHECK(clauses[0].response.kind == ResponseValue::Kind::text);
    CHECK(clauses[0].response.text == "良好");
    CHECK(clauses[1].response.kind == ResponseValue::Kind::number);
    CHECK(clauses[1].response.number.to_string() == "2");
    CHECK(clauses[2].response.kind == ResponseValue::Kind::text);
    CHECK(clauses[2].response.text == "n/a");
    CHECK(clauses[2].status == ClauseStatus::not_applicable);
    CHECK(en(clauses[2].why) == "n/a");
    CHECK(clauses[3].response.kind == ResponseValue::Kind::null);
    CHECK(clauses[3].status == ClauseStatus::unanswered);
    CHECK(en(clauses[3].why) == "unanswered → 0");
    CHECK(warning_codes(result) == Strings{"unanswered:un"});
    CHECK(warning_message(result, 0) == "clause `un` is unanswered");
  }

  TEST_CASE("exact totals and the threshold") {
    SUBCASE("thirty 0.1-point clauses total exactly 3") {
      auto r = flat_rubric(30, "0.1", "3");
      auto result = run(all_met(*r, 30), r);
      CHECK(result.score.to_string() == "3");
      CHECK(result.score == d("3"));
      CHECK(result.verdict == Verdict::eligible);
      CHECK(result.reasons.empty());
    }
    SUBCASE("exactly at the threshold is eligible, 0.01 below is not") {
      auto r = make_rubric({node("1", {clause("a", "100", RuleType::manual)})}, "90");
      assessment::Assessment a;
      answer(a, *r, "a") = value("90");
      CHECK(run(a, r).verdict == Verdict::eligible);
      answer(a, *r, "a") = value("89.99");
      auto result = run(a, r);
      CHECK(result.verdict == Verdict::ineligible);
      CHECK(reason_codes(result) == Strings{"below-threshold"});
      CHECK(result.gap.needed.to_string() == "0.01");
    }
  }

  TEST_CASE("verdict reasons") {
    auto v = clause("v", "2", RuleType::manual);
    v.veto = true;
    auto r = make_rubric({node("1", {v, clause("c", "8", RuleType::manual)})}, "9");
    r->adjustments = {adjustment("incident", AdjustmentKind::veto),
                      adjustment("riot", AdjustmentKind::veto)};
    r->prerequisites = {gate("title"), gate("report")};
    assessment::Assessment a;
    answer(a, *r, "v") = value("2");
    answer(a, *r, "c") = value("8");
    a.adjustments["incident"] = occurred(false);
    a.adjustments["riot"] = occurred(false);
    a.prerequisites["title"] = prerequisite(true);
    a.prerequisites["report"] = prerequisite(true);
    SUBCASE("none: eligible") {
      auto result = run(a, r);
      CHECK(result.verdict == Verdict::eligible);
      CHECK(result.reasons.empty());
      CHECK(result.warnings.empty());
      REQUIRE(result.adjustments.size() == 2);
      CHECK(result.adjustments[0].occurred == std::optional<bool>(false));
      REQUIRE(result.prerequisites.size() == 2);
      CHECK(result.prerequisites[0].prerequisite->id == "title");
      CHECK(result.prerequisites[0].met == std::optional<bool>(true));
    }
    SUBCASE("a veto clause below its points") {
      answer(a, *r, "v") = value("1.99");
      answer(a, *r, "c") = value("7.01");
      auto result = run(a, r);
      CHECK(result.score.to_string() == "9");
      CHECK(reason_codes(result) == Strings{"veto:v"});
      CHECK(result.reasons[0].id == "v");
      CHECK(reason_message(result, 0) == "veto clause `v` scored 1.99 of 2");
      CHECK(result.gap.blocking == Strings{"veto:v"});
      CHECK(result.gap.plan.empty());
    }
    SUBCASE("a veto clause answered n/a never vetoes") {
      v.optional = true;
      auto r2 = make_rubric({node("1", {v, clause("c", "8", RuleType::manual)})}, "8");
      assessment::Assessment b;
      answer(b, *r2, "v") = not_applicable();
      answer(b, *r2, "c") = value("8");
      auto result = run(b, r2);
      CHECK(result.verdict == Verdict::eligible);
      CHECK(result.warnings.empty());
    }
    SUBCASE("an unanswered veto clause warns and does not veto") {
      a.responses.erase(r->find_clause("v")->ordinal);
      auto result = run(a, r);
      CHECK(reason_codes(result) == Strings{"below-threshold"});
      CHECK(warning_codes(result) == Strings{"veto-unanswered:v"});
    }
    SUBCASE("a veto adjustment") {
      a.adjustments["riot"] = occurred(true);
      auto result = run(a, r);
      CHECK(reason_codes(result) == Strings{"veto:riot"});
      CHECK(reason_message(result, 0) == "veto event `riot` occurred");
      CHECK(result.adjustments[1].occurred == std::optional<bool>(true));
    }
    SUBCASE("an unanswered veto adjustment is not occurred, with a warning") {
      a.adjustments.erase("incident");
      auto result = run(a, r);
      CHECK(result.verdict == Verdict::eligible);
      CHECK(warning_codes(result) == Strings{"veto-unanswered:incident"});
      CHECK(result.adjustments[0].occurred == std::nullopt);
    }
    SUBCASE("an unmet prerequisite") {
      a.prerequisites["report"] = prerequisite(false);
      auto result = run(a, r);
      CHECK(reason_codes(result) == Strings{"prerequisite:report"});
      CHECK(reason_message(result, 0) == "prerequisite `report` is not met");
    }
    SUBCASE("an unanswered prerequisite is unmet, with a warning") {
      a.prerequisites.erase("title");
      auto result = run(a, r);
      CHECK(reason_codes(result) == Strings{"prerequisite:title"});
      CHECK(reason_message(result, 0) == "prerequisite `title` is unanswered");
      CHECK(warning_codes(result) == Strings{"prerequisite-unanswered:title"});
      CHECK(result.prerequisites[0].met == std::nullopt);
    }
    SUBCASE("all together, in SPEC order") {
      answer(a, *r, "v") = value("1");
      answer(a, *r, "c") = value("7");
      a.adjustments["riot"] = occurred(true);
      a.adjustments["incident"] = occurred(true);
      a.prerequisites["report"] = prerequisite(false);
      a.prerequisites["title"] = prerequisite(false);
      auto result = run(a, r);
      CHECK(result.verdict == Verdict::ineligible);
      CHECK(reason_codes(result) == Strings{"veto:v", "veto:incident", "veto:riot",
                                            "prerequisite:title", "prerequisite:report",
                                            "below-threshold"});
      CHECK(result.gap.blocking == Strings{"veto:v", "veto:incident", "veto:riot",
                                           "prerequisite:title", "prerequisite:report"});
      CHECK(result.gap.needed.to_string() == "1");
      REQUIRE(result.gap.plan.size() == 1);
      CHECK(result.gap.plan[0].id == "v");
    }
  }

  TEST_CASE("normalize") {
    auto opt = clause("1.1.1", "3", RuleType::check);
    opt.optional = true;
    auto r = make_rubric(
        {category("1", {node("1.1", {opt, clause("1.1.2", "3", RuleType::check)}, d("4")),
                        node("1.2", {clause("1.2.1", "6", RuleType::manual)})})},
        "9");
    r->normalize = true;
    assessment::Assessment a;
    answer(a, *r, "1.1.1") = not_applicable();
    answer(a, *r, "1.1.2") = met(true);
    answer(a, *r, "1.2.1") = value("6");
    SUBCASE("a capped item: full marks without n/a are min(4, 3) + 6 = 9") {
      auto result = run(a, r);
      CHECK(result.base_raw.to_string() == "9");
      CHECK(result.base.to_string() == "10");
      CHECK(result.score.to_string() == "10");
      CHECK(result.categories[0].score.to_string() == "9");
      CHECK(result.max.to_string() == "10");
    }
    SUBCASE("one fraction, rounded once") {
      answer(a, *r, "1.2.1") = value("5");
      auto result = run(a, r);
      CHECK(result.base_raw.to_string() == "8");
      CHECK(result.base.to_string() == "8.89");
      CHECK(result.verdict == Verdict::ineligible);
      REQUIRE(result.gap.plan.size() == 1);
      CHECK(result.gap.plan[0].id == "1.2.1");
      CHECK(result.gap.plan[0].recoverable.to_string() == "1.11");
    }
    SUBCASE("when n/a leaves the cap untouched, nothing is rescaled") {
      answer(a, *r, "1.1.1") = met(true);
      answer(a, *r, "1.2.1") = value("5");
      auto result = run(a, r);
      CHECK(result.base_raw.to_string() == "9");
      CHECK(result.base.to_string() == "9");
    }
    SUBCASE("without normalize, n/a just scores 0") {
      r->normalize = false;
      auto result = run(a, r);
      CHECK(result.base.to_string() == "9");
    }
    SUBCASE("everything n/a is an error") {
      auto o1 = clause("a", "1", RuleType::check);
      o1.optional = true;
      auto o2 = clause("b", "1", RuleType::check);
      o2.optional = true;
      auto all = make_rubric({node("1", {o1, o2})}, "1");
      all->normalize = true;
      assessment::Assessment b;
      b.source = "x.yaml";
      answer(b, *all, "a") = not_applicable();
      answer(b, *all, "b") = not_applicable();
      FakeChecker checker;
      CHECK_THROWS_AS(cepin::scoring::score(b, all, {}, checker), cepin::scoring::AllNotApplicable);
      auto outcome = cepin::scoring::score_outcome(b, all, {}, checker);
      REQUIRE(std::holds_alternative<cepin::scoring::ErrorResult>(outcome));
      const auto& error = std::get<cepin::scoring::ErrorResult>(outcome);
      CHECK(error.source == "x.yaml");
      CHECK(error.first_error().code == "all-not-applicable");
      CHECK(error.first_error().path == "x.yaml");
      all->normalize = false;
      auto result = cepin::scoring::score(b, all, {}, checker);
      CHECK(result.score.to_string() == "0");
    }
  }

  TEST_CASE("bonuses and penalties") {
    auto r = make_rubric({node("1", {clause("a", "10", RuleType::manual)})}, "8");
    r->adjustments = {adjustment("model", AdjustmentKind::bonus, "2", d("4")),
                      adjustment("award", AdjustmentKind::bonus, "1"),
                      adjustment("criticized", AdjustmentKind::penalty, "1", d("3")),
                      adjustment("late", AdjustmentKind::penalty, "0.5")};
    assessment::Assessment a;
    answer(a, *r, "a") = value("7");
    a.adjustments["model"] = times(3);
    a.adjustments["award"] = times(2);
    a.adjustments["criticized"] = times(5);
    SUBCASE("entry caps") {
      auto result = run(a, r);
      CHECK(result.adjustments[0].count == 3);
      CHECK(result.adjustments[0].points.to_string() == "4");
      CHECK(result.adjustments[1].points.to_string() == "2");
      CHECK(result.adjustments[2].points.to_string() == "3");
      CHECK(result.adjustments[3].count == 0);
      CHECK(result.adjustments[3].points.to_string() == "0");
      CHECK(result.bonus.to_string() == "6");
      CHECK(result.penalty.to_string() == "3");
      CHECK(result.score.to_string() == "10");
      CHECK(result.warnings.empty());
    }
    SUBCASE("bonus_cap and penalty_cap bound the sums") {
      r->bonus_cap = d("5");
      r->penalty_cap = d("2");
      auto result = run(a, r);
      CHECK(result.bonus.to_string() == "5");
      CHECK(result.penalty.to_string() == "2");
      CHECK(result.base.to_string() == "7");
      CHECK(result.score.to_string() == "10");
    }
    SUBCASE("the final score never drops below 0") {
      answer(a, *r, "a") = value("1");
      a.adjustments.erase("model");
      a.adjustments.erase("award");
      auto result = run(a, r);
      CHECK(result.penalty.to_string() == "3");
      CHECK(result.score.to_string() == "0");
    }
  }

  TEST_CASE("an absurd bonus is an overflow error result") {
    auto r = make_rubric({node("1", {clause("a", "1", RuleType::check)})}, "1");
    r->adjustments = {adjustment("huge", AdjustmentKind::bonus, "9000000000000")};
    assessment::Assessment a;
    a.source = "big.yaml";
    a.adjustments["huge"] = times(2);
    FakeChecker checker;
    CHECK_THROWS_AS(cepin::scoring::score(a, r, {}, checker), cepin::util::DecimalOverflow);
    auto outcome = cepin::scoring::score_outcome(a, r, {}, checker);
    REQUIRE(std::holds_alternative<cepin::scoring::ErrorResult>(outcome));
    CHECK(std::get<cepin::scoring::ErrorResult>(outcome).first_error().code == "score-overflow");
  }

  TEST_CASE("grades") {
    auto r = make_rubric({node("1", {clause("a", "100", RuleType::manual)})}, "90");
    r->grades = {{d("95"), "优秀"}, {d("90"), "良好"}, {d("60"), "合格"}};
    assessment::Assessment a;
    answer(a, *r, "a") = value("95");
    CHECK(run(a, r).grade == std::optional<std::string>("优秀"));
    answer(a, *r, "a") = value("94.99");
    CHECK(run(a, r).grade == std::optional<std::string>("良好"));
    answer(a, *r, "a") = value("60");
    CHECK(run(a, r).grade == std::optional<std::string>("合格"));
    answer(a, *r, "a") = value("59.99");
    CHECK(run(a, r).grade == std::nullopt);
  }

  TEST_CASE("title validity") {
    auto r = make_rubric({node("1", {clause("a", "1", RuleType::check)})}, "1");
    r->validity_years = 5;
    assessment::Assessment a;
    answer(a, *r, "a") = met(true);
    a.title_named_on = cepin::util::Date{2020, 2, 29};
    SUBCASE("29 February: valid through 28 February, expired on 1 March") {
      a.assessed_on = cepin::util::Date{2025, 2, 28};
      CHECK(run(a, r).warnings.empty());
      a.assessed_on = cepin::util::Date{2025, 3, 1};
      auto result = run(a, r);
      CHECK(warning_codes(result) == Strings{"title-expired"});
      CHECK(warning_message(result, 0) ==
            "the title named on 2020-02-29 was valid for 5 years, until 2025-02-28; the reference "
            "date is "
            "2025-03-01");
      CHECK(result.verdict == Verdict::eligible);
    }
    SUBCASE("--as-of overrides assessed_on") {
      a.assessed_on = cepin::util::Date{2030, 1, 1};
      cepin::scoring::Options options;
      options.as_of = cepin::util::Date{2021, 1, 1};
      CHECK(run(a, r, options).warnings.empty());
      a.assessed_on = cepin::util::Date{2021, 1, 1};
      options.as_of = cepin::util::Date{2025, 3, 1};
      CHECK(warning_codes(run(a, r, options)) == Strings{"title-expired"});
    }
    SUBCASE("no reference date: skipped") {
      CHECK(run(a, r).warnings.empty());
    }
    SUBCASE("no validity_years: skipped") {
      r->validity_years.reset();
      a.assessed_on = cepin::util::Date{2099, 1, 1};
      CHECK(run(a, r).warnings.empty());
    }
  }
}
