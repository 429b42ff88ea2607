// The rubrics shipped in rubrics/: each loads without a single diagnostic and
// has exactly the shape written out below (so an edit that drops a clause or
// shifts a subtotal fails here, not in a user's report).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "rubric/loader.hpp"
#include "run/base_finder.hpp"

using namespace cepin;

namespace {

namespace fs = std::filesystem;

const fs::path k_shipped = fs::path(CEPIN_SOURCE_DIR) / "rubrics";

// What one shipped rubric must look like.
struct Expected {
  const char* id;
  std::size_t categories;
  std::size_t items;  // level-2 nodes (0: clauses hang off the categories)
  std::size_t clauses;
  const char* total;
  const char* threshold;
  std::size_t adjustments;
  std::size_t prerequisites;
  std::size_t grades;
};

// One row per file in rubrics/, in file-name order.
const Expected k_expected[] = {
    {"baoshan-organ-2021", 4, 8, 16, "100", "90", 0, 0, 0},
    {"hohhot-monthly-2025", 5, 0, 13, "100", "80", 3, 0, 4},
    {"neac-prefecture-2020", 7, 20, 58, "100", "90", 11, 2, 3},
    {"nmg-county-120", 8, 0, 24, "120", "100", 2, 1, 0},
    {"nmg-prefecture-120", 8, 20, 64, "120", "100", 11, 2, 3},
    {"unit-community", 4, 6, 21, "100", "90", 0, 0, 4},
    {"unit-enterprise", 4, 4, 18, "100", "90", 0, 0, 0},
    {"unit-generic", 5, 0, 17, "100", "90", 5, 0, 0},
    {"unit-religious-venue", 4, 0, 16, "100", "90", 9, 0, 5},
    {"unit-school", 5, 0, 18, "100", "90", 5, 0, 0},
    {"unit-township-village", 5, 0, 24, "100", "90", 0, 0, 0},
};

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<fs::path> shipped_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(k_shipped)) {
    if (entry.path().extension() == ".yaml") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

const Expected* expected_for(const std::string& id) {
  for (const auto& row : k_expected) {
    if (id == row.id) {
      return &row;
    }
  }
  return nullptr;
}

std::string render(const std::vector<diag::Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message + "\n";
  }
  return out;
}

// Recomputes a node's full marks from its children (min(cap, Σ children),
// with `best: K` of the K largest) and checks the loader's value and the
// declared subtotal against it.
util::Decimal check_node(const rubric::Node& node, std::size_t& items, std::size_t& clauses) {
  std::vector<util::Decimal> marks;
  for (const auto& item : node.items) {
    ++items;
    marks.push_back(check_node(item, items, clauses));
  }
  for (const auto& clause : node.clauses) {
    ++clauses;
    marks.push_back(clause.points);
  }
  std::sort(marks.begin(), marks.end(), [](util::Decimal a, util::Decimal b) { return a > b; });
  std::size_t counted = node.best ? static_cast<std::size_t>(*node.best) : marks.size();
  util::Decimal sum;
  for (std::size_t i = 0; i < counted && i < marks.size(); ++i) {
    sum += marks[i];
  }
  CHECK_MESSAGE(node.items.empty() != node.clauses.empty(), "node ", node.id);
  util::Decimal full = node.cap && *node.cap < sum ? *node.cap : sum;
  INFO("node ", node.id);
  CHECK(node.full_marks.to_string() == full.to_string());
  REQUIRE(node.declared_points.has_value());
  CHECK(node.declared_points->to_string() == full.to_string());
  return full;
}

}  // namespace

TEST_SUITE("rubric::shipped") {
  TEST_CASE("at least eight rubrics ship and each has a row in the table") {
    std::vector<fs::path> files = shipped_files();
    CHECK(files.size() >= 8);
    CHECK(files.size() == std::size(k_expected));
    for (const auto& file : files) {
      INFO(file.filename().string());
      CHECK(expected_for(file.stem().string()) != nullptr);
    }
  }

  TEST_CASE("every shipped rubric loads cleanly with exactly its expected shape") {
    for (const auto& file : shipped_files()) {
      SUBCASE(file.filename().string().c_str()) {
        rubric::LoadResult result = rubric::load_from_bytes(file.string(), read_bytes(file),
                                                            run::builtin_load_options(file.stem().string()));
        CHECK(render(result.diagnostics) == "");
        REQUIRE(result.rubric != nullptr);
        const rubric::Rubric& r = *result.rubric;
        CHECK(r.id == file.stem().string());
        const Expected* expected = expected_for(r.id);
        REQUIRE(expected != nullptr);
        CHECK(r.clause_count() == expected->clauses);
        CHECK(r.total.to_string() == expected->total);
        CHECK(r.threshold.to_string() == expected->threshold);
        CHECK(r.categories.size() == expected->categories);
        CHECK(r.adjustments.size() == expected->adjustments);
        CHECK(r.prerequisites.size() == expected->prerequisites);
        CHECK(r.grades.size() == expected->grades);

        std::size_t items = 0;
        std::size_t clauses = 0;
        util::Decimal sum;
        for (const auto& category : r.categories) {
          sum += check_node(category, items, clauses);
        }
        CHECK(items == expected->items);
        CHECK(clauses == expected->clauses);
        CHECK(r.clauses().size() == expected->clauses);
        CHECK(sum.to_string() == r.total.to_string());
      }
    }
  }

  TEST_CASE("the prefecture set is 7 categories, 20 items, 58 clauses, 100 and 90") {
    fs::path file = k_shipped / "neac-prefecture-2020.yaml";
    rubric::LoadResult result = rubric::load_from_bytes(file.string(), read_bytes(file));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.rubric != nullptr);
    const rubric::Rubric& r = *result.rubric;
    CHECK(r.id == "neac-prefecture-2020");
    CHECK(r.categories.size() == 7);
    std::size_t items = 0;
    for (const auto& category : r.categories) {
      CHECK(category.clauses.empty());
      items += category.items.size();
      for (const auto& item : category.items) {
        CHECK(item.items.empty());
      }
    }
    CHECK(items == 20);
    CHECK(r.clause_count() == 58);
    CHECK(r.total == util::Decimal::from_int(100));
    CHECK(r.threshold == util::Decimal::from_int(90));
  }

  TEST_CASE("the tailored regional set is the national one with exactly its written changes") {
    fs::path file = k_shipped / "nmg-prefecture-120.yaml";
    rubric::LoadResult result =
        rubric::load_from_bytes(file.string(), read_bytes(file), run::builtin_load_options("nmg-prefecture-120"));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.rubric != nullptr);
    const rubric::Rubric& r = *result.rubric;
    CHECK(r.extends == std::vector<std::string>{"neac-prefecture-2020"});
    REQUIRE(static_cast<bool>(r.base));
    CHECK(r.base->id == "neac-prefecture-2020");
    CHECK_FALSE(r.version.has_value());
    CHECK(r.issuer.empty());
    CHECK(r.validity_years == 5);  // kept from the base
    CHECK(r.find_clause("6.1.4") == nullptr);
    REQUIRE(r.find_clause("6.1.5") != nullptr);
    CHECK(r.find_node("6.1")->full_marks.to_string() == "4");
    const rubric::Clause* c711 = r.find_clause("7.1.1");
    REQUIRE(c711 != nullptr);
    CHECK(c711->rule.manual_step->to_string() == "0.25");
    CHECK(c711->evidence.min_items == 1);  // kept from the base
    CHECK(r.find_adjustment("experience-promoted") == nullptr);
    CHECK(r.find_adjustment("criticized")->per.to_string() == "2");
    CHECK(r.find_adjustment("criticized")->cap->to_string() == "3");
    CHECK(r.adjustments.back().id == "regional-model");
    const rubric::Node* innovation = r.find_node("8");
    REQUIRE(innovation != nullptr);
    CHECK(innovation->best == 4);
    CHECK(innovation->clauses.size() == 6);
    CHECK(innovation->full_marks.to_string() == "20");
    CHECK(r.grades.front().min.to_string() == "110");
  }
}
