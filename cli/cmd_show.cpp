// `cepin show RUBRIC`: the rubric as a readable document.
#include "commands.hpp"
#include "report/show.hpp"
#include "run/exit_codes.hpp"
#include "run/rubric_argument.hpp"
#include "terminal.hpp"

namespace cepin::cli {

namespace {

struct ShowArgs {
  std::string rubric;
  std::string format = "text";
  std::string lang;
  std::string output;
};

int run_show(const ShowArgs& args) {
  run::RubricArgument argument = run::load_rubric_argument(args.rubric);
  print_diagnostics(argument.lookup.diagnostics);
  if (!argument.lookup.rubric) {
    return argument.unreadable ? run::k_exit_usage : run::k_exit_findings;
  }
  const rubric::Rubric& rubric = *argument.lookup.rubric;
  report::Lang lang = report::parse_lang(args.lang.empty() ? rubric.lang : args.lang).value_or(report::Lang::zh);
  return write_report(args.output,
                      args.format == "md" ? report::show_markdown(rubric, lang) : report::show_text(rubric, lang),
                      "show");
}

}  // namespace

Handler setup_show(CLI::App& command) {
  auto args = std::make_shared<ShowArgs>();
  command.add_option("rubric", args->rubric, "A rubric file, a built-in id, or builtin:<id>")->required();
  command.add_option("--format", args->format, "text or md")->check(CLI::IsMember({"text", "md"}))->capture_default_str();
  command.add_option("-o,--output", args->output, "Write it to this file, whole or not at all (- for stdout)");
  command.add_option("--lang", args->lang, "Labels: zh or en (default: the rubric's lang)")
      ->check(CLI::IsMember({"zh", "en"}));
  return [args] { return run_show(*args); };
}

}  // namespace cepin::cli
