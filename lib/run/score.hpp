// `cepin score`: from paths to reports, in input order, on several threads.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/render.hpp"
#include "report/labels.hpp"
#include "scoring/engine.hpp"

namespace cepin::run {

// The report formats of `score`.
enum class OutputFormat { text, json, jsonl, csv, md };

// Whether a progress line is drawn on stderr.
enum class Progress { automatic, always, never };

// Everything `score` was asked to do.
struct ScoreOptions {
  std::vector<std::string> paths;
  std::optional<std::string> rubric_file;  // -r
  std::vector<std::string> rubric_dirs;    // --rubrics
  OutputFormat format = OutputFormat::text;
  bool explain = false;
  bool color = false;  // text reports only
  bool bom = false;    // csv output
  std::optional<report::Lang> lang;
  scoring::Options scoring;
  std::optional<std::string> evidence_root;  // --evidence-root
  unsigned jobs = 0;                         // 0: the CPUs we may use
  std::optional<std::string> input_format;   // stdin: csv | tsv (else YAML)
  std::optional<std::string> encoding;       // CSV: force an encoding
  bool ignore_unknown_columns = false;
  bool fail_on_ineligible = false;
  bool fail_on_warning = false;
  Progress progress = Progress::automatic;
};

// Where the run's text goes: the report (stdout or -o) and stderr.
struct ScoreSinks {
  std::function<bool(const std::string&)> report;   // false: a write failed
  std::function<void(const std::string&)> errors;   // diagnostics and notes
  std::function<void(const std::string&)> progress; // the progress line (stderr)
  bool stderr_is_terminal = false;
  diag::Color diagnostics_color = diag::Color::no;
};

// How the run ended (the exit code follows SPEC §5, the most severe wins).
struct ScoreOutcome {
  int exit_code = 0;
  std::size_t results = 0;
  bool interrupted = false;
};

// Scores every input and writes the report through `sinks`. Stops early when
// `interrupt` turns true. Never throws for bad input.
ScoreOutcome score_paths(const ScoreOptions& options, const ScoreSinks& sinks,
                         const std::atomic<bool>* interrupt = nullptr);

}  // namespace cepin::run
