#include <doctest/doctest.h>

#include <memory>

#include "rubric/loader.hpp"
#include "rubric/model.hpp"

using namespace cepin;

TEST_SUITE("rubric::Rubric") {
  TEST_CASE("a copy finds its own clauses, also after the original is gone") {
    auto loaded = rubric::load_from_bytes("r.yaml", R"(schema: cepin/rubric/1
id: r
title: R
total: 5
threshold: 5
categories:
  - id: "1"
    title: A
    items:
      - {id: "1.1", title: B, clauses: [{id: "1.1.1", text: T, points: 3, rule: check}]}
  - id: "2"
    title: C
    clauses: [{id: "2.1", text: U, points: 2, rule: manual}]
)");
    REQUIRE(static_cast<bool>(loaded.rubric));
    auto original = std::make_unique<rubric::Rubric>(*loaded.rubric);
    rubric::Rubric copy = *original;
    const rubric::Clause* in_original = original->find_clause("2.1");
    original.reset();
    const rubric::Clause* in_copy = copy.find_clause("2.1");
    REQUIRE(in_copy != nullptr);
    CHECK(in_copy != in_original);
    CHECK(in_copy == &copy.categories[1].clauses[0]);
    CHECK(copy.find_clause("1.1.1") == &copy.categories[0].items[0].clauses[0]);
    CHECK(copy.find_clause("1.1.1")->points == util::Decimal::from_int(3));
    CHECK(copy.find_clause("9") == nullptr);
  }

  TEST_CASE("one table of rule types: every name parses back to its type") {
    std::vector<std::string> names = rubric::rule_type_names();
    REQUIRE(names.size() == 9);
    for (const std::string& name : names) {
      std::optional<rubric::RuleType> type = rubric::parse_rule_type(name);
      REQUIRE(type);
      CHECK(rubric::rule_type_name(*type) == name);
    }
    CHECK_FALSE(rubric::parse_rule_type("checks").has_value());
  }
}
