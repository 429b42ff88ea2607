#include <doctest/doctest.h>

#include "report/labels.hpp"

using namespace cepin;
using namespace cepin::report;

TEST_SUITE("report::labels") {
  TEST_CASE("languages") {
    SUBCASE("parse_lang") {
      CHECK(parse_lang("zh") == Lang::zh);
      CHECK(parse_lang("en") == Lang::en);
      CHECK(parse_lang("fr") == std::nullopt);
      CHECK(parse_lang("") == std::nullopt);
    }
    SUBCASE("words") {
      CHECK(std::string(labels(Lang::zh).score) == "总分");
      CHECK(std::string(labels(Lang::en).gap) == "Gap");
      CHECK(std::string(verdict_label(Lang::zh, scoring::Verdict::eligible)) == "符合申报条件");
      CHECK(std::string(verdict_label(Lang::zh, scoring::Verdict::ineligible)) == "不符合申报条件");
      CHECK(std::string(status_label(Lang::en, scoring::ClauseStatus::not_applicable)) == "n/a");
      CHECK(std::string(status_label(Lang::zh, scoring::ClauseStatus::unanswered)) == "未作答");
      CHECK(std::string(status_label(Lang::en, scoring::ClauseStatus::unanswered)) == "unanswered");
      CHECK(std::string(status_label(Lang::zh, scoring::ClauseStatus::zeroed)) == "缺佐证计零");
      CHECK(std::string(status_label(Lang::en, scoring::ClauseStatus::scored)) == "scored");
    }
  }
}
