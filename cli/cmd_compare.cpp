// `cepin compare BASE NEW`: compare two sides unit by unit.
#include <fmt/format.h>

#include "change_args.hpp"
#include "commands.hpp"
#include "run/compare_command.hpp"
#include "run/exit_codes.hpp"
#include "terminal.hpp"

namespace cepin::cli {

namespace {

struct CompareArgs {
  ChangeArgs common;
  run::CompareCommand command;
  std::string tolerance = "0";
  std::string match = "rubric";
  std::string base_label;
  std::string new_label;
  std::vector<std::string> fail_on;
};

int usage_error(const std::string& message) {
  write_stderr(fmt::format("cepin compare: {}\n", message));
  return run::k_exit_usage;
}

int run_compare(CompareArgs& args) {
  if (auto error = finish_change_options(args.common)) {
    return usage_error(*error);
  }
  run::CompareCommand& command = args.command;
  command.common = args.common.options;
  util::DecimalParse tolerance = util::parse_decimal(args.tolerance);
  if (!tolerance.value || tolerance.value->is_negative()) {
    return usage_error(fmt::format("--tolerance `{}` is not a decimal of 0 or more; write, say, 0.5", args.tolerance));
  }
  command.compare.tolerance = *tolerance.value;
  command.compare.match = args.match == "unit" ? compare::Match::unit : compare::Match::rubric_and_unit;
  if (!args.base_label.empty()) {
    command.compare.base_label = args.base_label;
  }
  if (!args.new_label.empty()) {
    command.compare.new_label = args.new_label;
  }
  for (const std::string& gate : args.fail_on) {
    run::CompareGates& g = command.gates;
    (gate == "regression" ? g.regression
     : gate == "flip"     ? g.flip
     : gate == "change"   ? g.change
     : gate == "ineligible" ? g.ineligible
                            : g.warning) = true;
  }
  return run::compare_command(command, terminal_sinks());
}

}  // namespace

Handler setup_compare(CLI::App& command) {
  auto args = std::make_shared<CompareArgs>();
  command.add_option("base", args->command.base, "BASE: assessments (file or folder) or saved results (json, jsonl)")
      ->required();
  command.add_option("new", args->command.next, "NEW: assessments (file or folder) or saved results (json, jsonl)")
      ->required();
  add_change_options(command, args->common, report::format_names(report::compare_formats()));
  command.add_option("--tolerance", args->tolerance, "Score differences up to this are unchanged (default 0)");
  command.add_option("--match", args->match, "Match units by rubric and unit id (rubric) or unit id alone (unit)")
      ->check(CLI::IsMember({"rubric", "unit"}));
  command.add_option("--base-label", args->base_label, "BASE's name in reports (default: its assessor)");
  command.add_option("--new-label", args->new_label, "NEW's name in reports (default: its assessor)");
  command.add_option("--fail-on", args->fail_on, "Exit 1 on: regression, flip, change, ineligible, warning (repeatable)")
      ->check(CLI::IsMember({"regression", "flip", "change", "ineligible", "warning"}))
      ->allow_extra_args(false);
  return [args] { return run_compare(*args); };
}

}  // namespace cepin::cli
