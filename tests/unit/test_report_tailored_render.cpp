// Tailored rubrics' marks in the result reports: a best-k child left out
// ("not counted") and a gap pick made together with its best-k child.
#include <doctest/doctest.h>

#include <string>

#include "report/html.hpp"
#include "report/json.hpp"
#include "report/markdown.hpp"
#include "report/tailored_labels.hpp"
#include "test_report_fixture.hpp"
#include "test_text_support.hpp"

using namespace cepin;
using namespace cepin::report;
using test_text::contains;

namespace {

// The ineligible fixture with item 1.2 left out of a best-1 category and its
// first pick made together with 1.2.
scoring::Result tailored_result(const std::shared_ptr<rubric::Rubric>& rubric) {
  scoring::Result result = fixture::ineligible_result(rubric);
  result.categories[0].items[0].counted = true;
  result.categories[0].items[1].counted = false;
  result.gap.plan[0].group = "1.2";
  result.gap.plan[1].floor = "1";
  result.gap.plan[1].group = "1.1";
  return result;
}

}  // namespace

TEST_SUITE("report::tailored") {
  TEST_CASE("node marks and pick purposes in both languages") {
    scoring::NodeResult node;
    node.counted = false;
    CHECK(node_marks(node, Lang::zh, 2) == "（不计入）");
    CHECK(node_marks(node, Lang::en, 2) == " (not counted)");
    node.floor = fixture::dec("2.5");
    CHECK(node_marks(node, Lang::en, 2) == " (floor 2.50) (not counted)");
    node.counted = true;
    CHECK(node_marks(node, Lang::zh, 1) == "（底线 2.5）");
    CHECK(pick_purpose(Lang::zh, "", "4.2") == "与 4.2 一并");
    CHECK(pick_purpose(Lang::en, "", "4.2") == "with 4.2");
    CHECK(pick_purpose(Lang::zh, "1", "4.2") == "补足 1 的底线，与 4.2 一并");
    CHECK(pick_purpose(Lang::en, "1", "4.2") == "floor of 1, with 4.2");
    CHECK(pick_purpose(Lang::en, "", "") == "");
  }

  TEST_CASE("JSON: counted on best-k children, group on joint picks") {
    auto rubric = fixture::demo_rubric();
    std::string json = json_result(tailored_result(rubric));
    CHECK(contains(json, R"({"id":"1.1","title":"组织领导","score":3,"max":6,"counted":true,"clauses":)"));
    CHECK(contains(json, R"({"id":"1.2","title":"工作机制","score":1.5,"max":4,"counted":false,"clauses":)"));
    CHECK(contains(json, R"("plan":[{"id":"2.2","score":0,"max":5,"recoverable":5,"group":"1.2"},)"
                         R"({"id":"1.1.2","score":0,"max":3,"recoverable":3,"floor":"1","group":"1.1"}])"));
  }

  TEST_CASE("Markdown: the left-out child is marked, the plan says why") {
    auto rubric = fixture::demo_rubric();
    std::string zh = markdown_report({scoring::Outcome(tailored_result(rubric))}, Lang::zh);
    CHECK(contains(zh, "| 1.2 | 工作机制（不计入） |"));
    CHECK(contains(zh, "- [ ] 2.2 Coverage：0.00 / 5.00, 可提升 +5.00（与 1.2 一并）"));
    CHECK(contains(zh, "（补足 1 的底线，与 1.1 一并）"));
    std::string en = markdown_report({scoring::Outcome(tailored_result(rubric))}, Lang::en);
    CHECK(contains(en, "| 1.2 | 工作机制 (not counted) |"));
    CHECK(contains(en, " (with 1.2)"));
  }

  TEST_CASE("HTML: the left-out child is marked") {
    auto rubric = fixture::demo_rubric();
    std::string html = html_unit_body(scoring::Outcome(tailored_result(rubric)), Lang::en, 2);
    CHECK(contains(html, "工作机制 (not counted)"));
  }
}
