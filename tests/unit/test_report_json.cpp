#include <doctest/doctest.h>

#include "report/json.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::json") {
  TEST_CASE("results, errors and arrays") {
    auto rubric = fixture::demo_rubric();
    SUBCASE("every field, in SPEC order, decimals canonical") {
      CHECK(
          json_result(fixture::ineligible_result(rubric)) + "\n" ==
          R"EOS({"schema":"cepin/result/1","source":"units/a.yaml","rubric":{"id":"demo","version":"2020","title":"示范测评指标","total":20,"threshold":18,"precision":0.01,"lang":"zh","extends":[]},"unit":{"id":"150600","name":"鄂尔多斯市","kind":"prefecture"},"assessor":null,"assessed_on":null,"period":null,"score":5.5,"base":4.5,"base_raw":4.5,"bonus":2,"penalty":1,"max":20,"verdict":"ineligible","reasons":[{"code":"veto:incident","id":"incident","message":"veto event `incident` occurred"},{"code":"prerequisite:provincial-title","id":"provincial-title","message":"prerequisite `provincial-title` is not met"},{"code":"below-threshold","message":"the score 5.5 is below the threshold 18"}],"grade":null,"categories":[{"id":"1","title":"党的领导","score":4.5,"max":10,"items":[{"id":"1.1","title":"组织领导","score":3,"max":6,"clauses":[{"id":"1.1.1","score":3,"max":3,"status":"scored","response":true,"why":"check: met → 3","evidence":["学习记录.pdf","https://example.org/a"]},{"id":"1.1.2","score":0,"max":3,"status":"zeroed","response":2.5,"why":"zeroed: missing evidence","evidence":[]}]},{"id":"1.2","title":"工作机制","score":1.5,"max":4,"clauses":[{"id":"1.2.1","score":1.5,"max":4,"status":"scored","response":["计划"],"why":"checklist: 3 of 8 → 1.5","evidence":["方案.docx"]}]}]},{"id":"2","title":"Outreach","score":0,"max":10,"clauses":[{"id":"2.1","score":0,"max":5,"status":"n/a","response":"n/a","why":"n/a","evidence":[]},{"id":"2.2","score":0,"max":5,"status":"unanswered","response":null,"why":"unanswered → 0","evidence":[]}]}],"adjustments":[{"id":"national-model","kind":"bonus","count":1,"points":2},{"id":"criticized","kind":"penalty","count":1,"points":1},{"id":"incident","kind":"veto","occurred":true}],"prerequisites":[{"id":"provincial-title","met":false}],"warnings":[{"code":"missing-evidence","id":"1.1.2","message":"clause `1.1.2` needs 1 evidence item","line":12,"column":5},{"code":"veto-unanswered","id":"2.2","message":"veto clause `2.2` is unanswered"},{"code":"title-expired","message":"the title named on 2020-12-01 was valid for 5 years, until 2025-12-01; the reference date is 2026-01-15","line":6,"column":19}],"gap":{"needed":12.5,"reachable":false,"blocking":["veto:incident","prerequisite:provincial-title"],"plan":[{"id":"2.2","score":0,"max":5,"recoverable":5},{"id":"1.1.2","score":0,"max":3,"recoverable":3}]}}
)EOS");
    }
    SUBCASE("eligible, with a grade and an unanswered veto") {
      CHECK(
          json_outcome(scoring::Outcome(fixture::eligible_result(rubric))) + "\n" ==
          R"EOS({"schema":"cepin/result/1","source":"units/b.yaml","rubric":{"id":"demo","version":"2020","title":"示范测评指标","total":20,"threshold":18,"precision":0.01,"lang":"zh","extends":[]},"unit":{"id":"150200","name":"包头市","kind":"prefecture"},"assessor":null,"assessed_on":null,"period":null,"score":19,"base":19,"base_raw":19,"bonus":0,"penalty":0,"max":20,"verdict":"eligible","reasons":[],"grade":"优秀","categories":[{"id":"1","title":"党的领导","score":9,"max":10,"items":[{"id":"1.1","title":"组织领导","score":5,"max":6,"clauses":[{"id":"1.1.1","score":3,"max":3,"status":"scored","response":null,"why":"check: met → 3","evidence":[]},{"id":"1.1.2","score":2,"max":3,"status":"scored","response":null,"why":"manual: 2","evidence":[]}]},{"id":"1.2","title":"工作机制","score":4,"max":4,"clauses":[{"id":"1.2.1","score":4,"max":4,"status":"scored","response":null,"why":"checklist: 8 of 8 → 4","evidence":[]}]}]},{"id":"2","title":"Outreach","score":10,"max":10,"clauses":[{"id":"2.1","score":5,"max":5,"status":"scored","response":null,"why":"tiers: 96.5 ≥ 95 → 5","evidence":[]},{"id":"2.2","score":5,"max":5,"status":"scored","response":null,"why":"shortfall: 92 ≥ 90 → 5","evidence":[]}]}],"adjustments":[{"id":"national-model","kind":"bonus","count":0,"points":0},{"id":"criticized","kind":"penalty","count":0,"points":0},{"id":"incident","kind":"veto","occurred":null}],"prerequisites":[{"id":"provincial-title","met":true}],"warnings":[],"gap":{"needed":0,"reachable":true,"blocking":[],"plan":[]}}
)EOS");
    }
    SUBCASE("an error result lists every diagnostic") {
      CHECK(
          json_outcome(scoring::Outcome(fixture::error_result())) + "\n" ==
          R"EOS({"schema":"cepin/result/1","source":"units/bad.yaml","unit":{"id":"150700","name":"呼伦贝尔市","kind":null},"error":{"code":"bad-decimal","message":"`1e2` is not a decimal","line":7,"column":12},"errors":[{"path":"units/bad.yaml","line":2,"column":1,"severity":"warning","code":"unit-kind","message":"unit kind mismatch"},{"path":"units/bad.yaml","line":7,"column":12,"severity":"error","code":"bad-decimal","message":"`1e2` is not a decimal","hint":"write 100"},{"path":"units/bad.yaml","line":9,"column":3,"severity":"error","code":"unknown-id","message":"unknown clause `9.9`"}]}
)EOS");
    }
    SUBCASE("an error result without a unit or diagnostics") {
      scoring::ErrorResult error;
      error.source = "-";
      CHECK(
          json_error(error) ==
          R"({"schema":"cepin/result/1","source":"-","error":{"code":"","message":"","line":0,"column":0},"errors":[]})");
    }
    SUBCASE("a rubric without a version prints null") {
      auto plain = fixture::demo_rubric();
      plain->version.reset();
      std::string json = json_result(fixture::eligible_result(plain));
      CHECK(
          json.find(
              R"("rubric":{"id":"demo","version":null,"title":"示范测评指标","total":20,"threshold":18,"precision":0.01,"lang":"zh","extends":[]})") !=
          std::string::npos);
    }
  }
}
