// `cepin trend PATH...`: each unit's scores over the periods, ranked.
#include <fmt/format.h>

#include "change_args.hpp"
#include "commands.hpp"
#include "report/trend_report.hpp"
#include "run/exit_codes.hpp"
#include "run/trend_command.hpp"
#include "terminal.hpp"

namespace cepin::cli {

namespace {

struct TrendArgs {
  ChangeArgs common;
  run::TrendCommand command;
  std::string rollup = "mean";
  std::vector<std::string> fail_on;
};

int run_trend(TrendArgs& args) {
  if (auto error = finish_change_options(args.common)) {
    write_stderr(fmt::format("cepin trend: {}\n", *error));
    return run::k_exit_usage;
  }
  run::TrendCommand& command = args.command;
  command.common = args.common.options;
  command.rollup = trend::parse_rollup(args.rollup).value_or(trend::Rollup::mean);
  command.fail_on_decline = !args.fail_on.empty();
  return run::trend_command(command, terminal_sinks());
}

}  // namespace

Handler setup_trend(CLI::App& command) {
  auto args = std::make_shared<TrendArgs>();
  command.add_option("paths", args->command.paths, "Assessments (files, folders) and saved results (json, jsonl)");
  add_change_options(command, args->common, report::format_names(report::trend_formats()));
  command.add_option("--rollup", args->rollup, "One figure over the periods: mean, sum, last, min or max (default mean)")
      ->check(CLI::IsMember({"mean", "sum", "last", "min", "max"}));
  command.add_option("--fail-on", args->fail_on, "Exit 1 on: decline (a unit's last score below its previous one)")
      ->check(CLI::IsMember({"decline"}))
      ->allow_extra_args(false);
  return [args] { return run_trend(*args); };
}

}  // namespace cepin::cli
