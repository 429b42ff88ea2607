// `cepin validate [PATH...]`: rubrics and assessments, reported like a compiler.
#include <unistd.h>

#include "commands.hpp"
#include "csv/decode.hpp"
#include "run/validate.hpp"
#include "terminal.hpp"

namespace cepin::cli {

namespace {

struct ValidateArgs {
  run::ValidateOptions options;
  std::string format;
};

int run_validate(ValidateArgs& args) {
  if (!args.format.empty()) {
    args.options.format = report::parse_format(args.format);
  }
  args.options.version = CEPIN_VERSION;
  run::ValidateSinks sinks;
  sinks.errors = [](const std::string& text) { write_stderr(text); };
  sinks.diagnostics_color = color_for(STDERR_FILENO);
  return run::validate(args.options, sinks);
}

}  // namespace

Handler setup_validate(CLI::App& command) {
  auto args = std::make_shared<ValidateArgs>();
  run::ValidateOptions& o = args->options;
  command.add_option("paths", o.paths, "Rubric and assessment files or folders");
  command.add_option("-r,--rubric", o.rubrics.rubric_file, "The rubric for every assessment: a file or a built-in id");
  command.add_option("--rubrics", o.rubrics.rubric_dirs, "A folder of rubrics (repeatable)")->allow_extra_args(false);
  command.add_option("--format", args->format, "The report's format (text: diagnostics on stderr)")
      ->check(CLI::IsMember(report::format_names(report::validation_formats())))
      ->default_str("text");
  command.add_option("-o,--output", o.outputs, "[FORMAT:]PATH: write a report there, whole or not at all (repeatable)")
      ->allow_extra_args(false);
  command.add_flag("--warnings-as-errors", o.warnings_as_errors, "Report and count warnings as errors");
  command.add_option("--encoding", o.load.csv.encoding, "CSV encoding (auto, utf-8, gb18030, utf-16le, …)")
      ->check(CLI::IsMember(csv::encoding_names()))
      ->default_str("auto");
  command.add_flag("-q,--quiet", o.quiet, "Hide notes on stderr (warnings and errors stay)");
  command.add_flag("--ignore-unknown-columns", o.load.csv.ignore_unknown_columns,
                   "CSV: ignore columns cepin does not know");
  return [args] { return run_validate(*args); };
}

}  // namespace cepin::cli
