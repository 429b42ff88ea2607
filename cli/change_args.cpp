#include "change_args.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include "csv/decode.hpp"
#include "terminal.hpp"
#include "util/date.hpp"

namespace cepin::cli {

void add_change_options(CLI::App& command, ChangeArgs& args, const std::vector<std::string>& formats) {
  run::ChangeCommandOptions& o = args.options;
  command.add_option("-r,--rubric", o.rubrics.rubric_file, "The rubric for every assessment: a file or a built-in id");
  command.add_option("--rubrics", o.rubrics.rubric_dirs, "A folder of rubrics, indexed by id (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--format", args.format, "The report's format (default text)")->check(CLI::IsMember(formats));
  command.add_option("-o,--output", o.outputs, "[FORMAT:]PATH: write a report there, whole or not at all (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--jobs", o.side.jobs, "Parallel jobs for scoring assessments and reading saved results (0: the CPUs available)");
  command.add_flag("--strict-evidence", args.strict_evidence, "Missing evidence scores 0");
  command.add_option("--evidence-root", o.side.inputs.load.evidence_root, "The folder evidence paths are relative to");
  command.add_option("--as-of", args.as_of, "The reference date for title validity (YYYY-MM-DD)");
  command.add_option("--lang", args.lang, "Report labels: zh or en")->check(CLI::IsMember({"zh", "en"}));
  command.add_flag("--bom", o.bom, "CSV output with a UTF-8 byte order mark");
  command.add_option("--input-format", o.side.inputs.input_format, "Standard input's format: yaml, csv or tsv")
      ->check(CLI::IsMember({"yaml", "csv", "tsv"}));
  command.add_option("--encoding", o.side.inputs.load.csv.encoding, "CSV encoding (auto, utf-8, gb18030, utf-16le, …)")
      ->check(CLI::IsMember(csv::encoding_names()));
  command.add_flag("--ignore-unknown-columns", o.side.inputs.load.csv.ignore_unknown_columns,
                   "CSV: ignore columns cepin does not know");
}

std::optional<std::string> finish_change_options(ChangeArgs& args) {
  run::ChangeCommandOptions& o = args.options;
  if (!args.format.empty()) {
    o.format = report::parse_format(args.format);
  }
  if (!args.as_of.empty()) {
    o.side.scoring.as_of = util::parse_date(args.as_of);
    if (!o.side.scoring.as_of) {
      return fmt::format("--as-of `{}` is not a date; write YYYY-MM-DD", args.as_of);
    }
  }
  if (!args.lang.empty()) {
    o.lang = report::parse_lang(args.lang);
  }
  o.side.scoring.strict_evidence = args.strict_evidence;
  return std::nullopt;
}

run::ScoreSinks terminal_sinks() {
  run::ScoreSinks sinks;
  sinks.errors = [](const std::string& text) { write_stderr(text); };
  sinks.progress = [](const std::string&) {};
  sinks.stderr_is_terminal = ::isatty(STDERR_FILENO) != 0;
  sinks.diagnostics_color = color_for(STDERR_FILENO);
  return sinks;
}

}  // namespace cepin::cli
