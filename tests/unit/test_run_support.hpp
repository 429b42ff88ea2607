// A scratch folder for the run tests, removed at the end of the test.
#pragma once

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "run/catalog.hpp"
#include "run/plan.hpp"

namespace run_test {

// A fresh folder under /tmp holding files the test writes.
struct TempDir {
  std::string path;
  TempDir() {
    char pattern[] = "/tmp/cepin-run-XXXXXX";
    const char* made = ::mkdtemp(pattern);
    REQUIRE(made != nullptr);
    path = made;
  }
  ~TempDir() { std::system(("rm -rf '" + path + "'").c_str()); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  // Writes `text` to `name` under the folder and returns its full path.
  std::string write(const std::string& name, const std::string& text) const {
    std::string full = path + "/" + name;
    std::ofstream(full, std::ios::binary) << text;
    return full;
  }
  // Makes the folder `name` under the folder and returns its full path.
  std::string dir(const std::string& name) const {
    std::string full = path + "/" + name;
    REQUIRE(::mkdir(full.c_str(), 0755) == 0);
    return full;
  }
};

// "path:line:col severity code message | hint" of each diagnostic.
inline std::vector<std::string> described(const std::vector<cepin::diag::Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const cepin::diag::Diagnostic& d : diagnostics) {
    out.push_back(d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + " " +
                  cepin::diag::severity_name(d.severity) + " " + d.code + " " + d.message + " | " + d.hint);
  }
  return out;
}

// A valid rubric with the id `id`: one category, one clause worth 10 points.
inline std::string rubric_text(const std::string& id) {
  return "schema: cepin/rubric/1\nid: " + id +
         "\ntitle: 测试\ntotal: 10\nthreshold: 6\ncategories:\n  - id: \"1\"\n    title: 甲\n    clauses:\n"
         "      - id: \"1.1\"\n        text: 条\n        points: 10\n        rule: check\n";
}

// A temporary folder whose rubrics/ holds the rubric `r` (rubric_text), loaded into `catalog`.
struct OneRubricFixture {
  TempDir t;
  cepin::run::RubricCatalog catalog;
  OneRubricFixture() {
    t.dir("rubrics");
    t.write("rubrics/r.yaml", rubric_text("r"));
    std::vector<cepin::diag::Diagnostic> diagnostics;
    REQUIRE(catalog.add_folder(t.path + "/rubrics", diagnostics));
  }
};

// Every work item of `plan`, in order.
inline std::vector<cepin::run::WorkItem> drain(cepin::run::ScoringPlan& plan) {
  std::vector<cepin::run::WorkItem> items;
  while (std::optional<cepin::run::WorkItem> item = plan.next()) {
    items.push_back(std::move(*item));
  }
  return items;
}

}  // namespace run_test
