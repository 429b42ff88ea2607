// `cepin score PATH...`: score assessments and write the reports.
#include <atomic>
#include <csignal>
#include <unistd.h>

#include <fmt/format.h>

#include "commands.hpp"
#include "csv/decode.hpp"
#include "report/format.hpp"
#include "run/exit_codes.hpp"
#include "run/score.hpp"
#include "terminal.hpp"
#include "util/date.hpp"

namespace cepin::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void on_interrupt(int) { g_interrupted.store(true); }

// What the command line gives as text, before it is checked.
struct ScoreArgs {
  run::ScoreOptions options;
  std::string format;
  std::string as_of;
  std::string lang;
  std::string progress = "auto";
  std::string html_units;
  std::string csv_layout = "units";
  std::string output_encoding = "utf-8";
  std::vector<std::string> fail_on;
  bool strict_evidence = false;
};

int usage_error(const std::string& message) {
  write_stderr(fmt::format("cepin score: {}\n", message));
  return run::k_exit_usage;
}

int run_score(ScoreArgs& args) {
  run::ScoreOptions& options = args.options;
  if (!args.format.empty()) {
    options.format = report::parse_format(args.format);
  }
  if (!args.as_of.empty()) {
    options.scoring.as_of = util::parse_date(args.as_of);
    if (!options.scoring.as_of) {
      return usage_error(fmt::format("--as-of `{}` is not a date; write YYYY-MM-DD", args.as_of));
    }
  }
  if (!args.lang.empty()) {
    options.lang = report::parse_lang(args.lang);
  }
  options.scoring.strict_evidence = args.strict_evidence;
  options.csv_rows = args.csv_layout == "clauses" ? report::CsvRows::clauses : report::CsvRows::units;
  options.csv_encoding = args.output_encoding == "gb18030" ? report::CsvEncoding::gb18030 : report::CsvEncoding::utf8;
  if (options.bom && options.csv_encoding == report::CsvEncoding::gb18030) {
    return usage_error("--bom writes a UTF-8 byte order mark; GB18030 output has none: leave out --bom");
  }
  for (const std::string& gate : args.fail_on) {
    (gate == "ineligible" ? options.fail_on_ineligible : options.fail_on_warning) = true;
  }
  options.progress = args.progress == "always"  ? run::Progress::always
                     : args.progress == "never" ? run::Progress::never
                                                : run::Progress::automatic;
  options.version = CEPIN_VERSION;
  options.html_units = args.html_units == "all"          ? report::HtmlUnits::all
                       : args.html_units == "ineligible" ? report::HtmlUnits::ineligible
                       : args.html_units == "none"       ? report::HtmlUnits::none
                                                         : report::HtmlUnits::automatic;
  run::ScoreSinks sinks;
  sinks.errors = [](const std::string& text) { write_stderr(text); };
  sinks.progress = [](const std::string& text) { write_stderr(text); };
  sinks.stderr_is_terminal = ::isatty(STDERR_FILENO) != 0;
  sinks.diagnostics_color = color_for(STDERR_FILENO);
  sinks.stdout_color = color_for(STDOUT_FILENO) == diag::Color::yes;

  // The first Ctrl-C stops the run cleanly; a second one kills at once.
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  run::ScoreOutcome outcome = run::score_paths(options, sinks, &g_interrupted);
  if (outcome.interrupted) {
    write_stderr(options.outputs.empty() ? "cepin: interrupted; the report above is incomplete\n"
                                         : "cepin: interrupted; no report file was written\n");
  }
  return outcome.exit_code;
}

}  // namespace

Handler setup_score(CLI::App& command) {
  auto args = std::make_shared<ScoreArgs>();
  run::ScoreOptions& o = args->options;
  std::vector<std::string> formats = report::format_names(run::score_formats());
  command.add_option("paths", o.inputs.paths, "Assessment files, folders, or - for standard input");
  command.add_option("-r,--rubric", o.rubrics.rubric_file, "The rubric for every input: a file or a built-in id");
  command.add_option("--rubrics", o.rubrics.rubric_dirs, "A folder of rubrics, indexed by id (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--format", args->format, "The report's format")
      ->check(CLI::IsMember(formats))
      ->default_str("text");
  command.add_option("-o,--output", o.outputs, "[FORMAT:]PATH: write a report there, whole or not at all (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--jobs", o.jobs, "Parallel jobs (0: the CPUs available)")->capture_default_str();
  command.add_flag("--strict-evidence", args->strict_evidence, "Missing evidence scores 0");
  command.add_option("--evidence-root", o.inputs.load.evidence_root, "The folder evidence paths are relative to");
  command.add_option("--as-of", args->as_of, "The reference date for title validity (YYYY-MM-DD)");
  command.add_option("--fail-on", args->fail_on, "Exit 1 on: ineligible, warning (repeatable)")
      ->check(CLI::IsMember({"ineligible", "warning"}))
      ->allow_extra_args(false);
  command.add_option("--lang", args->lang, "Report labels: zh or en (default: the first rubric's lang)")
      ->check(CLI::IsMember({"zh", "en"}));
  command.add_flag("--explain", o.explain, "List every clause with its score and why");
  command.add_flag("--bom", o.bom, "CSV output with a UTF-8 byte order mark");
  command.add_option("--html-units", args->html_units,
                     "HTML: which units get a section: all, ineligible or none (default: all up to 500 units)")
      ->check(CLI::IsMember({"all", "ineligible", "none"}));
  command.add_option("--csv-layout", args->csv_layout, "CSV output: a row per unit, or per clause")
      ->check(CLI::IsMember({"units", "clauses"}))
      ->capture_default_str();
  command.add_option("--output-encoding", args->output_encoding, "CSV output: utf-8, or gb18030 for Excel on Chinese Windows")
      ->check(CLI::IsMember({"utf-8", "gb18030"}))
      ->capture_default_str();
  command.add_option("--progress", args->progress, "auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command.add_option("--input-format", o.inputs.input_format, "Standard input's format: yaml, csv or tsv")
      ->check(CLI::IsMember({"yaml", "csv", "tsv"}))
      ->default_str("yaml");
  command.add_option("--encoding", o.inputs.load.csv.encoding, "CSV encoding (auto, utf-8, gb18030, utf-16le, …)")
      ->check(CLI::IsMember(csv::encoding_names()))
      ->default_str("auto");
  command.add_flag("-q,--quiet", o.quiet, "Hide notes on stderr (warnings and errors stay)");
  command.add_flag("--ignore-unknown-columns", o.inputs.load.csv.ignore_unknown_columns,
                   "CSV: ignore columns cepin does not know");
  return [args] { return run_score(*args); };
}

}  // namespace cepin::cli
