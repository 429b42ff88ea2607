// `cepin test [PATH...]`: run rubric test files, reported like a test runner.
#include <unistd.h>

#include "commands.hpp"
#include "run/test.hpp"
#include "terminal.hpp"

namespace cepin::cli {

namespace {

struct TestArgs {
  run::TestOptions options;
  std::string format;
};

int run_test(TestArgs& args) {
  if (!args.format.empty()) {
    args.options.format = report::parse_format(args.format);
  }
  run::TestSinks sinks;
  sinks.errors = [](const std::string& text) { write_stderr(text); };
  sinks.diagnostics_color = color_for(STDERR_FILENO);
  return run::test(args.options, sinks);
}

}  // namespace

Handler setup_test(CLI::App& command) {
  auto args = std::make_shared<TestArgs>();
  run::TestOptions& o = args->options;
  command.add_option("paths", o.paths, "Test files or folders (none: the built-in rubrics' tests)");
  command.add_option("--rubrics", o.rubric_dirs, "A folder of rubrics, indexed by id (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--format", args->format, "The report's format (default text: diagnostics on stderr)")
      ->check(CLI::IsMember(report::format_names(report::test_formats())));
  command.add_option("-o,--output", o.outputs, "[FORMAT:]PATH: write a report there, whole or not at all (repeatable)")
      ->allow_extra_args(false);
  return [args] { return run_test(*args); };
}

}  // namespace cepin::cli
