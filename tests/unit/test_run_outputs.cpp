#include <doctest/doctest.h>

#include "run/outputs.hpp"

using namespace cepin;
using report::Format;
using run::plan_outputs;

namespace {

const std::vector<Format> k_score = {Format::text, Format::json,  Format::jsonl, Format::csv,
                                     Format::md,   Format::junit, Format::sarif, Format::github};

std::string described(const run::OutputPlan& plan) {
  if (!plan.error.empty()) {
    return "error: " + plan.error;
  }
  std::string out;
  for (const run::OutputTarget& target : plan.targets) {
    out += std::string(report::format_name(target.format)) + ":" + target.path + " ";
  }
  return out;
}

}  // namespace

TEST_SUITE("run::plan_outputs") {
  TEST_CASE("the format of each file") {
    CHECK(described(plan_outputs({}, std::nullopt, k_score, Format::text, {})) == "text:- ");
    CHECK(described(plan_outputs({}, Format::csv, k_score, Format::text, {})) == "csv:- ");
    CHECK(described(plan_outputs({"r.md", "r.CSV", "r.jsonl", "junit:r.xml", "r.sarif", "q.xml", "r", "r.txt"},
                                 std::nullopt, k_score, Format::text, {})) ==
          "md:r.md csv:r.CSV jsonl:r.jsonl junit:r.xml sarif:r.sarif junit:q.xml text:r text:r.txt ");
    // --format wins over the extension, a prefix over both
    CHECK(described(plan_outputs({"a.md", "csv:b.md"}, Format::json, k_score, Format::text, {})) ==
          "json:a.md csv:b.md ");
    CHECK(described(plan_outputs({"/dev/null", "-"}, std::nullopt, k_score, Format::text, {})) ==
          "text:/dev/null text:- ");
    // a prefix that is no format is part of the path
    CHECK(described(plan_outputs({"notes:r.md"}, std::nullopt, k_score, Format::text, {})) == "md:notes:r.md ");
  }

  TEST_CASE("bad usage") {
    CHECK(described(plan_outputs({"r.mdd"}, std::nullopt, k_score, Format::text, {})) ==
          "error: -o r.mdd: cepin does not know which format `.mdd` is; did you mean `.md`?");
    CHECK(described(plan_outputs({"r.pdf"}, std::nullopt, k_score, Format::text, {})) ==
          "error: -o r.pdf: cepin does not know which format `.pdf` is; write FORMAT:PATH (e.g. json:r.pdf)");
    CHECK(described(plan_outputs({"-", "-"}, std::nullopt, k_score, Format::text, {})) ==
          "error: -o -: standard output can take only one report");
    CHECK(described(plan_outputs({"r.md", "md:r.md"}, std::nullopt, k_score, Format::text, {})) ==
          "error: -o md:r.md: the same file is named twice");
    CHECK(described(plan_outputs({"r.md"}, std::nullopt, {Format::text, Format::json}, Format::text, {})) ==
          "error: -o r.md: this command does not write md (it writes text, json)");
  }
}
