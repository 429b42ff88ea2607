// `cepin template RUBRIC`: a blank assessment to hand out.
#include "commands.hpp"
#include "run/exit_codes.hpp"
#include "run/rubric_argument.hpp"
#include "template/blank.hpp"
#include "terminal.hpp"

namespace cepin::cli {

namespace {

struct TemplateArgs {
  std::string rubric;
  std::string format = "yaml";
  std::string layout = "wide";
  std::string lang;
  std::string output;
};

int run_template(const TemplateArgs& args) {
  run::RubricArgument argument = run::load_rubric_argument(args.rubric);
  print_diagnostics(argument.lookup.diagnostics);
  if (!argument.lookup.rubric) {
    return argument.unreadable ? run::k_exit_usage : run::k_exit_findings;
  }
  const rubric::Rubric& rubric = *argument.lookup.rubric;
  auto layout = args.layout == "long" ? tmpl::CsvLayout::long_form : tmpl::CsvLayout::wide_form;
  return write_report(args.output,
                      args.format == "csv" ? tmpl::csv_template(rubric, layout, args.lang)
                                           : tmpl::yaml_template(rubric, args.lang),
                      "template");
}

}  // namespace

Handler setup_template(CLI::App& command) {
  auto args = std::make_shared<TemplateArgs>();
  command.add_option("rubric", args->rubric, "A rubric file, a built-in id, or builtin:<id>")->required();
  command.add_option("--format", args->format, "yaml or csv")->check(CLI::IsMember({"yaml", "csv"}))->capture_default_str();
  command.add_option("--layout", args->layout, "CSV layout: long or wide")
      ->check(CLI::IsMember({"long", "wide"}))
      ->capture_default_str();
  command.add_option("--lang", args->lang, "Comments, headers and guidance: zh or en (default: the rubric's lang)")
      ->check(CLI::IsMember({"zh", "en"}));
  command.add_option("-o,--output", args->output, "Write it to this file, whole or not at all (- for stdout)");
  return [args] { return run_template(*args); };
}

}  // namespace cepin::cli
