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
#include "util/suggest.hpp"

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
    {"compare", "Compare two sides unit by unit: self-assessment and evaluation, or two periods",
     cepin::cli::setup_compare},
    {"trend", "Follow units over periods: scores, ranks, declines", cepin::cli::setup_trend},
    {"show", "Print a rubric as a readable document", cepin::cli::setup_show},
    {"template", "Print a blank assessment for a rubric", cepin::cli::setup_template},
    {"rubrics", "List the built-in rubrics", cepin::cli::setup_rubrics},
    {"test", "Run rubric test files (files or folders; no PATH: the built-in rubrics' tests)",
     cepin::cli::setup_test},
    {"schema", "Print the JSON Schema of a cepin file format (no NAME: list them)", cepin::cli::setup_schema},
};

// The options a command knows, as written on a command line (`--format`, `-o`).
std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames()) {
      names.push_back("--" + name);
    }
    for (const std::string& name : option->get_snames()) {
      names.push_back("-" + name);
    }
  }
  return names;
}

// "did you mean" for the first misspelt command or option of a command line
// CLI11 refused; "" when the arguments hold none (CLI11's message then stands).
std::string misspelt(const CLI::App& app, int argc, char** argv) {
  const CLI::App* command = nullptr;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") {
      break;
    }
    if (command == nullptr && !arg.empty() && arg[0] != '-') {
      std::vector<std::string> names;
      for (const CLI::App* sub : app.get_subcommands({})) {
        names.push_back(sub->get_name());
        command = sub->get_name() == arg ? sub : command;
      }
      if (command == nullptr) {
        std::string hint = cepin::util::did_you_mean(arg, names);
        return fmt::format("cepin: unknown command `{}`{}\nRun `cepin --help` for the commands.\n", arg,
                           hint.empty() ? "" : "; " + hint);
      }
      continue;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      continue;
    }
    const CLI::App& owner = command != nullptr ? *command : app;
    std::string name = arg.substr(0, arg.find('='));
    if (owner.get_option_no_throw(name) != nullptr || name == "-h" || name == "--help" ||
        (command == nullptr && name == "--version")) {
      continue;
    }
    std::string hint = cepin::util::did_you_mean(name, option_names(owner));
    std::string where = command != nullptr ? "cepin " + command->get_name() : std::string("cepin");
    return fmt::format("{}: unknown option `{}`{}\nRun `{} --help` for its options.\n", where, name,
                       hint.empty() ? "" : "; " + hint, where);
  }
  return "";
}

// "did you mean" for a value outside an option's choices, from CLI11's
// message "--format: jsn not in {text,json,…}"; "" for any other message.
std::string misspelt_value(const std::string& message) {
  std::size_t colon = message.find(": ");
  std::size_t not_in = message.find(" not in {");
  std::size_t close = message.rfind('}');
  if (colon == std::string::npos || not_in == std::string::npos || close == std::string::npos || not_in < colon ||
      close < not_in) {
    return "";
  }
  std::string value = message.substr(colon + 2, not_in - colon - 2);
  std::vector<std::string> choices;
  std::string list = message.substr(not_in + 9, close - not_in - 9);
  for (std::size_t start = 0; start <= list.size();) {
    std::size_t comma = list.find(',', start);
    choices.push_back(list.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    start = comma == std::string::npos ? list.size() + 1 : comma + 1;
  }
  std::string hint = cepin::util::did_you_mean(value, choices);
  return hint.empty() ? "" : message + "; " + hint + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  // Past a file-size limit (ulimit -f) write() fails with EFBIG and the report
  // is abandoned cleanly like any write failure, instead of a kill mid-file.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"cepin (测评): score self-assessments against indicator systems", "cepin"};
  app.set_version_flag("--version", std::string("cepin ") + CEPIN_VERSION);
  app.require_subcommand(1);
  std::vector<std::pair<CLI::App*, cepin::cli::Handler>> handlers;
  for (const Command& command : k_commands) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    handlers.emplace_back(sub, command.setup(*sub));
  }
  if (argc < 2) {
    cepin::cli::write_stdout(app.help());
    return cepin::run::k_exit_usage;
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
    std::string typo = misspelt(app, argc, argv);
    if (typo.empty() && dynamic_cast<const CLI::ValidationError*>(&e) != nullptr) {
      typo = misspelt_value(e.what());
      typo += typo.empty() ? "" : "Run with --help for more information.\n";
    }
    if (typo.empty()) {
      app.exit(e);
    } else {
      cepin::cli::write_stderr(typo);
    }
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
