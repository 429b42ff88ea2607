// The tests that ship with the built-in rubrics (rubrics/tests/, compiled in):
// every bundled rubric has an eligible case, a vetoed case, a below-threshold
// case and a case for each rule type it uses, and every case writes its
// assessment inline. That the cases pass is the CTest test rubric-tests/builtin.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "rubrictest/loader.hpp"
#include "run/builtin.hpp"
#include "run/catalog.hpp"
#include "util/text.hpp"

using namespace cepin;

namespace {

// What the tests of one rubric cover.
struct Coverage {
  bool eligible = false;
  bool vetoed = false;
  bool below_threshold = false;
  std::set<std::string> clauses;  // ids whose score some case checks
  std::size_t cases = 0;
};

bool has_code(const rubrictest::Value& codes, const std::string& prefix) {
  return std::any_of(codes.codes.begin(), codes.codes.end(),
                     [&](const std::string& code) { return util::starts_with(code, prefix); });
}

std::map<std::string, Coverage> coverage_by_rubric() {
  std::map<std::string, Coverage> out;
  for (const run::EmbeddedFile& embedded : run::builtin_test_files()) {
    std::string path = "rubrics/" + std::string(embedded.name);
    rubrictest::LoadResult loaded = rubrictest::load(
        std::make_shared<yaml::Input>(yaml::parse_input(path, std::string(embedded.data, embedded.size))));
    INFO(path);
    REQUIRE(loaded.file.has_value());
    for (const rubrictest::TestCase& test_case : loaded.file->cases) {
      INFO(test_case.name);
      CHECK(test_case.assessment.inline_map != nullptr);  // a built-in test reads no file
      Coverage& coverage = out[loaded.file->rubric_of(test_case).text];
      ++coverage.cases;
      for (const rubrictest::Expectation& e : test_case.expectations) {
        if (e.field == rubrictest::Field::verdict && e.expected.text == "eligible") {
          coverage.eligible = true;
        } else if (e.field == rubrictest::Field::reasons) {
          coverage.vetoed = coverage.vetoed || has_code(e.expected, "veto:");
          coverage.below_threshold = coverage.below_threshold || has_code(e.expected, "below-threshold");
        } else if (e.field == rubrictest::Field::clause && e.expected.kind != rubrictest::Value::Kind::null) {
          coverage.clauses.insert(e.id);
        }
      }
    }
  }
  return out;
}

}  // namespace

TEST_SUITE("rubrictest::shipped") {
  TEST_CASE("the tests are compiled in, apart from the rubrics") {
    CHECK(run::builtin_test_files().size() == run::builtin_rubric_files().size());
    for (const run::EmbeddedFile& file : run::builtin_rubric_files()) {
      CHECK_FALSE(util::starts_with(file.name, "tests/"));
    }
    for (const run::EmbeddedFile& file : run::builtin_test_files()) {
      CHECK(util::starts_with(file.name, "tests/"));
    }
  }

  TEST_CASE("every bundled rubric: eligible, vetoed, below the threshold, and each rule type it uses") {
    std::map<std::string, Coverage> coverage = coverage_by_rubric();
    // Loaded through the catalog, so that a rubric that extends another finds its base.
    for (const run::BuiltinSummary& builtin : run::RubricCatalog::builtins()) {
      INFO(builtin.path);
      REQUIRE(static_cast<bool>(builtin.rubric));
      const rubric::Rubric& r = *builtin.rubric;
      INFO("rubric ", r.id);
      auto it = coverage.find(r.id);
      REQUIRE(it != coverage.end());
      const Coverage& c = it->second;
      CHECK(c.eligible);
      CHECK(c.vetoed);
      CHECK(c.below_threshold);
      std::set<std::string> used;
      std::set<std::string> tested;
      for (const rubric::Clause* clause : r.clauses()) {
        std::string type = rubric::rule_type_name(clause->rule.type);
        used.insert(type);
        if (c.clauses.count(clause->id) != 0) {
          tested.insert(type);
        }
      }
      CHECK(util::join({tested.begin(), tested.end()}) == util::join({used.begin(), used.end()}));
    }
  }
}
