// `cepin rubrics` with a built-in file that is not a valid rubric, in each format.
#include <doctest/doctest.h>

#include <string>

#include "report/rubric_list.hpp"
#include "test_report_fixture.hpp"

using namespace cepin;
using namespace cepin::report;

namespace {

std::vector<RubricListing> listings(const rubric::Rubric& valid) {
  return {{"demo", "builtin:demo.yaml", &valid}, {"broken", "builtin:broken.yaml", nullptr},
          {"", "builtin:=unreadable.yaml", nullptr}};
}

}  // namespace

TEST_SUITE("report::rubric_list") {
  TEST_CASE("an invalid rubric is listed by id, else by path") {
    auto rubric = fixture::demo_rubric();
    rubric->applies_to = {"prefecture", "county"};
    SUBCASE("text") {
      CHECK(rubric_list(listings(*rubric), Format::text) ==
            "id                        title                            unit kinds                      "
            "clauses  total  threshold\n"
            "demo                      示范测评指标                     州(地、市、盟)；县(市、区、旗)"
            "        5     20         18\n"
            "broken                    (invalid: run `cepin validate`)\n"
            "builtin:=unreadable.yaml  (invalid: run `cepin validate`)\n");
    }
    SUBCASE("json") {
      CHECK(rubric_list(listings(*rubric), Format::json) ==
            R"([{"id":"demo","title":"示范测评指标","version":"2020","issuer":"国家民委","lang":"zh",)"
            R"("applies_to":["prefecture","county"],"categories":2,"clauses":5,"total":20,"threshold":18},)"
            R"({"id":"broken","path":"builtin:broken.yaml","valid":false},)"
            R"({"id":null,"path":"builtin:=unreadable.yaml","valid":false}])"
            "\n");
    }
    SUBCASE("csv: an invalid file has only its id, or its path") {
      CHECK(rubric_list(listings(*rubric), Format::csv) ==
            "id,title,unit_kinds,clauses,total,threshold\n"
            "demo,示范测评指标,prefecture;county,5,20,18\n"
            "broken,,,,,\n"
            "builtin:=unreadable.yaml,,,,,\n");
    }
  }
}
