// One side of compare or trend: assessments scored, saved results read, other cepin files and results
// sheets told apart.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "run/sides.hpp"
#include "test_run_support.hpp"

using namespace cepin;
using run_test::TempDir;

namespace {

// One saved result, as `cepin score --format jsonl` writes it.
std::string saved_line(const std::string& unit, const std::string& score) {
  return R"({"schema":"cepin/result/1","source":"a.yaml","rubric":{"id":"r","version":"1","title":"R",)"
         R"("total":10,"threshold":6,"precision":0.01,"lang":"zh"},"unit":{"id":")" +
         unit + R"(","name":"U","kind":null},"assessor":"self","assessed_on":"2025-06-30","period":null,"score":)" +
         score + R"(,"base":10,"max":10,"verdict":"eligible","reasons":[],"grade":null,"categories":[],)"
                 R"("adjustments":[],"prerequisites":[],"warnings":[]})";
}

std::string assessment_text(const std::string& unit) {
  return "schema: cepin/assessment/1\nrubric: r\nunit: {id: " + unit + ", name: N}\nresponses: {\"1.1\": true}\n";
}

// "unit score" of each result ("error code" for an error result), one a line.
std::string results_of(const run::Side& side) {
  std::string out;
  for (const results::ResultSummary& r : side.results) {
    out += (r.error ? "error " + r.error_code : r.unit_id() + " " + r.score.to_string()) + "\n";
  }
  return out;
}

// "severity code: message" of each diagnostic, one a line.
std::string codes_of(const run::Side& side) {
  std::string out;
  for (const diag::Diagnostic& d : side.diagnostics) {
    out += std::string(diag::severity_name(d.severity)) + " " + d.code + ": " + d.message + "\n";
  }
  return out;
}

// The one-rubric catalog, and a side loaded through it.
struct Fixture : run_test::OneRubricFixture {
  run::Side side(const std::vector<std::string>& paths, unsigned jobs = 1) {
    run::SideOptions options;
    options.inputs.paths = paths;
    options.jobs = jobs;
    return run::load_side(options, catalog);
  }
};

}  // namespace

TEST_SUITE("run::load_side") {
  TEST_CASE("a folder: assessments scored and saved results read in path order, other files told apart") {
    // f.json names its schema too far in to be skipped unread: it is read, and refused as a record
    Fixture f;
    f.t.dir("in");
    f.t.write("in/a.yaml", assessment_text("a1"));
    f.t.write("in/b.jsonl", saved_line("b1", "7.5") + "\n" + saved_line("b2", "8") + "\n");
    f.t.write("in/c.json", "{\"schema\":\"cepin/show/1\",\"x\":1}\n");
    f.t.write("in/d.csv", "source,unit_id,unit_name,rubric,score,max,verdict,grade\n");
    f.t.write("in/e.yaml", assessment_text("e1"));
    f.t.write("in/f.json", "{\"pad\":\"" + std::string(300, 'x') + "\",\"schema\":\"cepin/show/1\"}\n");
    run::Side side = f.side({f.t.path + "/in"}, 0);
    CHECK(side.paths == std::vector<std::string>{f.t.path + "/in"});
    CHECK(results_of(side) == "a1 10\nb1 7.5\nb2 8\nerror results-csv\ne1 10\nerror not-a-result\n");
    CHECK(codes_of(side) ==
          "note not-a-result: skipped: a `cepin/show/1` file, not saved results\n"
          "error results-csv: this is a results sheet written by `cepin score --format csv`; its scores cannot be "
          "read back\n"
          "error not-a-result: this is a `cepin/show/1` record, not a result (`cepin/result/1`)\n");
    CHECK_FALSE(side.usage);
  }

  TEST_CASE("a named file of another cepin schema is read, and refused record by record") {
    Fixture f;
    std::string other = f.t.write("other.json", "{\"schema\":\"cepin/show/1\"}\n");
    run::Side side = f.side({other});
    REQUIRE(side.results.size() == 1);
    CHECK(side.results[0].error);
    CHECK(side.results[0].error_code == "not-a-result");
  }

  TEST_CASE("a missing path makes the side a usage error; the others are still read") {
    Fixture f;
    std::string a = f.t.write("a.yaml", assessment_text("a1"));
    run::Side side = f.side({f.t.path + "/gone.yaml", a});
    CHECK(results_of(side) == "error input-not-found\na1 10\n");
    CHECK(side.usage);
  }
}
