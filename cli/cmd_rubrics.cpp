// `cepin rubrics`: the built-in rubrics.
#include "commands.hpp"
#include "report/rubric_list.hpp"
#include "run/catalog.hpp"
#include "run/exit_codes.hpp"
#include "terminal.hpp"

namespace cepin::cli {

namespace {

struct RubricsArgs {
  std::string format = "text";
  std::string output;
};

int run_rubrics(const RubricsArgs& args) {
  const std::vector<run::BuiltinSummary> builtins = run::RubricCatalog::builtins();
  std::vector<report::RubricListing> listings;
  int exit_code = run::k_exit_ok;
  for (const run::BuiltinSummary& builtin : builtins) {
    listings.push_back({builtin.id, builtin.path, builtin.rubric.get()});
    if (!builtin.rubric) {
      exit_code = run::k_exit_findings;
    }
  }
  report::Format format = report::parse_format(args.format).value_or(report::Format::text);
  return run::worse(exit_code, write_report(args.output, report::rubric_list(listings, format), "rubrics"));
}

}  // namespace

Handler setup_rubrics(CLI::App& command) {
  auto args = std::make_shared<RubricsArgs>();
  command.add_option("--format", args->format, "text, json or csv")
      ->check(CLI::IsMember(report::format_names(report::rubric_list_formats())))
      ->capture_default_str();
  command.add_option("-o,--output", args->output, "Write it to this file, whole or not at all (- for stdout)");
  return [args] { return run_rubrics(*args); };
}

}  // namespace cepin::cli
