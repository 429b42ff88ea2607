// `cepin validate [PATH...]`: rubrics and assessments, reported like a compiler.
#include <fmt/format.h>

#include "commands.hpp"
#include "diag/render.hpp"
#include "run/exit_codes.hpp"
#include "run/validate.hpp"
#include "terminal.hpp"
#include "util/utf8.hpp"

namespace cepin::cli {

namespace {

struct ValidateArgs {
  run::ValidateOptions options;
  std::string format = "text";
  bool warnings_as_errors = false;
};

std::string status_line(const run::CheckedFile& file) {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  for (const diag::Diagnostic& d : file.diagnostics) {
    errors += d.severity == diag::Severity::error;
    warnings += d.severity == diag::Severity::warning;
  }
  std::string path = util::escape_for_terminal(file.path);
  if (errors > 0) {
    return fmt::format("{}: {} error{}{}\n", path, errors, errors == 1 ? "" : "s",
                       warnings > 0 ? fmt::format(", {} warning{}", warnings, warnings == 1 ? "" : "s") : "");
  }
  std::string summary = util::escape_for_terminal(file.summary);
  if (warnings > 0) {
    return fmt::format("{}: ok with {} warning{} ({})\n", path, warnings, warnings == 1 ? "" : "s", summary);
  }
  return fmt::format("{}: ok ({})\n", path, summary);
}

int run_validate(const ValidateArgs& args) {
  // (warnings may be promoted below)
  run::ValidateReport report = run::validate(args.options);
  if (args.warnings_as_errors) {
    // As a compiler's -Werror: every warning is reported, and counted, as an error.
    auto promote = [](std::vector<diag::Diagnostic>& list) {
      for (diag::Diagnostic& d : list) {
        if (d.severity == diag::Severity::warning) {
          d.severity = diag::Severity::error;
          d.message += " (warnings are errors)";
        }
      }
    };
    promote(report.setup);
    for (run::CheckedFile& file : report.files) {
      promote(file.diagnostics);
    }
  }
  std::vector<diag::Diagnostic> all = report.setup;
  for (const run::CheckedFile& file : report.files) {
    all.insert(all.end(), file.diagnostics.begin(), file.diagnostics.end());
  }
  int exit_code = report.usage_problem ? run::k_exit_usage : run::k_exit_ok;
  if (diag::has_errors(all) || (args.warnings_as_errors && diag::has_warnings(all))) {
    exit_code = run::worse(exit_code, run::k_exit_findings);
  }
  if (args.format == "json") {
    write_stdout(diag::render_json(all));
    return exit_code;
  }
  if (args.format == "github") {
    write_stdout(diag::render_github(all));
    return exit_code;
  }
  print_diagnostics(report.setup);
  std::string summary;
  std::size_t failed = 0;
  for (const run::CheckedFile& file : report.files) {
    print_diagnostics(file.diagnostics);
    if (file.kind == run::CheckedKind::skipped) {
      continue;
    }
    failed += diag::has_errors(file.diagnostics);
    summary += status_line(file);
  }
  summary += fmt::format("{} file{} checked, {} with errors\n", report.files.size(),
                         report.files.size() == 1 ? "" : "s", failed);
  write_stdout(summary);
  return exit_code;
}

}  // namespace

Handler setup_validate(CLI::App& command) {
  auto args = std::make_shared<ValidateArgs>();
  command.add_option("paths", args->options.paths, "Rubric and assessment files or folders");
  command.add_option("-r,--rubric", args->options.rubric_file, "The rubric file for every assessment");
  command.add_option("--rubrics", args->options.rubric_dirs, "A folder of rubrics (repeatable)")->allow_extra_args(false);
  command.add_option("--format", args->format, "Output: text (stderr), json or github (stdout)")
      ->check(CLI::IsMember({"text", "json", "github"}));
  command.add_flag("--warnings-as-errors", args->warnings_as_errors, "Exit 1 on warnings too");
  command.add_option("--encoding", args->options.encoding, "CSV encoding: utf-8, gb18030, utf-16le, utf-16be")
      ->check(CLI::IsMember({"auto", "utf-8", "utf8", "gb18030", "gbk", "gb2312", "cp936", "utf-16le", "utf-16be"}));
  command.add_flag("--ignore-unknown-columns", args->options.ignore_unknown_columns,
                   "CSV: ignore columns cepin does not know");
  return [args] { return run_validate(*args); };
}

}  // namespace cepin::cli
