// cepin: scores self-assessments against indicator systems (测评指标体系).
#include <csignal>
#include <exception>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "run/exit_codes.hpp"
#include "terminal.hpp"

namespace {

struct Command {
  const char* name;
  const char* description;
  cepin::cli::Handler (*setup)(CLI::App&);
};

constexpr Command k_commands[] = {
    {"validate", "Check rubrics and assessments (files or folders; no PATH: the built-in rubrics)",
     cepin::cli::setup_validate},
    {"score", "Score assessments: files, folders, or - (stdin)", cepin::cli::setup_score},
    {"show", "Print a rubric as a readable document", cepin::cli::setup_show},
    {"template", "Print a blank assessment for a rubric", cepin::cli::setup_template},
    {"rubrics", "List the built-in rubrics", cepin::cli::setup_rubrics},
    {"test", "Run rubric test files (files or folders; no PATH: the built-in rubrics' tests)",
     cepin::cli::setup_test},
    {"schema", "Print the JSON Schema of a cepin file format (no NAME: list them)", cepin::cli::setup_schema},
};

}  // namespace

int main(int argc, char** argv) {
  // Past a file-size limit (ulimit -f) write() fails with EFBIG and the report
  // is abandoned cleanly like any write failure, instead of a kill mid-file.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"cepin (测评): score self-assessments against indicator systems"};
  app.set_version_flag("--version", std::string("cepin ") + CEPIN_VERSION);
  app.require_subcommand(1);
  std::vector<std::pair<CLI::App*, cepin::cli::Handler>> handlers;
  for (const Command& command : k_commands) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    handlers.emplace_back(sub, command.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return cepin::run::k_exit_usage;
  }
  try {
    for (auto& [sub, handler] : handlers) {
      if (sub->parsed()) {
        return handler();
      }
    }
  } catch (const std::exception& e) {
    cepin::cli::write_stderr(fmt::format("cepin: internal error: {}\n", e.what()));
    return cepin::run::k_exit_usage;
  }
  return cepin::run::k_exit_usage;
}
