// `cepin rubrics`: the built-in rubrics.
#include <fmt/format.h>

#include "commands.hpp"
#include "run/exit_codes.hpp"
#include "report/text_table.hpp"
#include "util/utf8.hpp"
#include "run/catalog.hpp"
#include "terminal.hpp"

namespace cepin::cli {

namespace {

int run_rubrics() {
  using report::Align;
  report::TextTable table({Align::left, Align::left, Align::left, Align::right, Align::right, Align::right});
  table.add_row({"id", "title", "unit kinds", "clauses", "total", "threshold"});
  int exit_code = run::k_exit_ok;
  for (const run::BuiltinSummary& builtin : run::RubricCatalog::builtins()) {
    if (!builtin.rubric) {
      table.add_row({util::escape_for_terminal(builtin.id.empty() ? builtin.path : builtin.id),
                     "(invalid: run `cepin validate`)"});
      exit_code = run::k_exit_findings;
      continue;
    }
    const rubric::Rubric& r = *builtin.rubric;
    std::string kinds;
    for (const std::string& kind : r.applies_to) {
      kinds += (kinds.empty() ? "" : ",") + kind;
    }
    table.add_row({r.id, util::escape_for_terminal(r.title), util::escape_for_terminal(kinds.empty() ? "-" : kinds),
                   std::to_string(r.clause_count()), r.total.to_string(), r.threshold.to_string()});
  }
  write_stdout(table.render());
  return exit_code;
}

}  // namespace

Handler setup_rubrics(CLI::App&) {
  return [] { return run_rubrics(); };
}

}  // namespace cepin::cli
