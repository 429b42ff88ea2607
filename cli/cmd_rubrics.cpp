// `cepin rubrics`: the built-in rubrics.
#include <fmt/format.h>

#include "commands.hpp"
#include "run/exit_codes.hpp"
#include "util/text_table.hpp"
#include "run/catalog.hpp"
#include "terminal.hpp"

namespace cepin::cli {

namespace {

int run_rubrics() {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"id", "title", "unit kinds", "clauses", "total", "threshold"});
  int exit_code = run::k_exit_ok;
  for (const run::BuiltinSummary& builtin : run::RubricCatalog::builtins()) {
    if (!builtin.rubric) {
      rows.push_back({builtin.id.empty() ? builtin.path : builtin.id, "(invalid: run `cepin validate`)", "", "", "", ""});
      exit_code = run::k_exit_findings;
      continue;
    }
    const rubric::Rubric& r = *builtin.rubric;
    std::string kinds;
    for (const std::string& kind : r.applies_to) {
      kinds += (kinds.empty() ? "" : ",") + kind;
    }
    rows.push_back({r.id, r.title, kinds.empty() ? "-" : kinds, std::to_string(r.clause_count()),
                    r.total.to_string(), r.threshold.to_string()});
  }
  write_stdout(util::format_table(rows));
  return exit_code;
}

}  // namespace

Handler setup_rubrics(CLI::App&) {
  return [] { return run_rubrics(); };
}

}  // namespace cepin::cli
